"""A columnar index: facet codes, day numbers, people counts and coordinates as numpy arrays.

SQLite answers a filtered count plus nine GROUP BYs in seconds at a million rows; the same
questions over numpy arrays take milliseconds. Filters become boolean masks, facet counts become
``bincount`` over a mask that leaves out the facet's own clauses, the timeline becomes a
histogram. FTS5 still answers words and phrases; its rowids become a mask. Results equal the
SQL path's (a property test runs both).

Loading reads the columns once, then caches the encoded arrays in the platformdirs cache folder,
keyed by the database file's identity, so the next open takes well under a second.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from asylum_browser.core.engine.column_facts import column_facts, keep_facts
from asylum_browser.core.engine.facets import make_facet
from asylum_browser.core.engine.sql import names_sql, text_rowids_sql
from asylum_browser.core.model.fields import FIELDS, TEXT_TERMS, FieldKind, TermKind
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.schema import COLUMNS, FACETS, SCHEMA_VERSION, FacetDef
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.values import Facet, QuerySpec, Term, TimelineBin
from asylum_browser.files import atomic_write

Mask = npt.NDArray[np.bool_]
CACHE_VERSION = 7
TEXT_CACHE_SIZE = 64
NULL_DAY = np.iinfo(np.int64).min
CATEGORY_COLUMNS = ("host_country", "city", "sending_state", "mission_type",
                    "seekers_nationality", "outcome_class", "confidence", "decade", "year")
SORTABLE = {"date", "people_count", "city", "host_country", "mission_type", "sending_state",
            "outcome_class", "confidence", "id"}
Progress = Callable[[str, float], None]


@dataclass
class Category:
    """A facet column: ``codes[i]`` indexes ``values`` (values[0] is None: unknown)."""

    values: list[Any]
    codes: npt.NDArray[np.int32]

    def index_of(self, keys: set[Any]) -> list[int]:
        return [i for i, value in enumerate(self.values) if value in keys]


class ColumnarIndex:
    """Arrays for one database, position i being the incident with seq ``seqs[i]``."""

    def __init__(self, arrays: dict[str, npt.NDArray[Any]], categories: dict[str, Category],
                 connection_factory: Callable[[], sqlite3.Connection]) -> None:
        self.seqs = arrays["seq"]
        self.lo = arrays["date_start_lo"]
        self.hi = arrays["date_start_hi"]
        self.month = arrays["month"]
        self.people = arrays["people_count"]
        self.latitude = arrays["latitude"]
        self.longitude = arrays["longitude"]
        self.precision_year = arrays["precision_year"]
        self.precise = arrays["precise"]
        self.id_rank = arrays["id_rank"]
        # Each Scale of the field registry names its pair of arrays and which rows are known.
        self.ranges: dict[str, tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], Mask]] = {
            "date": (self.lo, self.hi, self.lo != NULL_DAY),
            "people": (self.people, self.people, self.people >= 0),
        }
        self.categories = categories
        self._connection = connection_factory
        self._position = np.full(int(self.seqs.max(initial=0)) + 1, -1, dtype=np.int64)
        self._position[self.seqs] = np.arange(len(self.seqs))
        self._orders: dict[tuple[str, bool], npt.NDArray[np.int64]] = {}
        self._text_masks: dict[tuple[str, str], Mask] = {}  # typing re-asks earlier words
        self._lock = threading.Lock()  # the caches are shared by the query threads
        # What happened to the cache on the way (damaged, stale, unwritable), for a warning.
        self.notes: list[str] = []
        # How an export may render each column (core/engine/column_facts.py), kept with the
        # cache because finding it out costs a scan of every text cell.
        self.column_facts: dict[str, int] | None = None

    @property
    def size(self) -> int:
        return len(self.seqs)

    # --- filtering ------------------------------------------------------------------------

    def clause_masks(self, spec: QuerySpec) -> list[tuple[set[str | None], Mask]]:
        """Each clause's mask with the fields it touches (for leaving a facet's own out)."""
        result = []
        for clause in spec.clauses:
            mask = np.zeros(self.size, dtype=bool)
            for term in clause:
                hit = self._term_mask(term)
                mask |= ~hit if term.negated else hit
            result.append(({term.field for term in clause}, mask))
        return result

    @staticmethod
    def combine(masks: Sequence[tuple[set[str | None], Mask]], size: int,
                skip_field: str | None = None) -> Mask:
        total = np.ones(size, dtype=bool)
        for fields, mask in masks:
            if skip_field is not None and fields == {skip_field}:
                continue
            total &= mask
        return total

    def mask(self, spec: QuerySpec) -> Mask:
        return self.combine(self.clause_masks(spec), self.size)

    def _term_mask(self, term: Term) -> Mask:
        if term.kind in TEXT_TERMS:
            key = (term.kind, term.value)
            with self._lock:
                cached = self._text_masks.get(key)
            if cached is None:
                sql, params = text_rowids_sql(term)
                cached = self._seq_mask(row[0] for row in self._query(sql, params))
                with self._lock:
                    if len(self._text_masks) >= TEXT_CACHE_SIZE:
                        self._text_masks.pop(next(iter(self._text_masks)))
                    self._text_masks[key] = cached
            return cached
        if term.kind is TermKind.IDS:
            ids = sorted(term.ids or ())
            if not ids:
                return np.zeros(self.size, dtype=bool)
            marks = ", ".join("?" * len(ids))
            return self._seq_mask(row[0] for row in self._query(
                f"SELECT seq FROM incidents WHERE id IN ({marks})", ids))
        assert term.field is not None
        field = FIELDS[term.field]
        if field.kind in (FieldKind.ANNOTATION, FieldKind.THEME):
            return np.zeros(self.size, dtype=bool)  # not resolved (no workspace, no themes)
        if field.kind is FieldKind.BBOX:
            known = ~np.isnan(self.latitude)
            if term.unknown:
                return ~known
            box = parse_bbox(term.value)
            inside = (self.latitude >= box.south) & (self.latitude <= box.north)
            if box.west <= box.east:
                inside &= (self.longitude >= box.west) & (self.longitude <= box.east)
            else:
                inside &= (self.longitude >= box.west) | (self.longitude <= box.east)
            return known & inside
        column = field.column.removeprefix("incidents.")
        if field.kind is FieldKind.EXACT:
            if term.unknown:
                return np.zeros(self.size, dtype=bool)  # identifiers are never NULL
            return self._seq_mask(row[0] for row in self._query(
                f"SELECT seq FROM incidents WHERE {column} = ?", [term.value]))
        if field.scale is not None:
            low, high, known = self.ranges[field.scale.key]
            if term.unknown:
                return ~known
            return known & self._bounds(low, high, term)
        category = self.categories[column]
        if term.unknown:
            return category.codes == 0
        sql, params = names_sql(term)
        keys = {row[0] for row in self._query(sql, params)}
        return np.isin(category.codes, category.index_of(keys))

    @staticmethod
    def _bounds(low: npt.NDArray[np.int64], high: npt.NDArray[np.int64], term: Term) -> Mask:
        result = np.ones(len(low), dtype=bool)
        if term.low is not None:
            result &= low >= term.low
        if term.high is not None:
            result &= high <= term.high
        return result

    def _seq_mask(self, seqs: Any) -> Mask:
        found = np.fromiter(seqs, dtype=np.int64)
        mask = np.zeros(self.size, dtype=bool)
        found = found[(found >= 0) & (found < len(self._position))]
        positions = self._position[found]
        mask[positions[positions >= 0]] = True
        return mask

    def _query(self, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        return self._connection().execute(sql, params).fetchall()

    # --- answers --------------------------------------------------------------------------

    def supports_sort(self, key: str) -> bool:
        return key in SORTABLE

    def order(self, key: str, descending: bool) -> npt.NDArray[np.int64]:
        """Positions in the order SQL's ORDER BY gives (NULLS LAST, then id)."""
        cache_key = (key, descending)
        with self._lock:
            found = self._orders.get(cache_key)
        if found is None:
            sign = -1 if descending else 1
            keys: tuple[npt.NDArray[Any], ...]
            if key == "date":
                missing = (self.lo == NULL_DAY).astype(np.int8)
                keys = (sign * self.id_rank, sign * self.hi, sign * self.lo, missing)
            elif key == "people_count":
                missing = (self.people < 0).astype(np.int8)
                keys = (sign * self.id_rank, sign * self.people, missing)
            elif key == "id":
                keys = (sign * self.id_rank,)
            else:
                category = self.categories[key]
                rank = category_rank(category, casefold=key == "city")
                codes = rank[category.codes]
                missing = (category.codes == 0).astype(np.int8)
                keys = (sign * self.id_rank, sign * codes, missing)
            found = np.lexsort(keys)
            with self._lock:
                self._orders[cache_key] = found
        return found

    def positions(self, spec: QuerySpec, mask: Mask | None = None) -> npt.NDArray[np.int64]:
        """Positions of the matches in the spec's sort order."""
        mask = self.mask(spec) if mask is None else mask
        order = self.order(spec.sort if spec.sort in SORTABLE else "date", spec.descending)
        return order[mask[order]]

    def ids_for(self, spec: QuerySpec, mask: Mask | None = None) -> SeqList:
        return SeqList(self.seqs[self.positions(spec, mask)])

    def facets(self, spec: QuerySpec, label: Callable[[str | None, Any], str],
               masks: list[tuple[set[str | None], Mask]]) -> tuple[Facet, ...]:
        return tuple(self.facet(d, spec, label, masks) for d in FACETS)

    def facet(self, definition: FacetDef, spec: QuerySpec,
              label: Callable[[str | None, Any], str],
              masks: list[tuple[set[str | None], Mask]]) -> Facet:
        mask = self.combine(masks, self.size, skip_field=definition.field)
        category = self.categories[FIELD_COLUMN_FOR_FACET[definition.name]]
        counts = np.bincount(category.codes[mask], minlength=len(category.values))
        return make_facet(definition, ((category.values[code], int(counts[code]))
                                       for code in np.nonzero(counts)[0].tolist()),
                          spec, label)

    def timeline(self, mask: Mask, unit: str) -> tuple[TimelineBin, ...]:
        known = mask & (self.lo != NULL_DAY)
        years = self.categories["year"]
        exact: dict[str, int] = {}
        imprecise: dict[str, int] = {}
        if unit == "year":
            counts = np.bincount(years.codes[known], minlength=len(years.values))
            exact = {str(years.values[c]): int(counts[c]) for c in np.nonzero(counts)[0]}
        else:
            by_year = known & self.precision_year
            counts = np.bincount(years.codes[by_year], minlength=len(years.values))
            imprecise = {str(years.values[c]): int(counts[c]) for c in np.nonzero(counts)[0]}
            months = self.month[known & ~self.precision_year]
            values, tallies = np.unique(months, return_counts=True)
            exact = {f"{v // 12}-{v % 12 + 1:02d}": int(n)
                     for v, n in zip(values.tolist(), tallies.tolist(), strict=True)}
        periods = sorted(set(exact) | set(imprecise))
        return tuple(TimelineBin(p, exact.get(p, 0), imprecise.get(p, 0)) for p in periods)


