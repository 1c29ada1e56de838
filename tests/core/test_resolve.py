"""theme: terms become id terms before any engine runs (core/query/resolve.py).

The theme sets are written here by hand, so each expectation is read off this file, not
computed by the code under test.
"""

from __future__ import annotations

import pytest

from asylum_browser.core.model.fields import TermKind
from asylum_browser.core.model.themes import ThemeSets
from asylum_browser.core.query.parser import parse_query
from asylum_browser.core.query.resolve import resolve, resolve_themes

THEMES = ThemeSets(
    members={"long_stay": frozenset({"a", "b"}), "mass_refuge": frozenset({"c"})},
    names={"long stay": "long_stay", "long-stay": "long_stay", "mass refuge": "mass_refuge",
           "mass-refuge": "mass_refuge"})


def resolved_terms(query: str) -> list[list[tuple[object, ...]]]:
    spec = resolve_themes(parse_query(query), THEMES)
    return [[(term.kind, term.field, term.value, term.negated, term.ids, term.single_value)
             for term in clause] for clause in spec.clauses]


@pytest.mark.parametrize(("query", "expected"), [
    ("theme:long-stay",
     [[(TermKind.IDS, "theme", "long-stay", False, frozenset({"a", "b"}), True)]]),
    ('theme:"Long Stay"',
     [[(TermKind.IDS, "theme", "Long Stay", False, frozenset({"a", "b"}), True)]]),
    ("-theme:long-stay",
     [[(TermKind.IDS, "theme", "long-stay", True, frozenset({"a", "b"}), False)]]),
    # unknown: no theme applies, so NOT "has any theme", and its negation has one
    ("theme:unknown",
     [[(TermKind.IDS, "theme", "unknown", True, frozenset({"a", "b", "c"}), True)]]),
    ("-theme:unknown",
     [[(TermKind.IDS, "theme", "unknown", False, frozenset({"a", "b", "c"}), False)]]),
    # a theme nobody defined finds nothing (not everything)
    ("theme:no-such-theme",
     [[(TermKind.IDS, "theme", "no-such-theme", False, frozenset(), True)]]),
])
def test_theme_terms_become_the_ids_of_their_theme(query: str,
                                                   expected: list[list[tuple[object, ...]]]
                                                   ) -> None:
    assert resolved_terms(query) == expected


def test_other_terms_keep_their_place_and_a_query_without_themes_is_returned_as_is() -> None:
    spec = parse_query("embassy theme:mass-refuge host:china theme:long-stay OR lima")
    clauses = resolve_themes(spec, THEMES).clauses
    assert [[term.kind for term in clause] for clause in clauses] == [
        [TermKind.WORD], [TermKind.IDS], [TermKind.FIELD], [TermKind.IDS, TermKind.WORD]]
    assert clauses[0] == spec.clauses[0] and clauses[2] == spec.clauses[2]
    assert clauses[3][1] == spec.clauses[3][1]
    assert clauses[1][0].ids == frozenset({"c"}) and clauses[3][0].ids == frozenset({"a", "b"})
    plain = parse_query("embassy host:china")
    assert resolve_themes(plain, THEMES) is plain
    assert resolve(plain, THEMES) is plain


def test_with_no_themes_at_all_every_theme_finds_nothing_and_unknown_everything() -> None:
    empty = ThemeSets.empty()
    (term,) = resolve_themes(parse_query("theme:long-stay"), empty).clauses[0]
    assert (term.kind, term.ids, term.negated) == (TermKind.IDS, frozenset(), False)
    (term,) = resolve_themes(parse_query("theme:unknown"), empty).clauses[0]
    assert (term.kind, term.ids, term.negated) == (TermKind.IDS, frozenset(), True)
