"""Every action in every menu, triggered as a user triggers it, on the real window.

A file dialog is answered through the one seam (gui/file_dialogs.ask), here always with
Cancel; any dialog an action opens is closed; the crash reporter is the app's own, so an
exception escaping a slot shows its error dialog, and the test fails on that dialog or on a
traceback reaching stderr. This is the layer that would have caught Import cases… crashing.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from asylum_browser.gui import file_dialogs
from asylum_browser.gui.crash import CrashReporter
from asylum_browser.gui.main_window import MainWindow
from tests.gui.conftest import open_window

asked: list[tuple[str, str]] = []


@pytest.fixture
def cancelled_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    asked.clear()

    def cancel(parent: QWidget | None, kind: str, caption: str, start: str,
               filters: str) -> str:
        asked.append((kind, caption))
        return ""

    monkeypatch.setattr(file_dialogs, "ask", cancel)
    return asked


@pytest.fixture
def reporter(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> CrashReporter:
    crash = CrashReporter(tmp_path / "logs")
    monkeypatch.setattr(sys, "excepthook", crash.excepthook)
    return crash


def menu_actions(menu: QMenu, path: str = "") -> list[tuple[str, QAction]]:
    """Every leaf action under ``menu``, opening submenus as a user does (so they fill)."""
    menu.aboutToShow.emit()
    found: list[tuple[str, QAction]] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        name = f"{path} > {action.text()}" if path else action.text()
        if action.menu() is not None:
            found += menu_actions(action.menu(), name)
        else:
            found.append((name, action))
    return found


def all_actions(window: MainWindow) -> list[tuple[str, QAction]]:
    found: list[tuple[str, QAction]] = []
    for top in window.menuBar().actions():
        if top.menu() is not None:
            found += menu_actions(top.menu(), top.text())
    return found


def error_dialogs() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets()
            if w.objectName() == "errorMessage" and w.isVisible()]


def close_dialogs(window: MainWindow) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is window or not widget.isVisible():
            continue
        if isinstance(widget, QDialog | QMessageBox):
            widget.reject()
        else:
            widget.close()


def close_modal() -> None:
    modal = QApplication.activeModalWidget()
    if isinstance(modal, QDialog):
        modal.reject()


def test_every_menu_action_runs_without_an_error(
        qtbot: QtBot, window: MainWindow, reporter: CrashReporter,
        cancelled_dialogs: list[tuple[str, str]], capfd: pytest.CaptureFixture[str]) -> None:
    actions = all_actions(window)
    names = [name for name, _action in actions]
    assert any("Import cases" in name for name in names)
    quit_actions = [(n, a) for n, a in actions if n.replace("&", "").endswith("Quit")]
    closer = QTimer()  # a blocking dialog (exec, QInputDialog.getText) is answered with Esc
    closer.timeout.connect(close_modal)
    closer.start(100)
    for name, action in actions:
        if (name, action) in quit_actions or not action.isEnabled():
            continue
        action.trigger()
        qtbot.wait(50)
        assert not error_dialogs(), f"{name} ended in the error dialog"
        close_dialogs(window)
        window.state.wait()
    assert ("open", "Import cases") in cancelled_dialogs
    assert ("open", "Open an Asylum Browser database") in cancelled_dialogs
    assert not reporter.log_path.exists(), reporter.log_path.read_text()
    assert "Traceback" not in capfd.readouterr().err
    closer.stop()
    name, quit_action = quit_actions[0]
    window.settings.persist = False
    quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_import_cases_from_the_file_menu_asks_for_a_file(
        qtbot: QtBot, window: MainWindow, reporter: CrashReporter,
        cancelled_dialogs: list[tuple[str, str]]) -> None:
    action = window.findChild(QAction, "importAction")
    action.trigger()
    qtbot.wait(50)
    assert not error_dialogs()
    assert cancelled_dialogs == [("open", "Import cases")]
    assert not reporter.log_path.exists()


SHORTCUTS = {"exportAction": "Ctrl+E", "importAction": "Ctrl+I", "openAction": "Ctrl+O",
             "findAction": "Ctrl+F", "saveSearchAction": "Ctrl+S", "helpAction": "F1",
             "newCaseAction": "Ctrl+Shift+N"}
FOCUSED = ("searchEdit", "incidentTable", "facetFind", "noteEdit")


class ClaimsEveryKey(QObject):
    """What a text field does under X11's key scheme (Ctrl+E is end-of-line there, Ctrl+F
    forward): it accepts the ShortcutOverride, so the key goes to it and not to the action.
    The offscreen platform's scheme binds none of our keys, so the test puts the X11 claim
    back on the real widget; the window's guard must still win."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return False


