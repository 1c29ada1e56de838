"""Family 4: the bundled data is immutable. After a full tour of the window (search, facets,
map, selection, export, settings, opening another file and coming back) the bundled
database's SHA-256 is unchanged and no file has appeared beside the application."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from asylum_browser.core.model.geo import project
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.export_dialog import ExportChoices
from asylum_browser.paths import bundled_db_path, resources_dir
from tests.gui.conftest import open_window, run_query, wait_for_query

pytestmark = pytest.mark.reliability("bundled-immutable")
ROOT = Path(__file__).resolve().parents[2]


def snapshot() -> dict[str, tuple[int, int]]:
    """Every file of the application (package, resources, packaging): size and mtime.

    __pycache__ is left out: Python itself writes bytecode there when a checkout is imported.
    """
    files = {}
    for top in (ROOT / "asylum_browser", resources_dir(), ROOT / "packaging"):
        for folder, subfolders, names in os.walk(top):
            subfolders[:] = [s for s in subfolders if s != "__pycache__"]
            for name in names:
                path = Path(folder) / name
                status = path.stat()
                files[str(path)] = (status.st_size, status.st_mtime_ns)
    return files


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_full_tour_leaves_the_bundled_data_and_the_app_folder_untouched(
        qtbot: QtBot, tmp_path: Path, db_copy: Path) -> None:
    before_hash, before_files = sha256(bundled_db_path()), snapshot()
    settings_path = tmp_path / "config" / "settings.json"
    window: MainWindow = open_window(qtbot, settings_path)
    # search, with CJK, and a syntax error
    for query in ("shenyang", "북한", 'host:"china', "embassy -school", ""):
        window.search_box.edit.setText(query)
        window.search_box.apply()
    wait_for_query(qtbot, window, "")
    # facets: tick a value, then another
    for facet, label in (("host", "China"), ("type", "Consulate general")):
        row = window.sidebar.sections[facet].row(label)
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         QPoint(10, 5))
        qtbot.waitUntil(lambda: window.state.results is not None
                        and window.state.results.spec == window.state.spec, timeout=10000)
    # map: zoom, pan, "only what is in view", click a marker
    window.map.set_view(project(123.4, 41.8), 5)
    window.map.zoom_by(1)
    window.map.zoom_by(-2)
    run_query(qtbot, window, "shenyang")
    window.map.set_view(project(123.43, 41.8), 9)
    marker = window.map.to_screen(*project(123.43, 41.8)).toPoint()
    qtbot.mouseClick(window.map, Qt.MouseButton.LeftButton, pos=marker)
    # select rows, read one, export the results and the selection
    window.table.selectRow(0)
    qtbot.waitUntil(lambda: "Sources (" in window.detail.toPlainText(), timeout=10000)
    for selected, name in ((False, "all.csv"), (True, "selected.csv")):
        choices = ExportChoices(tmp_path / name, selected, ("id", "title", "summary"),
                                True, True, True)
        with qtbot.waitSignal(window.export_done, timeout=20000):
            window.start_export(choices)
        assert (tmp_path / name).exists()
    # open another database and come back to the bundled one
    assert window.open_path(db_copy)
    assert window.open_path(None)
    wait_for_query(qtbot, window, window.state.query)
    window.close()  # saves the settings
    assert settings_path.exists()
    assert sha256(bundled_db_path()) == before_hash
    assert snapshot() == before_files
