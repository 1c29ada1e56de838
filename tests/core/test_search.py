"""The search language as data: each row is a query and what it must parse into."""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.model.values import Term
from asylum_browser.core.query.describe import describe_query
from asylum_browser.core.query.parser import QuerySyntaxError, parse_query


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(("query", "clauses"), [
    ("", ()),
    ("   ", ()),
    ("consulate police", ((Term("word", "consulate"),), (Term("word", "police"),))),
    ('"scaled the wall"', ((Term("phrase", "scaled the wall"),),)),
    ("consul*", ((Term("prefix", "consul"),),)),
    ("canada OR germany", ((Term("word", "canada"), Term("word", "germany")),)),
    ("-school", ((Term("word", "school", negated=True),),)),
    ("NOT school", ((Term("word", "school", negated=True),),)),
    ("embassy AND wall", ((Term("word", "embassy"),), (Term("word", "wall"),))),
    ("city:shenyang", ((Term("field", "shenyang", "city", single_value=True),),)),
    ('nationality:"north korea"',
     ((Term("field", "north korea", "nationality", single_value=True),),)),
    ("country:china", ((Term("field", "china", "host", single_value=True),),)),
    ("-host:china", ((Term("field", "china", "host", negated=True),),)),
    ("host:china host:cuba",
     ((Term("field", "china", "host", single_value=True),
       Term("field", "cuba", "host", single_value=True)),)),
    ("host:china wall host:cuba",
     ((Term("field", "china", "host", single_value=True),
       Term("field", "cuba", "host", single_value=True)), (Term("word", "wall"),))),
    ("host:unknown", ((Term("field", "unknown", "host", unknown=True, single_value=True),),)),
    ("year:2002", ((Term("field", "2002", "year", low=day("2002-01-01"),
                         high=day("2002-12-31"), single_value=True),),)),
    ("year:2002..2004", ((Term("field", "2002..2004", "year", low=day("2002-01-01"),
                               high=day("2004-12-31")),),)),
    ("year:2002 year:2004",
     ((Term("field", "2002", "year", low=day("2002-01-01"), high=day("2002-12-31"),
            single_value=True),
       Term("field", "2004", "year", low=day("2004-01-01"), high=day("2004-12-31"),
            single_value=True)),)),
    ("date:2002-05..2002-06", ((Term("field", "2002-05..2002-06", "date",
                                     low=day("2002-05-01"), high=day("2002-06-30")),),)),
    ("date:>2002-05", ((Term("field", ">2002-05", "date", low=day("2002-06-01")),),)),
    ("date:<2002", ((Term("field", "<2002", "date", high=day("2001-12-31")),),)),
    ("people:>=10", ((Term("field", ">=10", "people", low=10),),)),
    ("people:<3", ((Term("field", "<3", "people", high=2),),)),
    ("people:5..20", ((Term("field", "5..20", "people", low=5, high=20),),)),
    ("decade:1980s", ((Term("field", "1980s", "decade", low=day("1980-01-01"),
                            high=day("1989-12-31"), single_value=True),),)),
    ("瀋陽 북한", ((Term("word", "瀋陽"),), (Term("word", "북한"),))),
    ("( ) ! ,", ()),  # punctuation alone searches for nothing rather than failing
])
def test_queries_parse_into_clauses(query: str, clauses: tuple[tuple[Term, ...], ...]) -> None:
    assert parse_query(query).clauses == clauses


@pytest.mark.parametrize(("query", "message", "column"), [
    ('"unclosed', "never closed", 1),
    ('embassy "scaled the', "never closed", 9),
    ("foo:bar", "Unknown field 'foo:'", 1),
    ("hots:china", "Did you mean host:?", 1),
    ("city:", "needs a value", 1),
    ("year:20x2", "four digits", 1),
    ("year:2004..2002", "is empty", 1),
    ("date:2002-13", "not a real date", 1),
    ("date:2002-05-08x", "not a date", 1),
    ("people:many", "whole number", 1),
    ("decade:1985", "1980s", 1),
    ("OR germany", "needs a term before", 1),
    ("canada OR", "needs a term after", 8),
    ("canada OR OR germany", "needs a term before", 11),
    ("NOT", "needs a term after", 1),
    ("*", "must follow", 1),
    ("a\x00b", "NUL", 2),
    ("x" * 2001, "limit", 2001),
])
def test_bad_syntax_says_what_and_where(query: str, message: str, column: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    assert message in caught.value.message
    assert caught.value.column == column


@pytest.mark.parametrize(("query", "words"), [
    ("", "all incidents"),
    ("shenyang", "incidents where the text contains “shenyang”"),
    ("host:china host:cuba -school",
     "incidents where (host country is “china” or host country is “cuba”) and "
     "not (the text contains “school”)"),
    ("year:2002..2004 people:>=10",
     "incidents where year is from 2002 to 2004 and number of people is at least 10"),
    ("date:2002-05..2002-06", "incidents where date is from 1 May 2002 to 30 June 2002"),
    ("host:unknown", "incidents where host country is unknown"),
])
def test_queries_read_in_words(query: str, words: str) -> None:
    assert describe_query(parse_query(query)) == words
