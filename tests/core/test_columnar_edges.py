"""The columnar engine over 24 hand-picked rows, against the plain-Python reference.

The bundled rows (tests/core/test_engines_fixed_queries.py) have no ties on most sort keys, no
city that differs from another only in case, no point on a pole or the 180° meridian; the
generated property test (tests/core/test_engines_agree.py) has them by chance and is too slow
for the mutation run. These rows have each on purpose: every value of every sort key taken
twice with ids in another order than seq, NULL in every column, partial dates that tie on
their first day, coordinates with only one half known. The expected answers come from
tests/core/engine_reference.py (the docs' rules in plain Python) and, for sorts it does not
know, from a sort written here; the SQL engine is asked only for the facets' labels.
"""

from __future__ import annotations

import dataclasses
import math
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import find

from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.database import Database, DatabaseProblem
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.dates import parse_partial
from asylum_browser.core.model.geo import is_position
from asylum_browser.core.model.schema import FACETS, SORT_KEYS
from asylum_browser.core.model.values import Facet, QuerySpec
from asylum_browser.core.query.parser import parse_query
from tests.core.engine_reference import ASCII_LOWER, GenTerm, Query, Reference, render
from tests.core.generated_db import MAX_LATITUDE, Generated, build

ROWS = 24
DATES = ["2002-01-01", "2002-01", "2002", None, "1989-06-04", "1999-12", "2024-02-29", "1950",
         "2002-01-01", None, "2009-11-30", "2010"]
PEOPLE = [10, 10, 0, None, 1, 1000, 3, 10**9, 2, None, 25]
COORDINATES = [(39.9, 116.4), (90.0, 180.0), (-90.0, -180.0), (None, 116.4), (39.9, None),
               (-18.14, 178.44), (None, None), (MAX_LATITUDE, -179.999), (0.0, 0.0)]
# Under COLLATE NOCASE "Beijing" ties "beijing" and "Asunción" ties "asunción" (ASCII letters
# fold), while "Ürümqi" and "ürümqi" stay apart (other letters do not).
CITIES = ["Beijing", "beijing", "Shenyang", None, "Asunción", "asunción", "Ürümqi", "ürümqi",
          "Hanoi", "Atlantis"]
TITLES = ["Alpha", "alpha", "beta", "Émigré", "émigré", "Zed"]
SUMMARIES = ["scaled the wall", "ran past the guards", "주민들이 대사관에 진입했다",
             "瀋陽consulate", "embassy police"]
HOSTS = ["CN", "KP", None, "US", "ZZ", "de"]  # "de": a code typed in lower case
SENDING = ["KR", None, "JP", "DE", "KR", "US", "CN"]
NATIONALITIES = ["KP", "CN", None]
TYPES = ["embassy", "consulate", None, "school", "consulate_general"]
OUTCOMES = ["detained_by_host", None, "left_voluntarily", "mixed", "reached_third_country",
            "turned_away", "mixed"]
CONFIDENCE = ["high", "medium", None, "high"]
PRECISION = ["mission", "city", None]
THEMES = [{"host_entry"}, set(), {"long_stay", "host_entry"}, set(), set()]


def incident(i: int) -> dict[str, Any]:
    """Row i: each column cycles through its values with its own period, so every value recurs
    beside different others; (17 i) mod 24 scrambles the ids against seq."""
    return {
        "id_prefix": (17 * i) % ROWS, "title": TITLES[i % 6], "summary": SUMMARIES[i % 5],
        "date_start": DATES[i % 12], "date_end": None, "outcome_date": None,
        "city": CITIES[i % 10], "host_country": HOSTS[i % 6],
        "coordinates": COORDINATES[i % 9], "location_precision": PRECISION[i % 3],
        "mission_id": None, "mission_type": TYPES[i % 5], "sending_state": SENDING[i % 7],
        "seekers_nationality": NATIONALITIES[i % 3], "people_count": PEOPLE[i % 11],
        "people_note": None, "entry_method": None, "host_response": None, "outcome": None,
        "outcome_class": OUTCOMES[i % 7], "transit": None, "destination": None,
        "confidence": CONFIDENCE[i % 4], "themes": THEMES[i % 5],
        "origin": ("bundled", "mine", None, "bundled")[i % 4],
    }


