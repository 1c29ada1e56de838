"""What an export may assume about each column, found by one scan and kept between processes.

Why kept: the scan reads every text cell of the table (about 8 s of CPU at a million rows),
and a command-line export runs in a fresh process without the columnar index that keeps the
facts for the window. So the facts are also written, as a small JSON file, to the platformdirs
cache, and the next process reuses them while the database file is the same: same path, size,
modification time, inode, SQLite change counter and write-ahead log, checked as the columnar
index cache is (the smallest and largest seq and the schema version). A damaged, foreign or
unreadable cache file is ignored and written again; one that cannot be written costs a scan.

An export of a small part of the table scans only its own rows instead (the flags vouch only
for the rows they were found in, so those facts are not kept).

This module is imported by the export worker processes too (through core/export/csvlines), so
it imports nothing heavy at import time.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from asylum_browser.core.model.formula import starts_formula_sql
from asylum_browser.core.model.schema import SCHEMA_VERSION
from asylum_browser.files import atomic_write

TEXT_KINDS = ("text", "date")
# What column_facts finds for a column: flags, CLEAN when none.
CLEAN, FORMULA_STARTS, QUOTES, UNTRUSTED = 0, 1, 2, 4
FACTS_VERSION = 2  # raise when the flags or their SQL change: older kept facts are ignored
SUBSET_SHARE = 4  # an export of at most 1/SUBSET_SHARE of the seq range scans its own rows
MAX_SCAN_PARTS = 2  # threads for a whole-table scan (SQLite runs them without the GIL)
Columns = Sequence[tuple[str, str]]  # (SQL expression, kind)


def column_facts(connection: sqlite3.Connection, columns: Iterable[tuple[str, str]],
                 where: str = "1", params: Sequence[object] = ()) -> dict[str, int]:
    """Flags for each text, date or integer column (SQL expression, kind) that say how an
    export may render it: FORMULA_STARTS when some text begins with a formula character
    or an apostrophe (core/model/formula.py escapes both),
    QUOTES when some text holds a double quote, UNTRUSTED when a value has another storage
    type than the kind's or text holds a NUL (printf would cut it short), so that Python must
    render the column. CLEAN (no flag) is the common case.

    One scan of the rows ``where`` selects (all of them by default).
    """
    checks: list[tuple[str, str]] = []
    for x, kind in columns:
        if kind in TEXT_KINDS:
            checks.append((x, (
                f"{UNTRUSTED} * coalesce(max(typeof({x}) NOT IN ('text', 'null') "
                f"OR instr({x}, char(0)) > 0), 0) "
                f"+ {QUOTES} * coalesce(max(instr({x}, '\"') > 0), 0) "
                f"+ {FORMULA_STARTS} * coalesce(max({starts_formula_sql(x)}), 0)")))
        elif kind == "integer":
            checks.append((x, f"{UNTRUSTED} * coalesce(max(typeof({x}) NOT IN "
                              "('integer', 'null')), 0)"))
    if not checks:
        return {}
    row = connection.execute(
        f"SELECT {', '.join(check for _, check in checks)} FROM incidents WHERE {where}",
        params).fetchone()
    return {expression: int(found) for (expression, _), found in zip(checks, row, strict=True)}


def whole_table_facts(connection_factory: Callable[[], sqlite3.Connection],
                      columns: Columns) -> dict[str, int]:
    """column_facts over every row, in seq ranges scanned side by side (one connection per
    thread: the factory must give each thread its own)."""
    low, high = connection_factory().execute(
        "SELECT MIN(seq), MAX(seq) FROM incidents").fetchone()
    if low is None:
        return column_facts(connection_factory(), columns)
    # More parts than rows is harmless: the step is then 1 and range() stops at the last row.
    parts = min(MAX_SCAN_PARTS, os.cpu_count() or 1)
    step = (high - low + parts) // parts
    ranges = [(start, min(start + step - 1, high)) for start in range(low, high + 1, step)]

    def scan(bounds: tuple[int, int]) -> dict[str, int]:
        return column_facts(connection_factory(), columns, "seq BETWEEN ? AND ?", bounds)

    with ThreadPoolExecutor(len(ranges), thread_name_prefix="column-facts") as pool:
        found = list(pool.map(scan, ranges))
    return {expression: _union(part[expression] for part in found) for expression in found[0]}


def _union(flags: Iterable[int]) -> int:
    combined = CLEAN
    for flag in flags:
        combined |= flag
    return combined


def facts_for_export(path: Path, connection_factory: Callable[[], sqlite3.Connection],
                     columns: Columns, seqs: Sequence[int] | None = None,
                     cache_dir: Path | None = None) -> dict[str, int]:
    """The facts an export of ``seqs`` (None: every row) may use: kept ones when they still
    describe this file, else a scan of just those rows when they are few, else a scan of the
    whole table, which is then kept."""
    cache_file = (cache_dir or default_cache_dir()) / f"{_path_key(path)}.json"
    identity = _identity(path, columns)
    connection = connection_factory()
    fingerprint = _fingerprint(connection)
    kept = _read(cache_file, identity, fingerprint, columns)
    if kept is not None:
        return kept
    low, high = fingerprint[0], fingerprint[1]
    if seqs is not None and low is not None and high is not None \
            and SUBSET_SHARE * len(seqs) <= high - low + 1:
        return column_facts(connection, columns, "seq IN (SELECT value FROM json_each(?))",
                            (json.dumps([int(seq) for seq in seqs]),))
    facts = whole_table_facts(connection_factory, columns)
    keep_facts(path, connection, columns, facts, cache_dir)
    return facts


def keep_facts(path: Path, connection: sqlite3.Connection, columns: Columns,
               facts: dict[str, int], cache_dir: Path | None = None) -> None:
    """Keep the whole-table facts of the database at ``path`` for the next process (the
    columnar index calls this after its own scan). A cache that cannot be written is skipped."""
    cache_file = (cache_dir or default_cache_dir()) / f"{_path_key(path)}.json"
    text = json.dumps({"identity": _identity(path, columns),
                       "fingerprint": _fingerprint(connection), "facts": facts},
                      sort_keys=True)
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(cache_file, "w") as stream:
            stream.write(text)
    except OSError:
        pass  # the next export scans again


def default_cache_dir() -> Path:
    from asylum_browser.paths import user_cache_dir

    return user_cache_dir() / "export-facts"


def _path_key(path: Path) -> str:
    """One cache file per database path: a changed file overwrites its stale facts."""
    return hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:24]


def _identity(path: Path, columns: Columns) -> list[object]:
    """What changes when the file does, read without scanning it. The change counter (header
    bytes 24 to 27) moves with every committed write in rollback-journal mode, where the
    modification time may not; a write-ahead log's changes show in its size and time."""
    stat = path.stat()
    with path.open("rb") as handle:
        counter = handle.read(28)[24:28].hex()
    wal: list[int] | None = None
    with contextlib.suppress(OSError):
        wal_stat = os.stat(f"{path}-wal")
        wal = [wal_stat.st_size, wal_stat.st_mtime_ns]
    return [str(path.resolve()), stat.st_size, stat.st_mtime_ns, stat.st_ino, counter, wal,
            SCHEMA_VERSION, FACTS_VERSION, [list(column) for column in columns]]


def _fingerprint(connection: sqlite3.Connection) -> list[int | None]:
    """Facts that are instant to read even at a million rows (seq is the rowid)."""
    low, high = connection.execute("SELECT MIN(seq), MAX(seq) FROM incidents").fetchone()
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    return [low, high, version]


def _read(cache_file: Path, identity: list[object], fingerprint: list[int | None],
          columns: Columns) -> dict[str, int] | None:
    """The kept facts if the file holds facts for exactly this database and these columns.
    Only a regular file is read: a pipe at the path would block the read for ever."""
    if not cache_file.is_file():
        return None
    try:
        data = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("identity") != identity \
            or data.get("fingerprint") != fingerprint:
        return None
    facts = data.get("facts")
    wanted = {expression for expression, kind in columns
              if kind in (*TEXT_KINDS, "integer")}
    if not isinstance(facts, dict) or set(facts) != wanted or not all(
            type(flag) is int and 0 <= flag <= FORMULA_STARTS | QUOTES | UNTRUSTED
            for flag in facts.values()):
        return None
    return facts
