"""Pin the exact SQL and parameters built from search strings: user text is only ever a
bound parameter or a quoted FTS5 string."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from asylum_browser.core.engine.sql import fts_phrase, order_by, where_for
from asylum_browser.core.query.parser import parse_query

FTS = "incidents.seq IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?)"
TRIGRAM = ("incidents.seq IN (SELECT rowid FROM incidents_trigram WHERE incidents_trigram "
           "MATCH ?)")
LIKE = ("incidents.seq IN (SELECT rowid FROM incidents_trigram WHERE rowid IN (SELECT rowid "
        "FROM incidents_cjk WHERE incidents_cjk MATCH ?) AND "
        "asylum_holds_any(CAST(body AS BLOB), ?))")
GRAMS = "incidents.seq IN (SELECT rowid FROM incidents_cjk WHERE incidents_cjk MATCH ?)"


def names(column: str) -> str:
    return (f"{column} IN (SELECT code FROM names WHERE vocabulary = ? AND "
            "(name_norm = ? OR (name_norm LIKE ? ESCAPE '\\' AND NOT EXISTS "
            "(SELECT 1 FROM names WHERE vocabulary = ? AND name_norm = ?))))")


CODES = names("").removeprefix(" IN (").removesuffix(")")  # the SELECT of one value's codes


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(("query", "sql", "params"), [
    ("", "1", []),
    ("shenyang", FTS, ['"shenyang"']),
    ("consul*", FTS, ['"consul" *']),
    ('"scaled the wall"', FTS, ['"scaled the wall"']),
    ('embassy"OR"', f"{FTS} AND {FTS}", ['"embassy"', '"OR"']),
    ("NEAR(a", FTS, ['"NEAR(a"']),
    # Every excluded word together is one lookup, and an OR of words one FTS query
    ("-school", FTS.replace(" IN ", " NOT IN "), ['"school"']),
    ("-school embassy -wall", f"{FTS} AND {FTS.replace(' IN ', ' NOT IN ')}",
     ['"embassy"', '"school" OR "wall"']),
    ("canada OR germany", FTS, ['"canada" OR "germany"']),
    ("canada OR consul* OR canada", FTS, ['"canada" OR "consul" *']),
    # Short mixed-script terms sharing their CJK characters read those rows once
    ("-瀋b -陽a -瀋a", LIKE.replace(" IN ", " NOT IN ", 1),
     ['("瀋") OR ("陽")', '["瀋a", "瀋b", "陽a"]']),
    ("-瀋陽 -north", FTS.replace(" IN ", " NOT IN ").replace(
        ")", f" UNION ALL {GRAMS.removeprefix('incidents.seq IN (')}"),
     ['"north"', '"瀋陽"']),
    ("瀋陽", GRAMS, ['"瀋陽"']),
    ("북", GRAMS, ['"북"']),
    # mixed scripts: not a gram, so the rows holding 瀋 (the gram index) are read with LIKE
    ("瀋a", LIKE, ['("瀋")', '["瀋a"]']),
    ("沈阳市", TRIGRAM, ['"沈阳市"']),
    ("100%_done", FTS, ['"100%_done"']),
    ("host:Perú", names("incidents.host_country"),
     ["country", "peru", "peru %", "country", "peru"]),
    ('nationality:"North  Korea"', names("incidents.seekers_nationality"),
     ["country", "north korea", "north korea %", "country", "north korea"]),
    ("type:school", names("incidents.mission_type"),
     ["mission_type", "school", "school %", "mission_type", "school"]),
    ("city:a%b_c", names("incidents.city"), ["city", "a%b_c", "a\\%b\\_c %", "city", "a%b_c"]),
    ("host:unknown", "incidents.host_country IS NULL", []),
    ("-host:china", f"NOT COALESCE({names('incidents.host_country')}, 0)",
     ["country", "china", "china %", "country", "china"]),
    # values of one named field: one set of codes
    ("host:china host:cuba",
     f"incidents.host_country IN ({CODES} UNION ALL {CODES})",
     ["country", "china", "china %", "country", "china",
      "country", "cuba", "cuba %", "country", "cuba"]),
    ("year:2002", "(incidents.date_start_lo >= ? AND incidents.date_start_hi <= ?)",
     [day("2002-01-01"), day("2002-12-31")]),
    ("date:2002-05..2002-06", "(incidents.date_start_lo >= ? AND incidents.date_start_hi <= ?)",
     [day("2002-05-01"), day("2002-06-30")]),
    ("people:>=10", "(incidents.people_count >= ?)", [10]),
    ("-people:>=10", "NOT COALESCE((incidents.people_count >= ?), 0)", [10]),
    ("people:unknown", "incidents.people_count IS NULL", []),
    ("id:x'; DROP TABLE incidents; --", f"incidents.id = ? AND {FTS} AND {FTS} AND {FTS}",
     ["x';", '"DROP"', '"TABLE"', '"incidents;"']),
])
def test_search_strings_become_pinned_sql(query: str, sql: str, params: list[object]) -> None:
    assert where_for(parse_query(query)) == (sql, params)


def test_facet_counts_skip_their_own_clause_only() -> None:
    spec = parse_query("host:china year:2002 embassy")
    sql, params = where_for(spec, skip_fields=["host"])
    assert "host_country" not in sql
    assert "date_start_lo" in sql and FTS in sql
    assert params == [day("2002-01-01"), day("2002-12-31"), '"embassy"']


def test_an_or_across_fields_is_not_skipped_by_either_facet() -> None:
    sql, _params = where_for(parse_query("host:china OR city:havana"), skip_fields=["host"])
    assert "host_country" in sql and "incidents.city" in sql


@pytest.mark.parametrize(("text", "quoted"), [
    ("plain", '"plain"'),
    ('say "hi"', '"say ""hi"""'),
    ("title:x", '"title:x"'),
    ("a OR b", '"a OR b"'),
])
def test_fts_strings_are_always_one_quoted_phrase(text: str, quoted: str) -> None:
    assert fts_phrase(text) == quoted


