"""The command line: search, show, facets, export, info and build-db (and extract, from
cli_extract.py), on the core only.

Every failure prints one line to stderr and exits with a documented code (docs/cli.md); no
traceback reaches the user.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from asylum_browser import APP_NAME, __version__, cli_export
from asylum_browser.core.cases.combined import open_with_my_cases
from asylum_browser.core.dataset.build import BuildError, build_database
from asylum_browser.core.dataset.diff import diff_files
from asylum_browser.core.dataset.importer import ImportProblem, describe, import_file, load_mapping
from asylum_browser.core.engine.answers import facets_for
from asylum_browser.core.engine.database import (
    QUERY_SECONDS,
    DatabaseProblem,
    QueryTooSlow,
    open_database,
)
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.writer import ExportError
from asylum_browser.core.model.dates import format_partial
from asylum_browser.core.model.schema import DEFAULT_EXPORT_COLUMNS, FACETS_BY_NAME, SORT_KEYS
from asylum_browser.core.model.values import Annotations, QuerySpec
from asylum_browser.core.query.describe import describe_conditions
from asylum_browser.core.query.parser import QuerySyntaxError, parse_query
from asylum_browser.core.render.html import incident_to_html, incident_to_text
from asylum_browser.core.workspace import Workspace, WorkspaceProblem, database_key
from asylum_browser.desktop import DesktopInstallError, install_desktop, uninstall_desktop
from asylum_browser.files import atomic_write
from asylum_browser.paths import bundled_db_path, records_dir
from asylum_browser.terminal import echo, echo_json

EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_QUERY = 3
EXIT_DATABASE = 4
EXIT_EXPORT = 5
EXIT_NOT_FOUND = 6
EXIT_BUILD = 7
EXIT_DESKTOP = 8
EXIT_WORKSPACE = 9
EXIT_IMPORT = 10

F = TypeVar("F", bound=Callable[..., Any])

class _Fail(click.ClickException):
    """One line on stderr and a chosen exit code."""

    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.exit_code = code  # type: ignore[misc]

    def show(self, file: Any = None) -> None:
        echo(f"asylum-browser: {self.message}", err=True)


class _Group(click.Group):
    """Turns our error types into one-line messages with their exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except QuerySyntaxError as error:
            raise _Fail(f"search syntax: {error.message}", EXIT_QUERY) from None
        except QueryTooSlow as error:
            raise _Fail(error.message + " (or raise --time-limit)", EXIT_QUERY) from None
        except DatabaseProblem as error:
            raise _Fail(error.message, EXIT_DATABASE) from None
        except ExportError as error:
            raise _Fail(str(error), EXIT_EXPORT) from None
        except BuildError as error:
            raise _Fail(f"build failed: {error}", EXIT_BUILD) from None
        except DesktopInstallError as error:
            raise _Fail(f"desktop entry: {error}", EXIT_DESKTOP) from None
        except ImportProblem as error:
            raise _Fail(f"import: {error}", EXIT_IMPORT) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort, BrokenPipeError):
            raise
        except KeyboardInterrupt:
            raise _Fail("interrupted", 130) from None
        except Exception as error:  # a bug: still one line, never a traceback
            raise _Fail(f"internal error ({type(error).__name__}: {error}); please report it",
                        EXIT_INTERNAL) from None


def db_option(function: F) -> F:
    return click.option(
        "--db", "db_path", type=click.Path(path_type=Path, readable=False), default=None,
        help="Read another compatible database instead of the bundled one.")(function)


def query_argument(function: F) -> F:
    return click.argument("query", nargs=-1, type=click.UNPROCESSED)(function)


def sort_options(function: F) -> F:
    function = click.option("--sort", type=click.Choice(sorted(SORT_KEYS)), default=None,
                            help="Sort key (default: date, or the saved search's).")(function)
    return click.option("--desc", is_flag=True, help="Sort descending.")(function)


def time_limit_option(function: F) -> F:
    return click.option(
        "--time-limit", "time_limit", type=click.FloatRange(min=0), default=QUERY_SECONDS,
        show_default=True, metavar="SECONDS",
        help="Stop a search that runs longer than this (0: no limit).")(function)


