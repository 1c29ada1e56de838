"""Facet clicks and chips edit the query text itself, keeping what the user typed."""

from __future__ import annotations

import pytest

from asylum_browser.core.query.editing import chips, remove_token, set_field, toggle_token
from asylum_browser.core.query.parser import parse_query


@pytest.mark.parametrize(("query", "token", "exclude", "result"), [
    ("", "host:China", False, "host:China"),
    ("shenyang", "host:China", False, "shenyang host:China"),
    ("shenyang host:china", "host:China", False, "shenyang"),  # second click removes
    ("shenyang host:china", "host:China", True, "shenyang -host:China"),  # flips to exclude
    ("shenyang -host:china", "host:China", True, "shenyang"),
    ("shenyang -host:china", "host:China", False, "shenyang host:China"),
    ('mission:"South Korea" x', 'mission:"south korea"', False, "x"),
    ("canada OR germany host:china", "host:China", False, "canada OR germany"),
    ("host:china OR host:cuba", "host:Cuba", False, "host:china"),
])
def test_toggling_a_facet_value(query: str, token: str, exclude: bool, result: str) -> None:
    assert toggle_token(query, token, exclude) == result
    parse_query(result)  # always still valid


def test_a_range_control_replaces_its_field() -> None:
    assert set_field("a date:2002 b date:>2004", "date", "2002-05..2002-06") == (
        "a b date:2002-05..2002-06")
    assert set_field("people:>=3 embassy", "people", None) == "embassy"


def test_removing_a_term_takes_its_or_and_not_with_it() -> None:
    assert remove_token("canada OR germany school", 0) == "germany school"
    assert remove_token("canada OR germany school", 2) == "canada school"
    assert remove_token("NOT school embassy", 0) == "embassy"  # NOT belongs to its term


def test_chips_label_each_term_and_remove_it() -> None:
    found = [(chip.label, chip.without) for chip in chips("shenyang -host:china year:2002")]
    assert found == [("“shenyang”", "-host:china year:2002"),
                     ("not host country: china", "shenyang year:2002"),
                     ("year: 2002", "shenyang -host:china")]


@pytest.mark.parametrize("spelling", ["-host:china", "NOT host:china"])
@pytest.mark.parametrize(("exclude", "result"), [
    (True, "x"),  # "leave out" on a value left out: include it again, i.e. drop the exclusion
    (False, "x host:China"),  # "show only" on a value left out: flip it to included
])
def test_both_spellings_of_exclusion_toggle_alike(spelling: str, exclude: bool,
                                                  result: str) -> None:
    assert toggle_token(f"x {spelling}", "host:China", exclude) == result


def test_not_and_minus_parse_to_the_same_query() -> None:
    for pair in (("-host:china", "NOT host:china"), ("-school", "NOT school"),
                 ('-"scaled the wall"', 'NOT "scaled the wall"'), ("-year:2002", "NOT year:2002"),
                 ("a OR -b", "a OR NOT b"), ("NOT -host:china", "host:china")):
        assert parse_query(pair[0]).clauses == parse_query(pair[1]).clauses, pair


def test_a_chip_for_a_not_term_removes_the_not_too() -> None:
    [chip] = chips("NOT host:china")
    assert chip.label == "not host country: china" and chip.without == ""
