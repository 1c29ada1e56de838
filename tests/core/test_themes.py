"""Themes follow from each record's facts; the rules are pinned on named incidents."""

from __future__ import annotations

import pytest

from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.themes import themes_of
from asylum_browser.core.query.parser import parse_query
from tests.conftest import count_bundled


def ids(repository: Repository, query: str) -> set[str]:
    return {row["id"] for row in repository.rows(repository.ids_for(parse_query(query)))}


@pytest.mark.parametrize(("theme", "expected", "not_expected"), [
    ("host-entry", {"2002-05-08-shenyang-japan-consulate",
                    "2002-06-13-beijing-south-korea-consular-section"},
     {"2004-09-27-shanghai-american-school"}),  # handed over at a school: no entry
    ("mass-refuge", {"1980-04-01-havana-peru-embassy", "1989-prague-west-germany-embassy"},
     {"2002-03-14-beijing-spain-embassy"}),  # 25 people
    ("long-stay", {"1956-11-04-budapest-us-legation", "2012-06-19-london-ecuador-embassy",
                   "2012-05-28-la-paz-brazil-embassy"},  # 455 days
     {"2012-04-beijing-us-embassy"}),  # six days
    ("public-figure", {"1949-01-03-lima-colombia-embassy", "1989-06-05-beijing-us-embassy",
                       "2012-06-19-london-ecuador-embassy"},
     {"2002-06-beijing-south-korea-embassy-footballer"}),  # a private person, not named
    ("fatalities", {"1980-04-01-havana-peru-embassy"}, {"2002-05-08-shenyang-japan-consulate"}),
])
def test_each_theme_finds_the_incidents_its_rule_names(repository: Repository, theme: str,
                                                       expected: set[str],
                                                       not_expected: set[str]) -> None:
    found = ids(repository, f"theme:{theme}")
    assert expected <= found and not (not_expected & found)


def test_the_rules_read_fields_not_labels() -> None:
    assert themes_of({"people_count": 100}) == [("mass_refuge", "people_count = 100")]
    assert themes_of({"people_count": 99}) == []
    # A year-only start and end cannot prove a year inside: 1990 to 1991 may be two days.
    assert themes_of({"date_start": "1990", "date_end": "1991"}) == []
    assert [t for t, _ in themes_of({"date_start": "1990-01", "date_end": "1991-02"})] == [
        "long_stay"]
    assert themes_of({"date_start": "1990-01-01"}) == []  # no end: nothing claimed
    assert [t for t, _ in themes_of({"public_figures": ["A Senator"], "fatalities": "x",
                                     "host_entry": "y"})] == [
        "host_entry", "public_figure", "fatalities"]


def themed(theme: str, where: str = "1") -> int:
    """Incidents carrying ``theme`` (and matching ``where``), by plain SQL."""
    return count_bundled(f"({where}) AND id IN (SELECT incident_id FROM incident_themes "
                         "WHERE theme = ?)", theme)


def test_themes_are_a_facet_counted_without_their_own_selection(repository: Repository) -> None:
    spec = parse_query("theme:long-stay")
    (facet,) = [f for f in facets_for(repository, spec) if f.name == "theme"]
    counts = {v.key: v.count for v in facet.values}
    # Counted over every incident, not over the long stays the query selects:
    long_stays = themed("long_stay")
    assert counts["long_stay"] == repository.count(parse_query("theme:long-stay")) == long_stays
    figures = themed("public_figure")
    assert figures > themed("public_figure", "id IN (SELECT incident_id FROM incident_themes "
                                             "WHERE theme = 'long_stay')")
    assert counts["public_figure"] == repository.count(parse_query("theme:public-figure")) \
        == figures
    assert facet.selected == ("theme:long-stay",)
    narrowed = {v.key: v.count for v in next(
        f for f in facets_for(repository, parse_query("host:china")) if f.name == "theme").values}
    assert narrowed["host_entry"] == themed("host_entry", "host_country = 'CN'") > 0
    assert narrowed["host_entry"] < themed("host_entry")  # narrowed by host:china
    assert narrowed["mass_refuge"] == themed("mass_refuge", "host_country = 'CN'") > 0
