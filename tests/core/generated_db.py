"""Small generated databases of our schema, for the engines' differential test.

The bundled rows are too tame to catch what two engines get wrong together: none sits near the
180° meridian or a pole, and every one has a city. These incidents are drawn from the edges on
purpose: longitudes at and across ±180, latitudes at Web Mercator's ±85.05 and out to ±90, NULL
in every nullable column, dates at day, month and year precision or none, people counts of 0,
1, none and very many, Korean, Chinese, Japanese, Latin with diacritics and mixed-script text,
every vocabulary value plus unknown, and codes the database has no name for.

The file is filled by the benchmark's own functions (bench/make_synthetic.py), so both use one
copy of the schema and of core/build.py's text-index layout.
"""

from __future__ import annotations

import calendar
import math
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from asylum_browser.core.model.dates import parse_partial
from asylum_browser.core.model.text import normalise
from asylum_browser.core.model.themes import THEMES
from asylum_browser.core.model.values import Annotations
from asylum_browser.paths import bundled_db_path
from bench.make_synthetic import empty_copy, insert_incidents

MAX_LATITUDE = 85.0511287798066

LATIN = ["embassy", "consulate", "consular", "consulates", "wall", "walls", "guards", "police",
         "fence", "asylum", "Szabadság", "Perú", "Café", "naïve", "Ōsaka", "São Paulo",
         "Zürich", "Åland", "Brontë", "émigrés", "scaled the wall", "ran past the guards",
         "north-korean", "Japan's", "2002", "OR", "not", "Côte d'Ivoire", "ÉMIGRÉ"]
CJK = ["북한", "주민들이 대사관에 진입했다", "朝鲜人进入了使馆", "瀋陽の総領事館", "中国公安",
       "탈북자", "难民署", "事務所", "ソウル", "瀋"]
MIXED = ["Szabadság北한", "瀋陽consulate", "UNHCR难民署", "Ōsaka総領事館", "ソウルSeoul",
         "북한embassy"]
FRAGMENTS = LATIN + CJK + MIXED

# Codes with many names (aliases in CJK scripts, demonyms, historic states), one with a
# diacritic in its name, and one the database has no name for (shown as its code).
COUNTRIES = ["CN", "KP", "KR", "US", "JP", "DE", "CU", "PE", "CI", "SUHH", "DDDE", "RU", "ZZ"]
# Two cities the bundled database lacks, added with names beside the antimeridian.
NEW_CITIES = [("Suva", "FJ", -18.14, 178.44, ["Suva", "スバ"]),
              ("Anadyr", "RU", 64.73, 177.51, ["Anadyr", "Анадырь", "阿纳德尔"])]
CITIES = ["Beijing", "Shenyang", "Hanoi", "Asunción", "Brasília", "Suva", "Anadyr",
          "Atlantis"]  # Atlantis: a city the names table does not know
LATITUDES = [90.0, -90.0, MAX_LATITUDE, -MAX_LATITUDE, 85.06, -85.06, 89.999, 0.0, 39.9]
LONGITUDES = [180.0, -180.0, 179.999, -179.999, 179.5, -179.5, 0.0, 116.4]
PEOPLE = [None, 0, 1, 2, 3, 10, 25, 99, 100, 1000, 10**9]
YEARS = [1950, 1989, 1999, 2000, 2002, 2009, 2010, 2024]


def _vocabulary() -> dict[str, list[str]]:
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        found: dict[str, list[str]] = {}
        for vocabulary, code in db.execute("SELECT vocabulary, code FROM vocabulary "
                                           "WHERE vocabulary != 'theme' ORDER BY 1, 2"):
            found.setdefault(vocabulary, []).append(code)
    return found


VOCABULARY = _vocabulary()

text = st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=4).map(" ".join)
maybe_text = st.none() | text


@st.composite
def partial_dates(draw: st.DrawFn) -> str | None:
    """None, or a date at year, month or day precision; common years make ties likely."""
    precision = draw(st.sampled_from(["none", "year", "month", "day", "day"]))
    if precision == "none":
        return None
    year = draw(st.sampled_from(YEARS) | st.integers(1900, 2030))
    if precision == "year":
        return f"{year:04d}"
    month = draw(st.integers(1, 12))
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    day = draw(st.integers(1, calendar.monthrange(year, month)[1]))
    return f"{year:04d}-{month:02d}-{day:02d}"


# Coordinates that are no place on Earth: no engine may put them on the map (issue 15).
NO_POSITIONS = [(math.inf, -math.inf), (10.0, -math.inf), (95.0, 10.0), (10.0, 200.0)]
latitudes = st.sampled_from(LATITUDES) | st.floats(-90, 90)
longitudes = st.sampled_from(LONGITUDES) | st.floats(-180, 180)


def _maybe(values: list[Any]) -> st.SearchStrategy[Any]:
    return st.sampled_from([None, *values])


