"""What File > Export gives a user who changes nothing: Excel's flavour, normal permissions."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from asylum_browser.core.export.writer import sidecar_path
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.export_dialog import ExportDialog
from tests.gui.conftest import run_query


def menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    """The action as a user finds it: in the menu bar's menu, by its words."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text().replace("&", "") == menu_title:
            for action in menu.actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise AssertionError(f"no {menu_title} > {text} in the menu bar")


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def export_through_the_menu(qtbot: QtBot, window: MainWindow, target: Path) -> ExportDialog:
    menu_action(window, "File", "Export").trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.export_done, timeout=10000):
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    return dialog


def test_the_window_exports_excel_friendly_csv_by_default(qtbot: QtBot, window: MainWindow,
                                                          tmp_path: Path,
                                                          umask_022: None) -> None:
    run_query(qtbot, window, "shenyang")
    target = tmp_path / "default.csv"
    dialog = export_through_the_menu(qtbot, window, target)
    assert dialog.flavour.currentData() is True
    assert target.read_bytes().startswith(b"\xef\xbb\xbf\"id\"")
    assert "UTF-8 with BOM" in sidecar_path(target).read_text(encoding="utf-8")


def test_a_file_the_window_exports_gets_the_users_normal_permissions(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, umask_022: None) -> None:
    """Issue 14 fixed the core's temporary files (0600 by default); this proves it holds on
    the window's path, for the CSV and its sidecar."""
    run_query(qtbot, window, "shenyang")
    target = tmp_path / "mode.csv"
    export_through_the_menu(qtbot, window, target)
    for path in (target, sidecar_path(target)):
        assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
