"""One query's whole Results from the answer pipeline, each part against plain SQL over the
bundled database: the ids in date order, the total, the facets in the sidebar's order, the
timeline and its baseline in the query's unit, the map's points and the table's first rows.

(tests/core/test_engines_fixed_queries.py holds the two engines to each other; this holds the
pipeline to the data.)
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing

import pytest

from asylum_browser.core.engine.answers import TABLE_BLOCK, compute_results
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import FACETS
from asylum_browser.core.model.values import Annotations, TimelineBin
from asylum_browser.core.query.describe import describe_query
from asylum_browser.core.query.parser import parse_query
from asylum_browser.paths import bundled_db_path
from tests.conftest import count_bundled

ORDER = "ORDER BY date_start_lo, date_start_hi, id"  # no bundled incident lacks a first day


@pytest.fixture(scope="module")
def plain() -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        yield db


def timeline_by_hand(db: sqlite3.Connection, where: str, width: int) -> list[TimelineBin]:
    """Bins of ``width`` characters of the date; a date known only to its year counts as
    imprecise in its year's bin when the bins are months."""
    bins: dict[str, list[int]] = {}
    for start, precision in db.execute(
            f"SELECT date_start, date_start_precision FROM incidents WHERE {where}"):
        coarse = precision == "year" and width > 4
        period = start[:4] if coarse else start[:width]
        counts = bins.setdefault(period, [0, 0])
        counts[1 if coarse else 0] += 1
    return [TimelineBin(period, *bins[period]) for period in sorted(bins)]


@pytest.mark.parametrize(("query", "where", "unit"), [
    ("year:1984..1986", "year BETWEEN 1984 AND 1986", "month"),
    ("host:china", "host_country = 'CN'", "year"),
])
def test_the_results_of_a_query_are_the_data(repository: Repository, plain: sqlite3.Connection,
                                             query: str, where: str, unit: str) -> None:
    spec = parse_query(query)
    results = compute_results(repository, spec)
    assert results.spec == spec and results.words == describe_query(spec)
    seqs = [row[0] for row in plain.execute(f"SELECT seq FROM incidents WHERE {where} {ORDER}")]
    assert list(results.ids) == seqs and results.count == len(seqs) > 3
    total = plain.execute("SELECT count(*) FROM incidents").fetchone()[0]
    assert results.total == total
    assert results.timeline_unit == unit
    width = 4 if unit == "year" else 7
    assert list(results.timeline) == timeline_by_hand(plain, where, width)
    assert list(results.baseline) == timeline_by_hand(plain, "1", width)
    assert [f.name for f in results.facets] == [f.name for f in FACETS] + ["theme"]
    host = next(f for f in results.facets if f.name == "host")
    assert sum(v.count for v in host.values) == (
        total if query == "host:china" else len(seqs))  # counted without its own clause
    placed = [row[0] for row in plain.execute(
        f"SELECT seq FROM incidents WHERE {where} AND latitude IS NOT NULL {ORDER}")]
    assert [p.seq for p in results.points] == placed
    assert [row["seq"] for row in results.first_rows] == seqs
    titles = dict(plain.execute("SELECT seq, title FROM incidents"))
    assert [row["title"] for row in results.first_rows] == [titles[s] for s in seqs]


def test_the_table_gets_its_first_block_of_a_large_answer(repository: Repository) -> None:
    results = compute_results(repository, parse_query(""))
    assert len(results.ids) == count_bundled() > 1
    assert len(results.first_rows) == min(len(results.ids), TABLE_BLOCK)  # one block at most
    assert [row["seq"] for row in results.first_rows] == list(results.ids)[:TABLE_BLOCK]
    assert results.timeline == results.baseline


def test_annotations_reach_the_facets_of_the_results(repository: Repository,
                                                     plain: sqlite3.Connection) -> None:
    """Your tags and Follow-up come first, Themes last; a tag selects its incidents."""
    chinese = [row[0] for row in plain.execute(
        f"SELECT id FROM incidents WHERE host_country = 'CN' {ORDER} LIMIT 3")]
    annotations = Annotations({"picked": set(chinese)}, {}, frozenset(chinese[:1]))
    results = compute_results(repository, parse_query("tag:picked"), annotations)
    assert [f.name for f in results.facets] == ["tag", "flag", *[f.name for f in FACETS],
                                               "theme"]
    assert [row["id"] for row in results.first_rows] == chinese
    facets = {f.name: f for f in results.facets}
    assert [(v.key, v.count) for v in facets["tag"].values] == [("picked", 3)]
    assert [(v.key, v.count, v.token) for v in facets["flag"].values] == [("yes", 1, "flag:yes")]
    assert facets["flag"].values[0].label == "Flagged for follow-up"
