"""What opening a bad file says, word for word: the messages are the product's wording.

tests/reliability/bad_files.py holds the kinds of bad file every front end is tested with;
these are the rarer kinds, which only the core's check can tell apart (a header cut short,
pages of 64 KiB, a schema one version old, a table or two columns missing), and the
classification of SQLite's own errors. Every file here is made for real; the expected
messages are written out by hand.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from asylum_browser.core.engine.database import (
    Database,
    DatabaseProblem,
    open_database,
    problem_from_sqlite,
)
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.schema import SCHEMA_VERSION
from asylum_browser.core.query.parser import parse_query
from asylum_browser.paths import bundled_db_path
from tests.reliability.bad_files import can_mount, mounted_tmpfs


def problem(path: Path) -> tuple[str, str]:
    with pytest.raises(DatabaseProblem) as caught:
        open_database(path)
    return caught.value.reason, caught.value.message


def copy(folder: Path, name: str) -> Path:
    target = folder / name
    shutil.copyfile(bundled_db_path(), target)
    return target


def altered(folder: Path, name: str, *statements: str) -> Path:
    path = copy(folder, name)
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    connection.close()
    return path


def test_a_missing_file_names_the_whole_path(tmp_path: Path) -> None:
    path = tmp_path / "nope.sqlite"
    assert problem(path) == ("missing", f"There is no file at {path}.")


def test_a_path_the_system_cannot_follow_gives_the_systems_reason(tmp_path: Path) -> None:
    loop = tmp_path / "loop.sqlite"
    loop.symlink_to(loop)  # stat() itself fails, with ELOOP
    assert problem(loop) == (
        "unreadable", f"loop.sqlite cannot be read: {os.strerror(errno.ELOOP)}.")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a socket node is Linux's")
def test_a_file_that_stats_but_cannot_be_opened_gives_the_systems_reason(
        tmp_path: Path) -> None:
    path = tmp_path / "socket.sqlite"
    os.mknod(path, 0o600 | stat.S_IFSOCK)  # stat() works, open() fails with ENXIO
    assert problem(path) == (
        "unreadable", f"socket.sqlite cannot be read: {os.strerror(errno.ENXIO)}.")


WRITE_ONLY = Path("/proc/sys/vm/drop_caches")  # mode 0200: no one may read it, root neither


@pytest.mark.skipif(not WRITE_ONLY.exists(), reason="needs Linux's /proc/sys")
def test_a_file_that_stats_but_refuses_reading_says_permission_denied() -> None:
    assert problem(WRITE_ONLY) == (
        "unreadable", "drop_caches cannot be read: permission denied.")


@contextmanager
def as_nobody_when_root() -> Iterator[None]:
    """Root enters every folder, so as root the check runs with the effective user nobody
    (the real user stays root, which lets the test become root again)."""
    if os.geteuid() != 0:
        yield
        return
    os.seteuid(65534)
    try:
        yield
    finally:
        os.seteuid(0)


@pytest.mark.skipif(not hasattr(os, "seteuid"), reason="needs POSIX permissions")
def test_a_file_in_a_folder_that_cannot_be_entered(tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    path = copy(closed, "inside.sqlite")
    closed.chmod(0)
    try:
        with as_nobody_when_root():
            found = problem(path)
    finally:
        closed.chmod(0o700)
    assert found == ("unreadable", "inside.sqlite cannot be read: permission denied.")


def test_a_folder_without_a_name_is_called_by_its_path() -> None:
    assert problem(Path("/")) == ("unreadable", "/ is a folder, not a database file.")


def test_a_header_cut_short(tmp_path: Path) -> None:
    path = tmp_path / "short.sqlite"
    path.write_bytes(bundled_db_path().read_bytes()[:99])
    assert problem(path) == ("damaged", "short.sqlite is damaged: its header is cut short.")


def test_an_impossible_page_size_is_not_an_sqlite_database(tmp_path: Path) -> None:
    data = bytearray(bundled_db_path().read_bytes())
    data[16:18] = (3).to_bytes(2, "big")  # a page size must be a power of two
    path = tmp_path / "pages.sqlite"
    path.write_bytes(bytes(data))
    assert problem(path) == ("not_sqlite", "pages.sqlite is not an SQLite database.")


def test_a_damaged_schema_page_is_damaged(tmp_path: Path) -> None:
    data = bytearray(bundled_db_path().read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[100:page_size] = b"\x55" * (page_size - 100)  # the first page lists the tables
    path = tmp_path / "schema.sqlite"
    path.write_bytes(bytes(data))
    assert problem(path) == (
        "damaged", "schema.sqlite is damaged (database disk image is malformed).")


def test_a_short_file_beside_a_write_ahead_log_is_left_to_sqlite(tmp_path: Path) -> None:
    """Pages may wait in the -wal file, so the header's length is not held against the file;
    SQLite then finds the real damage."""
    data = bundled_db_path().read_bytes()
    path = tmp_path / "wal.sqlite"
    path.write_bytes(data[: len(data) // 2])
    Path(f"{path}-wal").write_bytes(b"")
    assert problem(path) == ("damaged", "wal.sqlite is damaged (database disk image is malformed).")


def test_a_header_claiming_more_than_16_mi_pages_is_read_whole(tmp_path: Path) -> None:
    """The page count is all four header bytes 28 to 31, not just the low three."""
    data = bytearray(bundled_db_path().read_bytes())
    data[28:32] = (2**24 + 1).to_bytes(4, "big")
    path = tmp_path / "huge.sqlite"
    path.write_bytes(bytes(data))
    assert problem(path) == (
        "damaged", "huge.sqlite is damaged: it is shorter than its header says (truncated copy?).")


@pytest.fixture(scope="module")
def big_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file of 64 KiB pages (stored as 1 in the header), several pages long."""
    path = tmp_path_factory.mktemp("big-pages") / "big.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA page_size = 65536")
        connection.execute("CREATE TABLE notes (body TEXT)")
        connection.executemany("INSERT INTO notes VALUES (?)", [("x" * 1000,)] * 200)
    connection.close()
    assert path.read_bytes()[16:18] == b"\x00\x01" and path.stat().st_size >= 3 * 65536
    return path


