"""Edit > Copy citation and File > Export citations (issue 19).

Copy citation puts on the clipboard, as plain text ready to paste into a paper, the citation
of each selected case as a record of the dataset (with its asylum-browser:// link) followed by
its sources, in the style of `asylum-browser cite --format text`. Export citations writes the
selected cases' (or, with none selected, all results') citations as CSL-JSON for Zotero, as
biblatex or as RIS, through a file dialog. The citations are the core's
(core/export/citations.py), so the window and the CLI cite alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from asylum_browser.core.export.citation_formats import FORMATS
from asylum_browser.core.export.citations import DatasetInfo, citation_items
from asylum_browser.core.model.values import Incident
from asylum_browser.files import atomic_write
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.state import AppState
from asylum_browser.i18n.words import QT_TR_NOOP, tr

# format -> (action name, menu text, file filter, suffix)
EXPORTS = {
    "csl-json": ("exportCslAction", QT_TR_NOOP("CSL-JSON (Zotero, Mendeley)…"),
                 QT_TR_NOOP("CSL-JSON (*.json)"), ".json"),
    "bibtex": ("exportBibtexAction", QT_TR_NOOP("BibTeX / biblatex…"),
               QT_TR_NOOP("BibTeX (*.bib)"), ".bib"),
    "ris": ("exportRisAction", QT_TR_NOOP("RIS (EndNote, Zotero)…"), QT_TR_NOOP("RIS (*.ris)"),
            ".ris"),
}


class CitationActions:
    def __init__(self, window: QMainWindow, state: AppState,
                 selected: Callable[[], list[int]]) -> None:
        self._window, self._state, self._selected = window, state, selected
        self.copy_action = QAction(tr("Copy &citation"), window)
        self.copy_action.setObjectName("copyCitationAction")
        self.copy_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_action.triggered.connect(lambda _checked=False: self.copy())
        window.addAction(self.copy_action)
        self.menu = QMenu(tr("Export &citations"), window)
        self.menu.setObjectName("exportCitationsMenu")
        self.export_actions: dict[str, QAction] = {}
        for kind, (name, text, _filter, _suffix) in EXPORTS.items():
            action = self.menu.addAction(tr(text))
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, k=kind: self.export(k))
            self.export_actions[kind] = action
        self.last_path: Path | None = None

    def _incidents(self, selected_only: bool) -> list[Incident]:
        repository = self._state.repository
        seqs = self._selected()
        if not seqs and not selected_only and self._state.results is not None:
            seqs = list(repository.ids_for(self._state.results.spec))
        return [incident for row in repository.rows(seqs)
                if (incident := repository.incident(str(row["id"]))) is not None]

    def citation_text(self, selected_only: bool = True) -> str:
        incidents = self._incidents(selected_only)
        items = citation_items(incidents, DatasetInfo.from_meta(self._state.repository.meta()),
                               date.today())
        return FORMATS["text"](items) if items else ""

    def copy(self) -> str:
        """The selected cases' citations, copied as text (nothing selected: nothing copied)."""
        text = self.citation_text()
        if not text:
            self._window.statusBar().showMessage(tr("Select a case to cite it."), 5000)
            return ""
        QGuiApplication.clipboard().setText(text)
        count = len(self._selected())
        self._window.statusBar().showMessage(
            (tr("Copied the citation of 1 case and its sources") if count == 1 else
             tr("Copied the citations of {count} cases and their sources").format(count=count)),
            5000)
        return text

    def export(self, kind: str) -> Path | None:
        _name, _text, filters, suffix = EXPORTS[kind]
        start = str(Path.home() / f"asylum-browser-citations{suffix}")
        chosen = file_dialogs.ask(self._window, "save", tr("Export citations"), start,
                                  tr(filters))
        if not chosen:
            return None
        path = Path(chosen)
        items = citation_items(self._incidents(selected_only=False),
                               DatasetInfo.from_meta(self._state.repository.meta()),
                               date.today())
        try:
            with atomic_write(path, "w", encoding="utf-8") as stream:
                stream.write(FORMATS[kind](items))
        except OSError as error:
            self._state.error_reported.emit(tr("The citations cannot be written to {path}: "
                                               "{reason}").format(path=path,
                                                                  reason=error.strerror))
            return None
        self._window.statusBar().showMessage(
            tr("Wrote {count} citations to {path}").format(count=len(items), path=path), 8000)
        self.last_path = path
        return path


def install_citations(window: QMainWindow, state: AppState,
                      selected: Callable[[], list[int]]) -> CitationActions:
    """Edit > Copy citation after Copy rows; File > Export citations after Export to CSV."""
    actions = CitationActions(window, state, selected)
    edit_menu = window.findChild(QMenu, "editMenu")
    file_menu = window.findChild(QMenu, "fileMenu")
    if edit_menu is not None:
        after = next((a for a in edit_menu.actions() if a.objectName() == "findAction"), None)
        if after is not None:
            edit_menu.insertAction(after, actions.copy_action)
        else:
            edit_menu.addAction(actions.copy_action)
    if file_menu is not None:
        export = next((a for a in file_menu.actions() if a.objectName() == "exportAction"),
                      None)
        listed = file_menu.actions()
        place = listed[listed.index(export) + 1] if export in listed and \
            listed.index(export) + 1 < len(listed) else None
        if place is not None:
            file_menu.insertMenu(place, actions.menu)
        else:
            file_menu.addMenu(actions.menu)
    return actions
