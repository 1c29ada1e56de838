"""Every registry facet of the sidebar, value by value, against plain SQL over the bundled
database and the rules users see: labels from the vocabulary (decades read '1980s'), tokens by
name or by code, the most frequent first (ties by name, case aside) or, for years and decades,
in time order, unknown last, and the query's own terms listed once as selected."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import FACETS, FacetDef
from asylum_browser.core.query.editing import term_token
from asylum_browser.core.query.parser import parse_query
from asylum_browser.paths import bundled_db_path

LABELS = {  # facet -> SQL for (code, label); facets missing here label a value by itself
    "host": "SELECT code, name FROM countries", "sending": "SELECT code, name FROM countries",
    "nationality": "SELECT code, coalesce(demonym, name) FROM countries",
    "type": "SELECT code, label FROM vocabulary WHERE vocabulary = 'mission_type'",
    "outcome": "SELECT code, label FROM vocabulary WHERE vocabulary = 'outcome_class'",
    "confidence": "SELECT code, label FROM vocabulary WHERE vocabulary = 'confidence'",
    "origin": "SELECT code, label FROM vocabulary WHERE vocabulary = 'origin'",
}


@pytest.fixture(scope="module")
def plain() -> Iterator[sqlite3.Connection]:
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        yield db


def by_hand(db: sqlite3.Connection, definition: FacetDef, where: str
            ) -> list[tuple[str | None, str, int, str]]:
    labels = dict(db.execute(LABELS[definition.name])) if definition.name in LABELS else {}
    values = []
    for key, count in db.execute(f"SELECT {definition.sql}, count(*) FROM incidents "
                                 f"WHERE {where} GROUP BY 1"):
        if key is None:
            values.append((None, "unknown", count, f"{definition.field}:unknown"))
            continue
        label = labels.get(key, str(key)) + ("s" if definition.name == "decade" else "")
        named = definition.name in ("host", "city", "sending", "nationality", "decade")
        values.append((str(key), label, count,
                       term_token(definition.field, label if named else str(key))))
    if definition.name in ("year", "decade"):
        return sorted(values, key=lambda v: (v[0] is None, int(v[0] or 0)))
    return sorted(values, key=lambda v: (v[0] is None, -v[2], v[1].casefold()))


@pytest.mark.parametrize("definition", FACETS, ids=[f.name for f in FACETS])
@pytest.mark.parametrize(("query", "where"), [
    ("", "1"), ("embassy", "seq IN (SELECT rowid FROM incidents_fts WHERE incidents_fts "
                               "MATCH 'embassy')")])
def test_each_facet_lists_its_values_as_users_expect(
        repository: Repository, plain: sqlite3.Connection, definition: FacetDef, query: str,
        where: str) -> None:
    facet = repository.facet(definition, parse_query(query))
    assert (facet.name, facet.label) == (definition.name, definition.label)
    assert [(v.key, v.label, v.count, v.token) for v in facet.values] == by_hand(
        plain, definition, where)
    assert facet.selected == ()


def test_ties_are_broken_by_name_whatever_its_case(db_copy: Path) -> None:
    """Two cities with one incident each, one written in lower case: by name, case aside (a
    plain sort would put every capital first)."""
    with closing(sqlite3.connect(db_copy)) as db, db:
        db.execute("UPDATE incidents SET city = 'alpha town' WHERE seq = 1")
        db.execute("UPDATE incidents SET city = 'Zeta Town' WHERE seq = 2")
    city = next(f for f in FACETS if f.name == "city")
    values = Repository(Database(db_copy)).facet(city, parse_query("")).values
    labels = [v.label for v in values]
    assert labels.index("alpha town") < labels.index("Zeta Town")
    counts = [v.count for v in values]
    assert counts == sorted(counts, reverse=True) and values[-1].count == 1


def test_the_query_own_terms_are_selected_once_each_with_their_sign(
        repository: Repository) -> None:
    host = next(f for f in FACETS if f.name == "host")
    facet = repository.facet(host, parse_query("host:china host:china -host:cuba year:2002"))
    assert facet.selected == ("host:china", "-host:cuba")
    decade = next(f for f in FACETS if f.name == "decade")
    assert repository.facet(decade, parse_query("decade:1980s")).selected == ("decade:1980s",)


def test_years_and_decades_put_unknown_after_the_last_year(db_copy: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as db, db:
        db.execute("UPDATE incidents SET year = NULL, decade = NULL WHERE seq IN (1, 2)")
    repository = Repository(Database(db_copy))
    for name in ("year", "decade"):
        definition = next(f for f in FACETS if f.name == name)
        values = repository.facet(definition, parse_query("")).values
        assert (values[-1].key, values[-1].label, values[-1].count) == (None, "unknown", 2)
        keys = [int(v.key) for v in values[:-1] if v.key is not None]
        assert len(keys) == len(values) - 1 and keys == sorted(keys)
