"""The reading view: a case full height, Previous/Next through the results, PDF of the case."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from tests.gui.conftest import run_query, table_ids


def _open_by_enter(qtbot: QtBot, window: MainWindow, row: int) -> None:
    table = window.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, table.visible_columns()[0]))
    qtbot.waitUntil(lambda: window.reading_view._details is not None
                    and window.reading_view._details.seq == window.state.selected,
                    timeout=5000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.reading_view.isVisible(), timeout=5000)


def test_enter_on_a_row_opens_the_case_and_next_walks_the_results(qtbot: QtBot,
                                                                 window: MainWindow) -> None:
    run_query(qtbot, window, "embassy")
    ids = table_ids(window)
    assert len(ids) >= 3
    _open_by_enter(qtbot, window, 0)
    view = window.reading_view
    first = window.state.repository.incident(window.state.selected)
    assert first is not None and first.id == ids[0]
    assert first.title in view.browser.toPlainText()
    assert "Your notes" in view.browser.toPlainText()
    assert not view.previous_button.isEnabled()
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.title != first.title, timeout=5000)
    second = window.state.repository.incident(window.state.selected)
    assert second is not None and second.id == ids[1] and view.title == second.title
    view.activateWindow()
    view.browser.setFocus()
    qtbot.keyClick(view.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.title == first.title, timeout=5000)


def test_save_as_pdf_writes_a_pdf_of_the_case(qtbot: QtBot, window: MainWindow,
                                              tmp_path: Path) -> None:
    run_query(qtbot, window, "shenyang")
    _open_by_enter(qtbot, window, 0)
    view = window.reading_view
    title = view.title
    assert title
    view.pdf_action.trigger()
    dialog = view.findChild(QFileDialog, "pdfDialog")
    assert dialog is not None
    target = tmp_path / "case.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert title.encode("utf-16-be").hex().upper().encode() in data.upper() \
        or title.encode() in data


def test_file_print_case_opens_the_print_dialog_for_the_selected_case(
        qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtPrintSupport import QPrintDialog

    run_query(qtbot, window, "shenyang")
    table = window.table
    table.setCurrentIndex(table.model().index(0, table.visible_columns()[0]))
    qtbot.waitUntil(lambda: window.reading_view._details is not None, timeout=5000)
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in file_menu.actions() if a.text() == "&Print case…")
    action.trigger()
    view = window.reading_view
    assert view.isVisible() and view.title in view.browser.toPlainText()
    dialog = view.findChild(QPrintDialog, "printDialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_double_clicking_a_row_opens_the_case(qtbot: QtBot, window: MainWindow) -> None:
    run_query(qtbot, window, "shenyang")
    table = window.table
    index = table.model().index(0, table.visible_columns()[0])
    position = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=position)
    qtbot.waitUntil(lambda: window.reading_view.isVisible()
                    and bool(window.reading_view.title), timeout=5000)


def test_an_empty_note_folds_behind_add_a_note(qtbot: QtBot, window: MainWindow) -> None:
    panel = window.annotations
    assert window.state.select_id("2002-05-08-shenyang-japan-consulate")
    qtbot.waitUntil(lambda: panel.incident_id is not None, timeout=5000)
    assert not panel.note_edit.isVisible() and panel.add_note_button.isVisible()
    qtbot.mouseClick(panel.add_note_button, Qt.MouseButton.LeftButton)
    assert panel.note_edit.isVisible() and not panel.add_note_button.isVisible()
    assert QApplication.focusWidget() is panel.note_edit
