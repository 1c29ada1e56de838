"""Both engines and a plain-Python reference give the same answers over generated databases.

Each example builds a real SQLite file of our schema from 10 to 60 generated incidents
(tests/core/generated_db.py), opens it twice through the public Repository (once with the
columnar index attached), and asks a few generated queries in both spellings of exclusion.
For each: ids in order, the count, every facet, the timeline by year and by month, the map
points and the window's combined answer must equal the reference's (tests/core/engine_reference.py).
"""

from __future__ import annotations

import math
import tempfile
import unicodedata
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from asylum_browser.core.engine.answers import compute_results, facets_for
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.dates import parse_partial
from asylum_browser.core.model.fields import FIELDS
from asylum_browser.core.model.geo import is_position
from asylum_browser.core.model.text import has_cjk
from asylum_browser.core.model.values import Facet
from asylum_browser.core.query.parser import parse_query
from tests.core.engine_reference import TOKEN, GenTerm, Query, Reference, render
from tests.core.generated_db import (
    FRAGMENTS,
    LATITUDES,
    LONGITUDES,
    NOTE_WORDS,
    TAGS,
    Generated,
    build,
    incidents,
)

ALIASES = {"host": "country", "sending": "mission", "outcome": "class"}
OPERATORS = {"OR", "AND", "NOT"}
MULTI_WORD = [f for f in FRAGMENTS if len(TOKEN.findall(f)) > 1]
FIELD_NAMES = [name for name in FIELDS if name != "within"] + ["within"]
Draw = Any


# --- queries drawn from the generated data ------------------------------------------------

def _written(field: str, value: str, draw: Draw) -> str:
    prefix = ALIASES[field] if field in ALIASES and draw(st.booleans()) else field
    return f'{prefix}:"{value}"' if (" " in value or not value) else f"{prefix}:{value}"


def _field(field: str, value: str, draw: Draw, **meaning: Any) -> GenTerm:
    return GenTerm("field", _written(field, value, draw), value, field, **meaning)


def _unknown(field: str, draw: Draw) -> GenTerm:
    value = draw(st.sampled_from(["unknown", "Unknown"]))
    return _field(field, value, draw, unknown=True, tick=True)


def _cased(word: str, draw: Draw) -> str:
    form = draw(st.sampled_from(["as is", "lower", "upper", "plain"]))
    word = {"lower": word.lower(), "upper": word.upper(),
            "plain": "".join(c for c in unicodedata.normalize("NFKD", word)
                             if not unicodedata.combining(c))}.get(form, word)
    return word.lower() if word in OPERATORS else word


def text_term(draw: Draw) -> GenTerm:
    kind = draw(st.sampled_from(["word", "word", "phrase", "prefix", "absent"]))
    fragment = draw(st.sampled_from(MULTI_WORD if kind == "phrase" else FRAGMENTS))
    tokens = TOKEN.findall(fragment)
    if has_cjk(fragment) and draw(st.booleans()):
        # A piece of Korean, Chinese, Japanese or mixed text, without spaces.
        piece = draw(st.sampled_from(fragment.split()))
        start = draw(st.integers(0, len(piece) - 1))
        piece = piece[start:start + draw(st.integers(1, 4))]
        if not any(c.isalnum() for c in piece):
            piece = fragment.split()[0]
        piece = "".join(c.upper() if c.isascii() and draw(st.booleans()) else c for c in piece)
        if piece in OPERATORS:
            piece = piece.lower()
        if draw(st.booleans()):
            return GenTerm("prefix", piece + "*", piece)
        return GenTerm("word", piece, piece)
    if kind == "absent":
        return GenTerm("word", "zzyzx", "zzyzx")
    if kind == "phrase" and len(tokens) > 1:
        start = draw(st.integers(0, len(tokens) - 2))
        words = " ".join(_cased(t, draw) for t in tokens[start:start + 2])
        if draw(st.booleans()):
            return GenTerm("prefix", f'"{words[:-1]}"*', words[:-1])
        return GenTerm("phrase", f'"{words}"', words)
    word = _cased(draw(st.sampled_from(tokens)), draw)
    if kind == "prefix":
        stem = word[:draw(st.integers(1, len(word)))]
        return GenTerm("prefix", stem + "*", stem)
    return GenTerm("word", word, word)


