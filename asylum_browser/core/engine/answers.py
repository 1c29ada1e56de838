"""The answer pipeline: one query in, everything the window, the CLI and the export show out.

parse (core/query/parser.py) -> resolve themes and the workspace's fields to ids
(core/query/resolve.py) -> the repository's engine answers ids, facets and the timeline ->
the facets no column holds (your tags, follow-up, themes) -> Results. The window runs
:func:`compute_results` off the GUI thread; the CLI's ``facets`` and the export call the same
functions, so a query answers alike wherever it is asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from asylum_browser.core.engine.derived_facets import IdGroup, id_group_facet
from asylum_browser.core.engine.mapdata import MapPoints
from asylum_browser.core.engine.repository import Repository, Row
from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.themes import THEMES
from asylum_browser.core.model.values import Annotations, Facet, QuerySpec, TimelineBin
from asylum_browser.core.query.describe import describe_query
from asylum_browser.core.query.editing import term_token
from asylum_browser.core.query.timeline import unit_for
from asylum_browser.i18n.words import QT_TRANSLATE_NOOP

TABLE_BLOCK = 200  # rows the table reads at a time; Results carries the first block


@dataclass(frozen=True)
class Results:
    """Everything one query answers, computed together off the GUI thread."""

    spec: QuerySpec
    ids: Sequence[int]  # a SeqList (one numpy array), not a tuple of a million ints
    total: int
    facets: tuple[Facet, ...]
    timeline: tuple[TimelineBin, ...] = ()
    baseline: tuple[TimelineBin, ...] = ()  # the whole database, drawn faintly behind
    points: MapPoints = field(default_factory=MapPoints.empty)  # matches with coordinates
    # The table's first block of rows, read here so that the first paint after a new query
    # does no SQL on the GUI thread (on a large file that read can take ~100 ms of disk).
    first_rows: tuple[Row, ...] = ()
    timeline_unit: str = "year"  # "month" when the query's dates span six years or less

    @property
    def count(self) -> int:
        return len(self.ids)

    @property
    def words(self) -> str:
        return describe_query(self.spec)


def derived_facets(repository: Repository, resolved: QuerySpec, ids: SeqList,
                   annotations: Annotations | None = None
                   ) -> tuple[tuple[Facet, ...], tuple[Facet, ...]]:
    """(Your tags and Follow-up, Themes): the facets to put before and after the registry's."""
    before: list[Facet] = []
    if annotations is not None and not annotations.is_empty:
        seq_of = repository.seqs_of_ids(set().union(*annotations.tags.values(),
                                                    annotations.flags))
        tags = [IdGroup(tag, tag, term_token("tag", tag), frozenset(members))
                for tag, members in annotations.tags.items()]
        if tags:
            before.append(id_group_facet("tag", "Your tags", "tag", tags, resolved, ids,
                                         repository.ids_for, seq_of))
        if annotations.flags:
            flagged = [IdGroup("yes", "Flagged for follow-up", term_token("flag", "yes"),
                               annotations.flags)]
            before.append(id_group_facet("flag", "Follow-up", "flag", flagged, resolved, ids,
                                         repository.ids_for, seq_of))
    themes = repository.themes()
    after: list[Facet] = []
    if themes.members:
        groups = [IdGroup(code, repository.label("theme", code),
                          term_token("theme", code.replace("_", "-")),
                          themes.members.get(code, frozenset())) for code in THEMES]
        after.append(id_group_facet("theme", QT_TRANSLATE_NOOP("Field", "Themes"), "theme",
                                    groups, resolved, ids, repository.ids_for,
                                    repository.theme_seqs(), by_count=False))
    return tuple(before), tuple(after)


def facets_for(repository: Repository, spec: QuerySpec,
               annotations: Annotations | None = None) -> tuple[Facet, ...]:
    """Every facet of a query, as the sidebar lists them (the CLI's ``facets``)."""
    resolved = repository.resolve(spec, annotations)
    ids, facets, _timeline = repository.engine.answer(resolved, "year")
    before, after = derived_facets(repository, resolved, ids, annotations)
    return before + facets + after


def compute_results(repository: Repository, spec: QuerySpec,
                    annotations: Annotations | None = None) -> Results:
    """The work a query needs: ids in order, the total, every facet, the timeline, the map.

    ``annotations`` (a snapshot of the user's tags, notes and flags) resolves tag:, flag: and
    note:, lets plain words find notes, and adds the Tags and Follow-up facets.
    """
    resolved = repository.resolve(spec, annotations)
    unit = unit_for(spec)
    ids, facets, timeline = repository.engine.answer(resolved, unit)
    before, after = derived_facets(repository, resolved, ids, annotations)
    return Results(spec, ids, repository.count(), before + facets + after, timeline,
                   repository.engine.timeline(QuerySpec(), unit),
                   repository.map_points(resolved),
                   tuple(repository.rows(ids[:TABLE_BLOCK])), unit)