FIELD_COLUMN_FOR_FACET = {d.name: d.sql.removeprefix("incidents.") for d in FACETS}


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def category_rank(category: Category, casefold: bool) -> npt.NDArray[np.int64]:
    """Sort rank of each category value (0 for unknown), the way SQLite orders them.

    ``casefold`` mimics COLLATE NOCASE, which folds ASCII letters only; values it makes equal
    ("Beijing", "beijing") share a rank, so that the id breaks their tie as in SQL.
    """
    keys = [(str(type(value)), value.translate(ASCII_LOWER) if casefold and isinstance(
        value, str) else value) for value in category.values[1:]]
    distinct = sorted(set(keys))
    rank_of = {key: position for position, key in enumerate(distinct, start=1)}
    return np.array([0, *(rank_of[key] for key in keys)], dtype=np.int64)


# --- building and caching ---------------------------------------------------------------

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
    return json.dumps([low, high, version, CACHE_VERSION])


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
    by_id = np.array([row[0] for row in connection.execute(
        "SELECT seq FROM incidents ORDER BY id")], dtype=np.int64)
    id_rank = np.empty(total, dtype=np.int64)
    id_rank[np.searchsorted(arrays["seq"], by_id)] = np.arange(total)
    arrays["id_rank"] = id_rank
    done += 1
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