@pytest.mark.parametrize(("sort", "descending", "expected"), [
    ("date", False, "incidents.date_start_lo ASC NULLS LAST, incidents.date_start_hi ASC, "
                    "incidents.id ASC"),
    ("people_count", True, "incidents.people_count DESC NULLS LAST, incidents.id DESC"),
    ("title; DROP TABLE incidents", False,
     "incidents.date_start_lo ASC NULLS LAST, incidents.date_start_hi ASC, incidents.id ASC"),
])
def test_sort_keys_come_from_the_allowed_list(sort: str, descending: bool,
                                              expected: str) -> None:
    assert order_by(parse_query("", sort=sort, descending=descending)) == expected


@pytest.mark.parametrize(("query", "sql", "params"), [
    ("within:30,100,50,135",
     "(incidents.latitude BETWEEN ? AND ? AND incidents.longitude BETWEEN ? AND ?)",
     [30.0, 50.0, 100.0, 135.0]),  # south,west,north,east -> south, north, west, east
    ("within:-60,170,60,-170",  # west east of east: across the 180° meridian
     "(incidents.latitude BETWEEN ? AND ? AND "
     "(incidents.longitude >= ? OR incidents.longitude <= ?))", [-60.0, 60.0, 170.0, -170.0]),
    ("within:30,100,50,100",  # west equal to east: a strip of one meridian, not the globe
     "(incidents.latitude BETWEEN ? AND ? AND incidents.longitude BETWEEN ? AND ?)",
     [30.0, 50.0, 100.0, 100.0]),
    ("people:<3", "(incidents.people_count <= ?)", [2]),
    ("people:10..20", "(incidents.people_count >= ? AND incidents.people_count <= ?)", [10, 20]),
    # tag:, flag:, note: and theme: unresolved (no workspace, no themes) match nothing
    ("tag:x", "0", []), ("flag:yes", "0", []), ("note:abc", "0", []),
    ("theme:long-stay", "0", []),
    # no CJK prefix index: the rows holding each character (the gram index), then LIKE
    ("瀋陽*", LIKE, ['("瀋" "陽")', '["瀋陽"]']),
    ("沈阳市*", LIKE, ['("市" "沈" "阳")', '["沈阳市"]']),
    ("city:a\\b", names("incidents.city"), ["city", "a\\b", "a\\\\b %", "city", "a\\b"]),
])
def test_boxes_bounds_unresolved_fields_and_cjk_prefixes(query: str, sql: str,
                                                        params: list[object]) -> None:
    assert where_for(parse_query(query)) == (sql, params)


def test_id_terms_list_their_ids_in_order_and_none_matches_nothing() -> None:
    from asylum_browser.core.model.fields import TermKind
    from asylum_browser.core.model.values import QuerySpec, Term

    ids = Term(TermKind.IDS, "tag:x", "tag", ids=frozenset({"b-2", "a-1", "c-3"}))
    assert where_for(QuerySpec(((ids,),))) == ("incidents.id IN (?, ?, ?)", ["a-1", "b-2", "c-3"])
    none = Term(TermKind.IDS, "tag:y", "tag", negated=True, ids=frozenset())
    assert where_for(QuerySpec(((none,),))) == ("NOT COALESCE(0, 0)", [])


def test_skipping_a_field_keeps_every_clause_when_none_is_its_own() -> None:
    spec = parse_query("embassy year:2002")
    assert where_for(spec, skip_fields=["host"]) == where_for(spec)
    assert where_for(spec, skip_fields=[]) == where_for(spec)
    assert where_for(parse_query("host:china"), skip_fields=["host"]) == ("1", [])


ALPHABET = "aAbBzZéÉßẞ瀋陽북한%_\\ '\"\n"


@settings(max_examples=300, deadline=None)
@given(st.text(ALPHABET, max_size=12), st.lists(st.text(ALPHABET, min_size=1, max_size=4),
                                                min_size=1, max_size=8))
def test_the_mixed_terms_pattern_finds_letters_in_either_case(body: str,
                                                              texts: list[str]) -> None:
    """Short mixed-script terms are found by one pattern for all of them instead of one LIKE
    each: it must say what a plain search in lower case says, for every letter and not only
    ASCII ("ōsaka総領事" finds "Ōsaka総領事館", as the word search and the reference do),
    with wildcards and the escape taken literally."""
    import json

    from asylum_browser.core.engine.sql import holds_any

    expected = any(text.lower() in body.lower() for text in texts)
    assert holds_any(body.encode(), json.dumps(texts, ensure_ascii=False)) == expected
    assert holds_any(None, json.dumps(texts)) == 0
    assert holds_any("Ōsaka総領事館".encode(), json.dumps(["ōsaka総領事"],
                                                      ensure_ascii=False)) == 1
