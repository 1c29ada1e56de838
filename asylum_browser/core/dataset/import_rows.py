"""One row of an import checked: dates in their common forms, countries by any name, cities
through the offline gazetteer, the vocabularies; each problem with its row, column and value.

core/dataset/importer.py reads the file, maps its columns and writes the database; this module
is what it asks of every row.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from dataclasses import dataclass, field

from asylum_browser.core.dataset.gazetteer import PART_OF, Place, find_city
from asylum_browser.core.dataset.gazetteer import countries as gazetteer_countries
from asylum_browser.core.dataset.records import UNKNOWN, Record
from asylum_browser.core.model.dates import parse_partial
from asylum_browser.core.model.fields import PEOPLE_LIMIT
from asylum_browser.core.model.text import normalise
from asylum_browser.i18n.words import QT_TR_NOOP, tr
from asylum_browser.paths import bundled_db_path

REQUIRED = ("title", "city", "host_country")
# A source named (by its title, publisher, date or quote) but not findable: the importer's row
# and the case form's sources table say it in these words (core/cases/mycases.py).
NO_SOURCE_LINK = QT_TR_NOOP("this source has no URL or citation, so no one could find it: "
                            "give one, or take the source out")


@dataclass(frozen=True)
class Problem:
    row: int  # 1-based data row (the header is row 0); 0 for the file as a whole
    column: str
    value: str
    problem: str
    fatal: bool = True  # False: a warning, the row is still imported



MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}

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


def ascii_digits(text: str) -> str:
    """Any script's decimal digits (full-width ２, Arabic-Indic ٢) as ASCII ones, so a value
    is stored in the one form every search and sort reads."""
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii()
                   else char for char in text)


def parse_date(text: str) -> str:
    """A partial ISO date from ISO or common forms; ValueError says what is wrong."""
    value = ascii_digits(text.strip())
    iso = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value)
    if iso:
        year, month, day = iso.groups()
        result = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}"
                                                                  if day else "")
    elif match := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", value):
        first, second, year = (int(g) for g in match.groups())
        if first <= 12 and second <= 12 and first != second:
            raise ValueError(tr("day and month are ambiguous; write it as YYYY-MM-DD"))
        day, month = (first, second) if first > 12 else (second, first)
        result = f"{year:04d}-{month:02d}-{day:02d}"
    else:
        words = re.findall(r"[A-Za-z]+|\d+", value)
        numbers = [w for w in words if w.isdigit()]
        months = [MONTHS[w.lower()] for w in words if w.lower() in MONTHS]
        years = [n for n in numbers if len(n) == 4]
        days = [n for n in numbers if len(n) <= 2]
        if len(years) != 1 or len(months) > 1 or len(days) > 1 or (days and not months) \
                or len(words) != len(years) + len(months) + len(days):
            raise ValueError(tr("not a date; write YYYY, YYYY-MM or YYYY-MM-DD"))
        result = years[0] + (f"-{months[0]:02d}" if months else "") + (
            f"-{int(days[0]):02d}" if days else "")
    parse_partial(result)  # raises ValueError for 2002-02-30 and the like
    return result


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
    if value("source"):
        record["sources"] = [{"url": value("source"),
                              "title": value("source_title") or None}]
    elif value("source_title"):
        record["sources"] = []
        bad("source_title", tr(NO_SOURCE_LINK))
    else:
        record["sources"] = []
        bad("source", tr("no source: the case is imported, but cite one when you can"), False)
    incident_id = slug(value("id")) if value("id") else slug(
        "-".join(v for v in (record.get("date_start") or "", record["city"],
                             record["title"][:30]) if v))
    record["id"] = ids.claim(incident_id)
    if any(p.fatal for p in problems):
        return None, problems
    return record, problems
