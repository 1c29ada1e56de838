"""The map's mouse gestures: a drag pans, Shift+drag draws a box, a still click picks.

Kept apart from the widget so the widget's event handlers only forward; the gesture's state
(where the press was, whether it became a drag, the box so far) lives here.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QMouseEvent

from asylum_browser.gui.widgets.map.viewport import MapViewport


class PointerTarget(Protocol):
    """What a gesture ends in: the map widget."""

    viewport: MapViewport

    def moved(self) -> None: ...
    def settle(self) -> None: ...
    def update(self) -> None: ...
    def click(self, position: QPointF, choose: bool = False) -> None: ...
    def select_box(self, band: QRect) -> None: ...


class MapPointer:
    DRAG_THRESHOLD = 3  # pixels a press may wobble and still be a click

    def __init__(self, target: PointerTarget) -> None:
        self._target = target
        self._press: QPoint | None = None
        self.dragging = False
        self.band: QRect | None = None  # the Shift+drag box being drawn

    def press(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._press = event.position().toPoint()
        self.dragging = False
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.band = QRect(self._press, self._press)

    def move(self, event: QMouseEvent) -> bool:
        """Follow a held button; False when no button is held (the caller sets the cursor)."""
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return False
        position = event.position().toPoint()
        if self.band is not None:
            self.band = QRect(self._press, position).normalized()
            self._target.update()
            return True
        delta = position - self._press
        if self.dragging or delta.manhattanLength() > self.DRAG_THRESHOLD:
            self.dragging = True
            self._target.viewport.pan(-delta.x(), -delta.y())
            self._press = position
            self._target.moved()
        return True

    def release(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        self._press = None
        if self.band is not None:
            band, self.band = self.band, None
            if band.width() > 4 and band.height() > 4:
                self._target.select_box(band)
            self._target.update()
        elif self.dragging:
            self.dragging = False
            self._target.settle()  # redraws the basemap once
        else:
            self._target.click(event.position(),
                               bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
