"""Dates in a report: the dateline, and every date mention resolved against it.

Rules, not a date library: wire copy dates events by weekday and day of the month relative to
its dateline, which no general parser resolves the way a reader does. "Wednesday" in a
Thursday report is the day before, and the dateline's own weekday is that very day; "in
March" keeps month precision and "last year" year precision; a day of the month after the
dateline's falls in the month before.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from asylum_browser.core.extract.words_dates import (
    DAY_FIRST_MONTHS,
    DAY_OFFSETS,
    LAST_MONTH,
    LAST_YEAR,
    MONTHS,
    THIS_MONTH,
    THIS_YEAR,
    WEEKDAYS,
)
from asylum_browser.core.extract.words_people import NUMBER_WORDS


@dataclass(frozen=True)
class DateMention:
    """A date in the text: its span, its value at its precision ('2002', '2002-05', or
    '2002-05-08'), whether the text said it outright or relative to the dateline, and whether
    it named a month with no year ("in May"), which the dateline dates only by a guess."""

    start: int
    end: int
    value: str
    relative: bool
    yearless: bool = False
    # dated by another date told outright, not by the dateline: "einen Monat früher",
    # "el 24 de marzo de 1976 ... en abril"
    shifted: bool = False


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTH = _alternation(MONTHS)
_MONTH_THEN_DAY = _alternation(name for name in MONTHS if name not in DAY_FIRST_MONTHS)
_FULL_MONTH = _alternation(name for name in MONTHS if len(name) > 3 or name == "may")
_LATIN_WEEKDAY = _alternation(w for w in WEEKDAYS if w.isascii())
_CJK_WEEKDAY = _alternation(w for w in WEEKDAYS if not w.isascii())
_LATIN_OFFSET = _alternation(w for w in DAY_OFFSETS if w.isascii())
_CJK_OFFSET = _alternation(w for w in DAY_OFFSETS if not w.isascii())
_B, _E = r"(?<![\w])", r"(?![\w])"
_NUMBER_WORD = _alternation(w for w in NUMBER_WORDS if " " not in w)
_HAN_NUMERALS = "一二三四五六七八九十"
_HAN = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _amount(text: str) -> int:
    """A small number in digits, words or Han numerals (二十四 is 24)."""
    if text.isdigit():
        return int(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if text == "century":
        return 50  # "half a century ago today"
    tens, _, units = text.partition("十")
    if "十" not in text:
        return _HAN.get(text, 0)
    return (_HAN.get(tens, 1) if tens else 1) * 10 + _HAN.get(units, 0)

# (pattern, kind): each kind has one way to turn its groups into a date.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(source), kind) for source, kind in (
        (r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)", "iso"),
        # "입력 2002.03.14 15:20", "2002/03/14": a page's own stamp of the day
        (r"(?<![\d.])((?:19|20)\d\d)[./](\d{1,2})[./](\d{1,2})(?![\d])", "iso"),
        # "Veröffentlicht am 14.08.2014": day, month and year, as German and French pages
        # stamp them
        (r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?![\d.])", "dmy_numeric"),
        (r"(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]", "ymd"),
        (r"(\d{4}) ?[年년] ?(\d{1,2}) ?[月월]", "ym"),
        # A CJK month, with or without its day, told without a year: 10월 9일, 지난 7월, 7月.
        # Japanese copy writes them in Han numerals too: 五月, 十八日.
        (rf"(?<![\d年년{_HAN_NUMERALS}])(?<![年년] )(\d{{1,2}}|[{_HAN_NUMERALS}]{{1,3}}) ?[月월] ?"
         rf"(\d{{1,2}}|[{_HAN_NUMERALS}]{{1,3}}) ?[日일]", "cjk_md"),
        (rf"(?:지난 ?)?(?<![\d年년{_HAN_NUMERALS}])(?<![年년] )(\d{{1,2}}|[{_HAN_NUMERALS}]{{1,3}})"
         r" ?[月월](?! ?\d)", "cjk_m"),
        (rf"{_B}({_MONTH_THEN_DAY})\.? (\d{{1,2}})(?:st|nd|rd|th)?{_E}(?:,? (\d{{4}}){_E})?",
         "mdy"),
        (rf"{_B}(\d{{1,2}})(?:\.|er|º)? (?:de )?({_MONTH}){_E}\.?(?:,? (?:de |del )?(\d{{4}}))?",
         "dmy"),
        (rf"{_B}({_FULL_MONTH}),? (?:de |del )?(\d{{4}}){_E}", "my"),
        (rf"{_B}(?:in|en|im|au mois de|en el mes de|el mes de|since|desde|depuis|seit)"
         # "seit Mitte August", "in late May", "a mediados de marzo": still that month
         r"(?: (?:mitte|anfang|ende|early|late|mid|the middle of|the end of|debut|fin|"
         r"the (?:first|second|last) (?:week|days) of|the beginning of|"
         r"a mediados de|mediados de|principios de|finales de|fines de) | mid-| mi-| )"
         rf"({_FULL_MONTH}){_E}", "m"),
        # "where he went at the end of July": that month
        (rf"{_B}at the (?:end|beginning|start) of ({_FULL_MONTH}){_E}", "m"),
        # "dès les premiers jours d'avril", "los primeros días de abril": still that month
        (rf"{_B}(?:les premiers jours|la premiere semaine|les derniers jours|los primeros "
         rf"dias|la primera semana|los ultimos dias|den ersten tagen) (?:d'|de |des )"
         rf"({_FULL_MONTH}){_E}", "m"),
        (rf"{_B}(?:in|en|im|im jahr|im jahre|of|durant|during|since|desde|seit) "
         rf"((?:1[89]|20)\d\d){_E}", "y"),
        (r"((?:1[89]|20)\d\d) ?[年년](?! ?\d)", "y"),
        (r"(?:上个?月|先月|지난달 ?)(\d{1,2}) ?[日일号號]", "last_month_day"),
        (rf"(?:去年|昨年|지난해 ?|작년 ?)(\d{{1,2}}|[{_HAN_NUMERALS}]{{1,3}}) ?[月월]",
         "last_year_month"),
        (rf"(?:今年の?|本年|올해 ?|금년 ?)(\d{{1,2}}|[{_HAN_NUMERALS}]{{1,3}}) ?[月월]",
         "this_year_month"),
        (r"(?:下个?月|来月|다음 ?달 ?)(\d{1,2}) ?[日일号號]", "next_month_day"),
        (r"(?:本月|今月|이달 ?|이번 ?달 ?)(\d{1,2}) ?[日일号號]", "this_month_day"),
        (r"(?:지난 ?)?(?<![\d월月])(\d{1,2}) ?[日일](?![\d본])", "d"),
        (r"(\d{1,2}|[一二三四五六七八九十]{1,3}) ?(?:年前|년 전)的?(?:今天|今日|오늘)",
         "years_ago_today"),
        (r"(\d{1,2}|[一二三四五六七八九十]{1,3}) ?(?:年前|년 전)", "years_ago"),
        # "thirty years ago today", "heute vor 30 Jahren": the dateline's day in that year.
        (rf"{_B}(\d{{1,2}}|{_NUMBER_WORD}) years ago (?:today|this day){_E}", "years_ago_today"),
        (rf"{_B}half a (century) ago (?:today|this day){_E}", "years_ago_today"),
        (rf"{_B}(?:today|on this day),? (\d{{1,2}}|{_NUMBER_WORD}) years ago{_E}",
         "years_ago_today"),
        (rf"{_B}heute vor (\d{{1,2}}|{_NUMBER_WORD}) jahren{_E}", "years_ago_today"),
        (rf"{_B}hoy hace (\d{{1,2}}|{_NUMBER_WORD}) anos{_E}", "years_ago_today"),
        (rf"{_B}il y a (\d{{1,2}}|{_NUMBER_WORD}) ans jour pour jour{_E}", "years_ago_today"),
        (rf"{_B}(\d{{1,2}}|{_NUMBER_WORD}) years ago{_E}", "years_ago"),
        # "the occupation a year ago", "hace un año", "il y a un an", "vor einem Jahr"
        (rf"{_B}(?:a|one|hace un|il y a un|vor einem) (?:year ago|ano|an|jahr){_E}",
         "last_year"),
        (rf"{_B}hace (\d{{1,2}}|{_NUMBER_WORD}) anos{_E}", "years_ago"),
        (rf"{_B}il y a (\d{{1,2}}|{_NUMBER_WORD}) ans{_E}", "years_ago"),
        (rf"{_B}vor (\d{{1,2}}|{_NUMBER_WORD}) jahren{_E}", "years_ago"),
        # "Tuesday of last week", "Dienstag vergangener Woche", "上周二": the week before
        # the dateline's, Monday to Sunday.
        (rf"{_B}({_LATIN_WEEKDAY}),? (?:of last week|last week|(?:der )?(?:vergangenen|"
         rf"letzten|vorigen|vergangener|letzter|voriger) woche|de la semana pasada|"
         rf"de la semaine (?:derniere|passee)){_E}", "last_week_weekday"),
        (rf"{_B}(?:last week on|la semana pasada,? el) ({_LATIN_WEEKDAY}){_E}",
         "last_week_weekday"),
        (rf"(?:지난주 ?|上个?|先週の?)({_CJK_WEEKDAY})", "last_week_weekday"),
        # "el miércoles 8", "le mercredi 8": the weekday names a day of the month
        (rf"{_B}(?:{_LATIN_WEEKDAY}) (\d{{1,2}})(?!\d|[:.,]\d| de | (?:{_MONTH})(?![\w]))",
         "d"),
        (rf"{_B}({_LATIN_WEEKDAY}){_E}", "weekday"),
        (rf"({_CJK_WEEKDAY})", "weekday"),
        (rf"{_B}({_LATIN_OFFSET}){_E}", "offset"),
        (rf"({_CJK_OFFSET})", "offset"),
        (rf"{_B}({_alternation(w for w in LAST_MONTH if w.isascii())}){_E}", "last_month"),
        (rf"{_B}({_alternation(w for w in LAST_YEAR if w.isascii())}){_E}", "last_year"),
        (rf"{_B}({_alternation(w for w in THIS_MONTH if w.isascii())}){_E}", "this_month"),
        # Han and Hangul run on without spaces: "北韩人本月初进入", "他去年"
        (rf"({_alternation(w for w in LAST_MONTH if not w.isascii())})", "last_month"),
        (rf"({_alternation(w for w in LAST_YEAR if not w.isascii())})", "last_year"),
        (rf"({_alternation(w for w in THIS_MONTH if not w.isascii())})", "this_month"),
        (rf"{_B}({_alternation(w for w in THIS_YEAR if w.isascii())}){_E}", "this_year"),
        (rf"({_alternation(w for w in THIS_YEAR if not w.isascii())})", "this_year"),
    ))


def as_date_text(year: int, month: int, day: int | None = None) -> str | None:
    try:
        if day is None:
            dt.date(year, month, 1)
            return f"{year:04d}-{month:02d}"
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _year_for(month: int, day: int | None, dateline: dt.date | None) -> int | None:
    """The year of a month (and day) given without one: the dateline's, or the year before if
    that would fall after the dateline."""
    if dateline is None:
        return None
    if (month, day or 1) > (dateline.month, dateline.day):
        return dateline.year - 1
    return dateline.year


def _resolve(kind: str, groups: tuple[str | None, ...], dateline: dt.date | None
             ) -> tuple[str | None, bool]:
    """(value, relative) for one match."""
    g = groups
    if kind == "dmy_numeric":
        return as_date_text(int(g[2] or 0), int(g[1] or 0), int(g[0] or 0)), False
    if kind in ("iso", "ymd"):
        return as_date_text(int(g[0] or 0), int(g[1] or 0), int(g[2] or 0)), False
    if kind == "ym":
        return as_date_text(int(g[0] or 0), int(g[1] or 0)), False
    if kind in ("mdy", "dmy"):
        month_name, day_text = (g[0], g[1]) if kind == "mdy" else (g[1], g[0])
        month, day = MONTHS[(month_name or "").rstrip(".")], int(day_text or 0)
        if g[2]:
            return as_date_text(int(g[2]), month, day), False
        year = _year_for(month, day, dateline)
        return (as_date_text(year, month, day) if year else None), True
    if kind == "my":
        return as_date_text(int(g[1] or 0), MONTHS[g[0] or ""]), False
    if kind == "m":
        month = MONTHS[g[0] or ""]
        year = _year_for(month, None, dateline)
        return (as_date_text(year, month) if year else None), True
    if kind == "y":
        return g[0], False
    if kind == "cjk_md":
        month, day = _amount(g[0] or "0"), _amount(g[1] or "0")
        year = _year_for(month, day, dateline) if 1 <= month <= 12 else None
        return (as_date_text(year, month, day) if year else None), True
    if kind == "cjk_m":
        month = _amount(g[0] or "0")
        year = _year_for(month, None, dateline) if 1 <= month <= 12 else None
        return (as_date_text(year, month) if year else None), True
    if dateline is None:
        return None, True
    if kind == "years_ago_today":
        try:
            return dateline.replace(year=dateline.year - _amount(g[0] or "")).isoformat(), False
        except ValueError:  # 29 February
            return str(dateline.year - _amount(g[0] or "")), False
    if kind == "years_ago":
        return str(dateline.year - _amount(g[0] or "")), False
    if kind == "d":
        day = int(g[0] or 0)
        month_start = dateline.replace(day=1)
        if day > dateline.day:
            month_start = (month_start - dt.timedelta(days=1)).replace(day=1)
        return as_date_text(month_start.year, month_start.month, day), True
    if kind == "this_year_month":
        return as_date_text(dateline.year, _amount(g[0] or "0")), True
    if kind == "last_year_month":
        return as_date_text(dateline.year - 1, _amount(g[0] or "0")), True
    if kind == "next_month_day":
        following = (dateline.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return as_date_text(following.year, following.month, int(g[0] or 0)), True
    if kind == "this_month_day":
        return as_date_text(dateline.year, dateline.month, int(g[0] or 0)), True
    if kind == "last_month_day":
        previous = dateline.replace(day=1) - dt.timedelta(days=1)
        return as_date_text(previous.year, previous.month, int(g[0] or 0)), True
    if kind == "weekday":
        back = (dateline.weekday() - WEEKDAYS[g[0] or ""]) % 7
        return (dateline - dt.timedelta(days=back)).isoformat(), True
    if kind == "last_week_weekday":
        monday = dateline - dt.timedelta(days=dateline.weekday() + 7)
        return (monday + dt.timedelta(days=WEEKDAYS[g[0] or ""])).isoformat(), True
    if kind == "offset":
        return (dateline + dt.timedelta(days=DAY_OFFSETS[g[0] or ""])).isoformat(), True
    if kind == "last_month":
        previous = dateline.replace(day=1) - dt.timedelta(days=1)
        return f"{previous.year:04d}-{previous.month:02d}", True
    if kind == "this_month":
        return f"{dateline.year:04d}-{dateline.month:02d}", True
    if kind == "this_year":
        return str(dateline.year), True
    return str(dateline.year - 1), True  # last_year


# Words that date by the date told just before: "that month" keeps its month.
ANAPHORS = {"the same day": 10, "that same day": 10, "that day": 10, "that month": 7,
            "the same month": 7, "that year": 4, "the same year": 4, "ese mismo dia": 10,
            "ese dia": 10, "ese mes": 7, "ese ano": 4, "le meme jour": 10, "ce jour-la": 10,
            "ce mois-la": 7, "cette annee-la": 4, "am selben tag": 10, "am gleichen tag": 10,
            "in jenem monat": 7, "in diesem monat": 7, "im selben jahr": 4,
            "같은 날": 10, "그날": 10, "이날": 10, "당일": 10, "この日": 10,
            "같은 달": 7, "그해": 4, "同一天": 10, "当天": 10, "当月": 7,
            "同日": 10, "同月": 7, "同年": 4}
_ANAPHOR = re.compile(rf"(?<![\w])(?:{_alternation(ANAPHORS)})(?![\w])")


# Days named by a feast: dated in the year of the date told last before them.
HOLIDAYS = {"christmas eve": "12-24", "christmas day": "12-25",
            "new year's eve": "12-31", "new year's day": "01-01", "nochebuena": "12-24",
            "el dia de navidad": "12-25", "la veille de noel": "12-24",
            "le jour de noel": "12-25", "heiligabend": "12-24", "am ersten weihnachtstag": "12-25",
            "silvester": "12-31", "la saint-sylvestre": "12-31", "nochevieja": "12-31"}
_HOLIDAY = re.compile(rf"(?<![\w])(?:{_alternation(HOLIDAYS)})(?![\w])")


def _holidays(folded: str, found: list[DateMention]) -> list[DateMention]:
    """"On Christmas Eve" after a date of 1989 is 1989-12-24."""
    dated = []
    for match in _HOLIDAY.finditer(folded):
        before = [d for d in found if d.end <= match.start()]
        if before:
            told = max(before, key=lambda d: d.end)
            year = int(told.value[:4])
            if HOLIDAYS[match.group(0)] < told.value[5:10]:
                year += 1  # "On December 30 ... On New Year's Day": the year after
            value = f"{year}-{HOLIDAYS[match.group(0)]}"
            dated.append(DateMention(match.start(), match.end(), value, told.relative,
                                     told.yearless))
    return dated


def _anaphors(folded: str, found: list[DateMention]) -> list[DateMention]:
    """Each "that month" dated by the date told last before it, at its own precision; the
    first line (the dateline) never counts as told."""
    first_line = folded.find("\n")
    top = first_line if 0 <= first_line <= DATELINE_REACH else 0
    dated = []
    for match in _ANAPHOR.finditer(folded):
        before = [d for d in found if d.end <= match.start() and d.start >= top]
        if not before:
            continue
        told = max(before, key=lambda d: d.end)
        value = told.value[:ANAPHORS[match.group(0)]]
        dated.append(DateMention(match.start(), match.end(), value, told.relative,
                                 told.yearless))
    return dated


# "Angefangen hatte es einen Monat früher", "two days earlier": the date told last before,
# moved back by that span, at the precision the span gives.
_UNITS = {"day": 1, "days": 1, "dia": 1, "dias": 1, "jour": 1, "jours": 1, "tag": 1, "tage": 1,
          "week": 7, "weeks": 7, "semana": 7, "semanas": 7, "semaine": 7, "semaines": 7,
          "woche": 7, "wochen": 7, "month": 30, "months": 30, "mes": 30, "meses": 30,
          "mois": 30, "monat": 30, "monate": 30}
_SHIFT = re.compile(rf"(?<![\w])(an?|one|un|una|une|einen|eine|einem|\d{{1,2}}|{_NUMBER_WORD}) "
                    rf"({_alternation(_UNITS)}) (earlier|before|antes|plus tot|auparavant|"
                    r"fruher|zuvor|vorher)(?![\w])")


# "deux jours avant l'élection présidentielle du 24 avril": that day, moved back.
_SHIFT_BEFORE = re.compile(rf"(?<![\w])(an?|one|un|una|une|einen|eine|einem|\d{{1,2}}|"
                           rf"{_NUMBER_WORD}) ({_alternation(_UNITS)}) (?:before|avant|antes de|"
                           r"vor)(?![\w])")
SHIFT_REACH = 60  # characters from "two days before" to the date it is reckoned from


def _shifted(folded: str, found: list[DateMention]) -> list[DateMention]:
    dated = []
    for match in _SHIFT_BEFORE.finditer(folded):
        after = [d for d in found if match.end() <= d.start <= match.end() + SHIFT_REACH
                 and len(d.value) == 10]
        if not after:
            continue
        told = min(after, key=lambda d: d.start)
        days = _UNITS[match.group(2)] * _span_amount(match.group(1))
        day = dt.date.fromisoformat(told.value) - dt.timedelta(days=days)
        value = day.isoformat()[:7] if _UNITS[match.group(2)] == 30 else day.isoformat()
        dated.append(DateMention(match.start(), match.end(), value, False, told.yearless,
                                 shifted=True))
    for match in _SHIFT.finditer(folded):
        before = [d for d in found if d.end <= match.start() and len(d.value) == 10
                  and not d.relative]
        if not before:
            continue
        told = max(before, key=lambda d: d.end)
        amount = _span_amount(match.group(1))
        days = _UNITS[match.group(2)]
        day = dt.date.fromisoformat(told.value) - dt.timedelta(days=amount * days)
        value = day.isoformat()[:7] if days == 30 else day.isoformat()
        dated.append(DateMention(match.start(), match.end(), value, False, told.yearless,
                                 shifted=True))
    return dated


def _span_amount(word: str) -> int:
    """"a", "einen", "un" are one; "two", "deux", "3" as many."""
    return _amount(word) if word.isdigit() or word in NUMBER_WORDS else 1


def find_dates(folded: str, dateline: dt.date | None) -> list[DateMention]:
    """Every date mention, resolved; where two overlap the longer one wins."""
    found: list[DateMention] = []
    # a month or day told without its year, with the date the dateline alone would give it
    without_year: list[tuple[re.Match[str], str, DateMention | None]] = []
    for pattern, kind in PATTERNS:
        for match in pattern.finditer(folded):
            yearless = kind in ("m", "cjk_m", "cjk_md") or (
                kind in ("mdy", "dmy") and not match.group(3))
            value, relative = _resolve(kind, match.groups(), dateline)
            mention = None if value is None else DateMention(
                match.start(), match.end(), value, relative, yearless)
            if yearless:
                without_year.append((match, kind, mention))
            elif mention is not None:
                found.append(mention)
    told = [d for d in found if not d.relative and len(d.value) >= 7]
    found += [dated for match, kind, by_dateline in without_year
              if (dated := _in_year_told(match, kind, told, dateline) or by_dateline)]
    kept = _longest(found)
    return [_after_the_day(folded, d) for d in _longest(
        kept + _anaphors(folded, kept) + _holidays(folded, kept) + _shifted(folded, kept))]


# "since the days after he resigned on Nov. 10": some day after that one, in its month.
_DAYS_AFTER = re.compile(r"(?<![\w])(?:the days|the weeks|days|weeks|shortly|soon|los dias|"
                         r"poco|les jours|peu|kurz|in den tagen) (?:after|despues de|apres|"
                         r"nach)(?: [\w'.-]+){0,4}? (?:on |el |le |am )?$")


def _after_the_day(folded: str, date: DateMention) -> DateMention:
    if len(date.value) == 10 and _DAYS_AFTER.search(folded, max(0, date.start - 60),
                                                    date.start):
        return DateMention(date.start, date.end, date.value[:7], date.relative, date.yearless,
                           shifted=True)
    return date


# "del 25 de mayo al 13 de julio de 1973": the day before the range's end is of its year.
_RANGE_TO = re.compile(r"(?: al | to | until | till | hasta el | au | bis zum | bis | ?[-–] ?)")


YEAR_REACH = 300  # characters back to a season that dates a month told without one
_SEASON = re.compile(r"(?<![\w])(?:(?:spring|summer|autumn|fall|winter|primavera|verano|otono|"
                     r"invierno|printemps|ete|automne|hiver|fruhling|fruhjahr|sommer|herbst)"
                     r"(?: of| de| del)? ((?:19|20)\d\d))(?![\w])|"
                     r"((?:19|20)\d\d) ?[年년] ?(?:春|夏|秋|冬|봄|여름|가을|겨울)")


FLASHBACK_DAYS = 31  # "el 31 de enero de 1980 ... el 28 de enero habían tomado": that year


def _weeks_before(value: str) -> str:
    """The earliest day a story may go back to from the date ``value`` and stay in its
    year, as text comparable with a date at any precision."""
    if len(value) < 10:
        return value
    earlier = dt.date.fromisoformat(value) - dt.timedelta(days=FLASHBACK_DAYS)
    return earlier.isoformat() if earlier.year == int(value[:4]) else value[:4]


def _over_new_year(told: str, value: str) -> bool:
    """True when ``value`` (in the year of ``told``) falls in January or February and
    ``told`` in November or December: a story that goes on into the next year."""
    return len(told) >= 7 and told[5:7] in ("11", "12") and value[5:7] in ("01", "02")


_YEAR_BEFORE = re.compile(r"(?:前年の?|前の年の?|前一年的?|그 전해 ?|전년 ?)$")


def _in_year_told(match: re.Match[str], kind: str, told: list[DateMention],
                  dateline: dt.date | None) -> DateMention | None:
    """A month or day told without its year, dated by the story rather than the dateline:
    by the end of the range it opens, or by the latest date told in full before it of an
    earlier year than the dateline's, when it falls after that date ("el 24 de marzo de 1976
    ... hasta que en abril": April 1976). None where neither applies."""
    if match.group(0).startswith("지난"):
        return None  # "지난 7월", last July: the dateline's year, as said
    year = None
    following = min((d for d in told if d.start >= match.end()), key=lambda d: d.start,
                    default=None)
    if following is not None and _RANGE_TO.fullmatch(
            match.string[match.end():following.start]):
        year = int(following.value[:4])
    else:
        before = [d for d in told if d.end <= match.start()
                  and (dateline is None or int(d.value[:4]) < dateline.year)]
        if not before:
            # "in the spring of 1989 ... on the night of June 3-4": a season's year told
            # just before
            before = [DateMention(m.start(), m.end(), m.group(1) or m.group(2), False)
                      for m in _SEASON.finditer(match.string, max(0, match.start() - YEAR_REACH),
                                                match.start())
                      if dateline is None or int(m.group(1) or m.group(2)) < dateline.year]
        last = max(before, key=lambda d: d.value, default=None)  # the latest in time
        if last is not None and _YEAR_BEFORE.search(match.string, max(0, match.start() - 8),
                                                     match.start()):
            year = int(last.value[:4]) - 1  # "2008年3月27日 ... その前年の12月": December 2007
        elif last is not None:
            year = int(last.value[:4])
            value, _ = _resolve(kind, match.groups(), dt.date(year, 12, 31))
            if value is not None and _over_new_year(last.value, value):
                year += 1  # "in December 1990 ... on January 5": the story crossed the year
            elif value is None or value < _weeks_before(last.value):
                return None  # well before the last date: the story has not gone back
    if year is None:
        return None
    value, _ = _resolve(kind, match.groups(), dt.date(year, 12, 31))
    if value is None:
        return None
    return DateMention(match.start(), match.end(), value, True, True, shifted=True)


def _longest(found: list[DateMention]) -> list[DateMention]:
    kept: list[DateMention] = []
    # A date told outright wins over a relative one it overlaps ("since December 1985" is
    # of 1985, not last December), then the longer.
    for item in sorted(found, key=lambda d: (d.relative, -(d.end - d.start), d.start)):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda d: d.start)


DATELINE_REACH = 100  # characters from the top where a dateline may stand (its first line)
