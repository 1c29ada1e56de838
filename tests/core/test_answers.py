"""The answer pipeline's facets that no column holds: your tags, follow-up flags and themes,
counted as every facet is (without their own clauses), checked against plain Python sets."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from asylum_browser.core.engine.answers import compute_results, facets_for
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.values import Annotations, Facet
from asylum_browser.core.query.parser import parse_query
from asylum_browser.paths import bundled_db_path

SHENYANG = ("2002-05-08-shenyang-japan-consulate", "2002-05-08-shenyang-us-consulate")
BUDAPEST = "1956-11-04-budapest-us-legation"


def ids_where(sql: str) -> set[str]:
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        return {row[0] for row in db.execute(f"SELECT id FROM incidents WHERE {sql}")}


@pytest.fixture
def annotations() -> Annotations:
    tags = {"shenyang-2002": set(SHENYANG), "cold-war": {BUDAPEST},
            "mixed": {SHENYANG[0], BUDAPEST}}
    notes = {BUDAPEST: "the kumquat file was reviewed"}  # a word no record holds
    return Annotations(tags, notes, frozenset({SHENYANG[1], BUDAPEST}))


def by_name(facets: tuple[Facet, ...]) -> dict[str, dict[str, int]]:
    return {f.name: {v.key or "unknown": v.count for v in f.values} for f in facets}


def test_tags_and_follow_up_are_counted_within_the_query(repository: Repository,
                                                         annotations: Annotations) -> None:
    counts = by_name(facets_for(repository, parse_query("host:china"), annotations))
    chinese = ids_where("host_country = 'CN'")
    assert counts["tag"] == {tag: len(members & chinese)
                             for tag, members in annotations.tags.items()
                             if members & chinese}
    assert counts["flag"] == {"yes": len(annotations.flags & chinese)} == {"yes": 1}
    assert "cold-war" not in counts["tag"]


def test_a_selected_tag_keeps_the_other_tags_countable(repository: Repository,
                                                       annotations: Annotations) -> None:
    spec = parse_query("tag:cold-war")
    facets = {f.name: f for f in facets_for(repository, spec, annotations)}
    tags = {v.key: v.count for v in facets["tag"].values}
    assert tags == {"shenyang-2002": 2, "cold-war": 1, "mixed": 2}  # as without tag:cold-war
    assert facets["tag"].selected == ("tag:cold-war",)
    assert facets["host"].values[0].count == 1  # other facets do count the selection
    assert facets["tag"].label == "Your tags" and facets["flag"].label == "Follow-up"


def test_a_selected_tag_with_no_match_stays_listed_at_zero(repository: Repository,
                                                           annotations: Annotations) -> None:
    facets = {f.name: f for f in facets_for(repository, parse_query("tag:cold-war host:china"),
                                            annotations)}
    tags = {v.key: v.count for v in facets["tag"].values}
    assert tags["cold-war"] == 0 and tags["shenyang-2002"] == 2


def test_flag_no_and_notes_resolve_through_the_pipeline(repository: Repository,
                                                        annotations: Annotations) -> None:
    flagged = set(annotations.flags)
    results = compute_results(repository, parse_query("flag:no host:china"), annotations)
    found = {row["id"] for row in repository.rows(results.ids)}
    assert found == ids_where("host_country = 'CN'") - flagged
    results = compute_results(repository, parse_query("kumquat"), annotations)
    assert BUDAPEST in {row["id"] for row in repository.rows(results.ids)}
    assert results.total == repository.count() and results.count == len(results.ids)


def test_without_a_workspace_there_are_no_tag_or_flag_facets(repository: Repository) -> None:
    names = [f.name for f in facets_for(repository, parse_query(""))]
    assert "tag" not in names and "flag" not in names
    assert names[-1] == "theme" and names[0] == "host"


def test_the_themes_facet_counts_each_theme_against_plain_sql(repository: Repository) -> None:
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        expected = dict(db.execute(
            "SELECT theme, COUNT(*) FROM incident_themes JOIN incidents "
            "ON incidents.id = incident_themes.incident_id WHERE host_country = 'CN' "
            "GROUP BY theme"))
    counts = by_name(facets_for(repository, parse_query("host:china")))
    assert counts["theme"] == expected and expected
