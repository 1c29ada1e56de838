"""CSV lines built inside SQLite, so an export does no Python work per row.

Why: fetching a million rows into Python objects and handing them to csv.writer costs about
2.5 times the sqlite3 shell's own CSV export (issue 5). Here one ``printf`` per run of columns
builds the quoted, formula-escaped text, group_concat joins a chunk of lines, and Python only
writes each chunk's bytes (issue 14: a tuple and a str per row, decoding and encoding them, and
joining them in Python cost as much CPU again as the SQL, 0.6 against 0.5 s per 100k rows).

The dialect is the csv module's ``QUOTE_NONNUMERIC`` with CRLF: every text cell is quoted with
inner quotes doubled, numbers are bare, and an unknown (NULL) is written as ``""``.
:func:`reference_line` is exactly that csv.writer over the values as Python reads them; a
Python function called from the SQL writes with it every cell the SQL cannot vouch for (real
numbers, whose shortest form only Python knows, and any column holding a value of an
unexpected storage type or a NUL character, which printf would cut short), and the tests
compare the two byte for byte.

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
CHUNK_ROWS = 5000  # rows per SELECT: one string of about 2 MB at 450 bytes a line
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
    """How to build each line: one SQL expression for the whole line, line end included.

    It joins printf runs, which render the cells SQL can vouch for, and calls of the Python
    functions ``PYTHON_CELLS<n>`` (see :func:`register_cells`), which render the runs of
    cells only Python can; ``python_runs[n]`` holds the kinds of run n, and whether it is
    the line's first and last part (for its separators).
    """

    line: str
    python_runs: tuple[tuple[tuple[str, ...], bool, bool], ...]
    escape_formulas: bool

    def to_json(self) -> str:
        return json.dumps({"line": self.line, "python_runs": self.python_runs,
                           "escape_formulas": self.escape_formulas})

    @classmethod
    def from_json(cls, text: str) -> LinePlan:
        data = json.loads(text)
        return cls(str(data["line"]),
                   tuple((tuple(kinds), bool(first), bool(last))
                         for kinds, first, last in data["python_runs"]),
                   bool(data["escape_formulas"]))


PYTHON_CELLS = "asylum_export_cells"  # + the run's number: the SQL function of that run


def plan_lines(columns: Sequence[tuple[str, str]], escape_formulas: bool,
               facts: Mapping[str, int]) -> LinePlan:
    """Plan lines for ``columns`` given as (SQL expression, kind) pairs.

    ``facts`` is what :func:`column_facts` found for the columns: only those it vouches for
    are rendered by SQL, and the formula test is left out where no value needs it. A column
    missing from ``facts`` (and every real number: only Python knows its shortest form) goes
    through Python.
    """
    runs: list[tuple[bool, list[tuple[str, str, int]]]] = []  # (by SQL?, cells)
    for expression, kind in columns:
        fact = facts.get(expression, UNTRUSTED)
        by_sql = kind in (*TEXT_KINDS, "integer") and not fact & UNTRUSTED
        if not runs or runs[-1][0] != by_sql or (by_sql and
                                                 len(runs[-1][1]) == CELLS_PER_PRINTF):
            runs.append((by_sql, []))
        runs[-1][1].append((expression, kind,
                            fact if escape_formulas else fact & ~FORMULA_STARTS))
    parts: list[str] = []
    python_runs: list[tuple[tuple[str, ...], bool, bool]] = []
    for number, (by_sql, cells) in enumerate(runs):
        first, last = number == 0, number == len(runs) - 1
        if by_sql:
            parts.append(_printf(cells, "" if first else ",", LINE_END if last else ""))
            continue
        parts.append(f"{PYTHON_CELLS}{len(python_runs)}"
                     f"({', '.join(expression for expression, _, _ in cells)})")
        python_runs.append((tuple(kind for _, kind, _ in cells), first, last))
    return LinePlan(" || ".join(parts), tuple(python_runs), escape_formulas)


def _printf(cells: Sequence[tuple[str, str, int]], before: str, after: str) -> str:
    """One printf for a run of cells (expression, kind, the facts that matter for it), with
    the separator before it and the line end after it, if any."""
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
    return f"printf('{before}{','.join(formats)}{after}', {', '.join(arguments)})"


def register_cells(connection: sqlite3.Connection, plan: LinePlan) -> None:
    """Give ``connection`` the Python functions the plan's SQL calls.

    A function per run of adjacent cells, not per cell: a call from SQLite into Python
    costs about a microsecond, more than rendering the cells. Each renders its cells as
    csv.writer does, with the run's separators, so SQLite only joins strings.
    """
    for number, (kinds, first, last) in enumerate(plan.python_runs):
        connection.create_function(f"{PYTHON_CELLS}{number}", len(kinds),
                                   _cells_function(kinds, first, last, plan.escape_formulas))


def _cells_function(kinds: Sequence[str], first: bool, last: bool,
                    escape_formulas: bool) -> Callable[..., str]:
    before = "" if first else ","
    after = LINE_END if last else ""

    def cells(*values: Any) -> str:
        try:  # the common case, real numbers only: csv.writer writes their repr
            return before + ",".join(map(float.__repr__, values)) + after
        except TypeError:  # not a float: None, text, an integer, a blob
            return before + ",".join([_cell(value, kind, escape_formulas)
                                      for value, kind in zip(values, kinds, strict=True)]) + after

    return cells


def write_lines(connection: sqlite3.Connection, plan: LinePlan, seqs: Sequence[int],
                write: Callable[[bytes], object],
                progress: Callable[[int], bool] | None = None, every: int = CHUNK_ROWS) -> int:
    """Write the UTF-8 lines of these incidents (by seq, in the order given); return how many.

    Each chunk of rows is one SELECT that hands back its lines as one string: SQLite looks
    the rows up in the order given (json_each drives the join) and group_concat joins the
    lines, so Python makes no object per row and neither decodes nor encodes the text.
    ``progress(rows)`` is called about every ``every`` rows; returning False stops early.
    """
    register_cells(connection, plan)
    select = (f"SELECT count(*), CAST(group_concat({plan.line}, '') AS BLOB) "
              "FROM json_each(?) AS chosen CROSS JOIN incidents "
              "ON incidents.seq = chosen.value")
    written = 0
    reported = 0
    size = max(1, min(CHUNK_ROWS, every))
    for start in range(0, len(seqs), size):
        block = seqs[start:start + size]
        values = block.tolist() if hasattr(block, "tolist") else [int(seq) for seq in block]
        cursor = connection.execute(select, (json.dumps(values),))
        cursor.row_factory = None  # the bytes as SQLite gives them, whatever the connection's
        rows, lines = cursor.fetchone()
        if not rows:
            continue
        write(lines)
        written += rows
        if progress is not None and written - reported >= every:
            reported = written
            if not progress(written):
                break
    return written


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
            pieces: list[bytes] = []
            rows = write_lines(connection, plan, seqs[start:start + chunk_rows], pieces.append)
            data = b"".join(pieces)
            out.write(b"%d %d\n" % (rows, len(data)))
            out.write(data)
            out.flush()
        return 0
    except BrokenPipeError:  # the export was cancelled
        return 4
    except Exception as error:
        sys.stderr.write(f"{type(error).__name__}: {error}\n")
        return 4
