"""Dimming what shows the last good results while the query in the box does not parse.

Why: the design keeps the last good results on screen after a syntax error, but undimmed they
read as the answer to the broken query. Under a veil they read as "still the old answer".
A veil widget rather than a QGraphicsOpacityEffect: the effect paints scroll areas (the table,
the sidebar) as torn stripes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QWidget

from asylum_browser.gui.state import AppState

VEIL_ALPHA = 150  # of 255: the old results stay readable, plainly faded


class StaleVeil(QWidget):
    """objectName staleVeil: a translucent cover over a widget, clicks pass through it."""

    def __init__(self, target: QWidget) -> None:
        super().__init__(target)
        self.setObjectName("staleVeil")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.hide()
        target.installEventFilter(self)

    def cover(self) -> None:
        target = self.parentWidget()
        assert target is not None
        self.setGeometry(target.rect())
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(watched.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        colour = self.palette().color(QPalette.ColorRole.Window)
        colour.setAlpha(VEIL_ALPHA)
        QPainter(self).fillRect(self.rect(), colour)


def dim_while_invalid(state: AppState, widget: QWidget) -> StaleVeil:
    """Veil ``widget`` from a query_failed until the next query_accepted."""
    veil = StaleVeil(widget)
    state.query_failed.connect(lambda _error: veil.cover())
    state.query_accepted.connect(lambda _text: veil.hide())
    return veil
