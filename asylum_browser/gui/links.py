"""Opening an ``asylum-browser://`` link in the window: the case selected, or the search run.

A link arrives from anywhere (the command line at start, a second launch handing it over, a
test) and ends here, through ``AppState.open_link``. A case link selects the case at once, so
the detail pane reads it; the table can only show it among the current results, so when the
query on screen leaves it out the filters are cleared, and the table selects and scrolls to it
once those results arrive. A link that names nothing, or a case this database does not hold,
is said in words (``link_failed``), and what was on screen stays.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.model.links import LinkProblem, parse_link
from asylum_browser.gui.selection import out_of_results
from asylum_browser.i18n.words import tr

if TYPE_CHECKING:
    from asylum_browser.gui.state import AppState


class LinkOpener(QObject):
    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self._state = state
        self._pending: tuple[int, str] | None = None  # (seq, id) waiting for its results
        self._cleared = False  # the filters were cleared to show the pending case
        state.results_ready.connect(self._on_results)
        state.database_changed.connect(lambda _repository: self._forget())

    def _forget(self) -> None:
        self._pending, self._cleared = None, False

    def open(self, text: str) -> bool:
        """Open the case or search ``text`` names; False (and a message) when it names none."""
        state = self._state
        try:
            link = parse_link(text)
        except LinkProblem as problem:
            state.link_failed.emit(str(problem))
            return False
        self._forget()
        if link.query is not None:
            state.query_offered.emit(link.query)
            if not state.set_query(link.query):
                state.link_failed.emit(tr("The search in this link cannot be run: {query}")
                                       .format(query=link.query))
                return False
            state.link_opened.emit(tr("Opened the search “{query}” from a link")
                                   .format(query=link.query))
            return True
        assert link.incident_id is not None
        incident_id = link.incident_id
        seq = state.repository.seqs_of_ids({incident_id}).get(incident_id)
        if seq is None:
            state.link_failed.emit(tr("The open database holds no case “{id}”. The link may "
                                      "come from another database or an older dataset.")
                                   .format(id=incident_id))
            return False
        self._pending = (seq, incident_id)
        state.select(seq)
        results = state.results
        if results is not None and results.spec == state.spec:
            self._on_results(results)  # nothing is on its way: decide on what is shown
        return True

    def _on_results(self, results: Results) -> None:
        state = self._state
        if self._pending is None or results.spec != state.spec:
            return  # no link waiting, or these results are for an older query
        seq, incident_id = self._pending
        if not out_of_results(results, seq):
            cleared = self._cleared
            self._forget()
            if state.selected != seq:
                return  # the user chose another case meanwhile
            state.link_opened.emit(
                tr("Opened {id} from a link; the filters were cleared to show it")
                .format(id=incident_id) if cleared
                else tr("Opened {id} from a link").format(id=incident_id))
            return
        if state.query and not self._cleared:
            self._cleared = True
            state.set_query("")  # every case: the linked one among them
            return
        self._forget()
        state.link_failed.emit(tr("The case “{id}” cannot be shown in the table.")
                               .format(id=incident_id))
