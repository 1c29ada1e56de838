"""Stream a query's incidents to CSV, atomically and safe to open in a spreadsheet.

Guarantees (DESIGN.md section 6): RFC 4180 quoting with CRLF rows; text cells that begin with
= + - @ tab or CR get a leading apostrophe so no spreadsheet runs them as formulas (on by
default); UTF-8 with an optional BOM for Excel; the file appears whole or not at all (temporary
file in the same folder, then os.replace); a ``<name>.about.txt`` sidecar records how to cite and
reproduce the export.
"""

from __future__ import annotations

import csv
import datetime as dt
import errno
import itertools
import os
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from asylum_browser import __version__
from asylum_browser.core.models import QuerySpec
from asylum_browser.core.repository import Repository
from asylum_browser.core.schema import COLUMNS_BY_NAME, DEFAULT_EXPORT_COLUMNS
from asylum_browser.core.search import describe_query
from asylum_browser.core.workspace import Annotations

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class ExportError(Exception):
    """The export could not be written; nothing at the target path was changed."""


class ExportCancelled(ExportError):
    """The user cancelled; nothing at the target path was changed."""


PROGRESS_EVERY = 5000  # rows between progress callbacks (cancel answers within ~10 ms)
Progress = Callable[[int], bool]  # rows written so far -> keep going?


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    sidecar: Path | None


def escape_formula(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would treat as a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def sidecar_path(path: Path) -> Path:
    """out.csv -> out.about.txt"""
    return path.with_name(path.stem + ".about.txt")


# Columns from the user's workspace, not the case database: label and description.
WORKSPACE_COLUMNS = {
    "your_tags": ("Your tags", "Tags you gave the incident, separated by spaces"),
    "your_note": ("Your note", "Your own note on the incident (from your workspace)"),
    "your_flag": ("Follow-up", "yes when you flagged the incident for follow-up"),
}


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
              annotations: Annotations | None = None) -> ExportResult:
    """Write the incidents matching ``spec`` to ``path``; return what was written.

    ``seqs`` narrows the export to those incidents (the selected rows), in that order.
    ``progress`` is called every few hundred rows; returning False cancels the export.
    """
    columns = check_columns(columns, workspace=annotations is not None)
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name inside it.")
    from_database = [name for name in columns if name in COLUMNS_BY_NAME]
    mine = [name for name in columns if name in WORKSPACE_COLUMNS]
    selected = ["id", *from_database] if mine else from_database
    rows = (repository.stream(spec, selected, escape_formulas) if seqs is None
            else repository.stream_ids(seqs, selected, escape_formulas))
    if mine and annotations is not None:
        rows = _with_annotations(rows, columns, annotations, escape_formulas)
    count = 0

    def write_rows(handle: IO[str]) -> None:
        # SQLite did the formula escaping; csv.writer quotes (and turns NULL into an empty
        # cell) in C, a batch at a time, so there is no Python work per row.
        nonlocal count
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        while True:
            batch = list(itertools.islice(rows, PROGRESS_EVERY))
            if not batch:
                break
            writer.writerows(batch)
            count += len(batch)
            if progress is not None and len(batch) == PROGRESS_EVERY and not progress(count):
                raise ExportCancelled(f"Export cancelled; nothing was written to {path.name}.")

    temp_csv = _write_temp(path, write_rows, bom)
    temp_about: Path | None = None
    try:
        if sidecar:
            about = _about_text(repository, spec, path, columns, count, bom, escape_formulas,
                                now or dt.datetime.now(dt.UTC), selected=seqs is not None)
            temp_about = _write_temp(sidecar_path(path), lambda h: h.write(about), False)
        os.replace(temp_csv, path)
        if temp_about is not None:
            os.replace(temp_about, sidecar_path(path))
    except OSError as error:
        raise ExportError(_os_message(path, error)) from None
    finally:
        for leftover in (temp_csv, temp_about):
            if leftover is not None:
                leftover.unlink(missing_ok=True)
    return ExportResult(path, count, sidecar_path(path) if sidecar else None)


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


def _write_temp(target: Path, write: Callable[[IO[str]], object], bom: bool) -> Path:
    """Write to a temporary file beside ``target`` and return its path (caller replaces it)."""
    folder = target.parent if str(target.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(_os_message(target, error)) from None
    temp = Path(name)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig" if bom else "utf-8",
                       newline="") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise ExportError(_os_message(target, error)) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.ENOENT: "its folder does not exist",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "that name is a folder",
    errno.ENAMETOOLONG: "the name is too long",
}


def _os_message(path: Path, error: OSError) -> str:
    reason = REASONS.get(error.errno or 0) or error.strerror or str(error)
    return f"Could not write {path.name}: {reason}. Nothing was changed at {path}."


def _about_text(repository: Repository, spec: QuerySpec, path: Path, columns: Sequence[str],
                count: int, bom: bool, escape_formulas: bool, now: dt.datetime,
                selected: bool = False) -> str:
    meta = repository.meta()
    database = ("the bundled database" if repository.database.immutable
                else str(repository.database.path))
    lines = [
        "About this export (Asylum Browser)",
        "",
        f"File:        {path.name}",
        f"Exported:    {now.isoformat(timespec='seconds')}",
        f"Program:     Asylum Browser {__version__}",
        f"Dataset:     {meta.get('dataset_title', 'unknown')}, version "
        f"{meta.get('dataset_version', 'unknown')} ({meta.get('dataset_date', 'unknown')})",
        f"Database:    {database}",
        f"Query:       {spec.text or '(none: all incidents)'}",
        f"In words:    {describe_query(spec)}",
        f"Sort:        {spec.sort}{' (descending)' if spec.descending else ''}",
        "Scope:       " + ("rows selected by hand among the query's results" if selected
                           else "every incident the query finds"),
        f"Rows:        {count}",
        f"Encoding:    UTF-8{' with BOM' if bom else ''}, RFC 4180 quoting, CRLF line ends",
        "Formulas:    " + ("text cells that began with = + - @ tab or CR start with an added '"
                           if escape_formulas else "not escaped (escaping was switched off)"),
        "Unknowns:    an empty cell means the sources do not give the value",
        "",
        "Columns:",
        *(f"  {name}: {COLUMNS_BY_NAME[name].label}. {COLUMNS_BY_NAME[name].description}"
          if name in COLUMNS_BY_NAME else
          f"  {name}: {WORKSPACE_COLUMNS[name][0]}. {WORKSPACE_COLUMNS[name][1]}"
          for name in columns),
        "",
        "Reproduce:   asylum-browser export " + _shell_quote(spec.text) + " -o " + path.name,
        "",
        "Attribution:",
        *(f"  {line}" for line in meta.get("attribution", "").splitlines()),
        f"  {meta.get('licence', '')}",
        "",
    ]
    return "\n".join(lines)


def _shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"
