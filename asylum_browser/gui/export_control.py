"""File > Export: the dialog, the run off the GUI thread, its progress dialog and the outcome.

The window only hands over what is on screen (the state and the table's selection) and where
to say things (the status bar, its problem box); everything about running an export is here.

Signals: done(object) with the ExportResult or the ExportError.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from asylum_browser.core.export.writer import ExportCancelled, ExportError, ExportResult
from asylum_browser.gui.export_runner import ExportRun
from asylum_browser.gui.settings import Settings
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.export_dialog import ExportChoices, ExportDialog
from asylum_browser.i18n.words import tr


class ExportControl(QObject):
    done = Signal(object)

    def __init__(self, window: QWidget, state: AppState, settings: Settings,
                 selected_seqs: Callable[[], list[int]],
                 say: Callable[[str, int], None],
                 show_problem: Callable[[str, str, str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._state = state
        self._settings = settings
        self._selected_seqs = selected_seqs
        self._say = say
        self._show_problem = show_problem
        self.pool = QThreadPool(self)
        self.run: ExportRun | None = None
        self._progress: QProgressDialog | None = None
        self.dialog: ExportDialog | None = None

    def choose(self) -> ExportDialog:
        """Open the export dialog; accepting it starts the export."""
        results = self._state.results
        folder = Path(self._settings.get("last_export_folder", str(Path.home())))
        if not folder.is_dir():
            folder = Path.home()
        dialog = ExportDialog(folder, results.count if results else 0,
                              len(self._selected_seqs()), self._window,
                              tuple(self._settings.get("export_columns", ())) or None,
                              workspace=self._state.workspace is not None)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self.start(dialog.choices()))
        dialog.open()
        return dialog

    def start(self, choices: ExportChoices) -> ExportRun:
        """Run an export off the GUI thread; a progress dialog appears after half a second."""
        state = self._state
        self._settings.set("last_export_folder", str(choices.path.parent))
        self._settings.set("export_columns", list(choices.columns))
        seqs = self._selected_seqs() if choices.selected_only else None
        run = ExportRun(state.repository, state.query, state.sort, state.descending, choices,
                        seqs, state.annotations)
        total = len(seqs) if seqs is not None else (state.results.count if state.results
                                                    else 0)
        progress = QProgressDialog(tr("Exporting to {file}…").format(file=choices.path.name),
                                   tr("Cancel"), 0,
                                   max(total, 1), self._window)
        progress.setObjectName("exportProgress")
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(run.cancel)
        clock = QElapsedTimer()
        clock.start()
        name = choices.path.name

        def report(rows: int) -> None:
            seconds = max(clock.elapsed() / 1000, 1e-3)
            rate = rows / seconds
            left = (total - rows) / rate if rate and total > rows else 0
            progress.setValue(min(rows, max(total, 1)))
            progress.setLabelText(tr("Exporting to {file}: {rows} of {total} rows, {rate} rows "
                                     "a second, about {left} s left").format(
                file=name, rows=f"{rows:,}", total=f"{total:,}", rate=f"{rate:,.0f}",
                left=f"{left:.0f}"))

        run.progressed.connect(report)
        run.finished.connect(self._finished)
        run.failed.connect(self._failed)
        self.run, self._progress = run, progress
        run.start(self.pool)
        return run

    def stop(self, milliseconds: int = 5000) -> None:
        """Cancel a running export and wait for it (closing the window)."""
        if self.run is not None and not self.run.done:
            self.run.cancel()
        self.pool.waitForDone(milliseconds)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.close()
            self._progress = None

    def _finished(self, result: ExportResult) -> None:
        self._close_progress()
        beside = [path.name for path in (result.sidecar, result.datapackage) if path is not None]
        extra = tr(" (and {files})").format(files=", ".join(beside)) if beside else ""
        done = tr("Exported 1 incident to {path}") if result.rows == 1 else \
            tr("Exported {count} incidents to {path}")
        self._say(done.format(count=f"{result.rows:,}", path=result.path) + extra, 15000)
        self.done.emit(result)

    def _failed(self, error: ExportError) -> None:
        self._close_progress()
        if isinstance(error, ExportCancelled):
            self._say(tr("Export cancelled; no file was written."), 8000)
        else:
            self._show_problem(tr("The export failed"), str(error),
                               tr("No partial file was left; an earlier file at that path is "
                                  "unchanged."))
        self.done.emit(error)
