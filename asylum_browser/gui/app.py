"""main(): the QApplication, settings and the main window; --smoke-test for CI.

An ``asylum-browser://`` link as the argument (the desktop entry's %u) opens the window on
that case or search, or, when a window is already open, hands the link to it and ends
(gui/single_instance.py).

--smoke-test opens the window offscreen, runs one query, selects a row, checks that the detail
pane filled and exits 0 (1 on any failure), so CI proves the window works end to end.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from asylum_browser import APP_ID, APP_NAME, __version__
from asylum_browser.core.model.links import SCHEME
from asylum_browser.i18n.words import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

    from asylum_browser.core.engine.database import Database
    from asylum_browser.gui.main_window import MainWindow


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="asylum-browser",
                                     description=f"{APP_NAME}: open the window.")
    parser.add_argument("file", nargs="?", default=None,
                        help="a database to open (what a file manager's 'Open with' passes), "
                             "or an asylum-browser:// link to a case or a search")
    parser.add_argument("--db", type=Path, default=None,
                        help="open this database instead of the bundled one")
    parser.add_argument("--settings", type=Path, default=None,
                        help="read and write settings in this file")
    parser.add_argument("--smoke-test", action="store_true",
                        help="open offscreen, run a query, select a row, check, exit")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help=argparse.SUPPRESS)  # bench/run.py: time to the first painted window
    arguments = parser.parse_args(list(argv))
    arguments.link = None
    given = arguments.file
    if given is not None:
        if given.lower().startswith(f"{SCHEME}:"):
            arguments.link, arguments.file = given, None
        else:
            arguments.file = local_path(given)
    return arguments


def local_path(given: str) -> Path:
    """The file a launcher named: the Exec line's %u passes a path, or a file: URL."""
    from urllib.parse import unquote, urlsplit
    from urllib.request import url2pathname

    parts = urlsplit(given)
    if parts.scheme.lower() == "file" and parts.netloc in ("", "localhost"):
        return Path(url2pathname(unquote(parts.path)))
    return Path(given)


