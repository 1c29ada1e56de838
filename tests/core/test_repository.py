"""What a researcher sees from the bundled database, query by query."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import FACETS
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.core.query.parser import parse_query
from tests.conftest import bundled_record, count_bundled, query_bundled


def ids(repository: Repository, query: str) -> list[str]:
    return [row["id"] for row in repository.rows(repository.ids_for(parse_query(query)))]


def test_shenyang_finds_the_2002_consulate_incidents_and_the_2006_ones(
        repository: Repository) -> None:
    assert ids(repository, "shenyang") == [
        "2002-05-08-shenyang-japan-consulate", "2002-05-08-shenyang-us-consulate",
        "2006-05-shenyang-us-consulate", "2006-shenyang-us-consulate-teens"]  # September 2006


def test_china_2002_embassies_are_the_beijing_embassy_incidents(repository: Repository) -> None:
    found = ids(repository, "host:china year:2002 type:embassy")
    assert "2002-03-14-beijing-spain-embassy" in found
    assert "2002-04-26-beijing-us-embassy" in found
    assert all("-beijing-" in incident_id and "embassy" in incident_id for incident_id in found)
    assert not any("consul" in incident_id or "school" in incident_id for incident_id in found)


@pytest.mark.parametrize(("query", "must_include"), [
    ("瀋陽", "2002-05-08-shenyang-japan-consulate"),
    ("沈阳", "2006-05-shenyang-us-consulate"),
    ("북한", "2002-03-14-beijing-spain-embassy"),
    ("朝鲜", "2004-09-29-beijing-canada-embassy"),
    ("北朝鮮", "2003-07-31-bangkok-japan-embassy"),
    ("中国", "2012-04-beijing-us-embassy"),
    ("선양", "2002-05-08-shenyang-us-consulate"),
    ("host:中国", "2012-04-beijing-us-embassy"),
    ("city:瀋陽", "2002-05-08-shenyang-japan-consulate"),
])
def test_korean_chinese_and_japanese_names_find_the_right_incidents(
        repository: Repository, query: str, must_include: str) -> None:
    assert must_include in ids(repository, query)


def test_cjk_search_does_not_match_unrelated_places(repository: Repository) -> None:
    assert not any("budapest" in i or "havana" in i for i in ids(repository, "북한"))
    assert ids(repository, "瀋陽") == ids(repository, "shenyang")


PERU = ["1949-01-03-lima-colombia-embassy", "1992-05-31-lima-colombia-ambassador-residence",
        "2018-11-17-lima-uruguay-ambassador-residence", "2022-12-08-lima-mexico-embassy",
        "2025-11-lima-mexico-embassy-residence"]


@pytest.mark.parametrize(("query", "expected"), [
    ("szabadsag", ["1956-11-04-budapest-us-legation"]),  # diacritics ignored
    ("SZABADSÁG", ["1956-11-04-budapest-us-legation"]),
    ("host:peru", PERU), ("host:Perú", PERU), ("host:PE", PERU),
    ("mission:spain", ["1980-01-31-guatemala-city-spain-embassy", "1990-07-havana-spain-embassy",
                       "2002-03-14-beijing-spain-embassy",
                       "2019-04-30-caracas-spain-ambassador-residence",
                       "2024-09-05-caracas-spain-ambassador-residence"]),
])
def test_matching_ignores_case_and_diacritics(repository: Repository, query: str,
                                              expected: list[str]) -> None:
    assert ids(repository, query) == expected


def test_a_year_precise_incident_is_in_its_year_but_not_in_a_month_range(
        repository: Repository) -> None:
    # Prague 1984 is known only to the year; the US embassy case in East Berlin to the day.
    assert "1984-prague-west-germany-embassy" in ids(repository, "year:1984")
    assert "1984-prague-west-germany-embassy" not in ids(repository, "date:1984-01..1984-06")
    assert "1984-01-east-berlin-us-embassy" in ids(repository, "date:1984-01..1984-06")


def test_a_month_precise_incident_is_not_inside_a_narrower_day_range(
        repository: Repository) -> None:
    assert "2006-05-shenyang-us-consulate" in ids(repository, "date:2006-05-01..2006-05-31")
    assert "2006-05-shenyang-us-consulate" not in ids(repository, "date:2006-05-01..2006-05-15")


def first_and_last_day(partial: str) -> tuple[dt.date, dt.date]:
    """The days a partial date (YYYY, YYYY-MM or YYYY-MM-DD) may be, worked out by hand."""
    year, month, day = ([int(part) for part in partial.split("-")] + [0, 0])[:3]
    if day:
        return dt.date(year, month, day), dt.date(year, month, day)
    if month:
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def test_date_sort_is_chronological_with_partial_dates_at_their_first_day(
        repository: Repository) -> None:
    found = ids(repository, "year:1989")
    starts = dict(query_bundled("SELECT id, date_start FROM incidents WHERE year = 1989"))
    # By first day, then (at the same first day) the shorter span, then the id.
    assert found == sorted(starts, key=lambda i: (*first_and_last_day(starts[i]), i))
    # "1989": known only to its year, it comes at its first day, before February's case
    assert found.index("1989-prague-west-germany-embassy") < found.index(
        "1989-02-16-east-berlin-west-germany-permanent-representation")
    assert {len(starts[i]) for i in found} == {4, 7, 10}  # year, month and day dates
    descending = [row["id"] for row in repository.rows(
        repository.ids_for(parse_query("year:1989", descending=True)))]
    assert descending == list(reversed(found))


def test_people_ranges_and_unknown(repository: Repository) -> None:
    large = ids(repository, "people:>=1000")
    assert set(large) == {i for (i,) in query_bundled(
        "SELECT id FROM incidents WHERE people_count >= 1000")}
    assert "1980-04-01-havana-peru-embassy" in large  # 10,000 and more in the Peruvian embassy
    unknown = ids(repository, "people:unknown")
    assert "2009-09-21-tegucigalpa-brazil-embassy" in unknown
    assert "1954-06-guatemala-city-argentina-embassy" in unknown  # "hundreds" is no number
    assert not set(unknown) & set(large)
    # Excluding large groups keeps the incident whose count is unknown.
    assert "2009-09-21-tegucigalpa-brazil-embassy" in ids(repository, "-people:>=1000")


def test_ticking_china_keeps_other_countries_countable(repository: Repository) -> None:
    host = next(f for f in facets_for(repository, parse_query("host:china")) if f.name == "host")
    labels = {value.label: value.count for value in host.values}
    assert labels["China"] == count_bundled("host_country = 'CN'")
    assert labels["Cuba"] == count_bundled("host_country = 'CU'") > 0
    assert labels["Vietnam"] == count_bundled("host_country = 'VN'") > 0
    assert sum(labels.values()) == count_bundled()
    assert host.selected == ("host:china",)


def test_facet_counts_follow_the_other_filters(repository: Repository) -> None:
    spec = parse_query("host:china year:2002")
    by_name = {facet.name: facet for facet in facets_for(repository, spec)}
    assert sum(v.count for v in by_name["type"].values) == repository.count(spec)
    years = {v.label: v.count for v in by_name["year"].values}
    assert years["2002"] == repository.count(spec)
    assert years["2004"] == repository.count(parse_query("host:china year:2004"))


@pytest.mark.parametrize("facet", [f.name for f in FACETS])
def test_every_facet_adds_up_to_the_total_with_its_unknown_bucket(
        repository: Repository, facet: str) -> None:
    definition = next(f for f in FACETS if f.name == facet)
    for query in ("", "embassy", "host:china -school", "year:2002 type:school"):
        spec = parse_query(query)
        counts = repository.facet(definition, spec)
        # A facet is counted without its own selection (so ticking one value hides no other).
        others = QuerySpec(tuple(c for c in spec.clauses
                                 if not all(t.field == definition.field for t in c)))
        assert sum(v.count for v in counts.values) == repository.count(others)


def test_unknown_outcome_is_a_facet_value_that_selects_nulls(repository: Repository) -> None:
    outcome = next(f for f in facets_for(repository, parse_query("")) if f.name == "outcome")
    unknown = [v for v in outcome.values if v.key is None]
    assert len(unknown) == 1 and unknown[0].label == "unknown"
    assert unknown[0].token == "outcome:unknown"
    assert len(ids(repository, unknown[0].token)) == unknown[0].count


def test_facet_tokens_select_exactly_their_count(repository: Repository) -> None:
    for facet in facets_for(repository, parse_query("")):
        for value in facet.values:
            assert repository.count(parse_query(value.token)) == value.count, value.token


def test_map_points_cover_every_match_with_their_precision(repository: Repository) -> None:
    points = repository.map_points(parse_query("shenyang"))
    assert [p.id for p in points] == ids(repository, "shenyang")
    by_id = {p.id: p for p in points}
    assert by_id["2002-05-08-shenyang-us-consulate"].location_precision == "mission"
    assert by_id["2002-05-08-shenyang-japan-consulate"].location_precision == "city"
    assert by_id["2002-05-08-shenyang-japan-consulate"].date_label == "8 May 2002"
    assert len(repository.map_points(parse_query(""))) == count_bundled()  # every one placed


def test_timeline_counts_by_year_and_by_month(repository: Repository) -> None:
    years = {b.period: b.count for b in repository.timeline(parse_query(""), "year")}
    assert years["2002"] == repository.count(parse_query("year:2002"))
    assert sum(years.values()) == count_bundled()
    months = repository.timeline(parse_query("year:1984"), "month")
    bins: dict[str, list[int]] = {}  # a date known only to its year: imprecise, in its year
    for (start,) in query_bundled("SELECT date_start FROM incidents WHERE year = 1984"):
        bins.setdefault(start[:7], [0, 0])[1 if len(start) == 4 else 0] += 1
    expected = [(period, *bins[period]) for period in sorted(bins)]
    assert ("1984", 0, 1) in expected and len(expected) > 2  # both kinds of bin
    assert [(b.period, b.count, b.imprecise) for b in months] == expected


def test_an_incident_comes_with_its_sources_and_disputes(repository: Repository) -> None:
    incident = repository.incident("2002-05-08-shenyang-japan-consulate")
    record = bundled_record("2002-05-08-shenyang-japan-consulate")  # as the fact check left it
    assert incident is not None
    assert incident.people_count == record["people_count"]
    assert "two men reached the visa section" in (incident.people_note or "")
    assert incident.people_note == record["people_note"]
    assert incident.host_response == record["host_response"]
    topics = {dispute.topic for dispute in incident.disputes}
    assert topics == {dispute["topic"] for dispute in record["disputes"]}
    assert "whether the police entry had consent" in topics
    claims = {(d["topic"], d["claim"]) for d in record["disputes"]}
    assert {(d.topic, d.claim) for d in incident.disputes} == claims and len(claims) > 1
    assert len(incident.disputes) == sum(len(d["sources"]) for d in record["disputes"])
    assert all(d.source is not None and d.source in incident.sources for d in incident.disputes)
    assert len(incident.sources) >= 8


def test_a_missing_incident_is_none(repository: Repository) -> None:
    assert repository.incident("no-such-incident") is None


def test_an_incident_reads_the_same_by_seq_and_by_id_and_holds_its_row(
        repository: Repository) -> None:
    import sqlite3
    from contextlib import closing

    from asylum_browser.paths import bundled_db_path

    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        db.row_factory = sqlite3.Row
        rows = db.execute("SELECT * FROM incidents WHERE id IN (?, ?)",
                          ["2002-05-08-shenyang-japan-consulate",
                           "1956-11-04-budapest-us-legation"]).fetchall()
        mission_of = {r["id"]: r for r in db.execute("SELECT * FROM missions")}
    assert len(rows) == 2
    for row in rows:
        by_id, by_seq = repository.incident(row["id"]), repository.incident(row["seq"])
        assert by_id is not None and by_id == by_seq
        for name in ("title", "summary", "date_start", "date_end", "outcome_date", "city",
                     "host_country", "latitude", "longitude", "location_precision",
                     "seekers_nationality", "people_count", "people_note", "entry_method",
                     "host_response", "outcome", "outcome_class", "transit", "destination",
                     "confidence"):
            assert getattr(by_id, name) == row[name], name
        assert by_id.host_country_name == repository.label("country", row["host_country"])
        assert by_id.outcome_class_label == repository.label("outcome_class",
                                                             row["outcome_class"])
        assert by_id.mission is not None
        mission = mission_of[row["mission_id"]]
        assert (by_id.mission.id, by_id.mission.name, by_id.mission.type,
                by_id.mission.sending_state) == (mission["id"], mission["name"],
                                                 mission["type"], mission["sending_state"])
    assert repository.incident(10**9) is None
