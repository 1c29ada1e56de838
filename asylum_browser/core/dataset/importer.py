"""Import a researcher's own cases from CSV or JSON into a new database of our schema.

Steps, each usable on its own (the window's dialog and the CLI share them):
1. read_table: the file's columns and rows (CSV in UTF-8, or Windows-1252 with a warning; JSON
   as a list of objects or {"incidents": [...]}).
2. guess_mapping: which of its columns feed which of our fields, by name.
3. validate: every row checked; dates in ISO or common forms with their precision, numbers,
   countries by name, code or alias, cities through the offline gazetteer, every source (its
   URL or citation, title, publisher, date, quote) and the claims where sources disagree
   (import_sources.py). The report lists row, column, value and problem.
4. write_database: the valid rows go into a new database, built in a temporary file beside the
   target and renamed into place, so a failure, a cancel or a killed process leaves nothing
   half-written (and any earlier file at the target untouched).
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import io
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset import import_sources
from asylum_browser.core.dataset.build import BuildError, write_records_database
from asylum_browser.core.dataset.gazetteer import countries as gazetteer_countries
from asylum_browser.core.dataset.import_rows import (
    REQUIRED,
    IdClaims,
    Problem,
    Vocabulary,
    check_row,
    slug,
)
from asylum_browser.core.dataset.records import UNKNOWN, Record, Records, load_records
from asylum_browser.core.model.formula import escape_formula
from asylum_browser.core.model.text import normalise
from asylum_browser.i18n.words import tr
from asylum_browser.paths import records_dir

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
    # the first source's publisher, date and quote, further sources, the JSON lists, and
    # the claims where sources disagree (import_sources.py)
    **import_sources.extra_fields(),
}
PROGRESS_EVERY = 2000
# A case list has a few dozen columns; a file with thousands is refused before anything is
# built per column (200,000 columns once took 2.4 GB, and the dialog one combo box each).
MAX_COLUMNS = 1000
Progress = Callable[[int, int], bool]  # rows done, rows in all -> keep going?


class ImportProblem(Exception):
    """The file cannot be imported at all; the message says why."""


class ImportCancelled(ImportProblem):
    pass


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
        """The report as CSV for a spreadsheet: the values and column names come from the
        user's file, so text a spreadsheet would run as a formula gets its apostrophe, as in
        exports (core/model/formula.py)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(["row", "column", "value", "problem", "kind"])
        for item in self.problems:
            writer.writerow([item.row, escape_formula(item.column), escape_formula(item.value),
                             escape_formula(item.problem),
                             "rejected" if item.fatal else "warning"])
        return out.getvalue()


# --- 1. reading ------------------------------------------------------------------------------

def read_table(path: Path) -> Table:
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ImportProblem(tr("{file} cannot be read: {reason}.").format(
            file=path.name, reason=error.strerror or error)) from None
    if not data.strip():
        raise ImportProblem(tr("{file} is empty: there is nothing to import.").format(
            file=path.name))
    warnings = []
    try:
        utf16 = _utf16(data)
        text = data.decode(utf16) if utf16 else data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = data.decode("cp1252", errors="replace")
        warnings.append(Problem(0, "", "", tr(
            "{file} is not UTF-8 (byte {byte} cannot be read as UTF-8); it was read as "
            "Windows-1252. Check accented letters, or save the file as UTF-8.").format(
                file=path.name, byte=error.start + 1), fatal=False))
    if path.suffix.lower() == ".json" or text.lstrip().startswith(("[", "{")):
        table = _json_table(text, path.name)
    else:
        table = _csv_table(text, path.name)
    table.warnings = warnings + table.warnings
    if not table.rows:
        raise ImportProblem(tr("{file} has a header but no rows.").format(file=path.name))
    return table


