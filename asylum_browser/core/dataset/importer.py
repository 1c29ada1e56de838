"""Import a researcher's own cases from CSV or JSON into a new database of our schema.

Steps, each usable on its own (the window's dialog and the CLI share them):
1. read_table: the file's columns and rows (CSV in UTF-8, or Windows-1252 with a warning; JSON
   as a list of objects or {"incidents": [...]}).
2. guess_mapping: which of its columns feed which of our fields, by name.
3. validate: every row checked; dates in ISO or common forms with their precision, numbers,
   countries by name, code or alias, cities through the offline gazetteer. The report lists
   row, column, value and problem.
4. write_database: the valid rows go into a new database, built in a temporary file beside the
   target and renamed into place, so a failure, a cancel or a killed process leaves nothing
   half-written (and any earlier file at the target untouched).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset.build import BuildError, write_records_database
from asylum_browser.core.dataset.gazetteer import PART_OF, Place, find_city
from asylum_browser.core.dataset.gazetteer import countries as gazetteer_countries
from asylum_browser.core.dataset.records import UNKNOWN, Record, Records, load_records
from asylum_browser.core.model.dates import parse_partial
from asylum_browser.core.model.text import normalise
from asylum_browser.paths import bundled_db_path, records_dir

# Our fields a column can feed, with the words that suggest them in a column name.
FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "identifier", "case id", "key"),
    "title": ("title", "name", "headline", "case"),
    "summary": ("summary", "description", "details", "narrative", "what happened"),
    "date_start": ("date", "date start", "start", "began", "start date", "date of entry"),
    "date_end": ("date end", "end", "ended", "end date", "left"),
    "city": ("city", "town", "place", "location"),
    "host_country": ("host country", "host", "country", "host state"),
    "sending_state": ("sending state", "mission of", "embassy of", "mission country",
                      "sending country", "mission state"),
    "mission_name": ("mission", "mission name", "embassy", "consulate"),
    "mission_type": ("mission type", "type", "kind of mission"),
    "seekers_nationality": ("nationality", "seekers nationality", "citizenship", "origin"),
    "people_count": ("people", "people count", "number", "count", "persons", "number of people"),
    "people_note": ("people note", "who"),
    "outcome": ("outcome", "result", "what became of them"),
    "outcome_class": ("outcome class", "outcome category"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "lng", "long"),
    "source": ("source", "source url", "url", "link", "reference", "citation"),
    "source_title": ("source title", "reference title"),
}
REQUIRED = ("title", "city", "host_country")
MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}
PROGRESS_EVERY = 2000
Progress = Callable[[int, int], bool]  # rows done, rows in all -> keep going?


class ImportProblem(Exception):
    """The file cannot be imported at all; the message says why."""


class ImportCancelled(ImportProblem):
    pass


@dataclass(frozen=True)
class Problem:
    row: int  # 1-based data row (the header is row 0); 0 for the file as a whole
    column: str
    value: str
    problem: str
    fatal: bool = True  # False: a warning, the row is still imported


@dataclass
class Table:
    columns: list[str]
    rows: list[dict[str, str]]
    warnings: list[Problem] = field(default_factory=list)


@dataclass
class Checked:
    records: list[Record]  # valid incidents, in our record form
    problems: list[Problem]
    rows: int

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.problems if p.fatal and p.row})

    def report_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["row", "column", "value", "problem", "kind"])
        for item in self.problems:
            writer.writerow([item.row, item.column, item.value, item.problem,
                             "rejected" if item.fatal else "warning"])
        return out.getvalue()


# --- 1. reading ------------------------------------------------------------------------------

def read_table(path: Path) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportProblem(f"{path.name} cannot be read: {error.strerror or error}.") from None
    if not data.strip():
        raise ImportProblem(f"{path.name} is empty: there is nothing to import.")
    warnings = []
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        warnings.append(Problem(0, "", "", f"{path.name} is not UTF-8 (byte {error.start + 1} "
                                f"cannot be read as UTF-8); it was read as Windows-1252. "
                                "Check accented letters, or save the file as UTF-8.",
                                fatal=False))
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        table = _json_table(text, path.name)
    else:
        table = _csv_table(text, path.name)
    table.warnings = warnings + table.warnings
    if not table.rows:
        raise ImportProblem(f"{path.name} has a header but no rows.")
    return table


def _csv_table(text: str, name: str) -> Table:
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ImportProblem(f"{name} is empty: there is nothing to import.") from None
    except csv.Error as error:
        raise ImportProblem(f"{name} is not readable CSV ({error}).") from None
    if not any(header):
        raise ImportProblem(f"{name} has no column names in its first line.")
    columns = [h or f"column {i + 1}" for i, h in enumerate(header)]
    rows = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            rows.append({c: (values[i].strip() if i < len(values) else "")
                         for i, c in enumerate(columns)})
    except csv.Error as error:
        raise ImportProblem(f"{name} is not readable CSV after row {len(rows)} "
                            f"({error}).") from None
    return Table(columns, rows)


def _json_table(text: str, name: str) -> Table:
    try:
        payload = json.loads(text)
    except ValueError as error:
        raise ImportProblem(f"{name} is not readable JSON ({error}).") from None
    items = payload.get("incidents") if isinstance(payload, dict) else payload
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ImportProblem(f"{name} must hold a list of objects (or {{\"incidents\": "
                            "[...]}), one per case.")
    columns: list[str] = []
    for item in items:
        columns += [str(k) for k in item if str(k) not in columns]
    rows = [{c: "" if item.get(c) is None else str(item.get(c)).strip() for c in columns}
            for item in items]
    return Table(columns, rows)


# --- 2. mapping ------------------------------------------------------------------------------

def guess_mapping(columns: Sequence[str]) -> dict[str, str]:
    """Column -> our field, by name; each field is fed by one column at most."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    # exact names first (after normalising), then the hint words
    for exact in (True, False):
        for column in columns:
            if column in mapping:
                continue
            key = normalise(re.sub(r"[_\-.]+", " ", column))
            for name, hints in FIELDS.items():
                if name in taken:
                    continue
                if (key in (normalise(name.replace("_", " ")), *hints) if exact
                        else any(re.search(rf"\b{re.escape(h)}\b", key) for h in hints)):
                    mapping[column] = name
                    taken.add(name)
                    break
    return mapping


