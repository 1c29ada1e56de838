"""tag:, flag: and note: resolved against a workspace snapshot, on both answer paths."""

from __future__ import annotations

import pytest

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.fields import TermKind
from asylum_browser.core.model.values import Annotations, Term
from asylum_browser.core.query.annotations import resolve
from asylum_browser.core.query.describe import describe_query
from asylum_browser.core.query.parser import parse_query

SHENYANG = "2002-05-08-shenyang-japan-consulate"
SPAIN = "2002-03-14-beijing-spain-embassy"
LONDON = "2012-06-19-london-ecuador-embassy"
ANNOTATIONS = Annotations(
    tags={"vienna-convention": {SHENYANG, SPAIN, LONDON}, "raid": {SHENYANG}},
    notes={SHENYANG: "Compare the Vienna Convention, art. 22: inviolability of premises.",
           LONDON: "Seven years inside; see the UN working group opinion."},
    flags=frozenset({LONDON}))


@pytest.fixture(scope="module")
def both() -> tuple[Repository, Repository]:
    fast = Repository(open_database())
    fast.attach_columnar()
    return fast, Repository(open_database())


def ids(repository: Repository, query: str) -> list[str]:
    spec = resolve(parse_query(query), ANNOTATIONS)
    return [row["id"] for row in repository.rows(repository.ids_for(spec))]


@pytest.mark.parametrize(("query", "expected"), [
    ("tag:vienna-convention", {SHENYANG, SPAIN, LONDON}),
    ("tag:raid tag:nothing-like-it", {SHENYANG}),  # repeated values OR, as in facets
    ("tag:vienna-convention -tag:raid", {SPAIN, LONDON}),
    ("tag:vienna-convention host:china", {SHENYANG, SPAIN}),
    ("flag:yes", {LONDON}),
    ("note:inviolability", {SHENYANG}),
    ("note:\"working group\"", {LONDON}),
])
def test_workspace_fields_find_the_same_incidents_on_both_paths(
        both: tuple[Repository, Repository], query: str, expected: set[str]) -> None:
    fast, plain = both
    assert set(ids(fast, query)) == expected
    assert ids(fast, query) == ids(plain, query)


def test_words_also_find_notes_and_negated_words_exclude_them(
        both: tuple[Repository, Repository]) -> None:
    fast, plain = both
    found = set(ids(fast, "inviolability"))
    assert SHENYANG in found  # the record does not say it; the note does
    assert SHENYANG not in set(ids(fast, "host:china -inviolability"))
    assert ids(fast, "inviolability") == ids(plain, "inviolability")


def test_a_negated_noted_word_in_an_or_leaves_the_other_alternative_standing(
        both: tuple[Repository, Repository]) -> None:
    fast, plain = both
    found = ids(fast, "host:china OR -inviolability")
    assert SHENYANG in found  # in China, though its note says inviolability
    assert LONDON in found  # neither in China nor noted so
    assert found == ids(plain, "host:china OR -inviolability")
    assert SHENYANG not in ids(fast, "-inviolability")


def test_everything_else_is_untouched_and_unresolved_fields_match_nothing(
        both: tuple[Repository, Repository]) -> None:
    fast, _plain = both
    spec = parse_query("host:china shenyang")
    assert resolve(spec, Annotations.empty()) is spec
    unresolved = parse_query("tag:vienna-convention")
    assert fast.count(unresolved) == 0  # no workspace: nothing is tagged
    assert "your tag is “vienna-convention”" in describe_query(unresolved)
    flag_no = resolve(parse_query("flag:no"), ANNOTATIONS)
    assert LONDON not in {r["id"] for r in fast.rows(fast.ids_for(flag_no))}
    assert fast.count(flag_no) == fast.count() - 1


def ids_term(value: str, field: str | None, ids: set[str], negated: bool = False,
             single_value: bool = False) -> Term:
    return Term(TermKind.IDS, value, field, negated, ids=frozenset(ids),
                single_value=single_value)


@pytest.mark.parametrize(("query", "annotations", "clauses"), [
    ("tag:raid", ANNOTATIONS, ((ids_term("raid", "tag", {SHENYANG}, single_value=True),),)),
    ("tag:RAID", ANNOTATIONS, ((ids_term("RAID", "tag", {SHENYANG}, single_value=True),),)),
    # tag:unknown: not among all the tagged incidents
    ("tag:unknown", ANNOTATIONS,
     ((ids_term("unknown", "tag", {SHENYANG, SPAIN, LONDON}, negated=True,
                single_value=True),),)),
    ("-tag:unknown", ANNOTATIONS,
     ((ids_term("unknown", "tag", {SHENYANG, SPAIN, LONDON}),),)),
    ("tag:unknown", Annotations.empty(),
     ((ids_term("unknown", "tag", set(), negated=True, single_value=True),),)),
    ("flag:yes", ANNOTATIONS, ((ids_term("yes", "flag", {LONDON}, single_value=True),),)),
    ("flag:no", ANNOTATIONS,
     ((ids_term("no", "flag", {LONDON}, negated=True, single_value=True),),)),
    ("-flag:yes", ANNOTATIONS, ((ids_term("yes", "flag", {LONDON}, negated=True),),)),
    ("note:inviolability", ANNOTATIONS,
     ((ids_term("inviolability", "note", {SHENYANG}, single_value=True),),)),
    ("-note:inviolability", ANNOTATIONS,
     ((ids_term("inviolability", "note", {SHENYANG}, negated=True),),)),
    # with an empty workspace the fields still resolve, to nobody
    ("tag:raid", Annotations.empty(), ((ids_term("raid", "tag", set(), single_value=True),),)),
    ("flag:yes", Annotations.empty(), ((ids_term("yes", "flag", set(), single_value=True),),)),
    ("note:visa", Annotations.empty(),
     ((ids_term("visa", "note", set(), single_value=True),),)),
    ("tag:raid OR shenyang embassy", ANNOTATIONS,
     ((ids_term("raid", "tag", {SHENYANG}, single_value=True), Term(TermKind.WORD, "shenyang")),
      (Term(TermKind.WORD, "embassy"),))),
    # a field value is never looked for in notes, though a note says "Vienna"
    ("host:vienna", ANNOTATIONS,
     ((Term(TermKind.FIELD, "vienna", "host", single_value=True),),)),
    # a quoted phrase ending in * looks for its words in notes, as a word does
    ('"inviolability*"', ANNOTATIONS,
     ((Term(TermKind.PHRASE, "inviolability*"), ids_term("inviolability*", None, {SHENYANG})),)),
    # no note says "sex" (though "se" is in "Seven" and "see"): the word stays as typed
    ("SEX", ANNOTATIONS, ((Term(TermKind.WORD, "SEX"),),)),
    ("working", ANNOTATIONS,
     ((Term(TermKind.WORD, "working"), ids_term("working", None, {LONDON})),)),
])
def test_workspace_terms_resolve_to_the_incidents_they_name(
        query: str, annotations: Annotations, clauses: tuple[tuple[Term, ...], ...]) -> None:
    assert resolve(parse_query(query), annotations).clauses == clauses


def test_resolved_terms_read_in_words() -> None:
    assert describe_query(resolve(parse_query("tag:raid inviolability"), ANNOTATIONS)) == (
        "incidents where your tag is “raid” and "
        "(the text contains “inviolability” or your note mentions “inviolability”)")
