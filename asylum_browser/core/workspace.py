"""The user's workspace: saved searches, notes, tags and follow-up flags, in their own database.

``workspace.sqlite`` lives in the platformdirs data folder, apart from every case database,
which stays read-only (the bundled one is never written). It is in WAL mode so a crash mid-write
leaves the previous state, and it carries its own ``user_version`` with migrations from 1 on.
Notes, tags and flags are keyed by the incident's stable id and by the database they belong to
(``database_key``): "bundled" for the shipped data, whose ids stay stable across versions, or
the resolved path of any other file.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from asylum_browser.core.model.values import Annotations
from asylum_browser.files import atomic_write

WORKSPACE_VERSION = 3
EXPORT_FORMAT = "asylum-browser-saved-searches"
BUNDLED_KEY = "bundled"
TAG_PATTERN = re.compile(r"^[^\s\"'():,]{1,60}$")

MIGRATIONS: dict[int, str] = {
    1: """
        CREATE TABLE saved_searches (
            name TEXT PRIMARY KEY,
            query TEXT NOT NULL,
            sort TEXT NOT NULL DEFAULT 'date',
            descending INTEGER NOT NULL DEFAULT 0,
            columns TEXT NOT NULL DEFAULT '[]',  -- JSON list of table column keys
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
        CREATE TABLE notes (
            database_key TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            text TEXT NOT NULL,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            PRIMARY KEY (database_key, incident_id)
        );
        CREATE TABLE tags (
            database_key TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            tag TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (database_key, incident_id, tag)
        );
        CREATE INDEX tags_by_tag ON tags (database_key, tag);
        CREATE TABLE flags (
            database_key TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            created TEXT NOT NULL,
            PRIMARY KEY (database_key, incident_id)
        );
    """,
    2: """
        CREATE TABLE my_cases (
            id TEXT PRIMARY KEY,
            fields TEXT NOT NULL,  -- JSON object: the case as core/cases/mycases.py reads it
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        );
    """,
    3: """
        CREATE TABLE corrections (
            id INTEGER PRIMARY KEY,
            incident_id TEXT NOT NULL,  -- a bundled incident's stable id
            fields TEXT NOT NULL,  -- JSON object: core/cases/corrections.py reads it
            created TEXT NOT NULL
        );
        CREATE INDEX corrections_by_incident ON corrections (incident_id);
    """,
}


class WorkspaceProblem(Exception):
    """The workspace (or a saved-search file) cannot be used; the message says why."""


@dataclass(frozen=True)
class SavedSearch:
    name: str
    query: str
    sort: str = "date"
    descending: bool = False
    columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Note:
    text: str
    created: str
    updated: str


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def default_path() -> Path:
    from asylum_browser.paths import user_data_dir

    return user_data_dir() / "workspace.sqlite"


def database_key(path: Path, bundled: bool) -> str:
    """The database's absolute path as text; a name that is not valid UTF-8 keeps its bytes
    as backslash escapes, since SQLite text must be UTF-8."""
    if bundled:
        return BUNDLED_KEY
    return os.fsencode(Path(path).resolve()).decode("utf-8", "backslashreplace")


def check_tag(tag: str) -> str:
    tag = " ".join(tag.split()).strip().lower()
    if not TAG_PATTERN.match(tag):
        raise WorkspaceProblem(f"“{tag}” cannot be a tag: use one word of up to 60 characters, "
                               "without spaces, quotes, brackets, colons or commas.")
    return tag


class Workspace:
    """One connection, used from the GUI thread (or the CLI); every change is committed."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        # Only a regular file, or nothing: SQLite would create a database at the target of a
        # dangling link, and a pipe or device is no place for notes.
        if self.path.is_symlink() and not self.path.exists():
            raise WorkspaceProblem(f"The workspace {self.path} is a link to "
                                   f"{os.readlink(self.path)}, which does not exist; nothing "
                                   "was created there.")
        if self.path.exists() and not self.path.is_file():
            raise WorkspaceProblem(f"The workspace {self.path} is not a regular file.")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._connection = sqlite3.connect(self.path, isolation_level=None,
                                               check_same_thread=False)
            self._connection.execute("PRAGMA journal_mode = WAL")
            self._connection.execute("PRAGMA busy_timeout = 3000")
            self._migrate()
        except sqlite3.DatabaseError as error:
            raise WorkspaceProblem(f"The workspace {self.path} cannot be used ({error}).") \
                from None
        except OSError as error:
            raise WorkspaceProblem(f"The workspace folder {self.path.parent} cannot be "
                                   f"written ({error.strerror or error}).") from None

    @classmethod
    def open_existing(cls, path: Path | None = None) -> Workspace | None:
        """The workspace if the user has one; None otherwise (never creates it: for the CLI)."""
        path = Path(path) if path is not None else default_path()
        return cls(path) if path.is_file() else None

    def close(self) -> None:
        self._connection.close()

    def _migrate(self) -> None:
        version = self._connection.execute("PRAGMA user_version").fetchone()[0]
        if version > WORKSPACE_VERSION:
            raise WorkspaceProblem(
                f"The workspace {self.path} was written by a newer Asylum Browser (version "
                f"{version}; this one knows up to {WORKSPACE_VERSION}).")
        for step in range(version + 1, WORKSPACE_VERSION + 1):
            # Statement by statement inside one transaction (executescript would commit
            # first), so a failed migration leaves the previous version whole.
            with self._transaction():
                for statement in MIGRATIONS[step].split(";"):
                    if statement.strip():
                        self._connection.execute(statement)
                self._connection.execute(f"PRAGMA user_version = {step}")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._connection)

    def _execute(self, sql: str, params: Sequence[object] = ()) -> list[tuple[object, ...]]:
        try:
            return self._connection.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise WorkspaceProblem(f"The workspace could not be updated ({error}).") from None

    # --- the user's own cases (core/cases: checked there, kept here) -----------------------

    def my_cases(self) -> list[dict[str, object]]:
        """Every case of the user's, as stored, in the order they were added."""
        return [json.loads(str(fields)) for (fields,) in self._execute(
            "SELECT fields FROM my_cases ORDER BY rowid")]

    def put_my_case(self, case: dict[str, object]) -> None:
        """Add a case, or replace the one with its id (an edit keeps its first date)."""
        stamp = now()
        self._execute("INSERT INTO my_cases (id, fields, created, updated) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (id) DO UPDATE SET fields = excluded.fields, "
                      "updated = excluded.updated",
                      [str(case["id"]), json.dumps(case, ensure_ascii=False, sort_keys=True),
                       stamp, stamp])

    def remove_my_case(self, case_id: str) -> bool:
        found = self._execute("SELECT 1 FROM my_cases WHERE id = ?", [case_id])
        self._execute("DELETE FROM my_cases WHERE id = ?", [case_id])
        return bool(found)

    # --- corrections to bundled cases (core/cases/corrections.py: checked there) -------------

    def corrections(self) -> list[tuple[int, dict[str, object]]]:
        """Every correction as (its number, its fields), oldest first."""
        return [(int(str(key)), json.loads(str(fields))) for key, fields in self._execute(
            "SELECT id, fields FROM corrections ORDER BY id")]

    def put_correction(self, fields: dict[str, object], key: int | None = None) -> int:
        """Keep a correction (again under ``key`` when an undo brings it back); its number."""
        self._execute("INSERT OR REPLACE INTO corrections (id, incident_id, fields, created) "
                      "VALUES (?, ?, ?, ?)",
                      [key, str(fields["incident_id"]),
                       json.dumps(fields, ensure_ascii=False, sort_keys=True),
                       str(fields.get("created") or now())])
        rows = self._execute("SELECT id FROM corrections WHERE rowid = last_insert_rowid()")
        return key if key is not None else int(str(rows[0][0]))

    def remove_correction(self, key: int) -> bool:
        found = self._execute("SELECT 1 FROM corrections WHERE id = ?", [key])
        self._execute("DELETE FROM corrections WHERE id = ?", [key])
        return bool(found)

    # --- saved searches ---------------------------------------------------------------------

    def save_search(self, search: SavedSearch) -> None:
        name = search.name.strip()
        if not name:
            raise WorkspaceProblem("A saved search needs a name.")
        stamp = now()
        self._execute(
            "INSERT INTO saved_searches (name, query, sort, descending, columns, created, "
            "updated) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name) DO UPDATE SET "
            "query = excluded.query, sort = excluded.sort, descending = excluded.descending, "
            "columns = excluded.columns, updated = excluded.updated",
            [name, search.query, search.sort, int(search.descending),
             json.dumps(list(search.columns)), stamp, stamp])

    def saved_searches(self) -> list[SavedSearch]:
        rows = self._execute("SELECT name, query, sort, descending, columns FROM saved_searches "
                             "ORDER BY name COLLATE NOCASE")
        return [_saved(row) for row in rows]

    def saved_search(self, name: str) -> SavedSearch | None:
        rows = self._execute("SELECT name, query, sort, descending, columns FROM saved_searches "
                             "WHERE name = ?", [name])
        return _saved(rows[0]) if rows else None

    def rename_search(self, old: str, new: str) -> None:
        new = new.strip()
        if not new:
            raise WorkspaceProblem("A saved search needs a name.")
        if new != old and self.saved_search(new) is not None:
            raise WorkspaceProblem(f"There is already a saved search called “{new}”.")
        self._execute("UPDATE saved_searches SET name = ?, updated = ? WHERE name = ?",
                      [new, now(), old])

    def delete_search(self, name: str) -> None:
        self._execute("DELETE FROM saved_searches WHERE name = ?", [name])

    def export_searches(self, path: Path, names: Iterable[str] | None = None) -> int:
        """Write saved searches to a small JSON file for a colleague; return how many."""
        wanted = None if names is None else set(names)
        searches = [s for s in self.saved_searches() if wanted is None or s.name in wanted]
        payload = {"format": EXPORT_FORMAT, "version": 1, "searches": [
            {"name": s.name, "query": s.query, "sort": s.sort, "descending": s.descending,
             "columns": list(s.columns)} for s in searches]}
        _write_atomically(Path(path), json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        return len(searches)

    def import_searches(self, path: Path) -> list[str]:
        """Add the saved searches of a file written by export_searches; return their names.

        A name that exists already gets " (imported)" added rather than being overwritten.
        """
        try:
            payload = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, ValueError) as error:
            raise WorkspaceProblem(f"{Path(path).name} cannot be read as saved searches "
                                   f"({error}).") from None
        if not isinstance(payload, dict) or payload.get("format") != EXPORT_FORMAT:
            raise WorkspaceProblem(f"{Path(path).name} is not a file of saved searches.")
        added = []
        for item in payload.get("searches", []):
            if not (isinstance(item, dict) and isinstance(item.get("name"), str)
                    and isinstance(item.get("query"), str)):
                raise WorkspaceProblem(f"{Path(path).name} has a saved search without a name "
                                       "or a query.")
            name = item["name"].strip()
            while self.saved_search(name) is not None:
                name += " (imported)"
            columns = item.get("columns", [])
            self.save_search(SavedSearch(
                name, item["query"], str(item.get("sort", "date")),
                bool(item.get("descending", False)),
                tuple(str(c) for c in columns) if isinstance(columns, list) else ()))
            added.append(name)
        return added

    # --- notes, tags, flags -----------------------------------------------------------------

    def note(self, database: str, incident_id: str) -> Note | None:
        rows = self._execute("SELECT text, created, updated FROM notes WHERE database_key = ? "
                             "AND incident_id = ?", [database, incident_id])
        return Note(*map(str, rows[0])) if rows else None

    def set_note(self, database: str, incident_id: str, text: str) -> None:
        """Keep, change or (for empty text) remove an incident's note."""
        if not text.strip():
            self._execute("DELETE FROM notes WHERE database_key = ? AND incident_id = ?",
                          [database, incident_id])
            return
        stamp = now()
        self._execute(
            "INSERT INTO notes (database_key, incident_id, text, created, updated) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (database_key, incident_id) DO UPDATE SET "
            "text = excluded.text, updated = excluded.updated",
            [database, incident_id, text, stamp, stamp])

    def tags(self, database: str, incident_id: str) -> list[str]:
        return [str(r[0]) for r in self._execute(
            "SELECT tag FROM tags WHERE database_key = ? AND incident_id = ? ORDER BY tag",
            [database, incident_id])]

    def set_tags(self, database: str, incident_id: str, tags: Iterable[str]) -> list[str]:
        """Replace an incident's tags; return them cleaned (lower case, one word each)."""
        cleaned = sorted({check_tag(tag) for tag in tags if tag.strip()})
        with self._transaction():
            self._connection.execute("DELETE FROM tags WHERE database_key = ? AND "
                                     "incident_id = ?", [database, incident_id])
            stamp = now()
            self._connection.executemany(
                "INSERT INTO tags (database_key, incident_id, tag, created) VALUES (?, ?, ?, ?)",
                [(database, incident_id, tag, stamp) for tag in cleaned])
        return cleaned

    def flagged(self, database: str, incident_id: str) -> bool:
        return bool(self._execute("SELECT 1 FROM flags WHERE database_key = ? AND "
                                  "incident_id = ?", [database, incident_id]))

    def set_flag(self, database: str, incident_id: str, on: bool) -> None:
        if on:
            self._execute("INSERT OR IGNORE INTO flags (database_key, incident_id, created) "
                          "VALUES (?, ?, ?)", [database, incident_id, now()])
        else:
            self._execute("DELETE FROM flags WHERE database_key = ? AND incident_id = ?",
                          [database, incident_id])

    def annotations(self, database: str) -> Annotations:
        """Everything the search and the facets need about one database, read at once."""
        tags: dict[str, set[str]] = {}
        for incident_id, tag in self._execute(
                "SELECT incident_id, tag FROM tags WHERE database_key = ?", [database]):
            tags.setdefault(str(tag), set()).add(str(incident_id))
        notes = {str(i): str(t) for i, t in self._execute(
            "SELECT incident_id, text FROM notes WHERE database_key = ?", [database])}
        flags = {str(r[0]) for r in self._execute(
            "SELECT incident_id FROM flags WHERE database_key = ?", [database])}
        return Annotations(tags, notes, frozenset(flags))


class _Transaction:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._connection = connection

    def __enter__(self) -> None:
        self._connection.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: object, *_rest: object) -> None:
        self._connection.execute("ROLLBACK" if kind is not None else "COMMIT")


def _saved(row: tuple[object, ...]) -> SavedSearch:
    name, query, sort, descending, columns = row
    try:
        loaded = json.loads(str(columns))
    except ValueError:
        loaded = []
    return SavedSearch(str(name), str(query), str(sort), bool(descending),
                       tuple(str(c) for c in loaded) if isinstance(loaded, list) else ())


def _write_atomically(path: Path, text: str) -> None:
    try:
        with atomic_write(path, "w", encoding="utf-8") as stream:
            stream.write(text)
    except OSError as error:
        raise WorkspaceProblem(f"Could not write {path.name}: {error.strerror or error}.") \
            from None
