"""One label per concept where the user picks a field: the table's column menu, the export
dialog and the import mapping all read the registry, and counts read in the right number."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from asylum_browser.core.dataset.importer import FIELDS
from asylum_browser.core.model.schema import COLUMNS, COLUMNS_BY_NAME, import_label
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.export_dialog import ExportDialog
from tests.gui.conftest import open_window, run_query


def test_the_column_menu_lists_each_field_once_under_its_registry_label(
        window: MainWindow) -> None:
    menu = window.table.column_menu()
    entries = [a.text() for a in menu.actions() if a.isCheckable()]
    assert len(entries) == len(set(entries)), entries
    assert sorted(entries) == sorted(c.label for c in COLUMNS)
    model = window.table.table_model
    headers = [model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(model.columnCount())]
    assert sorted(headers) == sorted(entries)  # the header says what the menu says


def test_the_export_dialog_counts_in_the_right_number(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    """Through File > Export, with one result and one row selected, then with two."""
    run_query(qtbot, window, "shenyang")
    window.table.selectRow(0)
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    assert dialog.all_rows.text() == "All 4 incidents the search shows"
    assert dialog.selected_rows.text() == "Only the 1 selected row"
    dialog.reject()
    dialog.deleteLater()
    run_query(qtbot, window, "id:2002-05-08-shenyang-japan-consulate")
    window.table.selectRow(0)
    window.export_action.trigger()
    dialog = next(d for d in window.findChildren(ExportDialog) if d.isVisible())
    assert dialog.all_rows.text() == "The 1 incident the search shows"
    assert dialog.selected_rows.text() == "Only the 1 selected row"
    many = ExportDialog(Path.home(), 1500, 2, window)
    assert many.all_rows.text() == "All 1,500 incidents the search shows"
    assert many.selected_rows.text() == "Only the 2 selected rows"


def test_the_import_mapping_names_fields_by_their_labels(qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    source = tmp_path / "cases.csv"
    source.write_text("id,title,date,country,embassy of\nc-1,A case,2001-02,Peru,Mexico\n",
                      encoding="utf-8")
    dialog = window.import_cases(source)
    combo = dialog.mapping_table.cellWidget(3, 1)
    assert isinstance(combo, QComboBox)
    choices = [combo.itemText(i) for i in range(combo.count())][1:]
    assert choices == [import_label(name) for name in FIELDS]
    assert "host_country" not in choices and "Host country" in choices
    assert combo.currentText() == COLUMNS_BY_NAME["host_country"].label
    assert dialog.mapping()["country"] == "host_country"  # the field itself, for the core
    headers = [dialog.preview.horizontalHeaderItem(i).text()
               for i in range(dialog.preview.columnCount())]
    assert headers == ["ID", "Title", "Date", "Host country", "Sending state"]
    assert dialog.summary.text().startswith("1 row and 5 columns.")
    with qtbot.waitSignal(dialog.run_done, timeout=30000):
        dialog.start(write=True)
    assert dialog.summary.text().startswith("1 row: 1 valid, 0 rejected, 0 warnings.")
    window.close()


def test_the_reading_view_labels_each_field_as_the_table_does(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    """The pane said "Outcome class" and "Who" where the table says "Outcome" and "People
    note", and "Outcome" for what the table calls "Outcome details"."""
    from PySide6.QtGui import QTextDocument

    window.state.select_id("2002-05-08-shenyang-japan-consulate")
    qtbot.waitUntil(lambda: "Shenyang" in window.detail.toPlainText(), timeout=5000)
    document = QTextDocument()
    document.setHtml(window.detail.toHtml())
    text = document.toPlainText()
    headers = {c.name: c.label for c in COLUMNS}
    for field in ("people_note", "outcome", "outcome_class", "location_precision",
                  "seekers_nationality", "entry_method"):
        assert f"{headers[field]}\n" in text or f"{headers[field]}\t" in text, (field, text)
    assert "Outcome class" not in text and "Who\n" not in text


def test_the_case_form_and_the_report_review_name_fields_as_the_table_does() -> None:
    """They said "Began", "Mission of (state)", "How they entered", "Outcome class"."""
    from asylum_browser.gui.widgets.case_form import LEFT, RIGHT
    from asylum_browser.gui.widgets.report_reading import LABELS

    headers = {c.name: c.label for c in COLUMNS}
    for name, label in (*LEFT, *RIGHT, *LABELS.items()):
        if name in headers:
            assert label == headers[name], (name, label)
    assert "Mission of (state)" not in LABELS.values() and ("date_start", "Began") not in LEFT
