"""Search feedback where the eye is: under the search box, over the table, never stale."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from tests.gui.conftest import run_query, table_ids, wait_for_query


def dimmed(widget: QWidget) -> bool:
    """A veil covers the whole widget (its pixels are checked in the screenshot test)."""
    veils = [child for child in widget.findChildren(QWidget, "staleVeil")
             if child.parentWidget() is widget]
    return any(veil.isVisible() and veil.geometry() == widget.rect() for veil in veils)


def type_query(qtbot: QtBot, window: MainWindow, text: str) -> None:
    """Select what the box holds and type over it, then Enter, as a user fixes a query."""
    edit = window.search_box.edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(QApplication.focusWidget(), text)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def test_a_bad_query_is_explained_under_the_box_dims_the_old_results_and_clears_at_once(
        qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    error = window.findChild(QLabel, "searchError")
    assert error is not None and not error.isVisible()
    type_query(qtbot, window, 'shenyang "unclosed')
    qtbot.waitUntil(lambda: error.isVisible())
    assert "never closed" in error.text()
    edit = window.search_box.edit
    below = error.mapTo(window, error.rect().topLeft()).y()
    assert below >= edit.mapTo(window, edit.rect().bottomLeft()).y()  # under the box
    assert error.width() >= edit.width() // 2
    qtbot.waitUntil(lambda: error.height() >= error.heightForWidth(error.width()))  # unclipped
    assert "never closed" in window.statusBar().currentMessage()
    # The last good results stay, dimmed so they are not taken for this query's.
    assert len(table_ids(window)) == 4
    assert dimmed(window.table) and dimmed(window.sidebar)
    assert dimmed(window.map) and dimmed(window.timeline)  # their marks are the old query's
    type_query(qtbot, window, "shenyang 2006")
    assert not error.isVisible()  # the moment it parses, not seconds later
    assert window.statusBar().currentMessage() == ""
    assert not dimmed(window.table) and not dimmed(window.sidebar)
    assert not dimmed(window.map) and not dimmed(window.timeline)
    wait_for_query(qtbot, window, "shenyang 2006")


def test_a_fix_back_to_the_last_good_query_also_clears_the_error(qtbot: QtBot,
                                                                  window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    type_query(qtbot, window, "shenyang year:20x")
    error = window.findChild(QLabel, "searchError")
    assert error is not None
    qtbot.waitUntil(lambda: error.isVisible())
    type_query(qtbot, window, "shenyang")  # the same text as the results on screen
    assert not error.isVisible() and not dimmed(window.table)
    assert window.statusBar().currentMessage() == ""


def test_the_date_range_error_goes_when_the_query_changes(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    ranges = window.sidebar.ranges
    ranges.date_from.setText("2002-13")
    qtbot.mouseClick(ranges.date_apply, Qt.MouseButton.LeftButton)
    assert ranges.message.isVisible()
    run_query(qtbot, window, "shenyang")
    assert not ranges.message.isVisible()


def test_zero_results_say_why_over_the_table_and_offer_the_close_name(
        qtbot: QtBot, window: MainWindow, tmp_path: object) -> None:
    run_query(qtbot, window, "embassy host:chian")
    message = window.findChild(QWidget, "emptyResults")
    assert message is not None
    qtbot.waitUntil(lambda: message.isVisible())
    text = message.findChild(QLabel, "emptyResultsText")
    assert text is not None
    assert "No incidents match" in text.text()
    assert "“chian” is not a known host country. Did you mean “China”?" in text.text()
    viewport = window.table.viewport()
    assert viewport.rect().contains(message.geometry())  # inside the table area, not clipped
    assert message.width() >= text.sizeHint().width() or text.wordWrap()
    try_it = message.findChild(QPushButton, "emptyResultsSuggestion")
    assert try_it is not None and try_it.isVisible() and "host:China" in try_it.text()
    qtbot.mouseClick(try_it, Qt.MouseButton.LeftButton)
    wait_for_query(qtbot, window, "embassy host:China")
    assert not message.isVisible() and window.table.model().rowCount() > 0


def test_zero_results_without_a_bad_value_still_say_so(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    run_query(qtbot, window, "host:narnia")
    message = window.findChild(QWidget, "emptyResults")
    assert message is not None
    qtbot.waitUntil(lambda: message.isVisible())
    text = message.findChild(QLabel, "emptyResultsText")
    assert text is not None and "“narnia” is not a known host country." in text.text()
    assert "Did you mean" not in text.text()
    run_query(qtbot, window, "shenyang year:1900")
    qtbot.waitUntil(lambda: "No incidents match" in text.text())
    assert "not a known" not in text.text()
    try_it = message.findChild(QPushButton, "emptyResultsSuggestion")
    assert try_it is not None and not try_it.isVisible()
