"""The export command's choice of file format and its newer options, kept out of cli.py (at
its size limit).

The format follows the file's extension (``.geojson``) unless ``--format`` names one, so
``-o out.geojson`` does what it says; standard output (``-`` ) is CSV unless asked.
``--datapackage`` is off unless asked, so a script's export writes the files it always did;
``--dates`` is ``iso`` unless asked, the dates as they were.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.edtf import DATE_STYLES
from asylum_browser.core.export.geojson import GEOJSON_SUFFIXES, write_geojson
from asylum_browser.core.export.writer import ExportError, ExportResult, write_csv
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.i18n.words import translate

FORMATS = ("csv", "geojson")
CSV_ONLY = ("bom", "escape_formulas", "jobs")  # options that mean nothing to GeoJSON
Command = TypeVar("Command", bound=Callable[..., Any])


def export_options(command: Command) -> Command:
    """The data package and date style options of ``asylum-browser export``."""
    command = click.option(
        "--datapackage", is_flag=True,
        help="Also write datapackage.json (a Frictionless data package describing the CSV) "
             "beside the file.")(command)
    return click.option(
        "--dates", type=click.Choice(DATE_STYLES), default="iso", show_default=True,
        help="iso: dates at their precision (2002, 2002-05, 2002-05-08); edtf: the same with "
             "~ for inferred, ? for disputed and % for both (EDTF Level 1).")(command)


def piped(options: Mapping[str, Any]) -> dict[str, Any]:
    """The options for an export to standard output, which has no folder for a data package
    to sit in and no file name for it to describe."""
    if options.get("datapackage"):
        raise ExportError(translate("Export", "--datapackage needs a file to describe; give "
                                    "-o a file name, not -."))
    return dict(options)


def wrote(result: ExportResult) -> str:
    """What an export wrote, in one line."""
    rows = f"{result.rows:,} incident{'' if result.rows == 1 else 's'}"
    files = [str(result.path), *(path.name for path in (result.sidecar, result.datapackage)
                                 if path is not None)]
    listed = files[0] if len(files) == 1 else f"{', '.join(files[:-1])} and {files[-1]}"
    return (f"Wrote {rows} to {listed}"
            + (f" ({result.processes} processes)" if result.processes > 1 else ""))


def export_format(output: Path, chosen: str | None) -> str:
    """The format to write: the one named, else the one the extension names, else CSV."""
    if chosen is not None:
        return chosen
    return "geojson" if output.suffix.lower() in GEOJSON_SUFFIXES else "csv"


def write_export(file_format: str, repository: Repository, spec: QuerySpec, path: Path,
                 columns: Sequence[str], **options: Any) -> ExportResult:
    """Write ``path`` in ``file_format``; CSV-only options given to GeoJSON are refused."""
    if file_format == "csv":
        return write_csv(repository, spec, path, columns, **options)
    if options.get("bom"):
        raise ExportError(translate("Export", "--bom is for CSV; a GeoJSON file has no BOM."))
    if options.pop("datapackage", False):
        raise ExportError(translate("Export", "--datapackage is for CSV: a data package's "
                                    "table schema describes a CSV file, not GeoJSON."))
    for name in CSV_ONLY:
        options.pop(name, None)
    return write_geojson(repository, spec, path, columns, **options)
