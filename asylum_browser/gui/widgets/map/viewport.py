"""MapViewport: where the map looks, as plain numbers. No Qt, so it is tested without a window.

World coordinates are those of ``core.geo`` (Web Mercator on the unit square). The world
repeats east and west, so a view may straddle the 180° meridian: its visible box then has
``west > east``, which is what ``within:`` means by a box across the antimeridian.

This lives beside the widget rather than in the core because it is about screen pixels and the
widget's own zoom limits; nothing outside the map needs it.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt

from asylum_browser.core.model.geo import BBox, pixels_per_unit, project, unproject

MIN_ZOOM, MAX_ZOOM = 0.3, 14.0
Point = tuple[float, float]


def wrap_near(x: float, centre: float) -> float:
    """The copy of world ``x`` (x plus a whole number of worlds) nearest to ``centre``."""
    return centre + ((x - centre + 0.5) % 1.0 - 0.5)


def _longitude(x: float) -> float:
    return unproject(x, 0.5)[0]


class MapViewport:
    """Centre (world units), zoom and size (pixels) of one map view, and the maths on them."""

    def __init__(self, width: float = 420, height: float = 300,
                 centre: Point = (0.5, 0.5), zoom: float = 1.0) -> None:
        self.width, self.height = float(width), float(height)
        self.centre = centre
        self.zoom = zoom

    @property
    def scale(self) -> float:
        """Screen pixels per world unit."""
        return pixels_per_unit(self.zoom)

    def resize(self, width: float, height: float) -> None:
        self.width, self.height = float(width), float(height)

    # --- world <-> screen ---------------------------------------------------------------

    def to_screen(self, x: float, y: float) -> Point:
        return ((x - self.centre[0]) * self.scale + self.width / 2,
                (y - self.centre[1]) * self.scale + self.height / 2)

    def to_world(self, sx: float, sy: float) -> Point:
        return ((sx - self.width / 2) / self.scale + self.centre[0],
                (sy - self.height / 2) / self.scale + self.centre[1])

    def near_centre(self, x: float) -> float:
        """The copy of ``x`` drawn in this view (the one nearest the centre)."""
        return wrap_near(x, self.centre[0])

    def world_rect(self) -> tuple[float, float, float, float]:
        """(left, top, width, height) of the view in world units; left may be below 0."""
        width, height = self.width / self.scale, self.height / self.scale
        return self.centre[0] - width / 2, self.centre[1] - height / 2, width, height

    # --- moving -------------------------------------------------------------------------

    def set_view(self, centre: Point, zoom: float) -> None:
        """Clamp and apply. Narrower than the world, the view wraps round the antimeridian
        (the centre stays in [0, 1)); wider, the world sits in the middle. Vertically the
        centre stays on the map."""
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        x = 0.5 if self.width / self.scale >= 1.0 else centre[0] % 1.0
        self.centre = (x, min(max(centre[1], 0.0), 1.0))

    def pan(self, dx_pixels: float, dy_pixels: float) -> None:
        """Move the view by a screen distance (a drag moves the world the other way)."""
        self.set_view((self.centre[0] + dx_pixels / self.scale,
                       self.centre[1] + dy_pixels / self.scale), self.zoom)

    def zoom_by(self, steps: float, anchor: Point | None = None) -> None:
        """Zoom by ``steps`` levels keeping the world point under ``anchor`` (screen) still."""
        anchor = anchor or (self.width / 2, self.height / 2)
        before = self.to_world(*anchor)
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, self.zoom + steps))
        after = self.to_world(*anchor)
        self.set_view((self.centre[0] + before[0] - after[0],
                       self.centre[1] + before[1] - after[1]), self.zoom)

    def fit_box(self, x0: float, y0: float, x1: float, y1: float, padding: float = 40,
                max_zoom: float = 11, top: float = 0.0) -> None:
        """Show the world box (x1 may exceed 1 for a box across the antimeridian) below the
        first ``top`` pixels, which something (the map's buttons) covers."""
        width = max(self.width - 2 * padding, 50)
        height = max(self.height - top - 2 * padding, 50)
        span = max((x1 - x0) / width, (y1 - y0) / height, 1e-9)
        zoom = min(math.log2(1 / (span * 256)), max_zoom)
        lift = top / 2 / pixels_per_unit(max(MIN_ZOOM, min(MAX_ZOOM, zoom)))
        self.set_view(((x0 + x1) / 2, (y0 + y1) / 2 - lift), zoom)

    def fit_points(self, xs: npt.ArrayLike, ys: npt.ArrayLike, padding: float = 40,
                   max_zoom: float = 11, top: float = 0.0) -> None:
        """Fit world points, going the short way round: points on both sides of the 180°
        meridian (Fiji and Samoa) give a narrow view across it, not the whole world."""
        y = np.asarray(ys, dtype=np.float64)
        if not len(y):
            self.reset()
            return
        x0, x1 = shortest_arc(xs)
        self.fit_box(x0, float(y.min()), x1, float(y.max()), padding, max_zoom, top)

    def reset(self) -> None:
        """The whole inhabited world."""
        west, north = project(-170, 75)
        east, south = project(180, -56)
        self.fit_box(west, north, east, south, padding=0)

    # --- what is visible ----------------------------------------------------------------

    def bbox_of(self, left: float, top: float, right: float, bottom: float) -> BBox:
        """The geographic box under a screen rectangle.

        Across the antimeridian the box has west > east. An edge at or past the map's top or
        bottom (Web Mercator stops at about 85.05°) means the pole, because points beyond
        the limit are drawn on the edge and are on screen.
        """
        wx0, wy0 = self.to_world(left, top)
        wx1, wy1 = self.to_world(right, bottom)
        north = 90.0 if wy0 <= 0 else unproject(0, wy0)[1]
        south = -90.0 if wy1 >= 1 else unproject(0, wy1)[1]
        if wx1 - wx0 >= 1.0:
            return BBox(south, -180.0, north, 180.0)
        turns = math.floor(wx0)
        start, end = wx0 - turns, wx1 - turns
        if end <= 1.0:
            return BBox(south, _longitude(start), north, _longitude(end))
        return BBox(south, _longitude(start), north, _longitude(end - 1.0))

    def visible_bbox(self) -> BBox:
        """The box the whole view shows, as ``within:`` takes it."""
        return self.bbox_of(0, 0, self.width, self.height)


def shortest_arc(xs: npt.ArrayLike) -> tuple[float, float]:
    """The narrowest (x0, x1) span holding every x on the wrapping world: the complement of
    the widest gap between neighbours. x1 exceeds 1 when the span crosses the antimeridian."""
    ordered = np.sort(np.mod(np.asarray(xs, dtype=np.float64), 1.0))
    gaps = np.diff(ordered)
    across = 1.0 - float(ordered[-1]) + float(ordered[0])  # the gap over the antimeridian
    if not len(gaps) or across >= float(gaps.max()):
        return float(ordered[0]), float(ordered[-1])
    widest = int(np.argmax(gaps))
    return float(ordered[widest + 1]), float(ordered[widest]) + 1.0
