"""A columnar index: facet codes, day numbers, people counts and coordinates as numpy arrays.

SQLite answers a filtered count plus nine GROUP BYs in seconds at a million rows; the same
questions over numpy arrays take milliseconds. Filters become boolean masks, facet counts become
``bincount`` over a mask that leaves out the facet's own clauses, the timeline becomes a
histogram. FTS5 still answers words and phrases; its rowids become a mask. Results equal the
SQL path's (a property test runs both).

Building and caching the arrays is columnar_store.py's job.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from asylum_browser.core.engine.date_order import parse_seqs
from asylum_browser.core.engine.facets import make_facet
from asylum_browser.core.engine.sql import names_sql, text_group_sql
from asylum_browser.core.model.fields import FIELDS, TEXT_TERMS, FieldKind, TermKind
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.schema import FACETS, SORT_KEYS, FacetDef
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.values import Facet, QuerySpec, Term, TimelineBin

Mask = npt.NDArray[np.bool_]
TEXT_CACHE_SIZE = 64
NULL_DAY = np.iinfo(np.int64).min
CATEGORY_COLUMNS = ("host_country", "city", "sending_state", "mission_type",
                    "seekers_nationality", "outcome_class", "confidence", "decade", "year",
                    "origin")
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
        self.title_rank = arrays["title_rank"]
        self.title_missing = arrays["title_missing"]
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
        # Typing re-asks earlier words: their rows are kept, by the terms that found them.
        self._text_masks: dict[tuple[tuple[TermKind, str], ...], Mask] = {}
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
        """Each clause's mask with the fields it touches (for leaving a facet's own out).

        Text terms are gathered as the SQL engine gathers them: an OR of words is one lookup
        and all excluded words together are one more (208 excluded terms took 7 s at 1M
        incidents one lookup at a time). Text clauses touch no facet's field, so nothing a
        facet leaves out changes.
        """
        excluded = [clause for clause in spec.clauses if len(clause) == 1
                    and clause[0].negated and clause[0].kind in TEXT_TERMS]
        result: list[tuple[set[str | None], Mask]] = []
        if len(excluded) > 1:
            result.append(({None}, ~self._text_mask([clause[0] for clause in excluded])))
        else:
            excluded = []
        gathered = {id(clause) for clause in excluded}
        for clause in spec.clauses:
            if id(clause) in gathered:
                continue
            if len(clause) > 1 and all(term.kind in TEXT_TERMS and not term.negated
                                       for term in clause):
                result.append(({None}, self._text_mask(clause)))
                continue
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
            return self._text_mask([term])
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

    def _text_mask(self, terms: Sequence[Term]) -> Mask:
        """Rows any of the text ``terms`` finds (negation aside), from SQLite, kept a while."""
        key = tuple((term.kind, term.value) for term in terms)
        with self._lock:
            cached = self._text_masks.get(key)
        if cached is None:
            sql, params = text_group_sql(terms)
            # One string of seqs, not a Python tuple per row: a million of them held the
            # interpreter for half a second, which a newer search then waited for.
            (text,) = self._query(f"WITH found(seq) AS ({sql}) "
                                  "SELECT group_concat(seq, ',') FROM found", params)[0]
            seqs = parse_seqs(text)
            assert seqs is not None  # rowids are whole numbers
            cached = self._seq_mask(seqs)
            with self._lock:
                if len(self._text_masks) >= TEXT_CACHE_SIZE:
                    self._text_masks.pop(next(iter(self._text_masks)))
                self._text_masks[key] = cached
        return cached

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
            elif key == "title":  # the rank holds SQL's NOCASE order, ties broken by id
                keys = (sign * self.title_rank, self.title_missing.astype(np.int8))
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
        order = self.order(spec.sort if spec.sort in SORT_KEYS else "date", spec.descending)
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
