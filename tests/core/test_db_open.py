"""Every way a database file can be wrong ends in one clear DatabaseProblem."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from asylum_browser.core.engine.database import (
    BUSY_TIMEOUT_SECONDS,
    BUSY_TIMEOUT_VARIABLE,
    Database,
    DatabaseProblem,
    busy_timeout_seconds,
    open_database,
)
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import SCHEMA_VERSION
from asylum_browser.core.query.parser import parse_query


def expect_problem(path: Path, reason: str, words: str) -> None:
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    assert caught.value.reason == reason
    assert words in caught.value.message
    assert "Traceback" not in caught.value.message


def test_a_missing_file(tmp_path: Path) -> None:
    expect_problem(tmp_path / "nope.sqlite", "missing", "no file")


def test_an_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.sqlite").write_bytes(b"")
    expect_problem(tmp_path / "empty.sqlite", "not_sqlite", "empty")


def test_random_bytes(tmp_path: Path) -> None:
    (tmp_path / "noise.sqlite").write_bytes(os.urandom(4096))
    expect_problem(tmp_path / "noise.sqlite", "not_sqlite", "not an SQLite database")


def test_a_truncated_copy(db_copy: Path) -> None:
    data = db_copy.read_bytes()
    db_copy.write_bytes(data[: len(data) // 2])
    expect_problem(db_copy, "damaged", "shorter than its header says")


def test_a_database_with_unrelated_tables(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    expect_problem(path, "foreign", "not an Asylum Browser one")


def test_a_newer_schema_version(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    expect_problem(db_copy, "newer", "newer Asylum Browser")


def test_a_missing_column(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as connection:
        connection.execute("ALTER TABLE incidents DROP COLUMN people_note")
    expect_problem(db_copy, "foreign", "people_note")


def test_a_directory(tmp_path: Path) -> None:
    expect_problem(tmp_path, "unreadable", "is a folder")


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="root reads every file, so permission cannot be denied here")
def test_a_file_without_read_permission(db_copy: Path) -> None:
    db_copy.chmod(0)
    try:
        expect_problem(db_copy, "unreadable", "permission denied")
    finally:
        db_copy.chmod(0o644)


def test_a_path_with_spaces_and_non_ascii_characters(tmp_path: Path, db_copy: Path) -> None:
    folder = tmp_path / "dossiers d'asile 北朝鮮 #1?"
    folder.mkdir()
    target = folder / "copie é 100%.sqlite"
    shutil.copyfile(db_copy, target)
    repository = Repository(open_database(target))
    assert repository.count(parse_query("shenyang")) == 4


def test_a_locked_database_is_reported_not_raised(db_copy: Path) -> None:
    writer = sqlite3.connect(db_copy, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        expect_problem(db_copy, "locked", "locked")
        assert time.monotonic() - started < 1.0  # conftest's 50 ms, not the product's 2 s
    finally:
        writer.execute("ROLLBACK")
        writer.close()


def hold_write_lock(path: Path) -> sqlite3.Connection:
    writer = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    writer.execute("BEGIN EXCLUSIVE")
    return writer


def test_a_lock_released_within_the_busy_timeout_is_waited_for(db_copy: Path) -> None:
    writer = hold_write_lock(db_copy)
    releaser = threading.Timer(0.3, writer.execute, ["ROLLBACK"])
    releaser.start()
    try:
        started = time.monotonic()
        database = open_database(db_copy, busy_timeout=5.0)
        assert 0.25 < time.monotonic() - started < 5.0
        assert Repository(database).count(parse_query("shenyang")) == 4
    finally:
        releaser.join()
        writer.close()


def test_the_busy_timeout_is_two_seconds_unless_the_environment_says_otherwise(
        bundled: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(BUSY_TIMEOUT_VARIABLE)
    assert busy_timeout_seconds() == BUSY_TIMEOUT_SECONDS == 2.0
    assert open_database().busy_timeout == 2.0
    for stray in ("", "fast", "-5", "1e3", "٣"):  # ignored, never an error
        monkeypatch.setenv(BUSY_TIMEOUT_VARIABLE, stray)
        assert busy_timeout_seconds() == 2.0
    monkeypatch.setenv(BUSY_TIMEOUT_VARIABLE, "50")
    assert busy_timeout_seconds() == 0.05 == open_database().busy_timeout
    assert open_database(busy_timeout=1.5).busy_timeout == 1.5


def test_the_bundled_database_is_opened_immutable_and_never_written(db_copy: Path) -> None:
    database = open_database()
    assert database.immutable
    with pytest.raises(sqlite3.Error):
        database.connection().execute("CREATE TABLE x (y)")
    other = Database(db_copy)
    with pytest.raises(sqlite3.OperationalError):
        other.connection().execute("DELETE FROM incidents")


def test_each_thread_gets_its_own_connection(bundled: Database) -> None:
    import threading

    results: dict[str, object] = {}

    def work() -> None:
        results["count"] = Repository(bundled).count(parse_query("embassy"))
        results["connection"] = bundled.connection()

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert results["count"] == Repository(bundled).count(parse_query("embassy"))
    assert results["connection"] is not bundled.connection()
