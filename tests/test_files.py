"""The one atomic-write helper, on real files: the old file or the new one, never half, never
a leftover, with the permissions a new file gets from the user's umask."""

from __future__ import annotations

import ast
import errno
import os
import resource
import signal
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest

from asylum_browser import files
from asylum_browser.files import atomic_path, atomic_write, atomic_writes, leftovers
from tests.conftest import REPO_ROOT
from tests.reliability.bad_files import can_mount, mounted_tmpfs


@contextmanager
def umask(value: int) -> Iterator[None]:
    previous = os.umask(value)
    try:
        yield
    finally:
        os.umask(previous)


def mode_of(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names_in(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def write_stream(target: Path, data: bytes) -> None:
    with atomic_write(target) as stream:
        stream.write(data)


def write_path(target: Path, data: bytes) -> None:
    with atomic_path(target) as temp:
        temp.write_bytes(data)


WRITERS: list[Callable[[Path, bytes], None]] = [write_stream, write_path]


class Boom(Exception):
    pass


@pytest.mark.parametrize("writer", WRITERS, ids=["stream", "path"])
@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002], ids=lambda mask: f"umask-{mask:03o}")
def test_a_new_file_gets_the_permissions_the_umask_gives(
        tmp_path: Path, writer: Callable[[Path, bytes], None], mask: int) -> None:
    target = tmp_path / "new.csv"
    with umask(mask):
        writer(target, b"data")
    assert target.read_bytes() == b"data"
    assert mode_of(target) == 0o666 & ~mask


@pytest.mark.parametrize("writer", WRITERS, ids=["stream", "path"])
def test_replacing_a_file_keeps_the_permissions_its_owner_gave_it(
        tmp_path: Path, writer: Callable[[Path, bytes], None]) -> None:
    target = tmp_path / "private.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    with umask(0o022):
        writer(target, b"new")
    assert target.read_bytes() == b"new"
    assert mode_of(target) == 0o640


def test_fixed_permissions_win_over_the_umask_and_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "menu.desktop"
    target.write_bytes(b"old")
    target.chmod(0o600)
    with umask(0o077), atomic_write(target, permissions=0o644) as stream:
        stream.write(b"new")
    assert mode_of(target) == 0o644


def test_text_mode_writes_utf8_whatever_the_locale(tmp_path: Path) -> None:
    target = tmp_path / "searches.json"
    with atomic_write(target, "w") as stream:
        stream.write("瀋陽 Zürich\n")
    assert target.read_bytes() == "瀋陽 Zürich\n".encode()


@pytest.mark.parametrize("failure", [Boom("in the caller's code"), KeyboardInterrupt()],
                         ids=["exception", "ctrl-c"])
@pytest.mark.parametrize("writer", ["stream", "path", "group"])
def test_a_failure_in_the_body_leaves_the_old_file_and_no_temporary(
        tmp_path: Path, failure: BaseException, writer: str) -> None:
    target, other = tmp_path / "keep.csv", tmp_path / "keep.about.txt"
    target.write_bytes(b"previous\r\n")
    other.write_bytes(b"previous about\n")
    with pytest.raises(type(failure)):
        if writer == "stream":
            with atomic_write(target) as stream:
                stream.write(b"half a new file")
                raise failure
        elif writer == "path":
            with atomic_path(target) as temp:
                temp.write_bytes(b"half a new file")
                raise failure
        else:
            with atomic_writes([target, other]) as (first, second):
                first.write(b"the whole new file")
                second.write(b"half a new sidecar")
                raise failure
    assert target.read_bytes() == b"previous\r\n"
    assert other.read_bytes() == b"previous about\n"
    assert names_in(tmp_path) == ["keep.about.txt", "keep.csv"]


def test_a_sqlite_build_that_fails_leaves_no_database_and_no_journal(tmp_path: Path) -> None:
    target = tmp_path / "built.sqlite"
    with pytest.raises(Boom), atomic_path(target) as temp:
        connection = sqlite3.connect(temp)
        connection.execute("CREATE TABLE t (x)")
        connection.execute("BEGIN")
        connection.executemany("INSERT INTO t VALUES (?)", [(n,) for n in range(20_000)])
        assert Path(f"{temp}-journal").exists()  # the failure below strands it
        raise Boom
    try:
        assert names_in(tmp_path) == []  # while the failed writer still holds its files
    finally:
        connection.close()
    assert names_in(tmp_path) == []


def test_a_sqlite_database_built_at_the_path_replaces_the_target(tmp_path: Path) -> None:
    target = tmp_path / "built.sqlite"
    target.write_bytes(b"an older build")
    with atomic_path(target) as temp, closing(sqlite3.connect(temp)) as connection:
        connection.execute("CREATE TABLE t (x)")
        connection.execute("INSERT INTO t VALUES (42)")
        connection.commit()
    with closing(sqlite3.connect(target)) as connection:
        assert connection.execute("SELECT x FROM t").fetchall() == [(42,)]
    assert names_in(tmp_path) == ["built.sqlite"]


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB file system with a file on it and about 8 KiB left free."""
    if not can_mount():
        pytest.skip("needs root to mount a small tmpfs")
    with mounted_tmpfs(tmp_path / "small-disk", "size=64k") as mount_point:
        (mount_point / "keep.csv").write_bytes(b"the previous file\r\n")
        (mount_point / "filler").write_bytes(b"\0" * (48 * 1024))
        yield mount_point


@pytest.mark.parametrize("writer", WRITERS, ids=["stream", "path"])
def test_a_full_disk_leaves_the_old_file_byte_identical(
        full_disk: Path, writer: Callable[[Path, bytes], None]) -> None:
    target = full_disk / "keep.csv"
    with pytest.raises(OSError) as raised:
        writer(target, b"x" * (64 * 1024))
    assert raised.value.errno == errno.ENOSPC
    assert target.read_bytes() == b"the previous file\r\n"
    assert names_in(full_disk) == ["filler", "keep.csv"]


@pytest.fixture
def size_limit() -> Iterator[int]:
    """This process may not write files larger than 20,000 bytes (RLIMIT_FSIZE)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, hard))
    try:
        yield 20_000
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        signal.signal(signal.SIGXFSZ, previous)


