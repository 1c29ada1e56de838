"""The selected incident's details, read off the GUI thread; the newest selection wins.

A click on a row used to read the incident, its related incidents and the user's notes on the
GUI thread. Here one job reads all three (the notes from the in-memory annotations snapshot)
and ``loaded`` delivers them; an answer for an earlier selection is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.values import Annotations, Incident, RelatedIncident
from asylum_browser.gui.workers import LatestOnlyRunner
from asylum_browser.i18n.words import QT_TR_NOOP


@dataclass(frozen=True)
class SelectionDetails:
    """Everything the detail pane and the notes panel show about one incident."""

    seq: int
    incident: Incident | None  # None: the seq is not in this database (any more)
    related: tuple[RelatedIncident, ...] = ()
    note: str = ""
    tags: tuple[str, ...] = ()
    flagged: bool = False


def read_details(repository: Repository, seq: int,
                 annotations: Annotations) -> SelectionDetails:
    """The incident, its related incidents and the user's note, tags and flag on it."""
    incident = repository.incident(seq)
    if incident is None:
        return SelectionDetails(seq, None)
    return SelectionDetails(
        seq, incident, repository.related(incident), annotations.notes.get(incident.id, ""),
        tuple(sorted(tag for tag, ids in annotations.tags.items() if incident.id in ids)),
        incident.id in annotations.flags)


class SelectionLoader(QObject):
    """Signals: loaded(object) with a SelectionDetails, or None when nothing is selected."""

    loaded = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = LatestOnlyRunner(self)
        self._runner.finished.connect(self.loaded)
        self._runner.failed.connect(lambda _error: self.loaded.emit(None))

    def load(self, repository: Repository, seq: int | None, annotations: Annotations) -> None:
        if seq is None:
            self._runner.submit(lambda: None)  # drops any answer still on its way
            return
        self._runner.submit(lambda: read_details(repository, seq, annotations))

    def wait(self, milliseconds: int = 30000) -> bool:
        return self._runner.wait(milliseconds)


NOT_IN_RESULTS = QT_TR_NOOP("Not in the current results")  # tr() where shown


def out_of_results(results: Results | None, seq: int | None) -> bool:
    """True when a case is selected but the current query no longer finds it (a brush, a map
    box or a typed query left it out): the panes say so instead of passing it off as a hit."""
    if results is None or seq is None:
        return False
    try:
        results.ids.index(seq)
    except ValueError:
        return True
    return False
