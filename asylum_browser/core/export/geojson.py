"""A query's incidents as GeoJSON (RFC 7946), for GIS tools such as QGIS.

RFC 7946 fixes the coordinate system to WGS84 with longitude first and has no ``crs`` member,
so the file carries none. Each incident is one Feature: a Point at the database's own
longitude and latitude (the map's rule, core/model/geo.is_position, decides what is a place
on Earth), or ``"geometry": null`` (RFC 7946 section 3.2 allows it) when the record has no
usable position, so the file still holds every row the CSV would. The properties are the CSV's
columns with their values as JSON types (numbers bare, an unknown ``null``) plus the location
precision, so a reader knows whether a point is the mission's own building or its city. Text
is not formula-escaped: JSON is not opened by spreadsheets, and a GIS shows cells as written.
The file and its sidecar appear whole or not at all, as the CSV's do (asylum_browser.files).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from pathlib import Path
from typing import IO, Any

from asylum_browser.core.engine.database import translate_errors
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.edtf import check_date_style
from asylum_browser.core.export.rows import rows_for_seqs
from asylum_browser.core.export.sidecar import about_text
from asylum_browser.core.export.writer import (
    PROGRESS_EVERY,
    ExportCancelled,
    ExportError,
    ExportResult,
    Progress,
    _os_message,
    check_columns,
    check_target,
    sidecar_path,
)
from asylum_browser.core.model.geo import is_position
from asylum_browser.core.model.schema import DEFAULT_EXPORT_COLUMNS
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.files import atomic_writes

GEOJSON_SUFFIXES = (".geojson",)
PRECISION = "location_precision"  # every feature carries it, asked for or not


def write_geojson(repository: Repository, spec: QuerySpec, path: Path,
                  columns: Sequence[str] = DEFAULT_EXPORT_COLUMNS, *, sidecar: bool = True,
                  now: dt.datetime | None = None, seqs: Sequence[int] | None = None,
                  progress: Progress | None = None, force: bool = False,
                  query_seconds: float | None = None, dates: str = "iso") -> ExportResult:
    """Write the incidents matching ``spec`` (or the ``seqs`` chosen, in that order) to
    ``path`` as a GeoJSON FeatureCollection; return what was written. ``dates`` as for CSV
    (writer.write_csv)."""
    columns = check_columns(columns)
    try:
        dates = check_date_style(dates)
    except ValueError as error:
        raise ExportError(str(error)) from None
    properties = [*columns, *(() if PRECISION in columns else (PRECISION,))]
    path = Path(path)
    check_target(path, force)
    selected = ["longitude", "latitude", *properties]
    count = 0

    def write_features(handle: IO[bytes]) -> None:
        nonlocal count
        handle.write(b'{"type": "FeatureCollection", "features": [')
        if seqs is not None:
            order: Sequence[int] = seqs
        else:  # only the search is bounded in time, as for CSV: writing is bounded by rows
            with repository.database.bounded(query_seconds):
                order = repository.ids_for(spec)
        with translate_errors(repository.database.path):
            for row in rows_for_seqs(repository, order, selected, dates=dates):
                handle.write((b",\n" if count else b"\n") + _feature(row, properties))
                count += 1
                if count % PROGRESS_EVERY == 0 and progress is not None \
                        and not progress(count):
                    raise ExportCancelled(f"Export cancelled; nothing was written to "
                                          f"{path.name}.")
        handle.write(b"\n]}\n")

    targets = [path, sidecar_path(path)] if sidecar else [path]
    try:
        with atomic_writes(targets) as streams:
            write_features(streams[0])
            if sidecar:
                about = about_text(repository, spec, path, columns, count, False, False,
                                    now or dt.datetime.now(dt.UTC), selected=seqs is not None,
                                    file_format="geojson", dates=dates)
                streams[1].write(about.encode("utf-8", "backslashreplace"))
    except OSError as error:
        raise ExportError(_os_message(path, error)) from None
    return ExportResult(path, count, sidecar_path(path) if sidecar else None)


def _feature(row: Sequence[Any], properties: Sequence[str]) -> bytes:
    """One Feature: a Point [longitude, latitude] or a null geometry, and the properties."""
    longitude, latitude, *values = row
    geometry = ({"type": "Point", "coordinates": [longitude, latitude]}
                if is_position(latitude, longitude) else None)
    feature = {"type": "Feature", "geometry": geometry,
               "properties": dict(zip(properties, values, strict=True))}
    try:  # the common case: every value is one JSON holds (checking each first cost 25%)
        text = json.dumps(feature, ensure_ascii=False, allow_nan=False)
    except (ValueError, TypeError):  # an infinity, a NaN or a blob somewhere in the row
        feature["properties"] = dict(zip(properties, map(_json_value, values), strict=True))
        text = json.dumps(feature, ensure_ascii=False, allow_nan=False)
    return text.encode("utf-8")


def _json_value(value: Any) -> Any:
    """A cell as JSON can hold it: an infinity or NaN (SQLite stores them) and a blob
    become null, as no reader of the file could use them."""
    if isinstance(value, float) and (value != value or value in (float("inf"), float("-inf"))):
        return None
    if isinstance(value, bytes):
        return None
    return value
