"""Corrections from the menus: Edit > Suggest a correction… and File > Export my corrections….

The claims are core/cases/corrections.py's, kept in the workspace; the detail pane shows them
beside the bundled value. Adding and deleting one are steps on the window's undo stack (the
notes' and the cases'), so Edit > Undo takes a deleted claim back. Installed by
``install_corrections`` so the main window only calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QWidget,
)

from asylum_browser.core.cases import corrections as core
from asylum_browser.core.cases.corrections import Correction, CorrectionProblem
from asylum_browser.core.model.schema import import_label
from asylum_browser.core.workspace import WorkspaceProblem
from asylum_browser.gui.selection import SelectionDetails
from asylum_browser.gui.state import AppState
from asylum_browser.i18n.words import QT_TR_NOOP, field_text, tr
from asylum_browser.paths import records_dir

SOURCE_ONLY = QT_TR_NOOP("(a source only)")


class _Change(QUndoCommand):
    """One correction added (before None) or deleted (after None); pushed once made."""

    def __init__(self, text: str, apply: Callable[[Correction | None, Correction | None], None],
                 before: Correction | None, after: Correction | None) -> None:
        super().__init__(text)
        self._apply, self._before, self._after = apply, before, after
        self._made = True

    def redo(self) -> None:
        if self._made:
            self._made = False
            return
        self._apply(self._before, self._after)

    def undo(self) -> None:
        self._apply(self._after, self._before)


class CorrectionDialog(QDialog):
    """Field (with its bundled value), claim, and the source that says so."""

    def __init__(self, incident_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(tr("Suggest a correction"))
        self.incident_id = incident_id
        self.problem = QLabel("")
        self.problem.setObjectName("correctionProblem")
        self.problem.setWordWrap(True)
        self.field = QComboBox()
        self.field.setObjectName("correctionField")
        self.field.addItem(tr(SOURCE_ONLY), None)
        for name in core.RECORD_FIELDS:
            self.field.addItem(field_text(import_label(name)), name)
        self.bundled = QLabel("")
        self.bundled.setObjectName("correctionBundledValue")
        self.bundled.setWordWrap(True)
        self.claim = QLineEdit()
        self.url, self.citation, self.title_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.publisher, self.published = QLineEdit(), QLineEdit()
        self.published.setPlaceholderText(tr("YYYY-MM-DD, YYYY-MM or YYYY"))
        self.quote = QPlainTextEdit()
        self.quote.setFixedHeight(70)
        form = QFormLayout(self)
        form.addRow(QLabel(tr("Case: {id}").format(id=incident_id)))
        for label, widget in ((QT_TR_NOOP("Field"), self.field),
                              (QT_TR_NOOP("Bundled value"), self.bundled),
                              (QT_TR_NOOP("Your claim"), self.claim),
                              (QT_TR_NOOP("Source URL"), self.url),
                              (QT_TR_NOOP("or citation"), self.citation),
                              (QT_TR_NOOP("Title"), self.title_edit),
                              (QT_TR_NOOP("Publisher"), self.publisher),
                              (QT_TR_NOOP("Published"), self.published),
                              (QT_TR_NOOP("Quote"), self.quote)):
            form.addRow(tr(label), widget)
        form.addRow(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.field.currentIndexChanged.connect(self._show_bundled)
        for edit in (self.claim, self.url, self.citation, self.published):
            edit.textEdited.connect(lambda _text: self.problem.clear())
        self.checked: Correction | None = None
        self._show_bundled()

    def _show_bundled(self) -> None:
        name = self.field.currentData()
        value = core.bundled_value(records_dir(), self.incident_id, name) if name else None
        self.bundled.setText(value if value is not None else
                             tr("(none in the bundled record)"))
        self.claim.setEnabled(name is not None)

    def correction(self) -> Correction:
        return Correction(self.incident_id, self.field.currentData(), self.claim.text(),
                          url=self.url.text(), citation=self.citation.text(),
                          title=self.title_edit.text(), publisher=self.publisher.text(),
                          published=self.published.text(),
                          quote=self.quote.toPlainText())

    def accept(self) -> None:
        try:
            self.checked = core.check(self.correction())
        except CorrectionProblem as problem:
            self.problem.setText(str(problem))
            return
        super().accept()


class CorrectionActions(QObject):
    def __init__(self, window: QMainWindow, state: AppState, stack: QUndoStack) -> None:
        super().__init__(window)
        self._window, self._state, self._stack = window, state, stack
        self._selected: str | None = None
        self.dialog: CorrectionDialog | None = None
        self.suggest_action = self._action(tr("Suggest a &correction…"),
                                           "suggestCorrectionAction", self.suggest)
        self.export_action = self._action(tr("Export my co&rrections…"),
                                          "exportCorrectionsAction", self.export)
        state.details.loaded.connect(self._on_details)
        state.correction_delete_requested.connect(self.delete)
        self._on_details(None)

    def _action(self, text: str, name: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def _on_details(self, details: object) -> None:
        incident = details.incident if isinstance(details, SelectionDetails) else None
        self._selected = (incident.id if incident is not None
                          and core.is_bundled(records_dir(), incident.id) else None)
        self.suggest_action.setEnabled(self._selected is not None
                                       and self._state.workspace is not None)

    def suggest(self) -> CorrectionDialog | None:
        if self._selected is None:
            return None
        self.dialog = CorrectionDialog(self._selected, self._window)
        self.dialog.accepted.connect(lambda: self._added(self.dialog))
        self.dialog.open()
        return self.dialog

    def _added(self, dialog: CorrectionDialog | None) -> None:
        if dialog is not None and dialog.checked is not None:
            self.keep(dialog.checked)

    def keep(self, correction: Correction) -> Correction | None:
        """Keep a correction as one undoable step (the dialog's, or the report review's)."""
        kept = self._put(None, correction)
        if kept is not None:
            self._stack.push(_Change(tr("suggest a correction"),
                                     self._apply, None, kept))
        return kept

    def delete(self, key: int) -> None:
        workspace = self._state.workspace
        found = [c for c in core.corrections(workspace) if c.key == key] if workspace else []
        if found and self._put(found[0], None) is None:
            self._stack.push(_Change(tr("delete a correction"),
                                     self._apply, found[0], None))

    def _apply(self, before: Correction | None, after: Correction | None) -> None:
        self._put(before, after)

    def _put(self, before: Correction | None, after: Correction | None) -> Correction | None:
        workspace = self._state.workspace
        if workspace is None:
            return None
        try:
            kept = None
            if before is not None and before.key is not None:
                workspace.remove_correction(before.key)
            if after is not None:
                kept = core.add(workspace, after)
        except (WorkspaceProblem, CorrectionProblem) as problem:
            self._window.statusBar().showMessage(str(problem), 15000)
            return None
        self._state.corrections_changed.emit()
        return kept

    def export(self, folder: Path | None = None) -> list[Path]:
        workspace = self._state.workspace
        if workspace is None or not core.corrections(workspace):
            self._window.statusBar().showMessage(
                tr("You have no corrections to export."), 10000)
            return []
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self._window, tr("Export my corrections"))
            if not chosen:
                return []
            folder = Path(chosen)
        try:
            written = core.export(workspace, records_dir(), folder)
        except CorrectionProblem as problem:
            self._window.statusBar().showMessage(str(problem), 15000)
            return []
        self._window.statusBar().showMessage(tr(
            "Wrote {count} corrected record(s) to {folder}.").format(
                count=len(written), folder=folder), 10000)
        return written


def _menu(window: QMainWindow, name: str) -> QMenu | None:
    """A menu of the menu bar by its object name ("fileMenu"), which no language changes."""
    menus = [a.menu() for a in window.menuBar().actions()]
    return next((m for m in menus if isinstance(m, QMenu) and m.objectName() == name), None)


def install_corrections(window: QMainWindow, state: AppState,
                        stack: QUndoStack) -> CorrectionActions:
    """Edit > Suggest a correction… at the end of Edit; File > Export my corrections… after
    the CSV export."""
    actions = CorrectionActions(window, state, stack)
    file_menu, edit_menu = _menu(window, "fileMenu"), _menu(window, "editMenu")
    if edit_menu is not None:
        edit_menu.addSeparator()
        edit_menu.addAction(actions.suggest_action)
    if file_menu is not None:
        items = file_menu.actions()
        after = next((i for i, a in enumerate(items) if a.objectName() == "exportAction"),
                     None)
        if after is not None and after + 1 < len(items):
            file_menu.insertAction(items[after + 1], actions.export_action)
        else:
            file_menu.addAction(actions.export_action)
    return actions
