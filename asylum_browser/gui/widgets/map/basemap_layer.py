"""The map's basemap: Natural Earth land, borders, coasts and place labels for one view.

Drawn into an image for the whole view and cached as a pixmap until the view, the size or the
palette changes; a drag slides the cached pixmap instead of redrawing. Where the view
straddles the 180° meridian, the world is drawn once more beside itself.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QTransform,
)

from asylum_browser.core.model.geo import project
from asylum_browser.gui.widgets import basemap_paths
from asylum_browser.gui.widgets.map.viewport import MapViewport

DETAIL_ZOOM = 5.0  # from here on, draw the 10m basemap
Cities = tuple[tuple[str, float, float], ...]
Circles = tuple[tuple[float, float, float], ...]  # screen x, y and radius of the markers
Labels = list[tuple[str, QRectF]]


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


def level_for(zoom: float) -> basemap_paths.PreparedLevel:
    """The 10m basemap once zoomed in and prepared (it is prepared in the background on first
    need), otherwise the 50m one."""
    if zoom >= DETAIL_ZOOM:
        detailed = basemap_paths.ready("10m")
        if detailed is not None:
            return detailed
        basemap_paths.prepare_in_background("10m")
    return basemap_paths.prepared("50m")


def world_copies(viewport: MapViewport) -> list[int]:
    """Offsets (in worlds) of the copies of the world that the view shows."""
    left, _top, width, _height = viewport.world_rect()
    return [k for k in range(math.floor(left), math.floor(left + width) + 1)]


def render_basemap(viewport: MapViewport, size: QSize, palette: QPalette, font: QFont,
                   cities: Cities, labels: bool = True, avoid: Circles = (),
                   placed: Labels | None = None) -> QImage:
    """The basemap of ``viewport`` at ``size``; no label is written under a marker of
    ``avoid``, and the labels written are added to ``placed``."""
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    theme = Theme.from_palette(palette)
    image.fill(theme.water)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    level = level_for(viewport.zoom)
    scale = viewport.scale
    left, top, width, height = viewport.world_rect()
    for copy in world_copies(viewport):
        painter.setTransform(QTransform(scale, 0, 0, scale,
                                        size.width() / 2 - (viewport.centre[0] - copy) * scale,
                                        size.height() / 2 - viewport.centre[1] * scale))
        view = QRectF(left - copy, top, width, height)
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
        _draw_labels(painter, viewport, level, theme, size, font, cities, avoid,
                     [] if placed is None else placed)
    painter.end()
    return image


def _draw_labels(painter: QPainter, viewport: MapViewport, level: basemap_paths.PreparedLevel,
                 theme: Theme, size: QSize, base: QFont, cities: Cities, avoid: Circles,
                 written: Labels) -> None:
    placed: list[QRectF] = [QRectF(x - r, y - r, 2 * r, 2 * r) for x, y, r in avoid]
    bounds = QRectF(0, 0, size.width(), size.height())

    def covering(at: QPointF) -> float | None:
        """How far right of ``at`` a label must start to clear the marker drawn on it."""
        for x, y, r in avoid:
            if (x - at.x()) ** 2 + (y - at.y()) ** 2 <= r * r:
                return x + r + 4 - at.x()
        return None

    def screen(x: float, y: float) -> QPointF:
        # A place on the world is drawn on the copy in view; a label point outside the world
        # (Antarctica's sits at x = -1/3 in the basemap) stays where it is, off the map.
        copy = viewport.near_centre(x) if 0.0 <= x <= 1.0 else x
        return QPointF(*viewport.to_screen(copy, y))

    def place(text: str, at: QPointF, font: QFont, colour: QColor, dot: bool) -> None:
        metrics = QFontMetrics(font)
        width, height = metrics.horizontalAdvance(text), metrics.height()
        shift = covering(at) if dot else None
        rect = (QRectF(at.x() + (shift or 5), at.y() - height / 2, width, height) if dot
                else QRectF(at.x() - width / 2, at.y() - height / 2, width, height))
        if not bounds.contains(rect) or any(rect.intersects(r) for r in placed):
            return  # it would collide (with a marker or a label): dropped
        placed.append(rect.adjusted(-3, -1, 3, 1))
        written.append((text, rect))
        painter.setFont(font)
        if dot and shift is None:  # under a bubble the dot would not show
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.label)
            painter.drawEllipse(at, 2.2, 2.2)
        painter.setPen(QPen(theme.halo, 3))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)  # cheap halo
        painter.setPen(colour)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)

    city_font = QFont(base)
    city_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
    city_font.setBold(True)
    if viewport.zoom >= 2.5:
        for name, latitude, longitude in cities:
            place(name, screen(*project(longitude, latitude)), city_font, theme.label, dot=True)
    country_font = QFont(base)
    country_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
    country_font.setCapitalization(QFont.Capitalization.AllUppercase)
    country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    muted = QColor(theme.label)
    muted.setAlpha(150)
    metrics = QFontMetrics(country_font)
    for country in sorted(level.countries, key=lambda c: -c.area):
        # The main landmass's size, not the bounding box (France's spans the oceans).
        width_px = math.sqrt(country.area) * viewport.scale
        if width_px < metrics.horizontalAdvance(country.name) * 0.75:
            continue
        place(country.name, screen(country.label.x(), country.label.y()), country_font, muted,
              dot=False)
    if viewport.zoom >= 4:
        capital_font = QFont(base)
        capital_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.8))
        for capital in level.basemap.capitals:
            place(capital.name, screen(capital.x, capital.y), capital_font, theme.label,
                  dot=True)


class BasemapCache:
    """The last rendered basemap and the view it shows, redrawn only when its key changes."""

    def __init__(self) -> None:
        self.pixmap: QPixmap | None = None
        self.key: tuple[object, ...] | None = None
        self.view: tuple[tuple[float, float], float] = ((0.5, 0.5), 1.0)  # centre, zoom

    def invalidate(self) -> None:
        self.key = None

    def pixmap_for(self, key: tuple[object, ...], viewport: MapViewport,
                   render: Callable[[], QImage]) -> QPixmap:
        if self.pixmap is None or self.key != key:
            self.pixmap = QPixmap.fromImage(render())
            self.key = key
            self.view = (viewport.centre, viewport.zoom)
        return self.pixmap

    def offset(self, viewport: MapViewport) -> QPointF | None:
        """Where to draw the cached pixmap to slide it under a moved view at the same zoom;
        None when there is none to slide."""
        if self.pixmap is None or self.view[1] != viewport.zoom:
            return None
        cached_x = viewport.near_centre(self.view[0][0])
        return QPointF((cached_x - viewport.centre[0]) * viewport.scale,
                       (self.view[0][1] - viewport.centre[1]) * viewport.scale)
