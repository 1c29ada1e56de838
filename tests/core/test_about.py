"""About's facts are counted from the database itself, and say so when not yet read."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.facts import DatasetFacts, dataset_facts
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.render.about import about_html
from asylum_browser.paths import bundled_db_path


def test_the_facts_count_the_tables_and_about_shows_them() -> None:
    facts = dataset_facts(Repository(open_database()))
    with closing(sqlite3.connect(bundled_db_path())) as db:
        disputes = db.execute("SELECT count(*) FROM disputes").fetchone()[0]
        version = db.execute("SELECT value FROM meta WHERE key = 'dataset_version'").fetchone()[0]
    assert facts.counts["disputes"] == disputes and facts.version == version and facts.bundled
    text = about_html(facts, "Asylum Browser", "9.9")
    assert f"{disputes:,} disputed claims" in text and f"Dataset {version}" in text
    assert "Asylum Browser 9.9" in text and "Natural Earth" in text


def test_about_before_the_facts_arrive_says_they_are_being_read() -> None:
    text = about_html(None, "Asylum Browser", "9.9")
    assert "still being read" in text and "incidents" not in text


def test_every_fact_comes_from_the_database_it_describes(db_copy: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as db, db:
        meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
        counts = {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("incidents", "sources", "missions", "disputes")}
        db.execute("UPDATE meta SET value = value || ' (copy)'")
    facts = dataset_facts(Repository(open_database(db_copy)))
    assert facts == DatasetFacts(
        f"{meta['dataset_version']} (copy)", f"{meta['dataset_date']} (copy)",
        f"{meta['schema_version']} (copy)", f"{meta['licence']} (copy)", counts,
        bundled=False, file_name="copy.sqlite")


def test_a_database_without_meta_rows_gets_the_stated_defaults(db_copy: Path) -> None:
    with closing(sqlite3.connect(db_copy)) as db, db:
        db.execute("DELETE FROM meta")
    facts = dataset_facts(Repository(open_database(db_copy)))
    assert (facts.version, facts.date, facts.schema, facts.licence) == (
        "unknown", "unknown", None, "")
