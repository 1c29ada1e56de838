"""Cases of the user's own are marked as theirs: an Origin facet once both kinds are present,
an Origin column and export field, and origin:mine in the search."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from pytestqt.qtbot import QtBot

from asylum_browser.core.engine.database import Database
from asylum_browser.gui.main_window import MainWindow
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
