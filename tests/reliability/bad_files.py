"""Every kind of bad database file, made for real, for the reliability tests.

Each case builds its file under a temporary folder and says what opening it must report:
the DatabaseProblem reason, words of the message (what the window and the CLI must show) and
the whole message (the product's wording, which the core test checks), or None where the file
is fine (a path with spaces and non-ASCII characters must simply open).
"""

from __future__ import annotations

import functools
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from asylum_browser.core.model.schema import SCHEMA_VERSION
from asylum_browser.paths import bundled_db_path


@dataclass(frozen=True)
class BadFile:
    name: str
    reason: str | None  # None: the file must open
    words: str
    make: Callable[[Path], AbstractContextManager[Path]]
    needs: str = ""  # "root-mount": needs to mount a tmpfs; "non-root": root reads everything
    message: str = ""  # the whole message, word for word


def _copy(folder: Path, name: str = "copy.sqlite") -> Path:
    target = folder / name
    shutil.copyfile(bundled_db_path(), target)
    return target


def _simple(build: Callable[[Path], Path]) -> Callable[[Path], AbstractContextManager[Path]]:
    return lambda folder: nullcontext(build(folder))


def _empty(folder: Path) -> Path:
    (folder / "empty.sqlite").write_bytes(b"")
    return folder / "empty.sqlite"


def _random_bytes(folder: Path) -> Path:
    (folder / "noise.sqlite").write_bytes(random.Random(7).randbytes(8192))
    return folder / "noise.sqlite"


def _truncated(folder: Path) -> Path:
    path = _copy(folder, "truncated.sqlite")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _unrelated(folder: Path) -> Path:
    path = folder / "recipes.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT, minutes INTEGER)")
        connection.execute("INSERT INTO recipes VALUES ('bibimbap', 40)")
    connection.close()
    return path


def _newer(folder: Path) -> Path:
    path = _copy(folder, "newer.sqlite")
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    connection.close()
    return path


def _missing_column(folder: Path) -> Path:
    path = _copy(folder, "no-people-note.sqlite")
    with sqlite3.connect(path) as connection:
        connection.execute("ALTER TABLE incidents DROP COLUMN people_note")
    connection.close()
    return path


def _unreadable(folder: Path) -> Path:
    path = _copy(folder, "private.sqlite")
    path.chmod(0)
    return path


def _directory(folder: Path) -> Path:
    path = folder / "a-folder.sqlite"
    path.mkdir()
    return path


def _odd_path(folder: Path) -> Path:
    inner = folder / "dossiers d'asile 北朝鮮 #1?"
    inner.mkdir()
    return _copy(inner, "copie é 100% (2).sqlite")


@contextmanager
def _locked(folder: Path) -> Iterator[Path]:
    path = _copy(folder, "locked.sqlite")
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        yield path
    finally:
        writer.execute("ROLLBACK")
        writer.close()


@functools.cache
def can_mount() -> bool:
    """Whether this process may mount a tmpfs (root, and a container that allows it)."""
    if not (sys.platform.startswith("linux") and os.geteuid() == 0 and shutil.which("mount")):
        return False
    with tempfile.TemporaryDirectory() as folder:
        tried = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", folder],
                               capture_output=True, check=False)
        if tried.returncode != 0:
            return False
        subprocess.run(["umount", folder], check=False)
    return True


@contextmanager
def mounted_tmpfs(mount_point: Path, options: str) -> Iterator[Path]:
    """A real, small file system at ``mount_point`` (made here), unmounted afterwards.
    Callers check can_mount() first."""
    mount_point.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount_point)],
                   check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


@contextmanager
def _wal_in_read_only_folder(folder: Path) -> Iterator[Path]:
    """A WAL database with committed changes still in its -wal file (its writer crashed), on
    a file system mounted read-only, as on a write-protected stick or a read-only share."""
    with mounted_tmpfs(folder / "read-only", "size=8m") as mount_point:
        path = _copy(mount_point, "wal.sqlite")
        subprocess.run([sys.executable, "-c", (
            "import os, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('PRAGMA journal_mode=WAL'); c.execute('PRAGMA wal_autocheckpoint=0')\n"
            "c.execute(\"UPDATE incidents SET title = title || ' (edited)' WHERE seq = 1\")\n"
            "os._exit(0)\n"), str(path)], check=True)
        Path(f"{path}-shm").unlink(missing_ok=True)
        subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)
        yield path


BAD_FILES = [
    BadFile("an empty file", "not_sqlite", "is empty", _simple(_empty),
            message="empty.sqlite is empty; it is not a database."),
    BadFile("random bytes", "not_sqlite", "is not an SQLite database", _simple(_random_bytes),
            message="noise.sqlite is not an SQLite database."),
    BadFile("a truncated copy", "damaged", "shorter than its header says", _simple(_truncated),
            message="truncated.sqlite is damaged: it is shorter than its header says "
                    "(truncated copy?)."),
    BadFile("SQLite with unrelated tables", "foreign", "not an Asylum Browser one",
            _simple(_unrelated),
            message="recipes.sqlite is an SQLite database, but not an Asylum Browser one "
                    "(it has no incidents table)."),
    BadFile("our schema with a newer user_version", "newer", "newer Asylum Browser",
            _simple(_newer),
            message=f"newer.sqlite was made by a newer Asylum Browser (schema "
                    f"{SCHEMA_VERSION + 1}; this version reads up to {SCHEMA_VERSION}). "
                    "Update Asylum Browser to open it."),
    BadFile("our schema with a column missing", "foreign", "people_note",
            _simple(_missing_column),
            message="no-people-note.sqlite lacks column people_note in the incidents table."),
    BadFile("a file without read permission", "unreadable", "permission denied",
            _simple(_unreadable), needs="non-root",
            message="private.sqlite cannot be read: permission denied."),
    BadFile("a directory", "unreadable", "is a folder", _simple(_directory),
            message="a-folder.sqlite is a folder, not a database file."),
    BadFile("a path with spaces and non-ASCII characters", None, "", _simple(_odd_path)),
    BadFile("a database locked by another writer", "locked", "locked by another program",
            _locked,
            message="locked.sqlite is locked by another program; try again when it has "
                    "finished writing."),
    BadFile("a WAL file whose -wal sits in a read-only folder", "unreadable",
            "write-ahead-log mode", _wal_in_read_only_folder, needs="root-mount",
            message="wal.sqlite is in write-ahead-log mode with changes waiting in "
                    "wal.sqlite-wal, and its folder cannot be written, so SQLite cannot read "
                    "them. Copy wal.sqlite together with wal.sqlite-wal to a folder you can "
                    "write to, and open it there."),
]
BAD_FILE_IDS = [case.name for case in BAD_FILES]


def skip_reason(case: BadFile) -> str | None:
    if case.needs == "non-root" and os.geteuid() == 0:
        return ("root reads every file; test_permission_denied_as_another_user runs this case "
                "as nobody instead")
    if case.needs == "root-mount" and not can_mount():
        return "needs root to mount a read-only tmpfs"
    return None
