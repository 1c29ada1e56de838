"""The offline gazetteer: city names to coordinates and countries, for importing cases.

resources/gazetteer/cities.tsv.gz holds GeoNames' cities of 15,000 people or more (CC BY 4.0),
with the alternate names a user is likely to type, made by packaging/gazetteer. It is read once,
on the first import, into a dict keyed by normalised name; a name shared by several cities is
resolved by the country given, and otherwise by population.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from asylum_browser.core.model.text import normalise
from asylum_browser.paths import resources_dir

GAZETTEER_HEADER = "geonameid\tname\tcountry\tlatitude\tlongitude\tpopulation\talternates"
COUNTRIES_HEADER = "iso\tiso3\tname\tnumeric"


@dataclass(frozen=True)
class Place:
    geonameid: int
    name: str
    country: str
    latitude: float
    longitude: float
    population: int


def gazetteer_path() -> Path:
    return resources_dir() / "gazetteer" / "cities.tsv.gz"


def countries_path() -> Path:
    return resources_dir() / "gazetteer" / "countries.tsv"


# Places GeoNames and Natural Earth keep apart from the state they belong to, as host
# countries: a mission in Hong Kong stood in China.
PART_OF = {"HK": "CN", "MO": "CN"}


@cache
def countries() -> dict[str, tuple[str, str]]:
    """Every country GeoNames knows: ISO code -> (ISO 3166 alpha-3, English name)."""
    return {iso: (iso3, name) for iso, (iso3, name, _numeric) in _country_rows().items()}


@cache
def numeric_codes() -> dict[str, str]:
    """ISO alpha-2 -> ISO 3166 numeric (as Natural Earth's basemap ids: '156' for CN)."""
    return {iso: numeric for iso, (_iso3, _name, numeric) in _country_rows().items()}


@cache
def _country_rows() -> dict[str, tuple[str, str, str]]:
    lines = countries_path().read_text(encoding="utf-8").splitlines()
    if lines[:1] != [COUNTRIES_HEADER]:
        raise ValueError(f"{countries_path()} is not a country list this version reads")
    return {iso: (iso3, name, numeric)
            for iso, iso3, name, numeric in (line.split("\t") for line in lines[1:])}


@cache
def _index() -> dict[str, tuple[Place, ...]]:
    by_name: dict[str, list[Place]] = {}
    with gzip.open(gazetteer_path(), "rt", encoding="utf-8") as handle:
        header = handle.readline().rstrip("\n")
        if header != GAZETTEER_HEADER:
            raise ValueError(f"{gazetteer_path()} is not a gazetteer this version reads")
        for line in handle:
            geonameid, name, country, latitude, longitude, population, alternates = \
                line.rstrip("\n").split("\t")
            place = Place(int(geonameid), name, country, float(latitude), float(longitude),
                          int(population))
            for label in {name, *alternates.split("|")} - {""}:
                by_name.setdefault(normalise(label), []).append(place)
    return {key: tuple(sorted(places, key=lambda p: -p.population))
            for key, places in by_name.items()}


def find_city(name: str, country: str | None = None) -> Place | None:
    """The city called ``name`` (in the country with ISO code ``country``, when given)."""
    places = _index().get(normalise(name), ())
    if country is not None:
        places = tuple(p for p in places if p.country == country)
    return places[0] if places else None


def places_named(name: str, limit: int = 8) -> tuple[Place, ...]:
    """The largest place called ``name`` in each country that has one, largest first: the
    choice a form offers when a city's name alone does not say where it is."""
    seen: dict[str, Place] = {}
    for place in _index().get(normalise(name), ()):
        seen.setdefault(place.country, place)
    return tuple(seen.values())[:limit]