# --- 3. validating ---------------------------------------------------------------------------

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


def parse_date(text: str) -> str:
    """A partial ISO date from ISO or common forms; ValueError says what is wrong."""
    value = text.strip()
    iso = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value)
    if iso:
        year, month, day = iso.groups()
        result = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}"
                                                                  if day else "")
    elif match := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", value):
        first, second, year = (int(g) for g in match.groups())
        if first <= 12 and second <= 12 and first != second:
            raise ValueError("day and month are ambiguous; write it as YYYY-MM-DD")
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
            raise ValueError("not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
        result = years[0] + (f"-{months[0]:02d}" if months else "") + (
            f"-{int(days[0]):02d}" if days else "")
    parse_partial(result)  # raises ValueError for 2002-02-30 and the like
    return result


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalise(text)).strip("-")[:60] or "case"


def validate(table: Table, mapping: dict[str, str], vocabulary: Vocabulary | None = None,
             progress: Progress | None = None) -> Checked:
    vocabulary = vocabulary or Vocabulary.bundled()
    by_field = {name: column for column, name in mapping.items()}
    missing = [name for name in REQUIRED if name not in by_field]
    problems = list(table.warnings)
    if missing:
        problems.append(Problem(0, "", "", "No column is mapped to " + ", ".join(missing)
                                + "; these are needed for every case."))
        return Checked([], problems, len(table.rows))
    records: list[Record] = []
    ids: set[str] = set()
    for number, row in enumerate(table.rows, start=1):
        if progress is not None and number % PROGRESS_EVERY == 0 \
                and not progress(number, len(table.rows)):
            raise ImportCancelled("Import cancelled; nothing was written.")
        record, row_problems = _check_row(number, row, by_field, vocabulary, ids)
        problems += row_problems
        if record is not None:
            records.append(record)
    return Checked(records, problems, len(table.rows))


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


