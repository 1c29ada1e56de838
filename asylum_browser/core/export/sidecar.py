"""The about file written beside an export (out.csv -> out.about.txt): what was exported, from
which data, by which query, and how to read and reproduce it.

It is written for the person who opens the folder later, so it is in the interface language
of the window that exported it (English from the command line); what a program reads stays
as it is in every language: the query, the link, the column names, the Reproduce command.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from asylum_browser import __version__
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.links import search_link
from asylum_browser.core.model.schema import COLUMNS_BY_NAME
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.core.query.describe import describe_query
from asylum_browser.i18n.words import QT_TRANSLATE_NOOP, field_text, tr, translate

# Columns from the user's workspace, not the case database: label and description.
WORKSPACE_COLUMNS = {
    "your_tags": ("Your tags", "Tags you gave the incident, separated by spaces"),
    "your_note": ("Your note", "Your own note on the incident (from your workspace)"),
    "your_flag": ("Follow-up", "yes when you flagged the incident for follow-up"),
}
LABEL_WIDTH = 12  # "Reproduce:" and a space: the values line up in English


def _say(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("Sidecar", ...), in the interface language."""
    return translate("Sidecar", text)


def _line(label: str, value: object) -> str:
    """'File:        out.csv': a marked label, translated and padded, then its value."""
    return f"{_say(label).ljust(LABEL_WIDTH)} {value}"


def about_text(repository: Repository, spec: QuerySpec, path: Path, columns: Sequence[str],
               count: int, bom: bool, escape_formulas: bool, now: dt.datetime,
               selected: bool = False, file_format: str = "csv", dates: str = "iso",
               datapackage: bool = False) -> str:
    meta = repository.meta()
    unknown = tr("unknown")
    database = (_say(QT_TRANSLATE_NOOP("Sidecar", "the bundled database"))
                if repository.database.immutable else str(repository.database.path))
    dataset = _say(QT_TRANSLATE_NOOP("Sidecar", "{title}, version {version} ({date})")).format(
        title=meta.get("dataset_title", unknown), version=meta.get("dataset_version", unknown),
        date=meta.get("dataset_date", unknown))
    query = spec.text or _say(QT_TRANSLATE_NOOP("Sidecar", "(none: all incidents)"))
    sort = spec.sort + (_say(QT_TRANSLATE_NOOP("Sidecar", " (descending)"))
                        if spec.descending else "")
    scope = _say(QT_TRANSLATE_NOOP("Sidecar", "rows selected by hand among the query's "
                                              "results")) if selected else \
        _say(QT_TRANSLATE_NOOP("Sidecar", "every incident the query finds"))
    lines = [
        _say(QT_TRANSLATE_NOOP("Sidecar", "About this export (Asylum Browser)")),
        "",
        _line(QT_TRANSLATE_NOOP("Sidecar", "File:"), path.name),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Exported:"), now.isoformat(timespec="seconds")),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Program:"), f"Asylum Browser {__version__}"),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Dataset:"), dataset),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Database:"), database),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Query:"), query),
        # The link opens this search in the app; a map area reads as the cities on record
        # inside it, as in the sidebar's summary.
        _line(QT_TRANSLATE_NOOP("Sidecar", "Link:"), search_link(spec.text)),
        _line(QT_TRANSLATE_NOOP("Sidecar", "In words:"),
              describe_query(spec, repository.cities())),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Sort:"), sort),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Scope:"), scope),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Rows:"), count),
        *(_geojson_lines() if file_format == "geojson" else _csv_lines(bom, escape_formulas)),
        _dates_line(dates),
        "",
        _say(QT_TRANSLATE_NOOP("Sidecar", "Columns:")),
        *(f"  {name}: {_column_words(name)}" for name in columns),
        "",
        _line(QT_TRANSLATE_NOOP("Sidecar", "Reproduce:"),
              "asylum-browser export " + shell_quote(spec.text) + " -o " + path.name
              + (" --dates edtf" if dates == "edtf" else "")
              + (" --datapackage" if datapackage else "")),
        "",
        _say(QT_TRANSLATE_NOOP("Sidecar", "Attribution:")),
        *(f"  {line}" for line in meta.get("attribution", "").splitlines()),
        f"  {meta.get('licence', '')}",
        "",
    ]
    return "\n".join(lines)


def _column_words(name: str) -> str:
    if name in COLUMNS_BY_NAME:
        column = COLUMNS_BY_NAME[name]
        label, description = column.label, column.description
    else:
        label, description = WORKSPACE_COLUMNS[name]
    return f"{field_text(label)}. {field_text(description)}"


def _csv_lines(bom: bool, escape_formulas: bool) -> list[str]:
    encoding = _say(QT_TRANSLATE_NOOP(
        "Sidecar", "UTF-8 with BOM, CRLF line ends, RFC 4180 quoting: text in double quotes "
        "(a quote inside doubled), numbers bare")) if bom else _say(QT_TRANSLATE_NOOP(
            "Sidecar", "UTF-8, CRLF line ends, RFC 4180 quoting: text in double quotes (a "
            "quote inside doubled), numbers bare"))
    formulas = _say(QT_TRANSLATE_NOOP(
        "Sidecar", "text cells that began with = + - @ tab, CR or ' start with an added ' (to "
        "undo it, remove one leading ' from every text cell that starts with ')")) \
        if escape_formulas else \
        _say(QT_TRANSLATE_NOOP("Sidecar", "not escaped (escaping was switched off)"))
    return [_line(QT_TRANSLATE_NOOP("Sidecar", "Encoding:"), encoding),
            _line(QT_TRANSLATE_NOOP("Sidecar", "Formulas:"), formulas),
            _line(QT_TRANSLATE_NOOP("Sidecar", "Unknowns:"), _say(QT_TRANSLATE_NOOP(
                "Sidecar", "an empty cell (\"\") means the sources do not give the value")))]


def _dates_line(dates: str) -> str:
    if dates == "edtf":
        return _line(QT_TRANSLATE_NOOP("Sidecar", "Dates:"), _say(QT_TRANSLATE_NOOP(
            "Sidecar", "EDTF (ISO 8601-2) at each date's precision, then ~ when the value is "
            "inferred, ? when the sources disagree on it, % when both")))
    return _line(QT_TRANSLATE_NOOP("Sidecar", "Dates:"), _say(QT_TRANSLATE_NOOP(
        "Sidecar", "ISO 8601 at each date's precision: YYYY, YYYY-MM or YYYY-MM-DD")))


def _geojson_lines() -> list[str]:
    return [
        _line(QT_TRANSLATE_NOOP("Sidecar", "Format:"), _say(QT_TRANSLATE_NOOP(
            "Sidecar", "GeoJSON (RFC 7946), UTF-8: one Feature per incident, a Point at "
            "[longitude, latitude] in WGS84; geometry null where the record has no position"))),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Precision:"), _say(QT_TRANSLATE_NOOP(
            "Sidecar", "the location_precision property says whether a point is the mission's "
            "own building (mission) or its city (city)"))),
        _line(QT_TRANSLATE_NOOP("Sidecar", "Unknowns:"), _say(QT_TRANSLATE_NOOP(
            "Sidecar", "null means the sources do not give the value"))),
    ]


def shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"
