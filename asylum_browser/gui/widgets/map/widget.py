"""The map: a native, offline Web Mercator view of Natural Earth with the query's incidents.

It receives MapPoints from AppState's results and knows no SQL. A click on a marker selects
that incident; a click on a cluster zooms into it (or, at the deepest zoom or with Ctrl, offers
its incidents in a menu); "Only what is in view" and Shift+drag write a ``within:`` token.

This widget is the input and the wiring; the view's maths is ``MapViewport``, the clusters are
``ClusterCache``, and painting is in ``basemap_layer`` and ``markers``.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QMenu, QToolTip, QWidget

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.model.geo import project
from asylum_browser.gui.shown_text import tooltip
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets import basemap_paths
from asylum_browser.gui.widgets.map.basemap_layer import (
    DETAIL_ZOOM,
    BasemapCache,
    Circles,
    Labels,
    Theme,
    level_for,
    render_basemap,
)
from asylum_browser.gui.widgets.map.clusters import ClusterCache
from asylum_browser.gui.widgets.map.controls import MapControls
from asylum_browser.gui.widgets.map.markers import Drawn, MarkerPainter, circles
from asylum_browser.gui.widgets.map.picking import choose_menu, tooltip_text, zoom_until_split
from asylum_browser.gui.widgets.map.pointer import MapPointer
from asylum_browser.gui.widgets.map.viewport import MapViewport
from asylum_browser.gui.widgets.stale import dim_while_invalid


class MapView(QWidget):
    """objectName mapView. Signals: view_changed() after the view settles."""

    view_changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        dim_while_invalid(state, self)  # its markers or bars are the last good query's
        self._state = state
        self.setObjectName("mapView")
        self.setAccessibleName("Map of the incidents")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 180)
        self.viewport = MapViewport(self.width(), self.height(), project(20.0, 25.0), 1.0)
        self.clusters = ClusterCache(self)
        self.clusters.updated.connect(self.update)
        self._basemap = BasemapCache()
        self._drawn: list[Drawn] = []
        self._cities: tuple[tuple[str, float, float], ...] = ()
        self.labels: Labels = []  # the place names the basemap last wrote, and where
        self.selected: int | None = None
        self.fanned: int | None = None  # a point whose place's incidents are fanned out
        self._fanned_at = 0.0  # the zoom the fan was opened at
        self.fan_hints: list[QRectF] = []
        self.scale_box = self.legend_box = QRectF()  # where the scale bar and key were drawn
        self._pointer = MapPointer(self)
        self._fitted_once = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(300)
        self._settle.timeout.connect(self._view_settled)
        # A bound method, not a lambda: Qt drops the connection when this view is deleted.
        basemap_paths.notifier().level_ready.connect(self._on_level_ready)
        self.controls = MapControls(self, self.zoom_by, self.fit_to_results, self.reset_view,
                                    self.update, self._in_view_toggled)
        self.in_view = self.controls.in_view
        self.legend_button = self.controls.legend_button
        self.zoom_in_button = self.controls.zoom_in_button
        self.fit_button = self.controls.fit_button
        self.reset_button = self.controls.reset_button
        state.results_ready.connect(self.set_results)
        state.query_changed.connect(self._on_query_changed)
        state.selection_changed.connect(self._on_selection)
        state.database_changed.connect(self._load_cities)
        self._load_cities()

    # --- controls -------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.viewport.resize(self.width(), self.height())
        self.controls.fit_width(self.width() - 12)
        self.controls.move(max(6, self.width() - self.controls.width() - 6), 6)
        if not self._fitted_once:
            self.reset_view()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    # --- data ---------------------------------------------------------------------------

    @property
    def points(self) -> MapPoints:
        return self.clusters.points

    def _load_cities(self, _repository: object = None) -> None:
        self._cities = self._state.repository.cities()
        self._invalidate()

    def set_results(self, results: Results) -> None:
        self.fanned = None
        self.clusters.set_points(results.points)
        self.update()

    def _on_selection(self, seq: object) -> None:
        self.selected = seq if isinstance(seq, int) else None
        index = None if self.selected is None else self.points.index_of(self.selected)
        if index is not None:
            x, y = self._xy(index)
            if not self.rect().contains(self.to_screen(self.viewport.near_centre(x),
                                                       y).toPoint()):
                self.set_view((x, y), self.zoom)
        self.update()

    def _xy(self, index: int) -> tuple[float, float]:
        return float(self.points.x[index]), float(self.points.y[index])

    # --- the view (the maths is MapViewport's) -------------------------------------------

    @property
    def zoom(self) -> float:
        return self.viewport.zoom

    @property
    def centre(self) -> tuple[float, float]:
        return self.viewport.centre

    @property
    def scale(self) -> float:
        return self.viewport.scale

    def to_screen(self, x: float, y: float) -> QPointF:
        return QPointF(*self.viewport.to_screen(x, y))

    def to_world(self, point: QPointF) -> tuple[float, float]:
        return self.viewport.to_world(point.x(), point.y())

    def set_view(self, centre: tuple[float, float], zoom: float) -> None:
        self.viewport.set_view(centre, zoom)
        self.moved()

    def zoom_by(self, steps: float, anchor: QPointF | None = None) -> None:
        self.viewport.zoom_by(steps, None if anchor is None else (anchor.x(), anchor.y()))
        self.moved()

    def reset_view(self) -> None:
        """The whole inhabited world."""
        self._fitted_once = self.width() > 0
        self.viewport.reset()
        self.moved()

    def fit_world_box(self, x0: float, y0: float, x1: float, y1: float,
                      padding: float = 40, max_zoom: float = 11) -> None:
        self.viewport.fit_box(x0, y0, x1, y1, padding, max_zoom)
        self.moved()

    def fit_to_results(self) -> None:
        self.viewport.fit_points(self.points.x, self.points.y,
                                 top=self.controls.geometry().bottom() + 4)
        self.moved()

    def _view_settled(self) -> None:
        if self.in_view.isChecked():
            self._state.set_range("within", self.viewport.visible_bbox().token_value())
        self.view_changed.emit()

    def _on_query_changed(self, _text: str) -> None:
        # Typing a search without within: (or Clear all) ends "only what is in view".
        has_box = any(term.field == "within" for clause in self._state.spec.clauses
                      for term in clause)
        if self.in_view.isChecked() and not has_box:
            self.controls.uncheck_in_view()

    def _in_view_toggled(self, on: bool) -> None:
        self._state.set_range("within",
                              self.viewport.visible_bbox().token_value() if on else None)

    # --- painting -----------------------------------------------------------------------

    def _level(self) -> basemap_paths.PreparedLevel:
        return level_for(self.zoom)

    def _on_level_ready(self, _level: str) -> None:
        self._invalidate()

    def _invalidate(self) -> None:
        self._basemap.invalidate()
        self.update()

    def render_basemap(self, size: QSize, labels: bool = True, avoid: Circles = ()) -> QImage:
        """The basemap for the current view at ``size`` (used by paintEvent and tests)."""
        self.labels = []
        return render_basemap(self.viewport, size, self.palette(), self.font(), self._cities,
                              labels, avoid, self.labels)

    def paintEvent(self, _event: QPaintEvent) -> None:
        clusters = self.clusters.at(math.floor(self.zoom + 0.5), self.viewport)
        avoid = circles(self.viewport, clusters)
        key = (self.centre, self.zoom, self.width(), self.height(), self.devicePixelRatioF(),
               self.palette().color(QPalette.ColorRole.Base).rgb(),
               basemap_paths.ready("10m") is not None and self.zoom >= DETAIL_ZOOM, avoid)
        painter = QPainter(self)
        offset = self._basemap.offset(self.viewport) if self._pointer.dragging else None
        if offset is not None and self._basemap.pixmap is not None:
            # While dragging, slide the cached basemap; it is redrawn once the drag ends.
            painter.fillRect(self.rect(), Theme.from_palette(self.palette()).water)
            painter.drawPixmap(offset, self._basemap.pixmap)
        else:
            painter.drawPixmap(0, 0, self._basemap.pixmap_for(
                key, self.viewport, lambda: self.render_basemap(self.size(), avoid=avoid)))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        markers = MarkerPainter(painter, self.points, self.palette(), self.font())
        selected = None if self.selected is None else self.points.index_of(self.selected)
        markers.markers(self.viewport, clusters, QRectF(self.rect()).adjusted(-40, -40, 40, 40),
                        selected, self.fanned)
        self._drawn = markers.drawn
        self.fan_hints = markers.hints
        top = self.controls.geometry().bottom()
        self.legend_box = (markers.legend(self.viewport, top) if self.legend_button.isChecked()
                           else QRectF())
        self.scale_box = markers.scale_bar(self.viewport, top, self.legend_box)
        if self._pointer.band is not None:
            highlight = self.palette().color(QPalette.ColorRole.Highlight)
            painter.setPen(QPen(highlight, 1.5, Qt.PenStyle.DashLine))
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRect(self._pointer.band)
        painter.end()

    # --- interaction --------------------------------------------------------------------

    def hit(self, position: QPointF) -> Drawn | None:
        """The marker or cluster under a screen position, topmost first."""
        for drawn in reversed(self._drawn):
            dx, dy = drawn.centre.x() - position.x(), drawn.centre.y() - position.y()
            if dx * dx + dy * dy <= drawn.radius * drawn.radius:
                return drawn
        return None

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 240.0
        if steps:
            self.zoom_by(steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pointer.press(event)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._pointer.move(event):
            self.setCursor(Qt.CursorShape.PointingHandCursor if self.hit(event.position())
                           else Qt.CursorShape.OpenHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._pointer.release(event)

    def moved(self) -> None:
        """The view moved: repaint now, and report it once it rests a moment."""
        if self.fanned is not None and self.zoom != self._fanned_at:
            self.fanned = None  # another zoom level clusters differently
        self._settle.start()
        self.update()

    def settle(self) -> None:
        self.set_view(self.centre, self.zoom)

    def select_box(self, band: QRect) -> None:
        """Shift+drag: the box becomes the within: token (and the view toggle turns off)."""
        box = self.viewport.bbox_of(band.left(), band.top(), band.right(), band.bottom())
        self.controls.uncheck_in_view()
        self._state.set_range("within", box.token_value())

    def click(self, position: QPointF, choose: bool = False) -> None:
        """Select a marker's incident; zoom into a cluster just far enough for it to split,
        or fan it out when it cannot split (its incidents share a place); Ctrl lists them."""
        drawn = self.hit(position)
        if drawn is None:
            if self.fanned is not None:
                self.fanned = None  # a click on the empty map folds the fan
                self.update()
            return
        if len(drawn.members) == 1:
            self._state.select(int(self.points.seqs[int(drawn.members[0])]))
            return
        if choose:
            self.choose_menu(drawn.members).popup(self.mapToGlobal(position.toPoint()))
            return
        if zoom_until_split(self.viewport, self.points, drawn.members,
                            self.controls.geometry().bottom() + 4):
            self.moved()
            return
        self.fanned = None if self.fanned in drawn.members else int(drawn.members[0])
        self._fanned_at = self.zoom
        self.update()

    def choose_menu(self, members: npt.NDArray[np.int64]) -> QMenu:
        return choose_menu(self, self.points, members, self._state.select)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = event.pos()  # type: ignore[attr-defined]
            drawn = self.hit(QPointF(position))
            if drawn is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip(self.tooltip_text(drawn)), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def tooltip_text(self, drawn: Drawn) -> str:
        return tooltip_text(self.points, drawn.members)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        moves = {Qt.Key.Key_Left: (-80, 0), Qt.Key.Key_Right: (80, 0),
                 Qt.Key.Key_Up: (0, -80), Qt.Key.Key_Down: (0, 80)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key in moves:
            self.viewport.pan(*moves[key])
            self.moved()
        elif key == Qt.Key.Key_0:
            self.reset_view()
        else:
            super().keyPressEvent(event)