def test_a_whole_file_of_64_kib_pages_is_read(big_pages: Path) -> None:
    assert problem(big_pages) == (
        "foreign", "big.sqlite is an SQLite database, but not an Asylum Browser one "
        "(it has no incidents table).")


def test_a_file_of_64_kib_pages_one_byte_short_is_truncated(big_pages: Path,
                                                          tmp_path: Path) -> None:
    path = tmp_path / "cut.sqlite"
    path.write_bytes(big_pages.read_bytes()[:-1])
    assert problem(path) == (
        "damaged", "cut.sqlite is damaged: it is shorter than its header says (truncated copy?).")


def test_a_newer_version_is_named_before_a_foreign_schema(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 7}")
    connection.close()
    assert problem(path) == (
        "newer", f"future.sqlite was made by a newer Asylum Browser (schema "
        f"{SCHEMA_VERSION + 7}; this version reads up to {SCHEMA_VERSION}). Update Asylum "
        "Browser to open it.")


def test_an_older_schema_version(tmp_path: Path) -> None:
    path = altered(tmp_path, "old.sqlite", f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    assert problem(path) == (
        "foreign", f"old.sqlite has schema version {SCHEMA_VERSION - 1}; this version of "
        f"Asylum Browser reads version {SCHEMA_VERSION}. If you made it with File > Import "
        "cases, import the same file again.")


def test_a_missing_table(tmp_path: Path) -> None:
    path = altered(tmp_path, "no-disputes.sqlite", "DROP TABLE disputes")
    assert problem(path) == ("foreign", "no-disputes.sqlite lacks the disputes table.")


def test_two_missing_columns_are_both_named(tmp_path: Path) -> None:
    path = altered(tmp_path, "two.sqlite", "ALTER TABLE incidents DROP COLUMN transit",
                   "ALTER TABLE incidents DROP COLUMN people_note")
    assert problem(path) == (
        "foreign", "two.sqlite lacks columns people_note, transit in the incidents table.")


def test_a_missing_column_of_another_table(tmp_path: Path) -> None:
    path = altered(tmp_path, "sources.sqlite", "ALTER TABLE sources DROP COLUMN published")
    assert problem(path) == (
        "foreign", "sources.sqlite lacks column published in the sources table.")


def test_a_required_table_given_as_a_view_is_refused(tmp_path: Path) -> None:
    """Issue 15: a view's query runs on every read (a recursive one never ends)."""
    path = altered(tmp_path, "view.sqlite", "ALTER TABLE meta RENAME TO meta_rows",
                   "CREATE VIEW meta AS SELECT key, value FROM meta_rows")
    assert problem(path) == (
        "foreign", "view.sqlite has a view where the meta table belongs; Asylum Browser reads "
        "only tables, so it cannot open this file.")


LOCKED = "x.sqlite is locked by another program; try again when it has finished writing."


@pytest.mark.parametrize(("error", "reason", "message"), [
    ("database is locked", "locked", LOCKED),  # SQLite's own words, here and below
    ("database table is locked", "locked", LOCKED),
    ("the database is busy", "locked", LOCKED),  # any error that says busy
    ("file is not a database", "not_sqlite", "x.sqlite is not an SQLite database."),
    ("file is encrypted or is not a database", "not_sqlite",
     "x.sqlite is not an SQLite database."),  # older SQLite's wording
    ("unable to open database file", "unreadable",
     "x.sqlite cannot be opened (unable to open database file)."),
    ("attempt to write a readonly database", "unreadable",
     "x.sqlite cannot be opened (attempt to write a readonly database)."),
    ("access permission denied", "unreadable",
     "x.sqlite cannot be opened (access permission denied)."),
    ("database disk image is malformed", "damaged",
     "x.sqlite is damaged (database disk image is malformed)."),
    ("fts5: corrupt structure record", "damaged",
     "x.sqlite is damaged (fts5: corrupt structure record)."),
    ("disk I/O error", "damaged", "x.sqlite is damaged (disk I/O error)."),
    ("no such table: incidents_fts", "foreign",
     "x.sqlite does not have the expected tables (no such table: incidents_fts)."),
    ("no such column: transit", "foreign",
     "x.sqlite does not have the expected tables (no such column: transit)."),
    ("interrupted", "damaged", "x.sqlite could not be read (interrupted)."),
])
def test_sqlite_errors_are_named_for_the_user(tmp_path: Path, error: str, reason: str,
                                              message: str) -> None:
    found = problem_from_sqlite(sqlite3.OperationalError(error), tmp_path / "x.sqlite")
    assert (found.reason, found.message, str(found)) == (reason, message, message)


def test_a_write_ahead_log_in_a_writable_folder_is_not_blamed(tmp_path: Path) -> None:
    """SQLite can make the -shm file here, so its refusal has another cause."""
    path = copy(tmp_path, "x.sqlite")
    Path(f"{path}-wal").write_bytes(b"")
    found = problem_from_sqlite(sqlite3.OperationalError("unable to open database file"), path)
    assert found.message == "x.sqlite cannot be opened (unable to open database file)."


@pytest.mark.skipif(not can_mount(), reason="needs root to mount a read-only tmpfs")
def test_a_write_ahead_log_is_blamed_only_when_it_is_there_and_its_shm_is_missing(
        tmp_path: Path) -> None:
    with mounted_tmpfs(tmp_path / "ro", "size=64k") as folder:
        for name in ("with-shm.sqlite", "no-shm.sqlite"):
            (folder / name).write_bytes(b"")
            Path(f"{folder / name}-wal").write_bytes(b"")
        (folder / "no-wal.sqlite").write_bytes(b"")
        Path(f"{folder / 'with-shm.sqlite'}-shm").write_bytes(b"")
        subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)
        refusal = sqlite3.OperationalError("attempt to write a readonly database")
        assert problem_from_sqlite(refusal, folder / "with-shm.sqlite").message == (
            "with-shm.sqlite cannot be opened (attempt to write a readonly database).")
        assert problem_from_sqlite(refusal, folder / "no-wal.sqlite").message == (
            "no-wal.sqlite cannot be opened (attempt to write a readonly database).")
        assert problem_from_sqlite(refusal, folder / "no-shm.sqlite").message == (
            "no-shm.sqlite is in write-ahead-log mode with changes waiting in no-shm.sqlite-wal,"
            " and its folder cannot be written, so SQLite cannot read them. Copy no-shm.sqlite "
            "together with no-shm.sqlite-wal to a folder you can write to, and open it there.")


