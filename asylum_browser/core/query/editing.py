"""Edit a query string the way the sidebar and the chips do, keeping the user's own text.

The query string is the whole filter state, so a facet click does not build a QuerySpec: it
adds or removes one token in the text, and everything else the user typed stays as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from asylum_browser.core.model.fields import TermKind
from asylum_browser.core.model.text import normalise
from asylum_browser.core.model.values import Term
from asylum_browser.core.query.describe import Place, describe_term
from asylum_browser.core.query.parser import QueryToken, scan_tokens


@dataclass(frozen=True)
class Chip:
    """An active filter as a removable chip: its label and the query without it."""

    label: str
    term: Term
    without: str


def quote_value(value: str) -> str:
    """Quote a field value for the search box when it holds spaces or punctuation."""
    if value and all(ch.isalnum() or ch in "-_.'" for ch in value):
        return value
    return '"' + value.replace('"', "") + '"'


def term_token(field: str | None, value: str, negated: bool = False) -> str:
    """The search token for one field value, as the sidebar writes it."""
    return f"{'-' if negated else ''}{field}:{quote_value(value)}"


def _same_value(a: Term, b: Term) -> bool:
    return a.kind is b.kind is TermKind.FIELD and a.field == b.field and (
        normalise(a.value) == normalise(b.value))


def toggle_token(text: str, token: str, exclude: bool = False) -> str:
    """Add ``token`` (negated when ``exclude``), remove it if present with that sign, or flip
    its sign if present with the other."""
    [wanted] = [t.term for t in scan_tokens(token) if t.term is not None]
    for index, existing in enumerate(scan_tokens(text)):
        if existing.term is None or not _same_value(existing.term, wanted):
            continue
        if existing.term.negated == exclude:
            return remove_token(text, index)
        bare = token.removeprefix("-")
        return _replace(text, existing, f"-{bare}" if exclude else bare)
    addition = f"-{token.removeprefix('-')}" if exclude else token.removeprefix("-")
    return f"{text.rstrip()} {addition}".strip()


def set_field(text: str, field: str, value: str | None) -> str:
    """Replace every token of ``field`` with ``field:value`` (or drop them when value is None);
    for range controls, which hold one range per field."""
    tokens = scan_tokens(text)
    for index in reversed(range(len(tokens))):
        term = tokens[index].term
        if term is not None and term.field == field:
            text = remove_token(text, index)
    return text if value is None else f"{text.rstrip()} {field}:{value}".strip()


def remove_token(text: str, index: int) -> str:
    """The query without token ``index`` (and the OR that joined it, if any); a term's token
    spans its NOT, so an exclusion goes whole."""
    tokens = scan_tokens(text)
    doomed = [tokens[index]]
    if index > 0 and tokens[index - 1].kind == "or":
        doomed.append(tokens[index - 1])
    elif index + 1 < len(tokens) and tokens[index + 1].kind == "or":
        doomed.append(tokens[index + 1])
    for token in sorted(doomed, key=lambda t: t.column, reverse=True):
        text = text[:token.column - 1] + text[token.column - 1 + token.length:]
    return " ".join(text.split())


def _replace(text: str, token: QueryToken, replacement: str) -> str:
    start = token.column - 1
    return text[:start] + replacement + text[start + token.length:]


def chips(text: str, places: Sequence[Place] = ()) -> list[Chip]:
    """Every term of the query as a chip that removes it; ``places`` (the cities on record)
    let a map area read as the cities it holds."""
    result = []
    for index, token in enumerate(scan_tokens(text)):
        if token.term is not None:
            result.append(Chip(describe_term(token.term, short=True, places=places), token.term,
                               remove_token(text, index)))
    return result


def replace_value(text: str, field: str, old: str, new: str) -> str:
    """The query with ``field:old`` written as ``field:new`` (a "did you mean" accepted),
    keeping its sign and everything else the user typed."""
    for token in scan_tokens(text):
        term = token.term
        if (term is not None and term.kind is TermKind.FIELD and term.field == field
                and normalise(term.value) == normalise(old)):
            return _replace(text, token, term_token(field, new, term.negated))
    return text
