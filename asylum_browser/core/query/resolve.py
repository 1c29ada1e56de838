"""Turn the fields that no column holds into id terms, once per query, before any engine runs.

theme: (derived at build time, kept in the database's incident_themes) and tag:, flag:,
note: (the user's workspace, core/query/annotations.py) become "ids" terms, which both
engines answer alike. The window, the CLI and the export all resolve through here.
"""

from __future__ import annotations

from dataclasses import replace

from asylum_browser.core.model.fields import FIELDS, FieldKind, TermKind
from asylum_browser.core.model.text import normalise
from asylum_browser.core.model.themes import ThemeSets
from asylum_browser.core.model.values import Annotations, QuerySpec, Term
from asylum_browser.core.query.annotations import resolve as resolve_annotations


def _is_theme(term: Term) -> bool:
    definition = FIELDS.get(term.field or "")
    return (term.kind is TermKind.FIELD and definition is not None
            and definition.kind is FieldKind.THEME)


def resolve_themes(spec: QuerySpec, themes: ThemeSets) -> QuerySpec:
    """theme: terms as id terms; theme:unknown is the incidents no theme applies to."""
    if not any(_is_theme(term) for clause in spec.clauses for term in clause):
        return spec
    clauses = []
    for clause in spec.clauses:
        terms = []
        for term in clause:
            if _is_theme(term):
                if term.unknown:
                    ids, negated = themes.everything, not term.negated
                else:
                    code = themes.names.get(normalise(term.value), "")
                    ids, negated = themes.members.get(code, frozenset()), term.negated
                term = Term(TermKind.IDS, term.value, term.field, negated, ids=ids,
                            single_value=term.single_value)
            terms.append(term)
        clauses.append(tuple(terms))
    return replace(spec, clauses=tuple(clauses))


def resolve(spec: QuerySpec, themes: ThemeSets,
            annotations: Annotations | None = None) -> QuerySpec:
    """The spec every engine answers: workspace fields and themes as id terms."""
    if annotations is not None:
        spec = resolve_annotations(spec, annotations)
    return resolve_themes(spec, themes)
