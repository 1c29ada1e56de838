"""The names the extractor looks for, read once from the open database.

Countries (names, demonyms and aliases, Korean, Chinese and Japanese included) come from the
``names`` table, cities from ``names`` and ``cities``, mission types and outcome classes from
the ``vocabulary`` table; words_places.py adds the Spanish, French and German words the table
lacks. After it is built a Gazetteer is plain data: a worker thread may use it freely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from asylum_browser.core.extract.country_words import country_adjectives, country_names
from asylum_browser.core.extract.spans import fold
from asylum_browser.core.extract.words_places import FOREIGN_CITY_NAMES, FOREIGN_COUNTRY_WORDS
from asylum_browser.core.model.place_names import local_names
from asylum_browser.core.model.text import has_cjk

if TYPE_CHECKING:
    from asylum_browser.core.engine.repository import Repository

# Upper-case abbreviations matched as written; every other two-letter code is left out, since
# "es", "de" and "it" are words.
ABBREVIATIONS = frozenset({"US", "U.S.", "UK", "USA", "ROK", "DPRK", "UN", "UNHCR", "PRC", "BRD",
                           "DDR", "FRG", "GDR"})
# When a historic state ended: a city of it in a later report is in its successor.
ENDED = {"SUHH": "1991-12-26", "CSHH": "1993-01-01", "DDDE": "1990-10-03", "XW": "1990-10-03",
         "YUCS": "2003-02-04"}


@dataclass(frozen=True)
class Found:
    """A name found in the text: its span and what it names (a country code or a city)."""

    start: int
    end: int
    value: str


def _pattern(names: dict[str, str], suffixes: str) -> re.Pattern[str] | None:
    """One alternation, longest name first, matched whole (a trailing * takes any ending)."""
    if not names:
        return None
    parts = []
    for name in sorted(names, key=len, reverse=True):
        if name.endswith("*"):
            parts.append(re.escape(name[:-1]) + r"\w*")
        else:
            parts.append(re.escape(name) + suffixes)
    return re.compile(r"(?<![\w-])(" + "|".join(parts) + r")(?![\w])")


def _cjk_pattern(names: dict[str, str]) -> re.Pattern[str] | None:
    if not names:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))


@dataclass
class Gazetteer:
    """Country and city names with the codes and cities they stand for."""

    countries: dict[str, str]  # folded name -> code
    cities: dict[str, str]  # folded name -> city
    city_country: dict[str, str]  # city -> host country code
    successors: dict[str, str]  # historic code -> successor code
    mission_types: frozenset[str]
    outcome_classes: frozenset[str]
    abbreviations: dict[str, str] = field(default_factory=dict)  # as written -> code
    # Host country -> the one city our embassies there stand in (capitals, as the data has
    # them; a country with embassies in two cities over time, like Brazil, has none).
    embassy_city: dict[str, str] = field(default_factory=dict)
    _compiled: dict[str, re.Pattern[str] | None] = field(default_factory=dict, repr=False)

    @classmethod
    def from_repository(cls, repository: Repository) -> Gazetteer:
        """Read the names from the repository's database (a few thousand rows, once)."""
        connection = repository.database.connection()
        countries: dict[str, str] = {}
        abbreviations: dict[str, str] = {}
        cities: dict[str, str] = {}
        for vocabulary, code, name in connection.execute(
                "SELECT vocabulary, code, name FROM names WHERE vocabulary IN ('country', "
                "'city')"):
            if vocabulary == "city":
                if len(name) >= 2:
                    cities[fold(name)] = code
            elif name in ABBREVIATIONS:
                abbreviations[name] = code
            elif len(name) > 3 or (has_cjk(name) and len(name) >= 2):
                countries[fold(name)] = code
        for code, words in FOREIGN_COUNTRY_WORDS.items():
            for word in words:
                countries.setdefault(word, code)
        for name, code in [*country_names().items(), *country_adjectives().items()]:
            countries.setdefault(name, code)
        for city, words in FOREIGN_CITY_NAMES.items():
            for word in words:
                cities.setdefault(word, city)
        city_country = {name: country for name, country in connection.execute(
            "SELECT name, country FROM cities")}
        for city in city_country:
            for word in _city_forms(city):
                cities.setdefault(word, city)
        # The names the window shows in Korean, Chinese and Japanese ("ビエンチャン") are
        # names a report may use too.
        # A one-character name ("본", Bonn) stands inside other words (일본, Japan).
        for city, names in local_names("cities").items():
            for name in names:
                if city in city_country and len(name) > 1:
                    cities.setdefault(fold(name), city)
        for code, names in local_names("countries").items():
            for name in names:
                if len(name) > 1:
                    countries.setdefault(fold(name), code)
        successors = {code: successor for code, successor in connection.execute(
            "SELECT code, successor FROM countries WHERE successor IS NOT NULL")}
        vocabularies: dict[str, set[str]] = {"mission_type": set(), "outcome_class": set()}
        for name, code in connection.execute(
                "SELECT vocabulary, code FROM vocabulary WHERE vocabulary IN ('mission_type', "
                "'outcome_class')"):
            vocabularies[name].add(code)
        embassy_city = dict(connection.execute(
            "SELECT host_country, MIN(city) FROM incidents WHERE mission_type IN ('embassy', "
            "'ambassadors_residence') AND city IS NOT NULL AND host_country IS NOT NULL "
            "GROUP BY host_country HAVING COUNT(DISTINCT city) = 1"))
        return cls(countries, cities, city_country, successors,
                   frozenset(vocabularies["mission_type"]),
                   frozenset(vocabularies["outcome_class"]), abbreviations, embassy_city)

    def _compiled_pattern(self, key: str) -> re.Pattern[str] | None:
        if key not in self._compiled:
            source = self.countries if key.startswith("country") else self.cities
            if key.endswith("cjk"):
                self._compiled[key] = _cjk_pattern(
                    {n: v for n, v in source.items() if has_cjk(n)})
            else:
                self._compiled[key] = _pattern(
                    {n: v for n, v in source.items() if not has_cjk(n)},
                    r"(?:s|es|n|er)?" if key == "country" else "")
        return self._compiled[key]

    def find_countries(self, text: str, folded: str) -> list[Found]:
        """Every country name, demonym or abbreviation in the text, in order."""
        found = []
        for key in ("country", "country_cjk"):
            pattern = self._compiled_pattern(key)
            if pattern is None:
                continue
            for match in pattern.finditer(folded):
                name = match.group(0)
                code = self.countries.get(name) or self._by_prefix(name)
                if code is not None and not _REGION_BEFORE.search(
                        folded, max(0, match.start() - 9), match.start()):
                    found.append(Found(match.start(), match.end(), code))
        for abbreviation, code in self.abbreviations.items():
            for match in re.finditer(r"(?<![\w.])" + re.escape(abbreviation)
                                     + (r"(?![\w])" if abbreviation[-1] != "." else ""), text):
                found.append(Found(match.start(), match.end(), code))
        return _without_overlaps(found)

    def _by_prefix(self, name: str) -> str | None:
        """The code of a name matched with an ending: 'koreans' -> 'korean', 'deutschen'."""
        for cut in range(len(name), 2, -1):
            code = self.countries.get(name[:cut]) or self.countries.get(name[:cut] + "*")
            if code is not None:
                return code
        return None

    def find_cities(self, text: str, folded: str) -> list[Found]:
        """Every city name in the text, in order; Latin names only when capitalised."""
        found = []
        for key in ("city", "city_cjk"):
            pattern = self._compiled_pattern(key)
            if pattern is None:
                continue
            for match in pattern.finditer(folded):
                if key == "city" and not text[match.start()].isupper():
                    continue
                found.append(Found(match.start(), match.end(), self.cities[match.group(0)]))
        return _without_overlaps(found)

    def host_of(self, city: str, date: str | None) -> str | None:
        """The host country of a city, in its successor state if the report is later."""
        code = self.city_country.get(city)
        if code in ENDED and (date is None or date >= ENDED[code]):
            return self.successors.get(code, code)
        return code


# "Latin American embassies", "South American states": a region, not the United States.
_REGION_BEFORE = re.compile(r"(?<![\w])(?:latin|south|central|ibero|pan|latino|sud|sur|"
                            r"centro|lateinamerikanische|mittel)[ -]$")


def _city_forms(city: str) -> tuple[str, ...]:
    """"Guatemala City" as Spanish, French and German write it: "Ciudad de Guatemala",
    "Guatemala-Ville", "Guatemala-Stadt"."""
    if not city.endswith(" City"):
        return ()
    base = fold(city.removesuffix(" City"))
    return (f"ciudad de {base}", f"{base}-ville", f"{base}-stadt", f"{base} stadt")


def _without_overlaps(found: list[Found]) -> list[Found]:
    """Longest first where two names overlap, then in text order."""
    kept: list[Found] = []
    for item in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f.start)
