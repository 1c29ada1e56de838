"""The bundled dataset keeps the data rules: sourced, our own words, unknowns kept unknown."""

from __future__ import annotations

import sqlite3
import tomllib

import pytest

from asylum_browser.paths import bundled_db_path, records_dir


@pytest.fixture(scope="module")
def connection() -> sqlite3.Connection:
    connection = sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)
    connection.row_factory = sqlite3.Row
    return connection


def test_every_incident_has_a_title_a_summary_and_two_sources(
        connection: sqlite3.Connection) -> None:
    rows = connection.execute(
        "SELECT id, title, summary, (SELECT COUNT(*) FROM incident_sources "
        "WHERE incident_id = incidents.id) AS sources FROM incidents").fetchall()
    assert len(rows) == len(list((records_dir() / "incidents").glob("*.toml")))
    for row in rows:
        assert row["title"].strip() and len(row["summary"]) > 80, row["id"]
        assert row["sources"] >= 2, row["id"]


def test_summaries_are_our_own_words_not_copies_of_the_facts(
        connection: sqlite3.Connection) -> None:
    import difflib

    for row in connection.execute("SELECT * FROM incidents"):
        for fact in ("entry_method", "host_response", "outcome", "people_note"):
            text = row[fact] or ""
            if len(text) > 40:
                assert text not in row["summary"], (row["id"], fact)
            # Nor stitched from long runs of the facts' wording.
            run = difflib.SequenceMatcher(None, text, row["summary"]).find_longest_match(
                0, len(text), 0, len(row["summary"]))
            assert run.size < 60, (row["id"], fact, text[run.a:run.a + run.size])


def test_unknowns_are_null_not_guesses(connection: sqlite3.Connection) -> None:
    # Facts the researchers could not find stay NULL; these are documented gaps.
    row = connection.execute("SELECT * FROM incidents WHERE id = "
                             "'2009-09-21-tegucigalpa-brazil-embassy'").fetchone()
    assert row["people_count"] is None
    row = connection.execute("SELECT * FROM incidents WHERE id = "
                             "'1976-buenos-aires-mexico-embassy-abal-medina'").fetchone()
    assert row["date_end"] is None and row["outcome_class"] is None
    row = connection.execute("SELECT * FROM incidents WHERE id = "
                             "'1954-06-guatemala-city-argentina-embassy'").fetchone()
    assert row["people_count"] is None  # only "hundreds": no number is invented
    assert connection.execute("SELECT COUNT(*) FROM incidents WHERE outcome_class = 'unknown' "
                              "OR city = '' OR people_note = ''").fetchone()[0] == 0


def test_each_conflict_in_the_source_notes_is_kept_with_its_sources(
        connection: sqlite3.Connection) -> None:
    topics = connection.execute("SELECT COUNT(DISTINCT incident_id || topic) FROM disputes"
                                ).fetchone()[0]
    assert topics >= 30
    # Every topic keeps at least two different claims.
    for row in connection.execute("SELECT incident_id, topic, COUNT(DISTINCT claim) AS claims "
                                  "FROM disputes GROUP BY incident_id, topic"):
        assert row["claims"] >= 2, (row["incident_id"], row["topic"])
    unlinked = connection.execute(
        "SELECT COUNT(*) FROM disputes LEFT JOIN incident_sources ON "
        "incident_sources.incident_id = disputes.incident_id AND "
        "incident_sources.source_id = disputes.source_id "
        "WHERE disputes.source_id IS NOT NULL AND incident_sources.source_id IS NULL"
    ).fetchone()[0]
    assert unlinked == 0


def test_korean_chinese_and_japanese_country_aliases_exist(
        connection: sqlite3.Connection) -> None:
    names = {(r[0], r[1]) for r in connection.execute(
        "SELECT code, name FROM names WHERE vocabulary IN ('country', 'city')")}
    for expected in [("KP", "북한"), ("KP", "朝鲜"), ("CN", "中国"), ("Shenyang", "瀋陽"),
                     ("Shenyang", "沈阳"), ("KR", "韓国"), ("JP", "日本")]:
        assert expected in names


def test_north_korean_seekers_are_not_named(connection: sqlite3.Connection) -> None:
    # Private people are described by counts and relationships; public figures are the
    # only people named. Korean personal names in text would follow "Kim", "Lee", "Park"...
    with (records_dir() / "people.toml").open("rb") as handle:
        public = [person["name"] for person in tomllib.load(handle)["people"]]
    for row in connection.execute("SELECT id, title, summary, people_note FROM incidents "
                                  "WHERE seekers_nationality = 'KP'"):
        text = " ".join(v or "" for v in (row["title"], row["summary"], row["people_note"]))
        for name in public:  # a public figure (Hwang Jang-yop, a South Korean president)
            text = text.replace(name, "")
        for surname in (" Kim ", " Lee ", " Park ", " Choi ", " Jang ", " Han "):
            assert surname not in f" {text} ", row["id"]


def test_records_are_one_file_per_incident_named_by_id() -> None:
    files = sorted((records_dir() / "incidents").glob("*.toml"))
    assert files
    for path in files:
        with path.open("rb") as handle:
            assert tomllib.load(handle)["id"] == path.stem