def first_example(strategy: Any) -> Any:
    """The simplest value of a strategy: no tags, notes or flags for the workspace."""
    return find(strategy, lambda _value: True)


# Rows of the word index that name no incident (a hand-edited file): in a gap between seqs,
# just past the last, far past it, and below zero. Every engine must ignore them.
STRAY_ROWIDS = [3, 3 * (ROWS - 1) + 3, 10_000, -5]


def edge_database(path: Path, rows: int = ROWS) -> Generated:
    """The first ``rows`` of these rows in a database of our schema at ``path``."""
    generated = build(path, [incident(i) for i in range(rows)], first_example)
    with closing(sqlite3.connect(path)) as db:
        db.executemany("INSERT INTO incidents_fts (rowid, title) VALUES (?, 'orphan')",
                       [(rowid,) for rowid in STRAY_ROWIDS])
        db.commit()
    return generated


@dataclasses.dataclass
class Setup:
    generated: Generated
    reference: Reference
    fast: Repository
    plain: Repository


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Generated, Path]:
    """The database and its index's cache file, built once."""
    folder = tmp_path_factory.mktemp("columnar-edges")
    generated = edge_database(folder / "edges.sqlite")
    Repository(Database(generated.path)).attach_columnar(folder / "cache")
    return generated, folder / "cache"


@pytest.fixture
def setup(built: tuple[Generated, Path]) -> Setup:
    """An index of each test's own, read from the cache (a few milliseconds), so that each
    test runs the code that reads it and the mutation run counts it for that code."""
    generated, cache = built
    fast = Repository(Database(generated.path))
    assert fast.attach_columnar(cache).notes == []
    assert fast.engine.name == "columnar"
    return Setup(generated, Reference(generated), fast, Repository(Database(generated.path)))


# --- the queries, as text and as what they mean -------------------------------------------

def named(field: str, value: str, unknown: bool = False) -> GenTerm:
    text = f'{field}:"{value}"' if " " in value else f"{field}:{value}"
    return GenTerm("field", text, value, field, unknown=unknown, tick=True)


def ranged(field: str, text: str, low: int | None, high: int | None) -> GenTerm:
    return GenTerm("field", f"{field}:{text}", text, field, low=low, high=high)


def day(text: str, end: bool = False) -> int:
    low, high, _precision = parse_partial(text)
    return high if end else low


def box(south: float, west: float, north: float, east: float) -> GenTerm:
    return GenTerm("field", f"within:{south!r},{west!r},{north!r},{east!r}", "", "within",
                   box=(south, west, north, east))


def word(text: str, kind: str = "word") -> GenTerm:
    return GenTerm(kind, text + ("*" if kind == "prefix" else ""), text)


def one(term: GenTerm, negated: bool = False) -> Query:
    return [[(negated, term)]]


