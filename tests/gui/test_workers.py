"""The query runner: only the newest request matters, so nothing older may delay it."""

from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from asylum_browser.gui.workers import LatestOnlyRunner


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
    # Two threads were busy when the burst arrived; the 97 queued behind them never ran.
    assert started[-1] == 99 and len(started) <= 3
    assert answers == [99]  # the older jobs that did run are not reported