def has_display() -> bool:
    """Qt aborts the process without a display; find out first (Linux and BSD only)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")):
        return True
    return any(os.environ.get(name) for name in ("QT_QPA_PLATFORM", "DISPLAY",
                                                  "WAYLAND_DISPLAY"))


def create_user_folders() -> list[str]:
    """Make the config and data folders on first start; return warnings, never raise.

    The app must run from a read-only install, so everything it writes goes here.
    """
    from asylum_browser.paths import user_config_dir, user_data_dir

    warnings = []
    for folder in (user_config_dir(), user_data_dir()):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            warnings.append(f"cannot create {folder}: {error.strerror or error}; settings "
                            "will not be kept")
    return warnings


def app_icon() -> QIcon:
    """The app icon at every rendered size, so each place picks a sharp one."""
    from PySide6.QtGui import QIcon

    from asylum_browser.paths import icon_theme_dir

    icon = QIcon()
    for path in sorted(icon_theme_dir().glob(f"*/apps/{APP_ID}.png")):
        icon.addFile(str(path))
    return icon


def main(argv: Sequence[str] | None = None) -> int:
    """Open the window (or run the smoke test); return the exit code."""
    arguments = parse_arguments(sys.argv[1:] if argv is None else argv)
    if arguments.smoke_test:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    elif arguments.link is not None and arguments.db is None and not arguments.exit_after_paint:
        from asylum_browser.gui.single_instance import hand_over

        if hand_over(arguments.link):  # the running window opens it: no second window
            return 0
    if not has_display():
        print("asylum-browser: there is no display to open the window on (DISPLAY is not "
              "set). The command line works without one: asylum-browser --help. To check the "
              "window headless: asylum-browser --smoke-test", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from asylum_browser.gui.qt_messages import quiet_unsupported_platform_calls

    quiet_unsupported_platform_calls()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    from asylum_browser.gui.crash import CrashReporter

    reporter = CrashReporter(parent=app)
    reporter.install()
    for warning in create_user_folders():
        print(f"asylum-browser: {warning}", file=sys.stderr)
    window = start_window(arguments)
    if isinstance(window, int):
        return window
    if arguments.smoke_test:
        return smoke_test(app, window)
    if arguments.exit_after_paint:
        from PySide6.QtCore import QTimer

        window.settings.persist = False
        window.repaint()
        QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
    return int(app.exec())


def start_window(arguments: argparse.Namespace) -> MainWindow | int:
    """The window, taking the links of later launches, open on the link it was started with.

    The smoke test and the paint benchmark neither listen nor open a link: they must behave
    the same whatever other window runs.
    """
    window = create_window(arguments)
    if isinstance(window, int) or arguments.smoke_test or arguments.exit_after_paint:
        return window
    from PySide6.QtCore import QCoreApplication

    from asylum_browser.gui.single_instance import LinkServer

    server = LinkServer(window)
    if server.listen():
        server.link_received.connect(window.links.open)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(server.close)  # takes the socket file away
    window.links.server = server
    if arguments.link is not None:
        window.links.open(arguments.link)
    return window


def create_window(arguments: argparse.Namespace) -> MainWindow | int:
    """Open the chosen database and show the window, or return an exit code.

    A database named on the command line that cannot be opened is reported once, in the
    window (and on stderr), and the bundled database opens instead; nothing is lost.
    """
    from PySide6.QtWidgets import QMessageBox

    from asylum_browser.core.engine.database import DatabaseProblem, open_database
    from asylum_browser.core.engine.repository import Repository
    from asylum_browser.gui.i18n import chosen_language, install_language
    from asylum_browser.gui.main_window import MainWindow
    from asylum_browser.gui.settings import Settings, default_settings_path
    from asylum_browser.gui.shown_text import message_box

    settings = Settings(arguments.settings or default_settings_path())
    install_language(chosen_language(settings))  # before any label is made
    chosen = arguments.db or arguments.file
    problem_text = None
    try:
        database = open_database(chosen) if chosen is not None else _with_my_cases()
    except DatabaseProblem as problem:
        if chosen is None:
            message = (f"The bundled database cannot be opened: {problem.message} "
                       f"Please reinstall {APP_NAME}.")
            print(f"asylum-browser: {message}", file=sys.stderr)
            if not arguments.smoke_test:
                message_box(QMessageBox.Icon.Critical, APP_NAME, message, None).exec()
            return 4
        print(f"asylum-browser: {problem.message} The bundled database opens instead.",
              file=sys.stderr)
        problem_text = problem.message
        database = open_database(None)
    window = MainWindow(Repository(database), settings)
    window.show()
    if problem_text is not None:
        window.show_problem(tr("This database cannot be opened"), problem_text,
                            tr("The bundled database is open instead."))
    return window


def _with_my_cases() -> Database:
    """The bundled cases, with the user's own beside them once they have some."""
    from asylum_browser.core.cases.combined import open_with_my_cases
    from asylum_browser.core.workspace import Workspace, WorkspaceProblem

    try:
        workspace = Workspace.open_existing()
    except WorkspaceProblem:
        workspace = None  # the window opens it again and says what is wrong
    return open_with_my_cases(workspace)


def smoke_test(app: object, window: object) -> int:
    """Query, select, check the detail pane; print one line; 0 on success."""
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer

    from asylum_browser.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.show()

    def settle(condition: object, seconds: float = 20) -> bool:
        deadline = QDeadlineTimer(int(seconds * 1000))
        while not deadline.hasExpired():
            QCoreApplication.processEvents()
            if callable(condition) and condition():
                return True
            window.state.wait(50)
        return False

    window.search_box.edit.setText("shenyang")
    window.search_box.apply()
    found = settle(lambda: window.state.results is not None
                   and window.state.results.spec.text == "shenyang"
                   and window.table.model().rowCount() > 0)
    if not found:
        print("smoke test failed: the query returned no rows", file=sys.stderr)
        return 1
    window.table.selectRow(0)
    title = window.table.table_model.row_data(0)["title"]
    case = window.table.table_model.row_data(0)["id"]  # at the pane's end, in any language
    filled = settle(lambda: title in window.detail.toPlainText()
                    and case in window.detail.toPlainText())
    rows = window.table.model().rowCount()
    window.settings.persist = False  # the smoke test leaves no settings behind
    window.close()
    if not filled:
        print("smoke test failed: the detail pane did not fill", file=sys.stderr)
        return 1
    opened = window.state.repository.database
    where = "the bundled database" if opened.immutable else opened.path.name
    print(f"smoke test passed on {where}: 'shenyang' gave {rows} rows; the detail pane shows "
          f"“{title}”")
    return 0


if __name__ == "__main__":
    sys.exit(main())
