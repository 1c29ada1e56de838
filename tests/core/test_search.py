"""The search language as data: each row is a query and what it must parse into."""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.model.values import Term
from asylum_browser.core.query.describe import describe_query
from asylum_browser.core.query.editing import chips
from asylum_browser.core.query.parser import QuerySyntaxError, parse_query, scan_tokens


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
    ('"" school', ((Term("word", "school"),),)),  # an empty phrase is no term
    ('"scaled the" "wall"', ((Term("phrase", "scaled the"),), (Term("phrase", "wall"),))),
    ('"scaled the wa"*', ((Term("prefix", "scaled the wa"),),)),
    ('"wall"x', ((Term("phrase", "wall"),), (Term("word", "x"),))),
    ("city:shenyang\"wall\"", ((Term("field", "shenyang", "city", single_value=True),),
                               (Term("phrase", "wall"),))),  # a quote ends a bare value
    ("HOST:China", ((Term("field", "China", "host", single_value=True),),)),
    ("-host:unknown", ((Term("field", "unknown", "host", negated=True, unknown=True),),)),
    ("within:35,-10,60,30", ((Term("field", "35,-10,60,30", "within"),),)),
    ("-within:35,-10,60,30", ((Term("field", "35,-10,60,30", "within", negated=True),),)),
    ("people:5", ((Term("field", "5", "people", low=5, high=5),),)),  # a count is no facet
    ("people:=5", ((Term("field", "=5", "people", low=5, high=5),),)),
    ("year:=2002", ((Term("field", "=2002", "year", low=day("2002-01-01"),
                          high=day("2002-12-31")),),)),
    ("people:<=4", ((Term("field", "<=4", "people", high=4),),)),
    ("people:>4", ((Term("field", ">4", "people", low=5),),)),
    ("year:2002..", ((Term("field", "2002..", "year", low=day("2002-01-01")),),)),
    ("date:..1990", ((Term("field", "..1990", "date", high=day("1990-12-31")),),)),
    ("date:2002-05-08..2002-05-08", ((Term("field", "2002-05-08..2002-05-08", "date",
                                           low=day("2002-05-08"), high=day("2002-05-08")),),)),
    ("-year:2002 -year:2004",  # excluded values stay separate: both must be left out
     ((Term("field", "2002", "year", negated=True, low=day("2002-01-01"),
            high=day("2002-12-31")),),
      (Term("field", "2004", "year", negated=True, low=day("2004-01-01"),
            high=day("2004-12-31")),))),
    ("host:china OR city:havana host:cuba",  # an OR of two fields is no facet value
     ((Term("field", "china", "host", single_value=True),
       Term("field", "havana", "city", single_value=True)),
      (Term("field", "cuba", "host", single_value=True),))),
    ("a OR b OR c d", ((Term("word", "a"), Term("word", "b"), Term("word", "c")),
                       (Term("word", "d"),))),
    ("NOT a OR b", ((Term("word", "a", negated=True), Term("word", "b")),)),
    ("a - b", ((Term("word", "a"),), (Term("word", "b"),))),  # a lone - is no exclusion
    ("-", ()),
])
def test_queries_parse_into_clauses(query: str, clauses: tuple[tuple[Term, ...], ...]) -> None:
    assert parse_query(query).clauses == clauses


FIELD_NAMES = ("city, confidence, date, decade, flag, host, id, nationality, note, origin, "
               "outcome, people, sending, tag, theme, type, within, year")
DATE_FORMS = "use YYYY, YYYY-MM or YYYY-MM-DD"


