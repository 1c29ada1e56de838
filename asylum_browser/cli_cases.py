"""`asylum-browser cases`: your own cases, kept in your workspace beside the bundled ones.

`list` shows them, `add FILE.json` checks a case (or a list of cases) as File > Import cases
checks rows and keeps the valid ones, `remove ID` deletes one. Searches, facets and exports
without --db then read the bundled cases and yours together (origin:mine finds yours).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from asylum_browser.core.cases.mycases import CaseFileProblem, check_cases, read_case_file
from asylum_browser.core.dataset.importer import describe
from asylum_browser.core.workspace import Workspace, WorkspaceProblem
from asylum_browser.terminal import echo

EXIT_CASES = 12


def _fail(message: str) -> None:
    echo(f"asylum-browser: {message}", err=True)
    sys.exit(EXIT_CASES)


def _workspace(create: bool) -> Workspace | None:
    try:
        return Workspace() if create else Workspace.open_existing()
    except WorkspaceProblem as problem:
        _fail(str(problem))
        return None


@click.group("cases")
def cases_group() -> None:
    """Your own cases beside the bundled ones: list, add FILE.json, remove ID."""


@cases_group.command("list")
def list_cases() -> None:
    """List your cases: id, date and title."""
    workspace = _workspace(create=False)
    cases = workspace.my_cases() if workspace is not None else []
    for case in cases:
        echo(f"{case['id']}  {case.get('date_start') or 'unknown':<10}  {case.get('title')}")
    echo(f"{len(cases)} case{'s' if len(cases) != 1 else ''} of yours")


@cases_group.command("add")
@click.argument("file", type=click.Path(path_type=Path))
def add_cases(file: Path) -> None:
    """Add the cases in a JSON file (one object or a list), checked as imported rows are."""
    try:
        cases = read_case_file(file)
    except CaseFileProblem as problem:
        _fail(str(problem))
    workspace = _workspace(create=True)
    assert workspace is not None
    taken = {str(case["id"]) for case in workspace.my_cases()}
    checked = check_cases(cases, taken)
    for line in describe(checked.problems):
        echo(line, err=True)
    if checked.fatal:
        _fail("nothing was added: fix the cases named above")
    for case in checked.cases:
        workspace.put_my_case(case)
        echo(f"Added {case['id']}: {case.get('title')}")


@cases_group.command("remove")
@click.argument("case_id")
def remove_case(case_id: str) -> None:
    """Remove one of your cases by its id (see cases list)."""
    workspace = _workspace(create=False)
    if workspace is None or not workspace.remove_my_case(case_id):
        _fail(f"you have no case with the id {case_id} (see asylum-browser cases list)")
    echo(f"Removed {case_id}")
