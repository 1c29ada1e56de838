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
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.hostile_db import make_hostile_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(shutil.which("strace") is None, reason="strace is not installed "
                    "(scripts/test.sh installs it)")
def test_a_hostile_database_opens_no_file_and_hands_on_no_link(tmp_path: Path) -> None:
    canary = tmp_path / "canary.txt"
    canary.write_text("if this file is opened, data was read as markup\n")
    database = make_hostile_database(tmp_path / "hostile.sqlite", canary)
    work = tmp_path / "work"
    work.mkdir()
    trace = tmp_path / "strace.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
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
    assert report["problems"] == [] and report["buttons"] == []
    # Everything was really driven: every row clicked and shown, every cell hovered,
    # links followed, About opened.
    assert report["rows"] == report["selected"] == 150
    assert report["tooltips"] > 150 * 5 and report["links_followed"] > 150
    assert report["about_opened"]
    assert report["seconds"] < 30, report
