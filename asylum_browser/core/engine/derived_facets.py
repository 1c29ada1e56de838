"""Facets over sets of ids rather than a column: themes, your tags and your follow-up flags.

No column holds them, so neither engine can count them by a GROUP BY or a bincount; each
value is a set of incident ids, counted against the ids the query shows without its own
clauses (as every facet is). One function serves all three, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

import numpy as np

from asylum_browser.core.model.seqlist import SeqList
from asylum_browser.core.model.values import Facet, FacetValue, QuerySpec
from asylum_browser.core.query.editing import term_token


@dataclass(frozen=True)
class IdGroup:
    """One value of such a facet: its key, how it reads, and the incidents it holds."""

    key: str
    label: str
    token: str  # what a click writes: theme:long-stay, tag:madrid-1936, flag:yes
    members: frozenset[str]


def id_group_facet(name: str, label: str, field: str, groups: Sequence[IdGroup],
                   spec: QuerySpec, ids: SeqList, ids_for: Callable[[QuerySpec], SeqList],
                   seq_of: Mapping[str, int], by_count: bool = True) -> Facet:
    """The facet ``name`` over ``groups``, counted without the spec's own ``field`` clauses.

    ``spec`` is resolved and ``ids`` its answer; ``ids_for`` answers the spec without the
    facet's own clauses when it has some. A value the query selects stays listed at zero.
    """
    # Its own clauses are those of this field alone, as for the column facets: a clause
    # "theme:x OR host:y" also filters by host, so it applies to the counts.
    own = tuple(c for c in spec.clauses if all(t.field == field for t in c))
    mine = [t for c in spec.clauses for t in c if t.field == field]
    shown = ids if not own else ids_for(replace(
        spec, clauses=tuple(c for c in spec.clauses if c not in own)))
    selected_keys = {t.value.casefold() for t in mine}
    values = []
    for group in groups:
        members = np.fromiter((seq_of[i] for i in group.members if i in seq_of),
                              dtype=np.int64)
        count = int(np.isin(members, shown.array).sum())
        if count or group.key.casefold() in selected_keys or \
                group.token.partition(":")[2].casefold() in selected_keys:
            values.append(FacetValue(group.key, group.label, count, group.token))
    if by_count:
        values.sort(key=lambda v: (-v.count, v.label))
    # once each: resolving notes can write one term into several clauses
    selected = tuple(dict.fromkeys(term_token(field, t.value, t.negated) for t in mine))
    return Facet(name, label, tuple(values), selected)
