"""A case of the user's, as it is written (a JSON object) and checked.

The fields are the importer's (docs/import.md), so a case typed in a form, one in a JSON file
for ``asylum-browser cases add`` and a row of an imported CSV meet the same rules with the same
messages. Besides, a case may carry ``entry_method`` and ``host_response`` notes, a list of
``sources``, each ``{"url", "title", "publisher", "published", "quote"}`` (``url`` holds the URL
or, for a source not on the web, its citation, as the importer's source column does), and a
list of ``disputes``, each ``{"field", "claim", "source"}``: what one of those sources claims a
field is, where the sources disagree. They become the record's ``[[disputes]]``, as the bundled
records have them (resources/data/incidents/*.toml), under the topic ``DISPUTE_TOPIC``.
"""

from __future__ import annotations

import json
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset.import_rows import Problem, Vocabulary, slug

# The form's parts of a source and a claim, the fields a claim can be about and the topic
# its disputes get: the importer's (core/dataset/import_sources.py), which checks them.
from asylum_browser.core.dataset.import_sources import (
    CLAIMS,
    DISPUTE_FIELDS,
    DISPUTE_TOPIC,
    DISPUTED,
    SOURCE_FIELDS,
    SOURCES,
)
from asylum_browser.core.dataset.importer import FIELDS, Checked, Table, validate

__all__ = ["DISPUTED", "DISPUTE_FIELDS", "DISPUTE_TOPIC", "ID_PREFIX", "NOTES", "SOURCE_FIELDS",
           "CaseFileProblem", "CheckedCases", "check_cases", "new_id", "read_case_file"]

NOTES = ("entry_method", "host_response")
ID_PREFIX = "mine-"  # never the id of a bundled case, whatever a later dataset adds


class CaseFileProblem(ValueError):
    """A case file that cannot be read as cases at all; the message says why."""


@dataclass(frozen=True)
class CheckedCases:
    cases: list[dict[str, Any]]  # as the workspace keeps them, ids settled
    records: list[dict[str, Any]]  # as the database build takes them
    problems: list[Problem]

    @property
    def fatal(self) -> bool:
        return any(problem.fatal for problem in self.problems)


def read_case_file(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CaseFileProblem(f"{Path(path).name} is not a readable JSON file ({error}).") \
            from None
    cases = data if isinstance(data, list) else [data]
    if not cases or not all(isinstance(case, dict) for case in cases):
        raise CaseFileProblem(f"{Path(path).name} holds no case: give a JSON object, or a list "
                              "of objects, with fields such as title, date_start, city.")
    return cases


def _text(value: object) -> str:
    return "" if value is None else str(value)


def check_cases(cases: list[dict[str, Any]], taken: AbstractSet[str] = frozenset(),
                vocabulary: Vocabulary | None = None) -> CheckedCases:
    """Check ``cases`` as the importer checks rows; ``taken`` are the ids already used. The
    sources and claims go to it as a JSON file's lists do; their problems are named by the
    form's columns ("source_title", "source_published", "disputes")."""
    rows, notes = [], []
    for case in cases:
        row = {name: _text(case.get(name)) for name in FIELDS if name not in (SOURCES, CLAIMS)}
        row[SOURCES], row[CLAIMS] = _cell(case.get("sources")), _cell(case.get("disputes"))
        rows.append(row)
        notes.append({name: _text(case.get(name)) or None for name in NOTES})
    mapping = {name: name for name in (*FIELDS, *NOTES)}
    checked: Checked = validate(Table(list(mapping), rows), mapping, vocabulary)
    records, kept = [], []
    for record, number in zip(checked.records, _valid_rows(checked, len(rows)), strict=True):
        case_id = record["id"] if record["id"].startswith(ID_PREFIX) else \
            ID_PREFIX + record["id"]
        while case_id in taken:
            case_id += "-2"
        records.append({**record, "id": case_id,
                        **{k: v for k, v in notes[number].items() if v}})
        kept.append({**{k: v for k, v in cases[number].items() if k != "id"}, "id": case_id})
    problems = [replace(problem, column=_form_column(problem.column))
                for problem in checked.problems]
    return CheckedCases(kept, records, problems)


def _cell(value: object) -> str:
    """A case's list of sources or claims as the JSON text of a file's cell."""
    if isinstance(value, str) or not value:
        return _text(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _form_column(column: str) -> str:
    """Where the form shows a problem of a source or a claim: under its sources or its
    claims ("sources #2 published" is a source's date)."""
    if column.startswith(SOURCES):
        return "source_published" if column.endswith(" published") else "source_title"
    return "disputes" if column.startswith(CLAIMS) else column


def _valid_rows(checked: Checked, rows: int) -> list[int]:
    """Which input rows (from 0) became records: those with no fatal problem."""
    bad = {problem.row - 1 for problem in checked.problems if problem.fatal and problem.row}
    return [number for number in range(rows) if number not in bad]


def new_id(case: dict[str, Any]) -> str:
    """The id a new case gets, from its date, city and title, as the importer makes ids."""
    return ID_PREFIX + slug("-".join(v for v in (_text(case.get("date_start")),
                                                 _text(case.get("city")),
                                                 _text(case.get("title"))[:30]) if v))
