"""Stream a query's incidents to CSV, atomically and safe to open in a spreadsheet.

Guarantees (DESIGN.md section 6): RFC 4180 quoting with CRLF rows (the csv module's
QUOTE_NONNUMERIC: text quoted, numbers bare, unknowns ""); text cells that begin with
= + - @ tab or CR get a leading apostrophe so no spreadsheet runs them as formulas (on by
default), and so do cells that already begin with one, so the escape can be undone; UTF-8
with an optional BOM for Excel; the file and its ``<name>.about.txt`` sidecar (how to cite
and reproduce the export) appear whole or not at all, both or neither (asylum_browser.files).
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import errno
import io
import itertools
import logging
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from asylum_browser.core.engine.database import translate_errors
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.csvlines import (
    LINE_END,
    QUOTING,
    plan_lines,
    reference_line,
    write_lines,
)
from asylum_browser.core.export.datapackage import (
    datapackage_bytes,
    datapackage_for,
    datapackage_path,
)
from asylum_browser.core.export.edtf import check_date_style, export_sql
from asylum_browser.core.export.rows import rows_for_seqs, rows_for_spec
from asylum_browser.core.export.sidecar import WORKSPACE_COLUMNS
from asylum_browser.core.export.sidecar import about_text as _about_text
from asylum_browser.core.export.workers import (
    WorkerFailed,
    WorkersCancelled,
    default_workers,
    write_parallel,
)
from asylum_browser.core.model.formula import escape_formula
from asylum_browser.core.model.schema import COLUMNS_BY_NAME, DEFAULT_EXPORT_COLUMNS
from asylum_browser.core.model.values import Annotations, QuerySpec
from asylum_browser.files import atomic_writes


class ExportError(Exception):
    """The export could not be written; nothing at the target path was changed."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing at the target path was changed."""


PROGRESS_EVERY = 5000  # rows between progress callbacks (cancel answers within ~10 ms)
PARALLEL_MIN_ROWS = 20_000  # below this, starting worker processes costs more than it saves
Progress = Callable[[int], bool]  # rows written so far -> keep going?


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    sidecar: Path | None
    processes: int = 1  # worker processes that wrote the lines (1: this process)
    datapackage: Path | None = None


def sidecar_path(path: Path) -> Path:
    """out.csv -> out.about.txt"""
    return path.with_name(path.stem + ".about.txt")




def check_columns(columns: Sequence[str], workspace: bool = False) -> tuple[str, ...]:
    """Refuse unknown column names, listing the known ones."""
    known = {**COLUMNS_BY_NAME, **(WORKSPACE_COLUMNS if workspace else {})}
    unknown = [name for name in columns if name not in known]
    if unknown:
        raise ExportError(f"Unknown column{'s' if len(unknown) > 1 else ''} "
                          f"{', '.join(unknown)}. Columns: {', '.join(known)}.")
    if not columns:
        raise ExportError("Choose at least one column to export.")
    return tuple(columns)