WALL, GUARDS = word("wall"), word("guards")
CHINA = named("host", "china")
QUERIES: dict[str, Query] = {
    "everything": [],
    "word": one(WALL), "another word": one(GUARDS), "word again": one(WALL),
    "not a word": one(WALL, True), "prefix": one(word("consul", "prefix")),
    "phrase": [[(False, GenTerm("phrase", '"the wall"', "the wall"))]],
    "Korean trigram": one(word("대사관")), "Korean pair": one(word("진입")),
    "CJK prefix": one(word("瀋陽", "prefix")), "absent word": one(word("zzyzx")),
    "theme": one(named("theme", "host-entry")), "not a theme": one(named("theme", "long_stay"),
                                                                   True),
    "no such theme": one(named("theme", "no-such-theme")),
    "id": one(named("id", f"{(17 * 5) % ROWS:03d}-case-05")),
    "id unknown": one(named("id", "unknown", unknown=True)),
    "not id unknown": one(named("id", "unknown", unknown=True), True),
    "tag without a workspace": one(named("tag", "press")),
    "host": one(CHINA), "not host": one(CHINA, True),
    "host unknown": one(named("host", "unknown", unknown=True)),
    "two hosts ticked": [[(False, CHINA)], [(False, named("host", "north korea"))]],
    "host or people": [[(False, CHINA), (False, ranged("people", ">=10", 10, None))]],
    "city": one(named("city", "beijing")), "city unknown": one(named("city", "unknown", True)),
    "type": one(named("type", "consulate")), "outcome": one(named("outcome", "mixed")),
    "confidence": one(named("confidence", "high")),
    "nationality and sending": [[(False, named("nationality", "north korea"))],
                                [(True, named("sending", "south korea"))]],
    "people at least": one(ranged("people", ">=10", 10, None)),
    "people at most": one(ranged("people", "<=3", None, 3)),
    "people between": one(ranged("people", "1..25", 1, 25)),
    "people unknown": one(named("people", "unknown", unknown=True)),
    "not people unknown": one(named("people", "unknown", unknown=True), True),
    "date month": one(ranged("date", "2002-01", day("2002-01"), day("2002-01", end=True))),
    "date from": one(ranged("date", "2002..", day("2002"), None)),
    "date until": one(ranged("date", "..1999-12-31", None, day("1999-12-31"))),
    "date unknown": one(named("date", "unknown", unknown=True)),
    "year": one(GenTerm("field", "year:2002", "2002", "year", low=day("2002"),
                        high=day("2002", end=True), tick=True)),
    "decade": one(GenTerm("field", "decade:2000s", "2000s", "decade", low=day("2000"),
                          high=day("2009", end=True), tick=True)),
    "stray word rows": one(word("orphan")),
    "box": one(box(-20.0, 100.0, 40.0, 179.0)),
    "box of one meridian": one(box(-90.0, 116.4, 90.0, 116.4)),
    "box from the south pole": one(box(-90.0, -180.0, 0.0, 0.0)),
    "box of the meridian's two sides": one(box(-90.0, 180.0, 90.0, -180.0)),
    "box on the edges": one(box(-90.0, 116.4, 90.0, 180.0)),
    "box across the meridian": one(box(-90.0, 170.0, 90.0, -170.0)),
    "not in a box": one(box(-20.0, 100.0, 40.0, 179.0), True),
    "within unknown": one(named("within", "unknown", unknown=True)),
    "mixed": [[(False, WALL), (False, named("type", "embassy"))],
              [(True, named("confidence", "medium"))], [(False, box(-90, -180, 90, 180))]],
}


def expected_order(setup: Setup, query: Query, sort: str, descending: bool) -> list[int]:
    """SQL's ORDER BY for the sort (docs/search.md): unknowns last either way, ties by id."""
    def key(row: dict[str, Any]) -> Any:
        if sort == "date":
            low = row["date_start_lo"]
            return None if low is None else (low, row["date_start_hi"])
        value = row[sort]
        return value.translate(ASCII_LOWER) if sort in ("city", "title") and value else value

    found = setup.reference.matches(query)
    known = sorted((r for r in found if key(r) is not None), key=lambda r: (key(r), r["id"]),
                   reverse=descending)
    unknown = sorted((r for r in found if key(r) is None), key=lambda r: r["id"],
                     reverse=descending)
    return [r["seq"] for r in known + unknown]


def counts(facets: tuple[Facet, ...]) -> dict[str, dict[str | None, int]]:
    return {facet.name: {v.key: v.count for v in facet.values if v.count} for facet in facets}


def test_the_rows_have_what_the_checks_need(setup: Setup) -> None:
    """Each sort key has ties and unknowns; each query matches some rows but not all."""
    rows = setup.generated.rows
    for sort in SORT_KEYS:
        column = "date_start" if sort == "date" else sort
        values = [row[column] for row in rows]
        assert None in values or sort in ("id", "title"), sort
        assert len(set(values)) < len(values) or sort == "id", sort
    matched = {name: len(setup.reference.matches(q)) for name, q in QUERIES.items()}
    empty = {"absent word", "no such theme", "id unknown", "tag without a workspace",
             "stray word rows"}
    assert {name for name, n in matched.items() if n == 0} == empty
    assert {name for name, n in matched.items() if n == ROWS} == {"everything", "not id unknown"}


