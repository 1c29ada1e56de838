"""Dates as EDTF in the exports (issue 19): every date of a full export parses with the edtf
library, keeps its precision, and carries the record's own marks (inferred: ~, disputed: ?)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import edtf
import pytest

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.geojson import write_geojson
from asylum_browser.core.export.writer import ExportError, sidecar_path, write_csv
from asylum_browser.core.model.values import Annotations
from asylum_browser.core.query.parser import parse_query
from tests.conftest import count_bundled, query_bundled

DATE_COLUMNS = ("date_start", "date_end", "outcome_date")


def read_back(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def stored_dates() -> dict[str, dict[str, tuple[str | None, str | None]]]:
    """Each incident's stored dates and their precision, by hand-written SQL."""
    found: dict[str, dict[str, tuple[str | None, str | None]]] = {}
    for row in query_bundled("SELECT id, date_start, date_start_precision, date_end, "
                             "date_end_precision, outcome_date, outcome_date_precision "
                             "FROM incidents"):
        found[str(row[0])] = {"date_start": (row[1], row[2]), "date_end": (row[3], row[4]),
                              "outcome_date": (row[5], row[6])}
    return found


def marked(table: str) -> set[tuple[str, str]]:
    return {(str(incident), str(field)) for incident, field in query_bundled(
        f"SELECT incident_id, field FROM {table}")}


def expected_edtf(incident: str, field: str, stored: str | None) -> str:
    if stored is None:
        return ""
    inferred = (incident, field) in marked("inferred_values")
    disputed = (incident, field) in marked("disputes")
    return stored + ("%" if inferred and disputed else "~" if inferred
                     else "?" if disputed else "")


@pytest.fixture(scope="module")
def edtf_rows(repository: Repository, tmp_path_factory: pytest.TempPathFactory
              ) -> list[dict[str, str]]:
    target = tmp_path_factory.mktemp("edtf") / "all.csv"
    write_csv(repository, parse_query(""), target, dates="edtf")
    return read_back(target)


def test_every_date_of_a_full_export_parses_as_edtf_at_its_precision(
        edtf_rows: list[dict[str, str]]) -> None:
    assert len(edtf_rows) == count_bundled()
    stored = stored_dates()
    parsed_count = 0
    for row in edtf_rows:
        for column in DATE_COLUMNS:
            text, precision = stored[row["id"]][column]
            if text is None:
                assert row[column] == "", (row["id"], column)
                continue
            value = edtf.parse_edtf(row[column])
            date = getattr(value, "date", value)  # a qualified date wraps the plain one
            assert date.precision == precision, (row["id"], column, row[column])
            assert str(date) == text
            parsed_count += 1
    assert parsed_count >= count_bundled()


def test_a_month_precision_record_gives_year_and_month(
        edtf_rows: list[dict[str, str]]) -> None:
    months = {str(i) for (i,) in query_bundled(
        "SELECT id FROM incidents WHERE date_start_precision = 'month' AND id NOT IN "
        "(SELECT incident_id FROM disputes WHERE field = 'date_start') AND id NOT IN "
        "(SELECT incident_id FROM inferred_values WHERE field = 'date_start')")}
    stored = stored_dates()
    [row] = [row for row in edtf_rows if row["id"] in months][:1]
    assert row["date_start"] == stored[row["id"]]["date_start"][0]
    assert len(row["date_start"]) == len("YYYY-MM")


def test_inferred_dates_are_approximate_and_disputed_ones_uncertain(
        edtf_rows: list[dict[str, str]]) -> None:
    stored = stored_dates()
    seen = set()
    for row in edtf_rows:
        for column in DATE_COLUMNS:
            assert row[column] == expected_edtf(row["id"], column,
                                                stored[row["id"]][column][0])
            if row[column]:
                value = edtf.parse_edtf(row[column])
                qualified = isinstance(value, edtf.UncertainOrApproximate)
                seen.add(row[column][-1] if qualified else "")
                if row[column].endswith("~"):
                    assert value.is_approximate and not value.is_uncertain
                if row[column].endswith("?"):
                    assert value.is_uncertain and not value.is_approximate
                if row[column].endswith("%"):
                    assert value.is_uncertain_and_approximate
    # the bundled data has each kind, so each rule above was exercised
    assert seen == {"", "~", "?", "%"}


def test_iso_stays_the_default_and_writes_the_stored_dates(repository: Repository,
                                                           tmp_path: Path) -> None:
    target = tmp_path / "iso.csv"
    write_csv(repository, parse_query(""), target)
    stored = stored_dates()
    for row in read_back(target):
        for column in DATE_COLUMNS:
            assert row[column] == (stored[row["id"]][column][0] or "")
    assert "Dates:       ISO 8601" in sidecar_path(target).read_text(encoding="utf-8")


def test_every_export_path_writes_the_same_edtf(repository: Repository, tmp_path: Path,
                                                edtf_rows: list[dict[str, str]]) -> None:
    """Worker processes, the Python path for workspace columns, and GeoJSON all agree with
    the single-process CSV."""
    by_id = {row["id"]: row for row in edtf_rows}
    columns = ("id", *DATE_COLUMNS)
    parallel = tmp_path / "parallel.csv"
    result = write_csv(repository, parse_query(""), parallel, columns, dates="edtf", jobs=2)
    assert result.processes == 2
    annotated = tmp_path / "annotated.csv"
    write_csv(repository, parse_query(""), annotated, (*columns, "your_tags"), dates="edtf",
              annotations=Annotations({"t": {next(iter(by_id))}}, {}, frozenset()))
    for path in (parallel, annotated):
        for row in read_back(path):
            assert [row[c] for c in DATE_COLUMNS] == [by_id[row["id"]][c]
                                                      for c in DATE_COLUMNS], path
    geojson = tmp_path / "all.geojson"
    write_geojson(repository, parse_query(""), geojson, columns, dates="edtf")
    for feature in json.loads(geojson.read_text(encoding="utf-8"))["features"]:
        properties = feature["properties"]
        assert [properties[c] or "" for c in DATE_COLUMNS] == [
            by_id[properties["id"]][c] for c in DATE_COLUMNS]


def test_the_sidecar_says_edtf_and_how_to_repeat_the_export(repository: Repository,
                                                    tmp_path: Path) -> None:
    target = tmp_path / "china.csv"
    write_csv(repository, parse_query("host:china"), target, dates="edtf", datapackage=True)
    about = sidecar_path(target).read_text(encoding="utf-8")
    assert "Dates:       EDTF" in about
    assert ("asylum-browser export 'host:china' -o china.csv --dates edtf --datapackage\n"
            in about)


def test_an_unknown_date_style_is_refused_in_words(repository: Repository,
                                                   tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="iso, edtf"):
        write_csv(repository, parse_query(""), tmp_path / "x.csv", dates="roman")
    assert not list(tmp_path.iterdir())
