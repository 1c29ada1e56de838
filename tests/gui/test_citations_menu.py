"""Edit > Copy citation and File > Export citations (issue 19): the citation a researcher
pastes into a paper, read back from the clipboard as text, and the three files, parsed."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from asylum_browser.gui import file_dialogs
from asylum_browser.gui.main_window import MainWindow
from tests.gui.conftest import run_query
from tests.gui.test_table_and_detail import select_id

SHENYANG = "2002-05-08-shenyang-japan-consulate"


def menu_item(window: MainWindow, menu: str, name: str):  # type: ignore[no-untyped-def]
    found = window.findChild(QMenu, menu)
    assert found is not None
    found.aboutToShow.emit()
    for action in found.actions():
        if action.objectName() == name:
            return action
        if action.menu() is not None:
            inner = next((a for a in action.menu().actions() if a.objectName() == name), None)
            if inner is not None:
                return inner
    raise AssertionError(f"no {name} in {menu}")


def test_copy_citation_puts_the_record_and_its_sources_on_the_clipboard(
        qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang japan")
    select_id(qtbot, window, SHENYANG)
    action = menu_item(window, "editMenu", "copyCitationAction")
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    action.trigger()
    lines = QGuiApplication.clipboard().text().splitlines()
    today = date.today()
    version = window.state.repository.meta()["dataset_version"]
    assert lines[0].startswith(
        "Asylum Browser contributors. “Chinese police drag a family out of Japan's consulate, "
        "Shenyang.” Record 2002-05-08-shenyang-japan-consulate. Asylum bids at diplomatic "
        f"missions, 1891-2025, version {version}, ")
    assert lines[0].endswith(
        " asylum-browser://incident/2002-05-08-shenyang-japan-consulate. "
        f"Accessed {today:%B} {today.day}, {today.year}.")
    assert "“Asylum seekers dragged out of Japan consulate.” Kyodo News, May 9, 2002. " \
           "https://www.japantimes.co.jp/news/2002/05/09/national/asylum-seekers-dragged-out-" \
           "of-japan-consulate/." in lines
    assert len(lines) == 1 + len(window.state.repository.incident(SHENYANG).sources)
    assert "Copied the citation of 1 case" in window.statusBar().currentMessage()


def test_export_citations_writes_csl_json_bibtex_and_ris(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    run_query(qtbot, window, "shenyang")
    answers = iter([str(tmp_path / "c.json"), str(tmp_path / "c.bib"), str(tmp_path / "c.ris")])
    monkeypatch.setattr(file_dialogs, "ask", lambda *_args: next(answers))
    for name in ("exportCslAction", "exportBibtexAction", "exportRisAction"):
        menu_item(window, "fileMenu", name).trigger()
    items = json.loads((tmp_path / "c.json").read_text(encoding="utf-8"))
    records = [item for item in items if item["type"] == "dataset"]
    assert len(records) == window.state.results.count  # nothing selected: all results
    assert all(item.get("title") and (item.get("URL") or item.get("container-title"))
               for item in items)
    import bibtexparser

    library = bibtexparser.parse_string((tmp_path / "c.bib").read_text(encoding="utf-8"))
    assert not library.failed_blocks and len(library.entries) == len(items)
    ris = (tmp_path / "c.ris").read_text(encoding="utf-8").splitlines()
    assert sum(line.startswith("TY  - ") for line in ris) == len(items)
    assert sum(line.startswith("ER  -") for line in ris) == len(items)
