"""Web Mercator maths, bounding boxes and clustering. No SQL, no Qt.

World coordinates are Web Mercator normalised to the unit square: x from 0 (180°W) to 1
(180°E), y from 0 (85.05°N) to 1 (85.05°S). A view at zoom z shows 256 * 2**z pixels per world
unit, as tile maps do.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_LATITUDE = 85.0511287798066
EARTH_CIRCUMFERENCE_M = 40_075_016.686
TILE = 256.0


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """(lon, lat) in degrees -> world (x, y) in [0, 1]."""
    latitude = max(-MAX_LATITUDE, min(MAX_LATITUDE, latitude))
    x = (longitude + 180.0) / 360.0
    sine = math.sin(math.radians(latitude))
    y = 0.5 - math.log((1 + sine) / (1 - sine)) / (4 * math.pi)
    return x, y


def unproject(x: float, y: float) -> tuple[float, float]:
    """World (x, y) -> (lon, lat) in degrees."""
    longitude = x * 360.0 - 180.0
    latitude = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * y))))
    return longitude, latitude


def pixels_per_unit(zoom: float) -> float:
    return TILE * 2.0 ** zoom


def metres_per_pixel(latitude: float, zoom: float) -> float:
    """Ground distance of one screen pixel at a latitude and zoom."""
    return EARTH_CIRCUMFERENCE_M * math.cos(math.radians(latitude)) / pixels_per_unit(zoom)


def nice_scale(metres_per_px: float, max_px: float = 120) -> tuple[float, str]:
    """A round distance that fits in ``max_px`` pixels, with its label: (pixels, '500 km')."""
    target = metres_per_px * max_px
    power = 10 ** math.floor(math.log10(target))
    for step in (5, 2, 1):
        if step * power <= target:
            metres = step * power
            break
    label = f"{metres / 1000:g} km" if metres >= 1000 else f"{metres:g} m"
    return metres / metres_per_px, label


@dataclass(frozen=True)
class BBox:
    """A geographic box in degrees. west > east means it crosses the antimeridian."""

    south: float
    west: float
    north: float
    east: float

    def token_value(self) -> str:
        """south,west,north,east as the within: token writes it."""
        return ",".join(f"{v:.4f}".rstrip("0").rstrip(".") for v in
                        (self.south, self.west, self.north, self.east))

    def contains(self, longitude: float, latitude: float) -> bool:
        if not self.south <= latitude <= self.north:
            return False
        if self.west <= self.east:
            return self.west <= longitude <= self.east
        return longitude >= self.west or longitude <= self.east


def parse_bbox(text: str) -> BBox:
    """'south,west,north,east' in degrees -> BBox, or ValueError saying what is wrong."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        raise ValueError("give four numbers: south,west,north,east")
    try:
        south, west, north, east = (float(p) for p in parts)
    except ValueError:
        raise ValueError("south,west,north,east must be numbers in degrees") from None
    if not all(math.isfinite(v) for v in (south, west, north, east)):
        raise ValueError("south,west,north,east must be finite numbers")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise ValueError("latitudes go from -90 to 90")
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise ValueError("longitudes go from -180 to 180")
    if south > north:
        raise ValueError("south is north of north")
    return BBox(south, west, north, east)


@dataclass(frozen=True)
class Cluster:
    """Points that overlap on screen at one zoom level; ``members`` index the input points."""

    x: float
    y: float
    members: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.members)


def cluster_points(points: Sequence[tuple[float, float]], zoom: int,
                   cell_px: float = 44.0) -> list[Cluster]:
    """Grid clustering in world units: points in one cell of ``cell_px`` screen pixels merge.

    Deterministic and linear in the number of points, so it can be computed per zoom level
    and cached.
    """
    cell = cell_px / pixels_per_unit(zoom)
    cells: dict[tuple[int, int], list[int]] = {}
    for index, (x, y) in enumerate(points):
        cells.setdefault((int(x // cell), int(y // cell)), []).append(index)
    clusters = []
    for members in cells.values():
        cx = sum(points[i][0] for i in members) / len(members)
        cy = sum(points[i][1] for i in members) / len(members)
        clusters.append(Cluster(cx, cy, tuple(members)))
    return merge_close(clusters, points, cell)


def merge_close(clusters: list[Cluster], points: Sequence[tuple[float, float]],
                distance: float) -> list[Cluster]:
    """Merge clusters whose centres ended up closer than half a cell across cell edges."""
    merged: list[Cluster] = []
    grid: dict[tuple[int, int], list[int]] = {}
    for cluster in sorted(clusters, key=lambda c: (-c.count, c.members)):
        cx, cy = int(cluster.x // distance), int(cluster.y // distance)
        target = next((index for dx in (-1, 0, 1) for dy in (-1, 0, 1)
                       for index in grid.get((cx + dx, cy + dy), ())
                       if abs(merged[index].x - cluster.x) < distance / 2
                       and abs(merged[index].y - cluster.y) < distance / 2), None)
        if target is None:
            grid.setdefault((cx, cy), []).append(len(merged))
            merged.append(cluster)
            continue
        kept = merged[target]
        members = kept.members + cluster.members
        merged[target] = Cluster(
            (kept.x * kept.count + cluster.x * cluster.count) / len(members),
            (kept.y * kept.count + cluster.y * cluster.count) / len(members), members)
    return merged


def bounds_of(points: Iterable[tuple[float, float]]) -> tuple[float, float, float, float] | None:
    """(min x, min y, max x, max y) of world points, or None for no points."""
    xs, ys = [], []
    for x, y in points:
        xs.append(x)
        ys.append(y)
    if not xs:
        return None
    return min(xs), min(ys), max(xs), max(ys)
