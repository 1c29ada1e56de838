"""Read and check the reviewable text records in resources/data.

The records are TOML so that a reviewer can diff them; this module turns them into plain dicts
and refuses, with the file and the problem named, anything the database must not contain.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asylum_browser.core.model.dates import PartialDateError, parse_partial

Record = dict[str, Any]
UNKNOWN = "unknown"  # how a record says "the sources do not tell"; stored as NULL


class RecordError(ValueError):
    """A record that cannot go into the database, with its file named."""


@dataclass(frozen=True)
class Records:
    dataset: Record
    vocabularies: dict[str, list[Record]]
    countries: list[Record]
    cities: list[Record]
    missions: list[Record]
    incidents: list[Record]


INCIDENT_REQUIRED = ("id", "title", "summary", "city", "host_country", "mission",
                     "seekers_nationality", "outcome_class", "confidence")
INCIDENT_OPTIONAL = ("date_start", "date_end", "outcome_date", "people_count", "people_note",
                     "entry_method", "host_response", "outcome", "transit", "destination",
                     # facts the derived themes read (core/model/themes.py, docs/data.md)
                     "host_entry", "public_figures", "fatalities",
                     # sourcing (core/dataset/verification.py, docs/data.md)
                     "inferred", "confidence_note")
SOURCE_KEYS = ("url", "publisher", "title", "published", "supports")
INFERRED_KEYS = ("reason", "after", "before", "at_least", "at_most")


def _load(path: Path) -> Record:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise RecordError(f"{path.name}: {error}") from None


def load_records(folder: Path) -> Records:
    """Load every record under ``folder`` and check it; raise RecordError on the first problem."""
    vocabularies = _load(folder / "vocabularies.toml")
    records = Records(
        dataset=_load(folder / "dataset.toml"),
        vocabularies={name: list(vocabularies.get(name, []))
                      for name in ("outcome_classes", "mission_types", "confidence")},
        countries=list(_load(folder / "countries.toml")["countries"]),
        cities=list(_load(folder / "cities.toml")["cities"]),
        missions=list(_load(folder / "missions.toml")["missions"]),
        incidents=[_load(path) | {"_file": path.name}
                   for path in sorted((folder / "incidents").glob("*.toml"))],
    )
    check_records(records)
    return records


COUNTRY_KINDS = ("state", "historic_state", "organisation", "group")


def check_records(records: Records) -> None:
    """Refuse records that break the data rules in docs/data.md."""
    countries = {c["code"] for c in records.countries}
    cities = {c["name"] for c in records.cities}
    missions = {m["id"]: m for m in records.missions}
    codes = {name: {v["code"] for v in values} for name, values in records.vocabularies.items()}
    for country in records.countries:
        where = f"countries.toml [{country.get('code')}]"
        if country.get("kind") not in COUNTRY_KINDS:
            raise RecordError(f"{where}: kind must be one of {', '.join(COUNTRY_KINDS)}, "
                              f"not {country.get('kind')!r}")
        # A historic state names the modern one the map and the checks stand it in for.
        if (country["kind"] == "historic_state") != ("successor" in country):
            raise RecordError(f"{where}: a successor goes with kind historic_state, and only "
                              "with it")
        if "successor" in country and country["successor"] not in countries:
            raise RecordError(f"{where}: unknown successor {country['successor']!r}")
    for mission in records.missions:
        where = f"missions.toml [{mission.get('id')}]"
        if mission.get("type") not in codes["mission_types"]:
            raise RecordError(f"{where}: unknown mission type {mission.get('type')!r}")
        for key in ("sending_state", "host_country"):
            if mission.get(key) not in countries:
                raise RecordError(f"{where}: unknown country code {mission.get(key)!r}")
        if ("latitude" in mission) != ("coord_source" in mission):
            raise RecordError(f"{where}: coordinates need a coord_source, and only with one")
    seen: set[str] = set()
    for incident in records.incidents:
        where = incident["_file"]
        for key in INCIDENT_REQUIRED:
            if not isinstance(incident.get(key), str) or not incident[key].strip():
                raise RecordError(f"{where}: '{key}' is required")
        unknown_keys = set(incident) - set(INCIDENT_REQUIRED) - set(INCIDENT_OPTIONAL) - {
            "sources", "disputes", "_file", "_origin"}
        if unknown_keys:
            raise RecordError(f"{where}: unknown keys {sorted(unknown_keys)}")
        if where != f"{incident['id']}.toml":
            raise RecordError(f"{where}: the file name must be the id plus .toml")
        if incident["id"] in seen:
            raise RecordError(f"{where}: duplicate id")
        seen.add(incident["id"])
        for key in ("date_start", "date_end", "outcome_date"):
            if key in incident:
                try:
                    parse_partial(incident[key])
                except PartialDateError as error:
                    raise RecordError(f"{where}: {key}: {error}") from None
        for key in ("host_entry", "fatalities"):
            if key in incident and (not isinstance(incident[key], str)
                                    or not incident[key].strip()):
                raise RecordError(f"{where}: {key} must be a sentence saying what happened")
        figures = incident.get("public_figures", [])
        if not isinstance(figures, list) or not all(isinstance(f, str) and f.strip()
                                                     for f in figures):
            raise RecordError(f"{where}: public_figures must be a list of names")
        count = incident.get("people_count")
        if count is not None and (not isinstance(count, int) or count < 0):
            raise RecordError(f"{where}: people_count must be a whole number")
        for key in ("host_country", "seekers_nationality"):
            if incident[key] not in countries:
                raise RecordError(f"{where}: unknown country code {incident[key]!r}")
        if incident["city"] not in cities:
            raise RecordError(f"{where}: city {incident['city']!r} is not in cities.toml")
        if incident["mission"] not in missions:
            raise RecordError(f"{where}: mission {incident['mission']!r} is not in missions.toml")
        if incident["outcome_class"] not in codes["outcome_classes"] | {UNKNOWN}:
            raise RecordError(f"{where}: unknown outcome_class {incident['outcome_class']!r}")
        if incident["confidence"] not in codes["confidence"]:
            raise RecordError(f"{where}: unknown confidence {incident['confidence']!r}")
        sources = incident.get("sources") or []
        if not sources:
            raise RecordError(f"{where}: every incident needs at least one source")
        urls = [s.get("url") for s in sources]
        if len(set(urls)) != len(urls) or not all(urls):
            raise RecordError(f"{where}: each source needs a url, listed once")
        for source in sources:
            strange = set(source) - set(SOURCE_KEYS)
            if strange:
                raise RecordError(f"{where}: unknown source keys {sorted(strange)}")
            if "supports" in source and not (
                    isinstance(source["supports"], list)
                    and all(isinstance(f, str) for f in source["supports"])):
                raise RecordError(f"{where}: supports must be a list of field names")
        _check_inferred(where, incident.get("inferred", {}))
        for dispute in incident.get("disputes") or []:
            for key in ("field", "topic", "claim"):
                if not dispute.get(key):
                    raise RecordError(f"{where}: a dispute needs '{key}'")
            missing = set(dispute.get("sources", [])) - set(urls)
            if missing:
                raise RecordError(f"{where}: dispute sources not listed in [[sources]]: "
                                  f"{sorted(missing)}")


def _check_inferred(where: str, inferred: object) -> None:
    """An inferred value says why, and its bounds are dates or counts as its field is."""
    if not isinstance(inferred, dict):
        raise RecordError(f"{where}: inferred must be a table of fields")
    for field, mark in inferred.items():
        if not isinstance(mark, dict) or not str(mark.get("reason", "")).strip():
            raise RecordError(f"{where}: inferred.{field} needs a reason")
        strange = set(mark) - set(INFERRED_KEYS)
        if strange:
            raise RecordError(f"{where}: inferred.{field}: unknown keys {sorted(strange)}")
        for key in ("after", "before"):
            if key in mark:
                try:
                    parse_partial(mark[key])
                except (PartialDateError, TypeError) as error:
                    raise RecordError(f"{where}: inferred.{field}.{key}: {error}") from None
        for key in ("at_least", "at_most"):
            if key in mark and (not isinstance(mark[key], int) or mark[key] < 0):
                raise RecordError(f"{where}: inferred.{field}.{key} must be a whole number")
