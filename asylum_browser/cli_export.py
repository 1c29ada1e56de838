"""The export command's choice of file format, kept out of cli.py (near its size limit).

The format follows the file's extension (``.geojson``) unless ``--format`` names one, so
``-o out.geojson`` does what it says; standard output (``-`` ) is CSV unless asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.geojson import GEOJSON_SUFFIXES, write_geojson
from asylum_browser.core.export.writer import ExportError, ExportResult, write_csv
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.i18n.words import translate

FORMATS = ("csv", "geojson")
CSV_ONLY = ("bom", "escape_formulas", "jobs")  # options that mean nothing to GeoJSON


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
    for name in CSV_ONLY:
        options.pop(name, None)
    return write_geojson(repository, spec, path, columns, **options)
