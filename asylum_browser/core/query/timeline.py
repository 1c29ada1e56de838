"""What the timeline shows for a query: its unit (years or months) and its window.

The strip bins by month once the query's dates span six years or less, and by year otherwise,
so that brushing 2002 to 2004 and then looking closer needs no extra control. Brushing writes
one date: range back into the query (DESIGN.md: the query text is the whole filter state).
"""

from __future__ import annotations

import datetime as dt

from asylum_browser.core.model.fields import FIELDS
from asylum_browser.core.model.values import QuerySpec

MONTH_VIEW_MAX_DAYS = 6 * 366


def date_window(spec: QuerySpec) -> tuple[int, int] | None:
    """The day numbers every match must lie within, from the query's own date terms."""
    low: int | None = None
    high: int | None = None
    for clause in spec.clauses:
        if len(clause) != 1:
            continue  # an OR of dates does not bound the results
        term = clause[0]
        definition = FIELDS.get(term.field or "")
        if definition is None or definition.scale is None or not definition.scale.is_date \
                or term.negated or term.unknown:
            continue
        if term.low is not None:
            low = term.low if low is None else max(low, term.low)
        if term.high is not None:
            high = term.high if high is None else min(high, term.high)
    if low is None or high is None or low > high:
        return None
    return low, high


def unit_for(spec: QuerySpec) -> str:
    """'month' for a query whose dates span six years or less, else 'year'."""
    window = date_window(spec)
    return "month" if window is not None and window[1] - window[0] <= MONTH_VIEW_MAX_DAYS \
        else "year"


def period_bounds(period: str) -> tuple[int, int]:
    """First and last day number of a bin: '2002' or '2002-03'."""
    year = int(period[:4])
    if len(period) == 4:
        return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
    month = int(period[5:7])
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return dt.date(year, month, 1).toordinal(), following.toordinal() - 1


def brush_value(first: str, last: str) -> str:
    """The date: value for a brush from bin ``first`` to bin ``last`` (either order)."""
    first, last = sorted((first, last))
    return first if first == last else f"{first}..{last}"


def describe_period(period: str) -> str:
    """'2002' or 'March 2002', for tooltips."""
    if len(period) == 4:
        return period
    return dt.date(int(period[:4]), int(period[5:7]), 1).strftime("%B %Y")
