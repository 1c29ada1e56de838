"""Clusters of the map's points around the view, cached per zoom level and view region.

The work covers the view and one view's width and height around it, so panning recomputes
only every half view, and a million points cost what the visible ones do. Above
``SYNC_CLUSTER_LIMIT`` points it runs off the GUI thread, and the last clusters stay drawn
until the new ones arrive.

Points are placed on the copy of the world nearest the view's centre before clustering, so
incidents on both sides of the 180° meridian cluster together when the view straddles it.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, Signal

from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.model.geo import Cluster, cluster_arrays
from asylum_browser.gui.widgets.map.viewport import MapViewport
from asylum_browser.gui.workers import LatestOnlyRunner

SYNC_CLUSTER_LIMIT = 20_000  # above this many points, clusters are computed off the GUI thread
Region = tuple[float, ...]


def cluster_region(points: MapPoints, level: int, centre: tuple[float, float],
                   span: tuple[float, float]) -> list[Cluster]:
    """Clusters of the points within one and a half views of ``centre``, on its world copy."""
    dx = np.mod(points.x - centre[0] + 0.5, 1.0) - 0.5
    near = np.flatnonzero((np.abs(dx) <= 1.5 * span[0])
                          & (np.abs(points.y - centre[1]) <= 1.5 * span[1]))
    found = cluster_arrays(centre[0] + dx[near], points.y[near], level)
    return [Cluster(c.x, c.y, near[c.members]) for c in found]


class ClusterCache(QObject):
    """Signals: updated() when clusters computed off the GUI thread arrived."""

    updated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.points: MapPoints = MapPoints.empty()
        self.last: list[Cluster] = []  # what was drawn last, shown while new ones are computed
        self._regions: dict[Region, list[Cluster]] = {}
        self._pending: Region | None = None
        self._runner = LatestOnlyRunner(self)
        self._runner.finished.connect(self._on_clustered)

    def set_points(self, points: MapPoints) -> None:
        self.points = points
        self._regions.clear()
        self.last = []
        self._pending = None

    def at(self, level: int, viewport: MapViewport) -> list[Cluster]:
        """Clusters around the view at one zoom level (perhaps the last ones, see above)."""
        span_x = max(viewport.width, 1) / viewport.scale
        span_y = max(viewport.height, 1) / viewport.scale
        region: Region = (level, round(viewport.centre[0] / (span_x / 2)),
                          round(viewport.centre[1] / (span_y / 2)),
                          round(span_x, 12), round(span_y, 12))
        if region in self._regions:
            self.last = self._regions[region]
            return self.last
        if len(self._regions) > 32:
            self._regions.clear()
        points = self.points
        centre = (region[1] * span_x / 2, region[2] * span_y / 2)
        if len(points) <= SYNC_CLUSTER_LIMIT:
            self.last = self._regions[region] = cluster_region(points, level, centre,
                                                               (span_x, span_y))
            return self.last
        if region != self._pending:
            self._pending = region
            self._runner.submit(lambda: (points, region, cluster_region(
                points, level, centre, (span_x, span_y))))
        return self.last

    def _on_clustered(self, answer: tuple[MapPoints, Region, list[Cluster]]) -> None:
        points, region, clusters = answer
        if points is self.points:
            self._regions[region] = clusters
            self._pending = None
            self.updated.emit()