def _range(field: str, draw: Draw, values: list[str]) -> GenTerm:
    """A range term and its bounds, from the docs: inclusive; a partial date is its span."""
    def span(text: str) -> tuple[int, int]:
        if field == "people":
            return int(text), int(text)
        if field == "decade":
            digits = text.removesuffix("s")
            return parse_partial(digits)[0], parse_partial(str(int(digits) + 9))[1]
        return parse_partial(text)[:2]

    shape = draw(st.sampled_from(["plain", "=", ">=", ">", "<=", "<", "a..b", "..b", "a.."]))
    first = draw(st.sampled_from(values))
    if shape in ("a..b", "..b", "a.."):
        second = draw(st.sampled_from(values))
        first, second = sorted([first, second], key=lambda v: span(v)[0])
        if span(first)[0] > span(second)[1]:
            second = first
        low = span(first)[0] if shape != "..b" else None
        high = span(second)[1] if shape != "a.." else None
        text = {"a..b": f"{first}..{second}", "..b": f"..{second}", "a..": f"{first}.."}[shape]
        return _field(field, text, draw, low=low, high=high)
    lo, hi = span(first)
    low, high = {"plain": (lo, hi), "=": (lo, hi), ">=": (lo, None), ">": (hi + 1, None),
                 "<=": (None, hi), "<": (None, lo - 1)}[shape]
    text = first if shape == "plain" else shape + first
    return _field(field, text, draw, low=low, high=high,
                  tick=shape == "plain" and field in ("year", "decade"))


def _name(g: Generated, vocabulary: str, codes: list[Any], draw: Draw) -> str:
    code = draw(st.sampled_from(codes))
    names = [n for n in g.names.get(vocabulary, {}).get(code, [code]) if '"' not in n]
    name = draw(st.sampled_from(names or [str(code)]))
    if " " in name and draw(st.booleans()):
        name = name.split()[0]  # the start of a name, as whole words
    return name


def field_term(g: Generated, draw: Draw, field: str | None = None) -> GenTerm:
    """A term of the given field (any field when None), its value drawn from the data."""
    rows = g.rows
    if field is None:
        field = draw(st.sampled_from([*FIELD_NAMES, "within", "within"]))
    if draw(st.integers(0, 7)) == 0 and field not in ("flag",):
        return _unknown(field, draw)
    column = {"host": "host_country", "city": "city", "sending": "sending_state",
              "nationality": "seekers_nationality", "type": "mission_type",
              "outcome": "outcome_class", "confidence": "confidence"}.get(field)
    if column is not None:
        vocabulary = {"host": "country", "sending": "country", "nationality": "country",
                      "city": "city", "type": "mission_type", "outcome": "outcome_class",
                      "confidence": "confidence"}[field]
        codes = sorted({r[column] for r in rows if r[column] is not None}) or ["ZZ"]
        return _field(field, _name(g, vocabulary, codes, draw), draw, tick=True)
    dates = sorted({r["date_start"] for r in rows if r["date_start"]}) or ["2002"]
    if field == "year":
        return _range(field, draw, sorted({d[:4] for d in dates}))
    if field == "decade":
        return _range(field, draw, sorted({f"{d[:3]}0{draw(st.sampled_from(['', 's']))}"
                                           for d in dates}))
    if field == "date":
        return _range(field, draw, sorted({d[:n] for d in dates for n in (4, 7, 10)
                                           if len(d) >= n}))
    if field == "people":
        return _range(field, draw, ["0", "1", "2", "10", "99", "100", "1000", "1000000000"])
    if field == "id":
        return _field(field, draw(st.sampled_from([r["id"] for r in rows] + ["no-such-id"])),
                      draw, tick=True)
    if field == "theme":
        return _field(field, draw(st.sampled_from(
            ["host-entry", "long_stay", "Mass refuge", "public-figure", "fatalities", "none"])),
            draw, tick=True)
    if field == "tag":
        return _field(field, draw(st.sampled_from([*TAGS, "Zürich-File", "untagged"])), draw,
                      tick=True)
    if field == "flag":
        return _field(field, draw(st.sampled_from(["yes", "no"])), draw, tick=True)
    if field == "note":
        return _field(field, draw(st.sampled_from([*NOTE_WORDS, "absent words"])), draw,
                      tick=True)
    return box_term(g, draw)


