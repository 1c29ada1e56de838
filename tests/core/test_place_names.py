"""Every place of the dataset has its name in each interface language (issue 20), written in
that language's script, and the names are used only while that language is the interface's."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator

import pytest

from asylum_browser.core.model.place_names import local_place
from asylum_browser.i18n import LANGUAGES, SOURCE_LANGUAGE, words
from asylum_browser.paths import records_dir

HANGUL = re.compile(r"[\uac00-\ud7a3]")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")
LATIN = re.compile(r"[A-Za-z]")
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]


def languages_of(kind: str, key: str) -> dict[str, str]:
    """Every language's name for one place, as resources/data/place_names.toml gives it."""
    table = tomllib.loads((records_dir() / "place_names.toml").read_text(encoding="utf-8"))
    found: dict[str, str] = table.get(kind, {}).get(key, {})
    return found


def _records(name: str, key: str) -> list[dict[str, object]]:
    loaded = tomllib.loads((records_dir() / name).read_text(encoding="utf-8"))
    return list(loaded[key])


@pytest.fixture
def in_language() -> Iterator[object]:
    def switch(language: str) -> None:
        words.use(lambda _context, text: text, language)

    yield switch
    words.reset()


def _in_its_script(language: str, name: str) -> bool:
    if LATIN.search(name):
        return False
    if language == "ko":
        return bool(HANGUL.search(name))
    if language == "ja":
        return bool(KANA.search(name) or HAN.search(name)) and not HANGUL.search(name)
    return bool(HAN.search(name)) and not (KANA.search(name) or HANGUL.search(name))


@pytest.mark.parametrize("kind, records, key, field", [
    ("countries", "countries.toml", "countries", "code"),
    ("cities", "cities.toml", "cities", "name")])
def test_every_place_has_a_name_in_every_language(kind: str, records: str, key: str,
                                                  field: str) -> None:
    missing, foreign = [], []
    for record in _records(records, key):
        names = languages_of(kind, str(record[field]))
        for language in TRANSLATED:
            name = names.get(language)
            if not name:
                missing.append(f"{record[field]} ({language})")
            elif not _in_its_script(language, name):
                foreign.append(f"{record[field]} ({language}): {name}")
    assert not missing, f"no name for: {missing}"
    assert not foreign, f"not in the language's script: {foreign}"


def test_simplified_and_traditional_chinese_are_not_mixed_up() -> None:
    """A few characters that differ between the two scripts, where the file has them."""
    assert languages_of("countries", "GB") == {"ko": "영국", "ja": "イギリス",
                                               "zh_CN": "英国", "zh_TW": "英國"}
    assert languages_of("cities", "Shenyang")["zh_CN"] == "沈阳"
    assert languages_of("cities", "Shenyang")["zh_TW"] == "瀋陽"


def test_a_place_is_named_in_the_interface_language_only(in_language: object) -> None:
    switch = in_language
    assert local_place("country", "KP", "North Korea") == "North Korea"  # English interface
    switch("ko")  # type: ignore[operator]
    assert local_place("country", "KP", "North Korea") == "북한"
    assert local_place("nationality", "KP", "North Korean") == "북한"
    assert local_place("city", "Shenyang", "Shenyang") == "선양"
    assert local_place("city", "Atlantis", "Atlantis") == "Atlantis"  # not listed: English
    assert local_place("mission_type", "embassy", "Embassy") == "Embassy"  # not a place
    switch("zh_TW")  # type: ignore[operator]
    assert local_place("country", "KP", "North Korea") == "北韓"
