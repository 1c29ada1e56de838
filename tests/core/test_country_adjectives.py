"""Every country's adjectives and demonyms in English, Spanish, French and German (issue 18):
real codes, folded forms, never one form for two countries, never another country's name,
and the real matcher finds them in report sentences of each language."""

from __future__ import annotations

import re
import sqlite3
import tomllib
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pycountry
import pytest

from asylum_browser.core.extract.country_words import (
    ADJECTIVES_FILE,
    LANGUAGES,
    SKIPPED,
    country_adjectives,
    country_tables,
)
from asylum_browser.core.extract.gazetteer import Gazetteer
from asylum_browser.core.extract.spans import fold
from asylum_browser.core.extract.words_places import FOREIGN_COUNTRY_WORDS
from asylum_browser.paths import bundled_db_path, records_dir

ISO_CODES = frozenset(country.alpha_2 for country in pycountry.countries)
HISTORIC = ("SUHH", "CSHH", "DDDE", "XW", "YUCS")
WORD_ENDING = re.compile(r"\w+")


def dataset_codes() -> set[str]:
    loaded = tomllib.loads((records_dir() / "countries.toml").read_text(encoding="utf-8"))
    return {entry["code"] for entry in loaded["countries"]}


def db_country_names() -> dict[str, set[str]]:
    """{folded name: codes} of the bundled database's country names, and of every country's
    names in the report languages where country_names.toml (issue 18's other half) is there:
    both feed the same gazetteer as these forms."""
    names: dict[str, set[str]] = {}
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        for code, name in db.execute(
                "SELECT code, name FROM names WHERE vocabulary = ?", ("country",)):
            names.setdefault(fold(name), set()).add(code)
    other_names = records_dir() / "country_names.toml"
    if other_names.exists():
        for code, table in tomllib.loads(other_names.read_text(encoding="utf-8")).items():
            for language in LANGUAGES:
                for name in table.get(language, []):
                    names.setdefault(fold(name), set()).add(code)
    return names


def forms_with_codes() -> list[tuple[str, str, str]]:
    """(code, language, form) for every form the file lists."""
    return [(code, language, form) for code, table in country_tables().items()
            for language, forms in table.items() for form in forms]


def stem(form: str) -> str:
    return form[:-1] if form.endswith("*") else form


def test_every_iso_country_and_historic_state_has_a_table() -> None:
    codes = set(country_tables())
    assert len(ISO_CODES) == 249
    assert codes >= ISO_CODES
    assert codes >= set(HISTORIC)


def test_every_code_is_an_iso_code_or_a_dataset_code() -> None:
    unknown = set(country_tables()) - ISO_CODES - dataset_codes()
    assert not unknown


def test_every_table_has_the_four_languages_and_nothing_else() -> None:
    raw = tomllib.loads((records_dir() / ADJECTIVES_FILE).read_text(encoding="utf-8"))
    for code, table in raw.items():
        if code == SKIPPED:
            continue
        assert set(table) == set(LANGUAGES), code
        assert all(isinstance(form, str) for forms in table.values() for form in forms), code


def test_every_form_is_folded_with_at_most_a_trailing_star() -> None:
    for code, language, form in forms_with_codes():
        assert fold(stem(form)) == stem(form), (code, language, form)
        assert "*" not in stem(form), (code, language, form)
        assert len(stem(form)) >= 4, (code, language, form)
        assert form == form.strip() and "  " not in form, (code, language, form)


def test_no_form_stands_for_two_countries() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for code, _language, form in forms_with_codes():
        if owner.setdefault(form, code) != code:
            clashes.append((form, owner[form], code))
    assert not clashes


def test_no_form_is_another_countrys_name_in_the_database() -> None:
    names = db_country_names()
    misread = [(code, form, names[stem(form)]) for code, _language, form in forms_with_codes()
               if stem(form) in names and names[stem(form)] != {code}]
    assert not misread


def test_no_stem_swallows_another_countrys_name() -> None:
    """'dominican*' must not take a name of another country that merely begins with it, unless
    a longer form of that country wins the longest-prefix lookup the gazetteer does."""
    names = db_country_names()
    stems = {stem(form): code for code, _l, form in forms_with_codes() if form.endswith("*")}
    swallowed = []
    for name, codes in names.items():
        for start, code in stems.items():
            if (code not in codes and name.startswith(start) and name != start
                    and WORD_ENDING.fullmatch(name[len(start):])):
                longer = [s for s in stems if name.startswith(s) and len(s) > len(start)
                          and stems[s] in codes]
                if not longer:
                    swallowed.append((name, codes, start + "*", code))
    assert not swallowed


def test_no_form_disagrees_with_the_older_word_list() -> None:
    """words_places.py's FOREIGN_COUNTRY_WORDS and this file will feed one gazetteer."""
    older = {word: code for code, words in FOREIGN_COUNTRY_WORDS.items() for word in words}
    disagree = [(form, code, older[form]) for code, _l, form in forms_with_codes()
                if form in older and older[form] != code]
    assert not disagree


def test_a_skipped_form_is_never_listed() -> None:
    raw = tomllib.loads((records_dir() / ADJECTIVES_FILE).read_text(encoding="utf-8"))
    skipped = raw[SKIPPED]
    assert all(isinstance(reason, str) and reason for reason in skipped.values())
    listed = {form for _code, _language, form in forms_with_codes()}
    assert not listed & set(skipped)
    assert {"guinean", "congolese", "korean", "polish"} <= set(skipped)