def _check_row(number: int, row: dict[str, str], by_field: dict[str, str],
               vocabulary: Vocabulary, ids: set[str]) -> tuple[Record | None, list[Problem]]:
    problems: list[Problem] = []

    def value(name: str) -> str:
        column = by_field.get(name)
        return row.get(column, "").strip() if column else ""

    def bad(name: str, text: str, fatal: bool = True) -> None:
        problems.append(Problem(number, by_field.get(name, name), value(name), text, fatal))

    record: Record = {"title": value("title"), "summary": value("summary"),
                      "people_note": value("people_note") or None,
                      "outcome": value("outcome") or None, "confidence": None,
                      "outcome_class": UNKNOWN}
    for name in REQUIRED:
        if not value(name):
            bad(name, f"{name.replace('_', ' ')} is empty")
    host = _lookup(vocabulary.countries, value("host_country")) if value("host_country") \
        else None
    if value("host_country") and host is None:
        bad("host_country", "not a country this app knows (use its name, ISO code or an alias)")
    record["host_country"] = host
    for name in ("sending_state", "seekers_nationality"):
        code = _lookup(vocabulary.countries, value(name)) if value(name) else None
        if value(name) and code is None:
            bad(name, "not a country this app knows (use its name, ISO code or an alias)")
        record[name] = code
    for name in ("date_start", "date_end"):
        if value(name):
            try:
                record[name] = parse_date(value(name))
            except ValueError as error:
                bad(name, str(error))
    if value("people_count"):
        digits = value("people_count").replace(",", "").replace(" ", "")
        if digits.isdigit():
            record["people_count"] = int(digits)
        else:
            bad("people_count", "not a whole number of people")
    if value("outcome_class"):
        code = _lookup(vocabulary.outcome_classes, value("outcome_class"))
        if code is None:
            bad("outcome_class", "not an outcome class (see docs/data.md)")
        record["outcome_class"] = code or UNKNOWN
    mission_type = UNKNOWN
    if value("mission_type"):
        found = _lookup(vocabulary.mission_types, value("mission_type"))
        if found is None:
            bad("mission_type", "not a mission type (see docs/data.md)")
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
            bad("latitude", "latitude and longitude must be decimal degrees, both given")
    if value("city") and "coordinates" not in record:
        place = _find_place(value("city"), host, vocabulary)
        if place is None:
            bad("city", "not in the offline gazetteer (cities of 15,000 people or more); give "
                        "latitude and longitude columns for it")
        else:
            record["coordinates"] = (place.latitude, place.longitude)
    record["city"] = place.name if place is not None else value("city")
    if value("source"):
        record["sources"] = [{"url": value("source"),
                              "title": value("source_title") or None}]
    else:
        record["sources"] = []
        bad("source", "no source: the case is imported, but cite one when you can", False)
    incident_id = _slug(value("id")) if value("id") else _slug(
        "-".join(v for v in (record.get("date_start") or "", record["city"],
                             record["title"][:30]) if v))
    base, counter = incident_id, 2
    while incident_id in ids:
        incident_id, counter = f"{base}-{counter}", counter + 1
    ids.add(incident_id)
    record["id"] = incident_id
    if any(p.fatal for p in problems):
        return None, problems
    return record, problems


# --- 4. writing ------------------------------------------------------------------------------

