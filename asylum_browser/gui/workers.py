"""Run repository calls off the GUI thread and deliver only the newest answer.

Each request carries a generation number; an answer to an older request than the latest is
dropped, so a slow query can never overwrite the results of a newer one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Carries a worker's answer back to the GUI thread (queued across threads)."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.generation = generation
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # delivered to the GUI thread, which shows it
            self.relay.failed.emit(self.generation, error)
        else:
            self.relay.finished.emit(self.generation, result)


class LatestOnlyRunner(QObject):
    """Runs one kind of job at a time in a thread pool; reports only the latest one's result.

    Signals: ``finished(object)`` with the result, ``failed(object)`` with the exception.
    """

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)
        self._generation = 0
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def submit(self, work: Callable[[], Any]) -> int:
        """Start ``work`` in the pool; any earlier job's answer will be dropped.

        Jobs still waiting for a thread are removed first: typing fast (or pasting a list of
        queries) would otherwise queue work whose answers nobody will see, and the newest
        query would wait behind all of it.
        """
        self._generation += 1
        self._pool.clear()
        self._pool.start(_Job(self._generation, work, self._relay))
        return self._generation

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return bool(self._pool.waitForDone(milliseconds))

    def _on_finished(self, generation: int, result: object) -> None:
        if generation == self._generation:
            self.finished.emit(result)

    def _on_failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self.failed.emit(error)
