"""Databases made to hang or mislead the app, made for real (issue 15)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from asylum_browser.core.engine.database import DatabaseProblem, open_database
from asylum_browser.paths import bundled_db_path

pytestmark = pytest.mark.reliability("hostile-data")

ROOT = Path(__file__).resolve().parents[2]


def recursive_meta(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE meta RENAME TO meta_old")
    connection.execute("CREATE VIEW meta AS WITH RECURSIVE n(key, value) AS "
                       "(SELECT 'k', 'v' UNION ALL SELECT key, value || 'x' FROM n) "
                       "SELECT key, value FROM n")


def huge_incidents(connection: sqlite3.Connection) -> None:
    connection.execute("ALTER TABLE incidents RENAME TO incidents_old")
    connection.execute("CREATE VIEW incidents AS SELECT a.* FROM incidents_old a, "
                       "incidents_old b, incidents_old c")


@pytest.mark.parametrize(("damage", "table"), [(recursive_meta, "meta"),
                                               (huge_incidents, "incidents")])
def test_a_view_in_place_of_a_table_is_refused_at_once(
        tmp_path: Path, damage: Callable[[sqlite3.Connection], None], table: str) -> None:
    path = tmp_path / "views.sqlite"
    shutil.copyfile(bundled_db_path(), path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("PRAGMA legacy_alter_table = ON")  # keep the FTS tables as they are
        damage(connection)
    with pytest.raises(DatabaseProblem) as raised:
        open_database(path)
    assert raised.value.reason == "foreign"
    assert raised.value.message == (f"views.sqlite has a view where the {table} table belongs; "
                                    "Asylum Browser reads only tables, so it cannot open this "
                                    "file.")
    # The whole command, as a user runs it: one line and exit code 4, not a hang.
    run = subprocess.run([sys.executable, "-m", "asylum_browser", "info", "--db", str(path)],
                         capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run.returncode == 4 and "has a view where" in run.stderr
