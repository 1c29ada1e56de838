"""Partial ISO dates (YYYY, YYYY-MM, YYYY-MM-DD) and the day ranges they cover.

An incident dated ``2002`` covers every day of 2002. Filters test containment of that whole
range, so ``2002`` is inside ``year:2002`` but not inside ``date:2002-05..2002-06``, and the UI
never shows a day that no source gave.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from asylum_browser.i18n.words import QT_TRANSLATE_NOOP, language, translate

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


def valid_partial(text: object) -> tuple[int, int, str] | None:
    """parse_partial for a value read from a database, which may hold anything: None when it
    is no partial date (0000-00-00, 2002-02-30, a number, bytes)."""
    if not isinstance(text, str):
        return None
    try:
        return parse_partial(text)
    except PartialDateError:
        return None


def shown_value(value: object) -> str:
    """Any stored value as text to show: bytes (a BLOB where text belongs) decoded with
    replacement characters rather than failing every view that reads the row."""
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def format_partial(text: str | None) -> str:
    """Show a partial date at its precision, in the interface language: '2002', 'March 2002',
    '8 May 2002' (2002년 5월 8일, 2002年5月8日), or 'unknown'. A stored value that is no date
    is shown as it is, saying so."""
    if not text:
        return translate("Dates", "unknown")
    parsed = valid_partial(text)
    if parsed is None:
        return translate("Dates", "“{value}” (not a valid date)").format(
            value=shown_value(text))
    first, _last, precision = parsed
    return date_in_words(dt.date.fromordinal(first), precision, language())


# Korean writes 년 월 일 after the numbers; Chinese and Japanese 年 月 日, without spaces.
_CJK_UNITS = {"ko": ("년", "월", "일", " "), "ja": ("年", "月", "日", ""),
              "zh_CN": ("年", "月", "日", ""), "zh_TW": ("年", "月", "日", "")}


def date_in_words(date: dt.date, precision: str, language_code: str) -> str:
    """A day, month or year as the language writes it (the precision decides how much)."""
    units = _CJK_UNITS.get(language_code)
    if units is not None:
        year, month, day, space = units
        parts = [f"{date.year}{year}"]
        if precision in ("month", "day"):
            parts.append(f"{date.month}{month}")
        if precision == "day":
            parts.append(f"{date.day}{day}")
        return space.join(parts)
    if precision == "year":
        return str(date.year)
    if precision == "month":
        return f"{_MONTHS[date.month - 1]} {date.year}"
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def stay_length(start: str | None, end: str | None) -> str | None:
    """How long a stay lasted, when both ends are known well enough to say.

    Both days known: '15 years, 4 months', '34 days', 'the same day'. Both known to the month:
    'about 4 months'. Anything coarser, or a missing end: None, because any figure would be a
    guess.
    """
    start_parsed, end_parsed = valid_partial(start), valid_partial(end)
    if start_parsed is None or end_parsed is None:
        return None
    first, _first_last, first_precision = start_parsed
    last, _last_last, last_precision = end_parsed
    if last < first:
        return None
    if first_precision == "day" and last_precision == "day":
        return _span(dt.date.fromordinal(first), dt.date.fromordinal(last), exact=True)
    if "year" not in (first_precision, last_precision):
        span = _span(dt.date.fromordinal(first), dt.date.fromordinal(last), exact=False)
        return None if span is None else translate("Dates", "about {span}").format(span=span)
    return None


def _span(start: dt.date, end: dt.date, exact: bool) -> str | None:
    months = (end.year - start.year) * 12 + end.month - start.month
    if exact and end.day < start.day:
        months -= 1
    years, months = divmod(months, 12)
    if years == 0 and months == 0:
        if not exact:
            return None
        days = (end - start).days
        return translate("Dates", "the same day") if days == 0 else _count(days, DAYS)
    if years == 0 and months < 3 and exact:
        return _count((end - start).days, DAYS)
    parts = [_count(years, YEARS)] if years else []
    if months:
        parts.append(_count(months, MONTHS))
    return translate("Dates", ", ").join(parts)


# (one, many) of each unit of a stay, translated as the context "Dates" (languages without
# plurals say both alike).
DAYS = (QT_TRANSLATE_NOOP("Dates", "1 day"), QT_TRANSLATE_NOOP("Dates", "{count} days"))
MONTHS = (QT_TRANSLATE_NOOP("Dates", "1 month"), QT_TRANSLATE_NOOP("Dates", "{count} months"))
YEARS = (QT_TRANSLATE_NOOP("Dates", "1 year"), QT_TRANSLATE_NOOP("Dates", "{count} years"))


def _count(number: int, unit: tuple[str, str]) -> str:
    one, many = unit
    return translate("Dates", one) if number == 1 else \
        translate("Dates", many).format(count=f"{number:,}")


# An inference's words, translated as the context "Dates" in the pane only.
AFTER = QT_TRANSLATE_NOOP("Dates", "after {date}")
BEFORE = QT_TRANSLATE_NOOP("Dates", "before {date}")
AT_LEAST = QT_TRANSLATE_NOOP("Dates", "at least {count}")
AT_MOST = QT_TRANSLATE_NOOP("Dates", "at most {count}")
AND = QT_TRANSLATE_NOOP("Dates", " and ")
INFERRED_WITHIN = QT_TRANSLATE_NOOP("Dates", "inferred, {bounds}: {reason}")
INFERRED = QT_TRANSLATE_NOOP("Dates", "inferred: {reason}")


def inference_words(reason: str, after: str | None = None, before: str | None = None,
                    at_least: int | None = None, at_most: int | None = None, *,
                    translated: bool = False) -> str:
    """An inferred value in words, bounds first: "inferred, after 30 September 1991 and
    before 15 November 1991: <reason>". The text view and the export say it in English, as
    the database keeps it (a database built in a Korean window must not hold Korean); the
    pane asks for it ``translated`` into the interface language."""
    def say(text: str) -> str:
        return translate("Dates", text) if translated else text

    def day(text: str) -> str:
        parsed = valid_partial(text)
        if translated or parsed is None:
            return format_partial(text)
        return date_in_words(dt.date.fromordinal(parsed[0]), parsed[2], "en")

    bounds = [say(AFTER).format(date=day(after)) if after else "",
              say(BEFORE).format(date=day(before)) if before else "",
              say(AT_LEAST).format(count=f"{at_least:,}")
              if at_least is not None else "",
              say(AT_MOST).format(count=f"{at_most:,}") if at_most is not None else ""]
    shown = say(AND).join(b for b in bounds if b)
    return say(INFERRED_WITHIN).format(bounds=shown, reason=reason) if shown \
        else say(INFERRED).format(reason=reason)
