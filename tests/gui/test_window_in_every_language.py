"""Started under a Korean, Japanese or Chinese locale, the whole window speaks that language
(issue 20): the menus, the sidebar, the table's headers, the detail pane's labels, a dialog
opened from the menu, and the names of places, with the English name on hover.

Each language runs the window as the app starts it (the language installed from LANG before
the window is built) in a process of its own, and prints what the widgets say; the test
compares that with the translations in the .ts files, so a text left in English, a label
translated but never shown translated, or a place shown by its English name fails here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from asylum_browser.core.model.schema import COLUMNS, FACETS
from asylum_browser.i18n import ts_path

CASE = "2002-05-08-shenyang-japan-consulate"  # in Shenyang, China, at Japan's consulate

READ_WINDOW = """
import json, sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QToolButton
app = QApplication([])
from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui.i18n import chosen_language, install_language
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
folder, case = Path(sys.argv[1]), sys.argv[2]
settings = Settings(folder / "settings.json")
language = install_language(chosen_language(settings))
window = MainWindow(Repository(open_database()), settings, Workspace(folder / "ws.sqlite"))
window.resize(1366, 768)
window.show()
window.state.wait()
while window.state.results is None:
    app.processEvents()
model = window.table.model()
headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
facets = {b.objectName().removeprefix("facetHeader_"): b.text()
          for b in window.sidebar.findChildren(QToolButton)
          if b.objectName().startswith("facetHeader_")}
window.state.select_id(case)
window.state.wait()
for _ in range(200):
    app.processEvents()
    if case in window.detail.toPlainText():
        break
table = window.table.table_model
row = next(r for r in range(model.rowCount()) if table.row_data(r)["id"] == case)
host = next(c for c in range(model.columnCount()) if table.columns[c].key == "host_country")
city = next(c for c in range(model.columnCount()) if table.columns[c].key == "city")
cell = lambda c, role: model.data(model.index(row, c), role)
from asylum_browser.gui.widgets.filter_sidebar import FacetValueRow
values = {r.value.label: (r.name_label.text(), r.name_label.toolTip())
          for r in window.sidebar.findChildren(FacetValueRow) if r.isVisible()}
suggest = next(a for m in window.menuBar().actions() if m.menu() is not None
               for a in m.menu().actions() if a.objectName() == "suggestCorrectionAction")
suggest.trigger()
dialog = window.findChild(QDialog, "correctionDialog")
print(json.dumps({
    "language": language,
    "menus": [a.text() for a in window.menuBar().actions()],
    "headers": headers, "facets": facets,
    "detail": window.detail.toPlainText(),
    "host": [cell(host, Qt.ItemDataRole.DisplayRole), cell(host, Qt.ItemDataRole.ToolTipRole)],
    "city": [cell(city, Qt.ItemDataRole.DisplayRole), cell(city, Qt.ItemDataRole.ToolTipRole)],
    "sidebar_values": values,
    "dialog": [dialog.windowTitle()] + sorted(
        [w.text() for w in dialog.findChildren(QLabel)]
        + [w.text() for w in dialog.findChildren(QPushButton)]),
}))
"""

LOCALES = {"ko": "ko_KR.UTF-8", "ja": "ja_JP.UTF-8", "zh_CN": "zh_CN.UTF-8",
           "zh_TW": "zh_TW.UTF-8"}


@cache
def translations(language: str) -> dict[tuple[str, str], str]:
    """(context, English) -> the .ts file's finished translation."""
    found = {}
    for context in ET.parse(ts_path(language)).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                found[(name, message.findtext("source") or "")] = translation.text
    return found


def said(language: str, text: str, context: str = "") -> str:
    return translations(language)[(context, text)]


@cache
def place_names() -> dict[str, Any]:
    path = Path(__file__).resolve().parents[2] / "resources" / "data" / "place_names.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))


_READ: dict[str, dict[str, Any]] = {}


def window_under(language: str, folder: Path) -> dict[str, Any]:
    """What the window says in ``language`` (read once per language for both tests)."""
    if language in _READ:
        return _READ[language]
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "LANG": LOCALES[language], "LC_ALL": "", "LC_MESSAGES": "",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", READ_WINDOW, str(folder), CASE], env=env,
                          capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    _READ[language] = answer
    return answer


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_the_window_speaks_the_language_of_the_locale(language: str, tmp_path: Path) -> None:
    shown = window_under(language, tmp_path)
    assert shown["language"] == language
    # The menus.
    assert shown["menus"][:4] == [said(language, t) for t in
                                  ("&File", "&Search", "&Edit", "&View")]
    # The table's headers: every column, its registry label translated.
    translated = {said(language, column.label, "Field") for column in COLUMNS}
    assert len(shown["headers"]) >= 7, "the table has its columns"
    for header in shown["headers"]:
        assert header in translated, f"{header!r} is not a translated column label"
    # The sidebar's facet titles.
    for facet in FACETS:
        if facet.name in shown["facets"]:
            assert shown["facets"][facet.name] == said(language, facet.label, "Field")
    # The detail pane's labels, of the case selected.
    for label in ("Date", "City", "Host country", "Sending state", "Mission type",
                  "Outcome", "People"):
        assert said(language, label, "Field") in shown["detail"], label
    for label in ("Host country", "Sending state", "Mission type", "Sources ("):
        assert label not in shown["detail"], label
    # A dialog opened from the menu.
    assert shown["dialog"][0] == said(language, "Suggest a correction")
    for label in ("Your claim", "Source URL", "Bundled value"):
        assert said(language, label) in shown["dialog"], label
        assert label not in shown["dialog"]
    assert "Cancel" not in shown["dialog"]  # Qt's own buttons, too


@pytest.mark.parametrize("language", sorted(LOCALES))
def test_places_are_named_in_the_language_with_the_english_name_on_hover(
        language: str, tmp_path: Path) -> None:
    shown = window_under(language, tmp_path)
    china = place_names()["countries"]["CN"][language]
    shenyang = place_names()["cities"]["Shenyang"][language]
    display, hover = shown["host"]
    assert display == china and "China" in hover
    display, hover = shown["city"]
    assert display == shenyang and "Shenyang" in hover
    lines = shown["detail"].splitlines()  # each fact: its label, then its value
    assert lines[lines.index(said(language, "Host country", "Field")) + 1] == china
    assert lines[lines.index(said(language, "City", "Field")) + 1] == shenyang
    # The sidebar lists China by its local name and keeps the English one on hover.
    assert shown["sidebar_values"]["China"][0] == china
    assert "China" in shown["sidebar_values"]["China"][1]
