"""A Frictionless data package (``datapackage.json``) describing an exported CSV.

Why: the sidecar ``.about.txt`` is for a person; a data package says the same to a program
(frictionless, R's frictionless and datapackage readers, Open Knowledge tools), so a CSV opens
with its columns typed, its vocabularies checked and its unknowns read as missing rather than
as empty text. Everything in it comes from where the rest of the export reads it: the columns'
labels, descriptions, kinds and vocabularies from the registry (model/schema.py), the
vocabularies' codes from the database being exported, the dataset's title, version and licence
from its meta table (as citations.py and publish.py read them), and the sources from the pages
the exported incidents cite. The writer puts it in place with the CSV and the sidecar, all or
none (writer.py, files.atomic_writes).

The table schema describes exactly what writer.py writes: RFC 4180 with CRLF, every unknown
an empty cell (``missingValues: [""]``), dates as partial ISO dates or EDTF (edtf.py) matched
by a pattern (Table Schema's ``date`` type would refuse ``2002-05``), and text cells that may
start with an added apostrophe when formulas were neutralised (the vocabularies' codes never
do; their enums are written as the CSV writes them).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from asylum_browser import __version__
from asylum_browser.core.engine.database import translate_errors
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.edtf import date_pattern
from asylum_browser.core.export.publish import licence_url
from asylum_browser.core.model.formula import escape_formula
from asylum_browser.core.model.links import search_link
from asylum_browser.core.model.schema import COLUMNS_BY_NAME, Column
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.core.query.describe import describe_query
from asylum_browser.i18n.words import translate

DATAPACKAGE_FILE = "datapackage.json"
TABLE_TYPES = {"text": "string", "date": "string", "integer": "integer", "real": "number"}
MISSING = ""  # what the CSV writes for an unknown: "" (csvlines.py)
FLAG_VALUES = ("yes",)  # the your_flag column: yes, or empty
_NOT_IN_NAME = re.compile(r"[^a-z0-9._-]+")


def datapackage_path(path: Path) -> Path:
    """The descriptor beside ``path``: tools look for ``datapackage.json`` in a folder, so it
    has that name, and a later export with a data package into the same folder replaces it."""
    return path.with_name(DATAPACKAGE_FILE)


def package_name(stem: str) -> str:
    """A name Data Package allows (lower-case letters, digits, - . _) from the file's."""
    name = _NOT_IN_NAME.sub("-", stem.lower()).strip("-._")
    return name or "asylum-browser-export"


