"""The main window: composes the widgets and connects each to AppState, nothing else.

Layout: the search box on top; below it, splitters hold the filter sidebar (left), the table
with the timeline strip under it (centre), and the detail pane with the map under it
(right). Menus carry open, recent, export, copy, help and about. Exporting is ExportControl's,
the status bar's parts and the dataset's facts are StatusLine's, and the workspace is opened
by ``open_user_workspace``; the window only wires them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMenuBar,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asylum_browser import APP_NAME, __version__
from asylum_browser.core.engine.database import Database, DatabaseProblem
from asylum_browser.core.engine.facts import DatasetFacts
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.render.about import about_html
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.case_actions import install_my_cases
from asylum_browser.gui.citation_actions import install_citations
from asylum_browser.gui.corrections import install_corrections
from asylum_browser.gui.export_control import ExportControl
from asylum_browser.gui.export_runner import ExportRun
from asylum_browser.gui.geojson_actions import install_geojson
from asylum_browser.gui.language_menu import install_language_menu
from asylum_browser.gui.link_actions import install_links
from asylum_browser.gui.my_cases import keep_imported
from asylum_browser.gui.settings import Settings, open_user_workspace
from asylum_browser.gui.shortcut_guard import ShortcutGuard
from asylum_browser.gui.shown_text import about_box, message_box
from asylum_browser.gui.state import AppState
from asylum_browser.gui.status_line import StatusLine
from asylum_browser.gui.view_panes import PaneActions, remember_query_action
from asylum_browser.gui.widgets.annotations import AnnotationsPanel
from asylum_browser.gui.widgets.detail_pane import DetailPane
from asylum_browser.gui.widgets.empty_results import EmptyResults
from asylum_browser.gui.widgets.export_dialog import ExportChoices
from asylum_browser.gui.widgets.filter_sidebar import FilterSidebar
from asylum_browser.gui.widgets.help_dialog import HelpDialog
from asylum_browser.gui.widgets.import_dialog import ImportDialog
from asylum_browser.gui.widgets.incident_table import IncidentTable
from asylum_browser.gui.widgets.map.widget import MapView
from asylum_browser.gui.widgets.reading_view import install_reading_view
from asylum_browser.gui.widgets.report_review import install_report_review
from asylum_browser.gui.widgets.search_box import SearchBox
from asylum_browser.gui.widgets.timeline import TimelineView
from asylum_browser.gui.window_geometry import first_size, keep_on_screen
from asylum_browser.i18n.words import tr


def _b64(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _unb64(text: object) -> QByteArray | None:
    return QByteArray.fromBase64(text.encode("ascii")) if isinstance(text, str) else None


def _fill_recent(window: MainWindow) -> None:
    """File > Open recent, filled each time it opens (the list changes as databases open)."""
    menu = window.recent_menu
    menu.clear()
    bundled = menu.addAction(tr("The bundled database"))
    bundled.triggered.connect(lambda _checked=False: window.open_path(None))
    recent = window.settings.recent_databases()
    if recent:
        menu.addSeparator()
    for path in recent:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: window.open_path(Path(p)))


def _top_menu(bar: QMenuBar, title: str, name: str) -> QMenu:
    """A menu of the menu bar, named so that other modules find it in any language."""
    menu = bar.addMenu(title)
    menu.setObjectName(name)
    return menu


def _named_splitters(window: MainWindow) -> tuple[tuple[str, QSplitter], ...]:
    """The splitters whose positions the settings keep, by their settings names."""
    return (("main_splitter", window.main_splitter), ("centre", window.centre),
            ("right", window.right))


class MainWindow(QMainWindow):
    """Signals: export_done(object) with an ExportResult or an ExportError."""

    export_done = Signal(object)

    def __init__(self, repository: Repository, settings: Settings,
                 workspace: Workspace | None = None) -> None:
        super().__init__()
        self.settings = settings
        self._workspace_problem: str | None = None
        if workspace is None:
            workspace, self._workspace_problem = open_user_workspace()
        self.state = AppState(repository, self, workspace)
        self.setObjectName("mainWindow")

        self.search_box = SearchBox(self.state, self)
        self.sidebar = FilterSidebar(self.state, self)
        self.table = IncidentTable(self.state, self)
        self.empty_results = EmptyResults(self.state, self.table)
        self.detail = DetailPane(self.state, self)
        self.map = MapView(self.state, self)
        self.timeline = TimelineView(self.state, self)

        self.centre = QSplitter(Qt.Orientation.Vertical, self)
        self.centre.setObjectName("centreSplitter")
        self.centre.addWidget(self.table)
        self.centre.addWidget(self.timeline)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setObjectName("rightSplitter")
        self.annotations = AnnotationsPanel(self.state, self)
        reading = QWidget(self)
        reading.setObjectName("readingPane")
        reading_layout = QVBoxLayout(reading)
        reading_layout.setContentsMargins(0, 0, 0, 0)
        reading_layout.setSpacing(0)
        reading_layout.addWidget(self.detail, 1)
        reading_layout.addWidget(self.annotations)
        self.right.addWidget(reading)
        self.right.addWidget(self.map)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.sidebar)
        self.main_splitter.addWidget(self.centre)
        self.main_splitter.addWidget(self.right)
        for splitter, stretches, sizes in (
                (self.main_splitter, (0, 3, 2), [230, 640, 410]),
                (self.centre, (5, 1), [560, 90]), (self.right, (1, 1), [360, 330])):
            for index, stretch in enumerate(stretches):
                splitter.setStretchFactor(index, stretch)
            splitter.setSizes(sizes)
            splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.main_splitter, 1)
        self.setCentralWidget(central)

        self.status = StatusLine(self.statusBar(), self.state)
        self.count_label, self.dataset_label = self.status.count_label, self.status.dataset_label
        self.exports = ExportControl(self, self.state, settings, self.table.selected_seqs,
                                     self.statusBar().showMessage, self.show_problem)
        self.exports.done.connect(self.export_done)
        self._build_menus()
        self.reading_view = install_reading_view(self, self.state, self.table)
        install_report_review(self, self.state)
        self.case_actions = install_my_cases(self, self.state, self.annotations.undo_stack)
        self.corrections = install_corrections(self, self.state, self.annotations.undo_stack)
        self.geojson = install_geojson(self, self.state, self.table.selected_seqs)
        self.citations = install_citations(self, self.state, self.table.selected_seqs)
        self.links = install_links(self, self.state, self.table.selected_seqs)  # .open(link)
        self._shortcut_guard = ShortcutGuard.install(self)

        self.state.database_changed.connect(self._on_database)
        self._on_database(repository)
        self.resize(first_size(self))
        self._restore_settings()
        keep_on_screen(self, first=self.settings.get("geometry") is None)

    # --- menus --------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str | None = None) -> QAction:
        """``slot`` gets no argument: triggered(bool) passed ``checked`` as Import's path."""
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if name:
            action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = _top_menu(menu, tr("&File"), "fileMenu")
        self.open_action = self._action(tr("&Open database…"), self.choose_database,
                                        QKeySequence.StandardKey.Open, "openAction")
        file_menu.addAction(self.open_action)
        self.recent_menu = file_menu.addMenu(tr("Open &recent"))
        self.recent_menu.setObjectName("recentMenu")
        self.recent_menu.aboutToShow.connect(lambda: _fill_recent(self))
        self.import_action = self._action(tr("&Import cases…"), self.import_cases, "Ctrl+I",
                                          "importAction")
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        self.export_action = self._action(tr("&Export to CSV…"), self.export_csv, "Ctrl+E",
                                          "exportAction")
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        search_menu = _top_menu(menu, tr("&Search"), "searchMenu")
        search_menu.addAction(self._action(tr("&Save this search…"),
                                           lambda: self.sidebar.saved.save_current(),
                                           QKeySequence.StandardKey.Save, "saveSearchAction"))
        search_menu.addAction(self._action(tr("&Import saved searches…"),
                                           lambda: self.sidebar.saved.import_file(), None,
                                           "importSearchesAction"))
        search_menu.addAction(self._action(tr("&Export saved searches…"),
                                           lambda: self.sidebar.saved.export_file(), None,
                                           "exportSearchesAction"))
        edit_menu = _top_menu(menu, tr("&Edit"), "editMenu")
        stack = self.annotations.undo_stack
        self.undo_action = stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.undo_action.setObjectName("undoAction")
        self.redo_action = stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setObjectName("redoAction")
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(tr("&Copy rows"), self.table.copy_selection, None,
                                         "copyAction"))
        edit_menu.addAction(self._action(tr("&Find"), self.search_box.focus_search,
                                         QKeySequence.StandardKey.Find, "findAction"))
        edit_menu.addAction(self._action(tr("Clear all &filters"), lambda: self.state.set_query(""),
                                         None, "clearAction"))
        view_menu = _top_menu(menu, tr("&View"), "viewMenu")
        self.remember_action = remember_query_action(self, self.settings)
        view_menu.addAction(self.remember_action)
        view_menu.addSeparator()
        reading = self.right.widget(0)
        assert reading is not None
        self.panes = PaneActions(self, view_menu, [
            ("sidebar", tr("&Filters"), self.sidebar), ("detail", tr("&Detail pane"), reading),
            ("map", tr("&Map"), self.map), ("timeline", tr("&Timeline"), self.timeline)],
            [self.main_splitter, self.centre, self.right])
        self.language_menu = install_language_menu(self, self.settings)
        help_menu = _top_menu(menu, tr("&Help"), "helpMenu")
        help_menu.addAction(self._action(tr("&Help and search syntax"), self.show_help,
                                         QKeySequence.StandardKey.HelpContents, "helpAction"))
        help_menu.addAction(self._action(tr("&About Asylum Browser"), self.show_about, None,
                                         "aboutAction"))

    # --- results and status -------------------------------------------------------------

    @property
    def facts(self) -> DatasetFacts | None:
        """The open database's version and counts, once read (off the GUI thread)."""
        return self.status.facts

    def _on_database(self, repository: Repository) -> None:
        self.setWindowTitle(APP_NAME if repository.database.immutable
                            else f"{repository.database.path.name} — {APP_NAME}")

    # --- opening databases --------------------------------------------------------------

    def choose_database(self) -> None:
        folder = self.settings.get("last_open_folder", str(Path.home()))
        path = file_dialogs.ask(self, "open", tr("Open an Asylum Browser database"), folder,
                                tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"))
        if path:
            self.settings.set("last_open_folder", str(Path(path).parent))
            self.open_path(Path(path))

    def open_path(self, path: Path | None) -> bool:
        """Open a database; on failure say why once and keep the current one."""
        from asylum_browser.core.engine.database import open_database

        try:
            database: Database = open_database(path)
        except DatabaseProblem as problem:
            self.show_problem(tr("This database cannot be opened"), problem.message)
            return False
        self.state.open_database(database)
        if path is not None:
            self.settings.add_recent_database(str(path))
        self.statusBar().showMessage(tr("Opened the bundled database") if path is None
                                     else tr("Opened {path}").format(path=path), 5000)
        return True

    def show_problem(self, title: str, message: str,
                     outcome: str | None = None) -> None:
        """One non-blocking message naming the problem and what stays as it was (by default,
        the database that was open)."""
        if outcome is None:
            outcome = tr("The database that was open stays open.")
        box = message_box(QMessageBox.Icon.Warning, title, message, self, outcome)
        box.setObjectName("problemMessage")
        box.open()
        self._last_problem = box

    # --- import -------------------------------------------------------------------------

    def import_cases(self, path: Path | None = None) -> ImportDialog:
        """File > Import cases…: into the user's cases, shown at once, or into a new database
        (in the data folder by default) that opens when it is written."""
        from asylum_browser.paths import user_data_dir

        dialog = ImportDialog(user_data_dir() / "imports", self)
        dialog.imported.connect(self._imported)
        dialog.into_my_cases.connect(lambda cases: keep_imported(self.state, cases,
                                                                 self.statusBar()))
        self._import_dialog = dialog
        dialog.open()
        if path is not None:
            dialog.load(path)
        else:
            dialog.choose_file()
        return dialog

    def _imported(self, path: object) -> None:
        if isinstance(path, Path) and self.open_path(path):
            self.statusBar().showMessage(tr("Imported and opened {path}").format(path=path),
                                         15000)

    # --- export -------------------------------------------------------------------------

    def export_csv(self) -> None:
        self.exports.choose()

    def start_export(self, choices: ExportChoices) -> ExportRun:
        return self.exports.start(choices)

    # --- help ---------------------------------------------------------------------------

    def show_help(self) -> HelpDialog:
        dialog = HelpDialog(self, with_shortcuts=True)
        dialog.example_chosen.connect(self.state.set_query)
        dialog.show()
        return dialog

    def about_html(self) -> str:
        return about_html(self.facts, APP_NAME, __version__)

    def show_about(self) -> QMessageBox:
        self._about_box = about_box(tr("About {app}").format(app=APP_NAME), self.about_html(), self)
        self._about_box.open()
        return self._about_box

    # --- settings -----------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = _unb64(self.settings.get("geometry"))
        if geometry is not None:
            self.restoreGeometry(geometry)
        for key, splitter in _named_splitters(self):
            data = _unb64(self.settings.get(f"splitter_{key}"))
            if data is not None:
                splitter.restoreState(data)
        self.table.restore_state(self.settings.get("table_header"))
        self.panes.hide_named(self.settings.get("hidden_panes", []))
        query = self.settings.get("last_query", "") if self.settings.remember_query else ""
        self.state.set_query(query if isinstance(query, str) else "")
        if isinstance(query, str) and query:
            self.search_box.edit.setText(query)
        if self.settings.problem:
            QTimer.singleShot(0, lambda: self.show_problem(tr("Settings were reset"),
                                                           self.settings.problem or ""))
        if self._workspace_problem:
            QTimer.singleShot(0, lambda: self.show_problem(
                tr("Your workspace cannot be opened"), self._workspace_problem or "",
                tr("Searching and reading work; saved searches, notes and tags cannot be kept.")))
        unwritable = self.settings.writable_problem()
        if unwritable:
            self.statusBar().showMessage(
                tr("Settings cannot be saved: {reason}. Changes last until you close "
                   "{app}.").format(reason=unwritable, app=APP_NAME), 30000)

    def save_settings(self) -> None:
        self.settings.set("geometry", _b64(self.saveGeometry()))
        for key, splitter in _named_splitters(self):
            self.settings.set(f"splitter_{key}", _b64(splitter.saveState()))
        self.settings.set("table_header", self.table.save_state())
        self.settings.set("hidden_panes", self.panes.hidden())
        self.settings.set("last_query", self.state.query if self.settings.remember_query else "")
        self.settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.exports.stop(0)
        self.save_settings()
        self.state.stop(5000)
        self.exports.stop(5000)
        self.status.wait(5000)
        super().closeEvent(event)
