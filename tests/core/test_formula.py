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
    assert set(FORMULA_TRIGGERS) == {"=", "+", "-", "@", "\t", "\r"}
    for trigger in FORMULA_TRIGGERS:
        assert sqlite_escape(trigger + "SUM(A1)") == escape_formula(trigger + "SUM(A1)") == (
            "'" + trigger + "SUM(A1)")
    for harmless in ("SUM", " =1", "", "\n=1", "'=1", "＝1"):
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