def _seconds(time_limit: float) -> float | None:
    return time_limit or None


def saved_option(function: F) -> F:
    return click.option("--saved", "saved_name", default=None, metavar="NAME",
                        help="Start from a search saved in the window (its query and sort); "
                             "words given here narrow it further.")(function)


def _annotations(repository: Repository) -> Annotations | None:
    """The user's tags, notes and flags for this database, if they have a workspace."""
    try:
        workspace = Workspace.open_existing()
        if workspace is None:
            return None
        database = repository.database
        return workspace.annotations(database_key(database.path, database.immutable))
    except WorkspaceProblem as problem:
        raise _Fail(str(problem), EXIT_WORKSPACE) from None


def _with_workspace(spec: QuerySpec, repository: Repository) -> QuerySpec:
    """Answer tag:, flag: and note: (and words in notes) from the user's workspace, if any."""
    return repository.resolve(spec, _annotations(repository))


def _spec(query: Sequence[str], saved_name: str | None, sort: str | None = None,
          desc: bool = False) -> QuerySpec:
    """The query words, after a saved search's query when --saved names one."""
    text = _query_text(query)
    saved_sort, saved_desc = "date", False
    if saved_name is not None:
        try:
            workspace = Workspace()
        except WorkspaceProblem as problem:
            raise _Fail(str(problem), EXIT_WORKSPACE) from None
        saved = workspace.saved_search(saved_name)
        if saved is None:
            names = ", ".join(f"“{s.name}”" for s in workspace.saved_searches()) or "none yet"
            raise _Fail(f"no saved search called “{saved_name}” (saved searches: {names})",
                        EXIT_NOT_FOUND)
        text = f"{saved.query} {text}".strip()
        saved_sort, saved_desc = saved.sort, saved.descending
    return parse_query(text, sort=sort or saved_sort, descending=desc or saved_desc)


def _repository(db_path: Path | None) -> Repository:
    """The named file, or the bundled cases with the user's own beside them (if any)."""
    if db_path is not None:
        return Repository(open_database(db_path))
    try:
        workspace = Workspace.open_existing()
    except WorkspaceProblem:
        workspace = None  # the bundled cases still answer; the window reports the problem
    return Repository(open_with_my_cases(workspace))


def _searching_repository(db_path: Path | None) -> Repository:
    """The repository for commands that search: on the window's columnar index when it has
    kept one for this file (a search at 1M incidents then takes a fraction of a second
    whatever its shape), else on SQL."""
    repository = _repository(db_path)
    repository.attach_cached_columnar()
    return repository


def _query_text(parts: Sequence[str]) -> str:
    return " ".join(parts)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


def _summary_line(matched: int, total: int, spec: QuerySpec) -> str:
    """'4 of 150 incidents where the text contains “shenyang”'"""
    if spec.is_empty:
        return f"{_plural(total, 'incident')} in all"
    words = describe_conditions(spec)
    return f"{matched:,} of {_plural(total, 'incident')} where {words}"


PASS_THROUGH = {"ignore_unknown_options": True}


