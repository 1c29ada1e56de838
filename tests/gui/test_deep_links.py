"""asylum-browser:// links open the window on a case or a search (issue 19, "Deep links").

The window here is started as the launcher starts it (gui/app.py's start_window, over the
arguments the command line gives); the second launch is a real process running the exact
command of the desktop entry's Exec line with the link in place of %u. It must hand the link to
the window in this process and end with 0, and this window must show the case: selected, in
the detail pane, and scrolled into view in the table.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.core.model.links import incident_link, search_link
from asylum_browser.desktop import desktop_entry_text, launcher_command
from asylum_browser.gui import app as gui_app
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.single_instance import LinkServer, hand_over, server_name
from tests.conftest import query_bundled
from tests.gui.conftest import run_query

ROOT = Path(__file__).resolve().parents[2]
# The case dated last: at the bottom of the table's first (date) order, far out of view.
LAST_CASE = str(query_bundled("SELECT id FROM incidents ORDER BY date_start DESC, id DESC "
                              "LIMIT 1")[0][0])
FIRST_CASE = str(query_bundled("SELECT id FROM incidents ORDER BY date_start, id LIMIT 1")[0][0])


def load_exec_parser() -> ModuleType:
    spec = importlib.util.spec_from_file_location("desktop_exec",
                                                  ROOT / "packaging" / "desktop_exec.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def exec_command(link: str) -> list[str]:
    """What a launcher runs for a click on ``link``: the entry's Exec, %u replaced."""
    entry = desktop_entry_text(launcher_command())
    value = next(line[len("Exec="):] for line in entry.splitlines() if line.startswith("Exec="))
    assert value.endswith(" %u")
    command: list[str] = load_exec_parser().split_exec(value, [link])
    assert command[-1] == link
    return command


@pytest.fixture
def own_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of this test's own: its window's socket name is nobody else's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path


@pytest.fixture
def start(qtbot: QtBot, own_folders: Path) -> Iterator[object]:
    """Start a window as `asylum-browser-gui ARGS...` does (without the event loop)."""
    windows: list[MainWindow] = []

    def started(*argv: str) -> MainWindow:
        arguments = gui_app.parse_arguments([*argv, "--settings",
                                             str(own_folders / "settings.json")])
        window = gui_app.start_window(arguments)
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield started
    for window in windows:
        if isinstance(window.links.server, LinkServer):
            window.links.server.close()
        window.state.wait()


def seq_of(window: MainWindow, incident_id: str) -> int:
    return window.state.repository.seqs_of_ids({incident_id})[incident_id]


def shows_case(window: MainWindow, incident_id: str) -> None:
    """The case is selected, read in the detail pane, current and in view in the table."""
    assert window.state.selected == seq_of(window, incident_id)
    incident = window.state.repository.incident(incident_id)
    assert incident is not None
    assert incident.title in window.detail.toPlainText()
    current = window.table.currentIndex()
    assert current.isValid()
    assert window.table.table_model.row_data(current.row())["id"] == incident_id
    assert window.table.viewport().rect().intersects(window.table.visualRect(current))


def problem_box(window: MainWindow) -> QMessageBox | None:
    box = window.findChild(QMessageBox, "problemMessage")
    return box if box is not None and box.isVisible() else None


def test_a_second_launch_hands_its_link_to_the_running_window(
        qtbot: QtBot, start: object, own_folders: Path) -> None:
    assert callable(start)
    window = start()
    assert isinstance(window.links.server, LinkServer) and window.links.server.listening
    run_query(qtbot, window, "NOT id:" + LAST_CASE)  # a query that leaves the case out
    assert window.state.selected != seq_of(window, LAST_CASE)
    window.showMinimized()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    began = time.monotonic()
    launch = subprocess.Popen(exec_command(incident_link(LAST_CASE)), env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=20000)
    finally:
        if launch.poll() is None:
            launch.kill()
    seconds = time.monotonic() - began
    out, err = launch.communicate()
    assert launch.returncode == 0, err
    assert (out, err) == ("", "")
    assert seconds < 10, f"the second launch took {seconds:.1f} s to hand over its link"
    qtbot.waitUntil(lambda: shows_case(window, LAST_CASE), timeout=10000)
    assert window.state.query == ""  # the filters were cleared to show it
    assert window.search_box.edit.text() == ""
    assert "filters were cleared" in window.statusBar().currentMessage()
    assert not window.isMinimized()  # raised to meet the click
    assert problem_box(window) is None


