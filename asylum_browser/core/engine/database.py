"""Open a database read-only and make sure it is one of ours.

Every way a file can be wrong ends in one :class:`DatabaseProblem` whose message a user can
read; no sqlite3 error escapes. The bundled database is opened ``immutable`` (its bytes never
change and no lock or journal is touched); other files are opened ``mode=ro``. Connections are
kept one per thread, as sqlite3 requires.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from asylum_browser.core.engine.sql import add_functions
from asylum_browser.core.model.schema import REQUIRED_COLUMNS, SCHEMA_VERSION

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_SECONDS = 2.0
# Tests that hold a write lock set this (in milliseconds) so that they do not each wait out
# the product's two seconds; subprocesses and the window inherit it with the environment.
BUSY_TIMEOUT_VARIABLE = "ASYLUM_BROWSER_BUSY_TIMEOUT_MS"


def busy_timeout_seconds() -> float:
    """How long to wait for another program's write lock before calling a file locked.

    ``BUSY_TIMEOUT_VARIABLE`` overrides the product's default when it holds a whole number of
    milliseconds; anything else in it is ignored, so a stray value cannot stop the app.
    """
    text = os.environ.get(BUSY_TIMEOUT_VARIABLE, "").strip()
    if text.isascii() and text.isdigit():
        return int(text) / 1000
    return BUSY_TIMEOUT_SECONDS


class DatabaseProblem(Exception):
    """A database that cannot be used. ``reason`` is one of the REASONS keys."""

    REASONS = ("missing", "unreadable", "not_sqlite", "damaged", "foreign", "newer", "locked")

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.message = message


class QueryInterrupted(Exception):
    """SQLite stopped a statement because :meth:`Database.bounded` asked it to.

    Not a :class:`DatabaseProblem`: the file is fine, the caller stopped the work.
    """


class QueryTooSlow(Exception):
    """A query ran past its time budget and was stopped; the message says what to do."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.message = (f"the search took longer than {seconds:g} s and was stopped; narrow it "
                        "(longer words, fewer OR terms) and try again")
        super().__init__(self.message)


QUERY_SECONDS = 20.0  # ten times the slowest accepted query at 1M rows (docs/PERFORMANCE.md)
PROGRESS_STEPS = 20_000  # SQLite virtual-machine steps between two looks at the clock


class Database:
    """A checked, read-only database with one sqlite3 connection per thread."""

    def __init__(self, path: Path, immutable: bool = False,
                 busy_timeout: float | None = None, oldest_schema: int = SCHEMA_VERSION) -> None:
        self.path = path
        self.immutable = immutable
        self.busy_timeout = busy_timeout_seconds() if busy_timeout is None else busy_timeout
        self._local = threading.local()
        check_file(path)
        self._uri = _uri(path, immutable)
        with translate_errors(path):
            check_schema(self.connection(), path, oldest_schema)

    @property
    def uri(self) -> str:
        """The SQLite URI this database is opened with (read-only or immutable)."""
        return self._uri

    def connection(self) -> sqlite3.Connection:
        """This thread's connection, opened on first use."""
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            with translate_errors(self.path):
                connection = sqlite3.connect(self._uri, uri=True, timeout=self.busy_timeout,
                                             check_same_thread=True)
            connection.execute("PRAGMA query_only = 1")
            # Text that is not valid UTF-8 is read with replacement characters: the default
            # decoder failed every query that touched one such byte, so nothing was shown.
            connection.text_factory = _decode_text
            add_functions(connection)
            self._local.connection = connection
        return connection

    @contextmanager
    def bounded(self, seconds: float | None = QUERY_SECONDS,
                cancelled: Callable[[], bool] | None = None) -> Iterator[None]:
        """Stop any statement run inside on this thread once ``seconds`` have passed (None:
        no limit) or ``cancelled()`` answers True.

        No file and no search may hang the app: SQLite asks every ``PROGRESS_STEPS`` steps
        whether to go on. Past the budget :class:`QueryTooSlow` is raised; a cancel raises
        :class:`QueryInterrupted`, for the caller that asked for it. Not for nesting: sqlite3
        cannot read back a handler, so leaving the block removes whatever was set.
        """
        deadline = None if seconds is None else time.monotonic() + seconds
        asked = cancelled or (lambda: False)

        def stop() -> bool:
            return asked() or (deadline is not None and time.monotonic() > deadline)

        connection = self.connection()
        connection.set_progress_handler(stop, PROGRESS_STEPS)
        try:
            yield
        except (QueryInterrupted, sqlite3.OperationalError) as error:
            if str(error) != "interrupted":
                raise
            if not asked() and seconds is not None:
                raise QueryTooSlow(seconds) from None
            raise QueryInterrupted(str(error)) from None
        finally:
            connection.set_progress_handler(None, 0)

    def close(self) -> None:
        """Close this thread's connection (others close when their threads end)."""
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            self._local.connection = None


