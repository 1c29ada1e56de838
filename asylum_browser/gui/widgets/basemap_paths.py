"""Natural Earth geometry prepared for QPainter, once per detail level, then cached.

Country polygons become QPainterPaths in world units (Web Mercator, unit square) with their
bounding boxes, so a frame only transforms and fills the countries in view; borders and
coastlines become one path each. Building 10m takes a moment, so it happens off the GUI
thread, on first need.
"""

from __future__ import annotations

import logging
import threading
from array import array
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPointF, QRectF, Signal, Slot
from PySide6.QtGui import QPainterPath, QPolygonF

from asylum_browser.core.render.basemap import QUANTUM, Basemap, load_basemap
from asylum_browser.gui.workers import Job
from asylum_browser.paths import resources_dir


@dataclass(frozen=True)
class CountryShape:
    name: str
    bounds: QRectF  # world units
    path: QPainterPath
    label: QPointF
    area: float


@dataclass(frozen=True)
class PreparedLevel:
    level: str
    countries: tuple[CountryShape, ...]
    borders: QPainterPath
    coasts: QPainterPath
    basemap: Basemap


def _polygon(coordinates: array[int]) -> QPolygonF:
    scale = 1.0 / QUANTUM
    return QPolygonF([QPointF(coordinates[i] * scale, coordinates[i + 1] * scale)
                      for i in range(0, len(coordinates), 2)])


def _lines_path(points: array[int], offsets: array[int]) -> QPainterPath:
    path = QPainterPath()
    for line in Basemap.lines(points, offsets):
        polygon = _polygon(line)
        if polygon.size() > 1:
            path.addPolygon(polygon)
    return path


_levels: dict[str, PreparedLevel] = {}
_loading: set[str] = set()
_lock = threading.Lock()


def prepared(level: str) -> PreparedLevel:
    """Load and prepare one level ('50m' or '10m'); kept for the life of the process."""
    with _lock:
        if level in _levels:
            return _levels[level]
    result = _build(level)
    with _lock:
        return _levels.setdefault(level, result)


def ready(level: str) -> PreparedLevel | None:
    """The level if it is prepared already, else None (never blocks)."""
    with _lock:
        return _levels.get(level)


class Notifier(QObject):
    """Announces, on the GUI thread, that a level finished preparing in the background."""

    level_ready = Signal(str)

    @Slot(object)
    def _prepared(self, level: PreparedLevel) -> None:
        self.level_ready.emit(level.level)

    @Slot(object)
    def _failed(self, error: object) -> None:
        """The map keeps its coarser level (the level stays marked as loading, so it is not
        tried again at every frame)."""
        logging.getLogger(__name__).warning("The detailed basemap could not be prepared: %s",
                                            error)


_notifier: Notifier | None = None


def notifier() -> Notifier:
    """The process-wide notifier; first called from the GUI thread (by a MapView)."""
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def prepare_in_background(level: str) -> None:
    """Prepare a level in a thread, once; notifier().level_ready fires when it is ready."""
    announce = notifier()
    with _lock:
        if level in _levels or level in _loading:
            return
        _loading.add(level)

    job = Job(lambda _job: prepared(level))
    job.returned.connect(announce._prepared)
    job.errored.connect(announce._failed)
    # A thread of its own, not a daemon and not a pool thread: the interpreter waits for it
    # at exit (a thread still building Qt paths while the interpreter shuts down aborts the
    # process). The finest level takes under a second, so quitting waits that long at most.
    threading.Thread(target=job.run, name=f"basemap-{level}", daemon=False).start()


def _build(level: str) -> PreparedLevel:
    basemap = load_basemap(resources_dir() / "basemap" / f"naturalearth-{level}.bin")
    countries = []
    for country in basemap.countries:
        path = QPainterPath()
        for ring in basemap.rings(country):
            path.addPolygon(_polygon(ring))
            path.closeSubpath()
        x0, y0, x1, y1 = country.bbox
        countries.append(CountryShape(country.name, QRectF(x0, y0, x1 - x0, y1 - y0), path,
                                      QPointF(*country.label), country.area))
    return PreparedLevel(level, tuple(countries),
                         _lines_path(basemap.border_points, basemap.border_offsets),
                         _lines_path(basemap.coast_points, basemap.coast_offsets),
                         basemap)
