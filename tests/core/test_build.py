"""The bundled database is exactly what the records build, and the build refuses bad records."""

from __future__ import annotations

import csv
import math
import sqlite3
from pathlib import Path

import pytest

from asylum_browser.core.dataset.build import BuildError, build_database, table_rows
from asylum_browser.core.model.schema import SCHEMA_VERSION
from asylum_browser.paths import bundled_db_path, records_dir


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("build") / "rebuilt.sqlite"
    build_database(records_dir(), target)
    return target


def test_rebuilding_gives_the_shipped_database_table_by_table_row_by_row(rebuilt: Path) -> None:
    shipped = table_rows(bundled_db_path())
    fresh = table_rows(rebuilt)
    assert sorted(shipped) == sorted(fresh), "tables differ: run asylum-browser build-db"
    for table in shipped:
        assert shipped[table] == fresh[table], (
            f"table {table} differs from the records: run asylum-browser build-db")


def test_the_database_has_its_version_meta_and_indexes(rebuilt: Path) -> None:
    connection = sqlite3.connect(rebuilt)
    assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
    records = len(list((records_dir() / "incidents").glob("*.toml")))  # one incident a file
    assert meta["count_incidents"] == str(records)
    assert "GeoNames" in meta["attribution"]
    indexed = {row[0] for row in connection.execute(
        "SELECT name FROM pragma_index_list('incidents')")}
    for column in ("host_country", "city", "sending_state", "mission_type",
                   "seekers_nationality", "outcome_class", "decade", "year", "confidence"):
        assert f"idx_incidents_{column}" in indexed
    connection.close()
    for path in (rebuilt, bundled_db_path()):  # one-letter prefixes read a kept list
        with sqlite3.connect(path) as database:
            (sql,) = database.execute(
                "SELECT sql FROM sqlite_master WHERE name = 'incidents_fts'").fetchone()
        assert sql.endswith("prefix = '1')"), path


def test_every_incident_has_coordinates_with_a_precision(rebuilt: Path) -> None:
    connection = sqlite3.connect(rebuilt)
    rows = connection.execute(
        "SELECT incidents.id, incidents.latitude, incidents.longitude, location_precision, "
        "missions.latitude, missions.longitude FROM incidents "
        "JOIN missions ON missions.id = incidents.mission_id").fetchall()
    assert len(rows) == len(list((records_dir() / "incidents").glob("*.toml"))) > 0
    for incident_id, lat, lon, precision, mission_lat, mission_lon in rows:
        assert lat is not None and lon is not None, incident_id
        if mission_lat is not None:
            assert (precision, lat, lon) == ("mission", mission_lat, mission_lon), incident_id
        else:
            assert precision == "city", incident_id
    connection.close()


def test_gazetteer_city_coordinates_agree_with_the_researched_ones(rebuilt: Path) -> None:
    connection = sqlite3.connect(rebuilt)
    cities = {name: (lat, lon) for name, lat, lon in connection.execute(
        "SELECT name, latitude, longitude FROM cities")}
    checked = 0
    with (records_dir() / "reference-city-coordinates.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            lat, lon = cities[row["city"]]
            distance_km = _km(lat, lon, float(row["latitude"]), float(row["longitude"]))
            assert distance_km < 10, f"{row['city']} is {distance_km:.1f} km off"
            checked += 1
    assert checked >= 7
    connection.close()


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


def test_the_build_never_reads_outside_resources() -> None:
    for path in (Path(__file__).parents[2] / "asylum_browser").rglob("*.py"):
        assert "shared/data" not in path.read_text(encoding="utf-8"), path


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.split("[[sources]]")[0], "at least one source"),
    (lambda t: t.replace('host_country = "CN"', 'host_country = "ZZ"'), "unknown country"),
    (lambda t: t.replace('outcome_class = "reached_third_country"', 'outcome_class = "won"'),
     "unknown outcome_class"),
    (lambda t: t.replace('date_start = "2002-03-14"', 'date_start = "2002-14"'),
     "date_start"),
    (lambda t: t.replace('title = "', 'titel = "'), "'title' is required"),
    (lambda t: t.replace('people_count = 25', 'people_count = "about 25"'),
     "people_count"),
    (lambda t: t + '\n[[disputes]]\nfield = "x"\ntopic = "y"\nclaim = "z"\n'
                   'sources = ["https://example.org/not-listed"]\n', "not listed"),
])
def test_the_build_refuses_records_that_break_the_rules(records_copy: Path, tmp_path: Path,
                                                        edit: object, message: str) -> None:
    path = records_copy / "incidents" / "2002-03-14-beijing-spain-embassy.toml"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")  # type: ignore[operator]
    with pytest.raises(BuildError, match=message):
        build_database(records_copy, tmp_path / "out.sqlite")
    assert not (tmp_path / "out.sqlite").exists()


@pytest.mark.parametrize(("edit", "message"), [
    (lambda t: t.replace('name = "Yugoslavia"\nkind = "historic_state"',
                         'name = "Yugoslavia"\nkind = "historic"'), "kind must be one of"),
    (lambda t: t.replace('successor = "RS"\n', ''), "a successor goes with"),
    (lambda t: t.replace('successor = "RS"', 'successor = "QQ"'), "unknown successor"),
])
def test_the_build_refuses_countries_without_a_clear_kind_and_successor(
        records_copy: Path, tmp_path: Path, edit: object, message: str) -> None:
    path = records_copy / "countries.toml"
    text = path.read_text(encoding="utf-8")
    changed = edit(text)  # type: ignore[operator]
    assert changed != text
    path.write_text(changed, encoding="utf-8")
    with pytest.raises(BuildError, match=message):
        build_database(records_copy, tmp_path / "out.sqlite")