# (code, language, a form the loader must give that code)
SPOT_CHECKS = [
    ("ZA", "en", "south african"), ("ZA", "es", "sudafrican*"), ("ZA", "fr", "sud-africain*"),
    ("ZA", "de", "sudafrikanisch*"),
    ("ER", "en", "eritreans"), ("ER", "es", "eritre*"), ("ER", "fr", "erythreen*"),
    ("ER", "de", "eritreer*"),
    ("NG", "en", "nigerian"), ("NG", "es", "nigerian*"), ("NG", "fr", "nigerian*"),
    ("NG", "de", "nigerianisch*"),
    ("LY", "en", "libyan"), ("LY", "es", "libio"), ("LY", "fr", "libyen*"),
    ("LY", "de", "libysch*"),
    ("HN", "en", "honduran"), ("HN", "es", "hondureno"), ("HN", "fr", "hondurien*"),
    ("HN", "de", "honduranisch*"),
    ("LK", "en", "sri lankan"), ("LK", "es", "esrilanques*"), ("LK", "fr", "sri-lankais*"),
    ("LK", "de", "srilankisch*"),
    ("KP", "en", "north korean"), ("KP", "es", "norcorean*"), ("KP", "fr", "nord-coreen*"),
    ("KP", "de", "nordkoreanisch*"),
    ("XW", "en", "west german"), ("XW", "es", "germano-occidental*"),
    ("XW", "fr", "ouest-allemand*"), ("XW", "de", "westdeutsch*"),
]


@pytest.mark.parametrize(("code", "language", "form"), SPOT_CHECKS)
def test_the_loader_gives_each_language_its_form(code: str, language: str, form: str) -> None:
    assert form in country_tables()[code][language]
    assert country_adjectives()[form] == code


def matcher() -> Gazetteer:
    """The extractor's real matcher over these forms alone (the lead wires them in)."""
    return Gazetteer(country_adjectives(), {}, {}, {}, frozenset(), frozenset())


# (report sentence, the code the matcher must find, the words it must cover)
SENTENCES = [
    ("Five Eritreans entered the embassy.", "ER", "Eritreans"),
    ("They sought refuge at the South African embassy.", "ZA", "South African"),
    ("Se refugiaron en la embajada sudafricana.", "ZA", "sudafricana"),
    ("Ils sont entrés dans l'ambassade sud-africaine.", "ZA", "sud-africaine"),
    ("Sie flohen in die südafrikanische Botschaft.", "ZA", "südafrikanische"),
    ("Dos hondureños pidieron asilo.", "HN", "hondureños"),
    ("Des réfugiés érythréens ont demandé l'asile.", "ER", "érythréens"),
    ("Zwei nigerianische Studenten baten um Asyl.", "NG", "nigerianische"),
    ("Un diplomático libio lo confirmó.", "LY", "libio"),
    ("Drei Sri-Lanker flüchteten.", "LK", "Sri-Lanker"),
    ("A West German diplomat took them in.", "XW", "West German"),
    ("Sechs Nordkoreaner kletterten über den Zaun.", "KP", "Nordkoreaner"),
    ("The South Sudanese refugees waited.", "SS", "South Sudanese"),
    ("The Sudanese refugees waited.", "SD", "Sudanese"),
    ("La embajada dominicana abrió sus puertas.", "DO", "dominicana"),
    ("Des Nigériens ont été expulsés.", "NE", "Nigériens"),
]


@pytest.mark.parametrize(("sentence", "code", "words"), SENTENCES)
def test_the_matcher_finds_the_country_in_a_report(sentence: str, code: str,
                                                   words: str) -> None:
    found = matcher().find_countries(sentence, fold(sentence))
    assert [(sentence[f.start:f.end], f.value) for f in found] == [(words, code)]


def test_a_skipped_ambiguous_word_finds_no_country() -> None:
    sentence = "Two Guineans and a Congolese and a Korean student entered."
    assert matcher().find_countries(sentence, fold(sentence)) == []


@pytest.fixture
def adjectives_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A resources data folder of the test's own, with the loader's cache emptied around it."""
    monkeypatch.setattr("asylum_browser.core.extract.country_words.records_dir",
                        lambda: tmp_path)
    country_adjectives.cache_clear()
    yield tmp_path
    country_adjectives.cache_clear()


def test_a_form_written_for_two_countries_is_dropped_not_guessed(
        adjectives_folder: Path) -> None:
    (adjectives_folder / ADJECTIVES_FILE).write_text(
        '[GN]\nen = ["guinean", "conakry guinean"]\n[GQ]\nen = ["guinean"]\n'
        '[skipped]\n"korean" = "en, KP/KR"\n', encoding="utf-8")
    assert country_adjectives() == {"conakry guinean": "GN"}


@pytest.mark.parametrize("content", [b"[ZA\nen = [", b"\xff\xfe not text"])
def test_a_broken_file_gives_no_forms_rather_than_a_traceback(
        adjectives_folder: Path, content: bytes) -> None:
    (adjectives_folder / ADJECTIVES_FILE).write_bytes(content)
    assert country_adjectives() == {}


def test_a_missing_file_gives_no_forms(adjectives_folder: Path) -> None:
    assert country_adjectives() == {}
