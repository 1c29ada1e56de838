"""The columnar engine: the Engine contract over a ColumnarIndex's numpy arrays."""

from __future__ import annotations

from asylum_browser.core.engine.columnar import ColumnarIndex
from asylum_browser.core.engine.database import translate_errors
from asylum_browser.core.engine.mapdata import CodedValues, Describe, MapPoints, known_positions
from asylum_browser.core.engine.protocol import Answer
from asylum_browser.core.engine.sql_engine import SqlEngine
from asylum_browser.core.model.schema import FacetDef
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.values import Facet, QuerySpec, TimelineBin


class ColumnarEngine:
    """Answers from the index; text search and names still come from SQLite through it."""

    name = "columnar"

    def __init__(self, index: ColumnarIndex, sql: SqlEngine) -> None:
        self.index = index
        self.sql = sql
        self._path = sql.database.path

    def ids(self, spec: QuerySpec) -> SeqList:
        with translate_errors(self._path):
            return self.index.ids_for(spec)

    def first_ids(self, spec: QuerySpec, limit: int) -> SeqList:
        return self.ids(spec)[:limit]

    def count(self, spec: QuerySpec) -> int:
        with translate_errors(self._path):
            return int(self.index.mask(spec).sum())

    def facet(self, definition: FacetDef, spec: QuerySpec) -> Facet:
        with translate_errors(self._path):
            return self.index.facet(definition, spec, self.sql.label,
                                    self.index.clause_masks(spec))

    def timeline(self, spec: QuerySpec, unit: str) -> tuple[TimelineBin, ...]:
        with translate_errors(self._path):
            return self.index.timeline(self.index.mask(spec), unit)

    def map_points(self, spec: QuerySpec, describe: Describe) -> MapPoints:
        index = self.index
        with translate_errors(self._path):
            positions = index.positions(spec)
            positions = positions[known_positions(index.latitude[positions],
                                                  index.longitude[positions])]
            outcome = index.categories["outcome_class"]
            return MapPoints(index.seqs[positions], index.latitude[positions],
                             index.longitude[positions],
                             CodedValues(outcome.codes[positions], outcome.values),
                             index.precise[positions], describe)

    def answer(self, spec: QuerySpec, unit: str) -> Answer:
        index = self.index
        with translate_errors(self._path):
            masks = index.clause_masks(spec)
            mask = index.combine(masks, index.size)
            ids = index.ids_for(spec, mask)
            return ids, index.facets(spec, self.sql.label, masks), index.timeline(mask, unit)
