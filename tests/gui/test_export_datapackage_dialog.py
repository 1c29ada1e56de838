"""File > Export… writes a data package and EDTF dates when the dialog says so (issue 19)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import frictionless
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from asylum_browser.core.export.datapackage import DATAPACKAGE_FILE
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.export_dialog import ExportDialog
from tests.conftest import count_bundled
from tests.gui.conftest import run_query


def file_export(window: MainWindow) -> QAction:
    """File > Export… as a user finds it in the menu bar."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text().replace("&", "") == "File":
            for action in menu.actions():
                if action.text().replace("&", "").startswith("Export"):
                    return action
    raise AssertionError("no File > Export in the menu bar")


def open_dialog(qtbot: QtBot, window: MainWindow, target: Path) -> ExportDialog:
    file_export(window).trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.path_edit.setText(str(target))
    return dialog


def press_export(qtbot: QtBot, window: MainWindow, dialog: ExportDialog) -> None:
    with qtbot.waitSignal(window.export_done, timeout=15000):
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_the_dialog_writes_a_valid_data_package_by_default(qtbot: QtBot, window: MainWindow,
                                                           tmp_path: Path) -> None:
    run_query(qtbot, window, "host:china")
    target = tmp_path / "china.csv"
    dialog = open_dialog(qtbot, window, target)
    box = dialog.findChild(QCheckBox, "exportDatapackage")
    assert box is not None and box.isChecked()
    assert "datapackage.json" in box.text()
    press_export(qtbot, window, dialog)
    report = frictionless.validate(str(tmp_path / DATAPACKAGE_FILE))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "note"])[:5]
    assert report.tasks[0].stats["rows"] == count_bundled("host_country = 'CN'")
    package = json.loads((tmp_path / DATAPACKAGE_FILE).read_text(encoding="utf-8"))
    assert package["resources"][0]["path"] == "china.csv"
    assert package["asylum_browser"]["query"] == "host:china"
    assert DATAPACKAGE_FILE in window.statusBar().currentMessage()


def test_unticking_it_writes_no_data_package(qtbot: QtBot, window: MainWindow,
                                             tmp_path: Path) -> None:
    run_query(qtbot, window, "host:china")
    target = tmp_path / "china.csv"
    dialog = open_dialog(qtbot, window, target)
    box = dialog.findChild(QCheckBox, "exportDatapackage")
    assert box is not None
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked()
    press_export(qtbot, window, dialog)
    assert target.exists()
    assert not (tmp_path / DATAPACKAGE_FILE).exists()


def test_choosing_edtf_in_the_dialog_writes_edtf_dates(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    run_query(qtbot, window, "host:china")
    target = tmp_path / "china.csv"
    dialog = open_dialog(qtbot, window, target)
    dates = dialog.findChild(QComboBox, "exportDates")
    assert dates is not None and dates.currentData() == "iso"
    dates.setCurrentIndex(dates.findData("edtf"))
    press_export(qtbot, window, dialog)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        written = [row["date_start"] for row in csv.DictReader(handle)]
    assert any(date.endswith(("~", "?", "%")) for date in written)
    package = json.loads((tmp_path / DATAPACKAGE_FILE).read_text(encoding="utf-8"))
    assert package["asylum_browser"]["dates"] == "edtf"
    assert frictionless.validate(str(tmp_path / DATAPACKAGE_FILE)).valid
