"""A database from anyone is safe to open: every text field an attack, the window driven
through every view, and no file but ours read, no link of another scheme handed on.

The window runs in its own process under strace (tests/reliability/hostile_window.py), so the
test sees every file Qt opens. Before issue 15, the dataset version alone made Qt read
``/dev/zero`` at start until memory ran out.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.conftest import count_bundled
from tests.reliability.hostile_db import make_hostile_database

pytestmark = pytest.mark.reliability("hostile-data")

ROOT = Path(__file__).resolve().parents[2]
# Offscreen, on the tests' desktop-sized screen (tests/conftest.py) when they run offscreen:
# plain offscreen's 800×800 screen narrows the window to three columns.
OFFSCREEN = (os.environ["QT_QPA_PLATFORM"]
             if os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen") else "offscreen")


def incidents_in(database: Path) -> int:
    """The rows of the database the window was driven over, by plain SQL."""
    with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
        return int(db.execute("SELECT count(*) FROM incidents").fetchone()[0])


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed "
                    "(scripts/test.sh installs it)")
def test_a_hostile_database_opens_no_file_and_hands_on_no_link(tmp_path: Path) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("if this file is opened, data was read as markup\n")
    database = make_hostile_database(tmp_path / "hostile.sqlite", canary)
    work = tmp_path / "work"
    work.mkdir()
    trace = tmp_path / "strace.log"
    env = {**os.environ, "QT_QPA_PLATFORM": OFFSCREEN, "PYTHONPATH": str(ROOT),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path)}
    run = subprocess.run(
        ["strace", "-f", "-qq", "-e", "trace=open,openat,openat2", "-o", str(trace),
         sys.executable, "-m", "tests.reliability.hostile_window", str(database), str(work)],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=180)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    opened = [line for line in trace.read_text().splitlines()
              if str(canary) in line or '"/dev/zero"' in line]
    assert opened == []
    assert report["handed"] == []  # every link in the data is file: or javascript:
    assert report["problems"] == []  # (button texts are always plain text in Qt)
    # Everything was really driven: every row clicked and shown, every cell hovered,
    # links followed, About opened.
    rows = incidents_in(database)
    assert rows == count_bundled()  # a copy of the bundled database, every row kept
    assert report["rows"] == report["selected"] == rows
    # every shown cell of every row hovered, and more besides (map, sidebar, timeline)
    assert report["columns_shown"] >= 3
    assert report["cells_hovered"] == rows * report["columns_shown"]
    assert report["tooltips"] > report["cells_hovered"]
    # A source whose address is not http(s) (every one here: file:, javascript:) is shown as
    # its text, never as a link, so the pane offers nothing of theirs to follow.
    assert report["links_followed"] == 0
    assert report["about_opened"]
    assert len(report["searches_imported"]) == 1  # and its button was hovered


def test_bad_values_in_a_database_are_shown_as_such_and_break_no_view(tmp_path: Path) -> None:
    """Dates like 0000-00-00 and 2002-02-30, a word where a number belongs, a binary title and
    a byte that is not UTF-8 gave internal errors, error dialogs on every paint, or no results
    at all. Now every command answers, and the window shows every row with no error box."""
    from click.testing import CliRunner

    from asylum_browser.cli import cli
    from tests.reliability.hostile_db import make_bad_values_database

    database = tmp_path / "bad.sqlite"
    ids = make_bad_values_database(database)
    runner = CliRunner()
    for command in (["search"], ["search", "--format", "json"], ["facets"], ["info"],
                    ["search", "people:>5"], ["export", "-o", str(tmp_path / "out.csv")]):
        result = runner.invoke(cli, [*command, "--db", str(database)])
        assert result.exit_code == 0, (command, result.stderr)
    shown = {incident_id: runner.invoke(cli, ["show", incident_id, "--db", str(database)])
             for incident_id in ids}
    assert all(result.exit_code == 0 for result in shown.values())
    assert "“0000-00-00” (not a valid date)" in shown[ids[0]].stdout
    assert "“2002-02-30” (not a valid date)" in shown[ids[2]].stdout
    assert "“many” (not a number)" in shown[ids[3]].stdout
    assert "\ufffd\ufffdbinary" in shown[ids[4]].stdout  # bytes read as text, not fatal
    assert "A\ufffdB" in shown[ids[5]].stdout  # the byte that is not UTF-8

    work = tmp_path / "work"
    work.mkdir()
    run = subprocess.run([sys.executable, "-m", "tests.reliability.hostile_window",
                          str(database), str(work)], capture_output=True, text=True, cwd=ROOT,
                         timeout=180, env={**os.environ, "QT_QPA_PLATFORM": OFFSCREEN,
                                           "PYTHONPATH": str(ROOT),
                                           "XDG_CACHE_HOME": str(tmp_path / "cache")})
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["error_boxes"] == []
    assert report["rows"] == report["selected"] == incidents_in(database) > 0
