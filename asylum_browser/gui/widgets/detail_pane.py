"""The detail pane: the core's HTML for the selected incident, with working links.

``filter:`` links narrow the query, ``incident:`` links select a related incident, and source
links open in the system browser through QDesktopServices; the app fetches nothing itself.
"""

from __future__ import annotations

import urllib.parse

from PySide6.QtCore import QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

from asylum_browser.core.cases.corrections import corrections, is_bundled
from asylum_browser.core.cases.corrections_html import with_corrections
from asylum_browser.core.model.fields import TEXT_TERMS
from asylum_browser.core.render.html import Colors, incident_to_html
from asylum_browser.core.workspace import WorkspaceProblem
from asylum_browser.gui.selection import NOT_IN_RESULTS, SelectionDetails, out_of_results
from asylum_browser.gui.shown_text import open_external
from asylum_browser.gui.state import AppState
from asylum_browser.i18n.words import tr
from asylum_browser.paths import records_dir


def empty_html() -> str:
    return ("<div style='margin: 24px;'><h3>" + tr("No incident selected") + "</h3><p>"
            + tr("Select a row to read the case: its dates, the people, what happened, every "
                 "source, and where sources disagree.") + "</p></div>")


class DetailPane(QTextBrowser):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("detailPane")
        self.setAccessibleName("Incident details")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDocumentMargin(10)
        self.anchorClicked.connect(self.follow)
        self.shown_id: str | None = None
        self.shown_html = empty_html()
        self._shown_words: list[str] = []
        self._shown_stale = False
        self._details: SelectionDetails | None = None
        state.selection_changed.connect(self._on_selection)
        state.details.loaded.connect(self._on_details)
        state.results_ready.connect(self._on_results)
        state.corrections_changed.connect(lambda: self._render(keep=False))
        self.setHtml(empty_html())

    def _on_selection(self, seq: object) -> None:
        # The details follow from a worker; nothing selected empties the pane at once.
        if not isinstance(seq, int):
            self._details = None
            self._render(keep=False)

    def _on_details(self, details: object) -> None:
        if isinstance(details, SelectionDetails) and details.seq == self._state.selected:
            self._details = details
            self._render(keep=False)
        elif details is None and self._state.selected is None:
            self._details = None
            self._render(keep=False)

    def _on_results(self, _results: object) -> None:
        self._render(keep=True)

    def colors(self) -> Colors:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        return Colors(
            muted=palette.color(QPalette.ColorRole.PlaceholderText).name(),
            highlight_background="#6b5b00" if dark else "#fff3a0",
            highlight_text=palette.color(QPalette.ColorRole.Text).name(),
            box_background="#3a3020" if dark else "#fdf3e1",
            box_border="#a07830" if dark else "#e0b060",
            link=palette.color(QPalette.ColorRole.Link).name(),
        )

    def _render(self, keep: bool) -> None:
        details = self._details
        if details is None or details.incident is None:
            self.shown_id = None
            self.setHtml(empty_html())
            return
        incident = details.incident
        words = [term.value for clause in self._state.spec.clauses for term in clause
                 if term.kind in TEXT_TERMS and not term.negated]
        stale = out_of_results(self._state.results, self._state.selected)
        same = keep and self.shown_id == incident.id
        if same and words == self._shown_words and stale == self._shown_stale:
            return  # a refresh that changes nothing here: keep the page (and the scroll)
        self._shown_words, self._shown_stale = words, stale
        position = self.verticalScrollBar().value()
        colors = self.colors()
        self.shown_html = incident_to_html(incident, related=details.related, highlight=words,
                                           colors=colors)
        self.shown_html = self._with_corrections(self.shown_html, incident.id)
        if stale:
            banner = ("<table class='box' width='100%' cellpadding='6'><tr><td>"
                      + tr("<b>{not_in_results}</b>: the query no longer finds this case; "
                           "your notes on it are locked until it is back in view.").format(
                          not_in_results=tr(NOT_IN_RESULTS)) + "</td></tr></table>")
            self.shown_html = self.shown_html.replace("<body>", "<body>" + banner, 1)
        self.setHtml(self.shown_html)
        self.shown_id = incident.id
        if same:
            self.verticalScrollBar().setValue(position)

    def _with_corrections(self, page: str, incident_id: str) -> str:
        """The user's claims about a bundled case above its sources, and their sources marked as
        theirs in the list."""
        workspace = self._state.workspace
        if workspace is None or not is_bundled(records_dir(), incident_id):
            return page
        try:
            return with_corrections(page, records_dir(), corrections(workspace, incident_id))
        except WorkspaceProblem:
            return page

    def follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "correction-delete":
            key = url.toString().removeprefix("correction-delete:")
            if key.isdigit():
                self._state.correction_delete_requested.emit(int(key))
        elif scheme == "filter":
            token = urllib.parse.unquote(url.toString().removeprefix("filter:"))
            self._state.toggle_token(token)
        elif scheme == "incident":
            self._state.select_id(urllib.parse.unquote(url.toString().removeprefix("incident:")))
        else:
            open_external(url)
