"""File > Export to GeoJSON… (issue 19): the incidents the window shows, or the rows selected,
as a FeatureCollection QGIS opens, read back and checked point by point against the database."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from asylum_browser.gui import file_dialogs
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.paths import bundled_db_path
from tests.gui.conftest import run_query
from tests.gui.test_citations_menu import menu_item
from tests.gui.test_table_and_detail import select_id

SHENYANG = "2002-05-08-shenyang-japan-consulate"


def _export(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
            chosen: Path) -> dict[str, object]:
    asked: list[str] = []

    def ask(_parent: object, mode: str, _title: str, start: str, filters: str) -> str:
        asked.append(filters)
        assert mode == "save" and start.endswith(".geojson")
        return str(chosen)

    monkeypatch.setattr(file_dialogs, "ask", ask)
    menu_item(window, "fileMenu", "exportGeojsonAction").trigger()
    written = chosen if chosen.suffix == ".geojson" else chosen.with_name(chosen.name + ".geojson")
    qtbot.waitUntil(lambda: written.exists() and window.geojson.run is None, timeout=20000)
    assert "*.geojson" in asked[0]
    loaded: dict[str, object] = json.loads(written.read_text(encoding="utf-8"))
    return loaded


def _places(ids: list[str]) -> dict[str, tuple[float, float]]:
    with sqlite3.connect(f"file:{bundled_db_path()}?mode=ro", uri=True) as db:
        return {row[0]: (row[1], row[2]) for row in db.execute(
            f"SELECT id, longitude, latitude FROM incidents WHERE id IN "
            f"({','.join('?' * len(ids))})", ids)}


def test_the_results_shown_go_out_as_points_where_they_happened(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    run_query(qtbot, window, "host:china")
    collection = _export(qtbot, window, monkeypatch, tmp_path / "china")  # suffix added
    features = collection["features"]
    assert isinstance(features, list)
    assert collection["type"] == "FeatureCollection" and "crs" not in collection
    assert len(features) == window.state.results.count  # type: ignore[union-attr]
    ids = [f["properties"]["id"] for f in features]
    places = _places(ids)
    for feature in features:
        longitude, latitude = feature["geometry"]["coordinates"]
        assert (longitude, latitude) == pytest.approx(places[feature["properties"]["id"]])
        assert feature["properties"]["host_country"] == "CN"
    assert (tmp_path / "china.about.txt").exists()
    assert "china.geojson" in window.statusBar().currentMessage()


def test_with_a_row_selected_only_that_row_goes(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    run_query(qtbot, window, "shenyang")
    select_id(qtbot, window, SHENYANG)
    collection = _export(qtbot, window, monkeypatch, tmp_path / "one.geojson")
    features = collection["features"]
    assert isinstance(features, list)
    assert [f["properties"]["id"] for f in features] == [SHENYANG]


def test_a_file_that_cannot_be_written_is_said_and_nothing_breaks(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    reported: list[str] = []
    window.state.error_reported.connect(reported.append)
    folder = tmp_path / "a-folder.geojson"
    folder.mkdir()  # a folder where the file should go
    monkeypatch.setattr(file_dialogs, "ask", lambda *_args: str(folder))
    menu_item(window, "fileMenu", "exportGeojsonAction").trigger()
    qtbot.waitUntil(lambda: bool(reported) and window.geojson.run is None, timeout=20000)
    assert "a-folder.geojson" in reported[0] and "Traceback" not in reported[0]