@click.group(cls=_Group, invoke_without_command=True)
@click.version_option(__version__, prog_name=APP_NAME)
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Asylum Browser: a sourced, offline database of asylum bids at diplomatic missions."""
    if ctx.invoked_subcommand is None:
        ctx.invoke(info)
        echo("\nCommands: search, show, facets, export, cite, info, build-db, extract, cases, "
                   "install-desktop, uninstall-desktop "
                   "(asylum-browser COMMAND --help). Without a command, asylum-browser opens "
                   "the window.")


@cli.command(context_settings=PASS_THROUGH)
@query_argument
@db_option
@sort_options
@saved_option
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="Show at most this many rows.")
@click.option("--format", "output", type=click.Choice(["table", "tsv", "json", "ids"]),
              default="table", show_default=True)
@time_limit_option
def search(query: tuple[str, ...], db_path: Path | None, sort: str | None, desc: bool,
           limit: int | None, output: str, saved_name: str | None,
           time_limit: float) -> None:
    """List the incidents matching QUERY (see docs/search.md)."""
    repository = _searching_repository(db_path)
    spec = _with_workspace(_spec(query, saved_name, sort, desc), repository)
    with repository.database.bounded(_seconds(time_limit)):
        # With --limit only the first rows are sorted: the whole order of a million
        # matches costs SQL a second, and only the table's last line needs their number.
        shown = (repository.ids_for(spec) if limit is None
                 else repository.first_ids(spec, limit))
        if output == "table":
            matched = len(shown) if limit is None else repository.count(spec)
            total = repository.count()
    rows = repository.rows(shown)
    if output == "ids":
        for row in rows:
            echo(row["id"])
        return
    if output == "json":
        echo_json(rows)
        return
    if output == "tsv":
        echo("\t".join(["date", "id", "title", "city", "host_country"]))
        for row in rows:
            echo("\t".join(str(row[k] or "").replace("\t", " ").replace("\n", " ")
                            for k in ("date_start", "id", "title", "city", "host_country")))
        return
    width = shutil.get_terminal_size((120, 24)).columns
    for row in rows:
        date = format_partial(row["date_start"]).ljust(17)
        place = f"{row['city'] or 'unknown'}, {repository.label('country', row['host_country'])}"
        line = f"{date} {row['title']} ({place})"
        echo(line if len(line) <= width else line[:width - 1] + "…")
        echo(f"{'':17} {row['id']}")
    echo("\n" + _summary_line(matched, total, spec)
               + (f" (showing {len(shown)})" if len(shown) < matched else ""))


@cli.command()
@click.argument("incident_id")
@db_option
@click.option("--html", "as_html", is_flag=True, help="Print the detail pane's HTML.")
def show(incident_id: str, db_path: Path | None, as_html: bool) -> None:
    """Show one incident with its sources and disputes."""
    incident = _repository(db_path).incident(incident_id)
    if incident is None:
        raise _Fail(f"no incident with id {incident_id!r}; "
                    "find ids with: asylum-browser search --format ids", EXIT_NOT_FOUND)
    echo(incident_to_html(incident) if as_html else incident_to_text(incident))


@cli.command(context_settings=PASS_THROUGH)
@query_argument
@db_option
@saved_option
@click.option("--facet", "names", multiple=True,
              type=click.Choice([*FACETS_BY_NAME, "theme", "tag", "flag"]),
              help="Only these facets (repeatable); tag and flag need your workspace.")
@time_limit_option
def facets(query: tuple[str, ...], db_path: Path | None, names: tuple[str, ...],
           saved_name: str | None, time_limit: float) -> None:
    """Count the incidents matching QUERY by each facet value."""
    repository = _searching_repository(db_path)
    annotations = _annotations(repository)
    spec = _spec(query, saved_name)
    with repository.database.bounded(_seconds(time_limit)):
        facets = [(facet, facet.name) for facet in facets_for(repository, spec, annotations)
                  if not names or facet.name in names]
        spec = repository.resolve(spec, annotations)
        matched, total = repository.count(spec), repository.count()
    for facet, field_name in facets:
        echo(f"{facet.label}  [{field_name}:]")
        for value in facet.values:
            echo(f"  {value.count:>6}  {value.label}    {value.token}")
        echo("")
    echo(_summary_line(matched, total, spec))


@cli.command(context_settings=PASS_THROUGH)
@query_argument
# Not click's own path checks: a folder or an unwritable place must end in our one-line
# message and exit code 5, like every other export failure.
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), required=True,
              help="The file to write (.geojson: GeoJSON); - writes to standard output.")
@click.option("--format", "file_format", type=click.Choice(cli_export.FORMATS), default=None,
              help="csv or geojson (default: by the file's extension; csv otherwise).")
@click.option("--force", is_flag=True, help="Replace the file even if it is read-only.")
@db_option
@sort_options
@saved_option
@click.option("--columns", default=",".join(DEFAULT_EXPORT_COLUMNS), show_default=True,
              help="Comma-separated column names.")
@click.option("--bom", is_flag=True, help="Start the file with a UTF-8 BOM (for Excel).")
@click.option("--no-escape-formulas", is_flag=True,
              help="Do not neutralise cells that begin with = + - @ tab CR or '.")
@click.option("--no-sidecar", is_flag=True, help="Do not write <name>.about.txt.")
@click.option("--jobs", type=click.IntRange(min=1), default=None,
              help="Processes that write the file (default: one per core, up to four, for "
                   "20,000 rows or more; 1 writes in this process).")
@time_limit_option
@cli_export.export_options
def export(query: tuple[str, ...], output: Path, file_format: str | None,
           db_path: Path | None, sort: str | None, desc: bool, columns: str, bom: bool,
           no_escape_formulas: bool, no_sidecar: bool, saved_name: str | None,
           jobs: int | None, force: bool, time_limit: float, **extra: Any) -> None:
    """Export the incidents matching QUERY to CSV or GeoJSON."""
    repository = _searching_repository(db_path)
    spec = _with_workspace(_spec(query, saved_name, sort, desc), repository)
    names = [name.strip() for name in columns.split(",") if name.strip()]
    kind = cli_export.export_format(output, file_format)
    if str(output) == "-":  # a pipe cannot be replaced atomically: write, then copy it out
        with tempfile.TemporaryDirectory(prefix="asylum-browser-export-") as folder:
            result = cli_export.write_export(
                kind, repository, spec, Path(folder) / f"export.{kind}", names, bom=bom,
                escape_formulas=not no_escape_formulas, sidecar=False, jobs=jobs,
                query_seconds=_seconds(time_limit), **cli_export.piped(extra))
            with result.path.open("rb") as written:
                shutil.copyfileobj(written, sys.stdout.buffer)
            sys.stdout.buffer.flush()
        echo(f"Wrote {_plural(result.rows, 'incident')} to standard output", err=True)
        return
    result = cli_export.write_export(
        kind, repository, spec, output, names, bom=bom, escape_formulas=not no_escape_formulas,
        sidecar=not no_sidecar, jobs=jobs, force=force, query_seconds=_seconds(time_limit), **extra)
    echo(cli_export.wrote(result))


@cli.command()
@db_option
def info(db_path: Path | None) -> None:
    """Describe the database: counts, versions and attribution."""
    repository = _repository(db_path)
    meta = repository.meta()
    counts = repository.table_counts()
    location = (f"{bundled_db_path()} (bundled, read-only)" if db_path is None
                else str(db_path))
    echo(f"{APP_NAME} {__version__}")
    echo(f"Database:   {location}")
    echo(f"Dataset:    {meta.get('dataset_title', 'unknown')}")
    echo(f"Version:    dataset {meta.get('dataset_version', 'unknown')} "
               f"({meta.get('dataset_date', 'unknown')}), schema {meta.get('schema_version')}")
    for table in ("incidents", "sources", "missions", "disputes"):
        echo(f"{table.capitalize() + ':':<11} {counts[table]}")
    hosts = repository.facet(FACETS_BY_NAME["host"], QuerySpec())
    echo(f"{'Hosts:':<11} {sum(1 for v in hosts.values if v.key is not None)} countries "
               "where incidents happened")
    echo("Attribution:")
    for line in meta.get("attribution", "").splitlines():
        echo(f"  {line}")
    if meta.get("licence"):
        echo(f"  {meta['licence']}")


@cli.command("build-db")
@click.option("--records", "records", type=click.Path(path_type=Path, file_okay=False),
              default=None, help="Folder of records (default: the bundled resources/data).")
@click.option("-o", "--output", "output", type=click.Path(path_type=Path, dir_okay=False),
              default=None, help="Where to write (default: the bundled database).")
def build_db(records: Path | None, output: Path | None) -> None:
    """Build the database from the text records."""
    target = output or bundled_db_path()
    counts = build_database(records or records_dir(), target)
    echo(f"Built {target}: " + ", ".join(f"{n} {name}" for name, n in counts.items()))


@cli.command("diff-data")
@click.argument("old", type=click.Path(path_type=Path))
@click.argument("new", type=click.Path(path_type=Path))
def diff_data(old: Path, new: Path) -> None:
    """List incidents added, removed and changed between two databases, as Markdown."""
    echo(diff_files(old, new))


@cli.command("import")
@click.argument("file", type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=None,
              help="The new database to write (an earlier file there is replaced only when "
                   "the import succeeds).")
@click.option("--into-my-cases", is_flag=True,
              help="Add the cases to your own, beside the bundled ones, instead of writing "
                   "a new database.")
@click.option("--mapping", "mapping_path", type=click.Path(path_type=Path), default=None,
              help="JSON object from the file's column names to our fields (default: "
                   "guessed from the names).")
@click.option("--skip-invalid", is_flag=True,
              help="Import the valid rows even when others are rejected.")
@click.option("--report", "report_path", type=click.Path(path_type=Path), default=None,
              help="Also write the report (row, column, value, problem) as CSV.")
def import_command(file: Path, output: Path | None, into_my_cases: bool,
                   mapping_path: Path | None, skip_invalid: bool,
                   report_path: Path | None) -> None:
    """Import cases from CSV or JSON into a new database (-o) or into your own cases
    (--into-my-cases); see docs/import.md."""
    if (output is None) == (not into_my_cases):
        raise _Fail("import: give either -o NEW.sqlite or --into-my-cases (one of them)",
                    EXIT_IMPORT)
    mapping = load_mapping(mapping_path) if mapping_path is not None else None
    if output is None:
        from asylum_browser.cli_cases import import_into_mine

        import_into_mine(file, mapping, skip_invalid, report_path)
        return
    checked, counts = import_file(file, output, mapping, skip_invalid)
    for line in describe(checked.problems):
        echo(line, err=True)
    if report_path is not None:
        try:
            with atomic_write(report_path, "w", encoding="utf-8") as stream:
                stream.write(checked.report_csv())
        except OSError as error:
            raise _Fail(f"import: cannot write the report: {error.strerror or error}",
                        EXIT_IMPORT) from None
    if counts is None:
        raise _Fail(f"import: {_plural(checked.rejected_rows, 'row')} of {checked.rows} "
                    "rejected (listed above); nothing was written. Fix them, or import the "
                    "rest with --skip-invalid.", EXIT_IMPORT)
    skipped = f"; {_plural(checked.rejected_rows, 'row')} left out" \
        if checked.rejected_rows else ""
    echo(f"Imported {_plural(counts['incidents'], 'incident')} into {output}{skipped}. "
               f"Open it with: asylum-browser --db {output}")


def scope_options(function: F) -> F:
    function = click.option("--system", "system", flag_value=True,
                            help="For every user, under /usr/local/share (needs root).")(function)
    return click.option("--user", "system", flag_value=False, default=False,
                        help="For you only, under $XDG_DATA_HOME (the default).")(function)


@cli.command("install-desktop")
@scope_options
def install_desktop_command(system: bool) -> None:
    """Add Asylum Browser to the applications menu, with its icon."""
    installed = install_desktop(system=system)
    echo(installed.description())
    program = sys.executable if getattr(sys, "frozen", False) else "asylum-browser"
    echo(f"Remove it with: {program} uninstall-desktop{' --system' * system}")


@cli.command("uninstall-desktop")
@scope_options
def uninstall_desktop_command(system: bool) -> None:
    """Remove what install-desktop added."""
    removed = uninstall_desktop(system=system)
    if removed:
        echo(f"Removed {APP_NAME} from the applications menu ({len(removed)} files).")
    else:
        echo(f"{APP_NAME} was not in the applications menu; nothing to remove.")


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point."""
    # click ends quietly (exit 1) when the reader of a pipe goes away, so BrokenPipeError is
    # left to it rather than reported as an internal error.
    cli.main(args=list(argv) if argv is not None else None, prog_name="asylum-browser",
             standalone_mode=True)


# extract lives in its own module (cli_extract.py), registered here on the same group.
from asylum_browser.cli_cases import cases_group  # noqa: E402
from asylum_browser.cli_cite import cite_command  # noqa: E402
from asylum_browser.cli_extract import extract_command  # noqa: E402
from asylum_browser.cli_publish import publish_command  # noqa: E402

cli.add_command(extract_command)
cli.add_command(cases_group)
cli.add_command(publish_command)
cli.add_command(cite_command)
