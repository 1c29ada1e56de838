"""A case's sources and the claims where they disagree, as an imported row and the case form
give them, checked by one set of rules with one set of messages.

Why a module of its own: a spreadsheet moved in must keep what the case form keeps (each
source's URL or citation, title, publisher, date and quote, several sources, and what each
claims where they disagree), and the form (core/cases/mycases.py), a new database
(core/dataset/importer.py) and "into my cases" (core/cases/imported.py) must read them alike.

A row gives them in columns a spreadsheet user can fill (docs/import.md):
- the first source in ``source`` (URL or citation), ``source_title``, ``source_publisher``,
  ``source_date``, ``source_quote``; further ones in ``source_2`` ... ``source_5`` with the same
  endings (``source_2_title``, ...);
- a disagreement as ``disputed_FIELD`` (what a source claims the field is, beside the column
  that holds the value the case keeps) and ``disputed_FIELD_source`` (that source's URL or
  citation, or its number: 1 for the first source of the row);
- in JSON (or a cell of JSON text), ``sources``: a list of objects with the form's keys (url,
  title, publisher, published, quote; a bare string is a URL), and ``disagreements`` (the
  form's ``disputes``): a list of ``{"field", "claim", "source"}``.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from asylum_browser.core.model.dates import parse_partial
from asylum_browser.core.model.schema import import_label
from asylum_browser.core.model.text import normalise
from asylum_browser.i18n.words import QT_TR_NOOP, tr

MAX_SOURCES = 5  # sources a row gives in columns; a JSON ``sources`` list may give more
SOURCE_FIELDS = ("url", "title", "publisher", "published", "quote")  # as the form has them
DISPUTE_FIELDS = ("field", "claim", "source")
# The fields a claim can be about: a case's facts, not its title, summary, place or sources.
DISPUTED = ("date_start", "date_end", "city", "host_country", "sending_state", "mission_name",
            "mission_type", "seekers_nationality", "people_count", "people_note", "outcome",
            "outcome_class", "entry_method", "host_response")
DISPUTE_TOPIC = "what the sources of your case claim"
SOURCES, CLAIMS = "sources", "disagreements"  # the JSON lists' fields
# A source's parts as column endings (``source_date`` is the form's "published").
PARTS = {"url": "", "title": "_title", "publisher": "_publisher", "published": "_date",
         "quote": "_quote"}
# Words that suggest the first source's parts in a column name (the importer's FIELDS hints).
PART_HINTS = {
    "publisher": ("publisher", "source publisher", "published by"),
    "published": ("source date", "date of source", "published", "publication date",
                  "date published", "date of publication", "source published"),
    "quote": ("quote", "source quote", "quotation", "excerpt", "source excerpt"),
}
DISPUTED_PREFIXES = ("disputed", "contested", "claimed")
NO_SOURCE_LINK = QT_TR_NOOP("this source has no URL or citation, so no one could find it: "
                            "give one, or take the source out")
NOT_A_LIST = {
    SOURCES: QT_TR_NOOP('not a list of sources: write it as JSON, [{{"url": ..., "title": ...}}, '
                        '...], or give one URL or citation'),
    CLAIMS: QT_TR_NOOP('not a list of claims: write it as JSON, [{{"field": ..., "claim": ..., '
                       '"source": ...}}, ...]'),
}


def source_field(number: int, part: str) -> str:
    """The field of a row's ``number``-th source's ``part`` (``source``, ``source_2_quote``)."""
    return ("source" if number == 1 else f"source_{number}") + PARTS[part]


def disputed_field(name: str, of_source: bool = False) -> str:
    return f"disputed_{name}" + ("_source" if of_source else "")


def extra_fields() -> dict[str, tuple[str, ...]]:
    """The fields this module reads, with the words that suggest them in a column name (the
    numbered and disputed ones are guessed by pattern, ``guess``)."""
    fields: dict[str, tuple[str, ...]] = {
        source_field(1, part): PART_HINTS[part] for part in ("publisher", "published", "quote")}
    for number in range(2, MAX_SOURCES + 1):
        fields.update({source_field(number, part): () for part in PARTS})
    fields[SOURCES] = ("sources", "references", "source list")
    fields[CLAIMS] = ("disagreements", "disputes", "claims", "disagreement")
    for name in DISPUTED:
        fields.update({disputed_field(name): (), disputed_field(name, True): ()})
    return fields


def guess(key: str, base: Callable[[str, tuple[str, ...]], str | None]) -> str | None:
    """The numbered source or disputed field a normalised column name suggests: "source 2
    title", "quote 3", "disputed number of people", "disputed date source". ``base`` guesses
    a name among the given fields as the importer does (exact name or hint, then hint word)."""
    words = key.split()
    numbers = [w for w in words if w.isdigit()]
    if len(numbers) == 1 and 1 <= int(numbers[0]) <= MAX_SOURCES:
        rest = " ".join(w for w in words if w != numbers[0])
        found = base(rest, tuple(source_field(1, part) for part in PARTS))
        if found is not None:
            part = next(p for p in PARTS if source_field(1, p) == found)
            return source_field(int(numbers[0]), part)
    if len(words) > 1 and words[0] in DISPUTED_PREFIXES:
        of_source = len(words) > 2 and words[-1] == "source"
        found = base(" ".join(words[1:-1] if of_source else words[1:]), DISPUTED)
        if found is not None:
            return disputed_field(found, of_source)
    return None


def beyond(key: str, base: Callable[[str, tuple[str, ...]], str | None]) -> int | None:
    """The number of a source past the columns' last ("source 6 title"), which no field
    takes: the report says so rather than leave it out unseen."""
    words = key.split()
    numbers = [w for w in words if w.isdigit()]
    if len(numbers) != 1 or int(numbers[0]) <= MAX_SOURCES:
        return None
    rest = " ".join(w for w in words if w != numbers[0])
    return int(numbers[0]) if base(rest, tuple(source_field(1, p) for p in PARTS)) else None


@dataclass
class Entry:
    """One source or claim as given, and the column each of its parts came from."""

    values: dict[str, str | None]
    columns: dict[str, str]


@dataclass
class Given:
    sources: list[Entry] = field(default_factory=list)
    claims: list[Entry] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)  # field -> its cell


Cell = Callable[[str], str]  # a field's text in the row ("" when no column feeds it)
Column = Callable[[str], str]  # the name of the column that feeds a field, for the report


# Each source slot's fields by part, and each disputed field's pair, made once: a row of a
# 100,000-row file asks for them all.
SLOTS = tuple({part: source_field(number, part) for part in PARTS}
              for number in range(1, MAX_SOURCES + 1))
CLAIM_PAIRS = tuple((name, disputed_field(name), disputed_field(name, True))
                    for name in DISPUTED)


@functools.lru_cache(maxsize=64)
def _fed(fields: frozenset[str] | None) -> tuple[tuple[dict[str, str], ...],
                                                 tuple[tuple[str, str, str], ...]]:
    """The source slots and claim pairs that some of ``fields`` feed (once per mapping)."""
    if fields is None:
        return SLOTS, CLAIM_PAIRS
    return (tuple(names for names in SLOTS if not fields.isdisjoint(names.values())),
            tuple(pair for pair in CLAIM_PAIRS if not fields.isdisjoint(pair[1:])))


def gather(value: Cell, column: Column, fed: Iterable[str] | None = None) -> Given:
    """The row's sources (columns first, then the JSON list) and claims, as given; ``fed``
    are the fields a column feeds (all, when None), so the others are not asked for."""
    given = Given()
    slots, pairs = _fed(None if fed is None else frozenset(fed))
    for names in slots:
        entry = Entry({part: value(name).strip() or None for part, name in names.items()},
                      {part: column(name) for part, name in names.items()})
        if any(entry.values.values()):
            given.sources.append(entry)
    for index, item in enumerate(_listed(value, SOURCES, given), start=1):
        listed = item if isinstance(item, dict) else {"url": item}
        where = f"{column(SOURCES)} #{index}"
        entry = Entry({part: _text(listed.get(part)) or None for part in SOURCE_FIELDS},
                      {part: f"{where} {part}" for part in SOURCE_FIELDS})
        if any(entry.values.values()):
            given.sources.append(entry)
    for name, of_claim, of_source in pairs:
        claim, source = value(of_claim).strip(), value(of_source).strip()
        if claim or source:
            given.claims.append(Entry(
                {"field": name, "claim": claim, "source": source},
                {"field": column(of_claim), "claim": column(of_claim),
                 "source": column(of_source)}))
    for index, item in enumerate(_listed(value, CLAIMS, given), start=1):
        where = f"{column(CLAIMS)} #{index}"
        claimed: dict[str, object] = item if isinstance(item, dict) else {}
        # A bundled record's [[disputes]] names its "sources", a list: one claim per source.
        several = claimed.get("sources")
        each = [_text(s) for s in several] if isinstance(several, list) and several \
            and not claimed.get("source") else [_text(claimed.get("source"))]
        for source in each:
            values: dict[str, str | None] = {"field": _text(claimed.get("field")),
                      "claim": _text(claimed.get("claim")), "source": source}
            if any(values.values()):
                given.claims.append(Entry(values,
                                          {key: f"{where} {key}" for key in DISPUTE_FIELDS}))
    urls = [entry.values["url"] for entry in given.sources]
    for entry in given.claims:  # a claim's source by its number: 1 for the row's first
        source = entry.values["source"] or ""
        if source.isdigit() and source not in urls and 1 <= int(source) <= len(urls):
            entry.values["source"] = urls[int(source) - 1] or source
    return given


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _listed(value: Cell, name: str, given: Given) -> list[object]:
    """The items of a JSON list cell; an unreadable one is kept for ``check`` to name."""
    text = value(name).strip()
    if not text:
        return []
    if name == SOURCES and not text.startswith(("[", "{", '"')):
        return [text]  # a spreadsheet's "Sources" column of one URL or citation
    try:
        items = json.loads(text)
    except (ValueError, RecursionError):
        items = None
    wanted = dict if name == CLAIMS else (dict, str)
    if not isinstance(items, list) or not all(isinstance(i, wanted) for i in items):
        given.unreadable[name] = text
        return []
    return items


@dataclass(frozen=True)
class Found:
    """A problem of a source or a claim, where the report puts it."""

    column: str
    value: str
    problem: str
    fatal: bool = True


def check(given: Given, column: Column) -> tuple[list[dict[str, str | None]],
                                                 list[dict[str, object]], list[Found]]:
    """The row's sources and disagreements as a record's ``sources`` and ``disputes``, and
    what is wrong with them."""
    found: list[Found] = []
    for name, text in given.unreadable.items():
        found.append(Found(column(name), text, tr(NOT_A_LIST[name]).format()))
    sources: list[dict[str, str | None]] = []
    seen: set[str] = set()
    for entry in given.sources:
        values, url = dict(entry.values), entry.values["url"]
        if url is None:
            part = next(p for p in ("title", "publisher", "quote", "published") if values[p])
            found.append(Found(entry.columns[part], values[part] or "", tr(NO_SOURCE_LINK)))
        elif url in seen:
            found.append(Found(entry.columns["url"], url, tr(
                "this source is given twice in the case; give it once, with all it says")))
        seen.add(url or "")
        if values["published"]:
            try:
                values["published"] = parse_date(values["published"])
            except ValueError as error:
                found.append(Found(entry.columns["published"], values["published"],
                                   tr("published date of a source: {error}").format(
                                       error=error)))
        sources.append(values)
    if not given.sources and not given.unreadable:
        found.append(Found(column("source"), "",
                           tr("no source: the case is imported, but cite one when you can"),
                           fatal=False))
    disputes: list[dict[str, object]] = []
    for entry in given.claims:
        claimed, text, source = (entry.values[key] or "" for key in DISPUTE_FIELDS)
        about = _disputed(claimed)
        if about is None:
            found.append(Found(entry.columns["field"], claimed, tr(
                "“{field}” is not a field a claim can be about; use one of: {fields}").format(
                field=claimed, fields=", ".join(import_label(n) for n in DISPUTED))))
        elif not text:
            found.append(Found(entry.columns["claim"], claimed, tr(
                "say what the source claims the {field} is").format(field=import_label(about))))
        if source and source not in seen:
            found.append(Found(entry.columns["source"], source, tr(
                "the source of a claim must be one of this case's sources (its URL or "
                "citation)")))
        disputes.append({"field": about or claimed, "topic": DISPUTE_TOPIC, "claim": text,
                         "sources": [source] if source else []})
    return sources, disputes, found


def _disputed(text: str) -> str | None:
    """The field a claim is about, by its name or its label ("people_count", "People")."""
    if text in DISPUTED:
        return text
    key = normalise(text.replace("_", " "))
    return next((name for name in DISPUTED if key in (normalise(name.replace("_", " ")),
                                                      normalise(import_label(name)))), None)


# --- dates (here, below import_rows, which re-exports them) ----------------------------

MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
     ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
     ("october", "oct"), ("november", "nov"), ("december", "dec")), start=1) for name in names}


def ascii_digits(text: str) -> str:
    """Any script's decimal digits (full-width ２, Arabic-Indic ٢) as ASCII ones, so a value
    is stored in the one form every search and sort reads."""
    return "".join(str(unicodedata.decimal(char)) if char.isdecimal() and not char.isascii()
                   else char for char in text)


def parse_date(text: str) -> str:
    """A partial ISO date from ISO or common forms; ValueError says what is wrong."""
    value = ascii_digits(text.strip())
    iso = re.fullmatch(r"(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?", value)
    if iso:
        year, month, day = iso.groups()
        result = year + (f"-{int(month):02d}" if month else "") + (f"-{int(day):02d}"
                                                                  if day else "")
    elif match := re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", value):
        first, second, year = (int(g) for g in match.groups())
        if first <= 12 and second <= 12 and first != second:
            raise ValueError(tr("day and month are ambiguous; write it as YYYY-MM-DD"))
        day, month = (first, second) if first > 12 else (second, first)
        result = f"{year:04d}-{month:02d}-{day:02d}"
    else:
        words = re.findall(r"[A-Za-z]+|\d+", value)
        numbers = [w for w in words if w.isdigit()]
        months = [MONTHS[w.lower()] for w in words if w.lower() in MONTHS]
        years = [n for n in numbers if len(n) == 4]
        days = [n for n in numbers if len(n) <= 2]
        if len(years) != 1 or len(months) > 1 or len(days) > 1 or (days and not months) \
                or len(words) != len(years) + len(months) + len(days):
            raise ValueError(tr("not a date; write YYYY, YYYY-MM or YYYY-MM-DD"))
        result = years[0] + (f"-{months[0]:02d}" if months else "") + (
            f"-{int(days[0]):02d}" if days else "")
    parse_partial(result)  # raises ValueError for 2002-02-30 and the like
    return result
