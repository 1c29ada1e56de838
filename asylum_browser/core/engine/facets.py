"""Turn (value, count) pairs into a Facet, the same way for the SQL and the columnar paths."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from asylum_browser.core.model.schema import FacetDef
from asylum_browser.core.model.values import Facet, FacetValue, QuerySpec
from asylum_browser.core.query.editing import term_token

Label = Callable[[str | None, Any], str]


def value_label(definition: FacetDef, key: object, label: Label) -> str:
    """How a facet value reads: '1980s' for decades, the vocabulary's label otherwise."""
    if key is not None and definition.label_suffix:
        return f"{key}{definition.label_suffix}"
    return label(definition.vocabulary, key)


def facet_token(definition: FacetDef, key: object, text: str) -> str:
    """The token that selects one facet value: readable names, codes for vocabularies."""
    if key is None:
        return term_token(definition.field, "unknown")
    if definition.token_names_label:
        return term_token(definition.field, text)
    return term_token(definition.field, str(key))


def _whole(key: str | None) -> bool:
    return key is not None and key.lstrip("-").isascii() and key.lstrip("-").isdigit()


def make_facet(definition: FacetDef, counts: Iterable[tuple[object, int]], spec: QuerySpec,
               label: Label) -> Facet:
    """A facet from its counts: labels, tokens, the order users expect, and the selection."""
    values = []
    for key, count in counts:
        text = value_label(definition, key, label)
        values.append(FacetValue(None if key is None else str(key), text, int(count),
                                 facet_token(definition, key, text)))
    if definition.ordered_by_key:
        # In number order; a key that is no number (a damaged row's "x") after the numbers.
        values.sort(key=lambda v: (v.key is None, not _whole(v.key),
                                   int(v.key) if v.key and _whole(v.key) else 0, v.key or ""))
    else:
        values.sort(key=lambda v: (v.key is None, -v.count, v.label.casefold()))
    # once each: resolving notes can write one term into several clauses
    selected = tuple(dict.fromkeys(term_token(term.field, term.value, term.negated)
                                   for clause in spec.clauses for term in clause
                                   if term.field == definition.field))
    return Facet(definition.name, definition.label, tuple(values), selected)