def box_term(g: Generated, draw: Draw) -> GenTerm:
    """within: a box around an incident, one across the 180° meridian, or any box."""
    rows = g.rows
    placed = [r for r in rows if is_position(r["latitude"], r["longitude"])]
    shape = draw(st.sampled_from(["around", "across", "across", "any"]))
    if placed and shape == "around":
        # A box around an incident; wrapping past ±180 gives a box across the meridian.
        row = draw(st.sampled_from(placed))
        size = draw(st.sampled_from([0.0, 0.5, 1.0, 5.0, 30.0]))
        south, north = max(-90.0, row["latitude"] - size), min(90.0, row["latitude"] + size)
        west, east = (_wrap(row["longitude"] - size), _wrap(row["longitude"] + size))
    elif shape == "across":  # west of 180° to east of -180°: across the meridian
        south, north = (-90.0, 90.0)
        if placed and draw(st.booleans()):
            latitude = draw(st.sampled_from(placed))["latitude"]
            south, north = max(-90.0, latitude - 1), min(90.0, latitude + 1)
        west = draw(st.sampled_from([170.0, 179.0, 179.5, 179.999, 180.0]))
        east = draw(st.sampled_from([-180.0, -179.999, -179.5, -179.0, -170.0]))
    else:
        south, north = sorted(draw(st.sampled_from(LATITUDES) | st.floats(-90, 90))
                              for _ in range(2))
        west, east = (draw(st.sampled_from(LONGITUDES) | st.floats(-180, 180))
                      for _ in range(2))
        if draw(st.booleans()) and west < east:
            west, east = east, west
    box = (south, west, north, east)
    return _field("within", ",".join(repr(v) for v in box), draw, box=box)


def _wrap(longitude: float) -> float:
    return longitude - 360 if longitude > 180 else longitude + 360 if longitude < -180 \
        else longitude


def queries(g: Generated, draw: Draw) -> Query:
    groups = []
    for _ in range(0 if draw(st.integers(0, 9)) == 0 else draw(st.integers(1, 4))):
        group = []
        for _ in range(draw(st.integers(1, 3) if draw(st.integers(0, 3)) == 0 else st.just(1))):
            made = field_term(g, draw) if draw(st.booleans()) else text_term(draw)
            group.append((draw(st.booleans()), made))
        groups.append(group)
    used = [t.field for group in groups for _n, t in group if t.field is not None]
    if used and draw(st.booleans()):  # another value of a field already asked about
        groups.append([(draw(st.booleans()), field_term(g, draw, draw(st.sampled_from(used))))])
    return groups


# --- comparing the answers ----------------------------------------------------------------

def _nan_free(values: list[float]) -> list[float | None]:
    return [None if math.isnan(v) else v for v in values]


def _differing(g: Generated, found: list[int], expected: list[int]) -> str:
    """The incidents found by only one side, or a note that only the order differs."""
    only = set(found) ^ set(expected)
    if not only:
        return f"same incidents, other order: {found} != {expected}"
    return "\n".join(f"{'engine' if r['seq'] in found else 'reference'} only: "
                     + repr({k: v for k, v in r.items() if v is not None})
                     for r in g.rows if r["seq"] in only)


def facet_counts(facets: tuple[Facet, ...]) -> dict[str, dict[str | None, int]]:
    """Counts per value (a value a query selects is listed at zero; the reference omits it)."""
    return {facet.name: {v.key: v.count for v in facet.values if v.count}
            for facet in facets}


