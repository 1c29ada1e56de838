"""Web Mercator maths, bounding boxes and clustering. No SQL, no Qt.

World coordinates are Web Mercator normalised to the unit square: x from 0 (180°W) to 1
(180°E), y from 0 (85.05°N) to 1 (85.05°S). A view at zoom z shows 256 * 2**z pixels per world
unit, as tile maps do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

MAX_LATITUDE = 85.0511287798066
EARTH_CIRCUMFERENCE_M = 40_075_016.686
# A row is on the map only when both coordinates are a place on Earth. An infinity (which
# SQLite stores), a value out of range or text is no position: a map asked to centre on one
# crashed Qt's painter (issue 15). The engines and the reference filter all use this rule.
POSITION_SQL = ("latitude BETWEEN -90.0 AND 90.0 AND longitude BETWEEN -180.0 AND 180.0")


def is_position(latitude: object, longitude: object) -> bool:
    """The rule of POSITION_SQL for values as Python reads them."""
    return (isinstance(latitude, int | float) and isinstance(longitude, int | float)
            and -90.0 <= latitude <= 90.0 and -180.0 <= longitude <= 180.0)
TILE = 256.0


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """(lon, lat) in degrees -> world (x, y) in [0, 1] (x leaves it past ±180°)."""
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
    return float(TILE * 2.0 ** zoom)


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


MARKER_RADIUS_PX = 6.0
OVERLAP_KEPT = 0.8  # how far a smaller badge may sit over a bigger one before they merge


def cluster_radius(count: int) -> float:
    """Screen radius of a marker (count 1) or of a cluster badge, in pixels."""
    return MARKER_RADIUS_PX if count == 1 else min(24.0, 10.0 + 2.5 * math.log2(count))


@dataclass(frozen=True, eq=False)
class Cluster:
    """Points that overlap on screen at one zoom level; ``members`` index the input points.

    Members are a numpy array: a cluster can hold a million points.
    """

    x: float
    y: float
    members: npt.NDArray[np.int64]

    @property
    def count(self) -> int:
        return len(self.members)


def cluster_arrays(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64], zoom: int,
                   indices: npt.NDArray[np.int64] | None = None) -> list[Cluster]:
    """Merge markers that would overlap on screen at ``zoom``, until none overlap.

    Dense-grid binning in numpy (points in one marker-sized cell merge), then clusters whose
    drawn circles touch merge, checking only neighbouring grid cells, so the work stays near
    linear and can be cached per zoom level and view region.

    ``indices`` restricts the work to some points (those near the view) and are what the
    clusters' members refer to.
    """
    if indices is None:
        indices = np.arange(len(x))
    if len(indices) == 0:
        return []
    unit = 1.0 / pixels_per_unit(zoom)
    cell = 2 * MARKER_RADIUS_PX * unit
    xs, ys = x[indices], y[indices]
    cx = np.floor(xs / cell).astype(np.int64)
    cy = np.floor(ys / cell).astype(np.int64)
    cx -= cx.min()
    cy -= cy.min()
    rows = int(cy.max()) + 1
    cells = (int(cx.max()) + 1) * rows
    keys = cx * rows + cy
    if cells <= 65_535:
        # A dense grid around the view: bincount instead of unique, and a stable sort of
        # 16-bit keys, which numpy does as a radix sort (linear in the points).
        small = keys.astype(np.uint16)
        all_counts = np.bincount(small, minlength=cells)
        used = np.flatnonzero(all_counts)
        counts = all_counts[used]
        mean_x = np.bincount(small, weights=xs, minlength=cells)[used] / counts
        mean_y = np.bincount(small, weights=ys, minlength=cells)[used] / counts
        order = np.argsort(small, kind="stable")
    else:
        _unique, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
        mean_x = np.bincount(inverse, weights=xs) / counts
        mean_y = np.bincount(inverse, weights=ys) / counts
        order = np.argsort(inverse, kind="stable")
    groups = np.split(indices[order], np.cumsum(counts)[:-1])
    clusters = [Cluster(float(a), float(b), group)
                for a, b, group in zip(mean_x.tolist(), mean_y.tolist(), groups, strict=True)]
    for _ in range(6):
        merged = _merge_touching(clusters, unit)
        if len(merged) == len(clusters):
            break
        clusters = merged
    return clusters


def _merge_touching(clusters: list[Cluster], unit: float) -> list[Cluster]:
    reach = 2 * cluster_radius(10 ** 9) * unit  # the widest two circles can be
    kept: list[Cluster] = []
    grid: dict[tuple[int, int], list[int]] = {}
    for cluster in sorted(clusters, key=lambda c: (-c.count, int(c.members.min()))):
        gx, gy = int(cluster.x // reach), int(cluster.y // reach)
        target = None
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for index in grid.get((gx + dx, gy + dy), ()):
                    other = kept[index]
                    # Badges merge when they would cover each other's count, not merely touch:
                    # touching ones chained a Havana-to-Lima badge once Bogotá and Panama
                    # filled the gap between them.
                    big, small = sorted((cluster_radius(other.count),
                                         cluster_radius(cluster.count)), reverse=True)
                    limit = (big + OVERLAP_KEPT * small) * unit
                    if (other.x - cluster.x) ** 2 + (other.y - cluster.y) ** 2 < limit * limit:
                        target = index
                        break
                if target is not None:
                    break
            if target is not None:
                break
        if target is None:
            grid.setdefault((gx, gy), []).append(len(kept))
            kept.append(cluster)
            continue
        other = kept[target]
        count = other.count + cluster.count
        kept[target] = Cluster((other.x * other.count + cluster.x * cluster.count) / count,
                               (other.y * other.count + cluster.y * cluster.count) / count,
                               np.concatenate([other.members, cluster.members]))
    return kept


def split_level(x: npt.NDArray[np.float64], y: npt.NDArray[np.float64], start: int,
                deepest: int) -> int | None:
    """The first zoom level above ``start`` at which these points no longer form a single
    cluster; None when they stay one up to ``deepest`` (they share a place): zooming there
    would show one badge on an empty map."""
    for level in range(start + 1, deepest + 1):
        if len(cluster_arrays(x, y, level)) > 1:
            return level
    return None


def fan_offsets(count: int, spacing: float = 15.0) -> list[tuple[float, float]]:
    """Screen offsets for ``count`` markers fanned out around one point: a ring for a few,
    an outward spiral (markers ``spacing`` pixels apart along it and between its turns) for
    many, so the fan stays compact and no two markers overlap."""
    if count <= 10:
        ring = max(20.0, spacing * count / (2 * math.pi))
        return [(ring * math.cos(2 * math.pi * k / count - math.pi / 2),
                 ring * math.sin(2 * math.pi * k / count - math.pi / 2)) for k in range(count)]
    offsets: list[tuple[float, float]] = []
    radius, angle = 20.0, -math.pi / 2
    for _ in range(count):
        offsets.append((radius * math.cos(angle), radius * math.sin(angle)))
        step = spacing / radius
        angle += step
        radius += spacing * step / (2 * math.pi)
    return offsets
