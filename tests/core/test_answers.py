"""The answer pipeline's facets that no column holds: your tags, follow-up flags and themes,
counted as every facet is (without their own clauses), checked against plain Python sets."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from asylum_browser.core.engine.answers import compute_results, facets_for
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.themes import THEMES
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


def themes_by_sql(where: str) -> dict[str, int]:
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        return dict(db.execute(
            "SELECT theme, COUNT(*) FROM incident_themes JOIN incidents "
            f"ON incidents.id = incident_themes.incident_id WHERE {where} GROUP BY theme"))


def test_the_themes_facet_lists_themes_in_their_own_order_with_labels_and_tokens(
        repository: Repository) -> None:
    themes = next(f for f in facets_for(repository, parse_query("")) if f.name == "theme")
    assert themes.label == "Themes" and themes.selected == ()
    counts = themes_by_sql("1")
    assert [(v.key, v.label, v.token, v.count) for v in themes.values] == [
        ("host_entry", "Host-state entry", "theme:host-entry", counts["host_entry"]),
        ("mass_refuge", "Mass refuge", "theme:mass-refuge", counts["mass_refuge"]),
        ("long_stay", "Long stay", "theme:long-stay", counts["long_stay"]),
        ("public_figure", "Public figure", "theme:public-figure", counts["public_figure"]),
        ("fatalities", "Fatalities", "theme:fatalities", counts["fatalities"])]


def test_a_selected_theme_without_matches_stays_listed_and_others_drop_out(
        repository: Repository) -> None:
    """Within host:china some themes have no incident: they are not listed, except the one
    the query selects, at zero."""
    chinese = themes_by_sql("host_country = 'CN'")
    missing = [code for code in THEMES if code not in chinese]
    assert missing, "the bundled data changed: pick another country"
    token = "theme:" + missing[0].replace("_", "-")
    facets = {f.name: f for f in facets_for(repository, parse_query(f"{token} host:china"))}
    assert {v.key: v.count for v in facets["theme"].values} == {**chinese, missing[0]: 0}
    assert facets["theme"].selected == (token,)
    # the host facet counts the theme's incidents in every country (none in China)
    assert sum(v.count for v in facets["host"].values) == themes_by_sql("1")[missing[0]]
    assert "China" not in {v.label for v in facets["host"].values if v.count}


def test_tags_are_listed_by_count_then_by_name_and_a_negated_one_is_its_own_clause(
        repository: Repository) -> None:
    shenyang = set(SHENYANG)
    annotations = Annotations({"b-two": set(shenyang), "a-two": set(shenyang),
                               "c-three": {*shenyang, BUDAPEST}, "z-one": {BUDAPEST}},
                              {}, frozenset())
    for query in ("", "-tag:z-one", "tag:A-TWO"):
        facets = {f.name: f for f in facets_for(repository, parse_query(query), annotations)}
        assert [(v.key, v.count) for v in facets["tag"].values] == [
            ("c-three", 3), ("a-two", 2), ("b-two", 2), ("z-one", 1)], query
        assert [v.token for v in facets["tag"].values] == [
            "tag:c-three", "tag:a-two", "tag:b-two", "tag:z-one"]
        assert "flag" not in facets  # no flags, no Follow-up facet
    assert facets["tag"].selected == ("tag:A-TWO",)
    negated = {f.name: f for f in facets_for(repository, parse_query("-tag:z-one"),
                                             annotations)}
    assert negated["tag"].selected == ("-tag:z-one",)


def test_flags_alone_make_only_the_follow_up_facet(repository: Repository) -> None:
    annotations = Annotations({}, {}, frozenset({BUDAPEST, SHENYANG[0]}))
    facets = {f.name: f for f in facets_for(repository, parse_query("flag:yes"), annotations)}
    assert "tag" not in facets
    assert [(v.key, v.label, v.count) for v in facets["flag"].values] == [
        ("yes", "Flagged for follow-up", 2)]
    assert facets["flag"].selected == ("flag:yes",)
    assert facets["host"].values and sum(v.count for v in facets["host"].values) == 2
    notes_only = Annotations({}, {BUDAPEST: "a note"}, frozenset())
    names = [f.name for f in facets_for(repository, parse_query(""), notes_only)]
    assert "tag" not in names and "flag" not in names


@pytest.mark.parametrize(("written", "code"), [("long_stay", "long_stay"),
                                               ("public-figure", "public_figure"),
                                               ("Long-Stay", "long_stay")])
def test_a_selected_theme_is_listed_at_zero_however_it_is_spelt(
        repository: Repository, written: str, code: str) -> None:
    """A host none of whose incidents carries the theme, but whose incidents carry others
    (the most themed such host, by plain SQL below)."""
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        host, name = db.execute(
            "SELECT i.host_country, c.name FROM incident_themes t "
            "JOIN incidents i ON i.id = t.incident_id JOIN countries c ON c.code = i.host_country "
            "WHERE instr(c.name, ' ') = 0 GROUP BY i.host_country "
            "HAVING sum(t.theme = ?) = 0 AND count(DISTINCT t.theme) >= 2 "
            "ORDER BY count(*) DESC, i.host_country LIMIT 1", [code]).fetchone()
    hosted = themes_by_sql(f"host_country = '{host}'")
    assert code not in hosted and len(hosted) >= 2
    facet = next(f for f in facets_for(repository,
                                       parse_query(f"theme:{written} host:{name.lower()}"))
                 if f.name == "theme")
    assert {v.key: v.count for v in facet.values} == {**hosted, code: 0}


def test_a_theme_no_incident_carries_is_not_listed(db_copy: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as db, db:
        db.execute("DELETE FROM incident_themes WHERE theme = 'fatalities'")
    repository = Repository(Database(db_copy))
    facet = next(f for f in facets_for(repository, parse_query("")) if f.name == "theme")
    expected = themes_by_sql("theme != 'fatalities'")
    assert {v.key: v.count for v in facet.values} == {
        code: count for code, count in expected.items() if code != "fatalities"}
