"""A case of the user's, as it is written (a JSON object) and checked.

The fields are the importer's (docs/import.md), so a case typed in a form, one in a JSON file
for ``asylum-browser cases add`` and a row of an imported CSV meet the same rules with the same
messages. Besides, a case may carry ``entry_method`` and ``host_response`` notes and a list of
``sources``, each ``{"url", "title", "publisher", "published"}``.
"""

from __future__ import annotations

import json
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset.import_rows import Problem, Vocabulary, slug
from asylum_browser.core.dataset.importer import FIELDS, Checked, Table, validate

NOTES = ("entry_method", "host_response")
SOURCE_FIELDS = ("url", "title", "publisher", "published")
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
    """Check ``cases`` as the importer checks rows; ``taken`` are the ids already used."""
    rows, extras = [], []
    for case in cases:
        sources = [{key: _text(s.get(key)) or None for key in SOURCE_FIELDS}
                   for s in case.get("sources") or [] if isinstance(s, dict) and s.get("url")]
        row = {name: _text(case.get(name)) for name in FIELDS if name not in (
            "source", "source_title")}
        if sources:
            row["source"], row["source_title"] = sources[0]["url"] or "", \
                sources[0]["title"] or ""
        rows.append(row)
        extras.append((sources, {name: _text(case.get(name)) or None for name in NOTES}))
    mapping = {name: name for name in (*FIELDS, *NOTES)}
    checked: Checked = validate(Table(list(mapping), rows), mapping, vocabulary)
    records, kept = [], []
    valid_rows = _valid_rows(checked, len(rows))
    for record, number in zip(checked.records, valid_rows, strict=True):
        sources, notes = extras[number]
        case_id = record["id"] if record["id"].startswith(ID_PREFIX) else \
            ID_PREFIX + record["id"]
        while case_id in taken:
            case_id += "-2"
        record = {**record, "id": case_id, **{k: v for k, v in notes.items() if v}}
        if sources:
            record["sources"] = sources
        records.append(record)
        kept.append({**{k: v for k, v in cases[number].items() if k != "id"}, "id": case_id})
    return CheckedCases(kept, records, checked.problems)


def _valid_rows(checked: Checked, rows: int) -> list[int]:
    """Which input rows (from 0) became records: those with no fatal problem."""
    bad = {problem.row - 1 for problem in checked.problems if problem.fatal and problem.row}
    return [number for number in range(rows) if number not in bad]


def new_id(case: dict[str, Any]) -> str:
    """The id a new case gets, from its date, city and title, as the importer makes ids."""
    return ID_PREFIX + slug("-".join(v for v in (_text(case.get("date_start")),
                                                 _text(case.get("city")),
                                                 _text(case.get("title"))[:30]) if v))