incidents = st.fixed_dictionaries({
    "id_prefix": st.integers(0, 999),  # ids sort apart from insertion order
    "title": text, "summary": text,
    "date_start": partial_dates(), "date_end": partial_dates(), "outcome_date": partial_dates(),
    "city": _maybe(CITIES), "host_country": _maybe(COUNTRIES),
    "coordinates": st.one_of(st.tuples(latitudes, longitudes), st.just((None, None)),
                             st.tuples(st.none(), longitudes), st.tuples(latitudes, st.none()),
                             st.sampled_from(NO_POSITIONS)),
    "location_precision": _maybe(["mission", "city"]),
    "mission_id": _maybe(["m-1", "m-2", "m-3"]),
    "mission_type": _maybe(VOCABULARY["mission_type"]),
    "sending_state": _maybe(COUNTRIES), "seekers_nationality": _maybe(COUNTRIES),
    "people_count": st.sampled_from(PEOPLE),
    "people_note": maybe_text, "entry_method": maybe_text, "host_response": maybe_text,
    "outcome": maybe_text, "outcome_class": _maybe(VOCABULARY["outcome_class"]),
    "transit": maybe_text, "destination": maybe_text,
    "confidence": _maybe(VOCABULARY["confidence"]),
    "origin": _maybe(["bundled", "mine"]),
    "themes": st.sets(st.sampled_from(sorted(THEMES)), max_size=2),
})

TAGS = ["vienna-convention", "press", "zurich-file"]
NOTE_WORDS = ["inviolability", "wall", "北한", "Perú", "ask the archive"]


@dataclass
class Generated:
    """One generated database: its file, its rows as written, its names and annotations."""

    path: Path
    rows: list[dict[str, Any]]
    names: dict[str, dict[str, list[str]]]  # vocabulary -> code -> names as written
    annotations: Annotations


def _dated(value: str | None, prefix: str) -> dict[str, Any]:
    low, high, precision = parse_partial(value) if value else (None, None, None)
    return {prefix: value, f"{prefix}_precision": precision, f"{prefix}_lo": low,
            f"{prefix}_hi": high}


def build(path: Path, drawn: list[dict[str, Any]], draw: Callable[[st.SearchStrategy[Any]], Any]
          ) -> Generated:
    """Write the drawn incidents into a database of our schema at ``path``; ``draw`` picks the
    tags, notes and flags of the workspace snapshot among the incidents' ids."""
    db = empty_copy(path)
    for name, country, latitude, longitude, labels in NEW_CITIES:
        db.execute("INSERT OR IGNORE INTO cities VALUES (?, ?, ?, ?, NULL)",
                   (name, country, latitude, longitude))
        db.executemany("INSERT INTO names VALUES ('city', ?, ?, ?)",
                       [(name, label, normalise(label)) for label in labels])
    names: dict[str, dict[str, list[str]]] = {}
    for vocabulary, code, name in db.execute("SELECT vocabulary, code, name FROM names "
                                             "ORDER BY vocabulary, code, name"):
        names.setdefault(vocabulary, {}).setdefault(code, []).append(name)
    labels = {(v, c): label for v, c, label in db.execute(
        "SELECT vocabulary, code, label FROM vocabulary")}
    rows = []
    for index, incident in enumerate(drawn):
        seq = 3 * index + 2  # gaps: seq is not a position
        start = incident["date_start"]
        year = int(start[:4]) if start else None
        latitude, longitude = incident["coordinates"]
        row = {
            "seq": seq, "id": f"{incident['id_prefix']:03d}-case-{index:02d}",
            **{key: incident[key] for key in (
                "title", "summary", "city", "host_country", "location_precision",
                "mission_id", "mission_type", "sending_state", "seekers_nationality",
                "people_count", "people_note", "entry_method", "host_response", "outcome",
                "outcome_class", "transit", "destination", "confidence", "origin")},
            **_dated(start, "date_start"), **_dated(incident["date_end"], "date_end"),
            **_dated(incident["outcome_date"], "outcome_date"),
            "year": year, "decade": None if year is None else year - year % 10,
            "latitude": latitude, "longitude": longitude,
            "_themes": sorted(incident["themes"]),
        }
        country_names = names["country"]
        row["_fts"] = {  # the layout of core/build.py
            "place": " ; ".join([*names["city"].get(row["city"] or "", []),
                                 *country_names.get(row["host_country"] or "", [])]) or None,
            "mission": " ; ".join([*country_names.get(row["sending_state"] or "", []),
                                   labels.get(("mission_type", row["mission_type"]), "")]
                                  ).strip(" ;") or None,
            "nationality": " ; ".join(country_names.get(row["seekers_nationality"] or "",
                                                        [])) or None,
            "other": " ; ".join(v for v in (row["id"], row["transit"], row["destination"],
                                            labels.get(("outcome_class", row["outcome_class"])))
                                if v),
        }
        rows.append(row)
    insert_incidents(db, rows)
    db.commit()
    db.close()
    ids = [row["id"] for row in rows]
    tags = {tag: set(draw(st.lists(st.sampled_from(ids), max_size=6))) for tag in TAGS}
    notes = draw(st.dictionaries(st.sampled_from(ids), st.lists(
        st.sampled_from(NOTE_WORDS), min_size=1, max_size=3).map(" ".join), max_size=5))
    flags = frozenset(draw(st.lists(st.sampled_from(ids), max_size=6)))
    return Generated(path, rows, names,
                     Annotations({t: found for t, found in tags.items() if found}, notes, flags))
