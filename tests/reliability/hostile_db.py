"""A copy of the bundled database whose every text a view shows is an attack, made for real.

    python -m tests.reliability.hostile_db OUT.sqlite CANARY

Every text field of the incidents, sources, disputes, countries, vocabularies and the
dataset's own facts holds markup that names local files and links of other schemes: Qt
reading it as rich text would open ``/dev/zero`` (which once aborted the app) and the
``CANARY`` file (which a test watches). A few fields hold a 1 MB word, which Qt lays out in
quadratic time, and one incident sits at infinite coordinates with markup for its date (which
once reached the error dialog with no click). Codes (countries, outcome
classes, ids) stay as they are, so the file passes the schema check and every view fills.
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from asylum_browser.paths import bundled_db_path

LONG_WORD = "W" * 1_000_000

TEXT_FIELDS = {
    "incidents": ("title", "summary", "city", "people_note", "entry_method", "host_response",
                  "outcome", "transit", "destination"),
    "sources": ("publisher", "title", "url"),
    "disputes": ("topic", "claim"),
    "countries": ("name", "demonym"),
    "vocabulary": ("label", "description"),
    "missions": ("name", "note"),
}
META_KEYS = ("dataset_version", "dataset_date", "dataset_title", "licence", "attribution")


def markup(canary: Path, where: str) -> str:
    """The attack for one field: what rich text would turn into file reads and links."""
    return (f'<img src="{canary}"><img src="/dev/zero"><a href="file://{canary}">{where}</a> '
            f'<a href="javascript:alert(1)">run</a> <b>{where}</b>')


def make_hostile_database(target: Path, canary: Path) -> Path:
    shutil.copyfile(bundled_db_path(), target)
    with closing(sqlite3.connect(target)) as connection, connection:
        for table, fields in TEXT_FIELDS.items():
            assignments = ", ".join(f"{field} = ? || {field}" for field in fields)
            connection.execute(f"UPDATE {table} SET {assignments} WHERE {fields[0]} IS NOT NULL",
                               [markup(canary, f"{table}.{field}") for field in fields])
        for key in META_KEYS:
            connection.execute("UPDATE meta SET value = ? || value WHERE key = ?",
                               (markup(canary, key), key))
        first, second = (row[0] for row in connection.execute(
            "SELECT id FROM incidents ORDER BY seq LIMIT 2"))
        connection.execute("UPDATE incidents SET title = title || ?, summary = summary || ? "
                           "WHERE id = ?", (LONG_WORD, LONG_WORD, first))
        connection.execute("UPDATE sources SET url = url || ? WHERE id = (SELECT source_id "
                           "FROM incident_sources WHERE incident_id = ? LIMIT 1)",
                           (LONG_WORD, first))
        connection.execute("UPDATE incidents SET latitude = 9e999, longitude = -9e999, "
                           "date_start = ? WHERE id = ?", (markup(Path(canary), "date"), second))
    return target


# Values a database that passes the schema check can still hold, one kind per incident.
BAD_VALUES = [
    ("date_start", "0000-00-00"), ("date_start", "99999-01-01"), ("date_start", "2002-02-30"),
    ("people_count", "many"), ("title", b"\x00\xff\xfebinary"), ("summary", None),
    ("year", "abc"), ("decade", "x"), ("date_end", "2002-13-01"), ("outcome_date", "abc"),
]


def make_bad_values_database(target: Path) -> list[str]:
    """A copy of the bundled database with BAD_VALUES written into its first incidents (the
    summary gets one byte that is not UTF-8), and theme rows that name nothing; returns the
    ids of the damaged incidents, in BAD_VALUES order."""
    shutil.copyfile(bundled_db_path(), target)
    with closing(sqlite3.connect(target)) as connection, connection:
        ids = [row[0] for row in connection.execute(
            "SELECT id FROM incidents ORDER BY seq LIMIT ?", (len(BAD_VALUES),))]
        for incident_id, (field, value) in zip(ids, BAD_VALUES, strict=True):
            if value is None:
                connection.execute(f"UPDATE incidents SET {field} = CAST(x'41ff42' AS TEXT) "
                                   "WHERE id = ?", (incident_id,))
            else:
                connection.execute(f"UPDATE incidents SET {field} = ? WHERE id = ?",
                                   (value, incident_id))
        connection.execute("INSERT INTO incident_themes VALUES (?, 'no-such-theme', 'junk')",
                           (ids[0],))
        connection.execute("INSERT INTO incident_themes VALUES ('no-such-incident', "
                           "'host_entry', NULL)")
    return ids


if __name__ == "__main__":
    make_hostile_database(Path(sys.argv[1]), Path(sys.argv[2]))
