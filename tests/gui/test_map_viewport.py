"""The map's viewport maths, without a window: the numbers every pan, zoom and within: use."""

from __future__ import annotations

import subprocess
import sys

import pytest

from asylum_browser.core.model.geo import MAX_LATITUDE, project, unproject
from asylum_browser.gui.widgets.map.viewport import (
    MAX_ZOOM,
    MIN_ZOOM,
    MapViewport,
    shortest_arc,
    wrap_near,
)


def looking_at(longitude: float, latitude: float, zoom: float,
               size: tuple[int, int] = (400, 300)) -> MapViewport:
    view = MapViewport(*size)
    view.set_view(project(longitude, latitude), zoom)
    return view


def test_the_viewport_module_needs_no_qt() -> None:
    code = ("import sys, asylum_browser.gui.widgets.map.viewport; "
            "sys.exit(any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules))")
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


@pytest.mark.parametrize(("longitude", "latitude", "zoom"),
                         [(116.4, 39.9, 4), (-0.16, 51.5, 9.5), (179.5, -17, 6), (0, 0, 0.3)])
def test_screen_and_world_are_inverse_and_the_centre_is_the_middle(
        longitude: float, latitude: float, zoom: float) -> None:
    view = looking_at(longitude, latitude, zoom)
    assert view.to_screen(*view.centre) == pytest.approx((200, 150))
    for sx, sy in ((0, 0), (400, 300), (37.5, 211)):
        assert view.to_screen(*view.to_world(sx, sy)) == pytest.approx((sx, sy), abs=1e-6)
    # One zoom level doubles the pixels per world unit.
    assert MapViewport(zoom=3).scale == pytest.approx(2 * MapViewport(zoom=2).scale)


def test_zooming_keeps_the_point_under_the_cursor_still_and_stays_in_limits() -> None:
    view = looking_at(10, 45, 3)
    cursor = (90.0, 40.0)
    before = view.to_world(*cursor)
    view.zoom_by(1.5, cursor)
    assert view.zoom == pytest.approx(4.5)
    assert view.to_world(*cursor) == pytest.approx(before, abs=1e-12)
    view.zoom_by(100)
    assert view.zoom == MAX_ZOOM
    view.zoom_by(-100)
    assert view.zoom == MIN_ZOOM


def test_panning_moves_the_world_by_the_pixels_dragged() -> None:
    view = looking_at(10, 45, 5)
    start = view.centre
    view.pan(64, -32)
    assert view.centre == pytest.approx((start[0] + 64 / view.scale, start[1] - 32 / view.scale))


def test_a_view_wider_than_the_world_keeps_it_centred_and_sees_all_of_it() -> None:
    view = looking_at(120, 30, MIN_ZOOM, size=(800, 600))
    assert view.centre[0] == 0.5
    box = view.visible_bbox()
    assert (box.west, box.east, box.south, box.north) == (-180, 180, -90, 90)


def test_panning_east_past_180_degrees_wraps_and_the_box_crosses_the_antimeridian() -> None:
    view = looking_at(170, -17, 4)
    view.pan(view.scale * (15 / 360), 0)  # fifteen degrees further east
    assert 0 <= view.centre[0] < 1  # the centre came back round to the west
    assert unproject(*view.centre)[0] == pytest.approx(-175)
    box = view.visible_bbox()
    assert box.west > box.east  # a within: across the antimeridian
    assert 160 < box.west < 180 and -180 < box.east < -150
    assert box.contains(178.4, -18.1)  # Suva
    assert box.contains(-171.8, -13.8)  # Apia
    assert not box.contains(0, -17)


def test_a_view_just_west_of_the_antimeridian_does_not_cross_it() -> None:
    box = looking_at(150, 0, 5).visible_bbox()
    assert box.west < box.east < 180


def test_the_box_reaches_the_poles_only_when_the_map_edge_is_in_view() -> None:
    near_top = looking_at(0, MAX_LATITUDE, 3).visible_bbox()
    assert near_top.north == 90  # points beyond 85.05° are drawn on the edge, on screen
    assert near_top.south > 0
    near_bottom = looking_at(0, -MAX_LATITUDE, 3).visible_bbox()
    assert near_bottom.south == -90 and near_bottom.north < 0
    middle = looking_at(0, 0, 3).visible_bbox()
    assert -MAX_LATITUDE < middle.south < middle.north < MAX_LATITUDE


def test_the_centre_stays_on_the_map_vertically() -> None:
    view = looking_at(0, 0, 4)
    view.pan(0, -10 * view.scale)
    assert view.centre[1] == 0.0
    view.pan(0, 20 * view.scale)
    assert view.centre[1] == 1.0


def test_a_screen_rectangle_becomes_its_box() -> None:
    view = looking_at(116, 35, 4)
    left, top = view.to_screen(*project(110, 45))
    right, bottom = view.to_screen(*project(125, 36))
    box = view.bbox_of(left, top, right, bottom)
    assert (box.south, box.west, box.north, box.east) == pytest.approx((36, 110, 45, 125))


def test_fitting_points_across_the_antimeridian_goes_the_short_way() -> None:
    fiji, samoa = project(178.4, -18.1), project(-171.8, -13.8)
    assert shortest_arc([fiji[0], samoa[0]]) == pytest.approx((fiji[0], samoa[0] + 1))
    view = MapViewport(400, 300)
    view.fit_points([fiji[0], samoa[0]], [fiji[1], samoa[1]])
    assert view.zoom > 5  # not the whole world
    for x, y in (fiji, samoa):
        sx, sy = view.to_screen(view.near_centre(x), y)
        assert 0 <= sx <= 400 and 0 <= sy <= 300
    assert view.visible_bbox().west > view.visible_bbox().east


def test_fitting_points_on_one_side_spans_them_directly() -> None:
    xs = [project(lon, 0)[0] for lon in (-80, 10, 120)]
    assert shortest_arc(xs) == pytest.approx((xs[0], xs[2]))
    view = MapViewport(400, 300)
    view.fit_points(xs, [0.5, 0.5, 0.5])
    box = view.visible_bbox()
    assert box.west <= -80 and box.east >= 120


def test_fitting_nothing_shows_the_inhabited_world() -> None:
    view = MapViewport(400, 300)
    view.fit_points([], [])
    box = view.visible_bbox()
    assert box.west <= -170 and box.east >= 175 and box.north >= 75 and box.south <= -56


def test_wrap_near_picks_the_copy_closest_to_the_centre() -> None:
    assert wrap_near(0.02, 0.97) == pytest.approx(1.02)
    assert wrap_near(0.98, 0.01) == pytest.approx(-0.02)
    assert wrap_near(0.4, 0.5) == pytest.approx(0.4)
