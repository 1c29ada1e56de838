"""Incidents in date order without SQLite's big sort, for the SQL path's large results.

Why: ``ORDER BY date_start_lo, date_start_hi, id`` over the whole table walks the date index
and looks up each row's id in the table, one random read per row: about 3.4 s of CPU at a
million rows, paid by every command-line export, which has no columnar index to sort with.

Here SQLite only walks indexes, in orders it needs no sort for: the seqs by (first day, last
day, seq), the size of each (first day, last day) group, and the seqs by id. Numpy then orders
each group by id. SQLite still compares the day numbers itself, so stored values of any type
sort as they would in SQL. That gives SQLite's own ascending order (unknown days first);
SORT_KEYS["date"] wants unknown first days last, so that block moves to the end, and the
descending order is the whole of SQLite's ascending one reversed. About 1.2 s of CPU at 1M.
A large result of a query (host:china is more than half of the synthetic million) is that
order cut down to the rows the query selects, which SQLite finds without sorting.
"""

from __future__ import annotations

import sqlite3
import warnings
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

Seqs = npt.NDArray[np.int64]
BY_DAYS = "ORDER BY date_start_lo, date_start_hi"
LARGE_SHARE = 4  # a result of at least 1/LARGE_SHARE of the table is cut from the whole order


def matches_by_date(connection: sqlite3.Connection, where: str, params: Sequence[object],
                    descending: bool = False) -> Seqs | None:
    """The seqs that ``where`` selects, in date order, when they are a large share of the
    table (SQLite's sort costs about 5 µs a row, the whole order about 1.2 µs a row of the
    table); None when SQL had better sort them itself."""
    # One string of seqs, not a Python int per row: 0.4 s of CPU at host:china's 563k rows.
    (text,) = connection.execute("SELECT group_concat(seq, ',') FROM (SELECT incidents.seq "
                                 f"FROM incidents WHERE {where})", params).fetchone()
    members = parse_seqs(text)
    low, high = connection.execute("SELECT MIN(seq), MAX(seq) FROM incidents").fetchone()
    if members is None or low is None or LARGE_SHARE * len(members) < high - low + 1:
        return None
    order = seqs_by_date(connection, descending)
    if order is None or not len(order):
        return None
    smallest = min(int(order.min()), int(members.min()))
    largest = max(int(order.max()), int(members.max()))
    if smallest < 0 or largest > 4 * len(order) + 1024:  # sparse seqs: a search, no mask
        return order[np.isin(order, members)]
    chosen = np.zeros(largest + 1, dtype=bool)
    chosen[members] = True
    return order[chosen[order]]


def seqs_by_date(connection: sqlite3.Connection, descending: bool = False) -> Seqs | None:
    """All seqs sorted as SORT_KEYS["date"] and then the id sort them; None when the scans
    disagree (the file changed between them), so the caller asks SQL instead."""
    by_days = _numbers(connection, "SELECT group_concat(seq, ',') FROM "
                                   f"(SELECT seq FROM incidents {BY_DAYS}, seq)")
    groups = connection.execute(
        "SELECT group_concat(n, ','), sum((low IS NULL) * n) FROM (SELECT count(*) AS n, "
        f"date_start_lo AS low FROM incidents GROUP BY date_start_lo, date_start_hi {BY_DAYS})"
    ).fetchone()
    by_id = _numbers(connection, "SELECT group_concat(seq, ',') "
                                 "FROM (SELECT seq FROM incidents ORDER BY id)")
    sizes = parse_seqs(groups[0])
    if by_days is None or by_id is None or sizes is None \
            or not len(by_days) == len(by_id) == int(sizes.sum()):
        return None
    rank = _rank_of(by_id, by_days)
    if rank is None:
        return None
    group = np.repeat(np.arange(len(sizes), dtype=np.int64), sizes)
    ordered = by_days[np.argsort(group * max(len(rank), 1) + rank)]
    if descending:  # NULL last in SQLite's descending order, as SORT_KEYS asks
        return ordered[::-1].copy()
    unknown = int(groups[1] or 0)  # rows without a first day: first in SQLite's order
    return np.concatenate((ordered[unknown:], ordered[:unknown]))


def _numbers(connection: sqlite3.Connection, sql: str) -> Seqs | None:
    (text,) = connection.execute(sql).fetchone()
    return parse_seqs(text)


def parse_seqs(text: str | None) -> Seqs | None:
    """Comma-separated integers (None, an empty table's, is none); None if one is not."""
    if text is None:
        return np.empty(0, dtype=np.int64)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # numpy warns, and stops, at the first non-number
        try:
            return np.fromstring(text, dtype=np.int64, sep=",")
        except (DeprecationWarning, ValueError):
            return None


def _rank_of(by_id: Seqs, seqs: Seqs) -> Seqs | None:
    """Each seq's position in the id order; None if the two scans saw different rows."""
    if not len(seqs):
        return seqs
    if len(by_id) != len(seqs) or min(by_id.min(), seqs.min()) < 0:
        return None
    largest = int(max(by_id.max(), seqs.max()))
    if largest <= 4 * len(seqs) + 1024:  # seqs are dense: a lookup table, no search
        position = np.full(largest + 1, -1, dtype=np.int64)
        position[by_id] = np.arange(len(by_id), dtype=np.int64)
        rank = position[seqs]
        if (rank < 0).any():  # with as many of each, and no seq twice in a scan: the same rows
            return None
        return rank
    sorter = np.argsort(by_id)
    found = np.minimum(np.searchsorted(by_id, seqs, sorter=sorter), len(by_id) - 1)
    rank = sorter[found]
    if not np.array_equal(by_id[rank], seqs):
        return None
    return rank.astype(np.int64)
