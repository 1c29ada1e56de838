"""A plain-Python answer to generated queries over generated rows, from docs/search.md's rules.

It never parses query text and never builds SQL: the query arrives as the structure it was
generated from (groups of signed terms, with each range's bounds worked out from the partial
dates it names), and each rule below is one sentence of the docs:

- terms separated by spaces must all hold; OR joins the terms on either side into one
  alternative; values of one field are OR'ed, as two ticks in the sidebar;
- `-x` and `NOT x` mean the term does not apply; a missing value never satisfies a term, so a
  negated term holds for it;
- matching ignores case and diacritics; words are whole words, phrases consecutive words, a
  prefix a word start; Korean, Chinese and Japanese text has no spaces to split on, so a term
  with such characters is found as a piece of the text;
- a field value matches a name exactly, else the names that start with it as whole words;
  `unknown` selects the incidents without a value;
- ranges are inclusive and a partial date covers its whole year or month: inside a range only
  when all of it is;
- within: boxes are south,west,north,east; west east of east crosses the 180° meridian;
- plain words also look in the user's notes, and `-word` leaves out both;
- a facet is counted without its own clauses; in date order a partial date sorts at its first
  day, the more precise first on a tie; unknowns come last in either direction.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from asylum_browser.core.model.geo import is_position
from asylum_browser.core.model.schema import FACETS
from asylum_browser.core.model.text import has_cjk, normalise
from tests.core.generated_db import Generated

TOKEN = re.compile(r"[^\W_]+")
TEXT_COLUMNS = ("title", "summary", "people_note", "entry_method", "host_response", "outcome")
NAMED = {  # field -> (column, vocabulary of its names)
    "host": ("host_country", "country"), "city": ("city", "city"),
    "sending": ("sending_state", "country"), "nationality": ("seekers_nationality", "country"),
    "type": ("mission_type", "mission_type"), "outcome": ("outcome_class", "outcome_class"),
    "confidence": ("confidence", "confidence"), "origin": ("origin", "origin"),
}


@dataclass(frozen=True)
class GenTerm:
    """One generated term: how it is written (without a sign) and what it means."""

    kind: str  # word, phrase, prefix, field
    text: str
    value: str
    field: str | None = None
    low: int | None = None  # a range's inclusive bounds (day numbers, or people)
    high: int | None = None
    unknown: bool = False
    tick: bool = False  # one value of a facet-like field, OR'ed with the field's other ticks
    box: tuple[float, float, float, float] | None = None


Signed = tuple[bool, GenTerm]  # (negated, term)
Query = list[list[Signed]]  # groups AND'ed; terms of a group OR'ed


def render(query: Query, spelling: str) -> str:
    """The query text, each exclusion written '-x' (spelling '-') or 'NOT x' (spelling 'NOT')."""
    def signed(negated: bool, term: GenTerm) -> str:
        if not negated:
            return term.text
        return ("-" if spelling == "-" else "NOT ") + term.text
    return " ".join(" OR ".join(signed(*item) for item in group) for group in query)


def merged(query: Query) -> Query:
    """Groups that are only ticks of one field join that field's first such group."""
    result: Query = []
    first_of: dict[str, int] = {}
    for group in query:
        fields = {term.field for _negated, term in group}
        ticks = all(term.tick and not negated for negated, term in group)
        if len(fields) == 1 and ticks:
            field = next(iter(fields))
            assert field is not None
            if field in first_of:
                result[first_of[field]] = [*result[first_of[field]], *group]
                continue
            first_of[field] = len(result)
        result.append(list(group))
    return result


