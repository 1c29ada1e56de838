"""The interface languages' plumbing (issue 20): which language a locale means, dates in each
language's own words, and the translation files' check, which fails on a new English text."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from asylum_browser.core.model.dates import date_in_words, format_partial
from asylum_browser.i18n import TRANSLATED, language_of_locale, ts_path, words

ROOT = Path(__file__).resolve().parents[2]


def _translations_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" /
                                                  "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def english() -> Iterator[None]:
    yield
    words.reset()


@pytest.mark.parametrize(("locale", "language"), [
    ("ko_KR.UTF-8", "ko"), ("ja_JP.eucJP", "ja"), ("ja-JP", "ja"), ("zh_CN.UTF-8", "zh_CN"),
    ("zh_SG", "zh_CN"), ("zh_TW.Big5", "zh_TW"), ("zh_HK", "zh_TW"), ("zh_Hant_TW", "zh_TW"),
    ("en_GB.UTF-8", "en"), ("C", "en"), ("POSIX", "en"), ("", "en"), (None, "en"),
    ("kok_IN", "en"),  # Konkani starts with "ko" but is not Korean
    ("de_DE@euro", "en"),
])
def test_a_locale_names_the_interface_language(locale: str | None, language: str) -> None:
    assert language_of_locale(locale) == language


@pytest.mark.parametrize(("language", "day", "month", "year"), [
    ("en", "8 May 2002", "May 2002", "2002"),
    ("ko", "2002년 5월 8일", "2002년 5월", "2002년"),
    ("ja", "2002年5月8日", "2002年5月", "2002年"),
    ("zh_CN", "2002年5月8日", "2002年5月", "2002年"),
    ("zh_TW", "2002年5月8日", "2002年5月", "2002年"),
])
def test_a_date_reads_in_each_language_at_its_precision(language: str, day: str, month: str,
                                                        year: str) -> None:
    date = dt.date(2002, 5, 8)
    assert [date_in_words(date, p, language) for p in ("day", "month", "year")] == [
        day, month, year]


def test_the_interface_shows_partial_dates_in_the_language_in_use(english: None) -> None:
    words.use(lambda _context, text: "", "ko")  # Korean, with nothing of ours translated
    assert format_partial("2002-05-08") == "2002년 5월 8일"
    assert format_partial("2002-05") == "2002년 5월"
    words.reset()
    assert format_partial("2002-05") == "May 2002"


def test_a_text_without_a_translation_comes_back_in_english(english: None) -> None:
    words.use(lambda context, text: {("", "&File"): "파일(&F)"}.get((context, text), ""), "ko")
    assert words.tr("&File") == "파일(&F)"
    assert words.tr("&Quit") == "&Quit"
    assert words.language() == "ko"


def test_the_translation_files_are_whole() -> None:
    """Every text of the code and the registries is translated in every language, nothing
    obsolete is left, and each translation keeps its placeholders and & shortcut."""
    script = _translations_script()
    messages = script.source_messages()
    found = {language: script.problems(language, messages) for language in TRANSLATED}
    assert found == {language: [] for language in TRANSLATED}


def test_the_check_names_a_new_text_and_a_broken_translation(tmp_path: Path) -> None:
    script = _translations_script()
    messages = script.source_messages()
    added = [*messages, ("", "A sentence nobody has translated yet")]
    assert any("A sentence nobody has translated yet" in line and "is new" in line
               for line in script.problems("ko", added))
    # A translation that drops a placeholder or the & shortcut is reported.
    kept, _obsolete = script.read_ts(ts_path("ko"))
    copy = tmp_path / ts_path("ko").name
    translations = {message: text for message, text in kept if text}
    translations[("", "&File")] = "파일"
    translations[("", "Opened {path}")] = "열었습니다"
    script.write_ts(copy, "ko", [message for message, _ in kept], translations)
    original = script.ts_path
    script.ts_path = lambda _language: copy
    try:
        lines = script.problems("ko", messages)
    finally:
        script.ts_path = original
    assert any("“&File” has an & shortcut" in line for line in lines)
    assert any("“Opened {path}”" in line and "placeholders" in line for line in lines)