def write_csv(repository: Repository, spec: QuerySpec, path: Path,
              columns: Sequence[str] = DEFAULT_EXPORT_COLUMNS, *, bom: bool = False,
              escape_formulas: bool = True, sidecar: bool = True,
              now: dt.datetime | None = None, seqs: Sequence[int] | None = None,
              progress: Progress | None = None,
              annotations: Annotations | None = None, jobs: int | None = None,
              force: bool = False, query_seconds: float | None = None,
              dates: str = "iso", datapackage: bool = False) -> ExportResult:
    """Write the incidents matching ``spec`` to ``path``; return what was written.

    ``seqs`` narrows the export to those incidents (the selected rows), in that order.
    ``progress`` is called every few thousand rows; returning False cancels the export.
    ``jobs`` is how many processes write the lines (default: one per core, up to four, for
    exports of PARALLEL_MIN_ROWS rows or more; 1 writes in this process). ``force`` replaces
    a read-only file. ``query_seconds`` bounds the search that picks the rows (writing them
    is bounded by their number, and ``progress`` can stop it). ``dates`` is "iso" (partial
    ISO dates, as stored) or "edtf" (with EDTF's qualifiers, edtf.py); ``datapackage`` also
    writes ``datapackage.json`` beside the file (datapackage.py).
    """
    columns = check_columns(columns, workspace=annotations is not None)
    try:
        dates = check_date_style(dates)
    except ValueError as error:
        raise ExportError(str(error)) from None
    path = Path(path)
    check_target(path, force)
    if datapackage:
        check_target(datapackage_path(path), force)
    count = 0
    exported: Sequence[int] | None = seqs  # the incidents written, once known
    processes = 1
    cancelled = ExportCancelled(f"Export cancelled; nothing was written to {path.name}.")

    def keep_going(rows: int) -> bool:
        return progress is None or progress(rows)

    def write_rows(handle: IO[bytes]) -> None:
        nonlocal count, processes, exported
        handle.write((reference_line(columns, ["text"] * len(columns), False)
                      + LINE_END).encode("utf-8"))
        if annotations is not None and any(name in WORKSPACE_COLUMNS for name in columns):
            count = _write_annotated(handle, repository, spec, columns, seqs, annotations,
                                     escape_formulas, keep_going, dates)
            if count < 0:
                raise cancelled
            return
        if seqs is not None:
            order = seqs
        else:
            with repository.database.bounded(query_seconds):
                order = repository.ids_for(spec)
        exported = order
        chosen = [COLUMNS_BY_NAME[name] for name in columns]
        facts = repository.export_column_facts(order)
        # An EDTF date is its stored text and one of ~ ? %: what the facts say of the
        # stored column holds for it too.
        facts = {**facts, **{export_sql(column, dates): facts[column.sql] for column in chosen
                             if column.sql in facts}}
        plan = plan_lines([(export_sql(column, dates), column.kind) for column in chosen],
                          escape_formulas, facts)
        workers = (default_workers(len(order), PARALLEL_MIN_ROWS) if jobs is None
                   else max(1, min(jobs, len(order))))
        if workers > 1:
            start = handle.tell()
            try:
                count = write_parallel(repository.database.uri, plan, order, handle, workers,
                                       keep_going)
                processes = workers
                return
            except WorkersCancelled:
                raise cancelled from None
            except WorkerFailed as error:  # write the rows here instead
                logging.getLogger(__name__).warning("Export workers failed (%s); writing "
                                                    "in this process.", error)
                handle.seek(start)
                handle.truncate()
        stopped = False

        def report(rows: int) -> bool:
            nonlocal stopped
            stopped = not keep_going(rows)
            return not stopped

        with translate_errors(repository.database.path):
            count = write_lines(repository.database.connection(), plan, order,
                                handle.write, report, PROGRESS_EVERY)
        if stopped:
            raise cancelled

    now = now or dt.datetime.now(dt.UTC)
    targets = [path, *([sidecar_path(path)] if sidecar else []),
               *([datapackage_path(path)] if datapackage else [])]
    try:
        with atomic_writes(targets) as streams:  # every file or none
            if bom:
                streams[0].write(codecs.BOM_UTF8)
            write_rows(streams[0])
            if sidecar:
                about = _about_text(repository, spec, path, columns, count, bom,
                                    escape_formulas, now, selected=seqs is not None,
                                    dates=dates, datapackage=datapackage)
                # a file name that is not valid UTF-8 is written with escapes (\udcff)
                streams[1].write(about.encode("utf-8", "backslashreplace"))
            if datapackage:
                with repository.database.bounded(query_seconds):
                    package = datapackage_for(
                        repository, spec, path, columns, rows=count, size=streams[0].tell(),
                        bom=bom, escape_formulas=escape_formulas, dates=dates, seqs=exported,
                        selected=seqs is not None, now=now,
                        workspace_columns=WORKSPACE_COLUMNS)
                streams[-1].write(datapackage_bytes(package))
    except OSError as error:
        raise ExportError(_os_message(path, error)) from None
    return ExportResult(path, count, sidecar_path(path) if sidecar else None, processes,
                        datapackage_path(path) if datapackage else None)


