"""The interface language in the window (issue 20): chosen in View > Language, remembered, and
taken from the system locale (LANG) when nothing was chosen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow

from .conftest import open_window

# Builds the window as the app does (language first, from the settings or the locale) in a
# process of its own, since Qt reads the locale once, at start-up.
SHOW_MENUS = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui.i18n import chosen_language, install_language
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
folder = Path(sys.argv[1])
settings = Settings(folder / "settings.json")
language = install_language(chosen_language(settings))
window = MainWindow(Repository(open_database()), settings, Workspace(folder / "ws.sqlite"))
window.state.wait()
def names(menu):
    menu.aboutToShow.emit()
    return [n for a in menu.actions() for n in ([a.objectName()] + (
        names(a.menu()) if a.menu() is not None else [])) if n]
print(json.dumps({"language": language,
                  "menus": [a.text() for a in window.menuBar().actions()],
                  "actions": sorted(n for a in window.menuBar().actions()
                                    for n in names(a.menu())),
                  "header": window.table.model().headerData(0, __import__(
                      "PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)}))
"""


def _menus_under(locale: str, folder: Path) -> dict[str, Any]:
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "LANG": locale, "LC_ALL": "", "LC_MESSAGES": "",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", SHOW_MENUS, str(folder)], env=env,
                          capture_output=True, text=True, timeout=120, check=True)
    answer: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return answer


def test_with_a_korean_locale_the_menus_are_in_korean(tmp_path: Path) -> None:
    shown = _menus_under("ko_KR.UTF-8", tmp_path)
    assert shown["language"] == "ko"
    assert shown["menus"][:3] == ["파일(&F)", "검색(&S)", "편집(&E)"]
    assert shown["header"] == "날짜"


def test_with_an_english_locale_the_menus_stay_english(tmp_path: Path) -> None:
    shown = _menus_under("en_US.UTF-8", tmp_path)
    assert shown["language"] == "en"
    assert shown["menus"][:3] == ["&File", "&Search", "&Edit"]


def test_every_menu_item_is_there_in_every_language(tmp_path: Path) -> None:
    """The modules that add their items to File and Edit find those menus by name, so no
    item goes missing when the menus' titles are translated."""
    english = _menus_under("en_US.UTF-8", tmp_path / "en")["actions"]
    assert {"newCaseAction", "reportReviewAction", "suggestCorrectionAction",
            "exportCorrectionsAction", "language_ko"} <= set(english)
    for locale in ("ko_KR.UTF-8", "ja_JP.UTF-8", "zh_CN.UTF-8", "zh_TW.UTF-8"):
        assert _menus_under(locale, tmp_path / locale)["actions"] == english, locale


def test_a_language_chosen_in_the_menu_wins_over_the_locale(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(json.dumps({"language": "en"}), encoding="utf-8")
    assert _menus_under("ko_KR.UTF-8", tmp_path)["menus"][0] == "&File"


def _language_menu(window: MainWindow) -> QMenu:
    view = next(a.menu() for a in window.menuBar().actions()
                if a.menu() is not None and a.menu().objectName() == "viewMenu")
    view.aboutToShow.emit()
    entry = next(a for a in view.actions() if a.menu() is not None
                 and a.menu().objectName() == "languageMenu")
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    return menu


def test_view_language_saves_the_choice_and_says_when_it_takes_effect(
        qtbot: QtBot, settings_path: Path) -> None:
    window = open_window(qtbot, settings_path)
    menu = _language_menu(window)
    names = {action.objectName(): action.text() for action in menu.actions()
             if not action.isSeparator()}
    assert names["language_ko"] == "한국어" and names["language_ja"] == "日本語"
    assert names["language_zh_TW"] == "繁體中文" and names["language_zh_CN"] == "简体中文"
    korean = next(a for a in menu.actions() if a.objectName() == "language_ko")
    korean.trigger()
    saved = json.loads(settings_path.read_text(encoding="utf-8"))
    assert saved["language"] == "ko"
    box = window.findChild(QMessageBox, "languageMessage")
    assert box is not None and box.isVisible()
    text = box.text()
    assert "takes effect the next time you start" in text  # in the language shown now
    assert "다음에 Asylum Browser를 시작하면 한국어로 표시됩니다." in text  # and in Korean
    box.close()
    system = next(a for a in menu.actions() if a.objectName() == "language_system")
    system.trigger()
    assert "language" not in json.loads(settings_path.read_text(encoding="utf-8"))
    assert system.isChecked() and not korean.isChecked()
    window.findChild(QMessageBox, "languageMessage").close()
