"""Where the main window opens: wholly inside the screen's available area.

A fixed 1280×800 put the status bar and the timeline's axis below the bottom of a 1366×768
laptop, and a geometry saved on a larger monitor does the same on the laptop later. Before
the window is shown its frame is unknown, so a generous allowance stands in for the title bar
and borders; once shown, the real frame is used.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
SCREEN_SHARE = 0.85  # of a larger screen a first window takes: room to read, room around it
FRAME_ALLOWANCE = QSize(16, 40)  # borders and a title bar, until the real frame is known


def _available(window: QWidget) -> QRect | None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def _frame_extra(window: QWidget) -> QSize:
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame.size() != inner.size():
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_ALLOWANCE


def first_size(window: QWidget) -> QSize:
    """The size of a window that has none saved: most of a large screen, where 1280×800 would
    leave the table cutting titles beside a wide empty desktop, and all of a laptop's, where
    every pixel goes to the table (fit_to_screen then takes off the frame)."""
    area = _available(window)
    if area is None:
        return PREFERRED

    def side(available: int, preferred: int) -> int:
        share = int(available * SCREEN_SHARE)
        return share if share >= preferred else available

    return QSize(side(area.width(), PREFERRED.width()), side(area.height(), PREFERRED.height()))


def fit_to_screen(window: QWidget, centre: bool) -> None:
    """Shrink the window to the available area and move its frame inside it; ``centre``
    for a first window, which has no place of its own yet."""
    area = _available(window)
    if area is None:
        return
    extra = _frame_extra(window)
    width = min(window.width(), area.width() - extra.width())
    height = min(window.height(), area.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, 1), max(height, 1))
    frame_w, frame_h = window.width() + extra.width(), window.height() + extra.height()
    if centre:
        x = area.x() + (area.width() - frame_w) // 2
        y = area.y() + (area.height() - frame_h) // 2
    else:
        frame = window.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() + 1 - frame_w)
        y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame_h)
    window.move(x, y)


class _OnShow(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget):
            QTimer.singleShot(0, lambda: fit_to_screen(watched, centre=False))
        return False


def keep_on_screen(window: QWidget, first: bool) -> None:
    """Fit now (centred for a ``first`` window), and again with the real frame once shown."""
    fit_to_screen(window, centre=first)
    window.installEventFilter(_OnShow(window))
