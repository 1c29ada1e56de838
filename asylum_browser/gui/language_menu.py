"""View > Language: the interface language, remembered in the settings (issue 20).

Each language is listed in its own name, so that a reader finds theirs whatever language the
menu is in now; "System language" follows the locale. The choice is saved at once and takes
effect at the next start (every label is translated as its widget is made), which the
message after choosing says in both the language now shown and the one chosen.
"""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from asylum_browser import APP_NAME
from asylum_browser.gui.i18n import SETTING
from asylum_browser.gui.settings import Settings
from asylum_browser.gui.shown_text import message_box
from asylum_browser.i18n import LANGUAGES, language_of_locale
from asylum_browser.i18n.words import language, translate

SYSTEM = "system"
# The sentence after a choice, in each language, so that it is read in the one just chosen.
_NEXT_START = {
    "en": "Asylum Browser will be in English the next time you start it.",
    "ko": "다음에 Asylum Browser를 시작하면 한국어로 표시됩니다.",
    "zh_CN": "下次启动 Asylum Browser 时，界面将显示为简体中文。",
    "zh_TW": "下次啟動 Asylum Browser 時，介面將顯示為繁體中文。",
    "ja": "次回 Asylum Browser を起動すると、日本語で表示されます。",
}


class LanguageMenu:
    """The submenu and its checkable actions, one per language and one for the system's."""

    def __init__(self, window: QMainWindow, parent_menu: QMenu, settings: Settings) -> None:
        self._window = window
        self._settings = settings
        self.last_message: QMessageBox | None = None
        self.menu = parent_menu.addMenu(translate("LanguageMenu", "&Language"))
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self.menu)
        self.actions: dict[str, QAction] = {}
        saved = settings.get(SETTING)
        for code, name in [(SYSTEM, translate("LanguageMenu", "System language")),
                           *LANGUAGES.items()]:
            action = QAction(name, self.menu)
            action.setObjectName(f"language_{code}")
            action.setCheckable(True)
            action.setChecked(code == (saved if saved in LANGUAGES else SYSTEM))
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.menu.insertSeparator(self.actions["en"])

    def choose(self, code: str) -> None:
        """Save the choice and say when it takes effect."""
        if code == SYSTEM:
            self._settings.values.pop(SETTING, None)
        else:
            self._settings.set(SETTING, code)
        self._settings.save()
        chosen = code if code != SYSTEM else _system_language()
        lines = [_NEXT_START[chosen]]
        if chosen != language():  # said first in the language the reader has now
            lines.insert(0, translate("LanguageMenu", "The language you chose takes effect "
                                      "the next time you start Asylum Browser."))
        box = message_box(QMessageBox.Icon.Information, APP_NAME, "\n\n".join(lines),
                          self._window)
        box.setObjectName("languageMessage")
        box.open()  # not modal: the window stays usable, and the message says when
        self.last_message = box


def _system_language() -> str:
    from PySide6.QtCore import QLocale

    return language_of_locale(QLocale.system().name())


def install_language_menu(window: QMainWindow, settings: Settings) -> LanguageMenu | None:
    """View > Language, at the end of the View menu."""
    view = window.findChild(QMenu, "viewMenu")
    if view is None:
        return None
    view.addSeparator()
    return LanguageMenu(window, view, settings)
