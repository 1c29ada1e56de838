"""The running app carries its id and icon: what a desktop shell shows in the taskbar."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from asylum_browser import APP_ID, APP_NAME
from asylum_browser.gui import app as gui_app


def test_main_sets_the_desktop_id_and_the_icon_at_every_size(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # main() installs its own
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert gui_app.main(["--smoke-test", "--settings", str(tmp_path / "s.json")]) == 0
    assert "smoke test passed" in capsys.readouterr().out
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    assert application.desktopFileName() == APP_ID
    sizes = application.windowIcon().availableSizes()
    for edge in (16, 24, 32, 48, 64, 128, 256, 512):
        assert QSize(edge, edge) in sizes
    # First run made the folders the app writes to; the settings file was not kept.
    assert (tmp_path / "config" / APP_NAME).is_dir() and (tmp_path / "data" / APP_NAME).is_dir()
    assert not (tmp_path / "s.json").exists()


def test_a_file_named_on_the_command_line_is_opened(
        qtbot: QtBot, tmp_path: Path, db_copy: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    # What a file manager's "Open with Asylum Browser" runs: the Exec line's %u (a path).
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    assert gui_app.main([str(db_copy), "--smoke-test"]) == 0
    assert db_copy.name in capsys.readouterr().out