class Reference:
    """Answers for one generated database."""

    def __init__(self, generated: Generated) -> None:
        self.rows = generated.rows
        self.annotations = generated.annotations
        self.names = {vocabulary: [(code, normalise(name)) for code, names in codes.items()
                                   for name in names]
                      for vocabulary, codes in generated.names.items()}
        self.texts = {row["seq"]: [row[c] for c in TEXT_COLUMNS] + list(row["_fts"].values())
                      for row in self.rows}
        self.tagged = {tag: ids for tag, ids in self.annotations.tags.items()}

    # --- matching -------------------------------------------------------------------------

    def matches(self, query: Query, skip_field: str | None = None) -> list[dict[str, Any]]:
        groups = [g for g in merged(query)
                  if skip_field is None or not all(t.field == skip_field for _n, t in g)]
        return [row for row in self.rows
                if all(any(self.holds(row, t) != negated for negated, t in group)
                       for group in groups)]

    def holds(self, row: dict[str, Any], term: GenTerm) -> bool:
        """Whether the term, not negated, holds for the row."""
        if term.kind != "field":
            note = self.annotations.notes.get(row["id"])
            in_note = note is not None and normalise(term.value) in normalise(note)
            return in_note or self.text(row["seq"], term)
        field = term.field
        assert field is not None
        if field in NAMED:
            column, vocabulary = NAMED[field]
            if term.unknown:
                return row[column] is None
            wanted = normalise(term.value)
            entries = self.names.get(vocabulary, [])
            codes = ({code for code, name in entries if name == wanted}
                     or {code for code, name in entries if name.startswith(wanted + " ")})
            return row[column] in codes
        if field in ("year", "decade", "date", "people"):
            low, high = ((row["people_count"], row["people_count"]) if field == "people"
                         else (row["date_start_lo"], row["date_start_hi"]))
            if term.unknown or low is None:
                return bool(term.unknown and low is None)
            return ((term.low is None or low >= term.low)
                    and (term.high is None or high <= term.high))
        if field == "within":
            latitude, longitude = row["latitude"], row["longitude"]
            if term.unknown:
                return latitude is None
            if latitude is None or longitude is None:
                return False
            assert term.box is not None
            south, west, north, east = term.box
            if not south <= latitude <= north:
                return False
            if west <= east:
                return west <= longitude <= east
            return longitude >= west or longitude <= east
        if field == "id":
            return not term.unknown and row["id"] == term.value
        if field == "theme":
            if term.unknown:
                return not row["_themes"]
            wanted = normalise(term.value)
            return any(code == theme for code, name in self.names["theme"] if name == wanted
                       for theme in row["_themes"])
        if field == "tag":
            if term.unknown:
                return not any(row["id"] in ids for ids in self.tagged.values())
            return row["id"] in self.tagged.get(normalise(term.value), set())
        if field == "flag":
            flagged = row["id"] in self.annotations.flags
            return flagged if normalise(term.value) == "yes" else not flagged
        assert field == "note"
        note = self.annotations.notes.get(row["id"])
        return not term.unknown and note is not None and \
            normalise(term.value) in normalise(note)

    def text(self, seq: int, term: GenTerm) -> bool:
        texts = [t for t in self.texts[seq] if t]
        if has_cjk(term.value):
            wanted = term.value.strip().lower()
            return any(wanted in t.lower() for t in texts)
        wanted_tokens = TOKEN.findall(normalise(term.value))
        for t in texts:
            tokens = TOKEN.findall(normalise(t))
            for start in range(len(tokens) - len(wanted_tokens) + 1):
                window = tokens[start:start + len(wanted_tokens)]
                if term.kind == "prefix":
                    if window[:-1] == wanted_tokens[:-1] and \
                            window[-1].startswith(wanted_tokens[-1]):
                        return True
                elif window == wanted_tokens:
                    return True
        return False

    # --- answers --------------------------------------------------------------------------

    def seqs(self, query: Query, sort: str, descending: bool) -> list[int]:
        """The matches' seqs in the sort order."""
        found = self.matches(query)
        keys = {"date": lambda r: None if r["date_start_lo"] is None
                else (r["date_start_lo"], r["date_start_hi"]),
                "people_count": lambda r: r["people_count"],
                "id": lambda r: r["id"],
                # SQLite's NOCASE folds ASCII letters only
                "city": lambda r: None if r["city"] is None else r["city"].translate(ASCII_LOWER)}
        key = keys[sort]
        known = sorted((r for r in found if key(r) is not None),
                       key=lambda r: (key(r), r["id"]), reverse=descending)
        unknown = sorted((r for r in found if key(r) is None), key=lambda r: r["id"],
                         reverse=descending)
        return [r["seq"] for r in known + unknown]

    def facets(self, query: Query) -> dict[str, dict[str | None, int]]:
        """Counts per value of every facet, each without its own clauses; themes too."""
        result = {}
        for facet in FACETS:
            column = facet.sql.removeprefix("incidents.")
            counts = Counter(row[column] for row in self.matches(query, facet.field))
            result[facet.name] = {None if k is None else str(k): n for k, n in counts.items()}
        themes = Counter(theme for row in self.matches(query, "theme")
                         for theme in row["_themes"])
        if any(row["_themes"] for row in self.rows):  # no themes at all: no Themes facet
            result["theme"] = dict(themes)
        # Your tags and Follow-up, when the workspace has any.
        if self.tagged:
            tagged = self.matches(query, "tag")
            result["tag"] = {tag: n for tag, ids in self.tagged.items()
                             if (n := sum(row["id"] in ids for row in tagged))}
        if self.annotations.flags:
            n = sum(row["id"] in self.annotations.flags for row in self.matches(query, "flag"))
            result["flag"] = {"yes": n} if n else {}
        return result

    def timeline(self, query: Query, unit: str) -> list[tuple[str, int, int]]:
        """(period, count, imprecise): a date known only to its year counts in its year."""
        exact: Counter[str] = Counter()
        imprecise: Counter[str] = Counter()
        for row in self.matches(query):
            start = row["date_start"]
            if start is None:
                continue
            if unit == "year":
                exact[start[:4]] += 1
            elif row["date_start_precision"] == "year":
                imprecise[start[:4]] += 1
            else:
                exact[start[:7]] += 1
        return [(p, exact[p], imprecise[p]) for p in sorted(set(exact) | set(imprecise))]

    def map_points(self, query: Query, sort: str, descending: bool
                   ) -> list[tuple[int, float, float | None]]:
        by_seq = {row["seq"]: row for row in self.rows}
        return [(seq, by_seq[seq]["latitude"], by_seq[seq]["longitude"])
                for seq in self.seqs(query, sort, descending)
                if is_position(by_seq[seq]["latitude"], by_seq[seq]["longitude"])]


ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
