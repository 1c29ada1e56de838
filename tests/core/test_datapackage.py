"""The data package beside a CSV export (issue 19): frictionless reads it, and the CSV's rows,
back for real and finds them valid; its facts are the database's."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import frictionless
import pytest

from asylum_browser.core.cases.combined import database_with_my_cases
from asylum_browser.core.cases.mycases import check_cases
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.datapackage import DATAPACKAGE_FILE
from asylum_browser.core.export.writer import ExportError, sidecar_path, write_csv
from asylum_browser.core.model.schema import COLUMNS, COLUMNS_BY_NAME, DEFAULT_EXPORT_COLUMNS
from asylum_browser.core.model.values import Annotations
from asylum_browser.core.query.parser import parse_query
from asylum_browser.paths import bundled_db_path, records_dir
from tests.conftest import bundled_value, count_bundled, query_bundled
from tests.core.test_my_cases import CASES


def validated(descriptor: Path) -> frictionless.Report:
    return frictionless.validate(str(descriptor))


def errors_of(report: frictionless.Report) -> list[list[Any]]:
    return report.flatten(["rowNumber", "fieldName", "type", "note"])


def package_of(folder: Path) -> dict[str, Any]:
    return json.loads((folder / DATAPACKAGE_FILE).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("bom", "dates"), [(False, "iso"), (True, "edtf")])
def test_a_full_export_validates_with_frictionless_rows_and_all(
        repository: Repository, tmp_path: Path, bom: bool, dates: str) -> None:
    target = tmp_path / "all.csv"
    result = write_csv(repository, parse_query(""), target, bom=bom, dates=dates,
                       datapackage=True)
    assert result.datapackage == tmp_path / DATAPACKAGE_FILE
    report = validated(result.datapackage)
    assert report.valid, errors_of(report)[:10]
    assert report.stats["errors"] == 0
    [task] = report.tasks
    assert task.stats["rows"] == count_bundled()  # every row was read against the schema
    assert task.stats["fields"] == len(DEFAULT_EXPORT_COLUMNS)


def test_validation_reads_the_rows_a_bad_cell_is_found(repository: Repository,
                                                       tmp_path: Path) -> None:
    """The test above passes only because the rows fit: a code outside the vocabulary, a
    count that is no number and a date that is no date are each reported."""
    target = tmp_path / "all.csv"
    write_csv(repository, parse_query(""), target, datapackage=True)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    rows[1][header.index("outcome_class")] = "vanished"
    rows[2][header.index("people_count")] = "a few"
    rows[3][header.index("date_start")] = "May 2002"
    with target.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\r\n").writerows(rows)
    package = package_of(tmp_path)
    del package["resources"][0]["bytes"]  # the file's size changed with the cells
    (tmp_path / DATAPACKAGE_FILE).write_text(json.dumps(package), encoding="utf-8")
    found = {(row, field) for row, field, _kind, _note in errors_of(validated(
        tmp_path / DATAPACKAGE_FILE))}
    assert found == {(2, "outcome_class"), (3, "people_count"), (4, "date_start")}


def test_the_schema_describes_each_column_from_the_registry(repository: Repository,
                                                            tmp_path: Path) -> None:
    columns = ("id", "date_start", "people_count", "latitude", "outcome_class", "title")
    write_csv(repository, parse_query("host:china"), tmp_path / "china.csv", columns,
              datapackage=True)
    [resource] = package_of(tmp_path)["resources"]
    assert resource["path"] == "china.csv" and resource["format"] == "csv"
    assert resource["bytes"] == (tmp_path / "china.csv").stat().st_size
    schema = resource["schema"]
    assert schema["missingValues"] == [""] and schema["primaryKey"] == ["id"]
    fields = {field["name"]: field for field in schema["fields"]}
    assert list(fields) == list(columns)
    assert {name: field["type"] for name, field in fields.items()} == {
        "id": "string", "date_start": "string", "people_count": "integer",
        "latitude": "number", "outcome_class": "string", "title": "string"}
    for name, field in fields.items():
        assert field["title"] == COLUMNS_BY_NAME[name].label
        assert field["description"] == COLUMNS_BY_NAME[name].description
    assert fields["date_start"]["constraints"]["pattern"] == "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"


def test_each_vocabulary_column_allows_exactly_the_databases_codes(
        repository: Repository, tmp_path: Path) -> None:
    write_csv(repository, parse_query(""), tmp_path / "all.csv", [c.name for c in COLUMNS],
              datapackage=True)
    fields = {field["name"]: field for field in
              package_of(tmp_path)["resources"][0]["schema"]["fields"]}
    countries = sorted(str(code) for (code,) in query_bundled("SELECT code FROM countries"))
    expected = {"host_country": countries, "sending_state": countries,
                "seekers_nationality": countries}
    for vocabulary in ("mission_type", "outcome_class", "confidence", "origin"):
        expected[vocabulary] = sorted(str(code) for (code,) in query_bundled(
            "SELECT code FROM vocabulary WHERE vocabulary = ?", vocabulary))
    enums = {name: field["constraints"]["enum"] for name, field in fields.items()
             if "enum" in field.get("constraints", {})}
    assert enums == expected
    assert all(expected.values())


def test_the_package_names_the_dataset_its_licence_the_query_and_the_cited_pages(
        repository: Repository, tmp_path: Path) -> None:
    write_csv(repository, parse_query("host:china"), tmp_path / "China Bids.csv",
              datapackage=True)
    package = package_of(tmp_path)
    assert package["name"] == "china-bids"
    assert package["title"] == bundled_value(
        "SELECT value FROM meta WHERE key = 'dataset_title'")
    assert package["version"] == bundled_value(
        "SELECT value FROM meta WHERE key = 'dataset_version'")
    [licence] = package["licenses"]
    assert licence["name"] == "CC-BY-4.0"
    assert licence["title"] == bundled_value("SELECT value FROM meta WHERE key = 'licence'")
    assert package["asylum_browser"]["query"] == "host:china"
    assert "host:china" in package["description"]
    cited = {str(url) for (url,) in query_bundled(
        "SELECT DISTINCT sources.url FROM sources JOIN incident_sources "
        "ON incident_sources.source_id = sources.id JOIN incidents "
        "ON incidents.id = incident_sources.incident_id WHERE incidents.host_country = 'CN'")}
    assert cited and {source["path"] for source in package["sources"][1:]} == cited
    assert package["sources"][0]["title"].startswith(package["title"])


def test_selected_rows_with_workspace_columns_validate(repository: Repository,
                                                       tmp_path: Path) -> None:
    seqs = list(repository.ids_for(parse_query("host:china")))[:3]
    ids = [row["id"] for row in repository.rows(seqs)]
    annotations = Annotations(tags={"kept": set(ids[:2])}, notes={ids[0]: "=read"},
                              flags=frozenset(ids[1:2]))
    result = write_csv(repository, parse_query("host:china"), tmp_path / "picked.csv",
                       ("id", "date_start", "your_tags", "your_note", "your_flag"),
                       seqs=seqs, annotations=annotations, datapackage=True, dates="edtf")
    assert result.rows == 3
    report = validated(tmp_path / DATAPACKAGE_FILE)
    assert report.valid, errors_of(report)
    package = package_of(tmp_path)
    assert package["asylum_browser"]["selected_rows_only"] is True
    flag = package["resources"][0]["schema"]["fields"][-1]
    assert flag["name"] == "your_flag" and flag["constraints"]["enum"] == ["yes"]


def test_no_datapackage_unless_asked(repository: Repository, tmp_path: Path) -> None:
    result = write_csv(repository, parse_query("host:china"), tmp_path / "china.csv")
    assert result.datapackage is None
    assert not (tmp_path / DATAPACKAGE_FILE).exists()


def test_a_datapackage_that_cannot_be_written_leaves_no_file_at_all(
        repository: Repository, tmp_path: Path) -> None:
    (tmp_path / DATAPACKAGE_FILE).mkdir()
    target = tmp_path / "china.csv"
    with pytest.raises(ExportError, match="folder"):
        write_csv(repository, parse_query("host:china"), target, datapackage=True)
    assert not target.exists() and not sidecar_path(target).exists()
    assert sorted(path.name for path in tmp_path.iterdir()) == [DATAPACKAGE_FILE]


def test_a_data_package_reader_gets_the_databases_values_typed(repository: Repository,
                                                               tmp_path: Path) -> None:
    """What a tool that reads data packages sees: counts as integers, coordinates as numbers,
    unknowns as missing (None), not as empty text."""
    columns = ("id", "people_count", "latitude", "outcome_class", "date_end")
    write_csv(repository, parse_query(""), tmp_path / "all.csv", columns, datapackage=True)
    [resource] = frictionless.Package(str(tmp_path / DATAPACKAGE_FILE)).resources
    read = {row["id"]: row for row in resource.read_rows()}
    stored = {str(row[0]): row[1:] for row in query_bundled(
        "SELECT id, people_count, latitude, outcome_class, date_end FROM incidents")}
    assert read.keys() == stored.keys()
    for incident, (people, latitude, outcome, date_end) in stored.items():
        row = read[incident]
        assert row["people_count"] == people and (people is None or
                                                  isinstance(row["people_count"], int))
        assert row["latitude"] is None if latitude is None else float(row["latitude"]) == latitude
        assert row["outcome_class"] == outcome
        assert row["date_end"] == date_end
    assert any(row["people_count"] is None for row in read.values())
    assert any(row["date_end"] is None for row in read.values())


def test_an_export_with_your_own_cases_validates(tmp_path: Path) -> None:
    """Your cases (origin mine) are checked with the importer's rules, so they fit the same
    schema; their cited pages are among the package's sources."""
    combined = database_with_my_cases(check_cases(CASES).cases, tmp_path / "combined",
                                      bundled_db_path(), records_dir())
    repository = Repository(Database(combined, immutable=True))
    out = tmp_path / "out"
    out.mkdir()
    result = write_csv(repository, parse_query(""), out / "mine.csv", dates="edtf",
                       datapackage=True)
    assert result.rows == count_bundled() + len(CASES)
    report = validated(out / DATAPACKAGE_FILE)
    assert report.valid, errors_of(report)[:5]
    paths = {source.get("path") for source in package_of(out)["sources"]}
    assert {"https://example.org/quito", "https://example.org/lima"} <= paths