def test_a_file_size_limit_leaves_the_old_file_and_no_temporary(tmp_path: Path,
                                                                size_limit: int) -> None:
    target = tmp_path / "keep.csv"
    target.write_bytes(b"the previous file\r\n")
    with pytest.raises(OSError) as raised, atomic_write(target) as stream:
        for _ in range(10):
            stream.write(b"y" * size_limit)
    assert raised.value.errno == errno.EFBIG
    assert target.read_bytes() == b"the previous file\r\n"
    assert names_in(tmp_path) == ["keep.csv"]


def synced_and_replaced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Record, in order, what os.fsync is called on and what os.replace renames: the real
    calls still run (a counting wrapper of the standard library, not a fake)."""
    events: list[tuple[str, str]] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(fd: Any) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()
        events.append(("fsync", os.readlink(f"/proc/self/fd/{number}")))
        real_fsync(fd)

    def replace(source: Any, target: Any, **keywords: Any) -> None:
        events.append(("replace", os.fspath(source)))
        real_replace(source, target, **keywords)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return events


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc/self/fd")
@pytest.mark.parametrize("writer", WRITERS, ids=["stream", "path"])
def test_the_data_and_the_folder_are_synced_around_the_rename(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        writer: Callable[[Path, bytes], None]) -> None:
    events = synced_and_replaced(monkeypatch)
    writer(tmp_path / "out.csv", b"data")
    assert [kind for kind, _ in events] == ["fsync", "replace", "fsync"]
    temporary = events[1][1]
    assert events[0][1] == temporary  # the new content reached the disk before the rename
    assert Path(temporary).name.startswith(".out.csv.") and temporary.endswith(".tmp")
    assert events[2][1] == str(tmp_path)  # and then the rename itself


def test_files_that_belong_together_are_all_synced_before_any_is_replaced(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    events = synced_and_replaced(monkeypatch)
    with atomic_writes([tmp_path / "a.csv", tmp_path / "a.about.txt"]) as streams:
        for stream in streams:
            stream.write(b"data")
    assert [kind for kind, _ in events][:4] == ["fsync", "fsync", "replace", "fsync"]


def test_leftovers_are_only_our_own_temporaries_for_that_file(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    ours = files.temporary_name(target)
    ours.write_text("{}")
    for name in ("settings.json", ".settings.json.tmp", ".other.json.0123abcd.tmp",
                 ".settings.json.0123abcd.tmp.bak", ".settings.json.my-copy.tmp"):
        (tmp_path / name).write_text("{}")
    assert leftovers(target) == [ours]


def test_a_name_near_the_length_limit_can_still_be_replaced(tmp_path: Path) -> None:
    target = tmp_path / ("瀋" * 80 + ".csv")  # 244 bytes: room for the name, not a prefix
    write_stream(target, b"data")
    assert target.read_bytes() == b"data"
    assert names_in(tmp_path) == [target.name]


def test_a_missing_folder_is_an_os_error_naming_the_cause(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_stream(tmp_path / "no" / "out.csv", b"data")
    assert names_in(tmp_path) == []


def _file_writes(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """Calls that write or rename files by themselves, outside asylum_browser.files."""
    banned = {"replace": "os", "rename": "os", "mkstemp": "tempfile",
              "NamedTemporaryFile": "tempfile"}
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        name, owner = node.func.attr, node.func.value
        if name in ("write_text", "write_bytes") \
                or (isinstance(owner, ast.Name) and banned.get(name) == owner.id):
            yield node.lineno, ast.unparse(node.func)


# Renames that move a whole existing file aside; nothing is written, so nothing can be torn.
ALLOWED = {
    ("asylum_browser/gui/settings.py", "os.replace"): "moves a damaged settings file aside",
}


def test_every_file_the_program_writes_goes_through_the_one_helper() -> None:
    found = []
    sources = [*sorted((REPO_ROOT / "asylum_browser").rglob("*.py")),
               REPO_ROOT / "bench" / "make_synthetic.py"]  # the benchmarks' databases
    for path in sources:
        relative = path.relative_to(REPO_ROOT).as_posix()
        if relative == "asylum_browser/files.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{relative}:{line} {call}" for line, call in _file_writes(tree)
                  if (relative, call) not in ALLOWED]
    assert found == [], "write through asylum_browser.files.atomic_write instead"


def test_the_helper_sits_below_everything() -> None:
    """It must not import the package it serves (the layers contract lists it beside paths)."""
    tree = ast.parse((REPO_ROOT / "asylum_browser" / "files.py").read_text(encoding="utf-8"))
    imported = [alias.name for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names]
    imported += [node.module or "" for node in ast.walk(tree)
                 if isinstance(node, ast.ImportFrom)]
    assert not [name for name in imported if name.startswith("asylum_browser")]

