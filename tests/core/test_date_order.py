"""The SQL path's empty query in date order, sorted without SQLite's sort, equals the SQL order.

Generated day numbers on a real copy of the bundled database: many ties (so the id decides),
unknown first and last days, and stored values of other types that SQLite orders its own way.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.date_order import matches_by_date, seqs_by_date
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.engine.sql import order_by, where_for
from asylum_browser.core.model.values import QuerySpec
from asylum_browser.core.query.parser import parse_query
from tests.conftest import count_bundled

DAY = st.one_of(st.none(), st.integers(730_000, 730_004), st.integers(-2**63, 2**63 - 1),
                st.sampled_from([730_001.5, "730002", b"\x01"]))
ROWS = count_bundled()  # the bundled table's rows, seqs 1 to ROWS
CHINA = count_bundled("host_country = 'CN'")


def sql_order(connection: sqlite3.Connection, descending: bool) -> list[int]:
    spec = QuerySpec(descending=descending)
    return [row[0] for row in connection.execute(
        f"SELECT incidents.seq FROM incidents ORDER BY {order_by(spec)}")]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days=st.lists(st.tuples(DAY, DAY), min_size=ROWS, max_size=ROWS),
       ids=st.permutations(range(ROWS)))
def test_every_incident_by_date_comes_in_the_order_sql_gives(
        db_copy: Path, days: list[tuple[object, object]], ids: list[int]) -> None:
    with sqlite3.connect(db_copy) as connection:  # the ids in another order than the seqs
        connection.execute("UPDATE incidents SET id = 'before-' || seq")
        connection.executemany(
            "UPDATE incidents SET date_start_lo = ?, date_start_hi = ?, id = ? WHERE seq = ?",
            [(low, high, f"case-{rank:03d}", seq)
             for seq, ((low, high), rank) in enumerate(zip(days, ids, strict=True), start=1)])
        for descending in (False, True):
            found = seqs_by_date(connection, descending)
            assert found is not None
            assert found.tolist() == sql_order(connection, descending)
    connection.close()


@pytest.mark.parametrize("query", ["", "-host:china", "host:china"])
def test_the_repository_answers_in_the_sql_order(db_copy: Path, query: str) -> None:
    """The empty query and a large result (-host:china, most rows) take the fast order, a
    small one (host:china) SQLite's; all three must give SQL's answer."""
    with sqlite3.connect(db_copy) as connection:  # ties everywhere, some unknown days
        connection.execute("UPDATE incidents SET date_start_lo = seq % 4, "
                           "date_start_hi = CASE WHEN seq % 7 THEN seq % 3 END, "
                           "id = printf('case-%03d', 1000 - seq)")
        connection.execute("UPDATE incidents SET date_start_lo = NULL WHERE seq % 11 = 0")
    connection.close()
    repository = Repository(Database(db_copy))
    for descending in (False, True):
        spec = parse_query(query, descending=descending)
        where, params = where_for(spec)
        expected = [row[0] for row in repository.database.connection().execute(
            f"SELECT incidents.seq FROM incidents WHERE {where} ORDER BY {order_by(spec)}",
            params)]
        assert len(expected) == {"": ROWS, "-host:china": ROWS - CHINA, "host:china": CHINA}[query]
        if query:  # each takes the path it is here for
            fast = matches_by_date(repository.database.connection(), where, params, descending)
            assert (fast is not None) == (query == "-host:china"), query
        assert list(repository.ids_for(spec)) == expected


def test_sparse_seqs_come_in_the_same_order(db_copy: Path) -> None:
    """Seqs far apart (a database that lost rows, or numbered its own way) are looked up by
    search rather than by a table as long as the largest seq."""
    with sqlite3.connect(db_copy) as connection:
        connection.execute("UPDATE incidents SET seq = seq * 1000003, date_start_lo = seq % 5, "
                           "id = printf('case-%03d', 1000 - seq)")
        for descending in (False, True):
            found = seqs_by_date(connection, descending)
            assert found is not None
            assert found.tolist() == sql_order(connection, descending)
    connection.close()


def test_an_empty_table_has_an_empty_order(db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as connection:
        connection.execute("DELETE FROM incidents")
        found = seqs_by_date(connection)
    connection.close()
    assert found is not None and len(found) == 0


@pytest.mark.parametrize("factor", [1, 1000003])
def test_a_large_result_is_cut_from_the_order_with_dense_and_sparse_seqs(
        db_copy: Path, factor: int) -> None:
    """-host:china keeps most rows: they are picked out of the whole order by a table as long
    as the largest seq (dense), or by a search (seqs a million apart)."""
    with sqlite3.connect(db_copy) as connection:
        connection.execute(f"UPDATE incidents SET seq = seq * {factor}, "
                           "date_start_lo = seq % 3, id = printf('case-%03d', 1000 - seq)")
    connection.close()
    repository = Repository(Database(db_copy))
    spec = parse_query("-host:china")
    where, params = where_for(spec)
    expected = [row[0] for row in repository.database.connection().execute(
        f"SELECT incidents.seq FROM incidents WHERE {where} ORDER BY {order_by(spec)}", params)]
    assert len(expected) == ROWS - CHINA
    if factor == 1:  # dense seqs: the large share is cut from the whole order
        assert matches_by_date(repository.database.connection(), where, params) is not None
    assert list(repository.ids_for(spec)) == expected


def small_table(seqs: range, nulls_every: int = 9) -> sqlite3.Connection:
    """Just the columns the date order reads, in memory: ties, unknown first days, ids in
    another order than the seqs."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE incidents (seq INTEGER PRIMARY KEY, id TEXT, "
                       "date_start_lo, date_start_hi)")
    connection.executemany("INSERT INTO incidents VALUES (?, ?, ?, ?)", [
        (seq, f"case-{1000 - seq:04d}", None if seq % nulls_every == 0 else seq % 7, seq % 5)
        for seq in seqs])
    return connection