def check_ids(plain: Repository, fast: Repository, reference: Reference, g: Generated,
              query: Query) -> None:
    """Ids in date order and the count, in both spellings of exclusion, from both engines."""
    seqs = reference.seqs(query, "date", False)
    for spelling in ("-", "NOT"):
        text = render(query, spelling)
        for engine in (plain, fast):
            spec = engine.resolve(parse_query(text), g.annotations)
            what = f"{text!r} ({'columnar' if engine is fast else 'SQL'})"
            found = list(engine.ids_for(spec))
            assert found == seqs, f"{what}\n{_differing(g, found, seqs)}"
            assert engine.count(spec) == len(seqs), what


def check(plain: Repository, fast: Repository, reference: Reference, g: Generated,
          query: Query, sort: str, descending: bool) -> None:
    """One query in both spellings of exclusion, against both engines and the reference."""
    seqs = reference.seqs(query, sort, descending)
    facets = reference.facets(query)
    timelines = {unit: reference.timeline(query, unit) for unit in ("year", "month")}
    points = reference.map_points(query, sort, descending)
    for spelling in ("-", "NOT"):
        text = render(query, spelling)
        asked = parse_query(text, sort=sort, descending=descending)
        answered = []
        for engine in (plain, fast):
            spec = engine.resolve(asked, g.annotations)
            what = f"{text!r} sorted by {sort}{' desc' if descending else ''}" \
                   f" ({'columnar' if engine is fast else 'SQL'})"
            found_seqs = list(engine.ids_for(spec))
            assert found_seqs == seqs, f"{what}\n{_differing(g, found_seqs, seqs)}"
            assert engine.count(spec) == len(seqs), what
            assert facet_counts(facets_for(engine, asked, g.annotations)) == facets, what
            for unit, bins in timelines.items():
                assert [(b.period, b.count, b.imprecise) for b in engine.timeline(spec, unit)
                        ] == bins, f"{what}, timeline by {unit}"
            found = engine.map_points(spec)
            assert list(zip(found.seqs.tolist(), found.latitude.tolist(),
                            _nan_free(found.longitude.tolist()), strict=True)) == points, what
            # The window's path: everything at once, for the timeline unit the query implies.
            results = compute_results(engine, asked, g.annotations)
            assert list(results.ids) == seqs, what
            assert facet_counts(results.facets) == facets, what
            assert [(b.period, b.count, b.imprecise) for b in results.timeline] == \
                timelines[results.timeline_unit], what
            assert results.points.seqs.tolist() == [seq for seq, _lat, _lon in points], what
            answered.append(results)
        sql, columnar = answered
        assert columnar.facets == sql.facets, text  # labels, tokens and order too
        assert list(columnar.points.outcomes) == list(sql.points.outcomes), text
        assert columnar.points.precise.tolist() == sql.points.precise.tolist(), text
        assert columnar.baseline == sql.baseline, text


# No shrinking: each example builds a database, and shrinking one would take Hypothesis's
# five-minute limit; the messages name the query, the engine and the incidents that differ.
@settings(max_examples=30, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])
@given(st.lists(incidents, min_size=10, max_size=60), st.data())
def test_both_engines_and_the_reference_agree_on_generated_databases(
        drawn: list[dict[str, Any]], data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory(prefix="engines-agree-") as folder:
        g = build(Path(folder) / "generated.sqlite", drawn, data.draw)
        plain = Repository(Database(g.path))
        fast = Repository(Database(g.path))
        fast.attach_columnar(Path(folder) / "cache")
        reference = Reference(g)
        try:
            # Every field alone, so that nothing else in a query hides what it gets wrong:
            # included, excluded, and excluded beside another value of the same field.
            for field in FIELD_NAMES:
                first, second = (field_term(g, data.draw, field) for _ in range(2))
                for query in ([[(False, first)]], [[(True, first)]],
                              [[(True, first)], [(False, second)]]):
                    check_ids(plain, fast, reference, g, query)
            # Then everything about a box, whose edges the bundled rows never reach, and
            # mixtures of terms.
            box: Query = [[(data.draw(st.booleans()), box_term(g, data.draw))]]
            for query in [box, *(queries(g, data.draw) for _ in range(4))]:
                sort = data.draw(st.sampled_from(["date", "people_count", "id", "city"]))
                check(plain, fast, reference, g, query, sort, data.draw(st.booleans()))
        finally:
            plain.database.close()
            fast.database.close()
