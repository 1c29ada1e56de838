"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and the day ranges they cover.

An incident dated ``2002`` covers every day of 2002. Filters test containment of that whole
range, so ``2002`` is inside ``year:2002`` but not inside ``date:2002-05..2002-06``, and the UI
never shows a day that no source gave.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

PRECISIONS = ("year", "month", "day")
_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


class PartialDateError(ValueError):
    """A text that is not a valid partial ISO date."""


def parse_partial(text: str) -> tuple[int, int, str]:
    """Return (first day number, last day number, precision) for a partial ISO date."""
    match = _PARTIAL.match(text.strip())
    if not match:
        raise PartialDateError(f"'{text}' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return _ordinal(year, 1, 1), _ordinal(year, 12, 31), "year"
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return _ordinal(year, month, 1), _ordinal(year, month, last), "month"
        first = _ordinal(year, month, day)
        return first, first, "day"
    except ValueError as error:
        raise PartialDateError(f"'{text}' is not a real date ({error})") from None


def _ordinal(year: int, month: int, day: int) -> int:
    if year < 1:
        raise ValueError("year must be 1 or later")
    return dt.date(year, month, day).toordinal()


def day_to_iso(day: int) -> str:
    """The ISO text of a day number."""
    return dt.date.fromordinal(day).isoformat()


def format_partial(text: str | None) -> str:
    """Show a partial date at its precision: '2002', 'March 2002', '8 May 2002', or 'unknown'."""
    if not text:
        return "unknown"
    first, _last, precision = parse_partial(text)
    date = dt.date.fromordinal(first)
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{_MONTHS[date.month - 1]} {date.year}"
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
