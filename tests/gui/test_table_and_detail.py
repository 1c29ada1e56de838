"""The table and the detail pane, from the user's side."""

from __future__ import annotations

import sqlite3
from collections import Counter
from contextlib import closing

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCursor, QTextLayout
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from asylum_browser.paths import bundled_db_path
from tests.conftest import bundled_record
from tests.gui.conftest import run_query, table_ids, tooltip_text, wait_for_query


def select_id(qtbot: QtBot, window: MainWindow, incident_id: str) -> None:
    row = table_ids(window).index(incident_id)
    index = window.table.model().index(row, 1)
    window.table.scrollTo(index)
    rect = window.table.visualRect(index)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.detail.shown_id == incident_id)


def test_selecting_a_row_shows_the_case_its_sources_and_disputes(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    select_id(qtbot, window, "2002-05-08-shenyang-japan-consulate")
    text = window.detail.toPlainText()
    record = bundled_record("2002-05-08-shenyang-japan-consulate")  # as the fact check left it
    assert "Chinese police drag a family out of Japan's consulate" in text
    assert record["title"] in text
    assert "Sources disagree" in text and "whether the police entry had consent" in text
    topics = {dispute["topic"] for dispute in record["disputes"]}
    assert len(topics) > 1 and all(topic in text for topic in topics)
    assert f"Sources ({len(record['sources'])})" in text and "The Japan Times" in text
    assert "8 May 2002" in text and "the same day" in text
    html = window.detail.toHtml()
    assert "japantimes.co.jp/news/2002/05/12/national/china-police-entered-consul" in html
    assert '<span class="hl">Shenyang</span>' in window.detail.shown_html  # search words marked


def click_link(qtbot: QtBot, window: MainWindow, link_text: str) -> None:
    """Click on the on-screen position of a link in the detail pane."""
    document = window.detail.document()
    cursor = document.find(link_text)
    assert not cursor.isNull(), link_text
    cursor.setPosition(cursor.selectionStart() + 1, QTextCursor.MoveMode.MoveAnchor)
    window.detail.setTextCursor(cursor)
    window.detail.ensureCursorVisible()
    rect = window.detail.cursorRect(cursor)
    point = QPoint(rect.center().x() + 2, rect.center().y())
    qtbot.mouseClick(window.detail.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_clicking_a_related_incident_selects_it(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    select_id(qtbot, window, "2002-05-08-shenyang-japan-consulate")
    assert "Related incidents" in window.detail.toPlainText()
    click_link(qtbot, window, str(bundled_record("2002-05-08-shenyang-us-consulate")["title"]))
    qtbot.waitUntil(lambda: window.detail.shown_id == "2002-05-08-shenyang-us-consulate")
    assert window.state.selected is not None
    assert window.table.table_model.row_data(
        window.table.currentIndex().row())["id"] == "2002-05-08-shenyang-us-consulate"


def test_clicking_a_field_value_filters_by_it(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "")
    select_id(qtbot, window, "1956-11-04-budapest-us-legation")
    click_link(qtbot, window, "Hungary")
    wait_for_query(qtbot, window, "host:Hungary")
    with closing(sqlite3.connect(bundled_db_path())) as db:
        hungary = {row[0] for row in db.execute(
            "SELECT id FROM incidents WHERE host_country = 'HU'")}
    assert "1956-11-04-budapest-us-legation" in hungary
    assert set(table_ids(window)) == hungary and len(table_ids(window)) == len(hungary)


def test_sorting_by_date_is_chronological_and_unknowns_sort_last(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    from asylum_browser.core.model.dates import parse_partial

    model = window.table.table_model
    header = window.table.horizontalHeader()

    def lows() -> list[int]:
        return [parse_partial(model.row_data(r)["date_start"])[0]
                for r in range(model.rowCount())]

    assert lows() == sorted(lows())
    date_section = model.column_index("date")
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(date_section) + 20, 10))
    qtbot.waitUntil(lambda: window.state.descending)
    wait_for_query(qtbot, window, "")
    assert lows() == sorted(lows(), reverse=True)
    people = model.column_index("people")
    window.table.set_column_visible("people", True)  # as the column menu does
    window.table.scrollTo(model.index(0, people))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(people) + 10, 10))
    qtbot.waitUntil(lambda: window.state.sort == "people_count")
    wait_for_query(qtbot, window, "")
    counts = [model.row_data(r)["people_count"] for r in range(model.rowCount())]
    known = [c for c in counts if c is not None]
    assert counts[-1] is None and counts[:len(known)] == known
    assert known in (sorted(known), sorted(known, reverse=True))


