"""Country and city names in the interface language, for what the window shows.

The names are data (resources/data/place_names.toml, with where they come from); a place
keeps its English name in the database, the search language and every export, so a query or
a file made in a Korean window reads the same in an English one. The window shows the local
name and puts the English one on hover. A place the file does not list, or an interface in
English, shows the English name.
"""

from __future__ import annotations

import functools
import tomllib

from asylum_browser.i18n.words import language
from asylum_browser.paths import records_dir

# The vocabularies whose labels are places: a nationality reads as its country's name.
COUNTRY_VOCABULARIES = frozenset({"country", "nationality"})
CITY = "city"


@functools.cache
def _names() -> dict[str, dict[str, dict[str, str]]]:
    """{"countries": {code: {language: name}}, "cities": {English name: {language: name}}}."""
    try:
        loaded = tomllib.loads((records_dir() / "place_names.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return {}  # the English names are always there to fall back on
    return {kind: table for kind, table in loaded.items() if isinstance(table, dict)}


def local_place(vocabulary: str | None, key: object, english: str) -> str:
    """The name of a place in the interface language: ``key`` is a country code (for the
    country and nationality vocabularies) or a city's English name (vocabulary "city")."""
    if key is None or vocabulary is None:
        return english
    kind = "countries" if vocabulary in COUNTRY_VOCABULARIES else \
        "cities" if vocabulary == CITY else None
    if kind is None:
        return english
    names = _names().get(kind, {}).get(str(key))
    return names.get(language(), english) if isinstance(names, dict) else english


def is_place(vocabulary: str | None) -> bool:
    return vocabulary in COUNTRY_VOCABULARIES or vocabulary == CITY


def local_names(kind: str) -> dict[str, tuple[str, ...]]:
    """Every local name the file gives, by country code (``kind`` "countries") or English
    city name ("cities"): the names a report in those languages may use."""
    table = _names().get(kind, {})
    return {key: tuple(n for n in names.values() if isinstance(n, str))
            for key, names in table.items() if isinstance(names, dict)}
