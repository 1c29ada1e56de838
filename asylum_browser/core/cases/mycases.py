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
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset.import_rows import (
    NO_SOURCE_LINK,
    Problem,
    Vocabulary,
    parse_date,
    slug,
)
from asylum_browser.core.dataset.importer import FIELDS, Checked, Table, validate
from asylum_browser.core.model.schema import import_label
from asylum_browser.i18n.words import tr

NOTES = ("entry_method", "host_response")
SOURCE_FIELDS = ("url", "title", "publisher", "published", "quote")
DISPUTE_FIELDS = ("field", "claim", "source")
# The fields a claim can be about: a case's facts (not its title, summary or sources).
DISPUTED = tuple(name for name in (*FIELDS, *NOTES) if name not in (
    "id", "title", "summary", "latitude", "longitude", "source", "source_title"))
DISPUTE_TOPIC = "what the sources of your case claim"
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
    rows, extras, own = [], [], []
    for number, case in enumerate(cases, start=1):
        sources = [{key: _text(s.get(key)).strip() or None for key in SOURCE_FIELDS}
                   for s in case.get("sources") or [] if isinstance(s, dict)]
        sources = [s for s in sources if any(s.values())]
        row = {name: _text(case.get(name)) for name in FIELDS if name not in (
            "source", "source_title")}
        if sources:  # the importer's source columns hold the first; it checks that one
            row["source"], row["source_title"] = sources[0]["url"] or "", \
                sources[0]["title"] or ""
        rows.append(row)
        own.extend(_source_problems(number, sources))
        disputes, problems = _disputes(number, case.get("disputes"), sources)
        own.extend(problems)
        extras.append((sources, disputes,
                       {name: _text(case.get(name)) or None for name in NOTES}))
    mapping = {name: name for name in (*FIELDS, *NOTES)}
    checked: Checked = validate(Table(list(mapping), rows), mapping, vocabulary)
    records, kept = [], []
    bad = {problem.row for problem in own if problem.fatal}
    for record, number in zip(checked.records, _valid_rows(checked, len(rows)), strict=True):
        if number + 1 in bad:
            continue
        sources, disputes, notes = extras[number]
        case_id = record["id"] if record["id"].startswith(ID_PREFIX) else \
            ID_PREFIX + record["id"]
        while case_id in taken:
            case_id += "-2"
        record = {**record, "id": case_id, **{k: v for k, v in notes.items() if v}}
        if sources:
            record["sources"] = sources
        if disputes:
            record["disputes"] = disputes
        records.append(record)
        kept.append({**{k: v for k, v in cases[number].items() if k != "id"}, "id": case_id})
    problems = sorted([*checked.problems, *own], key=lambda p: p.row)
    return CheckedCases(kept, records, problems)


def _source_problems(number: int, sources: list[dict[str, str | None]]) -> list[Problem]:
    """A source after the first (the importer checks that one) named without a URL or a
    citation, in the importer's words; a published date in any form the importer reads
    (kept as YYYY, YYYY-MM or YYYY-MM-DD), else its words for a bad date."""
    problems = [Problem(number, "source_title", source["title"] or source["publisher"]
                        or source["quote"] or "", tr(NO_SOURCE_LINK))
                for source in sources[1:] if not source["url"]]
    for source in sources:
        if source["published"]:
            try:
                source["published"] = parse_date(source["published"])
            except ValueError as error:
                problems.append(Problem(number, "source_published", source["published"],
                                        tr("published date of a source: {error}").format(
                                            error=error)))
    return problems


def _disputes(number: int, given: object, sources: list[dict[str, str | None]]
              ) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The case's claims as a record's ``[[disputes]]``, and what is wrong with any of them."""
    listed = {source["url"] for source in sources if source["url"]}
    disputes: list[dict[str, Any]] = []
    problems: list[Problem] = []

    def bad(value: str, message: str) -> None:
        problems.append(Problem(number, "disputes", value, message))

    for claim in given if isinstance(given, list) else []:
        if not isinstance(claim, dict):
            continue
        field, text, source = (_text(claim.get(key)).strip() for key in DISPUTE_FIELDS)
        if not (field or text or source):
            continue
        if field not in DISPUTED:
            bad(field, tr("“{field}” is not a field a claim can be about; use one of: {fields}")
                .format(field=field, fields=", ".join(import_label(name) for name in DISPUTED)))
        elif not text:
            bad(field, tr("say what the source claims the {field} is").format(
                field=import_label(field)))
        if source and source not in listed:
            bad(source, tr("the source of a claim must be one of this case's sources (its URL "
                           "or citation)"))
        disputes.append({"field": field, "topic": DISPUTE_TOPIC, "claim": text,
                         "sources": [source] if source else []})
    return disputes, problems


def _valid_rows(checked: Checked, rows: int) -> list[int]:
    """Which input rows (from 0) became records: those with no fatal problem."""
    bad = {problem.row - 1 for problem in checked.problems if problem.fatal and problem.row}
    return [number for number in range(rows) if number not in bad]


def new_id(case: dict[str, Any]) -> str:
    """The id a new case gets, from its date, city and title, as the importer makes ids."""
    return ID_PREFIX + slug("-".join(v for v in (_text(case.get("date_start")),
                                                 _text(case.get("city")),
                                                 _text(case.get("title"))[:30]) if v))