@pytest.mark.parametrize("name", list(QUERIES))
def test_each_query_gives_the_reference_answer(setup: Setup, name: str) -> None:
    query, reference, fast = QUERIES[name], setup.reference, setup.fast
    spec = parse_query(render(query, "-"))
    seqs = expected_order(setup, query, "date", False)
    assert list(fast.ids_for(spec)) == seqs
    assert fast.count(spec) == len(seqs)
    facets = reference.facets(query)
    found = facets_for(fast, spec)
    assert counts(found) == facets
    for unit in ("year", "month"):
        bins = [(b.period, b.count, b.imprecise) for b in fast.timeline(spec, unit)]
        assert bins == reference.timeline(query, unit), unit
    ids, answered, timeline = fast.answer(spec, "month")
    assert list(ids) == seqs
    assert counts(answered) == {f.name: facets[f.name] for f in FACETS}
    assert [(b.period, b.count, b.imprecise) for b in timeline] == \
        reference.timeline(query, "month")
    # Labels, tokens and order of the values are the SQL engine's.
    assert found == facets_for(setup.plain, spec)
    by_name = {facet.name: facet for facet in found}
    for definition in FACETS:  # one facet alone, as the sidebar asks when one is opened
        assert fast.facet(definition, spec) == by_name[definition.name]


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("name", ["everything", "host or people"])
def test_every_sort_orders_like_sql(setup: Setup, sort: str, descending: bool,
                                    name: str) -> None:
    """Every sort of the index, the title (SQL's NOCASE order, kept as a rank) included, both
    ways."""
    query = QUERIES[name]
    spec = parse_query(render(query, "-"), sort=sort, descending=descending)
    seqs = expected_order(setup, query, sort, descending)
    assert list(setup.fast.ids_for(spec)) == seqs
    assert list(setup.fast.answer(spec)[0]) == seqs
    by_seq = {row["seq"]: row for row in setup.generated.rows}
    # Only a place on Earth is on the map: both coordinates known and in range (issue 15).
    placed = [seq for seq in seqs
              if is_position(by_seq[seq]["latitude"], by_seq[seq]["longitude"])]
    points = setup.fast.map_points(spec)
    assert points.seqs.tolist() == placed
    assert [None if math.isnan(v) else v for v in points.longitude.tolist()] == \
        [by_seq[seq]["longitude"] for seq in placed]
    assert points.latitude.tolist() == [by_seq[seq]["latitude"] for seq in placed]
    assert list(points.outcomes) == [by_seq[seq]["outcome_class"] for seq in placed]
    assert points.precise.tolist() == [by_seq[seq]["location_precision"] == "mission"
                                       for seq in placed]
    # A tooltip's words, fetched for the points when first shown.
    assert [(point.id, point.title) for point in points] == \
        [(by_seq[seq]["id"], by_seq[seq]["title"]) for seq in placed]


def test_an_unknown_sort_key_sorts_by_date(setup: Setup) -> None:
    spec = parse_query("", sort="no-such-key")
    assert list(setup.fast.ids_for(spec)) == expected_order(setup, [], "date", False)


def test_the_words_cache_keeps_answers_apart(setup: Setup) -> None:
    """More distinct words than the index remembers, then the first ones again."""
    reference, fast = setup.reference, setup.fast
    words = [word(w) for w in ["wall", "guards", "police", "embassy"]] + \
        [word(f"absent{n}") for n in range(70)]
    for term in [*words, *words[:4]]:
        query = one(term)
        assert list(fast.ids_for(parse_query(render(query, "-")))) == \
            expected_order(setup, query, "date", False), term.value
    assert all(reference.matches(one(term)) for term in words[:4])


def test_a_locked_database_is_named_in_the_problem(setup: Setup) -> None:
    """The index still asks SQLite for words; a writer's lock is reported, not a traceback."""
    path = setup.generated.path
    asks: list[Callable[[QuerySpec], object]] = [
        setup.fast.ids_for, setup.fast.count, setup.fast.map_points,
        lambda spec: setup.fast.facet(FACETS[0], spec),
        lambda spec: setup.fast.timeline(spec, "month"), setup.fast.answer]
    # The themes and labels the repository reads once are read before the lock, so that the
    # lock meets the engine's own questions (the words), not the repository's.
    assert facets_for(setup.fast, parse_query("")) == facets_for(setup.plain, parse_query(""))
    with closing(sqlite3.connect(path, isolation_level=None)) as writer:
        writer.execute("BEGIN EXCLUSIVE")
        for number, ask in enumerate(asks):
            with pytest.raises(DatabaseProblem) as raised:
                ask(parse_query(f"lockedout{number}"))
            assert raised.value.reason == "locked"
            assert raised.value.message == f"{path.name} is locked by another program; try " \
                                           "again when it has finished writing."
        writer.execute("ROLLBACK")
