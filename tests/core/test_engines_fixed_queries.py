"""The columnar and the SQL engine give the same whole answer to a fixed set of queries.

The property test over generated databases is the thorough check; this one is quick and
deterministic, so that scripts/mutation.sh can afford it for every engine mutant. Each query is
one a user types or a widget writes, chosen so that each facet, sort, the timeline in both
units and the map have rows to disagree on.
"""

from __future__ import annotations

import dataclasses

import pytest

from asylum_browser.core.engine.answers import compute_results
from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.core.query.parser import parse_query

QUERIES = [
    "", "shenyang", "host:china", "host:china OR host:cuba", "-host:china", "NOT host:china",
    "year:2002..2004", "date:2002-05..2002-06", "date:1984", "people:>=10", "people:unknown",
    "type:school", "outcome:detained", "nationality:\"north korean\"", "mission:japan",
    "within:30,100,50,135", "within:-60,170,60,-170", "confidence:medium", "북한", "consul*",
    "embassy -school", "decade:1970", "city:unknown OR people:<3",
]


@pytest.fixture(scope="module")
def engines(tmp_path_factory: pytest.TempPathFactory) -> tuple[Repository, Repository]:
    columnar = Repository(open_database())
    columnar.attach_columnar(tmp_path_factory.mktemp("columnar-cache"))
    return columnar, Repository(open_database())


@pytest.mark.parametrize("query", QUERIES)
@pytest.mark.parametrize(("sort", "descending"), [("date", False), ("people_count", True),
                                                ("title", True)])
def test_both_engines_give_the_same_results(engines: tuple[Repository, Repository], query: str,
                                            sort: str, descending: bool) -> None:
    columnar, plain = engines
    assert columnar.engine.name == "columnar" and plain.engine.name == "sql"
    spec = dataclasses.replace(parse_query(query), sort=sort, descending=descending)
    fast, slow = compute_results(columnar, spec), compute_results(plain, spec)
    assert list(fast.ids) == list(slow.ids)
    assert fast.total == slow.total and fast.count == slow.count
    assert fast.facets == slow.facets
    assert fast.timeline_unit == slow.timeline_unit
    assert fast.timeline == slow.timeline and fast.baseline == slow.baseline
    assert list(fast.points) == list(slow.points)
    assert columnar.count(spec) == plain.count(spec) == len(slow.ids)
    for limit in (0, 1, 7, len(slow.ids) + 1):  # what search --limit prints
        assert list(plain.first_ids(spec, limit)) == list(slow.ids)[:limit]
        assert list(columnar.first_ids(spec, limit)) == list(slow.ids)[:limit]


def test_the_queries_have_something_to_compare(engines: tuple[Repository, Repository]) -> None:
    _columnar, plain = engines
    counts = {query: plain.count(parse_query(query)) for query in QUERIES}
    # No bundled incident lies across the antimeridian; the box still takes the wrapping branch.
    assert counts.pop("within:-60,170,60,-170") == 0
    assert all(0 < count < counts[""] for query, count in counts.items() if query)
    assert counts[""] == plain.count(QuerySpec()) and len(set(counts.values())) > 10


@pytest.mark.reliability("query-budget")
def test_hundreds_of_text_terms_in_one_search_give_what_each_term_alone_gives(
        engines: tuple[Repository, Repository]) -> None:
    """An OR of words, and all excluded terms, are each gathered into one lookup; past
    SQLite's 500-part compound SELECT they are split into groups. Both must keep the meaning
    a user gets from the terms one by one."""
    columnar, plain = engines
    every = set(plain.ids_for(QuerySpec()))
    found = {term: set(plain.ids_for(parse_query(term)))
             for term in ["瀋", "북", "embassy", "consul*", "shenyang", "havana"]}
    # CJK Extension A: characters no record uses (0x4E00 on holds 中 and 一)
    rare = [chr(0x3400 + number) for number in range(600)]  # SQLite joins at most 500
    excluded = " ".join(f"-{term}" for term in [*rare, "瀋", "북", "embassy"])
    either = " OR ".join(["consul*", "shenyang", *rare[:300], "havana"])  # 2,000 chars hold 400
    cases = {
        excluded: every - found["瀋"] - found["북"] - found["embassy"],
        either: found["consul*"] | found["shenyang"] | found["havana"],
        f"{either} -embassy": (found["consul*"] | found["shenyang"] | found["havana"])
        - found["embassy"],
    }
    mixed = [f"{han}{letter}" for han in "瀋陽북한" for letter in "aeiouy"] + ["瀋*", "陽a*"]
    alone = [set(plain.ids_for(parse_query(term))) for term in mixed]
    cases[" ".join(f"-{term}" for term in mixed)] = every.difference(*alone)
    cases[" OR ".join(mixed)] = set().union(*alone)
    hosts = ["china", "cuba", "CN", "中国", "peru", "nowhere", "cub"] * 20  # repeats, a miss
    by_host = [set(plain.ids_for(parse_query(f"host:{host}"))) for host in hosts]
    cases[" ".join(f"host:{host}" for host in hosts)] = set().union(*by_host)
    cases[" ".join(f"city:{city}" for city in ["beijing", "shenyang", "瀋陽", "havana"])] = \
        set().union(*(set(plain.ids_for(parse_query(f"city:{city}")))
                      for city in ["beijing", "shenyang", "havana"]))
    for query, expected in cases.items():
        assert len(query) <= 2000
        spec = parse_query(query)
        assert 0 < len(expected) < len(every)
        assert set(plain.ids_for(spec)) == expected
        assert list(columnar.ids_for(spec)) == list(plain.ids_for(spec))
        assert plain.count(spec) == len(expected)
