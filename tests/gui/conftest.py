"""Real windows on the real bundled database, driven with pytest-qt offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings


def wait_for_query(qtbot: QtBot, window: MainWindow, query: str) -> None:
    """Wait until the results on screen are those of ``query``."""
    def shown() -> None:
        results = window.state.results
        assert results is not None and results.spec.text == query
        assert results.spec == window.state.spec  # the newest request, sort included
        assert window.table.model().rowCount() == results.count
        assert window.sidebar.settled

    qtbot.waitUntil(shown, timeout=10000)


def open_window(qtbot: QtBot, settings_path: Path) -> MainWindow:
    """The window on the bundled database, with settings and a workspace of its own."""
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    workspace = Workspace(settings_path.parent / "workspace.sqlite")
    window = MainWindow(Repository(open_database()), Settings(settings_path), workspace)
    qtbot.addWidget(window)
    window.show()
    wait_for_query(qtbot, window, window.state.query)
    return window


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "settings.json"


@pytest.fixture
def window(qtbot: QtBot, settings_path: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, settings_path)
    yield window
    window.state.wait()


def run_query(qtbot: QtBot, window: MainWindow, query: str) -> None:
    window.search_box.edit.setText(query)
    window.search_box.apply()
    wait_for_query(qtbot, window, query)


def table_ids(window: MainWindow) -> list[str]:
    model = window.table.table_model
    return [model.row_data(row)["id"] for row in range(model.rowCount())]


def tooltip_text(rich: str) -> str:
    """What a user reads in a tooltip: Qt's rendering of its (escaped) rich text."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()
