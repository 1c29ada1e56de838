"""One database of the bundled cases and the user's, built when either changes.

Why a database rather than a second source for every query: the engines, the sidebar, the map,
the timeline and the export then treat the user's cases exactly as ours, with nothing to merge
per query. The bundled database itself is never written; the combined file is derived from the
bundled records (shipped in resources/data) and the user's cases, named by a hash of both, so
a new bundled dataset or an edited case gives a new file and an unchanged pair reuses it.
The bundled rows come out as in the bundled database: the same records, and the same city
coordinates and names, read back from it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

from asylum_browser.core.cases.mycases import check_cases
from asylum_browser.core.dataset.build import write_records_database
from asylum_browser.core.dataset.importer import user_part, user_vocabularies
from asylum_browser.core.dataset.records import Record, Records, load_records
from asylum_browser.core.engine.database import Database, open_database
from asylum_browser.core.model.schema import SCHEMA_VERSION
from asylum_browser.core.model.text import has_cjk
from asylum_browser.core.workspace import Workspace

KEEP = 3  # combined files kept besides the newest (an older window may still read one)


def combined_path(folder: Path, bundled_db: Path, cases: list[dict[str, Any]]) -> Path:
    """Named by the bundled file, the cases as the workspace keeps them and the schema they
    are built to, so that opening an unchanged pair reads no gazetteer and checks nothing."""
    digest = hashlib.sha256()
    digest.update(f"schema {SCHEMA_VERSION}\n".encode())
    digest.update(hashlib.sha256(bundled_db.read_bytes()).digest())
    digest.update(json.dumps(cases, sort_keys=True, ensure_ascii=False, default=str)
                  .encode("utf-8"))
    return folder / f"with-my-cases-{digest.hexdigest()[:20]}.sqlite"


def bundled_gazetteer(bundled_db: Path) -> dict[str, Record]:
    """Each bundled city's coordinates and CJK names as the bundled build had them."""
    with closing(sqlite3.connect(f"{bundled_db.as_uri()}?immutable=1", uri=True)) as db:
        found: dict[str, Record] = {
            name: {"latitude": lat, "longitude": lon, "cjk_names": []}
            for name, lat, lon in db.execute("SELECT name, latitude, longitude FROM cities")}
        for code, name in db.execute("SELECT code, name FROM names WHERE vocabulary = 'city' "
                                     "ORDER BY rowid"):
            if code in found and has_cjk(name):
                found[code]["cjk_names"].append(name)
    return found


def database_with_my_cases(cases: list[dict[str, Any]], folder: Path, bundled_db: Path,
                           records_dir: Path) -> Path:
    """The combined database for these cases (as the workspace keeps them), built if not
    there yet; only then are they checked into records."""
    target = combined_path(folder, bundled_db, cases)
    if target.is_file():
        return target
    records = check_cases(cases).records
    bundled = load_records(records_dir)
    part = user_part(records, bundled)
    # The user's missions by a name of their own: "mx-embassy-quito" may be ours too.
    for mission in part.missions:
        mission["id"] = "mine-" + mission["id"]
    for incident in part.incidents:
        incident["mission"] = "mine-" + incident["mission"]
    gazetteer = bundled_gazetteer(bundled_db) | {
        name: place for name, place in part.gazetteer.items()
        if name not in {c["name"] for c in bundled.cities}}
    combined = Records(
        dataset={**bundled.dataset,
                 "title": f"{bundled.dataset['title']}, with {len(records)} cases of yours"},
        vocabularies=user_vocabularies(bundled), countries=[*bundled.countries,
                                                            *part.countries],
        cities=[*bundled.cities, *(c for c in part.cities
                                   if c["name"] not in {b["name"] for b in bundled.cities})],
        missions=[*bundled.missions, *part.missions], incidents=[*bundled.incidents,
                                                                 *part.incidents])
    write_records_database(combined, gazetteer, target)
    for old in sorted(folder.glob("with-my-cases-*.sqlite"),
                      key=lambda p: p.stat().st_mtime)[:-KEEP - 1]:
        if old != target:
            old.unlink(missing_ok=True)
    return target


def open_with_my_cases(workspace: Workspace | None) -> Database:
    """What opens when no file is named: the bundled database, or, once the user has cases
    of their own, the combined one (read-only like the bundled, and keyed like it in the
    workspace, so notes and tags on our cases stay theirs either way)."""
    from asylum_browser.paths import bundled_db_path, records_dir, user_cache_dir

    cases = workspace.my_cases() if workspace is not None else []
    if not cases:
        return open_database(None)
    path = database_with_my_cases(cases, user_cache_dir() / "with-my-cases",
                                  bundled_db_path(), records_dir())
    return Database(path, immutable=True)
