"""Searching and filtering, from the user's side."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from asylum_browser.paths import bundled_db_path
from tests.conftest import count_bundled
from tests.gui.conftest import run_query, table_ids, wait_for_query


def test_typing_a_query_filters_the_table_and_the_counts(qtbot: QtBot,
                                                         window: MainWindow) -> None:
    total = count_bundled()
    assert window.table.model().rowCount() == total
    qtbot.keyClicks(window.search_box.edit, "shenyang")
    wait_for_query(qtbot, window, "shenyang")  # debounced: arrives without pressing Enter
    assert table_ids(window) == ["2002-05-08-shenyang-japan-consulate",
                                 "2002-05-08-shenyang-us-consulate",
                                 "2006-05-shenyang-us-consulate",
                                 "2006-shenyang-us-consulate-teens"]
    assert window.count_label.text() == f"4 of {total} incidents"
    city = window.sidebar.sections["city"]
    assert city.row("Shenyang").count_label.text() == "4"
    assert f"Showing 4 of {total} incidents where the text contains “shenyang”" in (
        window.sidebar.summary.text())


def test_cjk_typed_through_an_input_method_finds_incidents(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    window.search_box.edit.setFocus()
    event = QInputMethodEvent()
    event.setCommitString("瀋陽")
    QApplication.sendEvent(window.search_box.edit, event)
    assert window.search_box.edit.text() == "瀋陽"
    qtbot.keyClick(window.search_box.edit, Qt.Key.Key_Return)
    wait_for_query(qtbot, window, "瀋陽")
    assert len(table_ids(window)) == 4


def test_a_bad_query_keeps_the_old_results_and_shows_the_message(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    qtbot.keyClicks(window.search_box.edit, ' "unclosed')
    qtbot.keyClick(window.search_box.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search_box.is_invalid)
    assert "never closed" in window.search_box.edit.toolTip()
    assert "never closed" in window.statusBar().currentMessage()
    assert len(table_ids(window)) == 4 and window.count_label.text() == (
        f"4 of {count_bundled()} incidents")
    qtbot.keyClick(window.search_box.edit, Qt.Key.Key_Backspace)  # still broken
    window.search_box.edit.setText("shenyang 2006")
    window.search_box.apply()
    wait_for_query(qtbot, window, "shenyang 2006")
    assert not window.search_box.is_invalid and window.search_box.edit.toolTip() == ""


def click_value(qtbot: QtBot, window: MainWindow, facet: str, label: str,
                control: bool = False) -> None:
    row = window.sidebar.sections[facet].row(label)
    modifier = Qt.KeyboardModifier.ControlModifier if control else (
        Qt.KeyboardModifier.NoModifier)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, modifier, QPoint(10, 5))


def host_counts(window: MainWindow) -> dict[str, int]:
    return {row.value.label: row.value.count for row in window.sidebar.sections["host"].rows()}


def test_ticking_china_narrows_the_table_and_keeps_other_countries_countable(
        qtbot: QtBot, window: MainWindow) -> None:
    click_value(qtbot, window, "host", "China")
    wait_for_query(qtbot, window, "host:China")
    assert window.search_box.edit.text() == "host:China"
    china = count_bundled("host_country = 'CN'")
    assert len(table_ids(window)) == china
    counts = host_counts(window)
    # Other countries keep their own counts, as if China were not ticked.
    assert counts["China"] == china
    assert counts["Cuba"] == count_bundled("host_country = 'CU'") > 1
    assert counts["Chile"] == count_bundled("host_country = 'CL'") > 1
    assert window.sidebar.sections["host"].row("China").state == "included"
    # A second facet narrows further; a second click removes the value again.
    click_value(qtbot, window, "type", "School")
    wait_for_query(qtbot, window, "host:China type:school")
    assert len(table_ids(window)) == count_bundled(
        "host_country = 'CN' AND mission_type = 'school'") > 1
    click_value(qtbot, window, "host", "China")
    wait_for_query(qtbot, window, "type:school")


def test_ctrl_click_excludes_a_value(qtbot: QtBot, window: MainWindow) -> None:
    click_value(qtbot, window, "host", "China", control=True)
    wait_for_query(qtbot, window, "-host:China")
    assert len(table_ids(window)) == count_bundled("host_country IS NOT 'CN'")
    assert window.sidebar.sections["host"].row("China").state == "excluded"
    assert window.sidebar.sections["host"].row("China").name_label.font().strikeOut()


def test_chips_remove_filters_and_clear_all_resets(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "embassy host:china year:2002")
    chips = window.sidebar.chip_buttons()
    assert [c.text() for c in chips] == ["“embassy”  ✕", "host country: china  ✕",
                                         "year: 2002  ✕"]
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)
    wait_for_query(qtbot, window, "embassy year:2002")
    qtbot.mouseClick(window.sidebar.clear_all, Qt.MouseButton.LeftButton)
    wait_for_query(qtbot, window, "")
    assert window.table.model().rowCount() == count_bundled()
    assert not window.sidebar.chip_buttons()


def test_long_facets_show_the_top_values_with_show_all_and_find(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    city = window.sidebar.sections["city"]
    with closing(sqlite3.connect(bundled_db_path())) as db:
        cities = db.execute("SELECT count(DISTINCT city) FROM incidents").fetchone()[0]
    assert cities > 8
    assert len(city.rows()) == 8 and city.more.text() == f"Show all ({cities})"
    qtbot.mouseClick(city.more, Qt.MouseButton.LeftButton)
    assert len(city.rows()) == cities
    qtbot.keyClicks(city.find_edit, "han")
    assert sorted(r.value.label for r in city.rows()) == ["Hanoi", "Johannesburg", "Shanghai"]


def test_every_facet_has_an_unknown_entry_where_values_are_unknown(window: MainWindow) -> None:
    outcome = window.sidebar.sections["outcome"]
    unknown = outcome.row("unknown")
    assert unknown.value.count == count_bundled("outcome_class IS NULL") > 0
    assert unknown.name_label.font().italic()


def test_range_controls_write_range_tokens(qtbot: QtBot, window: MainWindow) -> None:
    ranges = window.sidebar.ranges
    ranges.date_from.setText("2002-05")
    ranges.date_to.setText("2002-06")
    qtbot.mouseClick(ranges.date_apply, Qt.MouseButton.LeftButton)
    wait_for_query(qtbot, window, "date:2002-05..2002-06")
    # Every bundled date in those months is a day or a month, so plain text order decides.
    assert len(table_ids(window)) == count_bundled(
        "date_start >= '2002-05' AND date_start < '2002-07'")
    ranges.people_min.setValue(3)
    qtbot.mouseClick(ranges.people_apply, Qt.MouseButton.LeftButton)
    wait_for_query(qtbot, window, "date:2002-05..2002-06 people:>=3")
    ranges.date_from.setText("2002-13")
    qtbot.mouseClick(ranges.date_apply, Qt.MouseButton.LeftButton)
    assert ranges.message.isVisible() and "not a real date" in ranges.message.text()
    assert window.state.query == "date:2002-05..2002-06 people:>=3"


def test_ctrl_f_focuses_the_search_and_esc_clears_it(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.edit.hasFocus()
    qtbot.keyClick(window.search_box.edit, Qt.Key.Key_Escape)
    wait_for_query(qtbot, window, "")
    assert window.search_box.edit.text() == ""


def test_the_help_button_opens_a_cheat_sheet_whose_examples_run(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    dialog = window.search_box.show_help()
    qtbot.addWidget(dialog)
    assert "Search syntax" in dialog.browser.toPlainText()
    from PySide6.QtCore import QUrl

    dialog.browser.anchorClicked.emit(QUrl("example:people%3A%3E%3D10"))
    wait_for_query(qtbot, window, "people:>=10")
    assert window.search_box.edit.text() == "people:>=10"


def test_the_sidebar_updates_one_section_per_turn_those_in_view_first(
        qtbot: QtBot, window: MainWindow) -> None:
    """Updating every section in view in the results' own turn held the GUI thread for up to
    35 ms; one section a turn keeps each turn short."""
    seen: list[tuple[int, bool]] = []

    def right_after(results: object) -> None:  # connected after the sidebar's own slot
        facets = {id(facet) for facet in results.facets}  # type: ignore[attr-defined]
        updated = [section for section in window.sidebar.sections.values()
                   if id(section._facet) in facets]
        seen.append((len(updated), all(not s.visibleRegion().isEmpty() for s in updated)))

    window.state.results_ready.connect(right_after)
    run_query(qtbot, window, "host:china")
    qtbot.waitUntil(lambda: window.sidebar.settled)
    assert seen[-1] == (1, True)
    current = window.state.results
    assert current is not None
    assert all(window.sidebar.sections[facet.name]._facet is facet for facet in current.facets)


def test_a_value_left_out_with_not_toggles_like_one_left_out_with_a_minus(
        qtbot: QtBot, window: MainWindow) -> None:
    """NOT host:china is the documented twin of -host:china: the sidebar marks China as left
    out, Ctrl-click includes it again, and a plain click shows only China."""
    run_query(qtbot, window, "embassy NOT host:china")
    china = window.sidebar.sections["host"].row("China")
    assert china.state == "excluded"
    click_value(qtbot, window, "host", "China", control=True)
    wait_for_query(qtbot, window, "embassy")
    run_query(qtbot, window, "embassy NOT host:china")
    click_value(qtbot, window, "host", "China")
    wait_for_query(qtbot, window, "embassy host:China")
    assert window.sidebar.sections["host"].row("China").state == "included"


@pytest.mark.reliability("query-budget")
def test_a_search_past_its_time_budget_stops_says_why_and_keeps_the_old_results(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """No search can hold the window: past its budget SQLite stops it, the status bar says
    how to narrow it, and the table keeps what it showed."""
    from asylum_browser.core.engine import database
    from asylum_browser.gui import state

    run_query(qtbot, window, "shenyang")
    monkeypatch.setattr(database, "PROGRESS_STEPS", 1)  # look at the clock at every step
    monkeypatch.setattr(state, "QUERY_SECONDS", 0.0)  # and find the budget spent
    window.search_box.edit.selectAll()
    qtbot.keyClicks(window.search_box.edit, "embassy")
    qtbot.keyClick(window.search_box.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "took longer than 0 s" in window.statusBar().currentMessage(),
                    timeout=10000)
    assert "narrow it" in window.statusBar().currentMessage()
    assert "failed" not in window.statusBar().currentMessage()
    assert len(table_ids(window)) == 4
    monkeypatch.setattr(state, "QUERY_SECONDS", 20.0)
    qtbot.keyClick(window.search_box.edit, Qt.Key.Key_Return)
    wait_for_query(qtbot, window, "embassy")
    assert len(table_ids(window)) > 4
