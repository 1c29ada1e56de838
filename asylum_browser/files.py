"""Replace a file whole or not at all: every file the application writes goes through here.

Whoever reads the target (a spreadsheet, a second window, the next start of the program) must
see the old file or the new one, never a mixture, however the write ends: a full disk, a file
size limit, Ctrl+C, an exception in the caller's code. So the new content goes to a temporary
file in the target's own folder (a rename is atomic only within one file system), is flushed
to the disk with fsync, and is then renamed over the target with ``os.replace``; the folder is
synced too where the system allows, so that the rename itself survives a power cut. On any
failure, KeyboardInterrupt included, the temporary file is removed and the target is left as
it was.

Temporary files are named ``.<target name>.<random>.tmp``: hidden, and recognisably ours, so
that leftovers of a killed process can be found (``leftovers``) and a user who sees one knows
what it was.

Permissions: a *new* target gets what the user's umask gives any new file (``0o666 & ~umask``;
a folder's default ACL applies as well). ``tempfile.mkstemp`` would give 0600 whatever the
umask, so the temporary file is created here with mode 0666 and the kernel applies the umask
and the ACL exactly as for a file the user makes by hand. A target that *already exists* keeps
its permission bits: a user who made an export private (chmod 600) or shared it with a group
should not have that undone by the next export, which is also what text editors do. A caller
whose file must have fixed bits (a menu entry every user of the machine reads) passes
``permissions``.

This module sits below everything (like ``paths``): it imports nothing from the package.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

TEMP_SUFFIX = ".tmp"
_NAME_BYTES = 120  # of the target's name kept in the temporary name (limits are 255 bytes)
# Files SQLite keeps beside a database it writes; removed with a failed temporary database.
_COMPANIONS = ("-journal", "-wal", "-shm")


def temporary_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` for its replacement (not created)."""
    return target.with_name(f".{_short(target.name)}.{secrets.token_hex(4)}{TEMP_SUFFIX}")


def remove_leftovers(target: Path) -> int:
    """Remove what killed writers of ``target`` left (their temporary files and SQLite's
    companions of them); return how many temporary files there were. A SIGKILL cannot be
    cleaned up after, so the next writer of the same target does it."""
    found = leftovers(target)
    for leftover in found:
        _remove(leftover)
        for companion in _COMPANIONS:
            _remove(leftover.with_name(leftover.name + companion))
    return len(found)


def leftovers(target: Path) -> list[Path]:
    """Temporary files for ``target`` that a killed process left behind."""
    pattern = re.compile(re.escape(f".{_short(target.name)}.") + r"[0-9a-f]{8}"
                         + re.escape(TEMP_SUFFIX))
    try:
        return sorted(path for path in target.parent.iterdir()
                      if pattern.fullmatch(path.name) and path.is_file())
    except OSError:
        return []


def _short(name: str) -> str:
    """The target's name cut to leave room for the rest (a name has at most 255 bytes)."""
    while len(os.fsencode(name)) > _NAME_BYTES:
        name = name[:-1]
    return name


def check_writable(target: Path) -> None:
    """Raise the OSError that a replacement of ``target`` would meet when it starts."""
    handle, temp = _create(target)
    os.close(handle)
    os.unlink(temp)


@contextmanager
def atomic_write(target: Path | str, mode: Literal["wb", "w"] = "wb", *,
                 encoding: str | None = None, newline: str | None = None,
                 permissions: int | None = None) -> Iterator[IO[Any]]:
    """Yield an open temporary file that replaces ``target`` when the block ends normally.

    ``mode`` "w" opens it as text (``encoding`` defaults to UTF-8, whatever the locale);
    ``permissions`` fixes the final mode bits instead of the umask/existing-file rule.
    """
    with atomic_writes([target], mode, encoding=encoding, newline=newline,
                       permissions=permissions) as (stream,):
        yield stream


@contextmanager
def atomic_writes(targets: Sequence[Path | str], mode: Literal["wb", "w"] = "wb", *,
                  encoding: str | None = None, newline: str | None = None,
                  permissions: int | None = None) -> Iterator[list[IO[Any]]]:
    """Like atomic_write for files that belong together (an export and its sidecar).

    No target is replaced until every file is written and synced, then they are renamed in
    the order given; a failure before that point leaves every target unchanged.
    """
    if mode not in ("wb", "w"):
        raise ValueError(f"atomic_write writes new files ('wb' or 'w'), not {mode!r}")
    paths = [Path(target) for target in targets]
    created: list[Path] = []
    streams: list[IO[Any]] = []
    try:
        for target in paths:
            handle, temp = _create(target)
            created.append(temp)
            if mode == "w":
                streams.append(os.fdopen(handle, "w", encoding=encoding or "utf-8",
                                         newline=newline))
            else:
                streams.append(os.fdopen(handle, "wb"))
        yield streams
        for stream in streams:
            stream.flush()
            os.fsync(stream.fileno())
            stream.close()
        for temp, target in zip(created, paths, strict=True):
            _install(temp, target, permissions)
    except BaseException:
        for stream in streams:
            with contextlib.suppress(OSError):
                stream.close()
        for temp in created:
            _remove(temp)
        raise


@contextmanager
def atomic_path(target: Path | str, *, permissions: int | None = None) -> Iterator[Path]:
    """Yield the name of an empty temporary file that replaces ``target`` when the block ends.

    For writers that want a path rather than a stream: SQLite building a database (close the
    connection before the block ends; its -journal/-wal files are removed on failure too),
    a copy made with shutil. The name ends in ``.tmp``: write to exactly that path (numpy's
    savez would add ``.npz`` to it; give it the stream of atomic_write instead).
    """
    path = Path(target)
    handle, temp = _create(path)
    os.close(handle)
    try:
        yield temp
        _sync_file(temp)
        _install(temp, path, permissions)
    except BaseException:
        _remove(temp)
        for companion in _COMPANIONS:
            _remove(temp.with_name(temp.name + companion))
        raise


def _create(target: Path) -> tuple[int, Path]:
    """Create a new temporary file beside ``target``; mode 0666 so the umask decides."""
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
             | getattr(os, "O_CLOEXEC", 0))
    for _attempt in range(100):
        temp = temporary_name(target)
        try:
            return os.open(temp, flags, 0o666), temp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")


def _install(temp: Path, target: Path, permissions: int | None) -> None:
    """Give ``temp`` its final mode bits and rename it over ``target``."""
    if permissions is None:
        try:
            permissions = target.stat().st_mode & 0o777
        except FileNotFoundError:
            permissions = None  # new file: the umask already chose, at creation
    if permissions is not None:
        os.chmod(temp, permissions)
    os.replace(temp, target)
    _sync_folder(target.parent)


def _sync_file(path: Path) -> None:
    # Windows flushes a file only through a handle that may write.
    handle = os.open(path, os.O_RDWR if os.name == "nt" else os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable; best effort (Windows cannot open a folder, some file systems
    refuse to sync one, and the data itself is already on the disk)."""
    if os.name == "nt":
        return
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
