"""Cases of the user's own are marked as theirs: an Origin facet once both kinds are present,
an Origin column and export field, and origin:mine in the search."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from asylum_browser.core.cases.mycases import check_cases
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import BUNDLED_KEY, Workspace, default_path
from asylum_browser.gui.app import _with_my_cases
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
from tests.core.test_my_cases import CASES
from tests.gui.conftest import run_query, table_ids, wait_for_query


def test_the_bundled_data_alone_shows_no_origin_facet(window: MainWindow) -> None:
    section = window.sidebar.sections.get("origin")
    assert section is None or not section.isVisible()


def test_a_database_with_cases_of_ones_own_shows_and_filters_them(
        qtbot: QtBot, window: MainWindow, db_copy: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as db, db:
        mine = [i for (i,) in db.execute("SELECT id FROM incidents ORDER BY seq LIMIT 3")]
        db.execute("UPDATE incidents SET origin = 'mine' WHERE id IN (?, ?, ?)", mine)
    window.state.open_database(Database(db_copy))
    wait_for_query(qtbot, window, window.state.query)
    section = window.sidebar.sections["origin"]
    qtbot.waitUntil(section.isVisible)
    rows = {row.value.label: row.value.count for row in section.rows()}
    total = window.state.results.total
    assert rows["Yours"] == 3 and rows["Bundled with Asylum Browser"] == total - 3
    run_query(qtbot, window, "origin:mine")
    assert sorted(table_ids(window)) == sorted(mine)
    model = window.table.table_model
    column = model.column_index("origin")
    assert {model.index(r, column).data() for r in range(model.rowCount())} == {"Yours"}


def test_the_window_opens_your_cases_beside_ours(qtbot: QtBot, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    workspace = Workspace(default_path())
    for case in check_cases(CASES).cases:
        workspace.put_my_case(case)
    database = _with_my_cases()
    window = MainWindow(Repository(database), Settings(tmp_path / "s.json"), workspace)
    qtbot.addWidget(window)
    window.show()
    wait_for_query(qtbot, window, "")
    assert window.state.database_key == BUNDLED_KEY  # notes on our cases stay theirs
    qtbot.waitUntil(lambda: window.sidebar.sections["origin"].isVisible())
    run_query(qtbot, window, "origin:mine")
    assert len(table_ids(window)) == 2
    qtbot.waitUntil(lambda: len(window.map.points) == 2)
    assert sum(window.timeline.total(p) for p in window.timeline.periods) == 2
    window.state.wait()
