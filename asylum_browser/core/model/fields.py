"""The search fields: the one place a field of the search language is described.

Each field says once what it is called (name, aliases, label), what kind of thing it matches
(:class:`FieldKind`), where it lives (its SQL column, or for ranges its :class:`Scale`), where
its values' names come from (the vocabulary), and how the docs and the cheat sheet show it (its
description and example). The parser, the SQL engine, the columnar engine, the timeline, the
sidebar, the help and the docs test all read this table and dispatch on the kind: none of them
names a field to special-case it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, StrEnum

from asylum_browser.core.model.dates import (
    PartialDateError,
    day_to_iso,
    format_partial,
    parse_partial,
)
from asylum_browser.core.model.text import normalise
from asylum_browser.i18n.words import field_text, tr


class TermKind(StrEnum):
    """What one search term matches. String-valued so that a term prints readably."""

    WORD = "word"
    PHRASE = "phrase"
    PREFIX = "prefix"
    FIELD = "field"  # field:value
    IDS = "ids"  # incidents by id, resolved from the workspace or the themes


TEXT_TERMS = frozenset({TermKind.WORD, TermKind.PHRASE, TermKind.PREFIX})


class FieldKind(Enum):
    """How a field's value selects incidents; each engine has one rule per kind."""

    NAMES = "names"  # a name in the names table (any language, aliases) -> codes in a column
    RANGE = "range"  # inclusive bounds on a Scale; partial dates count only when wholly inside
    EXACT = "exact"  # the column equals the value
    BBOX = "bbox"  # the coordinates lie in a south,west,north,east box (west > east: across 180)
    THEME = "theme"  # derived at build time; the query layer resolves it to ids
    ANNOTATION = "annotation"  # the user's workspace; the query layer resolves it to ids


@dataclass(frozen=True)
class Scale:
    """The numbers a range field compares: how a value reads and which columns bound a row.

    A row matches when its whole span [low, high] lies inside the term's bounds, so a
    year-precision date matches ``year:2002`` but not ``date:2002-05``.
    """

    key: str  # which pair of the columnar engine's arrays ("date" or "people")
    low_column: str  # SQL
    high_column: str
    parse: Callable[[str], tuple[int, int]]  # one value -> inclusive bounds, or ValueError
    render: Callable[[int], str]
    is_date: bool  # bounds are day numbers: they bound the timeline's window
    bare_value_is_one_value: bool = False  # year:2002 is one facet value, as a tick writes it


@dataclass(frozen=True)
class SearchField:
    """One field of the search language, such as ``host:`` or ``people:``."""

    name: str
    kind: FieldKind
    label: str  # in words: "host country" (chips, the sidebar's summary, the sidecar)
    description: str  # for the cheat sheet and docs/search.md
    example: str  # a query using it, shown in error messages
    column: str = "incidents.id"  # SQL: the column it constrains (NULL when unknown)
    vocabulary: str | None = None  # names table vocabulary for NAMES fields
    scale: Scale | None = None  # for RANGE fields
    aliases: tuple[str, ...] = ()
    words: Callable[[str], str] | None = None  # value -> the term in words, where "label is
    # value" would not read well (flag:no, note:visa)


FLAG_OFF = frozenset({"no", "n", "false", "0", "off"})  # flag:no and its spellings


def flag_is_on(value: str) -> bool:
    """flag:yes, flag:on... select flagged incidents; flag:no and its spellings the others."""
    return normalise(value) not in FLAG_OFF


def _flag_words(value: str) -> str:
    return tr("flagged for follow-up") if flag_is_on(value) else tr("not flagged for follow-up")


def _note_words(value: str) -> str:
    return tr("your note mentions “{words}”").format(words=value)


def field_label(field: SearchField) -> str:
    """The field's label in the interface language (the registry keeps the English)."""
    return field_text(field.label)


def field_description(field: SearchField) -> str:
    return field_text(field.description)


PEOPLE_LIMIT = 10 ** 12  # above every count on record; keeps bounds inside SQLite's integers


def _people_bounds(text: str) -> tuple[int, int]:
    if not (text.isascii() and text.isdigit()):  # "²" and "٣" are digits to str.isdigit
        raise ValueError(tr("the number of people must be a whole number"))
    if len(text) > 13 or int(text) >= PEOPLE_LIMIT:
        raise ValueError(tr("the number of people must be under {limit}").format(
            limit=f"{PEOPLE_LIMIT:,}"))
    return int(text), int(text)


def _year_bounds(text: str) -> tuple[int, int]:
    if not (text.isdigit() and len(text) == 4):
        raise ValueError(tr("a year has four digits, as in 2002"))
    first, last, _precision = parse_partial(text)
    return first, last


