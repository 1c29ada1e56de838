"""The sidebar's header reads a map area in words and never pushes or clips, and a click never
moves the value under the pointer."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.filter_sidebar import FacetValueRow
from tests.gui.conftest import run_query, wait_for_query

BEIJING_BOX = "within:39.5,115.9,40.3,116.9"


def row_at(window: MainWindow, point: QPoint) -> FacetValueRow | None:
    """The facet value a click at ``point`` (window coordinates) lands on."""
    widget: QWidget | None = window.childAt(point)
    while widget is not None and not isinstance(widget, FacetValueRow):
        widget = widget.parentWidget()
    return widget


def centre_of(window: MainWindow, facet: str, label: str) -> QPoint:
    row = window.sidebar.sections[facet].row(label)
    return row.mapTo(window, row.rect().center())


def click_at(qtbot: QtBot, window: MainWindow, point: QPoint) -> str:
    row = row_at(window, point)
    assert row is not None
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     row.mapFrom(window, point))
    return row.value.label


def test_a_map_area_chip_reads_in_words_and_its_x_stays_inside_the_sidebar(
        qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, f"consulate host:china {BEIJING_BOX}")
    sidebar = window.sidebar
    labels = [chip.text() for chip in sidebar.chip_buttons()]
    assert labels[-1] == "map area around Beijing  ✕"
    assert "the map position is around Beijing" in sidebar.summary.text()
    run_query(qtbot, window, "within:0.2528,-65.5744,12.3111,-60.1234 "
                             "nationality:\"north korea\" outcome:\"reached a third country\"")
    header = sidebar.header_area.viewport()
    for chip in sidebar.chip_buttons():
        left = chip.mapTo(header, QPoint(0, 0)).x()
        assert left >= 0 and left + chip.width() <= header.width(), chip.text()
        assert chip.text().endswith("✕")
    assert "0.2528" not in sidebar.summary.text() and "0.3°N" in sidebar.summary.text()


def test_the_summary_is_never_clipped(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, f"{BEIJING_BOX} consulate embassy school host:china "
                             "nationality:\"north korea\" year:2002..2004")
    summary = window.sidebar.summary
    qtbot.waitUntil(lambda: summary.height() >= summary.heightForWidth(summary.width()))
    content = window.sidebar.header_area.widget()
    assert content is not None and content.rect().contains(summary.geometry())


def test_ticking_a_value_does_not_move_the_facets_below(qtbot: QtBot,
                                                        window: MainWindow) -> None:
    sidebar = window.sidebar
    sidebar.scroll_area.ensureWidgetVisible(sidebar.sections["type"].rows()[1])
    point = centre_of(window, "type", "Embassy")
    below = centre_of(window, "type", "Ambassador's residence")
    header_height = sidebar.header_area.height()
    assert click_at(qtbot, window, point) == "Embassy"
    wait_for_query(qtbot, window, "type:embassy")
    assert sidebar.chip_buttons()  # a chip appeared ...
    row = row_at(window, below)  # ... and the next value is still where it was
    assert row is not None and row.value.label == "Ambassador's residence"
    assert sidebar.header_area.height() == header_height
    sidebar.scroll_area.ensureWidgetVisible(sidebar.sections["host"].row("China"))
    assert click_at(qtbot, window, centre_of(window, "host", "China")) == "China"
    wait_for_query(qtbot, window, "type:embassy host:China")
    assert sidebar.header_area.height() == header_height  # a second chip: still no push


def test_the_header_fits_what_it_holds_once_the_pointer_leaves(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    sidebar = window.sidebar
    line = sidebar.summary.fontMetrics().lineSpacing()
    # Unfiltered, the header is its one summary line, not a reserved blank block.
    assert sidebar.header_area.height() <= 2 * line
    QApplication.sendEvent(sidebar, QEvent(QEvent.Type.Enter))
    run_query(qtbot, window, "type:embassy host:china year:2002 consulate school -host:cuba")
    assert sidebar.header_area.height() <= 2 * line  # the pointer is inside: it holds
    QApplication.sendEvent(sidebar, QEvent(QEvent.Type.Leave))
    qtbot.waitUntil(lambda: sidebar.header_area.height() > 3 * line)
    content = sidebar.header_area.widget()
    assert content is not None
    chips = sidebar.chip_buttons()
    assert len(chips) >= 5
    # Every chip the area holds is inside its visible part, unless it scrolls.
    area = sidebar.header_area
    if area.verticalScrollBar().maximum() == 0:
        assert all(area.viewport().rect().contains(
            chip.mapTo(area.viewport(), chip.rect().bottomRight())) for chip in chips)


def test_quick_clicks_land_on_the_value_the_eye_saw(qtbot: QtBot, window: MainWindow) -> None:
    # Ticking a theme changes every host country's count; in count order they would re-sort,
    # and the next click at a row the eye had found would hit another country.
    host = window.sidebar.sections["host"]
    seen = [row.value.label for row in host.rows()]
    points = [centre_of(window, "host", label) for label in seen]
    assert click_at(qtbot, window, points[0]) == "China"
    wait_for_query(qtbot, window, "host:China")
    assert click_at(qtbot, window, centre_of(window, "theme", "Mass refuge")) == "Mass refuge"
    wait_for_query(qtbot, window, "host:China theme:mass-refuge")
    natural = [value.label for value in window.state.results.facets[
        [f.name for f in window.state.results.facets].index("host")].values]
    assert natural[:len(seen)] != seen  # the counts did change the count order ...
    under = [row_at(window, p) for p in points]
    assert [row.value.label if row else None for row in under] == seen  # ... not the rows
    assert click_at(qtbot, window, points[2]) == seen[2]
    wait_for_query(qtbot, window, f"host:China theme:mass-refuge host:{seen[2]}")
    # Once the pointer leaves the sidebar the values take their count order again.
    QApplication.sendEvent(window.sidebar, QEvent(QEvent.Type.Leave))
    shown = [row.value.label for row in host.rows()]
    assert shown[:3] == [value.label for value in window.state.results.facets[
        [f.name for f in window.state.results.facets].index("host")].values][:3]


def test_a_keyboard_toggle_holds_the_rows_until_the_search_comes_from_elsewhere(
        qtbot: QtBot, window: MainWindow) -> None:
    host = window.sidebar.sections["host"]
    seen = [row.value.label for row in host.rows()]
    host.row("China").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    wait_for_query(qtbot, window, "host:China")
    theme = window.sidebar.sections["theme"].row("Mass refuge")
    theme.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    wait_for_query(qtbot, window, "host:China theme:mass-refuge")
    assert [row.value.label for row in host.rows()] == seen
    run_query(qtbot, window, "theme:mass-refuge")  # typed in the box: the pointer is not here
    natural = [value.label for value in window.state.results.facets[
        [f.name for f in window.state.results.facets].index("host")].values]
    assert [row.value.label for row in host.rows()] == natural[:len(host.rows())]
