"""Issue 19 on the command line: the ``link`` column and the search's link in the sidecar,
and the GeoJSON export read back against the bundled database."""

from __future__ import annotations

import csv
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from asylum_browser.cli import cli
from asylum_browser.core.model.links import incident_link, parse_link, search_link
from asylum_browser.core.model.schema import DEFAULT_EXPORT_COLUMNS
from tests.conftest import REPO_ROOT, count_bundled, query_bundled

SCHEMA = json.loads((REPO_ROOT / "tests" / "fixtures" / "geojson.schema.json")
                    .read_text(encoding="utf-8"))


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_every_exported_row_links_to_its_own_incident(runner: CliRunner,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    result = runner.invoke(cli, ["export", "-o", str(target)])
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count_bundled()
    for row in rows:
        assert row["link"] == incident_link(row["id"])
        assert parse_link(row["link"]).incident_id == row["id"]


def test_the_sidecar_carries_the_link_of_the_search(runner: CliRunner,
                                                    tmp_path: Path) -> None:
    query = "host:China year:1989..1990"
    result = runner.invoke(cli, ["export", query, "-o", str(tmp_path / "china.csv")])
    assert result.exit_code == 0, result.output
    about = (tmp_path / "china.about.txt").read_text(encoding="utf-8")
    link = next(line.split(None, 1)[1] for line in about.splitlines()
                if line.startswith("Link:"))
    assert link == search_link(query)
    assert parse_link(link).query == query
    assert "  link: Link." in about  # the column is described with the others


def test_an_id_that_would_need_escaping_gets_no_link_rather_than_a_wrong_one(
        runner: CliRunner, db_copy: Path, tmp_path: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as connection, connection:
        seq, = connection.execute("SELECT min(seq) FROM incidents").fetchone()
        connection.execute("UPDATE incidents SET id = 'odd id/ü' WHERE seq = ?", (seq,))
    target = tmp_path / "odd.csv"
    result = runner.invoke(cli, ["export", "--db", str(db_copy), "-o", str(target),
                                 "--columns", "id,link"])
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8", newline="") as handle:
        links = {row["id"]: row["link"] for row in csv.DictReader(handle)}
    assert links["odd id/ü"] == ""
    assert all(links[key] == incident_link(key) for key in links if key != "odd id/ü")
    assert len(links) == len(query_bundled("SELECT id FROM incidents"))


def read_geojson(path: Path) -> dict[str, object]:
    data = json.loads(path.read_text(encoding="utf-8"))
    jsonschema.validate(data, SCHEMA)  # RFC 7946's shapes, lon in ±180, lat in ±90, no crs
    return data


def features_by_id(data: dict[str, object]) -> dict[str, dict[str, object]]:
    features = data["features"]
    assert isinstance(features, list)
    found = {feature["properties"]["id"]: feature for feature in features}
    assert len(found) == len(features)  # one feature per incident
    return found


@pytest.mark.parametrize("query", ["", "host:China", "北京"])
def test_geojson_places_every_point_where_the_database_has_it(runner: CliRunner,
                                                              tmp_path: Path,
                                                              query: str) -> None:
    target = tmp_path / "out.geojson"  # the extension chooses the format
    result = runner.invoke(cli, ["export", *([query] if query else []), "-o", str(target)])
    assert result.exit_code == 0, result.output
    features = features_by_id(read_geojson(target))
    expected = {row[0]: row[1:] for row in query_bundled(
        "SELECT id, longitude, latitude, location_precision FROM incidents")}
    if not query:
        assert set(features) == set(expected)
    assert features
    for incident_id, feature in features.items():
        longitude, latitude, precision = expected[incident_id]
        assert feature["geometry"] == {"type": "Point", "coordinates": [longitude, latitude]}
        assert feature["properties"]["location_precision"] == precision
    assert "crs" not in target.read_text(encoding="utf-8").split('"features"')[0]


def test_geojson_properties_are_the_csv_columns_with_json_types(runner: CliRunner,
                                                                tmp_path: Path) -> None:
    assert runner.invoke(cli, ["export", "host:China", "-o", str(tmp_path / "c.csv")]
                         ).exit_code == 0
    assert runner.invoke(cli, ["export", "host:China", "--format", "geojson",
                               "-o", str(tmp_path / "c.json")]).exit_code == 0
    with (tmp_path / "c.csv").open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    features = features_by_id(read_geojson(tmp_path / "c.json"))
    assert list(features) == list(rows)  # the same incidents in the same order
    for incident_id, feature in features.items():
        properties = feature["properties"]
        assert list(properties) == list(DEFAULT_EXPORT_COLUMNS)
        for name, value in properties.items():
            as_csv = rows[incident_id][name]
            if value is None:
                assert as_csv == ""
            elif isinstance(value, str):
                assert as_csv in (value, "'" + value)  # the CSV escapes formula starts
            else:
                assert float(as_csv) == value
        assert properties["link"] == incident_link(incident_id)


def test_an_incident_without_a_position_has_a_null_geometry(runner: CliRunner,
                                                            db_copy: Path,
                                                            tmp_path: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as connection, connection:
        lost, far = (row[0] for row in connection.execute(
            "SELECT id FROM incidents ORDER BY seq LIMIT 2"))
        connection.execute("UPDATE incidents SET latitude = NULL WHERE id = ?", (lost,))
        connection.execute("UPDATE incidents SET longitude = 200.0 WHERE id = ?", (far,))
    target = tmp_path / "lost.geojson"
    result = runner.invoke(cli, ["export", "--db", str(db_copy), "-o", str(target),
                                 "--columns", "id"])
    assert result.exit_code == 0, result.output
    features = features_by_id(read_geojson(target))
    assert features[lost]["geometry"] is None
    assert features[far]["geometry"] is None
    assert features[lost]["properties"] == {"id": lost, "location_precision":
                                            features[lost]["properties"]["location_precision"]}
    assert sum(feature["geometry"] is None for feature in features.values()) == 2


def test_geojson_sidecar_describes_the_format_and_bom_is_refused(runner: CliRunner,
                                                                 tmp_path: Path) -> None:
    assert runner.invoke(cli, ["export", "host:China", "-o", str(tmp_path / "c.geojson")]
                         ).exit_code == 0
    about = (tmp_path / "c.about.txt").read_text(encoding="utf-8")
    assert "GeoJSON (RFC 7946)" in about and "[longitude, latitude]" in about
    assert "RFC 4180" not in about
    result = runner.invoke(cli, ["export", "x", "--bom", "-o", str(tmp_path / "b.geojson")])
    assert result.exit_code != 0
    assert "--bom is for CSV" in result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr
    assert not (tmp_path / "b.geojson").exists()


def test_values_json_cannot_hold_become_null(runner: CliRunner, db_copy: Path,
                                             tmp_path: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as connection, connection:
        first, second = (row[0] for row in connection.execute(
            "SELECT id FROM incidents ORDER BY seq LIMIT 2"))
        connection.execute("UPDATE incidents SET latitude = 9e999 WHERE id = ?", (first,))
        connection.execute("UPDATE incidents SET title = x'00ff' WHERE id = ?", (second,))
    target = tmp_path / "odd.geojson"
    result = runner.invoke(cli, ["export", "--db", str(db_copy), "-o", str(target)])
    assert result.exit_code == 0, result.output
    features = features_by_id(read_geojson(target))
    assert features[first]["geometry"] is None
    assert features[first]["properties"]["latitude"] is None
    assert features[second]["properties"]["title"] is None
    assert features[second]["geometry"] is not None