def test_unknown_values_are_grey_italic_and_partial_dates_read_at_their_precision(
        qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "people:unknown OR id:1989-prague-west-germany-embassy")
    model = window.table.table_model
    row = table_ids(window).index("2009-09-21-tegucigalpa-brazil-embassy")
    people = model.index(row, model.column_index("people"))
    assert people.data() == "unknown" and people.data(Qt.ItemDataRole.FontRole).italic()
    prague = table_ids(window).index("1989-prague-west-germany-embassy")
    date = model.index(prague, model.column_index("date"))
    assert date.data() == "1989"
    assert tooltip_text(date.data(Qt.ItemDataRole.ToolTipRole)) == "Known only to the year"


def test_the_column_chooser_shows_and_hides_any_field(qtbot: QtBot, window: MainWindow) -> None:
    menu = window.table.column_menu()
    actions = {action.text(): action for action in menu.actions() if action.isCheckable()}
    assert {"Date", "Title", "Confidence", "Summary", "Transit"} <= set(actions)
    header = window.table.horizontalHeader()
    confidence = window.table.table_model.column_index("confidence")
    assert header.isSectionHidden(confidence)
    actions["Confidence"].trigger()
    assert not header.isSectionHidden(confidence)
    actions["Confidence"].trigger()
    assert header.isSectionHidden(confidence)
    assert window.table.column_menu().actions()[confidence].isChecked() is False


def test_ctrl_c_copies_the_selected_rows_as_tsv_with_a_header(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    window.table.selectAll()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    model = window.table.table_model
    shown = [model.columns[i].header for i in window.table.visible_columns()]
    assert lines[0].split("\t") == shown and shown[:3] == ["Date", "Title", "City"]
    assert len(lines) == 5 and lines[1].startswith("8 May 2002\tChinese police")


def test_keyboard_navigation_moves_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    window.table.setFocus()
    window.table.selectRow(0)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.detail.shown_id == "2002-05-08-shenyang-us-consulate")


@pytest.mark.parametrize("text", ["북한", "朝鲜", "瀋陽"])
def test_korean_chinese_and_japanese_text_is_drawn_with_real_glyphs(qapp: QApplication,
                                                                     text: str) -> None:
    # Laid out in the application's font as a label or the table would, with Qt's fallback:
    # each glyph Qt picks must come from a font that has the character, not a box (glyph 0).
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    for position, char in enumerate(text):
        runs = layout.glyphRuns(position, 1)
        assert len(runs) == 1, f"{char} was not laid out"
        raw, glyphs = runs[0].rawFont(), runs[0].glyphIndexes()
        assert raw.supportsCharacter(ord(char)) and glyphs and 0 not in glyphs, (
            f"no font draws {char} (tried {raw.familyName()}): install fonts-noto-cjk "
            "or fonts-wqy-microhei")


def colour_counts(widget: QWidget) -> Counter[str]:
    """How many pixels of each colour the widget shows on screen."""
    image = widget.grab().toImage()
    return Counter(image.pixelColor(x, y).name() for x in range(image.width())
                   for y in range(image.height()))


def test_the_detail_pane_follows_a_dark_palette(qtbot: QtBot, window: MainWindow) -> None:
    palette = QPalette(window.detail.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#202020"),
                         (QPalette.ColorRole.Text, "#eeeeee"),
                         (QPalette.ColorRole.PlaceholderText, "#999999"),
                         (QPalette.ColorRole.Link, "#7fb8ff")):
        palette.setColor(role, QColor(colour))
    window.detail.setPalette(palette)
    window.resize(1400, 900)
    assert window.state.select_id("2002-05-08-shenyang-japan-consulate")  # it has a box
    qtbot.waitUntil(lambda: window.detail.shown_id == "2002-05-08-shenyang-japan-consulate")
    window.detail.verticalScrollBar().setValue(0)
    shown = colour_counts(window.detail.viewport())
    background, _ = shown.most_common(1)[0]
    assert background == "#202020"
    assert shown["#eeeeee"] > 200  # the title and the facts, in the palette's text colour
    assert shown["#000000"] == 0 and shown["#ffffff"] == 0  # no light theme's text or page
    # The "Sources disagree" box: a dark fill, not the light theme's pale one.
    cursor = window.detail.document().find("Sources disagree")
    cursor.clearSelection()  # a selection would paint its own colours
    window.detail.setTextCursor(cursor)
    window.detail.ensureCursorVisible()
    box = colour_counts(window.detail.viewport())
    assert box["#fdf3e1"] == 0
    dark_fill = [colour for colour, count in box.items() if count > 500 and colour != background
                 and QColor(colour).lightness() < 100]
    assert dark_fill, box.most_common(5)
