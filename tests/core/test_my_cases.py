"""The user's own cases: checked as the importer checks rows, kept in the workspace, and built
with the bundled records into one database, which leaves the bundled file as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from asylum_browser.core.cases.combined import database_with_my_cases
from asylum_browser.core.cases.mycases import check_cases
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query
from asylum_browser.core.workspace import Workspace
from asylum_browser.paths import bundled_db_path, records_dir

CASES: list[dict[str, Any]] = [
    {"title": "Two students at the Mexican embassy", "date_start": "2001-02-03",
     "city": "Quito", "host_country": "Ecuador", "sending_state": "Mexico",
     "mission_type": "embassy", "people_count": "2", "summary": "Two students asked for "
     "asylum at the embassy and were flown out a week later.",
     "entry_method": "walked in during visiting hours",
     "sources": [{"url": "https://example.org/quito", "title": "Students in embassy",
                  "publisher": "Example Wire", "published": "2001-02-04"}]},
    {"title": "A journalist at the French embassy", "date_start": "1998-07",
     "city": "Lima", "host_country": "PE", "sending_state": "FR",
     "sources": [{"url": "https://example.org/lima"}]},
]


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_case_is_checked_with_the_importers_rules_and_messages() -> None:
    good = check_cases(CASES)
    assert not good.fatal and len(good.records) == 2
    assert all(r["id"].startswith("mine-") for r in good.records)
    assert good.records[0]["entry_method"] == "walked in during visiting hours"
    assert good.records[0]["sources"][0]["publisher"] == "Example Wire"
    bad = check_cases([{**CASES[0], "host_country": "Atlantis"}])
    assert bad.fatal and not bad.records
    assert [p.problem for p in bad.problems] == [
        "not a country this app knows (use its name, ISO code or an alias)"]


def test_ids_never_clash_with_one_already_taken() -> None:
    first = check_cases(CASES[:1]).records[0]["id"]
    again = check_cases(CASES[:1], taken={first}).records[0]["id"]
    assert again != first and again.startswith(first)


@pytest.fixture
def combined(tmp_path: Path) -> Path:
    return database_with_my_cases(check_cases(CASES).cases, tmp_path / "combined",
                                  bundled_db_path(), records_dir())


def test_the_combined_database_holds_ours_and_theirs_marked(combined: Path) -> None:
    bundled_hash = sha(bundled_db_path())
    repository = Repository(Database(combined, immutable=True))
    total = Repository(Database(bundled_db_path(), immutable=True)).count()
    assert repository.count() == total + 2
    assert repository.count(parse_query("origin:mine")) == 2
    assert repository.count(parse_query("quito students")) >= 1
    mine = repository.rows(repository.ids_for(parse_query("origin:mine host:ecuador")))
    assert [row["title"] for row in mine] == ["Two students at the Mexican embassy"]
    assert sha(bundled_db_path()) == bundled_hash  # the bundled file is never written


def test_the_bundled_rows_come_out_as_in_the_bundled_database(combined: Path) -> None:
    def rows(path: Path) -> dict[str, tuple[Any, ...]]:
        with closing(sqlite3.connect(f"{path.as_uri()}?immutable=1", uri=True)) as db:
            columns = [c[1] for c in db.execute("PRAGMA table_info(incidents)")
                       if c[1] not in ("seq",)]
            return {r[0]: r for r in db.execute(
                f"SELECT {', '.join(columns)} FROM incidents WHERE origin = 'bundled' "
                "ORDER BY id")}
    assert rows(combined) == rows(bundled_db_path())


def test_the_same_cases_reuse_the_file_and_a_change_makes_a_new_one(combined: Path) -> None:
    folder = combined.parent
    again = database_with_my_cases(check_cases(CASES).cases, folder, bundled_db_path(),
                                   records_dir())
    assert again == combined and again.stat().st_mtime == combined.stat().st_mtime
    edited = database_with_my_cases(check_cases([{**CASES[0], "people_count": "3"}]).cases,
                                    folder, bundled_db_path(), records_dir())
    assert edited != combined and edited.is_file()


def test_the_workspace_keeps_cases_across_sessions(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "workspace.sqlite")
    kept = check_cases(CASES).cases
    for case in kept:
        workspace.put_my_case(case)
    workspace.put_my_case({**kept[0], "people_count": "3"})  # an edit replaces
    workspace.close()
    again = Workspace(tmp_path / "workspace.sqlite")
    stored = again.my_cases()
    assert [c["id"] for c in stored] == [c["id"] for c in kept]
    assert stored[0]["people_count"] == "3"
    assert again.remove_my_case(kept[1]["id"]) and not again.remove_my_case("mine-none")
    assert len(again.my_cases()) == 1
