"""Shared fixtures: the real bundled database, and real copies of it for tests that alter one."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from asylum_browser.core.engine.database import BUSY_TIMEOUT_VARIABLE, Database, open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.paths import bundled_db_path, records_dir

REPO_ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # Offscreen's own screen is 800×800, and the window now fits the screen it opens on: the
    # tests' windows open on a desktop monitor (tests/gui/test_window_geometry.py tries
    # laptop sizes). Subprocesses inherit it.
    os.environ["QT_QPA_PLATFORM"] = (
        f"offscreen:configfile={REPO_ROOT / 'tests' / 'fixtures' / 'screen-1920x1080.json'}")
# Caches (the columnar index) go to a throwaway folder, never the user's.
os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="asylum-browser-test-cache-")
# The workspace, settings and logs likewise: no test touches the real user's folders.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="asylum-browser-test-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="asylum-browser-test-config-")
# A locked database is reported after 50 ms, not the product's 2 s (tests hold real locks).
os.environ[BUSY_TIMEOUT_VARIABLE] = "50"


@pytest.fixture(scope="session", autouse=True)
def bundled_database_is_never_written() -> object:
    """The bundled database's bytes must be the same after the whole run."""
    before = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    yield
    after = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    assert after == before, "the bundled database changed during the test run"


def count_bundled(where: str = "1", *params: object) -> int:
    """Incidents in the bundled database matching a hand-written WHERE clause.

    Tests compare what the app shows with this plain SQL, so their expectations follow the
    data instead of freezing one dataset's numbers.
    """
    with closing(sqlite3.connect(f"{bundled_db_path().as_uri()}?mode=ro", uri=True)) as db:
        return int(db.execute(f"SELECT count(*) FROM incidents WHERE {where}", params)
                   .fetchone()[0])


def query_bundled(sql: str, *params: object) -> list[tuple[object, ...]]:
    """The rows of any hand-written SQL over the bundled database, for expectations that
    ``count_bundled`` cannot express (other tables, groupings, single values)."""
    with closing(sqlite3.connect(f"{bundled_db_path().as_uri()}?mode=ro", uri=True)) as db:
        return db.execute(sql, params).fetchall()


def bundled_value(sql: str, *params: object) -> object:
    """The first column of the first row of a hand-written SQL over the bundled database."""
    return query_bundled(sql, *params)[0][0]


def bundled_record(incident_id: str) -> dict[str, object]:
    """One incident's TOML record as resources/data/incidents/ holds it (after any fact check),
    for tests that check a fact of that record."""
    import tomllib

    with (records_dir() / "incidents" / f"{incident_id}.toml").open("rb") as handle:
        return tomllib.load(handle)


def flat(text: str) -> str:
    """``text`` with every run of whitespace one space: wrapped output compares with a record."""
    return " ".join(text.split())


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


class NetworkAttempt(AssertionError):
    """Raised where Asylum Browser (or a library under it) tried to use the network."""


@pytest.fixture(autouse=True)
def no_network(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> object:
    """The whole run is offline: opening a socket or resolving a name fails the test.

    The attempt raises where it happens and is also recorded, so that code which swallows the
    error still fails its test at teardown. Tests marked ``loopback`` may use 127.0.0.1 only.
    """
    import socket

    attempts: list[str] = []
    real_socket = socket.socket

    def refuse(what: str) -> object:
        def blocked(*args: object, **_kwargs: object) -> object:
            attempts.append(f"{what}{args[:2]}")
            raise NetworkAttempt(f"Asylum Browser tried to use the network: {what}{args[:2]}")
        return blocked

    if request.node.get_closest_marker("loopback"):
        class LoopbackSocket(real_socket):  # type: ignore[misc,valid-type]
            """IPv4 to 127.0.0.1 only."""

            def __init__(self, family: int = socket.AF_INET, *args: object,
                         **kwargs: object) -> None:
                if family != socket.AF_INET:
                    refuse("socket")(family, *args)
                super().__init__(family, *args, **kwargs)

            def _check(self, address: object, what: str) -> None:
                host = address[0] if isinstance(address, tuple) else address
                if host not in ("127.0.0.1", "localhost"):
                    refuse(what)(address)

            def connect(self, address: object) -> None:
                self._check(address, "connect")
                super().connect(address)

            def bind(self, address: object) -> None:
                self._check(address, "bind")
                super().bind(address)

        monkeypatch.setattr(socket, "socket", LoopbackSocket)
    else:
        monkeypatch.setattr(socket, "socket", refuse("socket"))
        monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
        monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
        monkeypatch.setattr(socket, "gethostbyname", refuse("gethostbyname"))
    yield attempts
    assert not attempts, f"network access was attempted: {attempts}"


@pytest.fixture(autouse=True)
def reliability_family(request: pytest.FixtureRequest,
                       record_property: Callable[[str, object], None]) -> None:
    """Tag each reliability test in the JUnit report with its family.

    bench/reliability_report.py reads the tags to write docs/RELIABILITY.md.
    """
    marker = request.node.get_closest_marker("reliability")
    if marker is not None:
        record_property("family", marker.args[0])
