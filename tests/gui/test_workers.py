"""Background jobs: progress in order, errors as values, and for the query runner only the
newest request matters, so nothing older may delay or overwrite it."""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from asylum_browser.core.engine.database import Database, QueryTooSlow, open_database
from asylum_browser.gui.workers import Job, LatestOnlyRunner


def test_a_burst_of_requests_runs_only_what_started_and_the_newest(qtbot: QtBot) -> None:
    runner = LatestOnlyRunner()
    started: list[int] = []
    lock = threading.Lock()
    answers: list[object] = []
    runner.finished.connect(answers.append)

    def job(number: int) -> int:
        with lock:
            started.append(number)
        time.sleep(0.05)
        return number

    for number in range(100):
        runner.submit(lambda number=number: job(number))  # type: ignore[misc]
    qtbot.waitUntil(lambda: answers == [99], timeout=5000)
    assert runner.wait(5000)
    # Two threads were busy when the burst arrived; nearly all queued behind them never ran.
    # (On a loaded machine the submitting loop is slow enough for a thread to free up and take
    # the newest job of that moment, which is right: seen once as [0, 70, 71, 99].)
    assert started[-1] == 99 and len(started) <= 6
    assert answers == [99]  # the older jobs that did run are not reported


def test_progress_arrives_in_order_on_the_gui_thread_before_the_result(qtbot: QtBot) -> None:
    seen: list[tuple[str, float, bool]] = []
    gui_thread = threading.current_thread()

    def work(job: Job) -> str:
        for step in range(1, 6):
            job.report(f"step {step} of 5", step / 5)
        return "all done"

    job = Job(work)
    job.progress.connect(lambda message, fraction: seen.append(
        (message, fraction, threading.current_thread() is gui_thread)))
    job.returned.connect(lambda result: seen.append((result, 1.0, True)))
    with qtbot.waitSignal(job.returned, timeout=5000):
        job.start(QThreadPool.globalInstance())
    assert seen == [*((f"step {n} of 5", n / 5, True) for n in range(1, 6)),
                    ("all done", 1.0, True)]
    assert job.done


def test_an_error_arrives_as_errored_with_the_exception_and_nothing_on_the_console(
        qtbot: QtBot, capfd: pytest.CaptureFixture[str]) -> None:
    problem = ValueError("the file is not a table")

    def work(_job: Job) -> None:
        raise problem

    job = Job(work)
    results: list[object] = []
    job.returned.connect(results.append)
    with qtbot.waitSignal(job.errored, timeout=5000) as errored:
        job.start(QThreadPool.globalInstance())
    assert errored.args == [problem] and results == []
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err + captured.out


def test_cancelling_tells_the_work_to_stop_at_its_next_report(qtbot: QtBot) -> None:
    may_continue = threading.Event()
    steps: list[int] = []

    def work(job: Job) -> int:
        for step in range(1000):
            if step == 3:
                may_continue.wait(5)
            if not job.report(f"{step}", step / 1000):
                break
            steps.append(step)
        return len(steps)

    job = Job(work)
    with qtbot.waitSignal(job.returned, timeout=5000) as returned:
        job.start(QThreadPool.globalInstance())
        qtbot.waitUntil(lambda: len(steps) == 3, timeout=5000)
        job.cancel()
        may_continue.set()
    assert returned.args == [3] and job.cancelled


def test_a_slow_older_job_never_overwrites_the_newest_answer_or_error(qtbot: QtBot) -> None:
    runner = LatestOnlyRunner()
    answers: list[object] = []
    errors: list[object] = []
    runner.finished.connect(answers.append)
    runner.failed.connect(errors.append)
    release = threading.Event()
    running: list[str] = []

    def slow_answer() -> str:
        running.append("answer")
        release.wait(5)
        return "old answer"

    def slow_failure() -> str:
        running.append("failure")
        release.wait(5)
        raise RuntimeError("old failure")

    runner.submit(slow_answer)
    qtbot.waitUntil(lambda: running == ["answer"], timeout=5000)  # (or it would be skipped)
    runner.submit(slow_failure)
    qtbot.waitUntil(lambda: len(running) == 2, timeout=5000)  # both hold a thread
    runner.submit(lambda: "new answer")
    release.set()
    qtbot.waitUntil(lambda: answers == ["new answer"], timeout=5000)
    assert runner.wait(5000)
    qtbot.wait(50)  # let any late signal from the older jobs arrive
    assert answers == ["new answer"] and errors == []