def _decode_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def _uri(path: Path, immutable: bool) -> str:
    # The file name's own bytes, percent-encoded: a name that is not valid UTF-8 (which Python
    # holds as lone surrogates) made every command fail before SQLite saw the file.
    quoted = urllib.parse.quote(os.fsencode(path.resolve()))
    return f"file:{quoted}?immutable=1" if immutable else f"file:{quoted}?mode=ro"


def check_file(path: Path) -> None:
    """Cheap checks before SQLite sees the file: exists, readable, SQLite, not truncated."""
    name = path.name or str(path)
    try:
        found = path.stat()
    except FileNotFoundError:
        raise DatabaseProblem("missing", f"There is no file at {path}.") from None
    except PermissionError:  # a folder on the way cannot be entered
        raise DatabaseProblem("unreadable",
                              f"{name} cannot be read: permission denied.") from None
    except OSError as error:
        raise DatabaseProblem("unreadable",
                              f"{name} cannot be read: {error.strerror or error}.") from None
    if stat.S_ISDIR(found.st_mode):
        raise DatabaseProblem("unreadable", f"{name} is a folder, not a database file.")
    try:
        size = found.st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except PermissionError:
        raise DatabaseProblem("unreadable",
                              f"{name} cannot be read: permission denied.") from None
    except OSError as error:
        raise DatabaseProblem("unreadable",
                              f"{name} cannot be read: {error.strerror or error}.") from None
    if size == 0:
        raise DatabaseProblem("not_sqlite", f"{name} is empty; it is not a database.")
    if not header.startswith(SQLITE_HEADER):
        raise DatabaseProblem("not_sqlite", f"{name} is not an SQLite database.")
    if len(header) < 100:
        raise DatabaseProblem("damaged", f"{name} is damaged: its header is cut short.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_count and size < page_size * page_count and not _has_wal(path):
        raise DatabaseProblem(
            "damaged",
            f"{name} is damaged: it is shorter than its header says (truncated copy?).")


def _has_wal(path: Path) -> bool:
    return os.path.exists(f"{path}-wal")


def _wal_in_read_only_folder(path: Path) -> bool:
    """A -wal file SQLite must read, beside the file, in a folder it cannot write its -shm to.

    access() reports a read-only file system (EROFS) even to root.
    """
    shm_missing = not os.path.exists(f"{path}-shm")
    return _has_wal(path) and shm_missing and not os.access(path.parent, os.W_OK)


def check_schema(connection: sqlite3.Connection, path: Path,
                 oldest: int = SCHEMA_VERSION) -> None:
    """Refuse foreign schemas and newer versions with a message naming what is wrong; older
    ones down to ``oldest`` pass (comparing datasets reads their common columns only)."""
    name = path.name
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    kinds = dict(connection.execute(
        "SELECT name, type FROM sqlite_master WHERE type IN ('table', 'view')").fetchall())
    # A view where one of our tables belongs is refused: its query runs on every read (a
    # recursive one in place of meta grew to 3.9 GB and never ended).
    views = sorted({table for table in ("incidents", *REQUIRED_COLUMNS)
                    if kinds.get(table) == "view"})
    if views:
        raise DatabaseProblem(
            "foreign", f"{name} has a view where the {views[0]} table belongs; Asylum Browser "
            "reads only tables, so it cannot open this file.")
    tables = set(kinds)
    if version > SCHEMA_VERSION:
        raise DatabaseProblem(
            "newer", f"{name} was made by a newer Asylum Browser (schema {version}; this "
            f"version reads up to {SCHEMA_VERSION}). Update Asylum Browser to open it.")
    if "incidents" not in tables:
        raise DatabaseProblem(
            "foreign", f"{name} is an SQLite database, but not an Asylum Browser one "
            "(it has no incidents table).")
    if version < oldest:
        raise DatabaseProblem(
            "foreign", f"{name} has schema version {version}; this version of Asylum Browser "
            f"reads version {SCHEMA_VERSION}. If you made it with File > Import cases, import "
            "the same file again.")
    if version < SCHEMA_VERSION:
        return
    for table, columns in REQUIRED_COLUMNS.items():
        if table not in tables:
            raise DatabaseProblem("foreign", f"{name} lacks the {table} table.")
        present = {row[1] for row in connection.execute(
            "SELECT * FROM pragma_table_info(?)", (table,))}
        missing = [column for column in columns if column not in present]
        if missing:
            raise DatabaseProblem(
                "foreign", f"{name} lacks column{'s' if len(missing) > 1 else ''} "
                f"{', '.join(missing)} in the {table} table.")


@contextmanager
def translate_errors(path: Path) -> Iterator[None]:
    """Turn sqlite3 errors into DatabaseProblem with a readable message."""
    try:
        yield
    except sqlite3.OperationalError as error:
        if str(error) == "interrupted":  # what SQLite says when the progress handler stops it
            raise QueryInterrupted(str(error)) from None
        raise problem_from_sqlite(error, path) from None
    except sqlite3.Error as error:
        raise problem_from_sqlite(error, path) from None


def problem_from_sqlite(error: sqlite3.Error, path: Path) -> DatabaseProblem:
    """Classify a sqlite3 error about ``path``."""
    text = str(error).lower()
    name = path.name
    if "locked" in text or "busy" in text:
        return DatabaseProblem("locked", f"{name} is locked by another program; try again "
                                         "when it has finished writing.")
    if "not a database" in text:  # older SQLite: "file is encrypted or is not a database"
        return DatabaseProblem("not_sqlite", f"{name} is not an SQLite database.")
    if ("unable to open" in text or "readonly" in text) and _wal_in_read_only_folder(path):
        return DatabaseProblem(
            "unreadable", f"{name} is in write-ahead-log mode with changes waiting in "
            f"{name}-wal, and its folder cannot be written, so SQLite cannot read them. Copy "
            f"{name} together with {name}-wal to a folder you can write to, and open it there.")
    if "unable to open" in text or "readonly" in text or "permission" in text:
        return DatabaseProblem("unreadable", f"{name} cannot be opened ({error}).")
    if "malformed" in text or "corrupt" in text or "disk i/o" in text:
        return DatabaseProblem("damaged", f"{name} is damaged ({error}).")
    if "no such table" in text or "no such column" in text:
        return DatabaseProblem("foreign", f"{name} does not have the expected tables ({error}).")
    return DatabaseProblem("damaged", f"{name} could not be read ({error}).")


def open_database(path: Path | None = None, busy_timeout: float | None = None) -> Database:
    """Open ``path``, or the bundled database (immutable) when path is None.

    ``busy_timeout`` is in seconds; None takes :func:`busy_timeout_seconds`.
    """
    from asylum_browser.paths import bundled_db_path

    if path is None:
        return Database(bundled_db_path(), immutable=True, busy_timeout=busy_timeout)
    return Database(Path(path), busy_timeout=busy_timeout)
