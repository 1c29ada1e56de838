"""The map: a native, offline Web Mercator view of Natural Earth with the query's incidents.

It receives MapPoints from AppState's results and knows no SQL. A click on a marker selects
that incident; a click on a cluster zooms into it (or, at the deepest zoom or with Ctrl, offers
its incidents in a menu); "Only what is in view" and Shift+drag write a ``within:`` token.

The basemap is drawn into a cached pixmap per view and only redrawn when the view changes;
clusters are computed once per zoom level and cached until the results change.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QTransform,
    QWheelEvent,
)
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QToolTip, QWidget

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.model.geo import (
    BBox,
    Cluster,
    cluster_arrays,
    cluster_radius,
    metres_per_pixel,
    nice_scale,
    pixels_per_unit,
    project,
    unproject,
)
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets import basemap_paths
from asylum_browser.gui.widgets.buttons import tool_button
from asylum_browser.gui.workers import LatestOnlyRunner

MIN_ZOOM, MAX_ZOOM = 0.3, 14.0
DETAIL_ZOOM = 5.0  # from here on, draw the 10m basemap
SPREAD_ZOOM = 9  # co-located incidents fan out around their shared point from this level
SYNC_CLUSTER_LIMIT = 20_000  # above this many points, clusters are computed off the GUI thread
OUTCOME_COLOURS = {  # Okabe-Ito: tells apart for most colour-blind readers too
    "reached_third_country": "#009E73", "detained_by_host": "#D55E00",
    "turned_away": "#E69F00", "left_voluntarily": "#0072B2", "mixed": "#CC79A7",
    None: "#7F7F7F",
}
LEGEND = {  # short labels: the key must not hide the map
    "reached_third_country": "Reached a third country", "detained_by_host": "Detained by host",
    "turned_away": "Turned away", "left_voluntarily": "Left voluntarily",
    "mixed": "Mixed outcomes", None: "Outcome unknown",
}


@dataclass(frozen=True)
class Theme:
    water: QColor
    land: QColor
    border: QColor
    coast: QColor
    label: QColor
    halo: QColor

    @staticmethod
    def from_palette(palette: QPalette) -> Theme:
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        if dark:
            return Theme(QColor("#1c2a38"), QColor("#3b3f44"), QColor("#70757b"),
                         QColor("#4f6d86"), QColor("#c8c8c8"), QColor(0, 0, 0, 170))
        return Theme(QColor("#cde2f1"), QColor("#f3f0e8"), QColor("#b2a892"),
                     QColor("#88aac4"), QColor("#4a4a4a"), QColor(255, 255, 255, 190))


@dataclass(frozen=True)
class Drawn:
    """Something drawn this frame that the mouse can hit: a marker or a cluster."""

    centre: QPointF
    radius: float
    members: npt.NDArray[np.int64]  # indexes into the points


class MapView(QWidget):
    """objectName mapView. Signals: view_changed() after the view settles."""

    view_changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("mapView")
        self.setAccessibleName("Map of the incidents")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 180)
        self.centre = project(20.0, 25.0)  # world units
        self.zoom = 1.0
        self.points: MapPoints = MapPoints.empty()
        self._clusters: dict[tuple[float, ...], list[Cluster]] = {}
        self._last_clusters: list[Cluster] = []
        self._pending_region: tuple[float, ...] | None = None
        self._cluster_runner = LatestOnlyRunner(self)
        self._cluster_runner.finished.connect(self._on_clustered)
        self._drawn: list[Drawn] = []
        self._cities: tuple[tuple[str, float, float], ...] = ()
        self.selected: int | None = None
        self._cache: QPixmap | None = None
        self._cache_key: tuple[object, ...] | None = None
        self._cache_view: tuple[tuple[float, float], float] = (self.centre, self.zoom)
        self._press: QPoint | None = None
        self._dragging = False
        self._band: QRect | None = None
        self._fitted_once = False
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(300)
        self._settle.timeout.connect(self._view_settled)
        # A bound method, not a lambda: Qt drops the connection when this view is deleted.
        basemap_paths.notifier().level_ready.connect(self._on_level_ready)
        self._build_controls()
        state.results_ready.connect(self.set_results)
        state.query_changed.connect(self._on_query_changed)
        state.selection_changed.connect(self._on_selection)
        state.database_changed.connect(self._load_cities)
        self._load_cities()

    # --- controls -------------------------------------------------------------------------

    def _build_controls(self) -> None:
        self.controls = QWidget(self)
        self.controls.setObjectName("mapControls")
        layout = QHBoxLayout(self.controls)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        self.zoom_in_button = tool_button(self, "+", "Zoom in", "mapZoomIn",
                                          lambda: self.zoom_by(1))
        self.zoom_out_button = tool_button(self, "−", "Zoom out", "mapZoomOut",
                                           lambda: self.zoom_by(-1))
        self.fit_button = tool_button(self, "Fit", "Fit to results", "mapFit",
                                      self.fit_to_results)
        self.reset_button = tool_button(self, "World", "Reset view to the whole world",
                                        "mapReset", self.reset_view)
        self.in_view = QCheckBox("Only what is in view", self.controls)
        self.in_view.setObjectName("mapOnlyInView")
        self.in_view.setAccessibleName("Only show incidents in the map's view")
        self.in_view.setToolTip("Narrow the table, the facets and exports to what the map shows "
                                "(writes within: into the search). Shift+drag draws a box.")
        self.in_view.toggled.connect(self._in_view_toggled)
        self.in_view.setAutoFillBackground(True)
        self.legend_button = tool_button(self, "Key", "Show or hide the colour key",
                                         "mapLegend", self.update)
        self.legend_button.setCheckable(True)
        self.legend_button.setChecked(True)
        for widget in (self.zoom_in_button, self.zoom_out_button, self.fit_button,
                       self.reset_button, self.legend_button, self.in_view):
            layout.addWidget(widget)
        self.controls.adjustSize()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.controls.adjustSize()
        self.controls.move(self.width() - self.controls.width() - 6, 6)
        if not self._fitted_once:
            self.reset_view()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(420, 300)

    # --- data ---------------------------------------------------------------------------

    def _load_cities(self, _repository: object = None) -> None:
        self._cities = self._state.repository.cities()
        self._invalidate()

    def set_results(self, results: Results) -> None:
        self.points = results.points
        self._clusters.clear()
        self._last_clusters = []
        self._pending_region = None
        self.update()

    def clusters_at(self, level: int) -> list[Cluster]:
        """Clusters around the view at one zoom level, cached until the view moves far.

        The work covers the view and one view's width and height around it, so panning
        recomputes only every half view, and a million points cost what the visible ones do.
        """
        span_x = max(self.width(), 1) / self.scale
        span_y = max(self.height(), 1) / self.scale
        region = (level, round(self.centre[0] / (span_x / 2)), round(self.centre[1] / (span_y / 2)),
                  round(span_x, 12), round(span_y, 12))
        if region in self._clusters:
            return self._clusters[region]
        if len(self._clusters) > 32:
            self._clusters.clear()
        points = self.points
        centre = (region[1] * span_x / 2, region[2] * span_y / 2)

        def work() -> tuple[MapPoints, tuple[float, ...], list[Cluster]]:
            x, y = points.x, points.y
            near = np.flatnonzero((np.abs(x - centre[0]) <= 1.5 * span_x)
                                  & (np.abs(y - centre[1]) <= 1.5 * span_y))
            return points, region, cluster_arrays(x, y, level, near)

        if len(points) <= SYNC_CLUSTER_LIMIT:
            self._clusters[region] = work()[2]
            return self._clusters[region]
        # Many points: cluster off the GUI thread; until then draw what was drawn last.
        if region != self._pending_region:
            self._pending_region = region
            self._cluster_runner.submit(work)
        return self._last_clusters

    def _on_clustered(self, answer: tuple[MapPoints, tuple[float, ...], list[Cluster]]) -> None:
        points, region, clusters = answer
        if points is self.points:
            self._clusters[region] = clusters
            self._pending_region = None
            self.update()

    def _on_selection(self, seq: object) -> None:
        self.selected = seq if isinstance(seq, int) else None
        if self.selected is not None:
            index = self._index_of(self.selected)
            if index is not None and not self.rect().contains(
                    self.to_screen(*self._xy(index)).toPoint()):
                self.centre = self._xy(index)
                self._view_moved()
        self.update()

    def _xy(self, index: int) -> tuple[float, float]:
        return float(self.points.x[index]), float(self.points.y[index])

    def _index_of(self, seq: int) -> int | None:
        return self.points.index_of(seq)

    # --- view maths ---------------------------------------------------------------------

    @property
    def scale(self) -> float:
        return pixels_per_unit(self.zoom)

    def to_screen(self, x: float, y: float) -> QPointF:
        return QPointF((x - self.centre[0]) * self.scale + self.width() / 2,
                       (y - self.centre[1]) * self.scale + self.height() / 2)

    def to_world(self, point: QPointF) -> tuple[float, float]:
        return ((point.x() - self.width() / 2) / self.scale + self.centre[0],
                (point.y() - self.height() / 2) / self.scale + self.centre[1])

    def view_bbox(self) -> BBox:
        west, north = unproject(*self.to_world(QPointF(0, 0)))
        east, south = unproject(*self.to_world(QPointF(self.width(), self.height())))
        return BBox(max(-90.0, south), max(-180.0, west), min(90.0, north), min(180.0, east))

    def set_view(self, centre: tuple[float, float], zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        half_w = self.width() / 2 / self.scale
        x = min(max(centre[0], min(half_w, 0.5)), max(1 - half_w, 0.5))
        self.centre = (x, min(max(centre[1], 0.0), 1.0))
        self._view_moved()

    def zoom_by(self, steps: float, anchor: QPointF | None = None) -> None:
        anchor = anchor or QPointF(self.width() / 2, self.height() / 2)
        before = self.to_world(anchor)
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + steps))
        after = self.to_world(anchor)
        self.set_view((self.centre[0] + before[0] - after[0],
                       self.centre[1] + before[1] - after[1]), self.zoom)

    def reset_view(self) -> None:
        """The whole inhabited world."""
        self._fitted_once = self.width() > 0
        west, north = project(-170, 75)
        east, south = project(180, -56)
        self.fit_world_box(west, north, east, south, padding=0)

    def fit_world_box(self, x0: float, y0: float, x1: float, y1: float,
                      padding: float = 40, max_zoom: float = 11) -> None:
        width = max(self.width() - 2 * padding, 50)
        height = max(self.height() - 2 * padding, 50)
        span = max((x1 - x0) / width, (y1 - y0) / height, 1e-9)
        zoom = math.log2(1 / (span * 256))
        self.set_view(((x0 + x1) / 2, (y0 + y1) / 2), min(zoom, max_zoom))

    def fit_to_results(self) -> None:
        if len(self.points) == 0:
            self.reset_view()
            return
        x, y = self.points.x, self.points.y
        self.fit_world_box(float(x.min()), float(y.min()), float(x.max()), float(y.max()))

    def _view_moved(self) -> None:
        self._settle.start()
        self.update()

    def _view_settled(self) -> None:
        if self.in_view.isChecked():
            self._state.set_range("within", self.view_bbox().token_value())
        self.view_changed.emit()

    def _on_query_changed(self, _text: str) -> None:
        # Typing a search without within: (or Clear all) ends "only what is in view".
        has_box = any(term.field == "within" for clause in self._state.spec.clauses
                      for term in clause)
        if self.in_view.isChecked() and not has_box:
            self.in_view.blockSignals(True)
            self.in_view.setChecked(False)
            self.in_view.blockSignals(False)

    def _in_view_toggled(self, on: bool) -> None:
        self._state.set_range("within", self.view_bbox().token_value() if on else None)

    # --- basemap ------------------------------------------------------------------------

    def _level(self) -> basemap_paths.PreparedLevel:
        if self.zoom >= DETAIL_ZOOM:
            detailed = basemap_paths.ready("10m")
            if detailed is not None:
                return detailed
            basemap_paths.prepare_in_background("10m")
        return basemap_paths.prepared("50m")

    def _on_level_ready(self, _level: str) -> None:
        self._invalidate()

    def _invalidate(self) -> None:
        self._cache_key = None
        self.update()

    def render_basemap(self, size: QSize, labels: bool = True) -> QImage:
        """The basemap for the current view at ``size`` (used by paintEvent and tests)."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        theme = Theme.from_palette(self.palette())
        image.fill(theme.water)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        level = self._level()
        scale = self.scale
        transform = QTransform(scale, 0, 0, scale, size.width() / 2 - self.centre[0] * scale,
                               size.height() / 2 - self.centre[1] * scale)
        view = QRectF(*self._world_rect(size))
        painter.setTransform(transform)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.land)
        for country in level.countries:
            if country.bounds.intersects(view):
                painter.drawPath(country.path)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        pen = QPen(theme.border, 1.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.drawPath(level.borders)
        coast = QPen(theme.coast, 0.8)
        coast.setCosmetic(True)
        painter.setPen(coast)
        painter.drawPath(level.coasts)
        painter.resetTransform()
        if labels:
            self._draw_labels(painter, level, theme, size)
        painter.end()
        return image

    def _world_rect(self, size: QSize) -> tuple[float, float, float, float]:
        width, height = size.width() / self.scale, size.height() / self.scale
        return (self.centre[0] - width / 2, self.centre[1] - height / 2, width, height)

    def _draw_labels(self, painter: QPainter, level: basemap_paths.PreparedLevel,
                     theme: Theme, size: QSize) -> None:
        placed: list[QRectF] = []
        bounds = QRectF(0, 0, size.width(), size.height())

        def place(text: str, at: QPointF, font: QFont, colour: QColor, dot: bool) -> None:
            metrics = QFontMetrics(font)
            width, height = metrics.horizontalAdvance(text), metrics.height()
            rect = (QRectF(at.x() + 5, at.y() - height / 2, width, height) if dot
                    else QRectF(at.x() - width / 2, at.y() - height / 2, width, height))
            if not bounds.contains(rect) or any(rect.intersects(r) for r in placed):
                return
            placed.append(rect.adjusted(-3, -1, 3, 1))
            painter.setFont(font)
            if dot:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(theme.label)
                painter.drawEllipse(at, 2.2, 2.2)
            painter.setPen(QPen(theme.halo, 3))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)  # cheap halo
            painter.setPen(colour)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

        base = QFont(self.font())
        city_font = QFont(base)
        city_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        city_font.setBold(True)
        if self.zoom >= 2.5:
            for name, latitude, longitude in self._cities:
                place(name, self.to_screen(*project(longitude, latitude)), city_font,
                      theme.label, dot=True)
        country_font = QFont(base)
        country_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
        country_font.setCapitalization(QFont.Capitalization.AllUppercase)
        country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        muted = QColor(theme.label)
        muted.setAlpha(150)
        metrics = QFontMetrics(country_font)
        for country in sorted(level.countries, key=lambda c: -c.area):
            # The main landmass's size, not the bounding box (France's spans the oceans).
            width_px = math.sqrt(country.area) * self.scale
            if width_px < metrics.horizontalAdvance(country.name) * 0.75:
                continue
            place(country.name, self.to_screen(country.label.x(), country.label.y()),
                  country_font, muted, dot=False)
        if self.zoom >= 4:
            capital_font = QFont(base)
            capital_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
            for capital in level.basemap.capitals:
                place(capital.name, self.to_screen(capital.x, capital.y), capital_font,
                      theme.label, dot=True)

    # --- painting -----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        ratio = self.devicePixelRatioF()
        key = (self.centre, self.zoom, self.width(), self.height(), ratio,
               self.palette().color(QPalette.ColorRole.Base).rgb(),
               basemap_paths.ready("10m") is not None and self.zoom >= DETAIL_ZOOM)
        painter = QPainter(self)
        if self._dragging and self._cache is not None and self._cache_view[1] == self.zoom:
            # While dragging, slide the cached basemap; it is redrawn once the drag ends.
            painter.fillRect(self.rect(), Theme.from_palette(self.palette()).water)
            dx = (self._cache_view[0][0] - self.centre[0]) * self.scale
            dy = (self._cache_view[0][1] - self.centre[1]) * self.scale
            painter.drawPixmap(QPointF(dx, dy), self._cache)
        else:
            if self._cache is None or self._cache_key != key:
                image = self.render_basemap(QSize(self.width(), self.height()))
                self._cache = QPixmap.fromImage(image)
                self._cache_key = key
                self._cache_view = (self.centre, self.zoom)
            painter.drawPixmap(0, 0, self._cache)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_markers(painter)
        self._draw_scale(painter)
        if self.legend_button.isChecked():
            self._draw_legend(painter)
        if self._band is not None:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1.5,
                                Qt.PenStyle.DashLine))
            fill = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawRect(self._band)
        painter.end()

    def _draw_markers(self, painter: QPainter) -> None:
        self._drawn = []
        level = math.floor(self.zoom + 0.5)
        area = QRectF(self.rect()).adjusted(-40, -40, 40, 40)
        selected_index = None if self.selected is None else self._index_of(self.selected)
        outline = QColor("#ffffff") if self.palette().color(
            QPalette.ColorRole.Base).lightness() >= 128 else QColor("#101010")
        clusters = self.clusters_at(level)
        self._last_clusters = clusters
        for cluster in clusters:
            centre = self.to_screen(cluster.x, cluster.y)
            if not area.contains(centre):
                continue
            identical = self._identical(cluster.members)
            if cluster.count == 1:
                self._draw_marker(painter, centre, int(cluster.members[0]), outline)
            elif identical and level >= SPREAD_ZOOM:
                self._draw_spread(painter, centre, cluster.members, outline)
                continue
            else:
                self._draw_cluster(painter, centre, cluster, outline)
            if selected_index is not None and selected_index in cluster.members:
                radius = self._drawn[-1].radius + 4
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
                painter.drawEllipse(centre, radius, radius)

    def _identical(self, members: npt.NDArray[np.int64]) -> bool:
        """True when every member sits on the same point (they cannot separate by zooming)."""
        x, y = self.points.x[members], self.points.y[members]
        return bool(np.all(x == x[0]) and np.all(y == y[0]))

    def _draw_marker(self, painter: QPainter, centre: QPointF, index: int,
                     outline: QColor) -> None:
        colour = QColor(OUTCOME_COLOURS.get(self.points.outcomes[index], OUTCOME_COLOURS[None]))
        radius = cluster_radius(1)
        if self.points.precise[index]:
            painter.setPen(QPen(outline, 1.5))
            painter.setBrush(colour)
        else:  # hollow: only the city is known
            painter.setPen(QPen(colour, 3))
            painter.setBrush(outline)
        painter.drawEllipse(centre, radius, radius)
        self._drawn.append(Drawn(centre, radius + 2, np.array([index], dtype=np.int64)))

    def _draw_spread(self, painter: QPainter, centre: QPointF, members: npt.NDArray[np.int64],
                     outline: QColor) -> None:
        """Co-located incidents on a ring around their shared point, each clickable."""
        count = len(members)
        ring = max(18.0, 7.5 * count / math.pi)
        painter.setPen(QPen(QColor(120, 120, 120, 160), 1))
        painter.setBrush(QColor(120, 120, 120, 200))
        painter.drawEllipse(centre, 2.5, 2.5)
        selected_index = None if self.selected is None else self._index_of(self.selected)
        for step, index in enumerate(self._by_seq(members)):
            angle = 2 * math.pi * step / count - math.pi / 2
            at = QPointF(centre.x() + ring * math.cos(angle), centre.y() + ring * math.sin(angle))
            painter.setPen(QPen(QColor(120, 120, 120, 160), 1))
            painter.drawLine(centre, at)
            self._draw_marker(painter, at, index, outline)
            if index == selected_index:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 3))
                painter.drawEllipse(at, 10, 10)

    def _draw_cluster(self, painter: QPainter, centre: QPointF, cluster: Cluster,
                      outline: QColor) -> None:
        classes = {self.points.outcomes[i] for i in cluster.members[:500].tolist()}
        colour = QColor(OUTCOME_COLOURS.get(next(iter(classes)), OUTCOME_COLOURS[None])
                        if len(classes) == 1 else "#37474F")
        radius = cluster_radius(cluster.count)
        painter.setPen(QPen(outline, 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                2 * radius), Qt.AlignmentFlag.AlignCenter, str(cluster.count))
        self._drawn.append(Drawn(centre, radius, cluster.members))

    def _draw_scale(self, painter: QPainter) -> None:
        latitude = unproject(*self.centre)[1]
        length, label = nice_scale(metres_per_pixel(latitude, self.zoom))
        x, y = 12.0, self.height() - 14.0
        colour = Theme.from_palette(self.palette()).label
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(x, y), QPointF(x + length, y))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y))
        painter.drawLine(QPointF(x + length, y - 4), QPointF(x + length, y))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        painter.setFont(font)
        painter.drawText(QPointF(x + length + 6, y + 4), label)

    def _draw_legend(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        metrics = QFontMetrics(font)
        entries = list(LEGEND.items())
        width = 30 + max(metrics.horizontalAdvance(label) for _code, label in
                         [*entries, (None, "Hollow: only the city is known")])
        line = metrics.height() + 2
        height = line * (len(entries) + 1) + 8
        box = QRectF(self.width() - width - 8, self.height() - height - 8, width, height)
        background = QColor(self.palette().color(QPalette.ColorRole.Base))
        background.setAlpha(215)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, 4, 4)
        painter.setFont(font)
        text = self.palette().color(QPalette.ColorRole.Text)
        y = box.top() + 4 + line / 2
        for code, label in entries:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(OUTCOME_COLOURS[code]))
            painter.drawEllipse(QPointF(box.left() + 11, y), 4.5, 4.5)
            painter.setPen(text)
            painter.drawText(QPointF(box.left() + 22, y + metrics.ascent() / 2 - 1), label)
            y += line
        painter.setPen(QPen(QColor(OUTCOME_COLOURS[None]), 2.5))
        painter.setBrush(background)
        painter.drawEllipse(QPointF(box.left() + 11, y), 4, 4)
        painter.setPen(text)
        painter.drawText(QPointF(box.left() + 22, y + metrics.ascent() / 2 - 1),
                         "Hollow: only the city is known")

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
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self._dragging = False
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._band = QRect(self._press, self._press)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            if self._band is not None:
                self._band = QRect(self._press, position).normalized()
                self.update()
                return
            delta = position - self._press
            if self._dragging or delta.manhattanLength() > 3:
                self._dragging = True
                self.centre = (self.centre[0] - delta.x() / self.scale,
                               self.centre[1] - delta.y() / self.scale)
                self._press = position
                self._view_moved()
            return
        cursor = (Qt.CursorShape.PointingHandCursor if self.hit(event.position())
                  else Qt.CursorShape.OpenHandCursor)
        self.setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        if self._band is not None:
            band, self._band = self._band, None
            self._press = None
            if band.width() > 4 and band.height() > 4:
                self.select_box(band)
            self.update()
            return
        if not self._dragging:
            self.click(event.position(),
                       bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
            self._press = None
            return
        self._press = None
        self._dragging = False
        self.set_view(self.centre, self.zoom)  # clamps, then redraws the basemap once

    def select_box(self, band: QRect) -> None:
        """Shift+drag: the box becomes the within: token (and the view toggle turns off)."""
        west, north = unproject(*self.to_world(QPointF(band.topLeft())))
        east, south = unproject(*self.to_world(QPointF(band.bottomRight())))
        self.in_view.blockSignals(True)
        self.in_view.setChecked(False)
        self.in_view.blockSignals(False)
        self._state.set_range("within", BBox(south, west, north, east).token_value())

    def click(self, position: QPointF, choose: bool = False) -> None:
        """Select a marker's incident; zoom into a cluster, or offer its incidents."""
        drawn = self.hit(position)
        if drawn is None:
            return
        if len(drawn.members) == 1:
            self._state.select(int(self.points.seqs[int(drawn.members[0])]))
            return
        identical = self._identical(drawn.members)
        if choose or self.zoom >= MAX_ZOOM - 0.01 or (identical and self.zoom >= SPREAD_ZOOM):
            self.choose_menu(drawn.members).popup(self.mapToGlobal(position.toPoint()))
            return
        x, y = self.points.x[drawn.members], self.points.y[drawn.members]
        if identical:
            self.set_view((float(x[0]), float(y[0])), max(self.zoom + 2, SPREAD_ZOOM))
        else:
            self.fit_world_box(float(x.min()), float(y.min()), float(x.max()), float(y.max()),
                               padding=60, max_zoom=max(self.zoom + 1, 11))

    def _by_seq(self, members: npt.NDArray[np.int64], limit: int | None = None) -> list[int]:
        """Member indexes in incident order (the first ``limit`` of them)."""
        order = np.argsort(self.points.seqs[members], kind="stable")
        chosen = members[order] if limit is None else members[order[:limit]]
        return [int(i) for i in chosen.tolist()]

    def choose_menu(self, members: npt.NDArray[np.int64]) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("mapChooseMenu")
        ordered = self._by_seq(members, 31)
        for index in ordered[:30]:
            point = self.points[index]
            action = menu.addAction(f"{point.date_label}: {point.title}")
            action.triggered.connect(lambda _checked=False, seq=point.seq:
                                     self._state.select(seq))
        if len(members) > 30:
            menu.addAction(f"and {len(members) - 30} more (zoom in or filter)").setEnabled(False)
        return menu

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = event.pos()  # type: ignore[attr-defined]
            drawn = self.hit(QPointF(position))
            if drawn is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(drawn), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def tooltip_text(self, drawn: Drawn) -> str:
        ordered = self._by_seq(drawn.members, 5)
        lines = [f"{self.points[i].title} ({self.points[i].date_label})" for i in ordered]
        if len(drawn.members) > 5:
            lines.append(f"and {len(drawn.members) - 5} more")
        return "\n".join(lines)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        step = 80 / self.scale
        moves = {Qt.Key.Key_Left: (-step, 0), Qt.Key.Key_Right: (step, 0),
                 Qt.Key.Key_Up: (0, -step), Qt.Key.Key_Down: (0, step)}
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif key == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        elif key in moves:
            dx, dy = moves[key]
            self.set_view((self.centre[0] + dx, self.centre[1] + dy), self.zoom)
        elif key == Qt.Key.Key_0:
            self.reset_view()
        else:
            super().keyPressEvent(event)
