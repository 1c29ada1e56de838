"""QuerySpec -> (where_sql, params).

Identifiers come only from :mod:`asylum_browser.core.model.schema`; every piece of user text is a
bound parameter, and search words reach FTS5 only as quoted phrases built by
:func:`fts_phrase`.
"""

from __future__ import annotations

import functools
import json
import re
import sqlite3
from collections.abc import Iterable, Sequence

from asylum_browser.core.model.fields import FIELDS, TEXT_TERMS, FieldKind, TermKind
from asylum_browser.core.model.geo import parse_bbox
from asylum_browser.core.model.schema import SORT_KEYS
from asylum_browser.core.model.text import cjk_grams, has_cjk, is_all_cjk, normalise
from asylum_browser.core.model.values import QuerySpec, Term

Params = list[object]
TRIGRAM_MIN_CHARS = 3
# SQLite refuses a compound SELECT of more than 500 parts (SQLITE_MAX_COMPOUND_SELECT).
COMPOUND_LIMIT = 400
HOLDS_ANY = "asylum_holds_any"


def fts_phrase(text: str, prefix: bool = False) -> str:
    """Quote user text as one FTS5 string so no operator, column filter or NEAR( survives."""
    quoted = '"' + text.replace('"', '""') + '"'
    return quoted + " *" if prefix else quoted


def like_escape(text: str) -> str:
    """Escape LIKE wildcards; the SQL side uses ESCAPE '\\'."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def where_for(spec: QuerySpec, skip_fields: Iterable[str] = ()) -> tuple[str, Params]:
    """The WHERE body (without the keyword) and its parameters; '1' when nothing filters.

    ``skip_fields`` drops clauses that only constrain those fields, which is how a facet is
    counted without its own selection.

    Text terms are gathered before they reach SQL: an OR of words is one lookup, and every
    excluded word of the query together is one more. One ``seq IN (...)`` per term made SQLite
    probe each row once per term: 200 OR'ed words took 44 s at 1M incidents, 208 excluded
    ones 19 s.
    """
    skipped = set(skip_fields)
    parts: list[str] = []
    params: Params = []
    excluded: list[Term] = []
    for clause in spec.clauses:
        if skipped and all(term.field in skipped for term in clause):
            continue
        if all(term.kind in TEXT_TERMS for term in clause):
            if len(clause) == 1 and clause[0].negated:
                excluded.append(clause[0])
                continue
            if not any(term.negated for term in clause):
                rowids, term_params = text_group_sql(clause)
                parts.append(f"incidents.seq IN ({rowids})")
                params.extend(term_params)
                continue
        names = _names_column(clause)
        if names is not None:  # host:a host:b ...: one set of codes, one probe per row
            codes, term_params = _union_all([names_sql(term) for term in clause])
            parts.append(f"{names} IN ({codes})")
            params.extend(term_params)
            continue
        alternatives = []
        for term in clause:
            sql, term_params = term_sql(term)
            alternatives.append(sql)
            params.extend(term_params)
        parts.append(alternatives[0] if len(alternatives) == 1
                     else "(" + " OR ".join(alternatives) + ")")
    if excluded:
        rowids, term_params = text_group_sql(excluded)
        parts.append(f"incidents.seq NOT IN ({rowids})")
        params.extend(term_params)
    return (" AND ".join(parts) if parts else "1"), params


def _names_column(clause: Sequence[Term]) -> str | None:
    """The column when ``clause`` is several values of one named field, none excluded or
    unknown (one IN per value made 175 hosts take 3 s at 1M incidents)."""
    first = clause[0]
    if len(clause) < 2 or first.field is None or any(
            term.kind is not TermKind.FIELD or term.field != first.field or term.negated
            or term.unknown for term in clause):
        return None
    field = FIELDS[first.field]
    return field.column if field.kind is FieldKind.NAMES else None


def text_group_sql(terms: Sequence[Term]) -> tuple[str, Params]:
    """One SELECT of the seqs that any of ``terms`` (text terms, negation ignored) finds.

    Words and prefixes become a single FTS5 query (phrases joined by OR, each still quoted);
    CJK terms, which live in other tables, join it by UNION ALL in groups SQLite's compound
    SELECT limit allows.
    """
    words: list[str] = []
    selects: list[tuple[str, Params]] = []
    mixed: list[str] = []
    for term in terms:
        text = term.value.strip()
        if _is_mixed(term):
            mixed.append(text)
        elif has_cjk(text):
            selects.append(text_rowids_sql(term))
        else:
            words.append(fts_phrase(text, prefix=term.kind is TermKind.PREFIX))
    if mixed:
        selects.append(_mixed_sql(mixed))
    if words:
        selects.insert(0, ("SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?",
                           [" OR ".join(dict.fromkeys(words))]))
    return _union_all(selects)


def _union_all(selects: Sequence[tuple[str, Params]]) -> tuple[str, Params]:
    """One compound SELECT of ``selects``, nested in groups past SQLite's compound limit."""
    if len(selects) > COMPOUND_LIMIT:
        selects = [(f"SELECT * FROM ({sql})", group_params) for sql, group_params in (
            _union_all(selects[start:start + COMPOUND_LIMIT])
            for start in range(0, len(selects), COMPOUND_LIMIT))]
    return (" UNION ALL ".join(sql for sql, _ in selects),
            [param for _, select_params in selects for param in select_params])


