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
    assert remove_token("NOT school embassy", 1) == "embassy"


def test_chips_label_each_term_and_remove_it() -> None:
    found = [(chip.label, chip.without) for chip in chips("shenyang -host:china year:2002")]
    assert found == [("“shenyang”", "-host:china year:2002"),
                     ("not host country: china", "shenyang year:2002"),
                     ("year: 2002", "shenyang -host:china")]
