"""The SQL engine: every answer from SQLite, with the WHERE clauses of core/engine/sql.py.

It needs nothing loaded first, so it answers while the columnar index builds, and it is the
reference the columnar engine must agree with.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from asylum_browser.core.engine.database import Database, translate_errors
from asylum_browser.core.engine.date_order import matches_by_date, seqs_by_date
from asylum_browser.core.engine.facets import make_facet
from asylum_browser.core.engine.mapdata import Describe, MapPoints
from asylum_browser.core.engine.protocol import Answer, Label
from asylum_browser.core.engine.sql import order_by, where_for
from asylum_browser.core.model.geo import POSITION_SQL
from asylum_browser.core.model.schema import FACETS, FacetDef
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.values import Facet, QuerySpec, TimelineBin


class SqlEngine:
    """Answers one database's queries with SQL."""

    name = "sql"

    def __init__(self, database: Database, label: Label) -> None:
        self.database = database
        self.label = label

    def _rows(self, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        with translate_errors(self.database.path):
            cursor = self.database.connection().execute(sql, params)
            cursor.row_factory = None
            return cursor.fetchall()

    def ids(self, spec: QuerySpec) -> SeqList:
        where, params = where_for(spec)
        if spec.sort == "date":  # every row, or many: sorted without SQLite's sort
            with translate_errors(self.database.path):
                connection = self.database.connection()
                found = (seqs_by_date(connection, spec.descending) if spec.is_empty
                         else matches_by_date(connection, where, params, spec.descending))
            if found is not None:
                return SeqList(found)
        sql = f"SELECT incidents.seq FROM incidents WHERE {where} ORDER BY {order_by(spec)}"
        with translate_errors(self.database.path):
            cursor = self.database.connection().execute(sql, params)
            cursor.row_factory = None
            return SeqList(np.fromiter((row[0] for row in cursor), dtype=np.int64))

    def first_ids(self, spec: QuerySpec, limit: int) -> SeqList:
        where, params = where_for(spec)
        rows = self._rows(f"SELECT incidents.seq FROM incidents WHERE {where} "
                          f"ORDER BY {order_by(spec)} LIMIT ?", [*params, limit])
        return SeqList([row[0] for row in rows])

    def count(self, spec: QuerySpec) -> int:
        where, params = where_for(spec)
        return int(self._rows(f"SELECT COUNT(*) FROM incidents WHERE {where}", params)[0][0])

    def facet(self, definition: FacetDef, spec: QuerySpec) -> Facet:
        where, params = where_for(spec, skip_fields=[definition.field])
        rows = self._rows(f"SELECT {definition.sql} AS key, COUNT(*) AS n FROM incidents "
                          f"WHERE {where} GROUP BY key", params)
        return make_facet(definition, ((key, n) for key, n in rows), spec, self.label)

    def timeline(self, spec: QuerySpec, unit: str) -> tuple[TimelineBin, ...]:
        where, params = where_for(spec)
        width = 4 if unit == "year" else 7
        rows = self._rows(
            f"SELECT CASE WHEN date_start_precision = 'year' THEN substr(date_start, 1, 4) "
            f"ELSE substr(date_start, 1, {width}) END AS period, "
            f"SUM(date_start_precision = 'year' AND {width} > 4) AS imprecise, "
            f"COUNT(*) AS n FROM incidents WHERE ({where}) AND date_start IS NOT NULL "
            "GROUP BY period ORDER BY period", params)
        return tuple(TimelineBin(period, int(n) - int(imprecise), int(imprecise))
                     for period, imprecise, n in rows)

    def map_points(self, spec: QuerySpec, describe: Describe) -> MapPoints:
        where, params = where_for(spec)
        rows = self._rows(
            "SELECT seq, latitude, longitude, location_precision, outcome_class "
            f"FROM incidents WHERE ({where}) AND {POSITION_SQL} "
            f"ORDER BY {order_by(spec)}", params)
        return MapPoints(np.array([r[0] for r in rows], dtype=np.int64),
                         np.array([r[1] for r in rows], dtype=np.float64),
                         np.array([r[2] for r in rows], dtype=np.float64),
                         [r[4] for r in rows],
                         np.array([r[3] == "mission" for r in rows], dtype=bool), describe)

    def answer(self, spec: QuerySpec, unit: str) -> Answer:
        return (self.ids(spec), tuple(self.facet(d, spec) for d in FACETS),
                self.timeline(spec, unit))

