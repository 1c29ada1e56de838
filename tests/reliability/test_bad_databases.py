"""Family 1: every bad database file, through the core, the CLI (--db), the window's Ctrl+O
and the window's --db. Each ends in one message naming the problem; the window keeps the
database it had (the bundled one at startup); the CLI exits with code 4; nothing crashes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.cli import EXIT_DATABASE, cli
from asylum_browser.core.engine.database import DatabaseProblem, open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui import app as gui_app
from asylum_browser.gui.main_window import MainWindow
from tests.gui.conftest import open_window, run_query, table_ids
from tests.reliability.bad_files import BAD_FILE_IDS, BAD_FILES, BadFile, skip_reason

pytestmark = pytest.mark.reliability("bad-database")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=BAD_FILES, ids=BAD_FILE_IDS)
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[BadFile, Path]]:
    case: BadFile = request.param
    reason = skip_reason(case)
    if reason:
        pytest.skip(reason)
    with case.make(tmp_path) as path:
        yield case, path


def test_the_core_names_the_problem(bad_file: tuple[BadFile, Path],
                                    record_property: object) -> None:
    case, path = bad_file
    started = time.perf_counter()
    if case.reason is None:
        assert Repository(open_database(path)).count(parse_query("shenyang")) == 4
        return
    with pytest.raises(DatabaseProblem) as caught:
        Repository(open_database(path)).count()
    assert caught.value.reason == case.reason
    assert case.words in caught.value.message
    assert caught.value.message == case.message  # the product's wording, word for word
    assert "Traceback" not in caught.value.message and "\n" not in caught.value.message
    assert callable(record_property)
    seconds = time.perf_counter() - started
    record_property("worst", f"slowest to report: {case.name}, in {seconds:.2f} s: "
                             f"“{caught.value.message}”")
    record_property("score", seconds)


def test_the_cli_prints_one_line_and_exits_4(bad_file: tuple[BadFile, Path]) -> None:
    case, path = bad_file
    result = CliRunner().invoke(cli, ["search", "shenyang", "--db", str(path), "--format", "ids"])
    if case.reason is None:
        assert result.exit_code == 0 and len(result.stdout.split()) == 4
        return
    assert result.exit_code == EXIT_DATABASE
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("asylum-browser: ")
    assert case.words in result.stderr and "Traceback" not in result.output


def test_ctrl_o_shows_one_message_and_keeps_the_open_database(
        qtbot: QtBot, tmp_path: Path, bad_file: tuple[BadFile, Path]) -> None:
    case, path = bad_file
    window = open_window(qtbot, tmp_path / "settings.json")
    run_query(qtbot, window, "shenyang")
    before = window.state.repository
    opened = window.open_path(path)
    boxes = [box for box in window.findChildren(QMessageBox, "problemMessage") if box.isVisible()]
    if case.reason is None:
        assert opened and not boxes and window.state.repository is not before
        return
    assert opened is False and len(boxes) == 1
    assert case.words in boxes[0].text() and "stays open" in boxes[0].informativeText()
    assert window.state.repository is before and len(table_ids(window)) == 4
    boxes[0].close()


def test_the_window_started_with_a_bad_db_opens_the_bundled_one_and_says_why(
        qtbot: QtBot, tmp_path: Path, bad_file: tuple[BadFile, Path],
        capsys: pytest.CaptureFixture[str]) -> None:
    case, path = bad_file
    arguments = gui_app.parse_arguments(["--db", str(path), "--settings",
                                         str(tmp_path / "s.json")])
    window = gui_app.create_window(arguments)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    boxes = [box for box in window.findChildren(QMessageBox, "problemMessage") if box.isVisible()]
    if case.reason is None:
        assert not boxes and not window.state.repository.database.immutable
        return
    assert len(boxes) == 1 and case.words in boxes[0].text()
    assert "bundled database is open instead" in boxes[0].informativeText()
    assert window.state.repository.database.immutable  # the bundled one
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and case.words in err
    boxes[0].close()


NOBODY_SCRIPT = r"""
import os, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from asylum_browser.cli import main as cli_main
from asylum_browser.core.engine.database import DatabaseProblem, open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
import asylum_browser.core.engine.columnar, asylum_browser.core.export.writer  # preload
import encodings.idna  # preload
app = QApplication([])
window = MainWindow(Repository(open_database()), Settings(Path(sys.argv[2]), persist=False))
window.show()
os.setgroups([]); os.setgid(65534); os.setuid(65534)  # from here on, we are nobody
path, hidden = Path(sys.argv[1]), Path(sys.argv[3])
for each in (path, hidden):
    try:
        open_database(each); print("core: opened")
    except DatabaseProblem as problem:
        print(f"core: {problem.reason}: {problem.message}")
print("window opened:", window.open_path(path))
box = window.findChild(QMessageBox, "problemMessage")
print("window says:", box.text() if box is not None else None)
print("window kept the bundled database:", window.state.repository.database.immutable)
try:
    cli_main(["info", "--db", str(path)])
except SystemExit as leaving:
    print("cli exit:", leaving.code)
"""


@pytest.mark.skipif(not hasattr(os, "setuid") or os.geteuid() != 0,
                    reason="needs root, to run as the user nobody")
def test_permission_denied_as_another_user() -> None:
    """Root reads every file, so the unreadable cases run in a process that became nobody:
    a file only its owner may read, and a file in a folder only its owner may enter."""
    shared = Path(tempfile.mkdtemp(prefix="asylum-browser-perm-"))
    try:
        shared.chmod(0o755)  # nobody may enter this folder, but not read the files below
        private = shared / "private.sqlite"
        private.write_bytes((ROOT / "resources" / "db" / "asylum-browser.sqlite").read_bytes())
        private.chmod(0o600)
        closed = shared / "closed"
        closed.mkdir(mode=0o700)
        hidden = closed / "inside.sqlite"
        hidden.write_bytes(private.read_bytes())
        result = subprocess.run(
            [sys.executable, "-c", NOBODY_SCRIPT, str(private), str(shared / "s.json"),
             str(hidden)],
            capture_output=True, text=True, timeout=120, cwd=shared,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)})
    finally:
        shutil.rmtree(shared)
    assert result.returncode == 0, result.stderr[-2000:]
    out = result.stdout
    assert "core: unreadable: private.sqlite cannot be read: permission denied." in out
    assert "core: unreadable: inside.sqlite cannot be read: permission denied." in out
    assert "window opened: False" in out
    assert "window says: private.sqlite cannot be read: permission denied." in out
    assert "window kept the bundled database: True" in out
    assert "cli exit: 4" in out and "Traceback" not in result.stderr
    assert result.stderr.count("asylum-browser: ") == 1
