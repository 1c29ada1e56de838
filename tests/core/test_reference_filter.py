"""Property: the ids SQL returns equal those of a small pure-Python filter over the same rows.

The reference reads the real rows, the names table and the indexed text, and re-implements the
documented semantics (docs/search.md) naively: AND between clauses, OR inside one, NULL never
matching a positive term, words as consecutive tokens, CJK as substrings, ranges by containment.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.fields import FIELDS
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.text import has_cjk, normalise
from asylum_browser.core.model.values import Term
from asylum_browser.core.query.parser import parse_query
from asylum_browser.paths import bundled_db_path

TOKEN = re.compile(r"[^\W_]+")


class Reference:
    def __init__(self) -> None:
        connection = sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)
        connection.row_factory = sqlite3.Row
        self.rows = [dict(r) for r in connection.execute("SELECT * FROM incidents")]
        self.names: dict[str, list[tuple[str, str]]] = {}
        for r in connection.execute("SELECT vocabulary, code, name_norm FROM names"):
            self.names.setdefault(r["vocabulary"], []).append((r["code"], r["name_norm"]))
        self.columns: dict[int, list[list[str]]] = {}
        for r in connection.execute("SELECT rowid, * FROM incidents_fts"):
            values = list(r)[1:]  # every indexed column after the rowid
            self.columns[r["rowid"]] = [TOKEN.findall(normalise(v or "")) for v in values]
        self.body = {r[0]: r[1] for r in connection.execute(
            "SELECT rowid, body FROM incidents_trigram")}
        connection.close()

    def ids(self, query: str) -> set[str]:
        spec = parse_query(query)
        return {row["id"] for row in self.rows
                if all(any(self.term(row, t) for t in clause) for clause in spec.clauses)}

    def term(self, row: dict[str, Any], term: Term) -> bool:
        hit = self.positive(row, term)
        return not hit if term.negated else hit

    def positive(self, row: dict[str, Any], term: Term) -> bool:
        if term.kind != "field":
            return self.text(row["seq"], term)
        assert term.field is not None
        field = FIELDS[term.field]
        column = field.column.removeprefix("incidents.")
        if term.unknown:
            return row[column] is None
        if field.kind.value == "names":
            wanted = normalise(term.value)
            entries = self.names[field.vocabulary or ""]
            exact = {code for code, name in entries if name == wanted}
            codes = exact or {code for code, name in entries if name.startswith(wanted + " ")}
            return row[column] in codes
        if field.kind.value == "exact":
            return bool(row[column] == term.value)
        if field.kind.value == "bbox":
            box = parse_bbox(term.value)
            return row["latitude"] is not None and box.contains(row["longitude"],
                                                                row["latitude"])
        low_value, high_value = ((row["people_count"], row["people_count"])
                                 if term.field == "people"
                                 else (row["date_start_lo"], row["date_start_hi"]))
        if low_value is None:
            return False
        return ((term.low is None or low_value >= term.low)
                and (term.high is None or high_value <= term.high))

    def text(self, seq: int, term: Term) -> bool:
        if has_cjk(term.value):
            return term.value.strip() in self.body[seq]
        wanted = TOKEN.findall(normalise(term.value))
        for tokens in self.columns[seq]:
            for start in range(len(tokens) - len(wanted) + 1):
                window = tokens[start:start + len(wanted)]
                if term.kind == "prefix":
                    if window[:-1] == wanted[:-1] and window[-1].startswith(wanted[-1]):
                        return True
                elif window == wanted:
                    return True
        return False


REFERENCE = Reference()

WORDS = ["embassy", "consulate", "school", "police", "wall", "korean", "seoul", "beijing",
         "guards", "fence", "asylum", "szabadság", '"scaled the wall"', "consul*", "emb*",
         "Japan's", "瀋陽", "북한", "中国", "沈阳市", "north-korean", "ladder", "한", "瀋",
         "瀋a"]
FACET_VALUES = {
    "host": ["china", "cuba", '"united states"', "albania", "unknown", "peru", "中国"],
    "city": ["beijing", "shenyang", "hanoi", "瀋陽", "unknown"],
    "mission": ["japan", '"south korea"', "germany", "us", "united", "west"],
    "type": ["embassy", "school", "consulate", "consulate_general", "legation"],
    "nationality": ['"north korean"', "chinese", "cuban", '"north korea"'],
    "outcome": ["detained", "reached_third_country", "unknown", "mixed", "turned"],
    "decade": ["1980s", "2000s", "1950"],
    "year": ["2002", "2004", "1989", "2002..2004", ">=2005", "<1990"],
    "confidence": ["high", "medium"],
    "people": [">=10", "<3", "2..25", "unknown", "1"],
    "date": ["2002-05..2002-06", "2004", ">2004-09-01", "2002-03-14"],
    "within": ["35,-10,60,30", "20,100,50,130", "-60,170,60,-170", "39.5,116,40.5,117"],
}

term_text = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(sorted(FACET_VALUES)).flatmap(
        lambda field: st.sampled_from(FACET_VALUES[field]).map(lambda v: f"{field}:{v}")),
)
term_with_sign = st.tuples(st.booleans(), term_text).map(
    lambda pair: ("-" if pair[0] else "") + pair[1])
queries = st.lists(st.tuples(term_with_sign, st.sampled_from([" ", " ", " OR "])),
                   min_size=0, max_size=5).map(
    lambda parts: "".join(term + joiner for term, joiner in parts).removesuffix(" OR "))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(queries)
def test_sql_matches_the_reference_filter(repository: Repository, query: str) -> None:
    sql_ids = {row["id"] for row in repository.rows(repository.ids_for(parse_query(query)))}
    assert sql_ids == REFERENCE.ids(query), query


@pytest.mark.parametrize("query", ["host:china year:2002 type:embassy", "북한 -school",
                                   "consul* OR fence people:>=10", "-host:china -city:hanoi"])
def test_reference_agrees_on_hand_picked_queries(repository: Repository, query: str) -> None:
    sql_ids = {row["id"] for row in repository.rows(repository.ids_for(parse_query(query)))}
    assert sql_ids == REFERENCE.ids(query)
    assert sql_ids  # each of these finds something, so agreement is not vacuous
