"""Family 2: hostile search input. Ten thousand strings through the parser, the SQL builder
and real queries on both answer paths; a hypothesis run on top; and the same corpus typed
into the window's search box. Nothing may raise but QuerySyntaxError, and no user text may
reach SQLite except as a bound parameter or a quoted FTS5 phrase."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.engine.sql import where_for
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.core.query.parser import QuerySyntaxError, parse_query
from tests.gui.conftest import open_window, wait_for_query
from tests.reliability.hostile import corpus

pytestmark = pytest.mark.reliability("hostile-search")
CORPUS = corpus()
CONSTANT_LITERALS = re.compile(r"ESCAPE '\\'")  # the only literal our SQL builder writes


def check_sql(spec: QuerySpec) -> None:
    """User text never becomes SQL: no literals but our own, one parameter per placeholder."""
    sql, params = where_for(spec)
    bare = CONSTANT_LITERALS.sub("", sql)
    assert "'" not in bare and '"' not in bare, sql
    assert bare.count("?") == len(params), sql
    for facet in ("host", "type", "outcome"):
        skipped_sql, skipped_params = where_for(spec, skip_fields=[facet])
        assert CONSTANT_LITERALS.sub("", skipped_sql).count("?") == len(skipped_params)


def parse_generated(texts: st.SearchStrategy[str], examples: int,
                    record_property: Callable[[str, object], None]) -> None:
    """Hypothesis texts through the parser and, when they parse, the SQL builder."""
    tried = []

    @settings(max_examples=examples, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(texts)
    def check(text: str) -> None:
        tried.append(text)
        spec = parse_or_refuse(text)
        if spec is not None:
            check_sql(spec)

    check()
    record_property("cases", len(tried))


def parse_or_refuse(text: str) -> QuerySpec | None:
    try:
        return parse_query(text)
    except QuerySyntaxError as error:
        assert error.message and "Traceback" not in error.message
        assert 1 <= error.column <= len(text) + 1
        return None


def test_ten_thousand_hostile_strings_through_parser_builder_and_both_answer_paths(
        record_property: Callable[[str, object], None]) -> None:
    columnar = Repository(open_database())
    columnar.attach_columnar()
    plain = Repository(open_database())  # the SQL path
    refused = worst_ms = 0.0
    worst = ""
    for index, text in enumerate(CORPUS):
        started = time.perf_counter()
        spec = parse_or_refuse(text)
        if spec is None:
            refused += 1
            continue
        check_sql(spec)
        fast = columnar.answer(spec)  # words through FTS5, the rest as numpy masks
        if index % 10 == 0 or len(text) > 10_000:  # the SQL path is slower; every tenth
            assert plain.ids_for(spec) == fast[0], text[:80]
        elapsed = (time.perf_counter() - started) * 1000
        if elapsed > worst_ms:
            worst_ms, worst = elapsed, text
    assert len(CORPUS) == 10_000 and 0 < refused < len(CORPUS)
    record_property("cases", len(CORPUS))
    record_property("score", worst_ms / 1000)
    record_property("worst", f"slowest: {worst[:40]!r}{'…' if len(worst) > 40 else ''} "
                             f"({len(worst):,} characters) answered in {worst_ms:.0f} ms")


def test_any_unicode_text_parses_or_is_refused_cleanly(
        record_property: Callable[[str, object], None]) -> None:
    parse_generated(st.text(max_size=200), 3000, record_property)


FRAGMENTS = ["host:", "year:", "date:", "people:", "within:", '"', "(", ")", "-", "OR", "NEAR(",
             "*", "北", "..", ",", "1980", "x", ":", "'", "\x00", " "]


def test_field_syntax_fragments_parse_or_are_refused_cleanly(
        record_property: Callable[[str, object], None]) -> None:
    parse_generated(st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join), 2000,
                    record_property)


def test_the_corpus_typed_into_the_search_box_keeps_the_window_working(
        qtbot: QtBot, tmp_path: object, record_property: Callable[[str, object], None]) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    window = open_window(qtbot, tmp_path / "settings.json")
    box = window.search_box
    failed = 0
    for index, text in enumerate(CORPUS):
        box.edit.setText(text)
        box.apply()
        if box.is_invalid:
            failed += 1
            assert box.edit.toolTip()  # the message is shown where the user typed
        if index % 200 == 0:
            QCoreApplication.processEvents()
    assert failed > 0
    # Still responsive and right afterwards: a last bad query is shown, then a good one runs.
    box.edit.setText('host:"china')
    box.apply()
    assert box.is_invalid and "quote" in box.edit.toolTip().lower()
    box.edit.setText("shenyang")
    box.apply()
    wait_for_query(qtbot, window, "shenyang")
    assert window.table.model().rowCount() == 4 and not box.is_invalid
    record_property("cases", len(CORPUS))
    record_property("worst", f"{failed:,} of {len(CORPUS):,} strings refused with a message "
                             "in the search box; the window answered the next query")
