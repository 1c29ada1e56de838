"""One row of an import checked: dates in their common forms, countries by any name, cities
through the offline gazetteer, the vocabularies; each problem with its row, column and value.

core/dataset/importer.py reads the file, maps its columns and writes the database; this module
is what it asks of every row. A row's sources and the claims where they disagree are read and
checked by core/dataset/import_sources.py, which the case form shares.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from asylum_browser.core.dataset import import_sources
from asylum_browser.core.dataset.gazetteer import PART_OF, Place, find_city
from asylum_browser.core.dataset.gazetteer import countries as gazetteer_countries

# A source named (by its title, publisher, date or quote) but not findable, and the dates a
# row gives: the case form and every import say them in the same words (import_sources.py).
from asylum_browser.core.dataset.import_sources import (
    NO_SOURCE_LINK,
    ascii_digits,
    parse_date,
)
from asylum_browser.core.dataset.records import UNKNOWN, Record
from asylum_browser.core.model.fields import PEOPLE_LIMIT
from asylum_browser.core.model.text import normalise
from asylum_browser.i18n.words import tr
from asylum_browser.paths import bundled_db_path

__all__ = ["NO_SOURCE_LINK", "REQUIRED", "IdClaims", "Problem", "Vocabulary",
           "ascii_digits", "check_row", "parse_date", "slug"]

REQUIRED = ("title", "city", "host_country")


@dataclass(frozen=True)
class Problem:
    row: int  # 1-based data row (the header is row 0); 0 for the file as a whole
    column: str
    value: str
    problem: str
    fatal: bool = True  # False: a warning, the row is still imported



@dataclass
class Vocabulary:
    """Names the importer resolves: countries, outcome classes, mission types."""

    countries: dict[str, str]  # normalised name -> code
    country_names: dict[str, str]  # code -> name
    outcome_classes: dict[str, str]
    mission_types: dict[str, str]
    # Our cities' other names (East Berlin -> Berlin), and the modern state in which a
    # historic one's cities are found in the gazetteer (DDDE -> DE).
    city_names: dict[str, str] = field(default_factory=dict)
    successors: dict[str, str] = field(default_factory=dict)

    @staticmethod
    def bundled() -> Vocabulary:
        connection = sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)
        try:
            names: dict[str, dict[str, str]] = {}
            for vocabulary, code, name_norm in connection.execute(
                    "SELECT vocabulary, code, name_norm FROM names"):
                names.setdefault(vocabulary, {})[name_norm] = code
            country_names = dict(connection.execute("SELECT code, name FROM countries"))
            successors = dict(connection.execute(
                "SELECT code, successor FROM countries WHERE successor IS NOT NULL"))
        finally:
            connection.close()
        # Every other country by its GeoNames name and ISO codes; ours (with aliases in
        # several scripts, and historic states) win where both know a name.
        by_name = names.get("country", {})
        for iso, (iso3, name) in gazetteer_countries().items():
            for label in (name, iso, iso3):
                by_name.setdefault(normalise(label), iso)
            country_names.setdefault(iso, name)
        return Vocabulary(by_name, country_names, names.get("outcome_class", {}),
                          names.get("mission_type", {}), names.get("city", {}), successors)


def _lookup(table: dict[str, str], value: str) -> str | None:
    key = normalise(value)
    if key in table:
        return table[key]
    starts = {code for name, code in table.items() if name.startswith(key + " ")}
    return starts.pop() if len(starts) == 1 else None


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-")[:60] or "case"


def _find_place(city: str, host: str | None, vocabulary: Vocabulary) -> Place | None:
    """The gazetteer city a row names, through our aliases and a historic host's successor.

    Hong Kong and Macao are their own entries in GeoNames; a row that puts them in China
    still finds them.
    """
    name = vocabulary.city_names.get(normalise(city), city)
    if host is None:
        return find_city(name)
    modern = vocabulary.successors.get(host, host)
    for country in (modern, *(part for part, whole in PART_OF.items() if whole == modern)):
        place = find_city(name, country)
        if place is not None:
            return place
    return None


class IdClaims:
    """The ids given so far in one import. A repeated id gets the first free ``-2``, ``-3``,
    ...: each base remembers where its search stopped, since starting again from 2 for every
    repeat made 40,000 rows of one id take 134 s instead of 8 s."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self._next: dict[str, int] = {}

    def claim(self, base: str) -> str:
        incident_id, counter = base, self._next.get(base, 2)
        while incident_id in self.taken:
            incident_id, counter = f"{base}-{counter}", counter + 1
        self._next[base] = counter
        self.taken.add(incident_id)
        return incident_id


# No cell of a case needs more than this (the longest bundled summary is under 2,000); a longer
# one is a rejected row, so no database we make holds a value that could stall a view.
CELL_LIMIT = 100_000
REPORT_VALUE_LIMIT = 200  # characters of a rejected value the report repeats