def write_database(checked: Checked, target: Path, source_name: str,
                   progress: Progress | None = None) -> dict[str, int]:
    """Build the database of the valid cases at ``target``, whole or not at all."""
    if not checked.records:
        raise ImportProblem("No row could be imported; see the report.")
    bundled = load_records(records_dir())
    today = dt.date.today().isoformat()
    cities: dict[str, Record] = {}
    missions: dict[str, Record] = {}
    incidents = []
    gazetteer: dict[str, Record] = {}
    for index, record in enumerate(checked.records, start=1):
        if progress is not None and index % PROGRESS_EVERY == 0 \
                and not progress(index, len(checked.records)):
            raise ImportCancelled("Import cancelled; nothing was written.")
        city = record["city"]
        latitude, longitude = record["coordinates"]
        cities.setdefault(city, {"name": city, "country": record["host_country"],
                                 "geonameid": 0})
        gazetteer.setdefault(city, {"latitude": latitude, "longitude": longitude,
                                    "cjk_names": []})
        mission_id = _slug("-".join(filter(None, (record["sending_state"] or "unknown",
                                                   record["mission_type"], city))))
        missions.setdefault(mission_id, {
            "id": mission_id, "type": record["mission_type"],
            "name": record["mission_name"] or _mission_name(record, bundled),
            "sending_state": record["sending_state"], "city": city,
            "host_country": record["host_country"], "latitude": None, "longitude": None,
            "coord_source": None, "note": None})
        incidents.append({**{k: v for k, v in record.items()
                             if k not in ("coordinates", "mission_name", "mission_type",
                                          "sending_state")},
                          "mission": mission_id})
    known = {c["code"] for c in bundled.countries}
    used = {code for record in checked.records for code in
            (record["host_country"], record["sending_state"], record["seekers_nationality"])
            if code and code not in known}
    names = gazetteer_countries()
    extra = [{"code": code, "name": names[code][1], "kind": "state", "demonym": None,
              "successor": None, "aliases": [names[code][0]]} for code in sorted(used)]
    vocabularies = {name: list(values) for name, values in bundled.vocabularies.items()}
    vocabularies["mission_types"].append({"code": UNKNOWN, "label": "Unknown"})
    records = Records(
        dataset={"version": f"import-{today}", "date": today,
                 "title": f"Your cases, imported from {source_name}",
                 "licence": "as the person who imported it decides",
                 "attribution": [f"Imported from {source_name} on {today}.",
                                 "City coordinates: GeoNames (CC BY 4.0) unless the file "
                                 "gave them."]},
        vocabularies=vocabularies, countries=[*bundled.countries, *extra],
        cities=list(cities.values()),
        missions=list(missions.values()), incidents=incidents)
    try:
        return write_records_database(records, gazetteer, Path(target))
    except BuildError as error:
        raise ImportProblem(str(error)) from None


def _mission_name(record: Record, bundled: Records) -> str:
    names = {c["code"]: c["name"] for c in bundled.countries}
    kind = str(record["mission_type"]).replace("_", " ")
    kind = "mission" if kind == UNKNOWN else kind
    state = names.get(record["sending_state"] or "", "an unknown state")
    return f"{kind[0].upper()}{kind[1:]} of {state} in {record['city']}"


def import_file(path: Path, target: Path, mapping: dict[str, str] | None = None,
                skip_invalid: bool = False, progress: Progress | None = None
                ) -> tuple[Checked, dict[str, int] | None]:
    """The whole import: read, map (guessed unless given), validate, and write when every row
    is valid or ``skip_invalid`` is set. Returns the check and the counts written (or None)."""
    table = read_table(path)
    mapping = mapping if mapping is not None else guess_mapping(table.columns)
    unknown = sorted(set(mapping) - set(table.columns))
    if unknown:
        raise ImportProblem(f"The mapping names columns the file does not have: "
                            f"{', '.join(unknown)}.")
    checked = validate(table, mapping, progress=progress)
    fatal_file = [p for p in checked.problems if p.fatal and p.row == 0]
    if fatal_file or (checked.rejected_rows and not skip_invalid):
        return checked, None
    return checked, write_database(checked, target, Path(path).name, progress)


def load_mapping(path: Path) -> dict[str, str]:
    try:
        loaded = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ImportProblem(f"The mapping {Path(path).name} cannot be read ({error}).") \
            from None
    if not isinstance(loaded, dict) or not all(isinstance(k, str) and v in FIELDS
                                               for k, v in loaded.items()):
        raise ImportProblem(f"The mapping {Path(path).name} must be a JSON object from column "
                            f"names to fields: {', '.join(FIELDS)}.")
    return dict(loaded)


def describe(items: Iterable[Problem]) -> list[str]:
    return [f"row {p.row}, {p.column or 'file'}: {p.problem}"
            + (f" (“{p.value[:40]}”)" if p.value else "") for p in items]


def mapped_preview(table: Table, mapping: dict[str, str], rows: int = 20) -> list[dict[str, Any]]:
    """The first rows as our fields will receive them, for the mapping dialog."""
    return [{name: row.get(column, "") for column, name in mapping.items()}
            for row in table.rows[:rows]]
