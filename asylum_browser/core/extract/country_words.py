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


def country_tables() -> dict[str, dict[str, list[str]]]:
    """{code: {language: [folded form, ...]}} as the file has it; {} if it cannot be read,
    since the names table's words still let the extractor work without it."""
    try:
        loaded = tomllib.loads((records_dir() / ADJECTIVES_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}
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
    words: dict[str, str] = {}
    ambiguous: set[str] = set()
    for code, table in country_tables().items():
        for forms in table.values():
            for form in forms:
                if words.setdefault(form, code) != code:
                    ambiguous.add(form)
    for form in ambiguous:
        del words[form]
    return words
