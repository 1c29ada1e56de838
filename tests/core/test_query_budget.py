"""Every query runs inside a time budget: no file and no search can hold the app for ever.

The slow statement here is a recursive count that runs for about a minute unless SQLite is
told to stop; each test would take that minute (and then fail) if the budget broke.
"""

from __future__ import annotations

import sqlite3

import pytest

from asylum_browser.core.engine import database as database_module
from asylum_browser.core.engine.database import (
    Database,
    QueryInterrupted,
    QueryTooSlow,
    open_database,
    translate_errors,
)
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query

pytestmark = pytest.mark.reliability("query-budget")

MINUTE_OF_COUNTING = ("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
                      "WHERE x < 1000000000) SELECT count(*) FROM c")


def slow_count(database: Database) -> int:
    with translate_errors(database.path):
        return int(database.connection().execute(MINUTE_OF_COUNTING).fetchone()[0])


def test_a_statement_past_its_budget_is_stopped_with_a_message_that_says_what_to_do() -> None:
    database = open_database()
    with pytest.raises(QueryTooSlow) as stopped, database.bounded(0.3):
        slow_count(database)
    assert stopped.value.seconds == 0.3
    assert stopped.value.message.startswith("the search took longer than 0.3 s and was stopped")
    assert "narrow it" in stopped.value.message


def test_a_raw_sqlite_error_inside_the_budget_is_translated_too() -> None:
    database = open_database()
    with pytest.raises(QueryTooSlow), database.bounded(0.3):
        database.connection().execute(MINUTE_OF_COUNTING).fetchone()


def test_a_cancel_stops_the_statement_as_an_interruption_not_as_too_slow() -> None:
    database = open_database()
    asked: list[bool] = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 3  # cancelled while the statement runs
    with pytest.raises(QueryInterrupted), database.bounded(None, cancelled):
        slow_count(database)
    assert 4 <= len(asked) <= 5  # four while it ran, one more to tell cancel from clock


def test_the_budget_ends_with_its_block() -> None:
    """The handler is removed on the way out, whichever way the block ends."""
    database = open_database()
    with pytest.raises(QueryTooSlow), database.bounded(0.0):
        slow_count(database)
    # Unbounded again: a statement of a few hundred thousand steps runs to its end.
    count = database.connection().execute(
        "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) "
        "SELECT count(*) FROM c").fetchone()[0]
    assert count == 200000


def test_other_errors_pass_through_the_budget_untouched() -> None:
    database = open_database()
    with pytest.raises(sqlite3.OperationalError, match="no such table"), database.bounded(5):
        database.connection().execute("SELECT * FROM nothing_here")


def test_a_search_through_the_repository_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engines' own statements stop too: their sqlite3 errors become QueryTooSlow, not a
    message that calls the file damaged."""
    monkeypatch.setattr(database_module, "PROGRESS_STEPS", 1)  # look at the clock every step
    repository = Repository(open_database())
    spec = parse_query("embassy OR consulate")
    assert repository.ids_for(spec)  # unbounded, it answers
    with pytest.raises(QueryTooSlow), repository.database.bounded(0.0):
        repository.ids_for(spec)