def test_the_bundle_entry_point_hands_over_a_search_link(qtbot: QtBot, start: object) -> None:
    """`asylum-browser LINK` (python -m asylum_browser, the frozen bundle's entry) likewise."""
    assert callable(start)
    window = start()
    query = "host:china -school"
    launch = subprocess.Popen([sys.executable, "-m", "asylum_browser", search_link(query)],
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=20000)
    finally:
        if launch.poll() is None:
            launch.kill()
    assert launch.wait() == 0, launch.communicate()[1]
    qtbot.waitUntil(lambda: window.state.results is not None
                    and window.state.results.spec.text == query, timeout=10000)
    assert window.search_box.edit.text() == query
    assert window.statusBar().currentMessage() == f"Opened the search “{query}” from a link"


@pytest.mark.reliability("no-network")
@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed")
def test_the_hand_over_uses_a_local_socket_and_no_network(
        qtbot: QtBot, start: object, tmp_path: Path) -> None:
    """Every socket the second launch makes, seen by the kernel: Unix sockets only."""
    assert callable(start)
    window = start()
    trace = tmp_path / "strace.log"
    launch = subprocess.Popen(["strace", "-f", "-qq", "-e", "trace=socket,connect", "-o",
                               str(trace), *exec_command(incident_link(FIRST_CASE))],
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        qtbot.waitUntil(lambda: launch.poll() is not None, timeout=30000)
    finally:
        if launch.poll() is None:
            launch.kill()
    assert launch.wait() == 0, launch.communicate()[1]
    qtbot.waitUntil(lambda: shows_case(window, FIRST_CASE), timeout=10000)
    calls = trace.read_text().splitlines()
    sockets = [line for line in calls if "socket(" in line]
    assert sockets and all("AF_UNIX" in line for line in sockets), sockets
    assert not [line for line in calls if "AF_INET" in line]
    assert any("connect(" in line and window.links.server is not None
               and isinstance(window.links.server, LinkServer)
               and window.links.server.full_name() in line for line in calls)


def test_a_case_on_screen_is_selected_without_touching_the_query(
        qtbot: QtBot, start: object) -> None:
    assert callable(start)
    window = start()
    run_query(qtbot, window, "")
    assert window.links.open(incident_link(LAST_CASE))
    qtbot.waitUntil(lambda: shows_case(window, LAST_CASE), timeout=10000)
    assert window.statusBar().currentMessage() == f"Opened {LAST_CASE} from a link"
    run_query(qtbot, window, "id:" + FIRST_CASE)
    window.links.open(incident_link(FIRST_CASE))
    qtbot.waitUntil(lambda: shows_case(window, FIRST_CASE), timeout=10000)
    assert window.state.query == "id:" + FIRST_CASE


def test_a_cold_start_with_a_link_opens_on_the_case(qtbot: QtBot, start: object) -> None:
    assert callable(start)
    window = start(incident_link(LAST_CASE))
    qtbot.waitUntil(lambda: shows_case(window, LAST_CASE), timeout=20000)
    assert problem_box(window) is None


def test_a_search_link_fills_the_search_box_and_runs_it(qtbot: QtBot, start: object) -> None:
    assert callable(start)
    query = "host:china embassy"
    window = start(search_link(query))
    assert window.search_box.edit.text() == query

    def searched() -> None:
        results = window.state.results
        assert results is not None and results.spec.text == query
        assert 0 < window.table.model().rowCount() < results.total

    qtbot.waitUntil(searched, timeout=20000)
    assert problem_box(window) is None


@pytest.mark.parametrize(("link", "said"), [
    ("asylum-browser://incident/no-such-case", "The open database holds no case “no-such-case”"),
    ("asylum-browser://elsewhere/x", "is neither a case"),
    ("asylum-browser://incident/", "names no case"),
    ("asylum-browser://search?q=date%3A%3E", "The search in this link cannot be run"),
], ids=["unknown id", "unknown kind", "no id", "bad search"])
def test_a_bad_link_opens_the_window_and_says_what_was_wrong(
        qtbot: QtBot, start: object, link: str, said: str) -> None:
    assert callable(start)
    window = start(link)
    qtbot.waitUntil(lambda: problem_box(window) is not None, timeout=10000)
    box = problem_box(window)
    assert box is not None and said in box.text()
    assert box.windowTitle() == "This link cannot be opened"
    assert window.state.selected is None
    assert window.isVisible()
    if "search?" in link:  # shown as sent, marked as the search box marks any bad query
        assert window.search_box.edit.text() == "date:>"
        assert window.search_box.is_invalid


def test_copy_link_puts_the_selected_cases_link_on_the_clipboard(
        qtbot: QtBot, start: object) -> None:
    assert callable(start)
    window = start()
    run_query(qtbot, window, "")
    edit_menu = window.findChild(QMenu, "editMenu")
    assert edit_menu is not None
    action = next(a for a in edit_menu.actions() if a.objectName() == "copyLinkAction")
    QGuiApplication.clipboard().setText("before")
    action.trigger()
    assert QGuiApplication.clipboard().text() == "before"  # nothing selected, nothing copied
    assert "Select a case" in window.statusBar().currentMessage()
    window.table.selectRow(3)
    chosen = window.table.table_model.row_data(3)["id"]
    action.trigger()
    assert QGuiApplication.clipboard().text() == incident_link(chosen)
    model = window.table.table_model
    window.table.selectionModel().select(
        model.index(5, 0), QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows)
    assert window.links.copy() == "\n".join(
        incident_link(model.row_data(row)["id"]) for row in (3, 5))
    assert "2 cases" in window.statusBar().currentMessage()
    window.table.selectRow(3)
    action.trigger()
    run_query(qtbot, window, "id:" + FIRST_CASE)  # the copied link, pasted back, opens it
    assert window.links.open(QGuiApplication.clipboard().text())
    qtbot.waitUntil(lambda: shows_case(window, chosen), timeout=10000)


def test_a_stale_socket_is_taken_over_and_a_live_one_is_not(
        qtbot: QtBot, own_folders: Path) -> None:
    first = LinkServer()
    assert first.listen()
    second = LinkServer()
    assert not second.listen()  # a live window keeps the links
    path = first.full_name()
    first.close()
    assert not Path(path).exists()
    # What a crash leaves: the socket file, with nobody listening behind it.
    subprocess.run([sys.executable, "-c", "import os, socket, sys\n"
                    "s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); os._exit(0)",
                    path], check=True)
    assert Path(path).exists()
    began = time.monotonic()
    assert not hand_over(incident_link(FIRST_CASE), server_name())  # nobody takes it
    assert time.monotonic() - began < 2
    taker = LinkServer()
    assert taker.listen() and taker.full_name() == path
    taker.close()


def test_each_data_folder_has_its_own_socket_name(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "one"))
    one = server_name()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "two"))
    assert server_name() != one
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert server_name().startswith(f"asylum-browser-{os.getuid()}-")  # per user in /tmp
    runtime = tmp_path / "runtime"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name()).parent == runtime  # the user's own folder, where there is one