def test_a_closed_connection_is_opened_again(db_copy: Path) -> None:
    database = Database(db_copy)
    first = database.connection()
    database.close()
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")
    assert database.connection() is not first
    assert database.connection() is database.connection()  # kept for this thread
    assert Repository(database).count(parse_query("shenyang")) == 4


def test_closing_in_a_thread_that_never_read_is_harmless(bundled: Database) -> None:
    caught: list[BaseException] = []

    def close() -> None:
        try:
            bundled.close()
        except BaseException as error:  # any error at all fails the test below
            caught.append(error)

    thread = threading.Thread(target=close)
    thread.start()
    thread.join()
    assert caught == []
    assert Repository(bundled).count(parse_query("shenyang")) == 4  # this thread's stays open


def test_a_connection_stays_with_its_thread(bundled: Database) -> None:
    connection = bundled.connection()
    caught: list[BaseException] = []

    def borrow() -> None:
        try:
            connection.execute("SELECT 1")
        except sqlite3.ProgrammingError as error:
            caught.append(error)

    thread = threading.Thread(target=borrow)
    thread.start()
    thread.join()
    assert len(caught) == 1


def test_a_file_removed_while_open_is_named_to_the_next_thread(db_copy: Path) -> None:
    database = Database(db_copy)
    db_copy.unlink()
    caught: list[DatabaseProblem] = []

    def read() -> None:
        try:
            database.connection()
        except DatabaseProblem as error:
            caught.append(error)

    thread = threading.Thread(target=read)
    thread.start()
    thread.join()
    assert [(error.reason, error.message) for error in caught] == [
        ("unreadable", "copy.sqlite cannot be opened (unable to open database file).")]


def test_an_immutable_database_is_read_through_another_programs_lock(db_copy: Path) -> None:
    """The bundled file never changes, so it is opened without locking at all."""
    immutable = Database(db_copy, immutable=True)
    writer = sqlite3.connect(db_copy, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        assert Repository(immutable).count(parse_query("shenyang")) == 4
        with pytest.raises(DatabaseProblem) as caught:
            Repository(Database(db_copy)).count()
        assert caught.value.reason == "locked"
    finally:
        writer.execute("ROLLBACK")
        writer.close()
