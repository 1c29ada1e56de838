"""Background jobs: one wrapper for work that must not block the GUI thread.

Every long piece of work (a query, an export, an import, preparing the basemap) runs as a
``Job`` in a thread pool and talks back only through the job's signals, which Qt delivers on
the GUI thread. So widgets never touch a worker thread's data while it changes, and a job's
failure arrives as a value to show the user, never as a traceback on the console or a dead
thread. superqt's thread workers (``returned``/``errored``) are the model; this is the small
copy we need, without the generator protocol.

``LatestOnlyRunner`` sits on top for work where only the newest request matters (typing in
the search box): an answer from any job but the latest is dropped, so a slow query can never
overwrite the results of a newer one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import partial
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

UNKNOWN_FRACTION = -1.0  # progress without a known total: show a busy indicator


class Job(QObject):
    """One piece of work, run once in a pool thread.

    Signals: ``progress(str, float)``, a message and the fraction done (0 to 1, or
    UNKNOWN_FRACTION); ``returned(object)``, the work's result; ``errored(object)``, the
    exception it raised. Exactly one of ``returned`` and ``errored`` is emitted.

    ``work`` receives the job, to call ``report`` (which answers False once the user has
    cancelled, so the work can stop at its next check).
    """

    progress = Signal(str, float)
    returned = Signal(object)
    errored = Signal(object)

    def __init__(self, work: Callable[[Job], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancelled = threading.Event()
        self._done = threading.Event()

    def report(self, message: str, fraction: float = UNKNOWN_FRACTION) -> bool:
        """Tell the GUI how far the work is; return whether to keep going."""
        self.progress.emit(message, fraction)
        return not self._cancelled.is_set()

    def cancel(self) -> None:
        """Ask the work to stop at its next ``report`` or ``cancelled`` check."""
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    @property
    def done(self) -> bool:
        """Whether the work has ended (and its last signal been sent)."""
        return self._done.is_set()

    def start(self, pool: QThreadPool) -> None:
        """Run the work in ``pool``; the signals arrive on the thread that made the job."""
        pool.start(_Runnable(self))

    def run(self) -> None:
        """Run the work in the calling thread (``start`` calls this from the pool)."""
        try:
            result = self._work(self)
        except Exception as error:  # a value for the GUI to show, never a dead thread
            self._done.set()
            if shiboken6.isValid(self):  # not deleted with its window while it ran
                self.errored.emit(error)
        else:
            self._done.set()
            if shiboken6.isValid(self):
                self.returned.emit(result)


class _Runnable(QRunnable):
    """Holds the job (and so keeps it alive) until its work has run."""

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job.run()


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
        # Every job until its answer is back on this thread: a job is a QObject, and one
        # dropped early could be destroyed by the pool thread with its signals in flight.
        self._jobs: dict[int, Job] = {}

    @property
    def busy(self) -> bool:
        return self._pool.activeThreadCount() > 0

    def submit(self, work: Callable[[], Any],
               guard: Callable[[Callable[[], bool]], AbstractContextManager[object]] | None
               = None) -> int:
        """Start ``work`` in the pool; any earlier job's answer will be dropped.

        Earlier jobs are cancelled: those still waiting for a thread end without running
        their work, because typing fast (or pasting a list of queries) would otherwise queue
        work whose answers nobody will see, and the newest query would wait behind all of it.
        ``guard``, entered in the pool thread around the work, is given the job's cancel
        check: ``Database.bounded`` makes SQLite ask it every few thousand steps, so a
        running earlier query stops too, not only a waiting one.
        """
        self._generation += 1
        generation = self._generation
        for earlier in self._jobs.values():
            earlier.cancel()

        def run(job: Job) -> object:
            if job.cancelled:
                return _SKIPPED
            if guard is None:
                return work()
            with guard(lambda: job.cancelled):
                return work()

        job = Job(run)
        job.returned.connect(partial(self._on_returned, generation))
        job.errored.connect(partial(self._on_errored, generation))
        self._jobs[generation] = job
        job.start(self._pool)
        return generation

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until the pool is idle (for shutdown and tests)."""
        return bool(self._pool.waitForDone(milliseconds))

    def stop(self, milliseconds: int) -> bool:
        """Cancel every job and wait for the pool: a closing window must not leave a search
        running (it may run for seconds), whose answer would find its runner gone."""
        for job in self._jobs.values():
            job.cancel()
        return self.wait(milliseconds)

    def _on_returned(self, generation: int, result: object) -> None:
        if self._is_current(generation):
            self.finished.emit(result)

    def _on_errored(self, generation: int, error: object) -> None:
        if self._is_current(generation):
            self.failed.emit(error)

    def _is_current(self, generation: int) -> bool:
        """Forget the job; say whether its answer is the one to report.

        A closing window deletes its runner, whose pool waits for the running job first: that
        job's answer is then queued for a runner that no longer exists, and nobody wants it.
        """
        if not shiboken6.isValid(self):
            return False
        self._jobs.pop(generation, None)
        return generation == self._generation


_SKIPPED = object()  # what a job answers when it was cancelled before it could start
