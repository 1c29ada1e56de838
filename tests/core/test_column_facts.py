"""The column facts an export plans with: what one scan finds, and when kept facts are reused.

Small real SQLite files whose every cell is written here, so each column's flags are worked
out by hand. Reuse is seen through the kept file itself: facts planted in a kept file that
still names this very database come back unscanned, and any change to the database, or any
damage to the file, makes the next call scan again and write the true facts back.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from asylum_browser import APP_NAME
from asylum_browser.core.engine.column_facts import (
    CLEAN,
    FORMULA_STARTS,
    QUOTES,
    UNTRUSTED,
    column_facts,
    facts_for_export,
    keep_facts,
    whole_table_facts,
)

COLUMNS = [("title", "text"), ("day", "date"), ("people", "integer"), ("lat", "real")]
PLAIN = ("plain", "2002-05-08", 3, 1.5)
# What a scan of PLAIN rows finds (a real column is rendered by number, never checked).
CLEAN_FACTS = {"title": CLEAN, "day": CLEAN, "people": CLEAN}
ALL_FLAGS = FORMULA_STARTS | QUOTES | UNTRUSTED
Factory = Callable[[], sqlite3.Connection]


def make_db(path: Path, rows: list[tuple[object, ...]], first_seq: int = 1) -> Path:
    with sqlite3.connect(path) as connection:
        # No declared types, so each value keeps the storage type it is inserted with.
        connection.execute("CREATE TABLE incidents (seq INTEGER PRIMARY KEY, title, day, "
                           "people, lat)")
        connection.executemany("INSERT INTO incidents VALUES (?, ?, ?, ?, ?)",
                               [(first_seq + i, *row) for i, row in enumerate(rows)])
    connection.close()
    return path


@pytest.fixture
def connect() -> Iterator[Callable[[Path], Factory]]:
    """A connection factory for a file, as the product's (a new connection per call); every
    connection is closed afterwards."""
    opened: list[sqlite3.Connection] = []

    def factory_for(path: Path) -> Factory:
        def factory() -> sqlite3.Connection:
            opened.append(sqlite3.connect(path, check_same_thread=False))
            return opened[-1]
        return factory

    yield factory_for
    for connection in opened:
        connection.close()


def kept_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("*.json"))


def plant(cache: Path, facts: dict[str, object]) -> None:
    """Put other facts into the one kept file, leaving what it says about the database."""
    [kept] = kept_files(cache)
    data = json.loads(kept.read_text(encoding="utf-8"))
    data["facts"] = facts
    kept.write_text(json.dumps(data), encoding="utf-8")


def kept_facts(cache: Path) -> object:
    [kept] = kept_files(cache)
    return json.loads(kept.read_text(encoding="utf-8"))["facts"]


PLANTED = {"title": ALL_FLAGS, "day": CLEAN, "people": UNTRUSTED}


@pytest.mark.parametrize(("row", "expected"), [
    (PLAIN, CLEAN_FACTS),
    (("=1+1", "2002", 3, 1.5), {**CLEAN_FACTS, "title": FORMULA_STARTS}),
    (("say \"no\"", "2002", 3, 1.5), {**CLEAN_FACTS, "title": QUOTES}),
    (("'tis", "2002", 3, 1.5), {**CLEAN_FACTS, "title": FORMULA_STARTS}),  # escaped too
    (("-2 \"x\"", "+2002", 3, 1.5), {**CLEAN_FACTS, "title": FORMULA_STARTS | QUOTES,
                                     "day": FORMULA_STARTS}),
    ((7, "2002", 3, 1.5), {**CLEAN_FACTS, "title": UNTRUSTED}),  # an integer in text
    (("a\x00b", "2002", 3, 1.5), {**CLEAN_FACTS, "title": UNTRUSTED}),  # printf stops at NUL
    (("plain", b"2002", "three", 1.5), {**CLEAN_FACTS, "day": UNTRUSTED, "people": UNTRUSTED}),
    (("plain", 2002.5, 3.5, 1.5), {**CLEAN_FACTS, "day": UNTRUSTED, "people": UNTRUSTED}),
    ((None, None, None, None), CLEAN_FACTS),
])
def test_one_scan_flags_each_column(tmp_path: Path, connect: Callable[[Path], Factory],
                                    row: tuple[object, ...], expected: dict[str, int]) -> None:
    path = make_db(tmp_path / "one.sqlite", [PLAIN, row, PLAIN])
    assert column_facts(connect(path)(), COLUMNS) == expected
    assert whole_table_facts(connect(path), COLUMNS) == expected


def test_a_scan_of_some_rows_sees_only_those(tmp_path: Path,
                                             connect: Callable[[Path], Factory]) -> None:
    path = make_db(tmp_path / "some.sqlite", [PLAIN, ("=x", "2002", 3, 1.5), PLAIN])
    connection = connect(path)()
    assert column_facts(connection, COLUMNS, "seq != ?", (2,)) == CLEAN_FACTS
    assert column_facts(connection, COLUMNS, "seq = ?", (2,))["title"] == FORMULA_STARTS
    assert column_facts(connection, [("lat", "real")]) == {}


@pytest.mark.parametrize("rows", [1, 2, 3, 5, 8])
def test_the_whole_table_scan_reaches_every_row(tmp_path: Path,
                                                connect: Callable[[Path], Factory],
                                                rows: int) -> None:
    """The table is scanned in seq ranges side by side; a flag in any one row is found."""
    for flagged in range(rows):
        path = make_db(tmp_path / f"{rows}-{flagged}.sqlite",
                       [("=x" if i == flagged else "plain", "2002", 3, 1.5)
                        for i in range(rows)], first_seq=40)
        assert whole_table_facts(connect(path), COLUMNS) == {
            **CLEAN_FACTS, "title": FORMULA_STARTS}, (rows, flagged)


def test_the_whole_table_scan_uses_two_named_threads_at_most(tmp_path: Path) -> None:
    """One connection reads the seq range, then at most two threads scan side by side, each on
    its own connection, named for a stack dump."""
    path = make_db(tmp_path / "hundred.sqlite", [PLAIN] * 100, first_seq=40)
    threads: list[str] = []
    opened: list[sqlite3.Connection] = []

    def factory() -> sqlite3.Connection:
        threads.append(threading.current_thread().name)
        opened.append(sqlite3.connect(path, check_same_thread=False))
        return opened[-1]

    assert whole_table_facts(factory, COLUMNS) == CLEAN_FACTS
    for connection in opened:
        connection.close()
    first, *scans = threads
    assert first == threading.current_thread().name and 1 <= len(scans) <= 2
    assert all(name.startswith("column-facts") for name in scans)


def test_an_empty_table_is_clean(tmp_path: Path, connect: Callable[[Path], Factory]) -> None:
    path = make_db(tmp_path / "empty.sqlite", [])
    assert whole_table_facts(connect(path), COLUMNS) == CLEAN_FACTS
    cache = tmp_path / "cache"
    assert facts_for_export(path, connect(path), COLUMNS, [], cache) == CLEAN_FACTS
    assert kept_facts(cache) == CLEAN_FACTS


@pytest.fixture
def quoted_db(tmp_path: Path) -> Path:
    return quoted(tmp_path / "db.sqlite", 8)


def quoted(path: Path, rows: int) -> Path:
    """Rows from seq 41 (the range is not counted from 1); only the last title holds a quote."""
    return make_db(path, [PLAIN] * (rows - 1) + [("say \"no\"", "2002", 3, 1.5)], FIRST_SEQ)


FIRST_SEQ = 41
LAST_SEQ = FIRST_SEQ + 7  # of quoted_db


QUOTED_FACTS = {**CLEAN_FACTS, "title": QUOTES}


def test_the_whole_tables_facts_are_kept_and_reused(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory]) -> None:
    cache = tmp_path / "cache" / "deeper"  # made when missing
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == QUOTED_FACTS
    assert kept_facts(cache) == QUOTED_FACTS
    plant(cache, PLANTED)
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == PLANTED
    # Facts of the whole table vouch for any part of it too.
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, [FIRST_SEQ], cache) == PLANTED


@pytest.mark.parametrize("flag", [CLEAN, ALL_FLAGS])
def test_every_valid_flag_is_reused(quoted_db: Path, tmp_path: Path,
                                    connect: Callable[[Path], Factory], flag: int) -> None:
    cache = tmp_path / "cache"
    facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache)
    plant(cache, dict.fromkeys(CLEAN_FACTS, flag))
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == \
        dict.fromkeys(CLEAN_FACTS, flag)


def test_the_same_file_by_another_spelling_shares_its_kept_facts(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory],
        monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    link = tmp_path / "link.sqlite"
    link.symlink_to(quoted_db)
    facts_for_export(link, connect(link), COLUMNS, None, cache)
    plant(cache, PLANTED)
    monkeypatch.chdir(quoted_db.parent)
    relative = Path(quoted_db.name)
    assert facts_for_export(relative, connect(relative), COLUMNS, None, cache) == PLANTED
    assert len(kept_files(cache)) == 1


def test_each_database_keeps_its_own_facts(quoted_db: Path, tmp_path: Path,
                                           connect: Callable[[Path], Factory]) -> None:
    cache = tmp_path / "cache"
    other = make_db(tmp_path / "other.sqlite", [PLAIN] * 8)
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == QUOTED_FACTS
    assert facts_for_export(other, connect(other), COLUMNS, None, cache) == CLEAN_FACTS
    assert len(kept_files(cache)) == 2
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == QUOTED_FACTS


def same_times(path: Path, change: Callable[[], object]) -> None:
    """Change the file while keeping its modification time."""
    before = path.stat()
    change()
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def rewrite_title(path: Path, title: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE incidents SET title = ? WHERE seq = ?", (title, LAST_SEQ))
    connection.close()


def replace_by_a_copy(path: Path) -> None:
    shutil.copy2(path, path.with_suffix(".copy"))
    os.replace(path.with_suffix(".copy"), path)


def append_a_page(path: Path) -> None:
    with path.open("ab") as handle:
        handle.write(bytes(4096))


CHANGES: dict[str, Callable[[Path], None]] = {
    # In place, same size and time: only SQLite's change counter moves.
    "rows rewritten": lambda path: same_times(path, lambda: rewrite_title(path, "say \"yes\"")),
    "modification time": lambda path: os.utime(path, ns=(0, 10**18)),
    "inode": replace_by_a_copy,
    "size": lambda path: same_times(path, lambda: append_a_page(path)),
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_changed_database_is_scanned_again(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory],
        change: str) -> None:
    cache = tmp_path / "cache"
    facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache)
    plant(cache, PLANTED)
    CHANGES[change](quoted_db)
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == QUOTED_FACTS
    assert kept_facts(cache) == QUOTED_FACTS  # written back


def test_changes_waiting_in_a_write_ahead_log_are_seen(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory]) -> None:
    with sqlite3.connect(quoted_db) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
    connection.close()
    cache = tmp_path / "cache"
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == QUOTED_FACTS
    writer = sqlite3.connect(quoted_db, isolation_level=None)
    try:
        writer.execute("PRAGMA wal_autocheckpoint = 0")
        before = quoted_db.read_bytes()
        writer.execute("UPDATE incidents SET title = '=1' WHERE seq = ?", (LAST_SEQ,))
        assert quoted_db.read_bytes() == before  # the change is only in the -wal file
        assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == {
            **CLEAN_FACTS, "title": FORMULA_STARTS}
    finally:
        writer.close()


def test_other_columns_are_not_answered_from_kept_facts(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory]) -> None:
    cache = tmp_path / "cache"
    facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache)
    plant(cache, PLANTED)
    as_text = [("title", "text"), ("day", "date"), ("people", "text")]
    assert facts_for_export(quoted_db, connect(quoted_db), as_text, None, cache) == {
        **QUOTED_FACTS, "people": UNTRUSTED}  # integers stored where text was said


def edit(cache: Path, change: Callable[[dict[str, object]], object]) -> None:
    [kept] = kept_files(cache)
    data = json.loads(kept.read_text(encoding="utf-8"))
    change(data)
    kept.write_text(json.dumps(data), encoding="utf-8")


DAMAGE: dict[str, Callable[[Path], object]] = {
    "not JSON": lambda cache: kept_files(cache)[0].write_bytes(b"{\"facts\": "),
    "not UTF-8": lambda cache: kept_files(cache)[0].write_bytes(b"\xff\xfe{}"),
    "a list": lambda cache: kept_files(cache)[0].write_text("[1, 2, 3]"),
    "another database's identity": lambda cache: edit(
        cache, lambda data: data["identity"].__setitem__(1, 12345)),
    "another fingerprint": lambda cache: edit(
        cache, lambda data: data["fingerprint"].__setitem__(1, 99)),
    "no facts": lambda cache: edit(cache, lambda data: data.pop("facts")),
    "facts as a list": lambda cache: edit(cache, lambda data: data.__setitem__("facts", [0])),
    "a column missing": lambda cache: plant(cache, {"title": 0, "day": 0}),
    "a column too many": lambda cache: plant(cache, {**CLEAN_FACTS, "lat": 0}),
    "a flag as text": lambda cache: plant(cache, {**CLEAN_FACTS, "title": "0"}),
    "a flag as true": lambda cache: plant(cache, {**CLEAN_FACTS, "title": True}),
    "a flag below zero": lambda cache: plant(cache, {**CLEAN_FACTS, "title": -1}),
    "an unknown flag": lambda cache: plant(cache, {**CLEAN_FACTS, "title": ALL_FLAGS + 1}),
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_kept_file_is_ignored_and_written_again(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory],
        damage: str) -> None:
    cache = tmp_path / "cache"
    facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache)
    [kept] = kept_files(cache)
    good = json.loads(kept.read_text(encoding="utf-8"))
    DAMAGE[damage](cache)
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == QUOTED_FACTS
    assert json.loads(kept.read_text(encoding="utf-8")) == good


def test_a_cache_that_cannot_be_written_costs_only_a_scan(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory]) -> None:
    cache = tmp_path / "cache"
    cache.write_text("a file where the folder goes")
    for _ in range(2):
        assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS, None, cache) == \
            QUOTED_FACTS
    keep_facts(quoted_db, connect(quoted_db)(), COLUMNS, QUOTED_FACTS, cache)  # no error
    assert cache.read_text() == "a file where the folder goes"


@pytest.mark.parametrize(("rows", "seqs", "kept"), [
    (8, [41, 42], False),  # a quarter of the seq range: only these rows are scanned
    (8, [41, 42, 43], True),  # more: the whole table is scanned, and kept
    (7, [41, 42], True),
    (8, None, True),
])
def test_a_small_export_scans_only_its_own_rows(
        tmp_path: Path, connect: Callable[[Path], Factory], rows: int,
        seqs: list[int] | None, kept: bool) -> None:
    path = quoted(tmp_path / "db.sqlite", rows)
    cache = tmp_path / "cache"
    found = facts_for_export(path, connect(path), COLUMNS, seqs, cache)
    assert found == (QUOTED_FACTS if kept else CLEAN_FACTS)
    assert len(kept_files(cache)) == int(kept)
    last = facts_for_export(path, connect(path), COLUMNS, [FIRST_SEQ + rows - 1], cache)
    assert last == QUOTED_FACTS


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG folders are Linux's")
def test_without_a_cache_folder_the_users_cache_is_used(
        quoted_db: Path, tmp_path: Path, connect: Callable[[Path], Factory],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS) == QUOTED_FACTS
    assert kept_facts(tmp_path / "xdg" / APP_NAME / "export-facts") == QUOTED_FACTS
    keep_facts(quoted_db, connect(quoted_db)(), COLUMNS, PLANTED)
    assert facts_for_export(quoted_db, connect(quoted_db), COLUMNS) == PLANTED
