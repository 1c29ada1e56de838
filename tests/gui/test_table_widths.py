"""The table's columns at the window widths people use: no date, count or coded value is cut,
and the title takes the width the others leave."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.table_model import DEFAULT_VISIBLE
from asylum_browser.gui.widgets.incident_table import TITLE_MIN, IncidentTable
from asylum_browser.gui.widgets.table_widths import TITLE_COMFORT
from tests.conftest import count_bundled


def text_margin(table: IncidentTable) -> int:
    """What Qt's item delegate keeps free beside the text, each side; less room and it elides."""
    return table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1


def longest_cells(table: IncidentTable, column: int) -> tuple[str, int]:
    """The widest text the column shows over every row, and its width in its own font."""
    model = table.table_model
    italic_font = table.font()
    italic_font.setItalic(True)
    widest = ("", 0)
    for row in range(model.rowCount()):
        cell = model.index(row, column)
        text = str(model.data(cell))
        metrics = (QFontMetrics(italic_font) if model.data(cell, Qt.ItemDataRole.FontRole)
                   else table.fontMetrics())
        width = metrics.horizontalAdvance(text)
        widest = max(widest, (text, width), key=lambda pair: pair[1])
    return widest


def show_at(qtbot: QtBot, window: MainWindow, width: int, height: int) -> IncidentTable:
    window.resize(width, height)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: window.width() == width)
    QApplication.processEvents()
    return window.table


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768), (1920, 1080)])
def test_no_visible_column_but_the_title_is_cut(qtbot: QtBot, window: MainWindow,
                                                width: int, height: int) -> None:
    table = show_at(qtbot, window, width, height)
    assert table.table_model.rowCount() == count_bundled()  # every bundled row is measured
    header = table.horizontalHeader()
    margin = text_margin(table)
    for index in table.visible_columns():
        column = table.table_model.columns[index]
        if column.key == "title":
            continue
        text, needed = longest_cells(table, index)
        room = header.sectionSize(index) - 2 * margin
        assert room >= needed, (column.key, text, room, needed)
    dates = table.table_model.column_index("date")
    assert header.sectionSize(dates) - 2 * margin >= table.fontMetrics().horizontalAdvance(
        "27 September 2002")
    table.set_column_visible("people", True)
    people = table.table_model.column_index("people")
    assert header.sectionSize(people) - 2 * margin >= table.fontMetrics().horizontalAdvance(
        "1,500")


@pytest.mark.parametrize(("width", "height"), [(1280, 800), (1366, 768), (1920, 1080)])
def test_the_title_takes_the_width_the_other_columns_leave(qtbot: QtBot, window: MainWindow,
                                                           width: int, height: int) -> None:
    table = show_at(qtbot, window, width, height)
    header = table.horizontalHeader()
    title = table.table_model.column_index("title")

    def others() -> int:
        return sum(header.sectionSize(i) for i in table.visible_columns() if i != title)

    free = table.viewport().width() - others()
    assert header.sectionSize(title) == max(TITLE_MIN, free)
    for key in ("host_country", "sending_state", "outcome_class"):  # as through the menu
        table.set_column_visible(key, False)
    QApplication.processEvents()
    free = table.viewport().width() - others()
    assert free > TITLE_MIN
    assert header.sectionSize(title) == free  # no unused strip at the right
    window.resize(width - 100, height)
    qtbot.waitUntil(lambda: window.width() == width - 100)
    QApplication.processEvents()
    assert header.sectionSize(title) == max(TITLE_MIN, table.viewport().width() - others())


def test_a_column_resized_by_hand_keeps_its_width_through_searches(
        qtbot: QtBot, window: MainWindow) -> None:
    from tests.gui.conftest import run_query

    table = show_at(qtbot, window, 1920, 1080)
    header = table.horizontalHeader()
    city = table.table_model.column_index("city")
    header.resizeSection(city, 60)  # a drag of the header's edge: narrower than it fits
    run_query(qtbot, window, "shenyang")
    run_query(qtbot, window, "")
    assert header.sectionSize(city) == 60


def test_widths_kept_from_an_older_version_grow_where_they_cut(
        qtbot: QtBot, window: MainWindow) -> None:
    """A header saved when People was 56 px wide showed 1,500 as "1,"; restored, it fits."""
    table = show_at(qtbot, window, 1366, 768)
    header = table.horizontalHeader()
    table.set_column_visible("people", True)
    people = table.table_model.column_index("people")
    header.resizeSection(people, 30)
    saved = table.save_state()
    table.restore_state(saved)
    _text, needed = longest_cells(table, people)
    assert header.sectionSize(people) - 2 * text_margin(table) >= needed


@pytest.mark.parametrize(("width", "height"), [(1264, 680), (1350, 728), (1904, 1040)])
def test_until_columns_are_picked_a_narrow_table_keeps_the_title_readable(
        qtbot: QtBot, window: MainWindow, width: int, height: int) -> None:
    """On a laptop the defaults that matter least step aside rather than the table scrolling
    sideways or the title shrinking to a fragment; a column the user picks stays."""
    table = show_at(qtbot, window, width, height)
    header = table.horizontalHeader()
    keys = table.visible_keys()
    assert keys[:3] == ("date", "title", "city")
    title = header.sectionSize(table.table_model.column_index("title"))
    assert title >= TITLE_COMFORT
    assert table.horizontalScrollBar().maximum() == 0  # nothing hides to the right
    wider = show_at(qtbot, window, width + 600, height)
    assert set(wider.visible_keys()) > set(keys)  # room again: the defaults come back
    assert set(wider.visible_keys()) <= set(DEFAULT_VISIBLE)
    table.set_column_visible("host_country", True)  # the user's pick, then a narrow window
    show_at(qtbot, window, width, height)
    assert "host_country" in table.visible_keys()