def term_sql(term: Term) -> tuple[str, Params]:
    """SQL for one term, negation included. NULLs never match a positive term."""
    sql, params = _positive_sql(term)
    if term.negated:
        return f"NOT COALESCE({sql}, 0)", params
    return sql, params


def _positive_sql(term: Term) -> tuple[str, Params]:
    if term.kind in TEXT_TERMS:
        return _text_sql(term)
    if term.kind is TermKind.IDS:
        ids = sorted(term.ids or ())
        return (f"incidents.id IN ({', '.join('?' * len(ids))})", list(ids)) if ids else ("0", [])
    assert term.field is not None
    field = FIELDS[term.field]
    if field.kind in (FieldKind.ANNOTATION, FieldKind.THEME):
        return "0", []  # not resolved (no workspace, no themes): there is nothing to match
    if term.unknown:
        return f"{field.column} IS NULL", []
    if field.kind is FieldKind.NAMES:
        codes_sql, params = names_sql(term)
        return f"{field.column} IN ({codes_sql})", params
    if field.kind is FieldKind.EXACT:
        return f"{field.column} = ?", [term.value]
    if field.kind is FieldKind.BBOX:
        box = parse_bbox(term.value)
        if box.west <= box.east:
            return ("(incidents.latitude BETWEEN ? AND ? AND incidents.longitude BETWEEN ? AND ?)",
                    [box.south, box.north, box.west, box.east])
        return ("(incidents.latitude BETWEEN ? AND ? AND "
                "(incidents.longitude >= ? OR incidents.longitude <= ?))",
                [box.south, box.north, box.west, box.east])
    assert field.scale is not None
    return _bounds_sql(field.scale.low_column, field.scale.high_column, term)


def _bounds_sql(low_column: str, high_column: str, term: Term) -> tuple[str, Params]:
    """Containment: the incident's whole range lies inside the term's bounds."""
    conditions: list[str] = []
    params: Params = []
    if term.low is not None:
        conditions.append(f"{low_column} >= ?")
        params.append(term.low)
    if term.high is not None:
        conditions.append(f"{high_column} <= ?")
        params.append(term.high)
    return "(" + " AND ".join(conditions) + ")", params


def names_sql(term: Term) -> tuple[str, Params]:
    """SELECT of the codes a field value names (host:china -> CN).

    An exact name wins; only when none exists do leading words match (type:consulate is the
    consulate, not also the consulate general; outcome:detained still works).
    """
    assert term.field is not None
    vocabulary = FIELDS[term.field].vocabulary
    value = normalise(term.value)
    return ("SELECT code FROM names WHERE vocabulary = ? AND "
            "(name_norm = ? OR (name_norm LIKE ? ESCAPE '\\' AND NOT EXISTS "
            "(SELECT 1 FROM names WHERE vocabulary = ? AND name_norm = ?)))",
            [vocabulary, value, like_escape(value) + " %", vocabulary, value])


def text_rowids_sql(term: Term) -> tuple[str, Params]:
    """SELECT of the incident seqs a word, phrase or prefix finds, from the FTS tables."""
    text = term.value.strip()
    if has_cjk(text):
        # unicode61 does not segment CJK: use the trigram index; one or two CJK characters
        # are looked up whole in the gram index; anything else shorter falls back to LIKE.
        if len(text) >= TRIGRAM_MIN_CHARS and term.kind is not TermKind.PREFIX:
            return ("SELECT rowid FROM incidents_trigram WHERE incidents_trigram MATCH ?",
                    [fts_phrase(text)])
        if is_all_cjk(text) and term.kind is not TermKind.PREFIX:
            return ("SELECT rowid FROM incidents_cjk WHERE incidents_cjk MATCH ?",
                    [fts_phrase(text)])
        return _mixed_sql([text])
    return ("SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?",
            [fts_phrase(text, prefix=term.kind is TermKind.PREFIX)])


