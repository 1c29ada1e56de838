"""Country adjectives and demonyms in English, Spanish, French and German, for every country.

The names table only holds the English demonyms of the dataset's own countries, and
words_places.py the Spanish, French and German words of about sixty; a report about any other
country ("die eritreischen Flüchtlinge", "l'ambassade sri-lankaise") would go unread. The
forms are data (resources/data/country_adjectives.toml, folded as spans.fold folds the report),
so a reviewer can correct a form without touching code; this module only reads them.
"""

from __future__ import annotations

import functools
import tomllib

from asylum_browser.paths import records_dir

ADJECTIVES_FILE = "country_adjectives.toml"
LANGUAGES = ("en", "es", "fr", "de")
# The table of forms left out on purpose, with the reason: never a country.
SKIPPED = "skipped"


NAMES_FILE = "country_names.toml"


def _read(name: str) -> dict[str, object]:
    """One of the TOML files of resources/data; {} if it cannot be read, since the names
    table's words still let the extractor work without it."""
    try:
        return tomllib.loads((records_dir() / name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}


def _unambiguous(tables: dict[str, dict[str, list[str]]]) -> dict[str, str]:
    """{form: code}; a form given to two codes is dropped rather than guessed."""
    words: dict[str, str] = {}
    ambiguous: set[str] = set()
    for code, table in tables.items():
        for forms in table.values():
            for form in forms:
                if words.setdefault(form, code) != code:
                    ambiguous.add(form)
    for form in ambiguous:
        del words[form]
    return words


@functools.cache
def country_names() -> dict[str, str]:
    """{folded name: code} for every country in every report language
    (resources/data/country_names.toml, from the iso-codes translations): a report may tell
    of a mission of any state, not only of those our data holds."""
    return _unambiguous({code: {language: list(names) for language, names in table.items()}
                         for code, table in _read(NAMES_FILE).items()
                         if isinstance(table, dict)})


def country_tables() -> dict[str, dict[str, list[str]]]:
    """{code: {language: [folded form, ...]}} as the adjectives file has it."""
    loaded = _read(ADJECTIVES_FILE)
    tables: dict[str, dict[str, list[str]]] = {}
    for code, table in loaded.items():
        if code == SKIPPED or not isinstance(table, dict):
            continue
        tables[code] = {language: [form for form in table.get(language, [])
                                   if isinstance(form, str) and form]
                        for language in LANGUAGES}
    return tables


@functools.cache
def country_adjectives() -> dict[str, str]:
    """{folded form: code} over all four languages; a trailing * in a form takes any ending,
    as in FOREIGN_COUNTRY_WORDS. A form the file gives to two codes is dropped rather than
    guessed (the data tests keep the file free of them)."""
    return _unambiguous(country_tables())
