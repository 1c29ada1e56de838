"""The search language: one query string in, a QuerySpec out.

Grammar (docs/search.md is the user's version): terms separated by spaces are AND'ed; ``OR``
between terms makes one alternative; ``-term`` or ``NOT term`` excludes; ``"a phrase"``;
``prefix*``; ``field:value`` and ``field:"two words"``; ranges ``year:2002..2004``,
``people:>=10``, ``date:2002-05..2002-06``. Repeated values of one facet (``host:china
host:cuba``) are OR'ed, as a sidebar with two ticks would mean.

Errors are :class:`QuerySyntaxError` with the column where the problem starts; nothing here
touches SQL.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass

from asylum_browser.core.model.dates import (
    PartialDateError,
    day_to_iso,
    format_partial,
    parse_partial,
)
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.schema import FIELD_ALIASES, FIELDS
from asylum_browser.core.model.text import has_word_characters, normalise
from asylum_browser.core.model.values import QuerySpec, Term

MAX_QUERY_LENGTH = 2000
_FIELD_PREFIX = re.compile(r"([A-Za-z_]+):")
_RANGE_OPERATOR = re.compile(r"^(>=|<=|>|<|=)?(.*)$", re.DOTALL)


class QuerySyntaxError(ValueError):
    """A query the user must fix; ``column`` is 1-based, for pointing at the problem."""

    def __init__(self, message: str, column: int = 1, length: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.column = column
        self.length = max(1, length)

    def __str__(self) -> str:
        return self.message


@dataclass
class QueryToken:
    """One token of a query and where it stands (1-based column), for editing the text."""

    kind: str  # "term" or "or" (a NOT belongs to the term after it)
    term: Term | None
    column: int
    length: int


def parse_query(text: str, sort: str = "date", descending: bool = False) -> QuerySpec:
    """Parse a query string into a QuerySpec, or raise QuerySyntaxError saying where."""
    if "\x00" in text:
        raise QuerySyntaxError("The search contains a NUL character; remove it.",
                               text.index("\x00") + 1)
    if len(text) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            f"The search is {len(text):,} characters long; the limit is {MAX_QUERY_LENGTH:,}.",
            MAX_QUERY_LENGTH + 1, len(text) - MAX_QUERY_LENGTH)
    tokens = scan_tokens(text)
    clauses = _group(tokens)
    return QuerySpec(clauses=_merge_facet_values(clauses), text=text, sort=sort,
                     descending=descending)


def scan_tokens(text: str) -> list[QueryToken]:
    """The query's tokens, with ``NOT term`` read as one negated term.

    Both spellings of exclusion (``-host:x`` and ``NOT host:x``) therefore reach the grouper,
    the engines and the query-text editing as the same thing: a negated term whose span covers
    its NOT, so that toggling or removing it edits the whole exclusion. ``NOT -x`` negates
    twice and includes x.
    """
    tokens: list[QueryToken] = []
    position = 0
    length = len(text)
    not_at: int | None = None  # where a NOT that applies to the next term starts

    def add(term: Term, start: int, end: int) -> None:
        nonlocal not_at
        first = start if not_at is None else not_at
        tokens.append(QueryToken("term", term, first + 1, end - first))
        not_at = None

    def dangling_not() -> QuerySyntaxError:
        assert not_at is not None
        return QuerySyntaxError(
            f"NOT at column {not_at + 1} needs a term after it, as in NOT school.",
            not_at + 1, 3)

    while position < length:
        if text[position].isspace():
            position += 1
            continue
        start = position
        negated = not_at is not None
        if text[position] == "-" and position + 1 < length and not text[position + 1].isspace():
            negated = not negated
            position += 1
        if text[position] == '"':
            value, position = _read_quoted(text, position)
            kind = "phrase"
            if position < length and text[position] == "*":
                kind, position = "prefix", position + 1
            if has_word_characters(value):
                add(Term(kind, value, negated=negated), start, position)
            continue
        field_match = _FIELD_PREFIX.match(text, position)
        if field_match:
            name = field_match.group(1).lower()
            position = field_match.end()
            if position < length and text[position] == '"':
                value, position = _read_quoted(text, position)
            else:
                value, position = _read_bare(text, position)
            add(_field_term(name, value, negated, start + 1, position - start), start, position)
            continue
        word, position = _read_bare(text, position)
        if position == start + len(word) and word in ("OR", "AND", "NOT"):
            if not_at is not None:
                raise dangling_not()
            if word == "NOT":
                not_at = start
            elif word == "OR":
                tokens.append(QueryToken("or", None, start + 1, len(word)))
            continue
        if word.endswith("*"):
            stem = word.rstrip("*")
            if not has_word_characters(stem):
                raise QuerySyntaxError(
                    f"A * must follow the start of a word (column {start + 1}), as in consul*.",
                    start + 1, position - start)
            add(Term("prefix", stem, negated=negated), start, position)
        elif has_word_characters(word):
            add(Term("word", word, negated=negated), start, position)
    if not_at is not None:
        raise dangling_not()
    return tokens


def _read_quoted(text: str, position: int) -> tuple[str, int]:
    end = text.find('"', position + 1)
    if end < 0:
        raise QuerySyntaxError(
            f'The quote at column {position + 1} is never closed; add a closing ".',
            position + 1, len(text) - position)
    return text[position + 1:end], end + 1


def _read_bare(text: str, position: int) -> tuple[str, int]:
    start = position
    while position < len(text) and not text[position].isspace() and text[position] != '"':
        position += 1
    return text[start:position], position


def _group(tokens: list[QueryToken]) -> list[list[Term]]:
    clauses: list[list[Term]] = []
    pending_or = False
    last: QueryToken | None = None
    for token in tokens:
        if token.kind == "or":
            if last is None or last.kind != "term" or pending_or:
                raise QuerySyntaxError(
                    f"OR at column {token.column} needs a term before it, as in canada OR "
                    "germany.", token.column, token.length)
            pending_or = True
        else:
            assert token.term is not None
            if pending_or and clauses:
                clauses[-1].append(token.term)
            else:
                clauses.append([token.term])
            pending_or = False
        last = token
    if pending_or and last is not None:
        raise QuerySyntaxError(
            f"OR at column {last.column} needs a term after it, as in canada OR germany.",
            last.column, last.length)
    return clauses


def _merge_facet_values(clauses: list[list[Term]]) -> tuple[tuple[Term, ...], ...]:
    """OR together clauses that each pick values of the same facet (host:china host:cuba)."""
    merged: list[list[Term]] = []
    index_by_field: dict[str, int] = {}
    for clause in clauses:
        fields = {term.field for term in clause}
        key = next(iter(fields)) if len(fields) == 1 else None
        if key is not None and all(term.single_value for term in clause):
            if key in index_by_field:
                merged[index_by_field[key]].extend(clause)
                continue
            index_by_field[key] = len(merged)
        merged.append(list(clause))
    return tuple(tuple(clause) for clause in merged)


def _field_term(name: str, value: str, negated: bool, column: int, length: int) -> Term:
    field = FIELD_ALIASES.get(name, name)
    definition = FIELDS.get(field)
    if definition is None:
        known = sorted(FIELDS)
        close = difflib.get_close_matches(name, known, n=1)
        hint = f" Did you mean {close[0]}:?" if close else ""
        raise QuerySyntaxError(
            f"Unknown field '{name}:' at column {column}.{hint} Fields: {', '.join(known)}.",
            column, length)
    value = value.strip()
    if not value:
        raise QuerySyntaxError(
            f"'{name}:' at column {column} needs a value, as in {_example(field)}.",
            column, length)
    if value.lower() == "unknown":
        return Term("field", value, field, negated, unknown=True, single_value=not negated)
    if definition.kind == "bbox":
        try:
            parse_bbox(value)
        except ValueError as error:
            raise QuerySyntaxError(f"within:{value} at column {column}: {error}.",
                                   column, length) from None
        return Term("field", value, field, negated)
    if definition.kind == "range":
        low, high, single = _parse_range(field, value, column, length)
        return Term("field", value, field, negated, low, high,
                    single_value=single and not negated)
    return Term("field", value, field, negated, single_value=not negated)


def _example(field: str) -> str:
    return {
        "year": "year:2002 or year:2002..2004", "date": "date:2002-05..2002-06",
        "people": "people:>=10", "decade": "decade:1980s", "host": "host:china",
        "city": "city:shenyang", "mission": "mission:japan", "type": "type:school",
        "nationality": 'nationality:"north korea"', "outcome": "outcome:detained",
        "confidence": "confidence:high", "id": "id:2002-05-08-shenyang-japan-consulate",
        "within": "within:35,-10,60,30",
    }.get(field, f"{field}:value")


def _parse_range(field: str, value: str, column: int, length: int
                 ) -> tuple[int | None, int | None, bool]:
    """Return inclusive (low, high) bounds and whether the value names a single facet value."""
    def bounds(text: str) -> tuple[int, int]:
        try:
            return _bounds_of(field, text)
        except ValueError as error:
            raise QuerySyntaxError(f"{field}:{value} at column {column}: {error}.",
                                   column, length) from None

    if ".." in value:
        left, _, right = value.partition("..")
        if not left and not right:
            raise QuerySyntaxError(
                f"{field}:{value} at column {column} needs a start or an end, as in "
                f"{_example(field)}.", column, length)
        low = bounds(left)[0] if left else None
        high = bounds(right)[1] if right else None
        if low is not None and high is not None and low > high:
            raise QuerySyntaxError(
                f"The range {field}:{value} at column {column} is empty: its start is after "
                "its end.", column, length)
        return low, high, False
    match = _RANGE_OPERATOR.match(value)
    assert match is not None
    operator, operand = match.group(1), match.group(2)
    first, last = bounds(operand)
    if operator in (None, "="):
        return first, last, operator is None and field in ("year", "decade")
    if operator == ">=":
        return first, None, False
    if operator == ">":
        return last + 1, None, False
    if operator == "<=":
        return None, last, False
    return None, first - 1, False


def _bounds_of(field: str, text: str) -> tuple[int, int]:
    text = text.strip()
    if field == "people":
        if not text.isdigit():
            raise ValueError("the number of people must be a whole number")
        number = int(text)
        return number, number
    if field == "year":
        if not (text.isdigit() and len(text) == 4):
            raise ValueError("a year has four digits, as in 2002")
        first, last, _precision = parse_partial(text)
        return first, last
    if field == "decade":
        digits = text[:-1] if text.lower().endswith("s") else text
        if not (digits.isdigit() and len(digits) == 4 and digits.endswith("0")):
            raise ValueError("a decade is written 1980s or 1980")
        start, _unused, _precision = parse_partial(digits)
        _unused2, end, _precision2 = parse_partial(str(int(digits) + 9))
        return start, end
    try:
        first, last, _precision = parse_partial(text)
    except PartialDateError as error:
        raise ValueError(str(error)) from None
    return first, last


_FIELD_LABELS = {
    "host": "host country", "city": "city", "mission": "sending state", "type": "mission type",
    "nationality": "nationality", "outcome": "outcome", "confidence": "confidence",
    "year": "year", "decade": "decade", "date": "date", "people": "number of people",
    "id": "ID",
    "within": "the map position",
    "tag": "your tag", "flag": "flagged for follow-up", "note": "your note",
}


def describe_query(spec: QuerySpec) -> str:
    """The query in words, for the sidebar header and the export sidecar."""
    if spec.is_empty:
        return "all incidents"
    parts = []
    for clause in spec.clauses:
        words = [describe_term(term) for term in clause]
        parts.append(words[0] if len(words) == 1 else "(" + " or ".join(words) + ")")
    return "incidents where " + " and ".join(parts)


def describe_term(term: Term, short: bool = False) -> str:
    """One term in words; ``short`` gives a chip label such as 'host country: china'."""
    if short:
        if term.kind == "field":
            label = _FIELD_LABELS.get(term.field or "", term.field or "")
            value = "unknown" if term.unknown else term.value
            text = f"{label}: {value}"
        else:
            text = f"“{term.value}{'*' if term.kind == 'prefix' else ''}”"
        return f"not {text}" if term.negated else text
    if term.kind == "word":
        text = f"the text contains “{term.value}”"
    elif term.kind == "phrase":
        text = f"the text contains the phrase “{term.value}”"
    elif term.kind == "prefix":
        text = f"the text has a word starting with “{term.value}”"
    elif term.kind == "ids" and term.field is None:  # a word also looked for in your notes
        text = f"your note mentions “{term.value}”"
    elif term.field == "flag":
        text = "flagged for follow-up" if normalise(term.value) not in ("no", "n", "false",
                                                                        "0", "off") \
            else "not flagged for follow-up"
    elif term.field == "note":
        text = f"your note mentions “{term.value}”"
    else:
        label = _FIELD_LABELS.get(term.field or "", term.field or "")
        if term.unknown:
            text = f"{label} is unknown"
        elif term.field == "within":
            text = f"{label} is within {describe_bbox(term.value)}"
        elif term.low is None and term.high is None:
            text = f"{label} is “{term.value}”"
        else:
            text = f"{label} is {_describe_bounds(term)}"
    return f"not ({text})" if term.negated else text


def describe_bbox(value: str) -> str:
    """'35,-10,60,30' -> '35°N–60°N, 10°W–30°E'"""
    box = parse_bbox(value)

    def lat(v: float) -> str:
        return f"{abs(v):g}°{'N' if v >= 0 else 'S'}"

    def lon(v: float) -> str:
        return f"{abs(v):g}°{'E' if v >= 0 else 'W'}"

    return f"{lat(box.south)}–{lat(box.north)}, {lon(box.west)}–{lon(box.east)}"


def _describe_bounds(term: Term) -> str:
    def render(number: int) -> str:
        if term.field == "people":
            return str(number)
        if term.field in ("year", "decade"):
            return str(dt.date.fromordinal(number).year)
        return format_partial(day_to_iso(number))

    if term.low is not None and term.high is not None:
        if term.low == term.high:
            return render(term.low)
        if term.single_value:
            return term.value
        return f"from {render(term.low)} to {render(term.high)}"
    if term.low is not None:
        return f"at least {render(term.low)}"
    assert term.high is not None
    return f"at most {render(term.high)}"