def check_row(number: int, row: dict[str, str], by_field: dict[str, str],
              vocabulary: Vocabulary, ids: IdClaims) -> tuple[Record | None, list[Problem]]:
    problems: list[Problem] = []

    def value(name: str) -> str:
        column = by_field.get(name)
        return row.get(column, "").strip() if column else ""

    def bad(name: str, text: str, fatal: bool = True) -> None:
        shown = value(name)
        if len(shown) > REPORT_VALUE_LIMIT:
            shown = shown[:REPORT_VALUE_LIMIT] + "…"
        problems.append(Problem(number, by_field.get(name, name), shown, text, fatal))

    too_long = [name for name in by_field if len(value(name)) > CELL_LIMIT]
    for name in too_long:
        bad(name, tr("longer than {limit} characters ({length}); shorten it").format(
            limit=f"{CELL_LIMIT:,}", length=f"{len(value(name)):,}"))
    if too_long:
        return None, problems

    record: Record = {"title": value("title"), "summary": value("summary"),
                      "people_note": value("people_note") or None,
                      "outcome": value("outcome") or None, "confidence": None,
                      "outcome_class": UNKNOWN}
    for name in REQUIRED:
        if not value(name):
            bad(name, tr("{field} is empty").format(field=name.replace("_", " ")))
    host = _lookup(vocabulary.countries, value("host_country")) if value("host_country") \
        else None
    if value("host_country") and host is None:
        bad("host_country", tr("not a country this app knows (use its name, ISO code or an alias)"))
    record["host_country"] = host
    for name in ("sending_state", "seekers_nationality"):
        code = _lookup(vocabulary.countries, value(name)) if value(name) else None
        if value(name) and code is None:
            bad(name, tr("not a country this app knows (use its name, ISO code or an alias)"))
        record[name] = code
    for name in ("date_start", "date_end"):
        if value(name):
            try:
                record[name] = parse_date(value(name))
            except ValueError as error:
                bad(name, str(error))
    if value("people_count"):
        digits = ascii_digits(value("people_count").replace(",", "").replace(" ", ""))
        if not (digits.isascii() and digits.isdigit()):  # "²" is a digit to str.isdigit
            bad("people_count", tr("not a whole number of people"))
        elif len(digits) > 13 or int(digits) >= PEOPLE_LIMIT:
            bad("people_count", tr("more people than this can hold: under {limit}").format(
                limit=f"{PEOPLE_LIMIT:,}"))
        else:
            record["people_count"] = int(digits)
    if value("outcome_class"):
        code = _lookup(vocabulary.outcome_classes, value("outcome_class"))
        if code is None:
            bad("outcome_class", tr("not an outcome class (see docs/data.md)"))
        record["outcome_class"] = code or UNKNOWN
    mission_type = UNKNOWN
    if value("mission_type"):
        found = _lookup(vocabulary.mission_types, value("mission_type"))
        if found is None:
            bad("mission_type", tr("not a mission type (see docs/data.md)"))
        mission_type = found or UNKNOWN
    record["mission_type"] = mission_type
    record["mission_name"] = value("mission_name") or None
    latitude, longitude = value("latitude"), value("longitude")
    place = None
    if latitude or longitude:
        try:
            lat, lon = float(latitude), float(longitude)
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                raise ValueError
            record["coordinates"] = (round(lat, 5), round(lon, 5))
        except ValueError:
            bad("latitude", tr("latitude and longitude must be decimal degrees, both given"))
    if value("city") and "coordinates" not in record:
        place = _find_place(value("city"), host, vocabulary)
        if place is None:
            bad("city", tr("not in the offline gazetteer (cities of 15,000 people or more); "
                           "give latitude and longitude columns for it"))
        else:
            record["coordinates"] = (place.latitude, place.longitude)
    record["city"] = place.name if place is not None else value("city")

    def column(name: str) -> str:
        return by_field.get(name, name)

    sources, disputes, of_sources = import_sources.check(
        import_sources.gather(value, column, by_field), column)
    for item in of_sources:
        shown = item.value if len(item.value) <= REPORT_VALUE_LIMIT else \
            item.value[:REPORT_VALUE_LIMIT] + "…"
        problems.append(Problem(number, item.column, shown, item.problem, item.fatal))
    record["sources"] = sources
    if disputes:
        record["disputes"] = disputes
    incident_id = slug(value("id")) if value("id") else slug(
        "-".join(v for v in (record.get("date_start") or "", record["city"],
                             record["title"][:30]) if v))
    record["id"] = ids.claim(incident_id)
    if any(p.fatal for p in problems):
        return None, problems
    return record, problems