@pytest.mark.parametrize(("query", "message", "column", "length"), [
    ('"unclosed', 'The quote at column 1 is never closed; add a closing ".', 1, 9),
    ('embassy "scaled the', 'The quote at column 9 is never closed; add a closing ".', 9, 11),
    ("foo:bar", f"Unknown field 'foo:' at column 1. Fields: {FIELD_NAMES}.", 1, 7),
    ("x hots:china",
     f"Unknown field 'hots:' at column 3. Did you mean host:? Fields: {FIELD_NAMES}.", 3, 10),
    ("city:", "'city:' at column 1 needs a value, as in city:shenyang.", 1, 5),
    ('city:"  "', "'city:' at column 1 needs a value, as in city:shenyang.", 1, 9),
    ("year:20x2", "year:20x2 at column 1: a year has four digits, as in 2002.", 1, 9),
    ("year:2004..2002",
     "The range year:2004..2002 at column 1 is empty: its start is after its end.", 1, 15),
    ("year:..", "year:.. at column 1 needs a start or an end, as in "
     "year:2002 or year:2002..2004.", 1, 7),
    ("date:2002-13", "date:2002-13 at column 1: '2002-13' is not a real date "
     "(bad month number 13; must be 1-12).", 1, 12),
    ("date:2002-05-08x", f"date:2002-05-08x at column 1: '2002-05-08x' is not a date; "
     f"{DATE_FORMS}.", 1, 16),
    ("date:2002..2003..2004", "date:2002..2003..2004 at column 1: '2003..2004' is not a date; "
     f"{DATE_FORMS}.", 1, 21),  # the first .. splits, the rest is the end
    ("people:many",
     "people:many at column 1: the number of people must be a whole number.", 1, 11),
    ("decade:1985", "decade:1985 at column 1: a decade is written 1980s or 1980.", 1, 11),
    ("within:1,2,3",
     "within:1,2,3 at column 1: give four numbers: south,west,north,east.", 1, 12),
    ("OR germany", "OR at column 1 needs a term before it, as in canada OR germany.", 1, 2),
    ("canada OR", "OR at column 8 needs a term after it, as in canada OR germany.", 8, 2),
    ("canada OR OR germany",
     "OR at column 11 needs a term before it, as in canada OR germany.", 11, 2),
    ("NOT", "NOT at column 1 needs a term after it, as in NOT school.", 1, 3),
    ("x NOT NOT y", "NOT at column 3 needs a term after it, as in NOT school.", 3, 3),
    ("x NOT OR y", "NOT at column 3 needs a term after it, as in NOT school.", 3, 3),
    ("*", "A * must follow the start of a word (column 1), as in consul*.", 1, 1),
    ("ab **", "A * must follow the start of a word (column 4), as in consul*.", 4, 2),
    ("a\x00b", "The search contains a NUL character; remove it.", 2, 1),
    ("x" * 2001, "The search is 2,001 characters long; the limit is 2,000.", 2001, 1),
    ("x" * 2500, "The search is 2,500 characters long; the limit is 2,000.", 2001, 500),
])
def test_bad_syntax_says_what_and_where(query: str, message: str, column: int,
                                        length: int) -> None:
    with pytest.raises(QuerySyntaxError) as caught:
        parse_query(query)
    assert (caught.value.message, str(caught.value)) == (message, message)
    assert (caught.value.column, caught.value.length) == (column, length)


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
    ('"scaled the wall"', "incidents where the text contains the phrase “scaled the wall”"),
    ("consul*", "incidents where the text has a word starting with “consul”"),
    ("-consul*", "incidents where not (the text has a word starting with “consul”)"),
    ("people:5", "incidents where number of people is 5"),
    ("people:<3", "incidents where number of people is at most 2"),
    ("date:..1990", "incidents where date is at most 31 December 1990"),
    ("date:2002-05-08", "incidents where date is 8 May 2002"),
    ("year:2002", "incidents where year is 2002"),
    ("flag:yes", "incidents where flagged for follow-up"),
    ("flag:no", "incidents where not flagged for follow-up"),
    ("note:visa", "incidents where your note mentions “visa”"),
    ("within:35,-10,60,30", "incidents where the map position is within 35°N–60°N, 10°W–30°E"),
    # zero reads north and east; fractions keep their digits
    ("within:0,0,0.5,0.5", "incidents where the map position is within 0°N–0.5°N, 0°E–0.5°E"),
    ("within:-33.5,-70.25,-10,-40",
     "incidents where the map position is within 33.5°S–10°S, 70.25°W–40°W"),
])
def test_queries_read_in_words(query: str, words: str) -> None:
    assert describe_query(parse_query(query)) == words


@pytest.mark.parametrize(("query", "labels"), [
    ("host:Unknown consul*", ["host country: unknown", "“consul*”"]),
    ('"scaled the wall" -year:2002', ["“scaled the wall”", "not year: 2002"]),
])
def test_chips_read_as_short_labels(query: str, labels: list[str]) -> None:
    assert [chip.label for chip in chips(query)] == labels


def test_tokens_know_their_columns_and_a_not_belongs_to_its_term() -> None:
    tokens = scan_tokens('NOT host:china OR  -school "a b"*')
    assert [(t.kind, t.column, t.length) for t in tokens] == [
        ("term", 1, 14), ("or", 16, 2), ("term", 20, 7), ("term", 28, 6)]
    assert [t.term for t in tokens] == [
        Term("field", "china", "host", negated=True), None,
        Term("word", "school", negated=True), Term("prefix", "a b")]
