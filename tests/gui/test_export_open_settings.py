"""Export, opening other databases, settings, help and about, from the user's side."""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTextBrowser,
    QWidget,
)
from pytestqt.qtbot import QtBot

from asylum_browser.core.export.writer import sidecar_path
from asylum_browser.gui.export_runner import ExportRun
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
from asylum_browser.gui.widgets.export_dialog import ExportChoices, ExportDialog
from asylum_browser.paths import bundled_db_path
from tests.conftest import count_bundled
from tests.gui.conftest import open_window, run_query, table_ids, wait_for_query


def export_dialog(qtbot: QtBot, window: MainWindow) -> ExportDialog:
    window.export_action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_export_through_the_dialog_writes_an_excel_safe_csv_and_its_sidecar(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    run_query(qtbot, window, "shenyang")
    dialog = export_dialog(qtbot, window)
    target = tmp_path / "shenyang.csv"
    dialog.path_edit.setText(str(target))
    assert dialog.flavour.currentIndex() == 1  # Excel: UTF-8 with BOM, the window's default
    assert dialog.escape.isChecked() and dialog.sidecar.isChecked()
    with qtbot.waitSignal(window.export_done, timeout=10000) as done:
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert done.args[0].rows == 4
    assert target.read_bytes().startswith(b"\xef\xbb\xbf")
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["id"] for r in rows] == table_ids(window)
    about = sidecar_path(target).read_text(encoding="utf-8")
    assert "Query:       shenyang" in about and "Rows:        4" in about
    assert str(target) in window.statusBar().currentMessage()
    assert "4 incidents" in window.statusBar().currentMessage()


def test_export_of_selected_rows_with_chosen_columns(qtbot: QtBot, window: MainWindow,
                                                     tmp_path: Path) -> None:
    run_query(qtbot, window, "shenyang")
    window.table.selectRow(1)
    dialog = export_dialog(qtbot, window)
    assert dialog.selected_rows.isEnabled()
    dialog.selected_rows.setChecked(True)
    for row in range(dialog.column_list.count()):
        item = dialog.column_list.item(row)
        name = item.data(Qt.ItemDataRole.UserRole)
        item.setCheckState(Qt.CheckState.Checked if name in ("id", "people_count")
                           else Qt.CheckState.Unchecked)
    target = tmp_path / "one.csv"
    dialog.path_edit.setText(str(target))
    dialog.flavour.setCurrentIndex(0)  # plain
    with qtbot.waitSignal(window.export_done, timeout=10000):
        dialog.findChild(QDialogButtonBox).accepted.emit()
    assert target.read_text(encoding="utf-8").splitlines() == [
        '"id","people_count"', '"2002-05-08-shenyang-us-consulate",3']


def test_a_cancelled_export_leaves_no_file(qtbot: QtBot, window: MainWindow,
                                           tmp_path: Path) -> None:
    target = tmp_path / "never.csv"
    choices = ExportChoices(target, False, ("id", "title"), False, True, True)
    run = ExportRun(window.state.repository, "", "date", False, choices, None)
    run.cancel()
    with qtbot.waitSignal(run.failed, timeout=5000) as failed:
        run.start(window.exports.pool)
    assert "cancelled" in str(failed.args[0]).lower()
    # Nothing but the window's own config folder: no CSV, no sidecar, no temporary file.
    assert [p.name for p in tmp_path.iterdir()] in ([], ["config"])


def test_the_dialog_refuses_no_columns_and_a_missing_folder(qtbot: QtBot,
                                                            window: MainWindow) -> None:
    dialog = export_dialog(qtbot, window)
    dialog.path_edit.setText("/no/such/folder/x.csv")
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert dialog.isVisible() and "does not exist" in dialog.message.text()
    dialog.path_edit.setText(str(Path.home() / "x.csv"))
    for row in range(dialog.column_list.count()):
        dialog.column_list.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.findChild(QDialogButtonBox).accepted.emit()
    assert dialog.isVisible() and "at least one column" in dialog.message.text()
    dialog.reject()


