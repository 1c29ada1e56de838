"""File > Import cases… with a spreadsheet of sources (publisher, date, quote, a second source)
and a claim where they disagree: the mapping guesses their columns, the case joins my cases,
and the detail pane shows them as it shows a form-made case's; a bad source date is in the
report by row, column and value."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.import_dialog import ImportDialog
from tests.core.test_import_sources import BOOK, HEADER, QUOTE, ROW
from tests.gui.conftest import open_window, run_query, table_ids
from tests.gui.test_case_form import menu_action

CASE_ID = "mine-quito"


@pytest.fixture
def home(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return open_window(qtbot, tmp_path / "config" / "settings.json")


def import_through_the_menu(qtbot: QtBot, window: MainWindow, path: Path,
                            monkeypatch: pytest.MonkeyPatch) -> ImportDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))
    menu_action(window, "File", "Import cases").trigger()
    dialog = window._import_dialog
    assert dialog is not None and dialog.table is not None
    return dialog


def run(qtbot: QtBot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.run_done, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_sources_and_a_claim_imported_show_in_the_detail_pane(
        qtbot: QtBot, home: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = home
    bundled_total = window.state.results.total
    path = tmp_path / "cases.csv"
    path.write_text(HEADER + ROW, encoding="utf-8")
    dialog = import_through_the_menu(qtbot, window, path, monkeypatch)
    mapping = dialog.mapping()
    assert {column: mapping[column] for column in (
        "Publisher", "Source date", "Quote", "Source 2", "Disputed number of people")} == {
        "Publisher": "source_publisher", "Source date": "source_date",
        "Quote": "source_quote", "Source 2": "source_2",
        "Disputed number of people": "disputed_people_count"}
    headers = {dialog.preview.horizontalHeaderItem(i).text()
               for i in range(dialog.preview.columnCount())}
    assert {"Source publisher", "Source 2 title", "Disputed people"} <= headers
    run(qtbot, dialog)  # the default destination: my cases
    assert "1 case added to your cases" in dialog.summary.text()
    dialog.reject()
    qtbot.waitUntil(lambda: window.state.results is not None
                    and window.state.results.total == bundled_total + 1, timeout=30000)
    run_query(qtbot, window, "origin:mine")
    assert table_ids(window) == [CASE_ID]
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.shown_id == CASE_ID, timeout=10000)
    page = window.detail.toPlainText()
    for shown in (QUOTE, "Example Wire", "Students in embassy", "Embassies of Quito", BOOK,
                  "Sources disagree", "twelve (Ortiz)"):
        assert shown in page, shown


def test_a_bad_source_date_is_in_the_report_with_its_row_column_and_value(
        qtbot: QtBot, home: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = home
    path = tmp_path / "cases.csv"
    path.write_text(HEADER + ROW.replace(",1995,", ",1995-13,"), encoding="utf-8")
    dialog = import_through_the_menu(qtbot, window, path, monkeypatch)
    run(qtbot, dialog)
    report = [tuple(dialog.report.item(r, c).text() for c in range(4))
              for r in range(dialog.report.rowCount())]
    assert report == [("1", "Source 2 date", "1995-13",
                       "published date of a source: '1995-13' is not a real date (bad month "
                       "number 13; must be 1-12)")]
    assert "Nothing was written" in dialog.summary.text()
    assert window.state.workspace is None or window.state.workspace.my_cases() == []