def by_hand(connection: sqlite3.Connection, where: str, descending: bool) -> list[int]:
    way = "DESC" if descending else "ASC"
    return [row[0] for row in connection.execute(
        f"SELECT seq FROM incidents WHERE {where} ORDER BY date_start_lo {way} NULLS LAST, "
        f"date_start_hi {way}, id {way}")]


@pytest.mark.parametrize("descending", [False, True])
def test_a_quarter_of_the_seq_range_or_more_is_cut_from_the_whole_order(
        descending: bool) -> None:
    """Seqs 11 to 150: a range of 140, so 35 matches take the whole order and 34 do not."""
    connection = small_table(range(11, 151))
    found = matches_by_date(connection, "seq <= ?", [45], descending)
    assert found is not None and found.tolist() == by_hand(connection, "seq <= 45", descending)
    assert len(found) == 35
    assert matches_by_date(connection, "seq <= ?", [44], descending) is None
    everything = matches_by_date(connection, "1", [], descending)
    assert everything is not None and everything.tolist() == by_hand(connection, "1", descending)
    assert matches_by_date(connection, "0", [], descending) is None
    # Seqs 9 to 150, a range of 142: 35 matches (140) fall short of it, 36 (144) do not.
    connection = small_table(range(9, 151))
    assert matches_by_date(connection, "seq <= ?", [43], descending) is None
    found = matches_by_date(connection, "seq <= ?", [44], descending)
    assert found is not None and found.tolist() == by_hand(connection, "seq <= 44", descending)


def test_an_empty_table_has_no_large_share() -> None:
    connection = small_table(range(0))
    assert matches_by_date(connection, "1", []) is None
    found = seqs_by_date(connection, descending=True)
    assert found is not None and len(found) == 0


@pytest.mark.parametrize("seqs", [range(1, 2), range(5, 6), range(1, 400), range(0, 30)],
                         ids=["one", "one-not-first", "dense", "from-zero"])
@pytest.mark.parametrize("descending", [False, True])
def test_small_tables_come_in_the_sql_order(seqs: range, descending: bool) -> None:
    connection = small_table(seqs, nulls_every=4)
    found = seqs_by_date(connection, descending)
    assert found is not None and found.tolist() == by_hand(connection, "1", descending)


def test_seqs_sparse_beyond_the_lookup_table_are_searched() -> None:
    """4 * rows + 1024 is the largest seq a lookup table is built for; one past it is
    searched, and both give SQL's order."""
    for largest in (4 * 20 + 1024, 4 * 20 + 1025, 10**12):
        connection = small_table(range(1, 20))
        connection.execute("INSERT INTO incidents VALUES (?, 'case-0000', 3, 1)", [largest])
        found = seqs_by_date(connection)
        assert found is not None and found.tolist() == by_hand(connection, "1", False)


def test_seqs_that_are_not_whole_numbers_leave_the_order_to_sql() -> None:
    """A foreign file may keep seq as a plain column: text there, or a negative number, makes
    the fast order give up (the SQL engine then sorts)."""
    for bad in ("'x'", "-5", "2.5"):
        connection = sqlite3.connect(":memory:")
        connection.execute("CREATE TABLE incidents (seq, id TEXT, date_start_lo, "
                           "date_start_hi)")
        connection.execute("INSERT INTO incidents VALUES (1, 'a', 1, 1), (2, 'b', 2, 2)")
        connection.execute(f"INSERT INTO incidents VALUES ({bad}, 'c', 3, 3)")
        assert seqs_by_date(connection) is None, bad
