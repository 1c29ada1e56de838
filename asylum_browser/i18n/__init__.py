"""The interface languages, and where their translations live (issue 20).

The .ts files beside this module are Qt Linguist's source format, kept in git and reviewed
like code; the .qm files Qt loads are built from them by ``scripts/translations.py build``
(run by setup and packaging, never committed). Each language has a glossary here
(glossary-LANG.md) that its translations follow, so that "consulate general" or
"safe-conduct" is one term everywhere. Qt-free: the CLI and the tests read it too.
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_LANGUAGE = "en"
# Code -> the language's own name, as the View > Language menu shows it.
LANGUAGES = {"en": "English", "ko": "한국어", "zh_CN": "简体中文", "zh_TW": "繁體中文",
             "ja": "日本語"}
TRANSLATED = tuple(code for code in LANGUAGES if code != SOURCE_LANGUAGE)
# Scripts and regions written in traditional characters.
_TRADITIONAL = ("zh_tw", "zh_hk", "zh_mo", "zh_hant")


def language_of_locale(name: str | None) -> str:
    """The interface language for a locale name as the system gives it ("ko_KR.UTF-8",
    "zh_Hant_TW", "ja-JP", "C"): one of LANGUAGES, English when none fits."""
    if not name:
        return SOURCE_LANGUAGE
    folded = name.split(".")[0].split("@")[0].replace("-", "_").lower()
    if folded.startswith("zh"):
        return "zh_TW" if any(part in folded for part in _TRADITIONAL) else "zh_CN"
    for code in TRANSLATED:
        if folded == code.lower() or folded.startswith(code.lower() + "_"):
            return code
    return SOURCE_LANGUAGE


def ts_path(language: str) -> Path:
    return HERE / f"asylum_browser_{language}.ts"


def qm_path(language: str) -> Path:
    return HERE / f"asylum_browser_{language}.qm"


def glossary_path(language: str) -> Path:
    return HERE / f"glossary-{language}.md"