def _write_annotated(handle: IO[bytes], repository: Repository, spec: QuerySpec,
                     columns: Sequence[str], seqs: Sequence[int] | None,
                     annotations: Annotations, escape_formulas: bool,
                     keep_going: Progress, dates: str = "iso") -> int:
    """Rows with columns from the user's workspace: csv.writer over rows read into Python
    (the reference dialect, so the file reads the same as the fast path's). Returns the rows
    written, or -1 when ``keep_going`` said stop."""
    from_database = [name for name in columns if name in COLUMNS_BY_NAME]
    selected = ["id", *from_database]
    rows = (rows_for_spec(repository, spec, selected, escape_formulas, dates) if seqs is None
            else rows_for_seqs(repository, seqs, selected, escape_formulas, dates))
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="", write_through=True)
    writer = csv.writer(text, quoting=QUOTING, lineterminator=LINE_END)
    count = 0
    annotated = _with_annotations(rows, columns, annotations, escape_formulas)
    try:
        while True:
            batch = list(itertools.islice(annotated, PROGRESS_EVERY))
            if not batch:
                break
            writer.writerows(batch)
            count += len(batch)
            if len(batch) == PROGRESS_EVERY and not keep_going(count):
                return -1
    finally:
        text.detach()
    return count


def _with_annotations(rows: Iterator[tuple[Any, ...]], columns: Sequence[str],
                      annotations: Annotations, escape: bool) -> Iterator[tuple[Any, ...]]:
    """Rows with the workspace columns filled in, in the order asked (the first cell of each
    incoming row is the incident id, read for the lookup only)."""
    tags_of: dict[str, list[str]] = {}
    for tag, members in sorted(annotations.tags.items()):
        for incident in members:
            tags_of.setdefault(incident, []).append(tag)
    database_columns = [name for name in columns if name in COLUMNS_BY_NAME]

    def cell(text: str) -> str:
        return escape_formula(text) if escape else text

    for row in rows:
        incident = str(row[0]).lstrip("'")
        values = dict(zip(database_columns, row[1:], strict=True))
        values["your_tags"] = cell(" ".join(tags_of.get(incident, ())))
        values["your_note"] = cell(annotations.notes.get(incident, ""))
        values["your_flag"] = "yes" if incident in annotations.flags else ""
        yield tuple(values[name] for name in columns)


REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EFBIG: "the file is larger than this system allows",
    errno.EDQUOT: "your disk quota is used up",
    errno.ENOENT: "its folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "that name is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


def check_target(path: Path, force: bool = False) -> None:
    """Refuse a target an export must not replace: anything but a regular file (a folder, a
    device, a pipe, a socket, or a link to one: /dev/stdout once became a regular file), and a
    read-only file unless ``force``. A file it does replace keeps its mode (files.py)."""
    try:
        found = path.stat()  # follows a symbolic link to what it names
    except FileNotFoundError:
        return
    except OSError as error:  # a name too long, a loop of links, a folder we cannot enter
        raise ExportError(_os_message(path, error)) from None
    if stat.S_ISDIR(found.st_mode):
        raise ExportError(f"{path} is a folder; choose a file name inside it.")
    if not stat.S_ISREG(found.st_mode):
        raise ExportError(f"{path} is not a regular file (a device, pipe or socket); "
                          "choose a file name. Nothing was written.")
    if not force and not found.st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise ExportError(f"{path} is read-only; nothing was written. Choose another name, "
                          "or replace it anyway (--force on the command line).")


def _os_message(path: Path, error: OSError) -> str:
    reason = REASONS.get(error.errno or 0) or error.strerror or str(error)
    return f"Could not write {path.name}: {reason}. Nothing was changed at {path}."