def _decade_bounds(text: str) -> tuple[int, int]:
    digits = text[:-1] if text.lower().endswith("s") else text
    if not (digits.isdigit() and len(digits) == 4 and digits.endswith("0")):
        raise ValueError(tr("a decade is written 1980s or 1980"))
    return _year_bounds(digits)[0], _year_bounds(str(int(digits) + 9))[1]


def _date_bounds(text: str) -> tuple[int, int]:
    try:
        first, last, _precision = parse_partial(text)
    except PartialDateError as error:
        raise ValueError(str(error)) from None
    return first, last


def _render_year(day: int) -> str:
    return str(dt.date.fromordinal(day).year)


def _render_day(day: int) -> str:
    return format_partial(day_to_iso(day))


def _date_scale(parse: Callable[[str], tuple[int, int]], render: Callable[[int], str],
                bare_value_is_one_value: bool) -> Scale:
    return Scale("date", "incidents.date_start_lo", "incidents.date_start_hi", parse, render,
                 is_date=True, bare_value_is_one_value=bare_value_is_one_value)


FIELD_LIST: tuple[SearchField, ...] = (
    SearchField("host", FieldKind.NAMES, "host country", "the country where the mission stood",
                "host:china", "incidents.host_country", "country", aliases=("country",)),
    SearchField("city", FieldKind.NAMES, "city", "the city of the mission", "city:shenyang",
                "incidents.city", "city"),
    SearchField("sending", FieldKind.NAMES, "sending state",
                "the state or organisation the mission belongs to (mission: is the same)",
                "sending:japan", "incidents.sending_state", "country", aliases=("mission",)),
    SearchField("nationality", FieldKind.NAMES, "nationality",
                "the seekers' nationality (country or demonym)", 'nationality:"north korea"',
                "incidents.seekers_nationality", "country"),
    SearchField("type", FieldKind.NAMES, "mission type", "the type of mission", "type:school",
                "incidents.mission_type", "mission_type"),
    SearchField("outcome", FieldKind.NAMES, "outcome", "the outcome class", "outcome:detained",
                "incidents.outcome_class", "outcome_class", aliases=("class",)),
    SearchField("confidence", FieldKind.NAMES, "confidence", "high or medium",
                "confidence:high", "incidents.confidence", "confidence"),
    SearchField("origin", FieldKind.NAMES, "origin",
                "bundled (shipped with the app) or mine (your own cases)", "origin:mine",
                "incidents.origin", "origin"),
    SearchField("year", FieldKind.RANGE, "year", "the year the bid began",
                "year:2002 or year:2002..2004", "incidents.date_start",
                scale=_date_scale(_year_bounds, _render_year, True)),
    SearchField("decade", FieldKind.RANGE, "decade", "the decade the bid began, as 1980s or 1980",
                "decade:1980s", "incidents.date_start",
                scale=_date_scale(_decade_bounds, _render_year, True)),
    SearchField("date", FieldKind.RANGE, "date",
                "the date the bid began, YYYY, YYYY-MM or YYYY-MM-DD", "date:2002-05..2002-06",
                "incidents.date_start", scale=_date_scale(_date_bounds, _render_day, False)),
    SearchField("people", FieldKind.RANGE, "number of people", "the number of people",
                "people:>=10", "incidents.people_count",
                scale=Scale("people", "incidents.people_count", "incidents.people_count",
                            _people_bounds, str, is_date=False)),
    SearchField("id", FieldKind.EXACT, "ID", "one incident by its identifier",
                "id:2002-05-08-shenyang-japan-consulate"),
    SearchField("theme", FieldKind.THEME, "theme",
                "a theme derived from the record's facts (docs/data.md)", "theme:long-stay",
                vocabulary="theme"),
    SearchField("tag", FieldKind.ANNOTATION, "your tag", "a tag you gave incidents",
                "tag:madrid-1936"),
    SearchField("flag", FieldKind.ANNOTATION, "flagged for follow-up",
                "incidents you flagged for follow-up: flag:yes (or flag:no)", "flag:yes",
                words=_flag_words),
    SearchField("note", FieldKind.ANNOTATION, "your note", "words in your notes", "note:visa",
                words=_note_words),
    SearchField("within", FieldKind.BBOX, "the map position",
                "the map position lies in a box: south,west,north,east in degrees",
                "within:35,-10,60,30", "incidents.latitude"),
)
FIELDS: dict[str, SearchField] = {field.name: field for field in FIELD_LIST}
FIELD_ALIASES: dict[str, str] = {alias: field.name for field in FIELD_LIST
                                 for alias in field.aliases}


def field_named(name: str) -> SearchField | None:
    """The field a prefix names, by its name or an alias (any case)."""
    name = name.lower()
    return FIELDS.get(FIELD_ALIASES.get(name, name))
