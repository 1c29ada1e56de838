"""The brushable timeline, driven with the mouse on the real window."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from pytestqt.qtbot import QtBot

from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.timeline import TimelineView
from tests.conftest import count_bundled
from tests.gui.conftest import open_window, run_query, table_ids, wait_for_query

YEAR_ONLY_1984 = "1984-prague-west-germany-embassy"  # its sources give only the year


@pytest.fixture
def window(qtbot: QtBot, settings_path: Path) -> MainWindow:
    window = open_window(qtbot, settings_path)
    window.resize(1400, 900)
    return window


def drag(qtbot: QtBot, view: TimelineView, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view, start + (end - start) * step / 5)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)


def shown_ids(window: MainWindow) -> set[str]:
    model = window.table.table_model
    return {model.row_data(row)["id"] for row in range(model.rowCount())}


def test_brushing_2002_to_2004_narrows_everything_to_that_range(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    view = window.timeline
    assert view.unit == "year" and "2002" in view.periods
    drag(qtbot, view, view.point_of("2002"), view.point_of("2004"))
    wait_for_query(qtbot, window, "date:2002..2004")
    expected = window.state.repository.count(parse_query("date:2002..2004"))
    assert len(table_ids(window)) == expected > 10
    model = window.table.table_model
    assert all("2002" <= model.row_data(r)["date_start"][:4] <= "2004"
               for r in range(model.rowCount()))
    # Zoomed in, the strip now bins by month over the brushed years.
    assert view.unit == "month" and view.periods[0] == "2002-01" and view.periods[-1] == "2004-12"
    assert sum(view.total(p) for p in view.periods) + sum(
        view.year_only(y) for y in ("2002", "2003", "2004")) == expected


def test_partial_dates_fall_in_or_out_by_the_precision_rules(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    view = window.timeline
    run_query(qtbot, window, "date:1984")  # a whole year holds a year-only incident
    assert YEAR_ONLY_1984 in shown_ids(window)
    assert view.unit == "month" and view.year_only("1984") == count_bundled(
        "year = 1984 AND date_start_precision = 'year'") == 1
    assert "known only to the year" in view.tooltip_at(view.point_of("1984-05").x())
    drag(qtbot, view, view.point_of("1984-01"), view.point_of("1984-06"))
    wait_for_query(qtbot, window, "date:1984-01..1984-06")
    ids = shown_ids(window)
    assert YEAR_ONLY_1984 not in ids  # half a year cannot hold "sometime in 1984"
    # known to the month: inside
    assert "1984-06-east-berlin-west-germany-permanent-representation" in ids


def test_a_click_filters_one_bin_and_a_double_click_clears(qtbot: QtBot,
                                                           window: MainWindow) -> None:
    view = window.timeline
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=view.point_of("1980"))
    wait_for_query(qtbot, window, "date:1980")
    assert len(table_ids(window)) == window.state.repository.count(parse_query("date:1980"))
    run_query(qtbot, window, "shenyang date:2002..2004")
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_of("2003-01"))
    wait_for_query(qtbot, window, "shenyang")  # the other words stay


def test_hover_names_the_bin_and_both_counts(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "host:china")
    view = window.timeline
    text = view.tooltip_at(view.point_of("2002").x())
    here = count_bundled("host_country = 'CN' AND year = 2002")
    everywhere = count_bundled("year = 2002")
    assert 0 < here < everywhere
    assert text.startswith(f"2002: {here} incidents in these results ({everywhere} in the "
                           "whole database)")


def test_the_selected_incidents_date_is_marked(qtbot: QtBot, window: MainWindow) -> None:
    view = window.timeline
    assert view.selected_day is None
    assert window.state.select_id("2002-05-08-shenyang-japan-consulate")
    qtbot.waitUntil(lambda: view.selected_day is not None, timeout=5000)
    x = view.x_of_day(view.selected_day or 0)
    assert x is not None and abs(x - view.point_of("2002").x()) < view.bin_rect(0).width()


@pytest.mark.parametrize("dark", [False, True])
def test_it_paints_bars_in_light_and_dark_palettes(qtbot: QtBot, window: MainWindow,
                                                   dark: bool) -> None:
    view = window.timeline
    palette = QPalette(view.palette())
    if dark:
        palette.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#3d8fd6"))
        palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    view.setPalette(palette)
    image = view.grab().toImage()
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    corner = image.pixelColor(2, 2)
    assert (corner.red(), corner.green(), corner.blue()) == (base.red(), base.green(),
                                                             base.blue())
    bars = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
               if image.pixelColor(x, y) == highlight)
    assert bars > 20  # the query's bars are drawn in the highlight colour


def test_the_month_view_names_its_months_and_ticks_every_one(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    run_query(qtbot, window, "date:2002..2004")
    view = window.timeline
    assert view.unit == "month"
    texts = [text for _x, text in view.axis_labels()]
    assert {"2002", "2003", "2004"} <= set(texts)
    months = [t for t in texts if not t.isdigit()]
    assert len(months) >= 6 and "Jul" in months
    # Each label stands at the start of its own month's bar.
    july = next(x for x, text in view.axis_labels() if text == "Jul")
    assert july == pytest.approx(view.bin_rect(view.periods.index("2002-07")).left())


def test_a_count_scale_reads_the_bar_heights(qtbot: QtBot, window: MainWindow) -> None:
    view = window.timeline
    ticks = view.count_ticks()
    assert len(ticks) >= 2
    plot = view.plot_rect()
    values = [value for _y, value in ticks]
    assert values == sorted(values) and values[0] > 0
    # A tick's height on screen is its count at the scale the bars are drawn at.
    for y, value in ticks:
        assert plot.bottom() - y == pytest.approx(value * plot.height() / view.tallest())
        assert plot.top() <= y < plot.bottom()
    # The tick's number is painted in the left margin, beside its line.
    image = view.grab().toImage()
    y = int(ticks[-1][0])
    ink = [image.pixelColor(x, yy) for x in range(2, int(plot.left()) - 4)
           for yy in range(y - 4, y + 5)]
    base = view.palette().color(QPalette.ColorRole.Base)
    assert any(c != base for c in ink)


def test_dragging_reads_out_the_range_and_the_brush_stays_after_release(
        qtbot: QtBot, window: MainWindow) -> None:
    view = window.timeline
    start, end = view.point_of("1950"), view.point_of("1990")
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(view, start + (end - start) * step / 5)
    expected = window.state.repository.count(parse_query("date:1950..1990"))
    assert view.readout() == f"1950 \u2013 1990: {expected} incidents"
    band = view.bin_rect(view.periods.index("1950")).united(
        view.bin_rect(view.periods.index("1990")))
    readout = view.readout_rect()
    assert band.left() <= readout.center().x() <= band.right()
    assert view.rect().toRectF().contains(readout)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    wait_for_query(qtbot, window, "date:1950..1990")
    assert view.unit == "year" and view.range_bins() == (view.periods.index("1950"),
                                                          view.periods.index("1990"))
    # Drawn: inside the range a bar-free spot is shaded, outside it is not.
    image = view.grab().toImage()
    base = view.palette().color(QPalette.ColorRole.Base)
    inside = image.pixelColor(view.bin_rect(view.periods.index("1946")).center().toPoint())
    assert inside == base  # 1946: outside the brush
    shaded = image.pixelColor(QPoint(int(band.center().x()), int(band.top()) + 30))
    assert shaded != base
    assert view.readout() == f"1950 \u2013 1990: {expected} incidents"
    qtbot.mouseDClick(view, Qt.MouseButton.LeftButton, pos=view.point_of("1960"))
    wait_for_query(qtbot, window, "")
    assert view.range_bins() is None and view.readout() == ""
