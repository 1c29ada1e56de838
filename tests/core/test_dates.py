from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.model.dates import PartialDateError, format_partial, parse_partial


@pytest.mark.parametrize(("text", "first", "last", "precision"), [
    ("2002", "2002-01-01", "2002-12-31", "year"),
    ("2002-02", "2002-02-01", "2002-02-28", "month"),
    ("2004-02", "2004-02-01", "2004-02-29", "month"),
    ("2002-05-08", "2002-05-08", "2002-05-08", "day"),
])
def test_partial_dates_cover_their_whole_period(text: str, first: str, last: str,
                                                precision: str) -> None:
    low, high, found = parse_partial(text)
    assert dt.date.fromordinal(low).isoformat() == first
    assert dt.date.fromordinal(high).isoformat() == last
    assert found == precision


@pytest.mark.parametrize("text", ["02", "2002-13", "2002-02-30", "2002/05/08", "", "0000"])
def test_invalid_dates_are_refused_with_a_message(text: str) -> None:
    with pytest.raises(PartialDateError, match="date"):
        parse_partial(text)


@pytest.mark.parametrize(("text", "shown"), [
    ("2002", "2002"), ("2002-03", "March 2002"), ("2002-05-08", "8 May 2002"),
    (None, "unknown"), ("", "unknown"),
])
def test_dates_are_shown_at_their_precision(text: str | None, shown: str) -> None:
    assert format_partial(text) == shown
