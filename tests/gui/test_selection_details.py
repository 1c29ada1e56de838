"""Selecting an incident reads its details off the GUI thread; the newest selection wins."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from asylum_browser.core.engine.repository import Repository
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.selection import SelectionDetails
from tests.gui.conftest import table_ids


def test_the_details_are_read_off_the_gui_thread(qtbot: QtBot, window: MainWindow,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    original = Repository.incident

    def spy(self: Repository, key: str | int) -> object:
        threads.append(threading.current_thread())
        return original(self, key)

    monkeypatch.setattr(Repository, "incident", spy)
    seq = window.table.table_model.ids[0]
    window.state.select(seq)
    qtbot.waitUntil(lambda: window.detail.shown_id == table_ids(window)[0])
    assert threads and threading.main_thread() not in threads


def test_a_slow_answer_for_an_earlier_selection_never_replaces_the_newest(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    ids = table_ids(window)
    first, second = window.table.table_model.ids[0], window.table.table_model.ids[1]
    release = threading.Event()
    original = Repository.incident

    def slow_for_first(self: Repository, key: str | int) -> object:
        if key == first:
            release.wait(5)
        return original(self, key)

    monkeypatch.setattr(Repository, "incident", slow_for_first)
    delivered: list[object] = []
    window.state.details.loaded.connect(delivered.append)
    window.state.select(first)
    window.state.select(second)
    qtbot.waitUntil(lambda: window.detail.shown_id == ids[1])
    release.set()
    window.state.details.wait()
    qtbot.wait(100)
    assert window.detail.shown_id == ids[1]
    assert window.annotations.incident_id == ids[1]
    assert [d.seq for d in delivered if isinstance(d, SelectionDetails)] == [second]


def test_the_notes_panel_shows_the_note_that_arrives_with_the_details(
        qtbot: QtBot, window: MainWindow) -> None:
    incident_id = table_ids(window)[2]
    assert window.state.set_note(incident_id, "seen in the archive")
    assert window.state.select_id(incident_id)
    qtbot.waitUntil(lambda: window.annotations.incident_id == incident_id)
    assert window.annotations.note_edit.toPlainText() == "seen in the archive"


def test_a_case_the_query_no_longer_finds_says_so_and_its_notes_lock(qtbot, window) -> None:
    from tests.gui.conftest import run_query

    shenyang = "2002-05-08-shenyang-japan-consulate"
    assert window.state.select_id(shenyang)
    qtbot.waitUntil(lambda: window.annotations.incident_id == shenyang, timeout=5000)
    assert "Not in the current results" not in window.detail.toPlainText()
    assert window.annotations.tags_edit.isEnabled()
    run_query(qtbot, window, "london")  # the user types a query that leaves Shenyang out
    qtbot.waitUntil(lambda: "Not in the current results" in window.detail.toPlainText(),
                    timeout=5000)
    panel = window.annotations
    assert not panel.tags_edit.isEnabled() and not panel.note_edit.isEnabled()
    assert not panel.flag_check.isEnabled()
    run_query(qtbot, window, "shenyang")  # back in view: editable again, no banner
    qtbot.waitUntil(lambda: panel.tags_edit.isEnabled(), timeout=5000)
    assert "Not in the current results" not in window.detail.toPlainText()
