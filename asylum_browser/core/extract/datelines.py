"""Datelines: where a report says when it was filed, with or without its year, and the year
an anniversary piece's yearless dateline implies."""

from __future__ import annotations

import datetime as dt
import re

from asylum_browser.core.extract.dates import (
    DATELINE_REACH,
    PATTERNS,
    DateMention,
    as_date_text,
    find_dates,
)
from asylum_browser.core.extract.words_dates import MONTHS
from asylum_browser.core.extract.words_people import NUMBER_WORDS

DATE_LENGTH = 30  # room for the longest written date that starts within the reach


_DATELINE_LINES = 4  # the headline, a byline or "Published" stamp, then the dateline
_LEAD_BREAK = re.compile(r"\) ?[-–—:]|\s[-–—]\s|\s--\s")


def _dateline_zones(folded: str) -> list[tuple[int, int]]:
    """Where a dateline may stand: near the start of each of the first lines, and before
    the dash that opens the story ("PARIS, 11 septembre (Agence) - Le 11 septembre 1973,
    ..." is dated by the first date, not by the one the story tells)."""
    zones: list[tuple[int, int]] = []
    position = 0
    for line in folded.split("\n"):
        if len(zones) >= _DATELINE_LINES:
            break
        if line.strip():
            stop = _LEAD_BREAK.search(line)
            end = min(stop.start() + 1 if stop else len(line), DATELINE_REACH + DATE_LENGTH)
            zones.append((position, position + end))
        position += len(line) + 1
    return zones


def find_dateline(folded: str) -> DateMention | None:
    """The latest full date (year, month and day) that stands where a dateline does, the
    first of them where several are that day: "Kwibuka 30 : le 9 avril 1994, ..." heads a
    report filed "KIGALI, 9 avril 2024", and a report is never older than what it tells."""
    found = [DateMention(low + mention.start, low + mention.end, mention.value, False, False)
             for low, high in _dateline_zones(folded)
             for mention in find_dates(folded[low:high], None)
             if len(mention.value) == 10 and not mention.relative
             and mention.start < DATELINE_REACH]
    return max(found, key=lambda m: (m.value, -m.start)) if found else None


def find_yearless_dateline(folded: str) -> tuple[int, int, int, int] | None:
    """(start, end, month, day) of a dateline that names its day but not its year, as wire
    copy often does ("TOKYO, May 9 (Kyodo) -"); None when the top has no such date."""
    for low, high in _dateline_zones(folded):
        top = folded[low:high]
        for pattern, kind in PATTERNS:
            if kind not in ("mdy", "dmy", "cjk_md"):
                continue
            match = pattern.search(top)
            if match is None or match.start() >= DATELINE_REACH or (
                    kind != "cjk_md" and match.group(3)):
                continue
            if kind == "cjk_md":
                month, day = int(match.group(1)), int(match.group(2))
            else:
                name, day_text = ((match.group(1), match.group(2)) if kind == "mdy"
                                  else (match.group(2), match.group(1)))
                month, day = MONTHS[name.rstrip(".")], int(day_text)
            if as_date_text(2000, month, day) is not None:  # a leap year takes every real day
                return low + match.start(), low + match.end(), month, day
    return None


_SPAN_WORDS = "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True))
# A span of years counted back from the dateline: "three years ago", "il y a cinquante ans",
# "cinquante ans plus tard", "vor 30 Jahren", "hace 40 anos", "24년 전", "二十年前".
_YEARS_TOLD = re.compile(
    rf"(?<![\w])(\d{{1,3}}|{_SPAN_WORDS}) (?:years? (?:ago|later|on)|ans plus tard|"
    r"anos despues)(?![\w])|"
    rf"(?<![\w])(?:il y a|hace|vor|heute vor|hoy hace) (\d{{1,3}}|{_SPAN_WORDS}) "
    r"(?:ans|anos|jahren)(?![\w])|"
    r"(?<!\d)(\d{1,3}) ?(?:년 전|年前)")
ANNIVERSARY_DAYS = 7


def anniversary_year(folded: str, month: int, day: int) -> int | None:
    """The year of a yearless dateline in an anniversary piece: a day told in full near the
    dateline's day of the year, and a span of years ("three years ago this Saturday ... on
    June 27, 1978"; "il y a cinquante ans ... le 11 septembre 1973"). None unless exactly one
    year fits."""
    spans = set()
    for match in _YEARS_TOLD.finditer(folded):
        told = match.group(1) or match.group(2) or match.group(3)
        value = int(told) if told.isdigit() else NUMBER_WORDS.get(told)
        if value and 1 <= value <= 100:
            spans.add(value)
    years = set()
    for mention in find_dates(folded, None):
        if mention.relative or len(mention.value) != 10:
            continue
        told_day = dt.date.fromisoformat(mention.value)
        try:
            same_day = dt.date(told_day.year, month, day)
        except ValueError:
            continue
        if abs((same_day - told_day).days) <= ANNIVERSARY_DAYS:
            years |= {told_day.year + span for span in spans}
    years = {year for year in years if year <= dt.date.today().year}
    return years.pop() if len(years) == 1 else None


def parse_day(text: str) -> dt.date:
    """A YYYY-MM-DD day, as --dateline takes it; ValueError otherwise."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(f"{text!r} is not a date as YYYY-MM-DD")
    return dt.date.fromisoformat(text.strip())
