"""What the map draws over the basemap: markers, cluster badges, the scale bar and the key.

Painting returns what it drew as ``Drawn`` items, which the widget hit-tests for clicks and
tooltips. Colours and the key's names come from the registry's outcome styles.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen

from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.model.geo import (
    Cluster,
    cluster_radius,
    fan_offsets,
    metres_per_pixel,
    nice_scale,
    unproject,
)
from asylum_browser.core.model.schema import MIXED_OUTCOMES_COLOUR, OUTCOME_STYLES, outcome_colour
from asylum_browser.gui.widgets.map.basemap_layer import Theme
from asylum_browser.gui.widgets.map.viewport import MapViewport
from asylum_browser.i18n.words import QT_TR_NOOP, field_text, tr

SPREAD_ZOOM = 9  # co-located incidents fan out around their shared point from this level
HOLLOW_KEY = QT_TR_NOOP("Hollow: only the city is known")  # tr() where shown
FAN_HINT = QT_TR_NOOP("{count} here \u00b7 Ctrl-click the centre lists them")


@dataclass(frozen=True)
class Drawn:
    """Something drawn this frame that the mouse can hit: a marker or a cluster."""

    centre: QPointF
    radius: float
    members: npt.NDArray[np.int64]  # indexes into the points


def identical(points: MapPoints, members: npt.NDArray[np.int64]) -> bool:
    """True when every member sits on the same point (they cannot separate by zooming)."""
    x, y = points.x[members], points.y[members]
    return bool(np.all(x == x[0]) and np.all(y == y[0]))


def by_seq(points: MapPoints, members: npt.NDArray[np.int64],
           limit: int | None = None) -> list[int]:
    """Member indexes in incident order (the first ``limit`` of them)."""
    order = np.argsort(points.seqs[members], kind="stable")
    chosen = members[order] if limit is None else members[order[:limit]]
    return [int(i) for i in chosen.tolist()]


def circles(viewport: MapViewport, clusters: list[Cluster]) -> tuple[tuple[float, float,
                                                                             float], ...]:
    """Where the markers and badges of ``clusters`` fall on screen, for the basemap to keep
    its labels off them (rounded, so the basemap's cache survives sub-pixel noise)."""
    found = []
    for cluster in clusters:
        x, y = viewport.to_screen(viewport.near_centre(cluster.x), cluster.y)
        if -40 <= x <= viewport.width + 40 and -40 <= y <= viewport.height + 40:
            found.append((round(x, 1), round(y, 1), cluster_radius(cluster.count) + 2))
    return tuple(found)


class MarkerPainter:
    """Draws one frame's markers and clusters with one painter; ``drawn`` holds the result."""

    def __init__(self, painter: QPainter, points: MapPoints, palette: QPalette,
                 font: QFont) -> None:
        self._painter = painter
        self._points = points
        self._palette = palette
        self._font = font
        self._highlight = palette.color(QPalette.ColorRole.Highlight)
        self._outline = QColor("#ffffff") if palette.color(
            QPalette.ColorRole.Base).lightness() >= 128 else QColor("#101010")
        self.drawn: list[Drawn] = []
        self.hints: list[QRectF] = []  # where the fans' hints were written
        # Fans' hints, drawn last: centre, reach, text, and the fan's own slice of ``drawn``.
        self._pending: list[tuple[QPointF, float, str, slice]] = []
        self._view = QRectF()

    def markers(self, viewport: MapViewport, clusters: list[Cluster], area: QRectF,
                selected_index: int | None, fanned: int | None = None) -> None:
        """Markers and badges; a cluster holding point ``fanned`` (it was clicked and cannot
        split by zooming) and, from SPREAD_ZOOM, any cluster on one point fan out."""
        level = math.floor(viewport.zoom + 0.5)
        painter = self._painter
        self._view = area.adjusted(40, 40, -40, -40)  # the widget itself, for the hints
        fans: list[tuple[QPointF, npt.NDArray[np.int64]]] = []
        for cluster in clusters:
            centre = QPointF(*viewport.to_screen(viewport.near_centre(cluster.x), cluster.y))
            if not area.contains(centre):
                continue
            if cluster.count == 1:
                self._marker(centre, int(cluster.members[0]))
            elif (fanned is not None and fanned in cluster.members) or (
                    level >= SPREAD_ZOOM and identical(self._points, cluster.members)):
                fans.append((centre, cluster.members))  # drawn over the badges, below
                continue
            else:
                self._cluster(centre, cluster)
            if selected_index is not None and selected_index in cluster.members:
                radius = self.drawn[-1].radius + 4
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self._highlight, 3))
                painter.drawEllipse(centre, radius, radius)
        # A fan goes over the badges around it (it is what was clicked), and hints on top of
        # everything, where they cover the fewest badges.
        for centre, members in fans:
            self._spread(centre, members, selected_index)
        for centre, reach, text, own in self._pending:
            self._hint(centre, reach, text,
                       self.drawn[:own.start] + self.drawn[own.stop:])
        self._pending.clear()

    def _marker(self, centre: QPointF, index: int) -> None:
        painter = self._painter
        colour = QColor(outcome_colour(self._points.outcomes[index]))
        radius = cluster_radius(1)
        if self._points.precise[index]:
            painter.setPen(QPen(self._outline, 1.5))
            painter.setBrush(colour)
        else:  # hollow: only the city is known
            painter.setPen(QPen(colour, 3))
            painter.setBrush(self._outline)
        painter.drawEllipse(centre, radius, radius)
        self.drawn.append(Drawn(centre, radius + 2, np.array([index], dtype=np.int64)))

    def _spread(self, centre: QPointF, members: npt.NDArray[np.int64],
                selected_index: int | None) -> None:
        """Co-located incidents fanned out around their shared point with leader lines, each
        clickable; the hub is clickable too (Ctrl-click lists them) and the fan says so."""
        painter = self._painter
        leader = QColor(120, 120, 120, 170)
        painter.setPen(QPen(leader, 1))
        painter.setBrush(leader)
        painter.drawEllipse(centre, 3.5, 3.5)
        hub = len(self.drawn)
        self.drawn.append(Drawn(centre, 6.0, members))
        offsets = fan_offsets(len(members))
        for (dx, dy), index in zip(offsets, by_seq(self._points, members), strict=True):
            at = QPointF(centre.x() + dx, centre.y() + dy)
            painter.setPen(QPen(leader, 1))
            painter.drawLine(centre, at)
            self._marker(at, index)
            if index == selected_index:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(self._highlight, 3))
                painter.drawEllipse(at, 10, 10)
        reach = max(math.hypot(dx, dy) for dx, dy in offsets) + cluster_radius(1) + 4
        self._pending.append((centre, reach, tr(FAN_HINT).format(count=len(members)),
                              slice(hub, len(self.drawn))))

    def _panel(self, rect: QRectF, alpha: int, radius: float) -> QColor:
        """A translucent rounded box in the palette's base colour, under a hint or the key;
        returns that colour."""
        background = QColor(self._palette.color(QPalette.ColorRole.Base))
        background.setAlpha(alpha)
        self._painter.setPen(Qt.PenStyle.NoPen)
        self._painter.setBrush(background)
        self._painter.drawRoundedRect(rect, radius, radius)
        return background

    def _hint(self, centre: QPointF, reach: float, text: str, others: list[Drawn]) -> None:
        """The fan's hint below it, or, where that hides fewer other badges, a little aside,
        above, further out, or to the right or left, always inside the map."""
        painter = self._painter
        font = QFont(self._font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        metrics = QFontMetrics(font)
        width, height = metrics.horizontalAdvance(text) + 10, metrics.height() + 2
        below, above = centre.y() + reach, centre.y() - reach - height
        places = [QRectF(centre.x() - width / 2 + shift, y, width, height)
                  for y in (below, above, below + height + 4, above - height - 4)
                  for shift in (0.0, -width / 3, width / 3)]
        places += [QRectF(centre.x() + reach, centre.y() - height / 2, width, height),
                   QRectF(centre.x() - reach - width, centre.y() - height / 2, width, height)]

        def covered(rect: QRectF) -> int:
            return sum(1 for d in others
                       if rect.adjusted(-d.radius, -d.radius, d.radius, d.radius)
                       .contains(d.centre))

        inside = [rect for rect in places if self._view.contains(rect)] or places[:1]
        rect = min(inside, key=covered)  # the first (below) wins ties
        self._panel(rect, 225, 3)
        painter.setFont(font)
        painter.setPen(self._palette.color(QPalette.ColorRole.Text))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        self.hints.append(rect)

    def outcome_mix(self, members: npt.NDArray[np.int64]) -> list[tuple[str, int]]:
        """(colour, count) per outcome among a cluster's members, in the key's order."""
        counts: dict[str, int] = {}
        for index in members[:2000].tolist():
            colour = outcome_colour(self._points.outcomes[index])
            counts[colour] = counts.get(colour, 0) + 1
        order = [style.colour for style in OUTCOME_STYLES]
        return sorted(counts.items(), key=lambda item: order.index(item[0])
                      if item[0] in order else len(order))

    def _cluster(self, centre: QPointF, cluster: Cluster) -> None:
        painter = self._painter
        mix = self.outcome_mix(cluster.members)
        colour = QColor(mix[0][0] if len(mix) == 1 else MIXED_OUTCOMES_COLOUR)
        radius = cluster_radius(cluster.count)
        painter.setPen(QPen(self._outline, 2))
        painter.setBrush(colour)
        painter.drawEllipse(centre, radius, radius)
        if len(mix) > 1:  # a ring in the outcomes' colours, each arc its share of the cases
            ring = QRectF(centre.x() - radius + 2.5, centre.y() - radius + 2.5,
                          2 * radius - 5, 2 * radius - 5)
            total = sum(count for _colour, count in mix)
            start = 90 * 16
            for arc_colour, count in mix:
                span = -round(360 * 16 * count / total)
                painter.setPen(QPen(QColor(arc_colour), 4, Qt.PenStyle.SolidLine,
                                    Qt.PenCapStyle.FlatCap))
                painter.drawArc(ring, start, span)
                start += span
        font = QFont(self._font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(QRectF(centre.x() - radius, centre.y() - radius, 2 * radius,
                                2 * radius), Qt.AlignmentFlag.AlignCenter, str(cluster.count))
        self.drawn.append(Drawn(centre, radius, cluster.members))

    def free_corner(self, viewport: MapViewport, width: float, height: float, top: float,
                    taken: QRectF, right_first: bool = False) -> QRectF:
        """The first corner box (bottom left, bottom right, top left below ``top``, top
        right; right before left if asked) clear of every marker drawn and of ``taken``;
        the first when none is."""
        right, bottom = viewport.width - width - 8, viewport.height - height - 4
        sides = (right, 8.0) if right_first else (8.0, right)
        boxes = [QRectF(x, y, width, height) for y in (bottom, top + 4) for x in sides]
        for box in boxes:
            if not box.intersects(taken) and not any(
                    box.adjusted(-d.radius, -d.radius, d.radius, d.radius).contains(d.centre)
                    for d in self.drawn):
                return box
        return boxes[0]

    def scale_bar(self, viewport: MapViewport, top: float = 0.0,
                  taken: QRectF | None = None) -> QRectF:
        """The scale bar in the first free corner, clear of every marker drawn and of the
        key (``taken``); its box is returned."""
        painter = self._painter
        latitude = unproject(*viewport.centre)[1]
        length, label = nice_scale(metres_per_pixel(latitude, viewport.zoom))
        font = QFont(self._font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        metrics = QFontMetrics(font)
        width = length + 6 + metrics.horizontalAdvance(label) + 4
        height = float(metrics.height() + 4)
        box = self.free_corner(viewport, width, height, top, taken or QRectF())
        x, y = box.left() + 4, box.bottom() - 4 - metrics.descent()
        painter.setPen(QPen(Theme.from_palette(self._palette).label, 2))
        painter.drawLine(QPointF(x, y), QPointF(x + length, y))
        painter.drawLine(QPointF(x, y - 4), QPointF(x, y))
        painter.drawLine(QPointF(x + length, y - 4), QPointF(x + length, y))
        painter.setFont(font)
        painter.drawText(QPointF(x + length + 6, y + 4), label)
        return box

    def legend(self, viewport: MapViewport, top: float = 0.0) -> QRectF:
        """The colour key, in the first corner free of markers; its box is returned."""
        painter = self._painter
        font = QFont(self._font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.8))
        metrics = QFontMetrics(font)
        width = 30 + max(metrics.horizontalAdvance(label) for label in
                         [*(field_text(s.key_label) for s in OUTCOME_STYLES), tr(HOLLOW_KEY)])
        line = metrics.height() + 2
        height = line * (len(OUTCOME_STYLES) + 1) + 8
        box = self.free_corner(viewport, width, height, top, QRectF(), right_first=True)
        background = self._panel(box, 215, 4)
        painter.setFont(font)
        text = self._palette.color(QPalette.ColorRole.Text)
        y = box.top() + 4 + line / 2
        for style in OUTCOME_STYLES:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(style.colour))
            painter.drawEllipse(QPointF(box.left() + 11, y), 4.5, 4.5)
            painter.setPen(text)
            painter.drawText(QPointF(box.left() + 22, y + metrics.ascent() / 2 - 1),
                             field_text(style.key_label))
            y += line
        painter.setPen(QPen(QColor(outcome_colour(None)), 2.5))
        painter.setBrush(background)
        painter.drawEllipse(QPointF(box.left() + 11, y), 4, 4)
        painter.setPen(text)
        painter.drawText(QPointF(box.left() + 22, y + metrics.ascent() / 2 - 1), tr(HOLLOW_KEY))
        return box
