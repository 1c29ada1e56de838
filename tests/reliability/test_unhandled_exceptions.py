"""Family 8: unhandled exceptions. A bug raised inside a slot (or a worker thread) is written
in full to the log folder and shown as one short dialog with the log's path; the window keeps
running and answers the next query."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.gui.crash import LOG_NAME, MAX_LOG_BYTES, CrashReporter
from tests.gui.conftest import open_window, wait_for_query

pytestmark = [pytest.mark.reliability("unhandled-exceptions"),
              pytest.mark.qt_no_exception_capture]  # our hook, not pytest-qt's, sees them


@pytest.fixture
def reporter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> CrashReporter:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    crash = CrashReporter(tmp_path / "logs")
    crash.install()
    return crash


def visible_error_boxes(window: object) -> list[QMessageBox]:
    from PySide6.QtWidgets import QApplication

    found = {id(w): w for w in QApplication.topLevelWidgets() + window.findChildren(QMessageBox)
             if isinstance(w, QMessageBox) and w.objectName() == "errorMessage"
             and w.isVisible()}
    return list(found.values())


def test_an_exception_in_a_slot_is_logged_shown_and_survived(
        qtbot: QtBot, tmp_path: Path, reporter: CrashReporter) -> None:
    window = open_window(qtbot, tmp_path / "settings.json")

    def broken_slot() -> None:
        raise ZeroDivisionError("a bug in a slot, for the test")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(visible_error_boxes(window)), timeout=5000)
    (box,) = visible_error_boxes(window)
    assert "ZeroDivisionError: a bug in a slot, for the test" in box.text()
    assert str(reporter.log_path) in box.informativeText()
    assert "keeps running" in box.informativeText()
    log = reporter.log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "broken_slot" in log
    box.close()
    window.state.set_query("shenyang")  # still alive and right
    wait_for_query(qtbot, window, "shenyang")
    assert window.table.model().rowCount() == 4


def test_an_exception_in_a_thread_is_logged_and_shown_on_the_gui_thread(
        qtbot: QtBot, tmp_path: Path, reporter: CrashReporter) -> None:
    window = open_window(qtbot, tmp_path / "settings.json")

    def broken_worker() -> None:
        raise RuntimeError("a bug in a worker thread")

    thread = threading.Thread(target=broken_worker)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(visible_error_boxes(window)), timeout=5000)
    (box,) = visible_error_boxes(window)
    assert "RuntimeError: a bug in a worker thread" in box.text()
    assert "broken_worker" in reporter.log_path.read_text(encoding="utf-8")
    box.close()


def test_the_log_is_capped_and_a_missing_log_folder_still_gives_the_dialog(
        qtbot: QtBot, tmp_path: Path, reporter: CrashReporter) -> None:
    window = open_window(qtbot, tmp_path / "settings.json")
    reporter.log_dir.mkdir(parents=True)
    reporter.log_path.write_bytes(b"x" * (MAX_LOG_BYTES + 1))
    try:
        raise ValueError("first")
    except ValueError as error:
        reporter.report(type(error), error, error.__traceback__)
    assert reporter.log_path.stat().st_size < 10_000
    assert (reporter.log_dir / (LOG_NAME + ".1")).stat().st_size > MAX_LOG_BYTES
    blocked = tmp_path / "log-is-a-file"
    blocked.write_text("not a folder")
    reporter.log_dir = blocked / "logs"
    try:
        raise KeyError("second")
    except KeyError as error:
        reporter.report(type(error), error, error.__traceback__)
    qtbot.waitUntil(lambda: any("could not be written" in b.informativeText()
                                for b in visible_error_boxes(window)), timeout=5000)
    for box in visible_error_boxes(window):
        box.close()
