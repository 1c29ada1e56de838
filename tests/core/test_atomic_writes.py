"""What a user finds on disk after the program writes one of their files: the permissions
their umask gives any new file, and after a failure the previous file, byte for byte, with no
temporary file left beside it."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export import writer
from asylum_browser.core.export.writer import sidecar_path, write_csv
from asylum_browser.core.query.parser import parse_query
from asylum_browser.core.workspace import SavedSearch, Workspace, WorkspaceProblem
from tests.conftest import REPO_ROOT
from tests.reliability.bad_files import can_mount, mounted_tmpfs
from tests.test_files import mode_of, umask


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002], ids=lambda mask: f"umask-{mask:03o}")
def test_an_export_and_its_sidecar_get_the_permissions_the_umask_gives(
        repository: Repository, tmp_path: Path, mask: int) -> None:
    target = tmp_path / "shenyang.csv"
    with umask(mask):
        write_csv(repository, parse_query("shenyang"), target, ["id", "title"])
    assert mode_of(target) == 0o666 & ~mask
    assert mode_of(sidecar_path(target)) == 0o666 & ~mask


@pytest.mark.parametrize("mask", [0o022, 0o027], ids=lambda mask: f"umask-{mask:03o}")
def test_the_command_line_export_gets_the_permissions_the_umask_gives(
        tmp_path: Path, mask: int) -> None:
    """As a script runs it: a new process that inherits the shell's umask."""
    target = tmp_path / "out.csv"
    environment = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    with umask(mask):
        done = subprocess.run([sys.executable, "-m", "asylum_browser", "export", "shenyang",
                               "-o", str(target)], capture_output=True, text=True,
                              env=environment, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes().startswith(b'"id",')
    assert mode_of(target) == 0o666 & ~mask
    assert mode_of(sidecar_path(target)) == 0o666 & ~mask


def test_exporting_again_keeps_the_permissions_the_user_gave_the_file(
        repository: Repository, tmp_path: Path) -> None:
    target = tmp_path / "private.csv"
    write_csv(repository, parse_query("shenyang"), target, ["id"], sidecar=False)
    target.chmod(0o640)  # group may read; mkstemp's 0600 would take that away
    with umask(0o022):
        write_csv(repository, parse_query(""), target, ["id"], sidecar=False)
    assert mode_of(target) == 0o640
    assert target.read_bytes().count(b"\r\n") > 10  # the new content


def test_ctrl_c_during_an_export_leaves_both_previous_files(
        repository: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writer, "PROGRESS_EVERY", 10)  # the bundled rows are few
    target = tmp_path / "keep.csv"
    target.write_bytes(b"previous export\r\n")
    sidecar_path(target).write_bytes(b"previous about\n")

    def interrupted(_rows: int) -> bool:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_csv(repository, parse_query(""), target, jobs=1, progress=interrupted)
    assert target.read_bytes() == b"previous export\r\n"
    assert sidecar_path(target).read_bytes() == b"previous about\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.about.txt", "keep.csv"]


Cramp = Callable[[Path], AbstractContextManager[None]]


@pytest.fixture(params=["full disk", "size limit"])
def cramp(request: pytest.FixtureRequest) -> Cramp:
    """Make a folder where no file longer than a few bytes can be written, for the length of
    a with block: a real tmpfs mounted there and filled to the last block, or a file size
    limit (RLIMIT_FSIZE) of 16 bytes on this process."""
    if request.param == "full disk" and not can_mount():
        pytest.skip("needs root to mount a small tmpfs")

    @contextmanager
    def full_disk(folder: Path) -> Iterator[None]:
        with mounted_tmpfs(folder, "size=64k"):
            (folder / "share.json").write_bytes(PREVIOUS)
            with (folder / "filler").open("wb", buffering=0) as filler:
                with pytest.raises(OSError) as raised:
                    while True:
                        filler.write(b"\0" * 512)
                assert raised.value.errno == errno.ENOSPC
            yield

    @contextmanager
    def size_limit(folder: Path) -> Iterator[None]:
        folder.mkdir()
        (folder / "share.json").write_bytes(PREVIOUS)
        soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (16, hard))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
            signal.signal(signal.SIGXFSZ, previous)

    return full_disk if request.param == "full disk" else size_limit


PREVIOUS = b'{"previous": 1}\n'


def test_a_failed_saved_search_export_leaves_the_old_file_and_no_temporary(
        tmp_path: Path, cramp: Cramp) -> None:
    workspace = Workspace(tmp_path / "workspace.sqlite")
    workspace.save_search(SavedSearch("wave", "date:2002..2004", columns=("date",)))
    workspace.save_search(SavedSearch("北朝鮮", "nationality:\"north korea\""))
    place = tmp_path / "out"
    with cramp(place):
        before = sorted(p.name for p in place.iterdir())
        with pytest.raises(WorkspaceProblem, match=r"Could not write share\.json"):
            workspace.export_searches(place / "share.json")
        assert (place / "share.json").read_bytes() == PREVIOUS
        assert sorted(p.name for p in place.iterdir()) == before
    workspace.close()
