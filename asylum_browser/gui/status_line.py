"""The status bar's standing parts: the result count, a busy line, and the dataset's name.

It also keeps the open database's facts (version, counts) for About, read off the GUI thread
once per database.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.engine.facts import DatasetFacts, dataset_facts
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.shown import shown
from asylum_browser.gui.shown_text import plain
from asylum_browser.gui.state import AppState
from asylum_browser.gui.workers import LatestOnlyRunner
from asylum_browser.i18n.words import QT_TR_NOOP, tr

BUSY_DELAY_MS = 150  # only refreshes slower than this show the busy line
SEARCH_PREFIX = QT_TR_NOOP("Search: ")  # a syntax error's message, cleared once a query parses


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar, state: AppState) -> None:
        super().__init__(bar)
        self._bar = bar
        self.count_label = plain(QLabel(bar))
        self.count_label.setObjectName("resultCountLabel")
        self.count_label.setAccessibleName("Number of incidents shown")
        self.dataset_label = plain(QLabel(bar))
        self.dataset_label.setObjectName("datasetLabel")
        self.busy_bar = QProgressBar(bar)
        self.busy_bar.setObjectName("busyIndicator")
        self.busy_bar.setAccessibleName("Working")
        self.busy_bar.setMaximumSize(120, 12)
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setRange(0, 0)  # indeterminate: a thin moving line
        self.busy_bar.hide()
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self.busy_bar.show)
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.busy_bar)
        bar.addPermanentWidget(self.dataset_label)
        self.facts: DatasetFacts | None = None  # None until read for the open database
        self._facts = LatestOnlyRunner(self)
        self._facts.finished.connect(self._on_facts)
        state.results_ready.connect(self._on_results)
        state.query_failed.connect(lambda error: bar.showMessage(
            f"{tr(SEARCH_PREFIX)}{error.message}", 8000))
        state.query_accepted.connect(self._on_query_accepted)
        state.error_reported.connect(lambda text: bar.showMessage(text, 8000))
        state.busy_changed.connect(self._on_busy)
        state.index_progress.connect(self._on_index_progress)
        state.database_changed.connect(self.read_facts)
        self.read_facts(state.repository)

    def read_facts(self, repository: Repository) -> None:
        self.facts = None
        self._facts.submit(lambda: dataset_facts(repository))

    def wait(self, milliseconds: int) -> bool:
        return self._facts.wait(milliseconds)

    def _on_facts(self, facts: DatasetFacts) -> None:
        self.facts = facts
        where = tr("bundled") if facts.bundled else facts.file_name
        self.dataset_label.setText(shown(tr("Dataset {version} · {where}").format(
            version=facts.version, where=where), 200))

    def _on_query_accepted(self, _text: str) -> None:
        if self._bar.currentMessage().startswith(tr(SEARCH_PREFIX)):
            self._bar.clearMessage()

    def _on_results(self, results: Results) -> None:
        self.count_label.setText(tr("{count} of {total} incidents").format(
            count=f"{results.count:,}", total=f"{results.total:,}"))

    def _on_busy(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self.busy_bar.hide()

    def _on_index_progress(self, text: str, share: float) -> None:
        if text and share < 1.0:
            self._bar.showMessage(tr("{task}… {share} (searching works meanwhile)").format(
                task=text, share=f"{share:.0%}"))
        elif not text:
            self._bar.clearMessage()
