"""Run one CSV export off the GUI thread, with progress and cancel.

Signals: progressed(int rows), finished(object ExportResult), failed(object ExportError).
Cancelling makes the core's exporter stop at its next progress check; the target file and any
earlier file at that path are left as they were.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.writer import ExportError, write_csv
from asylum_browser.core.model.values import Annotations
from asylum_browser.core.query.annotations import resolve
from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui.widgets.export_dialog import ExportChoices


class ExportRun(QObject):
    progressed = Signal(int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, repository: Repository, query: str, sort: str, descending: bool,
                 choices: ExportChoices, seqs: list[int] | None,
                 annotations: Annotations | None = None) -> None:
        super().__init__()
        self.repository = repository
        # tag:, flag: and note: answered from the user's workspace, as on screen
        self.annotations = annotations or Annotations.empty()
        self.spec = resolve(parse_query(query, sort=sort, descending=descending),
                            self.annotations)
        self.choices = choices
        self.seqs = seqs
        self._cancelled = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def _progress(self, rows: int) -> bool:
        self.progressed.emit(rows)
        return not self._cancelled.is_set()

    def run(self) -> None:
        """Do the export in the calling thread (start() calls this from the pool)."""
        try:
            if self._cancelled.is_set():
                from asylum_browser.core.export.writer import ExportCancelled

                raise ExportCancelled("Export cancelled; nothing was written.")
            result = write_csv(self.repository, self.spec, self.choices.path,
                               self.choices.columns, bom=self.choices.bom,
                               escape_formulas=self.choices.escape_formulas,
                               sidecar=self.choices.sidecar, seqs=self.seqs,
                               progress=self._progress, annotations=self.annotations)
        except ExportError as error:
            self._done.set()
            self.failed.emit(error)
        except Exception as error:  # never let a worker die silently
            self._done.set()
            self.failed.emit(ExportError(f"The export failed: {error}"))
        else:
            self._done.set()
            self.finished.emit(result)

    def start(self, pool: QThreadPool) -> None:
        pool.start(_Job(self))


class _Job(QRunnable):
    def __init__(self, run: ExportRun) -> None:
        super().__init__()
        self._export = run

    def run(self) -> None:
        self._export.run()
