"""The interface language: chosen, loaded into Qt, and handed to the core (issue 20).

The language is the one saved in the settings (View > Language), else the system locale's
(LANG, LC_ALL, LC_MESSAGES as Qt reads them), else English. It is installed once, before the
window is built, because every label is translated as its widget is made: a change in the
menu takes effect at the next start, and the menu says so. Qt's own translations (the
buttons of standard dialogs, "Cancel", "Open") are loaded beside ours.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asylum_browser.gui.settings import Settings
from asylum_browser.i18n import LANGUAGES, SOURCE_LANGUAGE, language_of_locale, qm_path, words

SETTING = "language"
_installed: list[QTranslator] = []
_SYSTEM_DEFAULT = QLocale()


def chosen_language(settings: Settings) -> str:
    """The saved choice when it is a language we have, else the system's."""
    saved = settings.get(SETTING)
    if isinstance(saved, str) and saved in LANGUAGES:
        return saved
    return language_of_locale(QLocale.system().name())


def install_language(language: str) -> str:
    """Load ``language`` into the application and the core; returns the language in use
    (English when its translation file is missing, which setup builds)."""
    remove_language()
    if language == SOURCE_LANGUAGE:
        return SOURCE_LANGUAGE
    ours = QTranslator()
    if not ours.load(str(qm_path(language))):
        return SOURCE_LANGUAGE
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    QCoreApplication.installTranslator(ours)
    _installed.append(ours)
    words.use(QCoreApplication.translate, language)
    QLocale.setDefault(QLocale(language))
    return language


def remove_language() -> None:
    """Back to English (the tests that switch languages call this after)."""
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    words.reset()
    QLocale.setDefault(_SYSTEM_DEFAULT)
