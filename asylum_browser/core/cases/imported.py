"""A CSV or JSON file of cases added to the user's own cases (``import --into-my-cases``).

The file is read and its columns mapped as for a new database (core/dataset/importer.py), and
each row is then checked as a case typed in the form is (core/cases/mycases.py), so the rules
and the messages are the importer's. Importing the same file again adds nothing twice: a row
whose case id is already among the user's cases is left as it is and counted as such, so a
re-run after fixing a few rows adds just those.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asylum_browser.core.cases.mycases import check_cases
from asylum_browser.core.dataset.import_rows import Problem
from asylum_browser.core.dataset.import_sources import CLAIMS, SOURCES, extra_fields, gather
from asylum_browser.core.dataset.importer import (
    ImportProblem,
    Table,
    guess_mapping,
    read_table,
    validate,
)
from asylum_browser.core.workspace import Workspace

# A row's columns that become the case's lists of sources and claims.
SOURCE_COLUMNS = frozenset({"source", "source_title", *extra_fields()})


@dataclass
class IntoMyCases:
    rows: int
    problems: list[Problem]
    added: list[dict[str, Any]] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)  # ids kept as they were
    written: bool = False  # False when rejected rows stopped the import

    @property
    def rejected_rows(self) -> int:
        return len({p.row for p in self.problems if p.fatal and p.row})


def mapped_table(path: Path, mapping: dict[str, str] | None = None
                 ) -> tuple[Table, dict[str, str]]:
    """The file read, and its mapping (guessed unless given) checked against its columns."""
    table = read_table(path)
    mapping = mapping if mapping is not None else guess_mapping(table.columns)
    unknown = sorted(set(mapping) - set(table.columns))
    if unknown:
        raise ImportProblem("The mapping names columns the file does not have: "
                            f"{', '.join(unknown)}.")
    return table, mapping


def cases_of_table(table: Table, mapping: dict[str, str] | None = None
                   ) -> list[dict[str, Any]]:
    """A read file's rows as cases (field -> text), through its column mapping."""
    mapping = mapping if mapping is not None else guess_mapping(table.columns)
    cases = []
    for row in table.rows:
        given: dict[str, str] = {name: row.get(column, "") for column, name in mapping.items()}
        found = gather(_cell_of(given), str, given)
        case: dict[str, Any] = {name: text for name, text in given.items()
                                if name not in SOURCE_COLUMNS}
        # As the form keeps them; a part alone (a title, a quote) is checked, and named, as
        # the form's would be. A list that cannot be read stays as its text, to be named.
        sources = [entry.values for entry in found.sources]
        if SOURCES in found.unreadable:
            case["sources"] = found.unreadable[SOURCES]
        elif sources:
            case["sources"] = sources
        claims = [entry.values for entry in found.claims]
        if CLAIMS in found.unreadable:
            case["disputes"] = found.unreadable[CLAIMS]
        elif claims:
            case["disputes"] = claims
        cases.append(case)
    return cases


def _cell_of(given: dict[str, str]) -> Callable[[str], str]:
    return lambda name: given.get(name, "")


def import_into_my_cases(path: Path, workspace: Workspace,
                         mapping: dict[str, str] | None = None,
                         skip_invalid: bool = False) -> IntoMyCases:
    """Check every row and keep the valid ones among the user's cases; with rejected rows
    nothing is kept unless ``skip_invalid``, as for a new database."""
    table, mapping = mapped_table(path, mapping)
    checked = check_cases(cases_of_table(table, mapping))
    # The report names the file's own columns (a bad date under "Source 2 date", not the
    # form's "source_published"), as the window's does; the cases' check decides too.
    report = validate(table, mapping).problems
    rejected = {p.row for p in report if p.fatal}
    result = IntoMyCases(len(table.rows), report + [
        p for p in checked.problems if p.fatal and p.row not in rejected])
    fatal_file = any(p.fatal and not p.row for p in result.problems)
    if fatal_file or (result.rejected_rows and not skip_invalid):
        return result
    mine = {str(case["id"]) for case in workspace.my_cases()}
    for case in checked.cases:
        if case["id"] in mine:
            result.already_there.append(case["id"])
        else:
            workspace.put_my_case(case)
            result.added.append(case)
    result.written = True
    return result
