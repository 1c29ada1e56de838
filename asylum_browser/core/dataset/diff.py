"""What changed between two databases of our schema, incident by incident, as Markdown.

`asylum-browser diff-data OLD.sqlite NEW.sqlite` prints it; docs/data-changes.md keeps the
output from one bundled dataset to the next, so users can see what a new version changed in the
cases they cite. Incidents are matched by their stable id.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from asylum_browser.core.engine.database import Database, translate_errors

# Incident fields compared, in the order a reader expects (derived day numbers are left out:
# they follow from the dates).
COMPARED = ("title", "summary", "date_start", "date_end", "outcome_date", "city",
            "host_country", "mission_id", "mission_type", "sending_state",
            "seekers_nationality", "people_count", "people_note", "entry_method",
            "host_response", "outcome", "outcome_class", "transit", "destination",
            "latitude", "longitude", "location_precision", "confidence")


@dataclass
class Change:
    incident_id: str
    title: str
    fields: list[tuple[str, object, object]] = field(default_factory=list)
    sources_added: list[str] = field(default_factory=list)
    sources_removed: list[str] = field(default_factory=list)


@dataclass
class DataDiff:
    old_version: str
    new_version: str
    old_count: int
    new_count: int
    added: list[tuple[str, str]]  # (id, title)
    removed: list[tuple[str, str]]
    changed: list[Change]


def _incidents(database: Database) -> dict[str, dict[str, object]]:
    with translate_errors(database.path):
        connection = database.connection()
        connection.row_factory = sqlite3.Row
        rows = connection.execute(f"SELECT id, {', '.join(COMPARED)} FROM incidents").fetchall()
        sources: dict[str, set[str]] = {}
        for incident_id, url in connection.execute(
                "SELECT incident_id, url FROM incident_sources JOIN sources "
                "ON sources.id = incident_sources.source_id"):
            sources.setdefault(incident_id, set()).add(url)
        connection.row_factory = None
    return {row["id"]: {**dict(row), "_sources": sources.get(row["id"], set())}
            for row in rows}


def _version(database: Database) -> str:
    with translate_errors(database.path):
        found = database.connection().execute(
            "SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()
    return str(found[0]) if found else "unknown"


def diff(old: Database, new: Database) -> DataDiff:
    before, after = _incidents(old), _incidents(new)
    added = sorted((i, str(after[i]["title"])) for i in after.keys() - before.keys())
    removed = sorted((i, str(before[i]["title"])) for i in before.keys() - after.keys())
    changed = []
    for incident_id in sorted(before.keys() & after.keys()):
        was, now = before[incident_id], after[incident_id]
        change = Change(incident_id, str(now["title"]),
                        [(name, was[name], now[name]) for name in COMPARED
                         if was[name] != now[name]])
        old_sources, new_sources = was["_sources"], now["_sources"]
        assert isinstance(old_sources, set) and isinstance(new_sources, set)
        change.sources_added = sorted(new_sources - old_sources)
        change.sources_removed = sorted(old_sources - new_sources)
        if change.fields or change.sources_added or change.sources_removed:
            changed.append(change)
    return DataDiff(_version(old), _version(new), len(before), len(after), added, removed,
                    changed)


def _cell(value: object) -> str:
    if value is None:
        return "unknown"
    text = str(value).replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= 120 else text[:117] + "…"


def to_markdown(result: DataDiff, old_name: str, new_name: str) -> str:
    lines = [
        f"# Data changes: dataset {result.old_version} to {result.new_version}", "",
        f"From `{old_name}` ({result.old_count} incidents) to `{new_name}` "
        f"({result.new_count} incidents): {len(result.added)} added, {len(result.removed)} "
        f"removed, {len(result.changed)} changed. Incidents are matched by their id, which "
        "stays the same from one version to the next.", "",
    ]
    if result.added:
        lines += [f"## Added ({len(result.added)})", ""]
        lines += [f"- `{incident_id}`: {_cell(title)}" for incident_id, title in result.added]
        lines.append("")
    if result.removed:
        lines += [f"## Removed ({len(result.removed)})", ""]
        lines += [f"- `{incident_id}`: {_cell(title)}" for incident_id, title in result.removed]
        lines.append("")
    if result.changed:
        lines += [f"## Changed ({len(result.changed)})", ""]
        for change in result.changed:
            lines += [f"### `{change.incident_id}`", "", f"{_cell(change.title)}", ""]
            if change.fields:
                lines += ["| field | before | after |", "| --- | --- | --- |"]
                lines += [f"| {name} | {_cell(was)} | {_cell(now)} |"
                          for name, was, now in change.fields]
                lines.append("")
            lines += [f"- source added: {url}" for url in change.sources_added]
            lines += [f"- source removed: {url}" for url in change.sources_removed]
            if change.sources_added or change.sources_removed:
                lines.append("")
    if not (result.added or result.removed or result.changed):
        lines += ["No incident changed.", ""]
    return "\n".join(lines)


def diff_files(old_path: Path, new_path: Path) -> str:
    # An older dataset may be of an earlier schema: the compared columns are in every one.
    return to_markdown(diff(Database(Path(old_path), oldest_schema=1),
                            Database(Path(new_path), oldest_schema=1)),
                       Path(old_path).name, Path(new_path).name)
