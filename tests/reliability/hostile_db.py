"""A copy of the bundled database whose every text a view shows is an attack, made for real.

    python -m tests.reliability.hostile_db OUT.sqlite CANARY

Every text field of the incidents, sources, disputes, countries, vocabularies and the
dataset's own facts holds markup that names local files and links of other schemes: Qt
reading it as rich text would open ``/dev/zero`` (which once aborted the app) and the
``CANARY`` file (which a test watches). A few fields hold a 1 MB word, which Qt lays out in
quadratic time, and one incident sits at infinite coordinates. Codes (countries, outcome
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
        connection.execute("UPDATE incidents SET latitude = 9e999, longitude = -9e999 "
                           "WHERE id = ?", (second,))
    return target


if __name__ == "__main__":
    make_hostile_database(Path(sys.argv[1]), Path(sys.argv[2]))
