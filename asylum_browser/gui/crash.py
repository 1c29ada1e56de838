"""Unexpected errors: the full trace goes to a log file, the user gets one short dialog.

Installed by app.main as sys.excepthook (which PySide calls for an exception escaping a slot)
and threading.excepthook. The app keeps running: a bug in one action must not cost the user
the window, their query or their export. The log lives in the platformdirs log folder, never
beside the application, and is capped so that a looping error cannot fill the disk.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from asylum_browser import APP_NAME, __version__
from asylum_browser.gui.shown_text import message_box
from asylum_browser.i18n.words import tr

LOG_NAME = "errors.log"
MAX_LOG_BYTES = 1_000_000  # then the log starts again, keeping the previous one as .1


def default_log_dir() -> Path:
    from asylum_browser.paths import user_log_dir

    return user_log_dir()


class CrashReporter(QObject):
    """Logs an exception and shows it; safe to call from any thread."""

    _reported = Signal(str, str)  # short message, log path (delivered on the GUI thread)

    def __init__(self, log_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_dir = log_dir or default_log_dir()
        self.last_box: QMessageBox | None = None
        self._lock = threading.Lock()
        self._reported.connect(self._show)

    @property
    def log_path(self) -> Path:
        return self.log_dir / LOG_NAME

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(self, kind: type[BaseException], error: BaseException,
                   trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        self.report(kind, error, trace)

    def thread_excepthook(self, arguments: threading.ExceptHookArgs) -> None:
        if arguments.exc_value is not None:
            self.report(arguments.exc_type, arguments.exc_value, arguments.exc_traceback)

    def report(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> None:
        written = self._write(kind, error, trace)
        summary = str(error).strip().splitlines()[0][:300] if str(error).strip() else ""
        short = f"{kind.__name__}: {summary}" if summary else kind.__name__
        self._reported.emit(short, str(self.log_path) if written else "")

    def _write(self, kind: type[BaseException], error: BaseException,
               trace: TracebackType | None) -> bool:
        text = "".join(traceback.format_exception(kind, error, trace))
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        entry = f"--- {stamp} {APP_NAME} {__version__}\n{text}\n"
        try:
            with self._lock:
                self.log_dir.mkdir(parents=True, exist_ok=True)
                path = self.log_path
                if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
                    path.replace(path.with_name(LOG_NAME + ".1"))
                with path.open("a", encoding="utf-8") as handle:
                    handle.write(entry)
            return True
        except OSError:
            if sys.__stderr__ is not None:
                sys.__stderr__.write(entry)
            return False

    def _show(self, short: str, log_path: str) -> None:
        where = (tr("The details were written to {path}; please include that file if you "
                    "report the problem.").format(path=log_path) if log_path else
                 tr("The details could not be written to the log folder."))
        parent = _main_window()
        box = message_box(QMessageBox.Icon.Critical,
                          tr("{app}: something went wrong").format(app=APP_NAME),
                          tr("An unexpected error interrupted the last action ({what}).")
                          .format(what=short),
                          parent, tr("{app} keeps running.").format(app=APP_NAME) + " " + where)
        box.setObjectName("errorMessage")
        box.open()
        self.last_box = box


def _main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == "mainWindow" and widget.isVisible():
            return widget
    return None
