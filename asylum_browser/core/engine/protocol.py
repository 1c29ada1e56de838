"""The one contract both answer engines keep.

The SQL engine (core/engine/sql_engine.py) answers from SQLite alone; the columnar engine
(core/engine/columnar_engine.py) answers from numpy arrays and asks SQLite only for text
search and names. The repository chooses one when a database opens (and switches once the
columnar index has loaded); nothing else asks which one it has. A differential property test
(tests/core/test_engines_agree.py) holds them to the same answers.

Every spec an engine sees is resolved: theme:, tag:, flag: and note: terms are already id
terms (core/query/resolve.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from asylum_browser.core.engine.mapdata import Describe, MapPoints
from asylum_browser.core.model.schema import FacetDef
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.values import Facet, QuerySpec, TimelineBin

Label = Callable[[str | None, Any], str]  # (vocabulary, code) -> what users read
Answer = tuple[SeqList, tuple[Facet, ...], tuple[TimelineBin, ...]]


class Engine(Protocol):
    """Ids, counts, facets, the timeline and map points of a resolved query."""

    name: str  # "sql" or "columnar", for the bench and the status bar

    def ids(self, spec: QuerySpec) -> SeqList:
        """Seq numbers of the matches, in the spec's sort order."""
        ...

    def first_ids(self, spec: QuerySpec, limit: int) -> SeqList:
        """The first ``limit`` of ``ids``."""
        ...

    def count(self, spec: QuerySpec) -> int:
        """How many incidents match."""
        ...

    def facet(self, definition: FacetDef, spec: QuerySpec) -> Facet:
        """One facet, counted with every clause but its own."""
        ...

    def timeline(self, spec: QuerySpec, unit: str) -> tuple[TimelineBin, ...]:
        """Counts per year or month; dates known only to the year count as imprecise."""
        ...

    def map_points(self, spec: QuerySpec, describe: Describe) -> MapPoints:
        """The matches that have coordinates, in the spec's order."""
        ...

    def answer(self, spec: QuerySpec, unit: str) -> Answer:
        """Ids, every registry facet and the timeline at once, sharing the work."""
        ...
