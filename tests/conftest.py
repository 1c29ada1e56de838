"""Shared fixtures: the real bundled database, and real copies of it for tests that alter one."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from asylum_browser.core.db import Database, open_database
from asylum_browser.core.repository import Repository
from asylum_browser.paths import bundled_db_path, records_dir

REPO_ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
# Caches (the columnar index) go to a throwaway folder, never the user's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="asylum-browser-test-cache-")


@pytest.fixture(scope="session", autouse=True)
def bundled_database_is_never_written() -> object:
    """The bundled database's bytes must be the same after the whole run."""
    before = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    yield
    after = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    assert after == before, "the bundled database changed during the test run"


@pytest.fixture(scope="session")
def bundled() -> Database:
    return open_database()


@pytest.fixture(scope="session")
def repository(bundled: Database) -> Repository:
    return Repository(bundled)


@pytest.fixture
def db_copy(tmp_path: Path) -> Path:
    """A writable copy of the bundled database, for tests that damage or change it."""
    target = tmp_path / "copy.sqlite"
    shutil.copyfile(bundled_db_path(), target)
    return target


@pytest.fixture
def records_copy(tmp_path: Path) -> Path:
    """A writable copy of resources/data, for tests that break a record."""
    target = tmp_path / "data"
    shutil.copytree(records_dir(), target)
    return target


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a socket or resolve a name fails the test."""
    import socket

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("Asylum Browser tried to use the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