def datapackage_for(repository: Repository, spec: QuerySpec, path: Path,
                    columns: Sequence[str], *, rows: int, size: int | None, bom: bool,
                    escape_formulas: bool, dates: str, seqs: Sequence[int] | None,
                    selected: bool, now: dt.datetime,
                    workspace_columns: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    """The descriptor of the CSV at ``path`` (written with these options, ``rows`` rows of
    ``size`` bytes), whose incidents are ``seqs`` (None: the ones ``spec`` finds)."""
    meta = repository.meta()
    title = meta.get("dataset_title") or "Asylum Browser dataset"
    version = meta.get("dataset_version") or "unknown"
    licences = _licences(meta.get("licence", ""))
    in_words = describe_query(spec, repository.cities())
    if seqs is None:
        seqs = repository.ids_for(spec)
    package: dict[str, Any] = {
        "profile": "tabular-data-package",
        "name": package_name(path.stem),
        "title": title,
        "description": translate(
            "Export", "{title}, version {version}, exported by Asylum Browser {program}: "
            "{scope}. Query: {query} ({words}).").format(
                title=title, version=version, program=__version__,
                scope=(translate("Export", "rows selected by hand among the query's results")
                       if selected else translate("Export", "every incident the query finds")),
                query=spec.text or translate("Export", "none, all incidents"), words=in_words),
        "version": version,
        "created": now.isoformat(timespec="seconds"),
        **({"licenses": licences} if licences else {}),  # Data Package allows no empty list
        "sources": [{"title": translate("Export", "{title}, version {version} ({date})").format(
            title=title, version=version, date=meta.get("dataset_date", "?"))},
            *_cited_pages(repository, seqs)],
        # Not a Data Package property: the search that chose the rows, to repeat it.
        "asylum_browser": {
            "program_version": __version__,
            "dataset_version": version,
            "dataset_date": meta.get("dataset_date"),
            "query": spec.text,
            "query_in_words": in_words,
            "link": search_link(spec.text),
            "sort": spec.sort,
            "descending": spec.descending,
            "selected_rows_only": selected,
            "dates": dates,
            "formulas_escaped": escape_formulas,
            "byte_order_mark": bom,
        },
        "resources": [_resource(repository, path, columns, rows, size, escape_formulas,
                                dates, workspace_columns)],
    }
    attribution = meta.get("attribution", "").strip()
    if attribution:
        package["asylum_browser"]["attribution"] = attribution
    return package


def datapackage_bytes(package: Mapping[str, Any]) -> bytes:
    """The descriptor as UTF-8 JSON (a file name that is not valid UTF-8 written with
    escapes, as in the sidecar)."""
    text = json.dumps(package, ensure_ascii=False, indent=2) + "\n"
    return text.encode("utf-8", "backslashreplace")


def _licences(licence: str) -> list[dict[str, str]]:
    """The licence as Data Package writes one: an SPDX name and URL when the meta table's
    words name one the program knows (publish.py decides the same for Datasette), else none
    (a licence entry needs a name or a path; the words stay in the description of the
    source)."""
    url = licence_url(licence)
    if url is None:
        return []
    return [{"name": "CC-BY-4.0", "path": url, "title": licence}]


def _cited_pages(repository: Repository, seqs: Sequence[int]) -> list[dict[str, str]]:
    """Each page the exported incidents cite, once: its title (or [Untitled]) and publisher,
    and its URL."""
    values = seqs.tolist() if hasattr(seqs, "tolist") else [int(seq) for seq in seqs]
    database = repository.database
    with translate_errors(database.path):
        cursor = database.connection().execute(
            "SELECT sources.url, sources.title, sources.publisher FROM sources "
            "WHERE sources.id IN (SELECT incident_sources.source_id FROM incident_sources "
            "JOIN incidents ON incidents.id = incident_sources.incident_id "
            "WHERE incidents.seq IN (SELECT value FROM json_each(?))) "
            "ORDER BY sources.url", (json.dumps(values),))
        cursor.row_factory = None
        found = cursor.fetchall()
    pages = []
    for url, title, publisher in found:
        named = str(title) if title else translate("Export", "[Untitled]")
        pages.append({"title": f"{named} ({publisher})" if publisher else named,
                      "path": str(url)})
    return pages


def _resource(repository: Repository, path: Path, columns: Sequence[str], rows: int,
              size: int | None, escape_formulas: bool, dates: str,
              workspace_columns: Mapping[str, tuple[str, str]]) -> dict[str, Any]:
    fields = [_field(repository, COLUMNS_BY_NAME[name], escape_formulas, dates)
              if name in COLUMNS_BY_NAME else _workspace_field(name, workspace_columns[name])
              for name in columns]
    schema: dict[str, Any] = {"fields": fields, "missingValues": [MISSING]}
    if "id" in columns:
        schema["primaryKey"] = ["id"]
    resource: dict[str, Any] = {
        "name": package_name(path.stem),
        "path": path.name,
        "profile": "tabular-data-resource",
        "title": translate("Export", "{rows} incidents").format(rows=f"{rows:,}"),
        "format": "csv",
        "mediatype": "text/csv",
        # With or without the byte-order mark: it is UTF-8's own signature, which readers of
        # UTF-8 skip (frictionless does); "utf-8-sig" is a name only Python knows.
        "encoding": "utf-8",
        "dialect": {"delimiter": ",", "lineTerminator": "\r\n", "quoteChar": '"',
                    "doubleQuote": True, "skipInitialSpace": False, "header": True},
        "schema": schema,
    }
    if size is not None:
        resource["bytes"] = size
    if escape_formulas:
        resource["description"] = translate(
            "Export", "Text cells that began with = + - @ tab, CR or ' start with an added "
            "' so that no spreadsheet runs them as formulas; remove one leading ' from every "
            "text cell that starts with ' to undo it.")
    return resource


def _field(repository: Repository, column: Column, escape_formulas: bool,
           dates: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": TABLE_TYPES.get(column.kind, "any"),
                             "title": column.label, "description": column.description}
    constraints: dict[str, Any] = {}
    if column.kind == "date":
        constraints["pattern"] = date_pattern(dates)
        if dates == "edtf":
            field["description"] += translate(
                "Export", ". Written as EDTF (ISO 8601-2): Level 0 at the date's precision, "
                "then ~ when the value is inferred (approximate), ? when the sources "
                "disagree on it (uncertain), % when both")
    if column.vocabulary is not None:
        codes = repository.vocabulary_codes(column.vocabulary)
        if codes:  # an empty enum would refuse every value
            constraints["enum"] = [escape_formula(code) if escape_formulas else code
                                   for code in codes]
    if column.name == "id":
        constraints["required"] = True
        constraints["unique"] = True
    if constraints:
        field["constraints"] = constraints
    return field


def _workspace_field(name: str, described: tuple[str, str]) -> dict[str, Any]:
    label, description = described
    field: dict[str, Any] = {"name": name, "type": "string", "title": label,
                             "description": description}
    if name == "your_flag":
        field["constraints"] = {"enum": list(FLAG_VALUES)}
    return field