claimer = ClaimsEveryKey()


def focus(qtbot: QtBot, window: MainWindow, where: str) -> QWidget:
    widget = {"searchEdit": window.search_box.edit, "incidentTable": window.table,
              "noteEdit": window.annotations.note_edit}.get(where)
    if widget is None:
        widget = next(w for w in window.sidebar.findChildren(QWidget)
                      if w.objectName().startswith("facetFind_"))
        widget.parentWidget().show()
        widget.show()
    if where == "noteEdit" and not widget.isVisible():  # an empty note folds away
        qtbot.waitUntil(window.annotations.add_note_button.isEnabled)  # the case has loaded
        qtbot.mouseClick(window.annotations.add_note_button, Qt.MouseButton.LeftButton)
    widget.installEventFilter(claimer)
    window.activateWindow()
    qtbot.waitUntil(widget.isEnabled)
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)
    return widget


@pytest.mark.parametrize("where", FOCUSED)
def test_every_shortcut_works_from_every_text_widget(
        qtbot: QtBot, window: MainWindow, reporter: CrashReporter,
        cancelled_dialogs: list[tuple[str, str]], where: str) -> None:
    window.table.selectRow(0)  # the notes editor takes keys only with a case shown
    closer = QTimer()
    closer.timeout.connect(close_modal)
    closer.start(100)
    for name, keys in SHORTCUTS.items():
        action = window.findChild(QAction, name)
        assert action.shortcut().toString() == keys
        fired: list[bool] = []
        action.triggered.connect(lambda *_args, f=fired: f.append(True))
        focus(qtbot, window, where)
        sequence = QKeySequence(keys)[0]
        qtbot.keyClick(QApplication.focusWidget(), sequence.key(), sequence.keyboardModifiers())
        qtbot.waitUntil(lambda f=fired: bool(f), timeout=2000)
        close_dialogs(window)
        window.state.wait()
    closer.stop()
    # Qt keeps the modifiers of the last key event as the application's; left at Ctrl, they
    # would make a later test's selectRow toggle the row off instead of selecting it.
    qtbot.keyRelease(window, Qt.Key.Key_Control)
    assert not error_dialogs()


def view_action(window: MainWindow, name: str) -> QAction:
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    return next(a for a in view.actions() if a.objectName() == name)


@pytest.mark.parametrize("pane", ["sidebar", "detail", "map", "timeline"])
def test_the_view_menu_hides_shows_and_resets_each_pane(
        qtbot: QtBot, window: MainWindow, pane: str) -> None:
    widget = {"sidebar": window.sidebar, "detail": window.right.widget(0), "map": window.map,
              "timeline": window.timeline}[pane]
    action = view_action(window, f"show_{pane}")
    sizes = window.main_splitter.sizes()
    assert action.isCheckable() and action.isChecked() and widget.isVisible()
    action.trigger()
    assert not widget.isVisible() and not action.isChecked()
    action.trigger()
    assert widget.isVisible() and action.isChecked()
    widget.hide()  # however the pane went, the tick follows it
    assert not action.isChecked()
    window.main_splitter.setSizes([400, 500, 380])
    view_action(window, "resetLayoutAction").trigger()
    assert widget.isVisible() and action.isChecked()
    assert window.main_splitter.sizes() == sizes


def test_a_pane_hidden_through_the_view_menu_stays_hidden_next_session(
        qtbot: QtBot, window: MainWindow, settings_path: Path) -> None:
    view_action(window, "show_timeline").trigger()
    assert not window.timeline.isVisible()
    window.close()  # closing saves the settings, as quitting does
    window.state.wait()
    again = open_window(qtbot, settings_path)
    assert not again.timeline.isVisible() and again.map.isVisible()
    assert not view_action(again, "show_timeline").isChecked()
    view_action(again, "resetLayoutAction").trigger()
    assert again.timeline.isVisible()
