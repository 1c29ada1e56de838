"""AppState: the one signal hub. Widgets call its methods and listen to its signals.

It owns the query text (the whole filter state), the last good QuerySpec and its results, the
selection and the open database. Widgets never talk to each other, the database or the SQL
builder; they go through here.

Signals:
    query_changed(str): the query text changed (from any widget).
    query_failed(object): a QuerySyntaxError for text the user typed; results stay as they were.
    query_accepted(str): text parsed and is being answered (even when it is the query already
        shown), so whatever query_failed put on screen can go at once.
    results_ready(object): a Results for the current query.
    selection_changed(object): the selected incident's seq, or None.
    database_changed(object): the Repository now in use.
    error_reported(str): a database problem met while querying, for the status bar.
    link_opened(str) / link_failed(str): what an asylum-browser:// link opened, or why not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from asylum_browser.core.engine.answers import Results, compute_results
from asylum_browser.core.engine.database import (
    QUERY_SECONDS,
    Database,
    DatabaseProblem,
    QueryTooSlow,
)
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.values import (
    Annotations,
)
from asylum_browser.core.query.editing import set_field, toggle_token
from asylum_browser.core.query.parser import QuerySyntaxError, parse_query
from asylum_browser.core.workspace import (
    SavedSearch,
    Workspace,
    WorkspaceProblem,
    database_key,
)
from asylum_browser.gui.links import LinkOpener
from asylum_browser.gui.my_cases import MyCases
from asylum_browser.gui.selection import SelectionLoader
from asylum_browser.gui.workers import LatestOnlyRunner
from asylum_browser.i18n.words import tr

_T = TypeVar("_T")


class AppState(QObject):
    query_changed = Signal(str)
    query_failed = Signal(object)
    query_accepted = Signal(str)
    results_ready = Signal(object)
    selection_changed = Signal(object)
    database_changed = Signal(object)
    corrections_changed = Signal()  # gui/corrections.py kept or removed one
    correction_delete_requested = Signal(int)  # its number, from the detail pane's link
    error_reported = Signal(str)
    busy_changed = Signal(bool)
    index_progress = Signal(str, float)
    workspace_changed = Signal()  # saved searches changed
    annotations_changed = Signal(str)  # an incident's note, tags or flag changed (its id)
    search_recalled = Signal(object)  # a SavedSearch, whose columns the table shows
    query_offered = Signal(str)  # text for the search box before it runs (a search link)
    link_opened = Signal(str)  # what a link opened, in words for the status line
    link_failed = Signal(str)  # why a link opened nothing, in words for a message

    def __init__(self, repository: Repository, parent: QObject | None = None,
                 workspace: Workspace | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.workspace = workspace  # None when it cannot be opened: the rest still works
        self.visible_columns: tuple[str, ...] = ()  # the table's, in order, for saved searches
        self.annotations = Annotations.empty()  # a snapshot the query workers may read
        self._reload_annotations()
        self.query = ""
        self.spec = parse_query("")
        self.sort = "date"
        self.descending = False
        self.results: Results | None = None
        self.selected: int | None = None
        self.details = SelectionLoader(self)  # loaded(SelectionDetails) after select()
        self.my_cases = MyCases(self)  # the user's own cases: kept, then shown beside ours
        self.links = LinkOpener(self)  # asylum-browser:// links: open_link()
        self._runner = LatestOnlyRunner(self)
        self._runner.finished.connect(self._on_results)
        self._runner.failed.connect(self._on_failure)
        self._indexing = False
        self._refresh_pending = False
        self._indexer = LatestOnlyRunner(self)
        self._indexer.finished.connect(self._on_indexed)
        self._indexer.failed.connect(self._on_index_failed)
        self.build_index()

    # --- the workspace: saved searches, notes, tags, flags --------------------------------

    @property
    def database_key(self) -> str:
        database = self.repository.database
        return database_key(database.path, database.immutable)

    def _workspace_call(self, action: Callable[[Workspace], _T]) -> _T | None:
        """Run a workspace read or change; report a problem (and return None) instead of
        raising it."""
        if self.workspace is None:
            self.error_reported.emit(tr("Your workspace is not available, so this cannot be kept."))
            return None
        try:
            return action(self.workspace)
        except WorkspaceProblem as problem:
            self.error_reported.emit(str(problem))
            return None

    def _workspace_do(self, action: Callable[[Workspace], None]) -> bool:
        """A workspace change that returns nothing: True when it was made."""
        def done(workspace: Workspace) -> bool:
            action(workspace)
            return True
        return bool(self._workspace_call(done))

    def save_search(self, name: str, columns: Sequence[str] = ()) -> bool:
        saved = SavedSearch(name.strip(), self.query, self.sort, self.descending,
                            tuple(columns))
        done = self._workspace_do(lambda w: w.save_search(saved))
        if done:
            self.workspace_changed.emit()
        return done

    def saved_searches(self) -> list[SavedSearch]:
        if self.workspace is None:
            return []
        return self._workspace_call(lambda w: w.saved_searches()) or []

    def recall_search(self, name: str) -> bool:
        """Restore a saved search's query, sort and visible columns exactly."""
        saved = self._workspace_call(lambda w: w.saved_search(name))
        if saved is None:
            return False
        self.set_sort(saved.sort, saved.descending, run=False)
        self.search_recalled.emit(saved)
        return self.set_query(saved.query)

    def rename_search(self, old: str, new: str) -> bool:
        done = self._workspace_do(lambda w: w.rename_search(old, new))
        if done:
            self.workspace_changed.emit()
        return done

    def delete_search(self, name: str) -> None:
        if self._workspace_do(lambda w: w.delete_search(name)):
            self.workspace_changed.emit()

    def export_searches(self, path: Path, names: Sequence[str] | None = None) -> int | None:
        return self._workspace_call(lambda w: w.export_searches(path, names))

    def import_searches(self, path: Path) -> list[str] | None:
        added = self._workspace_call(lambda w: w.import_searches(path))
        if added is not None:
            self.workspace_changed.emit()
        return added

    def set_note(self, incident_id: str, text: str) -> bool:
        key = self.database_key
        done = self._workspace_do(lambda w: w.set_note(key, incident_id, text))
        if done:
            self._annotated(incident_id)
        return done

    def set_tags(self, incident_id: str, tags: Sequence[str]) -> list[str] | None:
        key = self.database_key
        cleaned = self._workspace_call(lambda w: w.set_tags(key, incident_id, tags))
        if cleaned is not None:
            self._annotated(incident_id)
        return cleaned

    def set_flag(self, incident_id: str, on: bool) -> bool:
        key = self.database_key
        done = self._workspace_do(lambda w: w.set_flag(key, incident_id, on))
        if done:
            self._annotated(incident_id)
        return done

    def _reload_annotations(self) -> None:
        if self.workspace is None:
            self.annotations = Annotations.empty()
            return
        try:
            self.annotations = self.workspace.annotations(self.database_key)
        except WorkspaceProblem as problem:
            self.annotations = Annotations.empty()
            self.error_reported.emit(str(problem))

    def _annotated(self, incident_id: str) -> None:
        """After a note, tag or flag changed: tell the panels, then re-answer the query so the
        facets and tag:/note: searches include it."""
        self._reload_annotations()
        self.annotations_changed.emit(incident_id)
        self.refresh()

    def annotations_of(self, incident_id: str) -> tuple[str, list[str], bool]:
        """(note text, tags, flagged) of one incident; empty when there is no workspace."""
        if self.workspace is None:
            return "", [], False
        key = self.database_key
        try:
            note = self.workspace.note(key, incident_id)
            return (note.text if note else "", self.workspace.tags(key, incident_id),
                    self.workspace.flagged(key, incident_id))
        except WorkspaceProblem as problem:
            self.error_reported.emit(str(problem))
            return "", [], False

    # --- the query ----------------------------------------------------------------------

    def set_query(self, text: str) -> bool:
        """Run ``text`` as the query; on a syntax error keep the last results and say why."""
        try:
            spec = parse_query(text, sort=self.sort, descending=self.descending)
        except QuerySyntaxError as error:
            self.query_failed.emit(error)
            return False
        changed = text != self.query
        self.query, self.spec = text, spec
        self.query_accepted.emit(text)
        if changed:
            self.query_changed.emit(text)
        self.refresh()
        return True

    def toggle_token(self, token: str, exclude: bool = False) -> None:
        """Add a facet value to the query, or remove it if present (the sidebar's click)."""
        self.set_query(toggle_token(self.query, token, exclude))

    def set_range(self, field: str, value: str | None) -> None:
        """Replace the range of ``field`` (date:, people:) or remove it when value is None."""
        self.set_query(set_field(self.query, field, value))

    def set_sort(self, key: str, descending: bool, run: bool = True) -> None:
        """Sort by a registry sort key; ``run=False`` only records it (restoring settings)."""
        self.sort, self.descending = key, descending
        if run:
            self.set_query(self.query)

    def refresh(self) -> None:
        """Recompute the results of the current query off the GUI thread.

        While the columnar index is loading, the refresh waits for it: answering a million
        rows through SQL would take seconds and hold the interpreter the window needs.
        """
        repository, spec = self.repository, self.spec
        self.busy_changed.emit(True)
        if self._indexing:
            self._refresh_pending = True
            return
        annotations = self.annotations
        self._runner.submit(lambda: compute_results(repository, spec, annotations),
                            lambda cancelled: repository.database.bounded(
                                QUERY_SECONDS, cancelled))

    def build_index(self) -> None:
        """Load or build the columnar index off the GUI thread; queries wait for it."""
        repository = self.repository
        self._indexing = True
        relay = self.index_progress

        def work() -> Repository:
            repository.attach_columnar(progress=lambda text, share: relay.emit(text, share))
            return repository

        self._indexer.submit(work)

    def _on_indexed(self, repository: Repository) -> None:
        if repository is self.repository:
            self._indexing = False
            self.index_progress.emit("", 1.0)
            for note in repository.columnar.notes if repository.columnar else ():
                self.error_reported.emit(note)
            self.refresh()

    def _on_index_failed(self, error: object) -> None:
        # Without the index every answer still comes from SQL, only slower.
        self._indexing = False
        self.index_progress.emit("", 1.0)
        self.error_reported.emit(
            tr("Fast search index unavailable ({reason}); using SQL.").format(reason=error))
        self.refresh()

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until queries in flight are done (shutdown, tests, the smoke test)."""
        return (self.my_cases.wait(milliseconds) and self._indexer.wait(milliseconds)
                and self._runner.wait(milliseconds) and self.details.wait(milliseconds))

    def stop(self, milliseconds: int) -> bool:
        """Stop the searches in flight and wait for them (the window is closing)."""
        return (self.my_cases.wait(milliseconds) and self._indexer.wait(milliseconds)
                and self._runner.stop(milliseconds) and self.details.wait(milliseconds))

    def _on_results(self, results: Results) -> None:
        self.results = results
        self.busy_changed.emit(False)
        self.results_ready.emit(results)

    def _on_failure(self, error: object) -> None:
        self.busy_changed.emit(False)
        if isinstance(error, QueryTooSlow):  # the table keeps the last answer it had
            self.error_reported.emit(error.message[:1].upper() + error.message[1:] + ".")
            return
        message = error.message if isinstance(error, DatabaseProblem) else str(error)
        self.error_reported.emit(tr("The query failed: {reason}").format(reason=message))

    # --- selection ----------------------------------------------------------------------

    def select(self, seq: int | None) -> None:
        if seq != self.selected:
            self.selected = seq
            self.selection_changed.emit(seq)
            self.details.load(self.repository, seq, self.annotations)

    def select_id(self, incident_id: str) -> bool:
        """Select an incident by its stable id (related-incident links)."""
        seq = self.repository.seqs_of_ids({incident_id}).get(incident_id)
        if seq is None:
            return False
        self.select(seq)
        return True

    def open_link(self, text: str) -> bool:
        """Select the case, or run the search, that an asylum-browser:// link names; a link
        naming neither is reported through ``link_failed``."""
        return self.links.open(text)

    # --- the database -------------------------------------------------------------------

    def open_database(self, database: Database) -> None:
        """Switch to an already opened, checked database."""
        self.repository = Repository(database)
        self.selected = None
        self._reload_annotations()
        self.database_changed.emit(self.repository)
        self.selection_changed.emit(None)
        self.details.load(self.repository, None, self.annotations)
        self.refresh()
        self.build_index()
