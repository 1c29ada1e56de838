"""The columnar index answers exactly what SQL answers: ids in order, facets and timelines."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.database import Database, open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import SORT_KEYS
from asylum_browser.core.query.parser import parse_query
from tests.core.test_reference_filter import queries


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> tuple[Repository, Repository]:
    plain = Repository(open_database())
    fast = Repository(open_database())
    fast.attach_columnar(tmp_path_factory.mktemp("columnar-cache"))
    return plain, fast


@settings(max_examples=250, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(queries, st.sampled_from(sorted(SORT_KEYS)), st.booleans())
def test_columnar_answers_equal_sql(engines: tuple[Repository, Repository], query: str,
                                    sort: str, descending: bool) -> None:
    plain, fast = engines
    spec = parse_query(query, sort=sort, descending=descending)
    assert fast.ids_for(spec) == plain.ids_for(spec)
    assert fast.count(spec) == plain.count(spec)
    assert facets_for(fast, spec) == facets_for(plain, spec)
    assert fast.timeline(spec, "month") == plain.timeline(spec, "month")
    fast_points, plain_points = fast.map_points(spec), plain.map_points(spec)
    assert fast_points.seqs.tolist() == plain_points.seqs.tolist()
    assert list(fast_points.outcomes) == list(plain_points.outcomes)
    assert fast_points.precise.tolist() == plain_points.precise.tolist()
    assert fast_points.x.tolist() == plain_points.x.tolist()
    ids, facets, timeline = fast.answer(spec)
    assert (ids, facets, timeline) == (plain.ids_for(spec), plain.answer(spec)[1],
                                       plain.timeline(spec, "year"))


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
