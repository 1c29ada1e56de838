"""`asylum-browser cases`: your own cases, kept in your workspace beside the bundled ones.

`list` shows them, `add FILE.json` checks a case (or a list of cases) as File > Import cases
checks rows and keeps the valid ones, `remove ID` deletes one. Searches, facets and exports
without --db then read the bundled cases and yours together (origin:mine finds yours).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from asylum_browser.core.cases import corrections
from asylum_browser.core.cases.corrections import Correction
from asylum_browser.core.cases.mycases import CaseFileProblem, check_cases, read_case_file
from asylum_browser.core.dataset.import_rows import Problem
from asylum_browser.core.dataset.importer import describe
from asylum_browser.core.workspace import Workspace, WorkspaceProblem
from asylum_browser.paths import records_dir
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
    """Your own cases beside the bundled ones: list, add FILE.json, remove ID; correct ID and
    export-corrections for the bundled ones."""


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


@cases_group.command("correct")
@click.argument("incident_id")
@click.option("--field", "field_name", default=None,
              help="The record field you correct (none: you only add a source).")
@click.option("--claim", default="", help="What you claim the field's value is.")
@click.option("--url", default="", help="The source's URL.")
@click.option("--citation", default="", help="The source's citation, when it has no URL.")
@click.option("--title", default="", help="The source's title.")
@click.option("--publisher", default="", help="Who published the source.")
@click.option("--published", default="", help="When, as YYYY, YYYY-MM or YYYY-MM-DD.")
@click.option("--quote", default="", help="The sentence of the source that says so.")
@click.option("--supports", multiple=True, help="Another field the source supports (repeat).")
def correct_case(incident_id: str, field_name: str | None, claim: str, url: str,
                 citation: str, title: str, publisher: str, published: str, quote: str,
                 supports: tuple[str, ...]) -> None:
    """Suggest a correction to (or a source for) a bundled case, kept in your workspace."""
    if not (records_dir() / "incidents" / f"{incident_id}.toml").is_file():
        _fail(f"{incident_id} is not a bundled case (see asylum-browser search)")
    suggestion = Correction(incident_id, field_name, claim, url, citation, title, publisher,
                            published, quote, supports)
    try:
        checked = corrections.check(suggestion)
    except corrections.CorrectionProblem as problem:
        _fail(str(problem))
    workspace = _workspace(create=True)
    assert workspace is not None
    kept = corrections.add(workspace, checked)
    echo(f"Kept correction {kept.key} to {incident_id}"
         + (f" ({field_name})" if field_name else " (a source)"))


@cases_group.command("export-corrections")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path, dir_okay=True),
              required=True, help="The folder to write incidents/*.toml and README.md into.")
def export_corrections(output: Path) -> None:
    """Write your corrections as record files for the maintainers (see docs/cli.md)."""
    if output.exists() and not output.is_dir():
        _fail(f"{output} is not a folder")
    workspace = _workspace(create=False)
    if workspace is None or not corrections.corrections(workspace):
        _fail("you have no corrections to export (see asylum-browser cases correct)")
    assert workspace is not None
    try:
        written = corrections.export(workspace, records_dir(), output)
    except corrections.CorrectionProblem as problem:
        _fail(str(problem))
    echo(f"Wrote {len(written)} corrected record{'s' if len(written) != 1 else ''} "
         f"to {output / 'incidents'}")


def import_into_mine(file: Path, mapping: dict[str, str] | None, skip_invalid: bool,
                     report_path: Path | None) -> None:
    """`import FILE --into-my-cases`: the rows, checked as the importer checks them, join
    your cases; a row already among them (the same case id) is left as it is."""
    from asylum_browser.core.cases.imported import import_into_my_cases
    from asylum_browser.core.dataset.importer import ImportProblem
    from asylum_browser.files import atomic_write

    workspace = _workspace(create=True)
    assert workspace is not None
    try:
        result = import_into_my_cases(file, workspace, mapping, skip_invalid)
    except ImportProblem as problem:
        _fail(f"import: {problem}")
        return
    for line in describe(result.problems):
        echo(line, err=True)
    if report_path is not None:
        with atomic_write(report_path, "w", encoding="utf-8") as stream:
            stream.write(_report_csv(result.problems))
    if not result.written:
        _fail(f"import: {_rows(result.rejected_rows)} of {result.rows} rejected (listed "
              "above); nothing was added. Fix them, or add the rest with --skip-invalid.")
    parts = [f"Added {_cases(len(result.added))} to your cases"]
    if result.already_there:
        parts.append(f"{_cases(len(result.already_there))} already there, left as they were")
    if result.rejected_rows:
        parts.append(f"{_rows(result.rejected_rows)} left out")
    echo("; ".join(parts) + ". Find them with: asylum-browser search origin:mine")


def _cases(count: int) -> str:
    return f"{count} case{'' if count == 1 else 's'}"


def _rows(count: int) -> str:
    return f"{count} row{'' if count == 1 else 's'}"


def _report_csv(problems: list[Problem]) -> str:
    from asylum_browser.core.dataset.importer import Checked

    return Checked([], problems, 0).report_csv()