def test_the_newest_jobs_error_is_reported(qtbot: QtBot) -> None:
    runner = LatestOnlyRunner()
    with qtbot.waitSignal(runner.failed, timeout=5000) as failed:
        runner.submit(lambda: 1 / 0)
    assert isinstance(failed.args[0], ZeroDivisionError)


def count_for_a_minute(database: Database, endings: list[str]) -> object:
    """About a minute of counting in SQLite, unless it is interrupted (noted in endings)."""
    try:
        return database.connection().execute(
            "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c "
            "WHERE x < 1000000000) SELECT count(*) FROM c").fetchone()
    except sqlite3.OperationalError as error:
        endings.append(str(error))
        raise


@pytest.mark.reliability("query-budget")
def test_a_newer_request_interrupts_an_earlier_query_that_is_running(qtbot: QtBot) -> None:
    """Both of the pool's threads held by slow searches once made the newest wait 20 s: now
    the earlier query is stopped inside SQLite the moment a newer one is submitted."""
    database = open_database()
    running = threading.Event()
    endings: list[str] = []

    def slow() -> object:
        running.set()
        return count_for_a_minute(database, endings)

    def guard(cancelled: Callable[[], bool]) -> AbstractContextManager[None]:
        return database.bounded(None, cancelled)  # no clock: only the cancel stops it

    runner = LatestOnlyRunner()
    answers: list[object] = []
    errors: list[object] = []
    runner.finished.connect(answers.append)
    runner.failed.connect(errors.append)
    for _ in range(2):  # both threads of the pool busy with slow queries
        running.clear()
        runner.submit(slow, guard)
        assert running.wait(10)
    runner.submit(lambda: database.connection().execute("SELECT 42").fetchone()[0], guard)
    qtbot.waitUntil(lambda: answers == [42], timeout=10000)  # not a minute's count
    assert runner.wait(10000)
    assert endings == ["interrupted", "interrupted"] and errors == []


@pytest.mark.reliability("query-budget")
def test_the_windows_query_guard_stops_a_query_past_its_budget(qtbot: QtBot) -> None:
    """With no newer request, a query stops at its time budget and the runner reports why."""
    database = open_database()
    runner = LatestOnlyRunner()
    errors: list[object] = []
    runner.failed.connect(errors.append)
    runner.submit(lambda: count_for_a_minute(database, []),
                  lambda cancelled: database.bounded(0.2, cancelled))
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=20000)
    assert isinstance(errors[0], QueryTooSlow) and errors[0].seconds == 0.2


@pytest.mark.reliability("query-budget")
def test_an_answer_that_arrives_after_its_runner_is_gone_is_dropped(
        qtbot: QtBot, capsys: pytest.CaptureFixture[str]) -> None:
    """Closing a window deletes its runners while a job may still be running: the runner's
    pool waits for the job, whose answer is then queued for a runner that no longer exists.
    That answer once raised "Signal source has been deleted" in the event loop (seen in CI
    after Ctrl+O on a locked database)."""
    import shiboken6

    release = threading.Event()
    started = threading.Event()

    def work() -> int:
        started.set()
        release.wait(10)
        return 1

    runner = LatestOnlyRunner()
    answers: list[object] = []
    runner.finished.connect(answers.append)
    runner.submit(work)
    assert started.wait(10)
    threading.Timer(0.2, release.set).start()
    shiboken6.delete(runner)  # the pool, its child, waits here until the work returns
    assert not shiboken6.isValid(runner)
    with qtbot.captureExceptions() as exceptions:
        qtbot.wait(100)  # the queued answer is delivered now
    assert exceptions == [] and answers == []
    assert "Traceback" not in capsys.readouterr().err


@pytest.mark.reliability("query-budget")
def test_stopping_the_runner_ends_a_running_search_at_once(qtbot: QtBot) -> None:
    """A closing window stops its searches: the one running ends inside SQLite instead of
    counting for a minute while the window waits."""
    database = open_database()
    started = threading.Event()
    endings: list[str] = []

    def slow() -> object:
        started.set()
        return count_for_a_minute(database, endings)

    runner = LatestOnlyRunner()
    runner.submit(slow, lambda cancelled: database.bounded(None, cancelled))
    assert started.wait(10)
    assert runner.stop(20000)  # a minute's count would make this give up
    assert endings == ["interrupted"]
