"""Resolve tag:, flag: and note: (and plain words, which also search notes) against a snapshot
of the user's workspace, so that the rest of the core sees only incident ids.

The case database never holds the user's annotations; this step turns them into "ids" terms
that both answer paths (SQL and columnar) understand. Repeated tag: values OR together like
facet values do; a negated word must be missing from the record and from the note, also
as one alternative of an OR.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import product

from asylum_browser.core.model.fields import TEXT_TERMS, TermKind, flag_is_on
from asylum_browser.core.model.text import normalise
from asylum_browser.core.model.values import Annotations, QuerySpec, Term


def notes_matching(annotations: Annotations, text: str) -> frozenset[str]:
    wanted = normalise(text)
    if not wanted:
        return frozenset()
    return frozenset(incident for incident, note in annotations.notes.items()
                     if wanted in normalise(note))


def _ids_term(term: Term, ids: frozenset[str], negated: bool) -> Term:
    return Term(TermKind.IDS, term.value, term.field, negated, ids=ids,
                single_value=term.single_value)


def _resolve_field(term: Term, annotations: Annotations) -> Term:
    if term.field == "tag":
        everything = frozenset().union(*annotations.tags.values())
        if term.unknown:  # tag:unknown: incidents with no tag at all
            return _ids_term(term, everything, not term.negated)
        return _ids_term(term, frozenset(annotations.tags.get(normalise(term.value), ())),
                         term.negated)
    if term.field == "flag":
        on = flag_is_on(term.value) and not term.unknown
        return _ids_term(term, annotations.flags, term.negated == on)
    return _ids_term(term, notes_matching(annotations, term.value), term.negated)


def resolve(spec: QuerySpec, annotations: Annotations) -> QuerySpec:
    """The spec with workspace fields replaced by id terms, and notes searched by words."""
    has_fields = any(term.field in ("tag", "flag", "note") for clause in spec.clauses
                     for term in clause)
    if annotations.is_empty and not has_fields:
        return spec
    clauses: list[tuple[Term, ...]] = []
    for clause in spec.clauses:
        # Each part is one or more alternatives of the clause. A negated word that a note
        # mentions is a conjunction, (not in the record) and (not in the note), which a clause
        # of alternatives cannot hold: "a OR -w" is (a OR not-record) AND (a OR not-note), so
        # the clause is written once per choice of one half of each such pair.
        parts: list[tuple[Term, ...]] = []
        pairs: list[int] = []
        for term in clause:
            if term.field in ("tag", "flag", "note"):
                parts.append((_resolve_field(term, annotations),))
                continue
            noted = (notes_matching(annotations, term.value.rstrip("*"))
                     if term.kind in TEXT_TERMS and annotations.notes
                     else frozenset())
            if noted:
                if term.negated:
                    pairs.append(len(parts))
                # positive: in the record or in the note; negated: in neither
                parts.append((term, _ids_term(term, noted, term.negated)))
            else:
                parts.append((term,))
        for choice in product(*(parts[i] for i in pairs)):
            chosen = dict(zip(pairs, choice, strict=True))
            clauses.append(tuple(t for i, part in enumerate(parts)
                                 for t in ((chosen[i],) if i in chosen else part)))
    return replace(spec, clauses=tuple(clauses))
