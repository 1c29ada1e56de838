"""The timeline's bins and window, as the strip shows them (core/query/timeline.py, no Qt).

The window tests below read their expectations from the calendar, not from the code's own maths.
"""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.query.parser import parse_query
from asylum_browser.core.query.timeline import (
    brush_value,
    date_window,
    describe_period,
    period_bounds,
    unit_for,
)


def day(text: str) -> int:
    return dt.date.fromisoformat(text).toordinal()


@pytest.mark.parametrize(("period", "first", "last"), [
    ("2002", "2002-01-01", "2002-12-31"),
    ("2002-03", "2002-03-01", "2002-03-31"),
    ("2004-02", "2004-02-01", "2004-02-29"),  # a leap year's February
    ("2003-02", "2003-02-01", "2003-02-28"),
    ("2002-12", "2002-12-01", "2002-12-31"),  # the month whose next month is next year's
    ("2002-11", "2002-11-01", "2002-11-30"),
])
def test_a_bin_covers_its_whole_year_or_month(period: str, first: str, last: str) -> None:
    assert period_bounds(period) == (day(first), day(last))


@pytest.mark.parametrize(("query", "window"), [
    ("date:2002..2004", ("2002-01-01", "2004-12-31")),
    ("shenyang date:2002-05", ("2002-05-01", "2002-05-31")),
    ("date:2002..2006 date:2004..2010", ("2004-01-01", "2006-12-31")),  # both must hold
    ("date:2004..2010 date:2002..2006", ("2004-01-01", "2006-12-31")),
    ("canada OR germany date:2002-05", ("2002-05-01", "2002-05-31")),  # after an OR clause
    ("date:2002-05-08", ("2002-05-08", "2002-05-08")),  # one day is a window too
])
def test_the_window_is_where_every_date_term_holds(query: str,
                                                   window: tuple[str, str]) -> None:
    assert date_window(parse_query(query)) == (day(window[0]), day(window[1]))


@pytest.mark.parametrize("query", [
    "", "shenyang", "date:2002 OR date:2005", "-date:2002", "NOT date:2002",
    "people:>=10", "date:2002 date:2005", "date:unknown",
    "date:>=2002", "year:..1990",  # one bound only: the other side is open
])
def test_queries_that_do_not_bound_the_dates_have_no_window(query: str) -> None:
    assert date_window(parse_query(query)) is None


@pytest.mark.parametrize(("query", "unit"), [
    ("date:2002..2004", "month"),
    ("date:2000..2005", "month"),  # six years, two of them leap years: still months
    ("date:2000..2006", "year"),
    ("date:1936..2025", "year"),
    ("", "year"),
    ("date:2002 OR date:2003", "year"),
    # the limit is 6 x 366 = 2196 days; 2000-01-01 plus 2196 days is 2006-01-05
    ("date:2000-01-01..2006-01-05", "month"),
    ("date:2000-01-01..2006-01-06", "year"),
])
def test_six_years_or_less_bin_by_month(query: str, unit: str) -> None:
    assert unit_for(parse_query(query)) == unit


def test_a_brush_writes_one_range_in_either_direction() -> None:
    assert brush_value("2004", "2002") == brush_value("2002", "2004") == "2002..2004"
    assert brush_value("2002-03", "2002-03") == "2002-03"


def test_a_month_bin_reads_as_the_month_and_year() -> None:
    assert describe_period("2002-03") == "March 2002"
    assert describe_period("2002-11") == "November 2002"
    assert describe_period("2002") == "2002"
