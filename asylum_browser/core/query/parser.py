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

import difflib
import re
from dataclasses import dataclass

from asylum_browser.core.model.fields import (
    FIELDS,
    FieldKind,
    SearchField,
    TermKind,
    field_named,
)
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.text import has_word_characters
from asylum_browser.core.model.values import QuerySpec, Term
from asylum_browser.i18n.words import tr

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
        raise QuerySyntaxError(tr("The search contains a NUL character; remove it."),
                               text.index("\x00") + 1)
    if len(text) > MAX_QUERY_LENGTH:
        raise QuerySyntaxError(
            tr("The search is {length} characters long; the limit is {limit}.").format(
                length=f"{len(text):,}", limit=f"{MAX_QUERY_LENGTH:,}"),
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
            tr("NOT at column {column} needs a term after it, as in NOT school.").format(
                column=not_at + 1),
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
            kind = TermKind.PHRASE
            if position < length and text[position] == "*":
                kind, position = TermKind.PREFIX, position + 1
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
                    tr("A * must follow the start of a word (column {column}), as in "
                       "consul*.").format(column=start + 1),
                    start + 1, position - start)
            add(Term(TermKind.PREFIX, stem, negated=negated), start, position)
        elif has_word_characters(word):
            add(Term(TermKind.WORD, word, negated=negated), start, position)
    if not_at is not None:
        raise dangling_not()
    return tokens


def _read_quoted(text: str, position: int) -> tuple[str, int]:
    end = text.find('"', position + 1)
    if end < 0:
        raise QuerySyntaxError(
            tr('The quote at column {column} is never closed; add a closing ".').format(
                column=position + 1),
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
                    tr("OR at column {column} needs a term before it, as in canada OR "
                       "germany.").format(column=token.column), token.column, token.length)
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
            tr("OR at column {column} needs a term after it, as in canada OR germany.").format(
                column=last.column),
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


def _bad_value(field: str, value: str, column: int, error: ValueError) -> str:
    return tr("{field}:{value} at column {column}: {error}.").format(
        field=field, value=value, column=column, error=error)


def _field_term(name: str, value: str, negated: bool, column: int, length: int) -> Term:
    definition = field_named(name)
    if definition is None:
        known = sorted(FIELDS)
        close = difflib.get_close_matches(name, known, n=1)
        hint = tr(" Did you mean {field}:?").format(field=close[0]) if close else ""
        raise QuerySyntaxError(
            tr("Unknown field '{field}:' at column {column}.{hint} Fields: {fields}.").format(
                field=name, column=column, hint=hint, fields=", ".join(known)),
            column, length)
    field = definition.name
    value = value.strip()
    if not value:
        raise QuerySyntaxError(
            tr("'{field}:' at column {column} needs a value, as in {example}.").format(
                field=name, column=column, example=definition.example),
            column, length)
    if value.lower() == "unknown":
        return Term(TermKind.FIELD, value, field, negated, unknown=True,
                    single_value=not negated)
    if definition.kind is FieldKind.BBOX:
        try:
            parse_bbox(value)
        except ValueError as error:
            raise QuerySyntaxError(_bad_value(field, value, column, error),
                                   column, length) from None
        return Term(TermKind.FIELD, value, field, negated)
    if definition.scale is not None:
        low, high, single = _parse_range(definition, value, column, length)
        return Term(TermKind.FIELD, value, field, negated, low, high,
                    single_value=single and not negated)
    return Term(TermKind.FIELD, value, field, negated, single_value=not negated)


def _parse_range(definition: SearchField, value: str, column: int, length: int
                 ) -> tuple[int | None, int | None, bool]:
    """Return inclusive (low, high) bounds and whether the value names a single facet value."""
    assert definition.scale is not None
    scale, field = definition.scale, definition.name

    def bounds(text: str) -> tuple[int, int]:
        try:
            return scale.parse(text.strip())
        except ValueError as error:
            raise QuerySyntaxError(_bad_value(field, value, column, error),
                                   column, length) from None

    if ".." in value:
        left, _, right = value.partition("..")
        if not left and not right:
            raise QuerySyntaxError(
                tr("{field}:{value} at column {column} needs a start or an end, as in "
                   "{example}.").format(field=field, value=value, column=column,
                                        example=definition.example), column, length)
        low = bounds(left)[0] if left else None
        high = bounds(right)[1] if right else None
        if low is not None and high is not None and low > high:
            raise QuerySyntaxError(
                tr("The range {field}:{value} at column {column} is empty: its start is "
                   "after its end.").format(field=field, value=value, column=column),
                column, length)
        return low, high, False
    match = _RANGE_OPERATOR.match(value)
    assert match is not None
    operator, operand = match.group(1), match.group(2)
    first, last = bounds(operand)
    if operator in (None, "="):
        return first, last, operator is None and scale.bare_value_is_one_value
    if operator == ">=":
        return first, None, False
    if operator == ">":
        return last + 1, None, False
    if operator == "<=":
        return None, last, False
    return None, first - 1, False