def test_a_file_url_from_the_exec_line_opens_as_a_file(db_copy: Path) -> None:
    arguments = gui_app.parse_arguments([db_copy.as_uri()])
    assert arguments.file == db_copy and arguments.link is None
    assert gui_app.parse_arguments([str(db_copy)]).file == db_copy
    link = gui_app.parse_arguments([incident_link(FIRST_CASE)])
    assert link.link == incident_link(FIRST_CASE) and link.file is None


def test_a_silent_or_endless_sender_is_dropped_and_links_still_arrive(
        qtbot: QtBot, own_folders: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtNetwork import QLocalSocket

    from asylum_browser.gui import single_instance

    unconnected = QLocalSocket.LocalSocketState.UnconnectedState

    def connected(*sockets: QLocalSocket) -> None:
        for socket in sockets:
            socket.connectToServer(server.name)
        qtbot.waitUntil(lambda: all(s.state() == QLocalSocket.LocalSocketState.ConnectedState
                                    for s in sockets), timeout=5000)

    monkeypatch.setattr(single_instance, "READ_MS", 60000)
    server = LinkServer()
    assert server.listen()
    received: list[str] = []
    server.link_received.connect(received.append)
    endless, sender = QLocalSocket(), QLocalSocket()
    connected(endless, sender)
    endless.write(b"x" * (single_instance.MAX_LINK_BYTES + 10))
    link = search_link("北韓 embassy")
    sender.write(link.encode("utf-8") + b"\n")
    qtbot.waitUntil(lambda: received == [link], timeout=5000)
    qtbot.waitUntil(lambda: endless.state() == unconnected, timeout=5000)  # long before 60 s
    monkeypatch.setattr(single_instance, "READ_MS", 300)
    silent = QLocalSocket()
    connected(silent)
    qtbot.waitUntil(lambda: silent.state() == unconnected, timeout=5000)
    assert received == [link]  # the dropped ones sent nothing that counts
    server.close()
