"""Building the columnar index from a database, and keeping it between runs.

The encoded arrays are cached in the platformdirs cache folder, keyed by the database file's
identity, so the next open takes well under a second; a damaged or stale cache is rebuilt from
the database, which is the truth.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from asylum_browser.core.engine import column_facts as facts_module
from asylum_browser.core.engine.column_facts import column_facts, keep_facts
from asylum_browser.core.engine.columnar import (
    CATEGORY_COLUMNS,
    NULL_DAY,
    Category,
    ColumnarIndex,
    Progress,
)
from asylum_browser.core.model.schema import COLUMNS, SCHEMA_VERSION
from asylum_browser.files import atomic_write

CACHE_VERSION = 9  # raise it when the arrays kept change meaning


def _identity(path: Path) -> str:
    stat = path.stat()
    text = f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{stat.st_ino}|{SCHEMA_VERSION}"
    # surrogateescape: a file name that is not valid UTF-8 hashes by its own bytes
    return hashlib.sha256(f"{text}|{CACHE_VERSION}".encode("utf-8", "surrogateescape")
                          ).hexdigest()[:24]


def default_cache_dir() -> Path:
    from asylum_browser.paths import user_cache_dir

    return user_cache_dir() / "columnar"


class CacheMismatch(Exception):
    """The cache file belongs to other data than the database it is named after."""


def cached_index(path: Path, connection_factory: Callable[[], sqlite3.Connection],
                 cache_dir: Path | None = None) -> ColumnarIndex | None:
    """The index kept for the database at ``path`` by an earlier build, or None.

    Never builds and never removes anything: the command line uses the window's index when
    it is there and fresh (0.4 s to load at 1M incidents, against 13 s to build), and
    answers through SQL otherwise. A stale or damaged cache is left for the window to
    rebuild, with its note.
    """
    cache_file = (cache_dir or default_cache_dir()) / f"{_identity(path)}.npz"
    if not cache_file.is_file():  # missing, or a pipe that would block the read
        return None
    try:
        return _from_npz(cache_file, connection_factory)
    except Exception:  # stale or damaged: SQL answers, and the window rebuilds it
        return None


def load_index(path: Path, connection_factory: Callable[[], sqlite3.Connection],
               cache_dir: Path | None = None, progress: Progress | None = None
               ) -> ColumnarIndex:
    """The index for the database at ``path``: from the cache if fresh, else built and cached.

    A damaged cache, or one that does not describe this database, is rebuilt from the
    database (the truth); a cache that cannot be written costs only time. Each leaves a note
    on the index for the window to show.
    """
    cache_file = (cache_dir or default_cache_dir()) / f"{_identity(path)}.npz"
    notes: list[str] = []
    if cache_file.exists() and not cache_file.is_file():  # a pipe would block the read
        notes.append(f"The search index cache {cache_file} is not a regular file; the "
                     "index was rebuilt from the database.")
    elif cache_file.exists():
        try:
            index = _from_npz(cache_file, connection_factory)
            index.notes = notes
            return index
        except CacheMismatch:
            notes.append("The search index cache did not match this database; it was rebuilt.")
        except Exception as error:  # any damage: rebuild from the database
            notes.append(f"The search index cache was damaged ({type(error).__name__}); it "
                         "was rebuilt from the database.")
        with contextlib.suppress(OSError):  # a folder in its place stays; saving reports it
            cache_file.unlink(missing_ok=True)
    # The export's column facts are one long SQLite scan that holds no GIL: it runs on the
    # other core while this thread reads the columns into arrays.
    # They are kept for the command line's exports too (core/engine/column_facts.py).
    columns = [(column.sql, column.kind) for column in COLUMNS]
    # Not mutated: the size of this one-job pool and its threads' names change no answer.
    with ThreadPoolExecutor(1, thread_name_prefix="column-facts") as pool:  # pragma: no mutate
        facts_found = pool.submit(lambda: column_facts(connection_factory(), columns))
        arrays, categories = _build(connection_factory(), progress)
        facts = facts_found.result()
    keep_facts(path, connection_factory(), columns, facts)
    problem = _save_npz(cache_file, arrays, categories, facts,
                        _fingerprint(connection_factory()))
    if problem:
        notes.append(f"The search index could not be cached ({problem}); it will be built "
                     "again at the next start.")
    index = ColumnarIndex(arrays, categories, connection_factory)
    index.notes = notes
    index.column_facts = facts
    return index


def _fingerprint(connection: sqlite3.Connection) -> str:
    """Facts that are instant to read even at a million rows (seq is the rowid)."""
    low, high = connection.execute("SELECT MIN(seq), MAX(seq) FROM incidents").fetchone()
    version = connection.execute("PRAGMA user_version").fetchone()[0]
    # The kept file holds the export's column facts too: a change of what they mean (their
    # own version) makes it stale as surely as a change of the arrays.
    return json.dumps([low, high, version, CACHE_VERSION, facts_module.FACTS_VERSION])


SAMPLES = 16


def _matches_sample(arrays: dict[str, npt.NDArray[Any]],
                    connection: sqlite3.Connection) -> bool:
    """Spot-check evenly spaced rows against the database: a few primary-key lookups."""
    seqs = arrays["seq"]
    if len(seqs) == 0:
        return True
    positions = np.unique(np.linspace(0, len(seqs) - 1, SAMPLES).astype(np.int64))
    wanted = [int(seqs[p]) for p in positions]
    marks = ", ".join("?" * len(wanted))
    found = {row[0]: row[1:] for row in connection.execute(
        f"SELECT seq, {NUMERIC_COLUMNS['date_start_lo'][0]}, "
        f"{NUMERIC_COLUMNS['people_count'][0]} FROM incidents WHERE seq IN ({marks})", wanted)}
    return all(found.get(int(seqs[p])) == (int(arrays["date_start_lo"][p]),
                                           int(arrays["people_count"][p]))
               for p in positions)


NUMERIC_COLUMNS = {  # array name -> (SQL expression with NULLs mapped, dtype)
    "seq": ("seq", np.int64),
    "date_start_lo": (f"COALESCE(date_start_lo, {NULL_DAY})", np.int64),
    "date_start_hi": (f"COALESCE(date_start_hi, {NULL_DAY})", np.int64),
    # A value that is not a number (a hand-edited file) counts as unknown rather than
    # stopping the index from being built.
    "people_count": ("CASE WHEN typeof(people_count) IN ('integer', 'real') "
                     "THEN CAST(people_count AS INTEGER) ELSE -1 END", np.int64),
    "latitude": ("CASE WHEN typeof(latitude) IN ('integer', 'real') THEN latitude END",
                 np.float64),  # NULL arrives as None and becomes nan
    "longitude": ("CASE WHEN typeof(longitude) IN ('integer', 'real') THEN longitude END",
                  np.float64),
    "precision_year": ("date_start_precision = 'year'", np.bool_),
    "title_missing": ("title IS NULL", np.bool_),
    "precise": ("location_precision = 'mission'", np.bool_),
    "month": ("CASE WHEN length(date_start) >= 7 THEN CAST(substr(date_start, 1, 4) AS INTEGER)"
              " * 12 + CAST(substr(date_start, 6, 2) AS INTEGER) - 1 ELSE -1 END", np.int64),
}


def _build(connection: sqlite3.Connection, progress: Progress | None
           ) -> tuple[dict[str, npt.NDArray[Any]], dict[str, Category]]:
    """Read one column at a time, so the peak memory is one column of Python objects."""
    total = int(connection.execute("SELECT COUNT(*) FROM incidents").fetchone()[0])
    steps = len(NUMERIC_COLUMNS) + len(CATEGORY_COLUMNS) + 1
    done = 0

    def column(expression: str) -> list[Any]:
        nonlocal done
        values = [row[0] for row in connection.execute(
            f"SELECT {expression} FROM incidents ORDER BY seq")]
        done += 1
        if progress is not None:
            progress("Indexing incidents", done / steps)
        return values

    arrays: dict[str, npt.NDArray[Any]] = {}
    for name, (expression, dtype) in NUMERIC_COLUMNS.items():
        values = column(expression)
        if dtype is np.float64:
            arrays[name] = np.array([np.nan if v is None else v for v in values], dtype=dtype)
        else:
            arrays[name] = np.array([0 if v is None else v for v in values], dtype=dtype)
        del values
    # SQLite's own orders, as ranks: the id breaks every tie, and a title sorts as SQL's
    # NOCASE does (sorting a million titles for each search took 2 to 5 s).
    for name, order in (("id_rank", "id"),
                        ("title_rank", "title IS NULL, title COLLATE NOCASE, id")):
        ordered = np.array([row[0] for row in connection.execute(
            f"SELECT seq FROM incidents ORDER BY {order}")], dtype=np.int64)
        rank = np.empty(total, dtype=np.int64)
        rank[np.searchsorted(arrays["seq"], ordered)] = np.arange(total)
        arrays[name] = rank
    done += 1
    if progress is not None:  # the title order takes seconds at a million rows
        progress("Indexing incidents", done / steps)
    categories = {}
    for name in CATEGORY_COLUMNS:
        values = column(name)
        distinct = sorted({v for v in values if v is not None}, key=lambda v: (str(type(v)), v))
        lookup = {value: index for index, value in enumerate(distinct, start=1)}
        codes = np.array([0 if v is None else lookup[v] for v in values], dtype=np.int32)
        categories[name] = Category([None, *distinct], codes)
        del values
    return arrays, categories


def _save_npz(path: Path, arrays: dict[str, npt.NDArray[Any]],
              categories: dict[str, Category], facts: dict[str, int],
              fingerprint: str) -> str | None:
    """Write the cache atomically; return why it could not be written, or None."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        payload = dict(arrays)
        for name, category in categories.items():
            payload[f"codes:{name}"] = category.codes
        # Category values as JSON text, never pickles: a cache file must not run code.
        payload["values"] = np.array(json.dumps(
            {name: category.values for name, category in categories.items()},
            ensure_ascii=False))
        payload["column_facts"] = np.array(json.dumps(facts, sort_keys=True))
        payload["fingerprint"] = np.array(fingerprint)
        with atomic_write(path) as stream:
            np.savez(stream, **payload)  # type: ignore[arg-type]
        return None
    except OSError as error:
        return error.strerror or str(error)


def _from_npz(path: Path, connection_factory: Callable[[], sqlite3.Connection]
              ) -> ColumnarIndex:
    with np.load(path, allow_pickle=False) as data:
        if str(data["fingerprint"]) != _fingerprint(connection_factory()):
            raise CacheMismatch(path.name)
        arrays = {name: data[name] for name in data.files
                  if ":" not in name and name not in ("values", "fingerprint", "column_facts")}
        facts = {str(key): int(value)
                 for key, value in json.loads(str(data["column_facts"])).items()}
        values = json.loads(str(data["values"]))
        categories = {name: Category(list(values[name]), data[f"codes:{name}"])
                      for name in CATEGORY_COLUMNS}
    if any(len(array) != len(arrays["seq"]) for array in arrays.values()) \
            or not _matches_sample(arrays, connection_factory()):
        raise CacheMismatch(path.name)
    index = ColumnarIndex(arrays, categories, connection_factory)
    index.column_facts = facts
    return index

