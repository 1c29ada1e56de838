"""`asylum-browser extract FILE`: draft incidents from a news report, each field with the
sentence it came from (or, with --json, the spans; docs/cli.md describes the format).

A module of its own beside cli.py, registered on its command group. Bad input (no such file,
a binary file, no text, a --dateline that is no date) ends in one line and a non-zero exit.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import FIELDS, EmptyReport, Extraction, Extractor, read_report
from asylum_browser.core.extract.datelines import parse_day
from asylum_browser.core.extract.reading import ReportProblem
from asylum_browser.terminal import echo, echo_json_object

EXIT_EXTRACT = 11  # the file holds no report the extractor can read


class _ReportFailed(click.ClickException):
    """One line on stderr, exit code 11."""

    exit_code = EXIT_EXTRACT

    def show(self, file: Any = None) -> None:
        echo(f"asylum-browser: extract: {self.message}", err=True)


def _dateline(ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    try:
        return parse_day(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a day as YYYY-MM-DD (for example "
                                 "2002-05-09)") from None


@click.command("extract")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("--dateline", callback=_dateline, metavar="YYYY-MM-DD", default=None,
              help="The report's date, for 'Wednesday' and 'last month' (default: the one "
                   "the report gives).")
@click.option("--json", "as_json", is_flag=True,
              help="Print the drafts and their evidence spans as JSON.")
@click.option("--db", "db_path", type=click.Path(path_type=Path, readable=False), default=None,
              help="Match names and existing cases in another compatible database.")
def extract_command(file: Path, dateline: Any, as_json: bool, db_path: Path | None) -> None:
    """Propose draft incidents from a news report (.txt or .html)."""
    try:
        report = read_report(file)
    except ReportProblem as problem:
        raise _ReportFailed(str(problem)) from None
    extractor = Extractor.from_repository(Repository(open_database(db_path)))
    try:
        extraction = extractor.extract(report.text, dateline, report.published)
    except EmptyReport as problem:
        raise _ReportFailed(f"{file}: {problem}") from None
    if as_json:
        echo_json_object(extraction.to_json())
    else:
        for line in describe(extraction):
            echo(line)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def describe(extraction: Extraction) -> list[str]:
    """The plain-text output: the dateline, then one block per draft, each field with its
    value, its evidence and the sentence it stands in."""
    where = (f" (from “{_one_line(extraction.dateline_evidence.text)}”)"
             if extraction.dateline_evidence else "")
    lines = [f"Dateline: {extraction.dateline or 'unknown'}{where}; "
             f"language: {extraction.language}"]
    if not extraction.drafts:
        lines.append("No incident found: the report names no mission where people sought "
                     "asylum.")
    for number, draft in enumerate(extraction.drafts, start=1):
        link = (f"tells {draft.existing_id} (add this report as its source)"
                if draft.existing_id else "new case")
        lines.append("")
        lines.append(f"Draft {number}: {draft.role}, {link}")
        shown = None
        for name in FIELDS:
            value = draft.get(name)
            if value is None:
                continue
            found = draft.evidence[name]
            sentence = extraction.sentence_of(found)
            if sentence != shown:  # each sentence once, before the fields read from it
                lines.append(f"  “{_one_line(sentence.text)}”")
                shown = sentence
            lines.append(f"    {name + ':':<21}{_one_line(str(value))}  "
                         f"[{_one_line(found.text)}]")
    return lines
