"""Web Mercator, boxes and clustering (pure functions)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from asylum_browser.core.model.geo import (
    MAX_LATITUDE,
    OVERLAP_KEPT,
    BBox,
    cluster_arrays,
    cluster_radius,
    metres_per_pixel,
    nice_scale,
    parse_bbox,
    pixels_per_unit,
    project,
    unproject,
)


@given(st.floats(-180, 180), st.floats(-MAX_LATITUDE, MAX_LATITUDE))
def test_projection_round_trips(longitude: float, latitude: float) -> None:
    back = unproject(*project(longitude, latitude))
    assert back[0] == pytest.approx(longitude, abs=1e-9)
    assert back[1] == pytest.approx(latitude, abs=1e-9)


def test_known_projected_points() -> None:
    assert project(0, 0) == pytest.approx((0.5, 0.5))
    assert project(-180, MAX_LATITUDE) == pytest.approx((0.0, 0.0), abs=1e-12)
    assert project(180, -90) == pytest.approx((1.0, 1.0), abs=1e-12)  # clamped
    beijing = project(116.4, 39.9)
    assert 0.8 < beijing[0] < 0.83 and 0.37 < beijing[1] < 0.39


def test_scale_bar_lengths_are_round_and_fit() -> None:
    pixels, label = nice_scale(metres_per_pixel(0, 2))
    assert label in ("5000 km", "10000 km", "2000 km") and 0 < pixels <= 120
    pixels, label = nice_scale(metres_per_pixel(40, 14))
    assert label.endswith(" m") and pixels <= 120
    assert metres_per_pixel(60, 3) == pytest.approx(metres_per_pixel(0, 3) / 2)


@pytest.mark.parametrize(("text", "problem"), [
    ("1,2,3", "four numbers"), ("a,b,c,d", "numbers"), ("10,0,5,1", "south is north"),
    ("0,-190,10,0", "longitudes"), ("-95,0,0,1", "latitudes"), ("nan,0,1,1", "finite"),
])
def test_bad_boxes_say_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_bbox(text)


def test_a_box_across_the_antimeridian() -> None:
    box = BBox(-30, 170, 10, -170)
    assert box.contains(178, -17) and box.contains(-179, 0) and not box.contains(0, 0)
    assert parse_bbox(box.token_value()) == box


points = st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), max_size=300)


def test_identical_points_stay_one_cluster_at_every_zoom() -> None:
    for zoom in range(0, 15):
        import numpy as np

        clusters = cluster_arrays(np.array([0.3] * 5 + [0.9]), np.array([0.3] * 5 + [0.9]), zoom)
        assert sorted(c.count for c in clusters) == [1, 5]


@given(points, st.integers(0, 12))
def test_array_clusters_hold_every_point_once_and_never_overlap(
        coordinates: list[tuple[float, float]], zoom: int) -> None:
    import numpy as np

    x = np.array([c[0] for c in coordinates], dtype=np.float64)
    y = np.array([c[1] for c in coordinates], dtype=np.float64)
    clusters = cluster_arrays(x, y, zoom)
    assert sorted(i for c in clusters for i in c.members) == list(range(len(coordinates)))
    unit = 1 / pixels_per_unit(zoom)
    for index, a in enumerate(clusters):
        for b in clusters[index + 1:]:
            distance = math.hypot(a.x - b.x, a.y - b.y) / unit
            # A smaller badge may rest on a bigger one's rim, never over its count.
            big, small = sorted((cluster_radius(a.count), cluster_radius(b.count)),
                                reverse=True)
            assert distance >= big + OVERLAP_KEPT * small - 1e-6


def test_split_level_is_where_a_cluster_first_parts_and_none_for_one_place() -> None:
    from asylum_browser.core.model.geo import cluster_arrays, split_level

    x = np.array([0.5, 0.5 + 1e-4, 0.5])
    y = np.array([0.4, 0.4, 0.4])
    level = split_level(x, y, 2, 14)
    assert level is not None and 2 < level <= 14
    assert len(cluster_arrays(x, y, level)) > 1 and len(cluster_arrays(x, y, level - 1)) == 1
    assert split_level(np.full(5, 0.3), np.full(5, 0.6), 2, 14) is None


@pytest.mark.parametrize("count", [2, 7, 10, 11, 28, 120])
def test_fan_offsets_keep_fanned_markers_apart_and_off_the_hub(count: int) -> None:
    from asylum_browser.core.model.geo import MARKER_RADIUS_PX, fan_offsets

    offsets = np.array(fan_offsets(count))
    assert len(offsets) == count
    gaps = np.hypot(*(offsets[:, None, :] - offsets[None, :, :]).transpose(2, 0, 1))
    np.fill_diagonal(gaps, np.inf)
    assert gaps.min() >= 2 * MARKER_RADIUS_PX  # no two markers overlap
    assert np.hypot(offsets[:, 0], offsets[:, 1]).min() >= 18  # the hub stays visible
