"""Rows of registry columns for the export paths that Python writes itself (workspace columns
such as your tags, and the csv-module fallback), streamed without building a list.

Text cells can be formula-escaped by SQLite (core/model/formula.py), so the loop stays in C.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from asylum_browser.core.engine.database import translate_errors
from asylum_browser.core.engine.repository import ROW_BLOCK, Repository
from asylum_browser.core.engine.sql import order_by, where_for
from asylum_browser.core.export.edtf import export_sql
from asylum_browser.core.model.formula import escaped_sql
from asylum_browser.core.model.schema import COLUMNS_BY_NAME
from asylum_browser.core.model.values import QuerySpec


def select_list(columns: Sequence[str], escape_formulas: bool, dates: str = "iso") -> str:
    """Registry columns for a SELECT; text ones formula-escaped when asked, dates in the
    style asked (edtf.py)."""
    parts = []
    for name in columns:
        column = COLUMNS_BY_NAME[name]
        text = column.kind in ("text", "date")
        sql = export_sql(column, dates)
        parts.append(escaped_sql(sql) if escape_formulas and text else sql)
    return ", ".join(parts)


def rows_for_seqs(repository: Repository, seqs: Sequence[int], columns: Sequence[str],
                  escape_formulas: bool = False,
                  dates: str = "iso") -> Iterator[tuple[Any, ...]]:
    """Rows of the given registry columns for these seq numbers, in the order given."""
    selected = select_list(columns, escape_formulas, dates)
    database = repository.database
    for start in range(0, len(seqs), ROW_BLOCK):
        block = list(seqs[start:start + ROW_BLOCK])
        marks = ", ".join("?" * len(block))
        with translate_errors(database.path):
            found = {row[0]: tuple(row[1:]) for row in database.connection().execute(
                f"SELECT incidents.seq, {selected} FROM incidents "
                f"WHERE incidents.seq IN ({marks})", block)}
        yield from (found[seq] for seq in block if seq in found)


def rows_for_spec(repository: Repository, spec: QuerySpec, columns: Sequence[str],
                  escape_formulas: bool = False,
                  dates: str = "iso") -> Iterator[tuple[Any, ...]]:
    """Rows of the given registry columns for every match of ``spec``, in its order."""
    spec = repository.resolve(spec)
    selected = select_list(columns, escape_formulas, dates)
    where, params = where_for(spec)
    database = repository.database
    with translate_errors(database.path):
        cursor = database.connection().execute(
            f"SELECT {selected} FROM incidents WHERE {where} ORDER BY {order_by(spec)}", params)
        cursor.row_factory = None
        yield from cursor
