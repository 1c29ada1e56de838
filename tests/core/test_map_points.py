"""The map's points as arrays: world positions, the words of each point fetched in blocks,
lookups by seq, and the empty answer, checked against values worked out by hand and against
core.model.geo.project (the scalar projection the arrays must agree with)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from asylum_browser.core.engine.mapdata import BLOCK, CodedValues, MapPoints, world_xy
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.geo import project
from asylum_browser.core.model.values import MapPoint
from asylum_browser.core.query.parser import parse_query
from tests.conftest import count_bundled


def test_world_positions_clamp_the_poles_and_span_the_meridians() -> None:
    longitude = np.array([0.0, 180.0, -180.0, 90.0, 116.4, -74.0, 10.0])
    latitude = np.array([0.0, 90.0, -90.0, 45.0, 39.9, 85.06, -85.06])
    x, y = world_xy(longitude, latitude)
    assert x.tolist() == pytest.approx([0.5, 1.0, 0.0, 0.75, 296.4 / 360, 106 / 360, 190 / 360])
    # by hand: y = 0.5 - ln((1 + sin 45°) / (1 - sin 45°)) / 4π = 0.5 - 1.76275 / 12.56637
    assert y[0] == pytest.approx(0.5) and y[3] == pytest.approx(0.359725, abs=1e-6)
    # beyond Web Mercator's ±85.0511° the poles are clamped to the edges of the world
    assert y[1] == pytest.approx(0.0, abs=1e-9) and y[2] == pytest.approx(1.0, abs=1e-9)
    assert y[5] == pytest.approx(0.0, abs=1e-9) and y[6] == pytest.approx(1.0, abs=1e-9)
    for lon, lat, px, py in zip(longitude, latitude, x, y, strict=True):
        assert (px, py) == pytest.approx(project(float(lon), float(lat)))


class Words:
    """What the repository's describe gives: id, title and date label of each known seq, and
    which blocks of seqs were asked for (a point's words are fetched with its block)."""

    def __init__(self, known: dict[int, tuple[str, str, str]]) -> None:
        self.known = known
        self.asked: list[list[int]] = []

    def __call__(self, seqs: Sequence[int]) -> dict[int, tuple[str, str, str]]:
        self.asked.append(list(seqs))
        return {seq: self.known[seq] for seq in seqs if seq in self.known}


def many_points(count: int, words: Words) -> MapPoints:
    seqs = np.arange(10, 10 + 3 * count, 3, dtype=np.int64)  # seqs are not positions
    latitude = np.linspace(-60.0, 60.0, count)
    longitude = np.linspace(-170.0, 170.0, count)
    outcomes = [None if n % 5 == 0 else f"class-{n % 3}" for n in range(count)]
    return MapPoints(seqs, latitude, longitude, outcomes, np.arange(count) % 2 == 0, words)


def test_a_point_reads_every_field_and_words_come_in_blocks() -> None:
    count = BLOCK + 260
    known = {10 + 3 * n: (f"case-{n}", f"Title {n}", f"{n} May 2002") for n in range(count)
             if n != 700}
    words = Words(known)
    points = many_points(count, words)
    assert len(points) == count
    point = points[703]
    assert point == MapPoint(10 + 3 * 703, "case-703", "Title 703",
                             float(np.linspace(-60.0, 60.0, count)[703]),
                             float(np.linspace(-170.0, 170.0, count)[703]),
                             "city", "class-1", "703 May 2002")
    assert words.asked == [[10 + 3 * n for n in range(BLOCK, count)]]  # its block, once
    # a seq the describe does not know reads as its number, untitled and undated
    assert points[700] == MapPoint(10 + 3 * 700, str(10 + 3 * 700), "",
                                   float(points.latitude[700]), float(points.longitude[700]),
                                   "mission", None, "unknown")
    assert len(words.asked) == 1  # the same block is not asked again
    first = points[3]
    assert (first.id, first.location_precision, first.outcome_class) == ("case-3", "city",
                                                                          "class-0")
    assert words.asked[1] == [10 + 3 * n for n in range(BLOCK)]
    assert [p.seq for p in points[498:503]] == [10 + 3 * n for n in range(498, 503)]
    assert [p.id for p in points[-2:]] == [f"case-{count - 2}", f"case-{count - 1}"]
    assert [p.seq for p in points] == [int(s) for s in points.seqs]


def test_a_point_is_found_by_its_seq() -> None:
    points = many_points(20, Words({}))
    assert points.index_of(10) == 0 and points.index_of(10 + 3 * 19) == 19
    assert points.index_of(11) is None and points.index_of(10**9) is None


def test_the_empty_answer_has_nothing_to_draw() -> None:
    empty = MapPoints.empty()
    assert len(empty) == 0 and list(empty) == [] and empty[0:5] == []
    assert empty.seqs.dtype == np.int64 and empty.precise.dtype == np.bool_
    assert len(empty.precise) == 0
    assert len(empty.x) == len(empty.y) == len(empty.latitude) == len(empty.longitude) == 0
    assert empty.index_of(1) is None
    assert len(empty.outcomes) == 0


def test_coded_values_read_like_the_list_of_values() -> None:
    values = CodedValues(np.array([2, 0, 1, 2], dtype=np.uint8), [None, "a", "b"])
    assert len(values) == 4 and list(values) == ["b", None, "a", "b"]
    assert values[1:3] == [None, "a"] and values[-1] == "b"


def test_the_sql_engines_points_are_typed_arrays_even_when_none_match(
        repository: Repository) -> None:
    """The map and the columnar engine's points share dtypes: seqs int64, precision bool."""
    assert repository.engine.name == "sql"
    for query, expected in (("", count_bundled()), ("no-such-word-anywhere", 0)):
        points = repository.map_points(parse_query(query))
        assert len(points) == expected
        assert points.seqs.dtype == np.int64 and points.precise.dtype == np.bool_
        assert points.latitude.dtype == points.longitude.dtype == np.float64