def _is_mixed(term: Term) -> bool:
    """A short term that mixes CJK with other letters (北a), which neither FTS index finds,
    or a CJK prefix."""
    text = term.value.strip()
    return has_cjk(text) and (term.kind is TermKind.PREFIX or (
        len(text) < TRIGRAM_MIN_CHARS and not is_all_cjk(text)))


def _gram_filter(text: str) -> str:
    """Only rows holding each CJK character of ``text`` can match: the gram index finds them."""
    return " ".join(fts_phrase(char) for char in sorted(set(cjk_grams(text).split()))
                    if len(char) == 1)


def _mixed_sql(texts: Sequence[str]) -> tuple[str, Params]:
    """The rows holding any of ``texts``, short terms that mix CJK with other letters.

    The gram index gives the rows that hold a text's CJK characters; those rows alone are
    read, once for all the texts, and one pattern holding every text looks at each (one
    LIKE per text and row made 500 such terms take 4 s at 1M incidents).
    """
    grams = " OR ".join(dict.fromkeys(f"({_gram_filter(text)})" for text in texts))
    return ("SELECT rowid FROM incidents_trigram WHERE rowid IN (SELECT rowid FROM "
            f"incidents_cjk WHERE incidents_cjk MATCH ?) AND {HOLDS_ANY}(CAST(body AS BLOB), ?)",
            [grams, json.dumps(sorted(set(texts)), ensure_ascii=False)])


def holds_any(body: bytes | None, texts: str) -> int:
    """SQL function: whether ``body`` holds any of the JSON list ``texts``, letters in
    either case ("ōsaka総領事" finds "Ōsaka総領事館", as the word search does)."""
    if body is None:
        return 0
    pattern, beyond_ascii = _pattern(texts)
    if beyond_ascii:  # only then is the body lowered: the bytes pattern folds ASCII itself
        body = body.decode("utf-8", "surrogatepass").lower().encode("utf-8", "surrogatepass")
    return int(pattern.search(body) is not None)


@functools.lru_cache(maxsize=64)
def _pattern(texts: str) -> tuple[re.Pattern[bytes], bool]:
    """The pattern for ``texts``, and whether any holds a letter with case beyond ASCII."""
    words = [text.lower() for text in json.loads(texts)]
    beyond_ascii = any(not char.isascii() and char.upper() != char.lower()
                       for word in words for char in word)
    encoded = {word.encode("utf-8", "surrogatepass") for word in words}
    return re.compile(_trie(encoded), re.IGNORECASE), beyond_ascii


def _trie(words: set[bytes]) -> bytes:
    """One regular expression for ``words`` that branches on shared prefixes.

    A plain alternation of 500 words tried each at every position of a text (22 µs a row);
    the trie tries a handful of first bytes. A word that another begins with is enough.
    """
    branches: dict[int, set[bytes]] = {}
    for word in words:
        if not word:
            return b""  # the empty word is held by every text
        branches.setdefault(word[0], set()).add(word[1:])
    parts = []
    for first, rests in sorted(branches.items()):
        prefix = re.escape(bytes([first]))
        while len(rests) == 1 and b"" not in rests:  # one path: no branch to build
            (rest,) = rests
            prefix += re.escape(rest[:1])
            rests = {rest[1:]}
        parts.append(prefix if b"" in rests else prefix + _trie(rests))
    return parts[0] if len(parts) == 1 else b"(?:" + b"|".join(parts) + b")"


def add_functions(connection: sqlite3.Connection) -> None:
    """The SQL functions the queries of this module call."""
    connection.create_function(HOLDS_ANY, 2, holds_any, deterministic=True)


def _text_sql(term: Term) -> tuple[str, Params]:
    rowids, params = text_rowids_sql(term)
    return f"incidents.seq IN ({rowids})", params


def order_by(spec: QuerySpec) -> str:
    """ORDER BY body from the allowed sort keys; unknown keys fall back to date."""
    template = SORT_KEYS.get(spec.sort, SORT_KEYS["date"])
    direction = "DESC" if spec.descending else "ASC"
    return template.format(dir=direction) + f", incidents.id {direction}"
