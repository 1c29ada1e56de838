"""The columnar index: its answers on the bundled rows, and its cache."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.database import Database, open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import SORT_KEYS
from asylum_browser.core.query.parser import parse_query


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> tuple[Repository, Repository]:
    plain = Repository(open_database())
    fast = Repository(open_database())
    fast.attach_columnar(tmp_path_factory.mktemp("columnar-cache"))
    return plain, fast


# The generated databases of test_engines_agree.py test the engines' agreement; this is a fast
# check on the bundled rows, whose text, names and themes come from the real build.
@pytest.mark.parametrize("query", [
    "shenyang", "theme:long-stay -theme:public-figure", "consul* OR fence people:>=10",
    "nationality:\"north korea\" NOT school", "북한 -host:china", "within:35,-10,60,30",
    "within:-60,170,60,-170 OR year:2002", "within:unknown", "people:unknown OR date:..1990",
])
@pytest.mark.parametrize("sort", ["date", "people_count", "title"])
def test_columnar_answers_equal_sql_on_the_bundled_rows(
        engines: tuple[Repository, Repository], query: str, sort: str) -> None:
    plain, fast = engines
    spec = parse_query(query, sort=sort, descending=sort == "people_count")
    assert fast.ids_for(spec) == plain.ids_for(spec)
    assert fast.count(spec) == plain.count(spec)
    assert facets_for(fast, spec) == facets_for(plain, spec)
    assert fast.timeline(spec, "month") == plain.timeline(spec, "month")
    assert fast.map_points(spec).seqs.tolist() == plain.map_points(spec).seqs.tolist()
    assert fast.answer(spec) == plain.answer(spec)


def test_the_themes_facet_applies_a_clause_that_also_names_another_field(
        engines: tuple[Repository, Repository]) -> None:
    spec = parse_query("theme:long-stay OR host:china")
    for repository in engines:
        shown = set(repository.ids_for(spec))
        [themes] = [facet for facet in facets_for(repository, spec) if facet.name == "theme"]
        for value in themes.values:  # counted among what the clause lets through
            members = set(repository.ids_for(parse_query(value.token)))
            assert value.count == len(members & shown), value


def test_the_index_is_cached_by_file_identity(tmp_path: Path, db_copy: Path) -> None:
    cache = tmp_path / "cache"
    first = Repository(Database(db_copy))
    first.attach_columnar(cache)
    files = list(cache.glob("*.npz"))
    assert len(files) == 1
    second = Repository(Database(db_copy))
    second.attach_columnar(cache)
    assert list(cache.glob("*.npz")) == files  # reused, not rebuilt
    os.utime(db_copy, ns=(1, 1))  # the file changed: a new identity, a new cache entry
    Repository(Database(db_copy)).attach_columnar(cache)
    assert len(list(cache.glob("*.npz"))) == 2


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    Repository(open_database()).attach_columnar(cache)
    [entry] = list(cache.glob("*.npz"))
    entry.write_bytes(b"not an npz")
    repository = Repository(open_database())
    repository.attach_columnar(cache)
    assert repository.count(parse_query("shenyang")) == 4
    shutil.rmtree(cache)


@pytest.mark.parametrize("sort", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_every_sort_key_orders_both_engines_alike(engines: tuple[Repository, Repository],
                                                  sort: str, descending: bool) -> None:
    """Each sort the table offers, in both directions, with unknowns last, ties by id."""
    plain, fast = engines
    for query in ("", "host:china OR people:unknown"):
        spec = parse_query(query, sort=sort, descending=descending)
        assert list(fast.ids_for(spec)) == list(plain.ids_for(spec)), (query, sort)
        assert fast.map_points(spec).seqs.tolist() == plain.map_points(spec).seqs.tolist()
