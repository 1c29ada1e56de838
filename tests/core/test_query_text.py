"""Facet clicks and chips edit the query text itself, keeping what the user typed."""

from __future__ import annotations

import pytest

from asylum_browser.core.model.fields import TermKind
from asylum_browser.core.model.values import Term
from asylum_browser.core.query.editing import (
    chips,
    quote_value,
    remove_token,
    set_field,
    term_token,
    toggle_token,
)
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


@pytest.mark.parametrize(("query", "token", "exclude", "result"), [
    ("x", "host:China", None, "x host:China"),  # a plain click shows only, by default
    ("x", "host:China", True, "x -host:China"),  # "leave out" on a new value adds it negated
    ("x", "-host:China", False, "x host:China"),  # the token's own sign never decides
    ("x", "-host:China", True, "x -host:China"),
    ("x host:china", "-host:China", True, "x -host:China"),
    ("x -host:china", "-host:China", False, "x host:China"),
    ("shenyang  ", "host:China", False, "shenyang host:China"),  # trailing spaces go
])
def test_toggling_with_either_sign_on_the_token(query: str, token: str, exclude: bool | None,
                                                result: str) -> None:
    if exclude is None:
        assert toggle_token(query, token) == result
    else:
        assert toggle_token(query, token, exclude) == result


def test_a_range_control_adds_its_value_after_the_text_without_its_spaces() -> None:
    assert set_field("embassy  ", "people", ">=3") == "embassy people:>=3"


@pytest.mark.parametrize(("field", "value", "negated", "token"), [
    ("host", "China", False, "host:China"),
    ("host", "China", True, "-host:China"),
    ("nationality", "North Korea", False, 'nationality:"North Korea"'),
    ("type", "consulate_general", False, "type:consulate_general"),
    ("city", "St. John's", False, 'city:"St. John\'s"'),  # a space needs quotes
    ("host", "Côte d'Ivoire", False, 'host:"Côte d\'Ivoire"'),
    ("sending", 'the "Holy" See', True, '-sending:"the Holy See"'),  # quotes cannot nest
    ("id", "2002-05-08-shenyang-japan-consulate", False,
     "id:2002-05-08-shenyang-japan-consulate"),
])
def test_a_sidebar_value_becomes_a_token(field: str, value: str, negated: bool,
                                         token: str) -> None:
    assert term_token(field, value, negated) == token
    assert quote_value(value) == token.split(":", 1)[1]


def test_a_chip_carries_the_term_it_removes() -> None:
    [chip] = chips("-host:china")
    assert chip.term == Term(TermKind.FIELD, "china", "host", negated=True)


def test_accepting_a_did_you_mean_rewrites_only_that_value() -> None:
    from asylum_browser.core.query.editing import replace_value

    assert replace_value("embassy host:chian 2002", "host", "chian", "China") == (
        "embassy host:China 2002")
    assert replace_value('x city:"new yrok"', "city", "new yrok", "New York") == (
        'x city:"New York"')
    assert replace_value("sending:chian", "host", "chian", "China") == "sending:chian"
