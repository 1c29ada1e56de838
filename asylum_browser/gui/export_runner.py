"""Run one CSV export off the GUI thread, with progress and cancel, as a workers.Job.

Signals: the job's ``progress(str, float)``; ``progressed(int rows)`` for a rows-a-second
label; ``finished(object ExportResult)`` and ``failed(object ExportError)``, which are the
job's ``returned`` and ``errored`` under the names the window connects to. Any failure arrives
as an ExportError with a message for the user. Cancelling makes the core's exporter stop at
its next progress check; the target file and any earlier file at that path are left as they
were.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.writer import ExportCancelled, ExportError, ExportResult, write_csv
from asylum_browser.core.model.values import Annotations
from asylum_browser.core.query.annotations import resolve
from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui.widgets.export_dialog import ExportChoices
from asylum_browser.gui.workers import UNKNOWN_FRACTION, Job
from asylum_browser.i18n.words import tr


class ExportRun(Job):
    progressed = Signal(int)

    def __init__(self, repository: Repository, query: str, sort: str, descending: bool,
                 choices: ExportChoices, seqs: list[int] | None,
                 annotations: Annotations | None = None) -> None:
        super().__init__(lambda _job: self._export())
        self.repository = repository
        # tag:, flag: and note: answered from the user's workspace, as on screen
        self.annotations = annotations or Annotations.empty()
        self.spec = resolve(parse_query(query, sort=sort, descending=descending),
                            self.annotations)
        self.choices = choices
        self.seqs = seqs

    @property
    def finished(self) -> SignalInstance:
        return self.returned

    @property
    def failed(self) -> SignalInstance:
        return self.errored

    def _progress(self, rows: int) -> bool:
        self.progressed.emit(rows)
        fraction = rows / len(self.seqs) if self.seqs else UNKNOWN_FRACTION
        return self.report(tr("{rows} rows written").format(rows=f"{rows:,}"), fraction)

    def _export(self) -> ExportResult:
        if self.cancelled:
            raise ExportCancelled(tr("Export cancelled; nothing was written."))
        try:
            return write_csv(self.repository, self.spec, self.choices.path,
                             self.choices.columns, bom=self.choices.bom,
                             escape_formulas=self.choices.escape_formulas,
                             sidecar=self.choices.sidecar, seqs=self.seqs,
                             progress=self._progress, annotations=self.annotations,
                             dates=self.choices.dates, datapackage=self.choices.datapackage)
        except ExportError:
            raise
        except Exception as error:  # a message for the user, not a traceback
            raise ExportError(tr("The export failed: {error}").format(error=error)) from error
