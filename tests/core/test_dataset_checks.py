"""The dataset checks of docs/data.md: the bundled data passes, and each check can fail."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from asylum_browser.core.dataset.checks import check_dataset, country_at
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository

SHENYANG = "2002-05-08-shenyang-japan-consulate"


def test_the_bundled_dataset_passes_every_check(repository: Repository) -> None:
    assert check_dataset(repository) == []


def test_points_are_placed_in_countries_across_the_antimeridian_too() -> None:
    from asylum_browser.core.render.basemap import load_basemap
    from asylum_browser.paths import resources_dir

    basemap = load_basemap(resources_dir() / "basemap" / "naturalearth-10m.bin")
    for (latitude, longitude), name in (((55.7558, 37.6173), "Russia"),
                                        ((41.7922, 123.4328), "China"),
                                        ((-0.2299, -78.5249), "Ecuador"),
                                        ((65.0, 179.0), "Russia")):  # Chukotka, across 180°
        found = country_at(basemap, latitude, longitude)
        assert found is not None and found.name == name
    assert country_at(basemap, 0.0, -30.0) is None  # the Atlantic


def test_each_check_reports_what_is_wrong(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as connection:
        connection.execute("UPDATE incidents SET latitude = 35.68, longitude = 139.76 "
                           "WHERE id = ?", [SHENYANG])  # Tokyo, not China
        connection.execute("UPDATE incidents SET latitude = NULL, longitude = NULL "
                           "WHERE id = '1989-prague-west-germany-embassy'")
        connection.execute("UPDATE sources SET url = 'htp:/broken link' WHERE id = ("
                           "SELECT source_id FROM incident_sources WHERE incident_id = ? "
                           "AND position = 0)", [SHENYANG])
        connection.execute("UPDATE incidents SET outcome_class = 'invented' WHERE id = ?",
                           [SHENYANG])
    connection.close()
    problems = check_dataset(Repository(Database(db_copy)))
    assert f"{SHENYANG}: its point lies in Japan, not in China" in problems
    assert "1989-prague-west-germany-embassy: no coordinates" in problems
    assert any("htp:/broken link" in p and "malformed" in p for p in problems)
    assert not any("facet counts" in p for p in problems)  # an odd value still counts once