def _utf16(data: bytes) -> str | None:
    """The UTF-16 codec a file is in (Excel's "Unicode Text" is UTF-16 with a byte-order
    mark), or None. Without a mark, text that is mostly ASCII has a NUL in every other byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) * 3 >= len(sample):
        odd, even = sample[1::2].count(0), sample[0::2].count(0)
        if odd > 3 * max(even, 1):
            return "utf-16-le"
        if even > 3 * max(odd, 1):
            return "utf-16-be"
    return None


def _csv_table(text: str, name: str) -> Table:
    try:
        dialect = csv.Sniffer().sniff(text[:20000], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise ImportProblem(tr("{file} is empty: there is nothing to import.").format(
            file=name)) from None
    except csv.Error as error:
        raise ImportProblem(tr("{file} is not readable CSV ({reason}).").format(
            file=name, reason=error)) from None
    if not any(header):
        raise ImportProblem(tr("{file} has no column names in its first line.").format(
            file=name))
    _check_width(len(header), name)
    columns = [h or f"column {i + 1}" for i, h in enumerate(header)]
    rows = []
    try:
        for values in reader:
            if not any(v.strip() for v in values):
                continue
            rows.append({c: (values[i].strip() if i < len(values) else "")
                         for i, c in enumerate(columns)})
    except csv.Error as error:
        raise ImportProblem(tr("{file} is not readable CSV after row {row} ({reason}).")
                            .format(file=name, row=len(rows), reason=error)) from None
    return Table(columns, rows)


def _json_table(text: str, name: str) -> Table:
    try:
        payload = json.loads(text)
    except ValueError as error:
        raise ImportProblem(tr("{file} is not readable JSON ({reason}).").format(
            file=name, reason=error)) from None
    except RecursionError:
        raise ImportProblem(tr("{file} is not readable JSON (it is nested too deeply).")
                            .format(file=name)) from None
    items = payload.get("incidents") if isinstance(payload, dict) else payload
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ImportProblem(tr("{file} must hold a list of objects (or {{\"incidents\": "
                               "[...]}}), one per case.").format(file=name))
    names: dict[str, None] = {}  # every key once, in order (a list made this quadratic)
    for item in items:
        names.update(dict.fromkeys(str(key) for key in item))
        _check_width(len(names), name)
    columns = list(names)
    rows = [{c: _json_cell(item.get(c)) for c in columns} for item in items]
    return Table(columns, rows)


def _check_width(columns: int, name: str) -> None:
    if columns > MAX_COLUMNS:
        raise ImportProblem(tr("{file} has {count} columns; an import reads at most {limit}. "
                               "Keep the columns to import and save it again.").format(
            file=name, count=f"{columns:,}", limit=f"{MAX_COLUMNS:,}"))


def _json_cell(value: object) -> str:
    """A JSON value as the text of a cell; a nested list or object is kept as JSON text."""
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        try:
            return json.dumps(value, ensure_ascii=False)
        except RecursionError:
            return ""
    return str(value).strip()


# --- 2. mapping ------------------------------------------------------------------------------

@functools.cache
def _hint_pattern(hints: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled search for a field's hint words (compiling one per hint and column took
    78 s for a file of 200,000 columns)."""
    return re.compile("|".join(rf"\b{re.escape(hint)}\b" for hint in hints) or "(?!)")


def _key(column: str) -> str:
    return normalise(re.sub(r"[_\-.]+", " ", column))


def _matches(key: str, name: str, exact: bool) -> bool:
    hints = FIELDS.get(name, ())
    return key in (normalise(name.replace("_", " ")), *hints) if exact \
        else bool(_hint_pattern(hints).search(key))


def _among(key: str, names: Sequence[str]) -> str | None:
    """The one of ``names`` a column name suggests, exactly or by a hint word."""
    for exact in (True, False):
        for name in names:
            if _matches(key, name, exact):
                return name
    return None


def guess_mapping(columns: Sequence[str]) -> dict[str, str]:
    """Column -> our field, by name; each field is fed by one column at most. Exact names
    first (after normalising), then numbered sources and disputed fields by their pattern
    ("Source 2 title", "Disputed number of people"), then the hint words."""
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    keys = {column: _key(column) for column in columns}
    for step in ("exact", "pattern", "hint"):
        for column in columns:
            if column in mapping:
                continue
            if step == "pattern":
                found = import_sources.guess(keys[column], _among)
                names: Iterable[str] = [found] if found is not None else []
            else:
                names = (name for name in FIELDS if _matches(keys[column], name,
                                                             step == "exact"))
            name = next((n for n in names if n not in taken), None)
            if name is not None:
                mapping[column] = name
                taken.add(name)
    return mapping


# --- 3. validating (each row: core/dataset/import_rows.py) -------------------------

