"""CSV lines built inside SQLite, so an export does no Python work per cell.

Why: fetching a million rows into Python objects and handing them to csv.writer costs about
2.5 times the sqlite3 shell's own CSV export (issue 5). Here one ``printf`` per run of columns
builds the quoted, formula-escaped text, and Python only joins lines and writes them.

The dialect is the csv module's ``QUOTE_NONNUMERIC`` with CRLF: every text cell is quoted with
inner quotes doubled, numbers are bare, and an unknown (NULL) is written as ``""``.
:func:`reference_line` is exactly that csv.writer over the values as Python reads them; it
writes every cell the SQL cannot vouch for (real numbers, whose shortest form only Python
knows, and any column holding a value of an unexpected storage type or a NUL character, which
printf would cut short), and the tests compare the two byte for byte.

This module is also the body of the export worker processes (see core/export/workers.py), so
it imports nothing heavy: no numpy, no repository.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import sys
from array import array
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import chain, repeat
from typing import Any, Final

# The facts of a column are the engine's (it keeps them with its caches); named here too, as
# the export speaks of them.
from asylum_browser.core.engine.column_facts import CLEAN as CLEAN
from asylum_browser.core.engine.column_facts import (
    FORMULA_STARTS,
    QUOTES,
    TEXT_KINDS,
    UNTRUSTED,
)
from asylum_browser.core.engine.column_facts import column_facts as column_facts
from asylum_browser.core.model.formula import escape_formula, starts_formula_sql

QUOTING: Final = csv.QUOTE_NONNUMERIC
LINE_END = "\r\n"
WORKER_WORD = "_export-part"  # asylum_browser/__main__.py hands this command to worker_main
BLOCK = 1000  # seq numbers per SELECT ... WHERE seq IN (...)
SCAN_ROWS = 25_000  # up to this many rows, a dense set of seqs is read in one range scan
CELLS_PER_PRINTF = 40  # printf takes two arguments per text cell; SQLite allows 127


def reference_line(values: Sequence[Any], kinds: Sequence[str], escape_formulas: bool) -> str:
    """One CSV line (without its line end) as the csv module writes these values."""
    cells = [escape_formula(value) if escape_formulas and kind in TEXT_KINDS
             and isinstance(value, str) else value for value, kind in zip(values, kinds,
                                                                            strict=True)]
    buffer = io.StringIO()
    csv.writer(buffer, quoting=QUOTING, lineterminator=LINE_END).writerow(cells)
    return buffer.getvalue()[:-len(LINE_END)]


@dataclass(frozen=True)
class LinePlan:
    """How to build each line: parts joined by commas, one SQL expression each.

    A part is either a printf that renders a run of adjacent cells (its ``python_kinds`` entry
    is None), or one column whose stored value Python renders (the entry is its kind).
    """

    select: tuple[str, ...]
    python_kinds: tuple[str | None, ...]
    escape_formulas: bool

    def to_json(self) -> str:
        return json.dumps({"select": self.select, "python_kinds": self.python_kinds,
                           "escape_formulas": self.escape_formulas})

    @classmethod
    def from_json(cls, text: str) -> LinePlan:
        data = json.loads(text)
        return cls(tuple(data["select"]), tuple(data["python_kinds"]),
                   bool(data["escape_formulas"]))


def plan_lines(columns: Sequence[tuple[str, str]], escape_formulas: bool,
               facts: Mapping[str, int]) -> LinePlan:
    """Plan lines for ``columns`` given as (SQL expression, kind) pairs.

    ``facts`` is what :func:`column_facts` found for the columns: only those it vouches for
    are rendered by SQL, and the formula test is left out where no value needs it. A column
    missing from ``facts`` goes through Python.
    """
    select: list[str] = []
    kinds: list[str | None] = []
    run: list[tuple[str, str, int]] = []

    def close_run() -> None:
        if run:
            select.append(_printf(run))
            kinds.append(None)
            run.clear()

    for expression, kind in columns:
        fact = facts.get(expression, UNTRUSTED)
        if kind in (*TEXT_KINDS, "integer") and not fact & UNTRUSTED:
            run.append((expression, kind, fact if escape_formulas else fact & ~FORMULA_STARTS))
            if len(run) == CELLS_PER_PRINTF:
                close_run()
            continue
        close_run()
        select.append(expression)
        kinds.append(kind)
    close_run()
    return LinePlan(tuple(select), tuple(kinds), escape_formulas)


def _printf(cells: Sequence[tuple[str, str, int]]) -> str:
    """One printf for a run of cells: (expression, kind, the facts that matter for it)."""
    formats: list[str] = []
    arguments: list[str] = []
    for expression, kind, fact in cells:
        if kind == "integer":
            formats.append("%s")
            arguments.append(f"coalesce({expression}, '\"\"')")
            continue
        prefix = ""
        if fact & FORMULA_STARTS:
            prefix = "%s"
            arguments.append(f"CASE WHEN {starts_formula_sql(expression)} "
                             "THEN '''' ELSE '' END")
        if fact & QUOTES:  # %w doubles them, and would print NULL as (NULL)
            formats.append(f'"{prefix}%w"')
            arguments.append(f"coalesce({expression}, '')")
        else:  # %s copies, and prints NULL as nothing
            formats.append(f'"{prefix}%s"')
            arguments.append(expression)
    return f"printf('{','.join(formats)}', {', '.join(arguments)})"


def write_lines(connection: sqlite3.Connection, plan: LinePlan, seqs: Sequence[int],
                write: Callable[[str], object],
                progress: Callable[[int], bool] | None = None, every: int = 5000) -> int:
    """Write the lines of these incidents (by seq, in the order given); return how many.

    ``progress(rows)`` is called about every ``every`` rows; returning False stops early.
    """
    select = f"SELECT incidents.seq, {', '.join(plan.select)} FROM incidents WHERE "
    python_parts = [(index + 1, kind) for index, kind in enumerate(plan.python_kinds)
                    if kind is not None]
    wanted = [int(seq) for seq in seqs]
    scanned: dict[int, tuple[Any, ...]] | None = None
    if wanted and len(wanted) <= SCAN_ROWS and 4 * len(wanted) >= 3 * (max(wanted) - min(wanted)):
        # Most of a seq range, and few enough to hold: one scan in rowid order costs less
        # than looking each row up (and than SQLite's sort: about half the time at 10k).
        members = set(wanted)
        cursor = connection.execute(select + "incidents.seq BETWEEN ? AND ?",
                                    (min(wanted), max(wanted)))
        cursor.row_factory = None
        scanned = {row[0]: row for row in cursor if row[0] in members}
    written = 0
    reported = 0
    size = min(BLOCK, every)
    for start in range(0, len(wanted), size):
        block = wanted[start:start + size]
        if scanned is None:
            cursor = connection.execute(select + f"incidents.seq IN "
                                        f"({', '.join('?' * len(block))})", block)
            cursor.row_factory = None
            rows_by_seq = {row[0]: row for row in cursor}
        else:
            rows_by_seq = scanned
        rows = [row for row in map(rows_by_seq.get, block) if row is not None]
        if not rows:
            continue
        write(_lines(rows, python_parts, plan.escape_formulas))
        written += len(rows)
        if progress is not None and written - reported >= every:
            reported = written
            if not progress(written):
                break
    return written


def _lines(rows: Sequence[tuple[Any, ...]], python_parts: Sequence[tuple[int, str]],
           escape_formulas: bool) -> str:
    """The CRLF-ended lines of fetched rows (seq first, then one value per part)."""
    if not python_parts and len(rows[0]) == 2:  # the whole line is one printf
        return LINE_END.join([row[1] for row in rows]) + LINE_END
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for position, kind in python_parts:
        columns[position] = [repr(value) if type(value) is float  # what csv.writer writes
                             else _cell(value, kind, escape_formulas)
                             for value in columns[position]]
    # One join over part, separator, part, ..., line end, row after row: no string per row.
    parts = columns[1:]
    separators = [repeat(",", len(rows)) for _ in parts[1:]] + [repeat(LINE_END, len(rows))]
    interleaved = chain.from_iterable(zip(parts, separators, strict=True))
    return "".join(chain.from_iterable(zip(*interleaved, strict=True)))


def _cell(value: Any, kind: str, escape_formulas: bool) -> str:
    if value is None:
        return '""'
    return reference_line((value,), (kind,), escape_formulas)


# --- the worker process -------------------------------------------------------------------

def worker_main(arguments: Sequence[str]) -> int:
    """Body of ``asylum-browser _export-part``: build this worker's chunks of an export.

    stdin holds one JSON line (database URI, plan, chunk size, seq count), then the seq
    numbers as native int64. Each chunk goes to stdout as a line ``rows bytes`` and then
    its UTF-8 lines (see core/export/workers.py). Failures end with exit code 4 and a one-line
    reason on stderr.
    """
    del arguments
    try:
        job = json.loads(sys.stdin.buffer.readline())
        seqs = array("q")
        seqs.frombytes(sys.stdin.buffer.read(8 * int(job["count"])))
        connection = sqlite3.connect(job["uri"], uri=True, check_same_thread=False)
        connection.execute("PRAGMA query_only = 1")
        # No memory-mapped reads: every page of the file a worker touches would count in its
        # resident memory (575 MB at 1M rows), and at 1M rows they built lines no faster.
        plan = LinePlan.from_json(job["plan"])
        chunk_rows = int(job["chunk_rows"])
        out = sys.stdout.buffer
        for start in range(0, len(seqs), chunk_rows):
            pieces: list[str] = []
            rows = write_lines(connection, plan, seqs[start:start + chunk_rows], pieces.append)
            data = "".join(pieces).encode("utf-8")
            out.write(b"%d %d\n" % (rows, len(data)))
            out.write(data)
            out.flush()
        return 0
    except BrokenPipeError:  # the export was cancelled
        return 4
    except Exception as error:
        sys.stderr.write(f"{type(error).__name__}: {error}\n")
        return 4
