"""The spreadsheet-formula rule is one rule: Python's escape and SQLite's agree on every text."""

from __future__ import annotations

import sqlite3

from hypothesis import given, settings
from hypothesis import strategies as st

from asylum_browser.core.model.formula import (
    FORMULA_TRIGGERS,
    escape_formula,
    escaped_sql,
    starts_formula_sql,
)

CONNECTION = sqlite3.connect(":memory:")


def sqlite_escape(value: object) -> object:
    return CONNECTION.execute(f"SELECT {escaped_sql('?1')}", [value]).fetchone()[0]


def test_each_trigger_is_escaped_and_its_neighbours_are_not() -> None:
    assert set(FORMULA_TRIGGERS) == {"=", "+", "-", "@", "\t", "\r", "'"}
    for trigger in FORMULA_TRIGGERS:
        assert sqlite_escape(trigger + "SUM(A1)") == escape_formula(trigger + "SUM(A1)") == (
            "'" + trigger + "SUM(A1)")
    for harmless in ("SUM", " =1", "", "\n=1", "a'", "＝1", "\u2019=1"):
        assert sqlite_escape(harmless) == escape_formula(harmless) == harmless


def test_numbers_and_unknowns_are_never_escaped_by_sqlite() -> None:
    assert sqlite_escape(-5) == -5 and sqlite_escape(None) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=6))
def test_python_and_sqlite_escape_alike(text: str) -> None:
    if "\x00" in text:  # SQLite's text functions stop at NUL; the export routes it to Python
        return
    assert sqlite_escape(text) == escape_formula(text)
    starts = CONNECTION.execute(f"SELECT {starts_formula_sql('?1')}", [text]).fetchone()[0]
    assert bool(starts) == text.startswith(FORMULA_TRIGGERS)


def unescape(text: str) -> str:
    """What a reader does to undo the export: one leading apostrophe off every cell that has
    one (docs/cli.md, "Export guarantees")."""
    return text[1:] if text.startswith("'") else text


def test_a_cell_that_already_starts_with_an_apostrophe_gets_one_more() -> None:
    for text in ("'=1", "'tis", "'", "''"):
        assert sqlite_escape(text) == escape_formula(text) == "'" + text
        assert unescape(escape_formula(text)) == text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(["'", "=", "+", "a", " ", "\t"]), max_size=5)
       | st.text(max_size=6))
def test_removing_one_leading_apostrophe_gives_back_the_exact_text(text: str) -> None:
    assert unescape(escape_formula(text)) == text
    if "\x00" not in text:
        assert unescape(sqlite_escape(text)) == text
