"""Saved searches: save, restart, recall exactly; rename, delete, share; and the CLI's --saved."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.cli import EXIT_NOT_FOUND, cli
from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
from tests.gui.conftest import open_window, table_ids, wait_for_query


def brush(qtbot: QtBot, window: MainWindow, first: str, last: str) -> None:
    view = window.timeline
    start, end = view.point_of(first), view.point_of(last)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(view, (start + end) / 2)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def test_a_saved_search_comes_back_exactly_after_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    settings_path = tmp_path / "config" / "settings.json"
    window = open_window(qtbot, settings_path)
    window.resize(1400, 900)
    brush(qtbot, window, "2002", "2004")
    wait_for_query(qtbot, window, "date:2002..2004")
    window.table.set_column_visible("people", False)
    window.table.set_column_visible("summary", True)
    window.state.set_sort("people_count", True)
    wait_for_query(qtbot, window, "date:2002..2004")
    columns = window.table.visible_keys()
    assert "summary" in columns and "people" not in columns
    assert window.sidebar.saved.save_current("2002-04 wave")
    assert window.sidebar.saved.names() == ["2002-04 wave"]
    window.close()

    # A restart, then another query, then the recall.
    second = open_window(qtbot, settings_path)
    second.state.set_query("shenyang")
    wait_for_query(qtbot, second, "shenyang")
    second.table.show_columns(("date", "title"))
    assert second.sidebar.saved.names() == ["2002-04 wave"]
    qtbot.mouseClick(second.sidebar.saved.button("2002-04 wave"), Qt.MouseButton.LeftButton)
    wait_for_query(qtbot, second, "date:2002..2004")
    assert (second.state.sort, second.state.descending) == ("people_count", True)
    assert second.table.visible_keys() == columns
    ids = table_ids(second)
    expected = second.state.repository.ids_for(parse_query("date:2002..2004",
                                                           sort="people_count",
                                                           descending=True))
    assert list(ids) == [row["id"] for row in second.state.repository.rows(expected)]


def test_rename_delete_and_sharing_with_a_colleague(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "me" / "settings.json")
    saved = window.sidebar.saved
    for name, query in (("Havana", "city:havana"), ("Shenyang", "shenyang")):
        window.state.set_query(query)
        wait_for_query(qtbot, window, query)
        assert saved.save_current(name)
    assert saved.rename("Havana", "Cuba 1980")
    assert not saved.rename("Cuba 1980", "Shenyang")  # taken: refused with a message
    assert saved.names() == ["Cuba 1980", "Shenyang"]
    assert saved.export_file(None, tmp_path / "share.json") == 2
    window.state.delete_search("Shenyang")
    assert saved.names() == ["Cuba 1980"]

    colleague = open_window(qtbot, tmp_path / "colleague" / "settings.json")
    assert colleague.sidebar.saved.import_file(tmp_path / "share.json") == ["Cuba 1980",
                                                                           "Shenyang"]
    assert colleague.sidebar.saved.names() == ["Cuba 1980", "Shenyang"]
    data = json.loads((tmp_path / "share.json").read_text(encoding="utf-8"))
    assert data["format"] == "asylum-browser-saved-searches"


def test_the_window_works_without_a_usable_workspace(qtbot: QtBot, tmp_path: Path,
                                                     monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    blocker = tmp_path / "data-is-a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    window = MainWindow(Repository(open_database()), Settings(tmp_path / "s.json"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problemMessage") is not None)
    box = window.findChild(QMessageBox, "problemMessage")
    assert box is not None and box.windowTitle() == "Your workspace cannot be opened"
    assert "cannot be written" in box.text() and "notes and tags" in box.informativeText()
    assert not window.sidebar.saved.save_button.isEnabled()
    window.state.set_query("shenyang")
    wait_for_query(qtbot, window, "shenyang")
    assert len(table_ids(window)) == 4
    box.close()


def test_the_cli_starts_from_a_saved_search(qtbot: QtBot, tmp_path: Path,
                                            monkeypatch: object) -> None:
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from asylum_browser.core.workspace import SavedSearch, Workspace

    Workspace().save_search(SavedSearch("2002-04 wave", "date:2002..2004", "people_count",
                                        True))
    runner = CliRunner()
    result = runner.invoke(cli, ["search", "--saved", "2002-04 wave", "--format", "ids"])
    assert result.exit_code == 0
    repository = Repository(open_database())
    expected = repository.ids_for(parse_query("date:2002..2004", sort="people_count",
                                              descending=True))
    assert result.stdout.split() == [row["id"] for row in repository.rows(expected)]
    narrowed = runner.invoke(cli, ["search", "shenyang", "--saved", "2002-04 wave",
                                   "--format", "ids"])
    assert len(narrowed.stdout.split()) == repository.count(
        parse_query("date:2002..2004 shenyang"))
    missing = runner.invoke(cli, ["search", "--saved", "nope"])
    assert missing.exit_code == EXIT_NOT_FOUND and "“2002-04 wave”" in missing.stderr
