"""What the repository reads back besides query answers: whole incident records, related
incidents, rows in blocks, labels, cities and the database's own description.

Every expectation is plain SQL over the bundled database (or a changed copy of it), read here
without the repository, or a value stated by hand.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from asylum_browser.core.engine.database import Database, DatabaseProblem
from asylum_browser.core.engine.repository import ROW_BLOCK, Repository
from asylum_browser.core.model.dates import format_partial
from asylum_browser.core.model.links import incident_link
from asylum_browser.core.model.schema import COLUMNS_BY_NAME
from asylum_browser.core.model.values import Incident, QuerySpec
from asylum_browser.core.query.parser import parse_query
from asylum_browser.paths import bundled_db_path, records_dir
from tests.conftest import query_bundled

INCIDENT_FIELDS = (
    "seq", "id", "title", "summary", "date_start", "date_end", "outcome_date", "city",
    "host_country", "latitude", "longitude", "location_precision", "seekers_nationality",
    "people_count", "people_note", "entry_method", "host_response", "outcome", "outcome_class",
    "transit", "destination", "confidence")


@pytest.fixture(scope="module")
def plain() -> Iterator[sqlite3.Connection]:
    """The bundled database read with plain SQL, apart from the code under test."""
    with closing(sqlite3.connect(f"file:{bundled_db_path()}?immutable=1", uri=True)) as db:
        db.row_factory = sqlite3.Row
        yield db


def country_name(db: sqlite3.Connection, code: str | None) -> str:
    if code is None:
        return "unknown"
    found = db.execute("SELECT name FROM countries WHERE code = ?", [code]).fetchone()
    return code if found is None else str(found[0])


def vocabulary_label(db: sqlite3.Connection, vocabulary: str, code: str | None) -> str:
    if code is None:
        return "unknown"
    found = db.execute("SELECT label FROM vocabulary WHERE vocabulary = ? AND code = ?",
                       [vocabulary, code]).fetchone()
    return code if found is None else str(found[0])


def check_record(db: sqlite3.Connection, incident: Incident | None, row: sqlite3.Row) -> None:
    """Every field of ``incident`` against its row and the rows it refers to."""
    assert incident is not None
    for name in INCIDENT_FIELDS:
        assert getattr(incident, name) == row[name], name
    assert incident.host_country_name == country_name(db, row["host_country"])
    assert incident.outcome_class_label == vocabulary_label(db, "outcome_class",
                                                            row["outcome_class"])
    nationality = db.execute("SELECT coalesce(demonym, name) FROM countries WHERE code = ?",
                             [row["seekers_nationality"]]).fetchone()
    assert incident.seekers_nationality_label == (
        "unknown" if row["seekers_nationality"] is None
        else nationality[0] if nationality else row["seekers_nationality"])
    mission = db.execute("SELECT * FROM missions WHERE id = ?", [row["mission_id"]]).fetchone()
    if mission is None:
        assert incident.mission is None
    else:
        assert incident.mission is not None
        for name in ("id", "name", "type", "sending_state", "latitude", "longitude",
                     "coord_source", "note"):
            assert getattr(incident.mission, name) == mission[name], name
        assert incident.mission.type_label == vocabulary_label(db, "mission_type",
                                                               mission["type"])
        assert incident.mission.sending_state_name == country_name(db,
                                                                   mission["sending_state"])
    sources = db.execute(
        "SELECT s.id, s.url, s.publisher, s.title, s.published, l.supports "
        "FROM incident_sources AS l JOIN sources AS s ON s.id = l.source_id "
        "WHERE l.incident_id = ? ORDER BY l.position", [row["id"]]).fetchall()
    assert [(s.id, s.url, s.publisher, s.title, s.published, s.supports)
            for s in incident.sources] == [
        (*tuple(s)[:5], tuple(s["supports"].split(",")) if s["supports"] else ())
        for s in sources]
    disputes = db.execute("SELECT field, topic, claim, source_id FROM disputes "
                          "WHERE incident_id = ? ORDER BY id", [row["id"]]).fetchall()
    assert [(d.field, d.topic, d.claim, d.source.id if d.source else None)
            for d in incident.disputes] == [tuple(d) for d in disputes]


def test_every_incident_reads_whole_by_id_and_by_seq(repository: Repository,
                                                     plain: sqlite3.Connection) -> None:
    rows = plain.execute("SELECT * FROM incidents ORDER BY seq").fetchall()
    assert len(rows) == len(list((records_dir() / "incidents").glob("*.toml")))  # one a file
    for row in rows:
        by_id = repository.incident(row["id"])
        check_record(plain, by_id, row)
        assert repository.incident(int(row["seq"])) == by_id
    # The bundled records have each of these at least once, so the checks above saw them.
    assert plain.execute("SELECT count(*) FROM incident_sources WHERE supports != ''"
                         ).fetchone()[0] > 0
    assert plain.execute("SELECT count(*) FROM disputes WHERE source_id IS NOT NULL"
                         ).fetchone()[0] > 0
    assert plain.execute("SELECT count(*) FROM missions WHERE note IS NOT NULL").fetchone()[0]


def test_a_seq_is_not_looked_up_as_an_id_nor_an_id_as_a_seq(repository: Repository,
                                                           plain: sqlite3.Connection) -> None:
    seq, incident_id = plain.execute("SELECT seq, id FROM incidents LIMIT 1").fetchone()
    assert repository.incident(str(seq)) is None  # the text "1" names no incident
    assert repository.incident(incident_id) is not None
    assert repository.incident(0) is None and repository.incident(-1) is None


def changed_copy(path: Path, *statements: str) -> Repository:
    with closing(sqlite3.connect(path)) as db, db:
        for statement in statements:
            db.execute(statement)
    return Repository(Database(path))


def test_a_record_without_a_mission_or_codes_reads_unknown(db_copy: Path) -> None:
    """A record whose mission row is gone, and whose codes are NULL or unlisted."""
    incident_id = "2002-05-08-shenyang-japan-consulate"
    repository = changed_copy(
        db_copy,
        f"UPDATE incidents SET mission_id = 'no-such-mission', host_country = NULL, "
        f"seekers_nationality = 'XX', outcome_class = 'not_a_class' WHERE id = '{incident_id}'",
        "UPDATE incidents SET seekers_nationality = 'VA', host_country = 'ZZ', "
        "outcome_class = NULL WHERE id = '2002-05-08-shenyang-us-consulate'")
    incident = repository.incident(incident_id)
    assert incident is not None and incident.mission is None
    assert incident.host_country_name == "unknown"
    assert incident.seekers_nationality_label == "XX"  # unlisted: the code itself
    assert incident.outcome_class_label == "not_a_class"
    other = repository.incident("2002-05-08-shenyang-us-consulate")
    assert other is not None
    # The Holy See has no demonym: its name stands in.
    assert other.seekers_nationality_label == "Holy See"
    assert other.host_country_name == "ZZ" and other.outcome_class_label == "unknown"
    # The incident's mission vanished, so only the city links it to its neighbour now.
    assert [(r.id, r.reason) for r in repository.related(incident)] == [
        ("2002-05-08-shenyang-us-consulate", "same city, within a year")]


def test_sources_keep_their_order_and_every_supported_field(db_copy: Path) -> None:
    incident_id = "2002-05-08-shenyang-japan-consulate"
    repository = changed_copy(
        db_copy,
        "UPDATE incident_sources SET supports = 'people_count,outcome, date_start', "
        f"position = 100 - position WHERE incident_id = '{incident_id}'",
        # the bundled sources have no title or date; these have both
        "UPDATE sources SET title = 'Title of ' || id, published = '2002-05-' || "
        "printf('%02d', 1 + rowid % 28)")
    with closing(sqlite3.connect(db_copy)) as db:
        expected = db.execute(
            "SELECT s.id, s.title, s.published FROM incident_sources AS l JOIN sources AS s "
            "ON s.id = l.source_id WHERE incident_id = ? ORDER BY position",
            [incident_id]).fetchall()
    incident = repository.incident(incident_id)
    assert incident is not None and len(expected) >= 8
    assert [(s.id, s.title, s.published) for s in incident.sources] == expected
    assert all(s.title and s.published for s in incident.sources)
    assert {s.supports for s in incident.sources} == {("people_count", "outcome",
                                                       " date_start")}


def related_by_hand(db: sqlite3.Connection, incident_id: str, limit: int,
                    rows: dict[str, sqlite3.Row] | None = None
                    ) -> list[tuple[str, str, str, str]]:
    """The docstring's rule in Python: the same mission, or the same city with first days at
    most 366 days apart, in date order (no bundled incident lacks its first day)."""
    if rows is None:
        rows = {r["id"]: r for r in db.execute("SELECT * FROM incidents")}
    me = rows[incident_id]
    found = []
    for other in rows.values():
        if other["id"] == incident_id:
            continue
        same_mission = me["mission_id"] is not None and other["mission_id"] == me["mission_id"]
        near = (other["city"] == me["city"] and other["date_start_lo"] is not None
                and me["date_start_lo"] is not None
                and abs(other["date_start_lo"] - me["date_start_lo"]) <= 366)
        if same_mission or near:
            found.append(other)
    found.sort(key=lambda r: (r["date_start_lo"], r["date_start_hi"], r["id"]))
    return [(r["id"], r["title"], format_partial(r["date_start"]),
             "same mission" if r["mission_id"] == me["mission_id"]
             else "same city, within a year") for r in found[:limit]]


def test_related_incidents_follow_the_rule_for_every_incident(
        repository: Repository, plain: sqlite3.Connection) -> None:
    reasons = set()
    rows = {r["id"]: r for r in plain.execute("SELECT * FROM incidents")}
    for incident_id in rows:
        incident = repository.incident(incident_id)
        assert incident is not None
        related = [tuple(vars(r).values()) for r in repository.related(incident)]
        assert related == related_by_hand(plain, incident_id, 12, rows), incident_id
        reasons |= {r[3] for r in related}
    assert reasons == {"same mission", "same city, within a year"}


def test_related_incidents_stop_at_the_limit(repository: Repository,
                                             plain: sqlite3.Connection) -> None:
    beijing = repository.incident("2002-03-14-beijing-spain-embassy")
    assert beijing is not None
    everything = related_by_hand(plain, beijing.id, 100)
    assert len(everything) > 3
    assert [tuple(vars(r).values()) for r in repository.related(beijing, limit=3)] == \
        everything[:3]


def test_a_year_apart_is_366_days_at_most(db_copy: Path) -> None:
    """Two incidents in one city, with no mission in common, 366 and then 367 days apart."""
    first, second = "2002-05-08-shenyang-japan-consulate", "2002-05-08-shenyang-us-consulate"
    for gap, expected in ((366, [second]), (367, []), (-366, [second]), (-367, [])):
        with closing(sqlite3.connect(db_copy)) as db, db:
            low = db.execute("SELECT date_start_lo FROM incidents WHERE id = ?",
                             [first]).fetchone()[0]
            db.execute("UPDATE incidents SET mission_id = NULL, city = 'Shenyang' "
                       "WHERE id IN (?, ?)", [first, second])
            db.execute("UPDATE incidents SET date_start_lo = ? WHERE id = ?",
                       [low + gap, second])
            db.execute("UPDATE incidents SET city = 'Elsewhere' WHERE city = 'Shenyang' "
                       "AND id NOT IN (?, ?)", [first, second])
        repository = Repository(Database(db_copy))
        incident = repository.incident(first)
        assert incident is not None and incident.mission is None
        assert [r.id for r in repository.related(incident)] == expected, gap


def test_rows_come_in_the_order_asked_across_blocks(repository: Repository,
                                                    plain: sqlite3.Connection) -> None:
    """More seqs than one fetch holds (500), in a shuffled order with repeats and seqs the
    database lacks; every column as the registry names it."""
    seqs = [int(r[0]) for r in plain.execute("SELECT seq FROM incidents ORDER BY id DESC")]
    asked = seqs * 4 + [10**6, -3] + seqs[::-1]
    assert len(asked) > ROW_BLOCK
    rows = repository.rows(asked)
    assert [row["seq"] for row in rows] == [s for s in asked if s in set(seqs)]
    assert len(rows) == 5 * len(seqs)
    by_seq = {r["seq"]: r for r in plain.execute("SELECT * FROM incidents")}
    for row in rows[::37]:
        assert set(row) == {"seq", *COLUMNS_BY_NAME}
        for name in COLUMNS_BY_NAME:
            if name == "link":  # derived from the id, not stored
                assert row[name] == incident_link(row["id"])
                continue
            column = "mission_id" if name == "mission" else name
            assert row[name] == by_seq[row["seq"]][column], name
    assert repository.rows([]) == []


def test_ids_are_found_across_blocks(repository: Repository, plain: sqlite3.Connection) -> None:
    """Ids the database lacks sort before and among the real ones, so the real ones fall in
    the third block of 500 (past the first thousand)."""
    real = {r["id"]: r["seq"] for r in plain.execute("SELECT id, seq FROM incidents")}
    missing = [f"0000-missing-{n:04d}" for n in range(1100)] + ["2002-zz-missing"] * 3
    assert repository.seqs_of_ids([*missing, *real]) == real
    assert repository.seqs_of_ids(missing) == {}
    assert repository.seqs_of_ids([]) == {}


def test_labels_of_codes(repository: Repository, plain: sqlite3.Connection) -> None:
    assert repository.label("country", None) == "unknown"
    assert repository.label(None, None) == "unknown"
    assert repository.label(None, 1980) == "1980"
    assert repository.label(None, "CN") == "CN"  # no vocabulary: the value is its own label
    assert repository.label("country", "CN") == country_name(plain, "CN") == "China"
    assert repository.label("country", "ZZ") == "ZZ"
    assert repository.label("no-such-vocabulary", "CN") == "CN"
    assert repository.label("nationality", "KP") == plain.execute(
        "SELECT demonym FROM countries WHERE code = 'KP'").fetchone()[0]
    for vocabulary, code, label in plain.execute("SELECT vocabulary, code, label "
                                                 "FROM vocabulary"):
        assert repository.label(vocabulary, code) == label


def test_cities_meta_and_counts_are_the_tables(repository: Repository,
                                               plain: sqlite3.Connection) -> None:
    assert list(repository.cities()) == [tuple(r) for r in plain.execute(
        "SELECT name, latitude, longitude FROM cities ORDER BY name")]
    assert repository.meta() == dict(plain.execute("SELECT key, value FROM meta").fetchall())
    assert repository.meta()["count_incidents"] == str(
        plain.execute("SELECT count(*) FROM incidents").fetchone()[0])
    assert repository.table_counts() == {
        table: plain.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("incidents", "sources", "missions", "disputes")}


def test_a_city_without_coordinates_is_not_listed(db_copy: Path) -> None:
    repository = changed_copy(db_copy, "UPDATE cities SET latitude = NULL WHERE name = 'Beijing'")
    names = [name for name, _lat, _lon in repository.cities()]
    assert "Beijing" not in names and "Shenyang" in names and names == sorted(names)


def test_a_timeline_unit_must_be_year_or_month(repository: Repository) -> None:
    with pytest.raises(ValueError, match=r"^unit must be 'year' or 'month'$"):
        repository.timeline(QuerySpec(), "day")


def test_a_database_built_before_themes_has_none(db_copy: Path) -> None:
    repository = changed_copy(db_copy, "DROP TABLE incident_themes")
    themes = repository.themes()
    assert not themes.members and repository.theme_seqs() == {}



def test_export_facts_of_the_whole_table_and_of_a_few_rows(db_copy: Path,
                                                           tmp_path: Path) -> None:
    """One title starts a formula and one people note holds a quote; an export of a few other
    rows finds neither, and does not stand in for the whole table afterwards."""
    from asylum_browser.core.engine.column_facts import CLEAN, FORMULA_STARTS, QUOTES

    repository = changed_copy(
        db_copy, "UPDATE incidents SET title = '=1+1' WHERE seq = 1",
        "UPDATE incidents SET people_note = 'a \"quoted\" word' WHERE seq = 2")
    plain = [seq for seq, title, note in query_bundled(
        "SELECT seq, title, people_note FROM incidents WHERE seq > 2")
        if '"' not in title + (note or "") and title[:1] not in "=+-@'\t\r"
        and (note or "x")[:1] not in "=+-@'\t\r"][:3]
    assert len(plain) == 3
    few = repository.export_column_facts(plain)
    assert few["incidents.title"] == few["incidents.people_note"] == CLEAN
    whole = repository.export_column_facts()
    quoted_title = bool(query_bundled("SELECT 1 FROM incidents WHERE instr(title, '\"')"))
    assert whole["incidents.title"] == FORMULA_STARTS | (QUOTES if quoted_title else CLEAN)
    # and the bundled notes that begin with a quoted "'hundreds'" take the escape too
    assert whole["incidents.people_note"] == QUOTES | FORMULA_STARTS
    assert set(whole) == {c.sql for c in COLUMNS_BY_NAME.values()
                          if c.kind in ("text", "date", "integer")}
    assert repository.export_column_facts(plain[:2]) == whole  # the whole table's, once known


@pytest.mark.parametrize("read", [
    lambda r: r.incident("2002-05-08-shenyang-japan-consulate"), lambda r: r.meta(),
    lambda r: r.export_column_facts(), lambda r: r.count(), lambda r: r.ids_for(QuerySpec()),
    lambda r: r.rows([1, 2]), lambda r: r.table_counts(), lambda r: r.attach_columnar(),
], ids=["incident", "meta", "facts", "count", "ids", "rows", "counts", "columnar"])
def test_a_table_gone_after_opening_is_named_as_a_problem(db_copy: Path, read: Any) -> None:
    """The file changes under an open repository: the user reads which file, not a trace."""
    repository = Repository(Database(db_copy))
    with closing(sqlite3.connect(db_copy)) as db, db:
        db.execute("ALTER TABLE incidents RENAME TO gone")
        db.execute("DROP TABLE meta")
    with pytest.raises(DatabaseProblem) as caught:
        read(repository)
    assert caught.value.reason == "foreign"
    assert caught.value.message.startswith("copy.sqlite does not have the expected tables (")


def test_answers_and_timelines_are_by_year_unless_asked(repository: Repository,
                                                        plain: sqlite3.Connection) -> None:
    years = sorted({row[0][:4] for row in plain.execute(
        "SELECT date_start FROM incidents WHERE date_start IS NOT NULL")})
    assert [b.period for b in repository.timeline(QuerySpec())] == years
    ids, facets, timeline = repository.answer(QuerySpec())
    assert [b.period for b in timeline] == years and facets
    assert len(ids) == plain.execute("SELECT count(*) FROM incidents").fetchone()[0]
    months = [b.period for b in repository.answer(QuerySpec(), "month")[2]]
    assert any(len(period) == 7 for period in months)


def test_the_columnar_index_takes_over_the_answers(db_copy: Path, tmp_path: Path) -> None:
    repository = Repository(Database(db_copy))
    reported: list[tuple[str, float]] = []
    index = repository.attach_columnar(tmp_path / "cache",
                                       lambda what, done: reported.append((what, done)))
    assert repository.columnar is index and repository.engine.name == "columnar"
    assert reported and reported[-1][1] == pytest.approx(1.0)
    assert index.column_facts is not None
    assert repository.export_column_facts() == index.column_facts
    with closing(sqlite3.connect(db_copy)) as db:
        expected = [row[0] for row in db.execute(
            "SELECT seq FROM incidents WHERE host_country = 'CN' "
            "ORDER BY date_start_lo, date_start_hi, id")]
    assert list(repository.ids_for(parse_query("host:china"))) == expected