def test_opening_a_bad_file_keeps_the_current_database(qtbot: QtBot, window: MainWindow,
                                                       tmp_path: Path) -> None:
    run_query(qtbot, window, "shenyang")
    before = window.state.repository
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"these are my notes, not a database" * 20)
    assert window.open_path(bad) is False
    box = window.findChild(QMessageBox, "problemMessage")
    assert box is not None and box.isVisible()
    assert "notes.sqlite is not an SQLite database" in box.text()
    assert window.state.repository is before and len(table_ids(window)) == 4
    box.close()


def test_opening_another_database_switches_and_is_remembered(qtbot: QtBot, window: MainWindow,
                                                             db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as connection:
        connection.execute("DELETE FROM incidents WHERE id LIKE '2002-%'")
    assert window.open_path(db_copy)
    wait_for_query(qtbot, window, window.state.query)
    left = count_bundled("id NOT LIKE '2002-%'")
    assert 0 < left < count_bundled()
    assert window.table.model().rowCount() == left
    assert window.count_label.text() == f"{left} of {left} incidents"
    assert "copy.sqlite" in window.dataset_label.text()
    assert str(db_copy) in window.settings.recent_databases()
    assert window.open_path(None)
    wait_for_query(qtbot, window, window.state.query)
    assert window.table.model().rowCount() == count_bundled()


def test_settings_survive_a_restart(qtbot: QtBot, settings_path: Path) -> None:
    first = open_window(qtbot, settings_path)
    run_query(qtbot, first, "host:china school")
    first.table.set_column_visible("confidence", True)
    first.resize(760, 560)  # inside the offscreen screen, so geometry restores exactly
    qtbot.waitUntil(lambda: first.width() == 760)
    first.main_splitter.setSizes([240, 300, 200])
    sizes = first.main_splitter.sizes()
    first.close()
    assert settings_path.exists()
    second = open_window(qtbot, settings_path)
    assert second.search_box.edit.text() == "host:china school"
    wait_for_query(qtbot, second, "host:china school")
    assert len(table_ids(second)) == 10
    confidence = second.table.table_model.column_index("confidence")
    assert not second.table.horizontalHeader().isSectionHidden(confidence)
    assert second.size().width() == 760
    assert second.main_splitter.sizes() == sizes
    second.close()


def test_a_corrupt_settings_file_is_reset_with_a_message(qtbot: QtBot,
                                                         settings_path: Path) -> None:
    settings_path.parent.mkdir(parents=True)
    settings_path.write_text("{ not json", encoding="utf-8")
    window = open_window(qtbot, settings_path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problemMessage") is not None)
    box = window.findChild(QMessageBox, "problemMessage")
    assert box is not None and "could not be read" in box.text()
    assert window.state.query == "" and window.table.model().rowCount() == count_bundled()
    box.close()
    window.close()
    assert json.loads(settings_path.read_text(encoding="utf-8"))["version"] == 1


def test_about_names_versions_counts_and_attribution(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.facts is not None)  # read off the GUI thread at start
    text = window.about_html()
    with closing(sqlite3.connect(bundled_db_path())) as db:
        version = db.execute("SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()[0]
        sources = db.execute("SELECT count(*) FROM sources").fetchone()[0]
    for expected in ("0.1.0", f"Dataset {version}", f"{count_bundled():,} incidents",
                     f"{sources:,} sources", "GeoNames", "Natural Earth", "CC BY"):
        assert expected in text


def test_f1_opens_help_with_the_keys(qtbot: QtBot, window: MainWindow) -> None:
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: any(isinstance(w, QTextBrowser) and w.objectName() == "helpBrowser"
                                and w.isVisible() for w in QApplication.topLevelWidgets()
                                for w in [w, *w.findChildren(QTextBrowser)]))


def test_every_interactive_control_has_an_accessible_name(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    run_query(qtbot, window, "host:china")
    names = {w.objectName() for w in window.findChildren(QWidget)}
    assert {"searchEdit", "filterSidebar", "incidentTable", "detailPane", "mapView",
            "timelineView", "resultCountLabel"} <= names
    assert window.export_action.objectName() == "exportAction"
    interactive = (QAbstractButton, QLineEdit, QAbstractSpinBox, QComboBox,
                   QAbstractItemView, QTextBrowser)
    unnamed = [f"{type(w).__name__} {w.objectName()!r} {getattr(w, 'text', lambda: '')()!r}"
               for w in window.findChildren(QWidget)
               if isinstance(w, interactive) and w.isVisibleTo(window)
               and w.focusPolicy() != Qt.FocusPolicy.NoFocus and not w.accessibleName()
               and not isinstance(w.parent(), QAbstractSpinBox)]  # the spin box is named
    assert unnamed == []
    rows = window.sidebar.sections["host"].rows()
    china = count_bundled("host_country = 'CN'")
    assert rows[0].accessibleName() == f"Host country: China, {china} incidents, selected"


@pytest.mark.reliability("no-network")
def test_the_window_works_with_the_network_blocked(qtbot: QtBot, settings_path: Path,
                                                   tmp_path: Path, no_network: None) -> None:
    window = open_window(qtbot, settings_path)
    run_query(qtbot, window, "북한 -school")
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.shown_id is not None)
    choices = ExportChoices(tmp_path / "offline.csv", False, ("id",), False, True, True)
    with qtbot.waitSignal(window.export_done, timeout=10000):
        window.start_export(choices)
    assert (tmp_path / "offline.csv").exists()
    window.close()


def test_smoke_test_exits_zero(tmp_path: Path) -> None:
    import os
    import stat

    result = subprocess.run(
        [sys.executable, "-m", "asylum_browser", "--smoke-test", "--settings",
         str(tmp_path / "s.json")], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "smoke test passed" in result.stdout
    assert not (tmp_path / "s.json").exists()
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)  # an earlier version replaced it


def test_settings_never_replace_something_that_is_not_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "settings.json"
    folder.mkdir()
    (folder / "keep.txt").write_text("mine", encoding="utf-8")
    settings = Settings(folder)
    assert settings.problem is not None and "not a file" in settings.problem
    settings.set("last_query", "x")
    settings.save()
    assert folder.is_dir() and (folder / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_settings_live_in_the_config_folder_not_beside_the_app(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from asylum_browser.gui.settings import default_settings_path

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    path = default_settings_path()
    assert path.is_relative_to(tmp_path / "xdg")
    settings = Settings(path)
    settings.save()
    assert path.exists()
    shutil.rmtree(tmp_path / "xdg")


def test_the_progress_dialog_reports_rows_rate_and_time_left(qtbot: QtBot, window: MainWindow,
                                                             tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from asylum_browser.core.export import writer as export

    monkeypatch.setattr(export, "PROGRESS_EVERY", 7)
    choices = ExportChoices(tmp_path / "progress.csv", False, ("id",), False, True, False)
    with qtbot.waitSignal(window.export_done, timeout=10000):
        window.start_export(choices)
        dialog = window.findChild(QProgressDialog, "exportProgress")
        assert dialog is not None
    assert (tmp_path / "progress.csv").exists()
    # The last report (the last full batch of 7) stays on the dialog, which is reset,
    # not destroyed.
    total = count_bundled()
    label = dialog.labelText()
    assert f"{total - total % 7:,} of {total:,} rows" in label
    assert "rows a second" in label and "s left" in label


def test_a_big_export_from_the_window_runs_in_worker_processes(qtbot: QtBot, window: MainWindow,
                                                               tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    from asylum_browser.core.export import workers as export_workers
    from asylum_browser.core.export import writer as export
    from asylum_browser.core.model.schema import DEFAULT_EXPORT_COLUMNS
    from asylum_browser.core.query.parser import parse_query

    reference = tmp_path / "in-process.csv"
    spec = parse_query(window.state.query, sort=window.state.sort,
                       descending=window.state.descending)
    export.write_csv(window.state.repository, spec, reference, sidecar=False, jobs=1)
    monkeypatch.setattr(export, "PARALLEL_MIN_ROWS", 1)  # the bundled data counts as big
    choices = ExportChoices(tmp_path / "workers.csv", False, DEFAULT_EXPORT_COLUMNS, False,
                            True, False)
    with qtbot.waitSignal(window.export_done, timeout=30000) as done:
        window.start_export(choices)
    result = done.args[0]
    assert isinstance(result, export.ExportResult)
    assert result.processes == export_workers.default_workers(result.rows, 1)
    assert (tmp_path / "workers.csv").read_bytes() == reference.read_bytes()