def validate(table: Table, mapping: dict[str, str], vocabulary: Vocabulary | None = None,
             progress: Progress | None = None) -> Checked:
    vocabulary = vocabulary or Vocabulary.bundled()
    by_field = {name: column for column, name in mapping.items()}
    missing = [name for name in REQUIRED if name not in by_field]
    problems = list(table.warnings)
    for column in table.columns:
        number = None if column in mapping else import_sources.beyond(_key(column), _among)
        if number is not None:
            problems.append(Problem(0, column, "", tr(
                "source {number} is not imported: a row gives at most {limit} sources in "
                "columns; put more in a JSON “sources” list").format(
                    number=number, limit=import_sources.MAX_SOURCES), fatal=False))
    if missing:
        problems.append(Problem(0, "", "", "No column is mapped to " + ", ".join(missing)
                                + "; these are needed for every case."))
        return Checked([], problems, len(table.rows))
    records: list[Record] = []
    ids = IdClaims()
    for number, row in enumerate(table.rows, start=1):
        if progress is not None and number % PROGRESS_EVERY == 0 \
                and not progress(number, len(table.rows)):
            raise ImportCancelled("Import cancelled; nothing was written.")
        record, row_problems = check_row(number, row, by_field, vocabulary, ids)
        problems += row_problems
        if record is not None:
            records.append(record)
    return Checked(records, problems, len(table.rows))


# --- 4. writing ------------------------------------------------------------------------------

@dataclass
class UserPart:
    """Checked cases as records beside ours: their cities (with coordinates), missions,
    incidents (origin "mine") and any countries our records lack."""

    cities: list[Record]
    gazetteer: dict[str, Record]
    missions: list[Record]
    incidents: list[Record]
    countries: list[Record]


def user_part(checked: list[Record], bundled: Records,
              progress: Progress | None = None) -> UserPart:
    cities: dict[str, Record] = {}
    missions: dict[str, Record] = {}
    incidents = []
    gazetteer: dict[str, Record] = {}
    for index, record in enumerate(checked, start=1):
        if progress is not None and index % PROGRESS_EVERY == 0 \
                and not progress(index, len(checked)):
            raise ImportCancelled("Import cancelled; nothing was written.")
        city = record["city"]
        latitude, longitude = record["coordinates"]
        cities.setdefault(city, {"name": city, "country": record["host_country"],
                                 "geonameid": 0})
        gazetteer.setdefault(city, {"latitude": latitude, "longitude": longitude,
                                    "cjk_names": []})
        mission_id = slug("-".join(filter(None, (record["sending_state"] or "unknown",
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
                          "mission": mission_id, "_origin": "mine"})
    known = {c["code"] for c in bundled.countries}
    used = {code for record in checked for code in
            (record["host_country"], record["sending_state"], record["seekers_nationality"])
            if code and code not in known}
    names = gazetteer_countries()
    extra = [{"code": code, "name": names[code][1], "kind": "state", "demonym": None,
              "successor": None, "aliases": [names[code][0]]} for code in sorted(used)]
    return UserPart(list(cities.values()), gazetteer, list(missions.values()), incidents, extra)


def user_vocabularies(bundled: Records) -> dict[str, list[Record]]:
    """Ours, and "unknown" as a mission type, which a user's case may leave open."""
    vocabularies = {name: list(values) for name, values in bundled.vocabularies.items()}
    vocabularies["mission_types"].append({"code": UNKNOWN, "label": "Unknown"})
    return vocabularies


def write_database(checked: Checked, target: Path, source_name: str,
                   progress: Progress | None = None) -> dict[str, int]:
    """Build the database of the valid cases at ``target``, whole or not at all."""
    if not checked.records:
        raise ImportProblem("No row could be imported; see the report.")
    bundled = load_records(records_dir())
    today = dt.date.today().isoformat()
    part = user_part(checked.records, bundled, progress)
    records = Records(
        dataset={"version": f"import-{today}", "date": today,
                 "title": f"Your cases, imported from {source_name}",
                 "licence": "as the person who imported it decides",
                 "attribution": [f"Imported from {source_name} on {today}.",
                                 "City coordinates: GeoNames (CC BY 4.0) unless the file "
                                 "gave them."]},
        vocabularies=user_vocabularies(bundled), countries=[*bundled.countries, *part.countries],
        cities=part.cities, missions=part.missions, incidents=part.incidents)
    try:
        return write_records_database(records, part.gazetteer, Path(target))
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
