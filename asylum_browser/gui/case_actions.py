"""Your own cases from the menus: File > New case… and Edit > Edit my case… / Delete my case….

The form is widgets/case_form.py; this keeps what it saves in the workspace and switches the
window to the bundled cases with the user's (core/cases/combined.py, built off the GUI thread),
with the case selected. Each add, edit or delete is one step on the window's undo stack (the
one the notes and tags use), so Edit > Undo and Redo take a whole case back, in turn with the
notes. Installed by ``install_my_cases`` so the main window only calls it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from asylum_browser.core.dataset.import_rows import Vocabulary
from asylum_browser.core.workspace import WorkspaceProblem
from asylum_browser.gui.selection import SelectionDetails
from asylum_browser.gui.shown_text import message_box
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.case_form import CaseForm, Choices
from asylum_browser.i18n.words import tr

Case = dict[str, Any]


class _CaseChange(QUndoCommand):
    """One add (before None), edit, or delete (after None) of one case. Pushed after the
    change was made, so the first redo does nothing."""

    def __init__(self, text: str, apply: Callable[[Case | None, Case | None], None],
                 before: Case | None, after: Case | None) -> None:
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


class CaseActions(QObject):
    """The actions and what they do; ``form`` is the open form, if any (for tests)."""

    def __init__(self, window: QMainWindow, state: AppState, stack: QUndoStack) -> None:
        super().__init__(window)
        self._window, self._state, self._stack = window, state, stack
        self.form: CaseForm | None = None
        self.confirm: QMessageBox | None = None
        self._selected_id: str | None = None
        self._vocabulary: Vocabulary | None = None
        self._select_after: str | None = None
        state.my_cases.shown.connect(self._shown)  # AppState builds and opens the database
        self.new_action = self._action(tr("&New case…"), "newCaseAction", self.new_case,
                                       "Ctrl+Shift+N")
        self.edit_action = self._action(tr("Edit &my case…"), "editMyCaseAction", self.edit_case)
        self.delete_action = self._action(tr("De&lete my case…"), "deleteMyCaseAction",
                                          self.delete_case)
        state.details.loaded.connect(self._on_details)
        state.selection_changed.connect(lambda seq: self._on_details(None) if seq is None
                                        else None)
        self._update_actions()

    def _action(self, text: str, name: str, slot: Callable[[], object],
                shortcut: str | None = None) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    # --- which case is selected ---------------------------------------------------------

    def _cases(self) -> list[Case]:
        workspace = self._state.workspace
        if workspace is None:
            return []
        try:
            return [dict(case) for case in workspace.my_cases()]
        except WorkspaceProblem as problem:
            self._state.error_reported.emit(str(problem))
            return []

    def _on_details(self, details: object) -> None:
        incident = details.incident if isinstance(details, SelectionDetails) else None
        self._selected_id = incident.id if incident is not None else None
        self._update_actions()

    def selected_case(self) -> Case | None:
        """The selected case when it is one of the user's, as they typed it."""
        if self._selected_id is None:
            return None
        return next((c for c in self._cases() if c.get("id") == self._selected_id), None)

    def _update_actions(self) -> None:
        mine = self.selected_case() is not None
        self.new_action.setEnabled(self._state.workspace is not None)
        self.edit_action.setEnabled(mine)
        self.delete_action.setEnabled(mine)

    # --- the form -----------------------------------------------------------------------

    def _choices(self) -> tuple[dict[str, Choices], list[str]]:
        if self._vocabulary is None:
            self._vocabulary = Vocabulary.bundled()
        vocabulary, repository = self._vocabulary, self._state.repository
        choices: dict[str, Choices] = {
            name: [(code, repository.label(name, code)) for code in sorted(set(table.values()))]
            for name, table in (("mission_type", vocabulary.mission_types),
                                ("outcome_class", vocabulary.outcome_classes))}
        return choices, sorted(set(vocabulary.country_names.values()))

    def new_case(self) -> CaseForm | None:
        if self._state.workspace is None:
            self._window.statusBar().showMessage(
                tr("Your workspace is not available, so a case cannot be kept."), 10000)
            return None
        return self._open_form(None)

    def edit_case(self) -> CaseForm | None:
        case = self.selected_case()
        return self._open_form(case) if case is not None else None

    def _open_form(self, case: Case | None) -> CaseForm:
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            return self.form
        taken = {str(c.get("id")) for c in self._cases()} - {str((case or {}).get("id"))}
        choices, countries = self._choices()
        before = dict(case) if case is not None else None
        form = CaseForm(lambda after: self._commit(before, after), choices, case, taken,
                        countries, self._window)
        self.form = form
        form.open()
        return form

    def _commit(self, before: Case | None, after: Case) -> str | None:
        """Keep the checked case; a message when the workspace refused it."""
        problem = self._put(before, after)
        if problem:
            return problem
        title = str(after.get("title", ""))
        step = tr("edit case “{title}”") if before else tr("add case “{title}”")
        self._stack.push(_CaseChange(step.format(title=title), self._redo, before, after))
        done = tr("Saved your case “{title}”.") if before else tr("Added your case “{title}”.")
        self._window.statusBar().showMessage(done.format(title=title), 10000)
        return None

    # --- deleting -----------------------------------------------------------------------

    def delete_case(self) -> QMessageBox | None:
        case = self.selected_case()
        if case is None:
            return None
        box = message_box(QMessageBox.Icon.Question, tr("Delete your case"),
                          tr("Delete your case “{title}”?").format(title=case.get("title", "")),
                          self._window, tr("Edit > Undo brings it back."))
        box.setObjectName("deleteCaseConfirm")
        box.setStandardButtons(QMessageBox.StandardButton.Cancel)
        delete = box.addButton(tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("confirmDelete")
        box.buttonClicked.connect(lambda button: self._delete(case) if button is delete
                                  else None)
        self.confirm = box
        box.open()
        return box

    def _delete(self, case: Case) -> None:
        problem = self._put(case, None)
        if problem:
            self._window.statusBar().showMessage(problem, 15000)
            return
        title = str(case.get("title", ""))
        self._stack.push(_CaseChange(tr("delete case “{title}”").format(title=title),
                                     self._redo, case, None))
        self._window.statusBar().showMessage(
            tr("Deleted your case “{title}”.").format(title=title), 10000)

    # --- keeping and showing ------------------------------------------------------------

    def _redo(self, before: Case | None, after: Case | None) -> None:
        """An undo or redo: make the workspace hold ``after`` instead of ``before``."""
        problem = self._put(before, after)
        if problem:
            self._window.statusBar().showMessage(problem, 15000)

    def _put(self, before: Case | None, after: Case | None) -> str | None:
        workspace = self._state.workspace
        if workspace is None:
            return tr("Your workspace is not available, so this cannot be kept.")
        try:
            if after is None:
                if before is not None:
                    workspace.remove_my_case(str(before["id"]))
            else:
                if before is not None and before.get("id") != after.get("id"):
                    workspace.remove_my_case(str(before["id"]))
                workspace.put_my_case(after)
        except WorkspaceProblem as problem:
            return tr("{problem} Nothing was changed.").format(problem=problem)
        self._select_after = str(after["id"]) if after is not None else None
        self._reopen()
        return None

    def _reopen(self) -> None:
        """Switch the window to the bundled cases with the user's (AppState builds them off
        the GUI thread and says so if it cannot)."""
        self._state.my_cases.show()

    def _shown(self, _repository: object) -> None:
        if self._select_after is not None:
            self._state.select_id(self._select_after)
            self._select_after = None
        self._update_actions()

    def wait(self, milliseconds: int = 30000) -> bool:
        """Block until the combined database is built (tests)."""
        return self._state.my_cases.wait(milliseconds)


def _menu(window: QMainWindow, name: str) -> QMenu | None:
    """A menu of the menu bar by its object name ("fileMenu"), which no language changes."""
    menus = [a.menu() for a in window.menuBar().actions()]
    return next((m for m in menus if isinstance(m, QMenu) and m.objectName() == name), None)


def install_my_cases(window: QMainWindow, state: AppState, stack: QUndoStack) -> CaseActions:
    """File > New case… below Import cases…; Edit > Edit my case… and Delete my case… after
    Undo and Redo, whose ``stack`` (the notes' and tags') takes the cases' steps too."""
    cases = CaseActions(window, state, stack)
    file_menu, edit_menu = _menu(window, "fileMenu"), _menu(window, "editMenu")
    if file_menu is not None:
        actions = file_menu.actions()
        after = next((i for i, a in enumerate(actions) if a.objectName() == "importAction"),
                     None)
        if after is not None and after + 1 < len(actions):
            file_menu.insertAction(actions[after + 1], cases.new_action)
        else:
            file_menu.addAction(cases.new_action)
    if edit_menu is not None:
        actions = edit_menu.actions()
        redo = next((i for i, a in enumerate(actions) if a.objectName() == "redoAction"), None)
        place = actions[redo + 1] if redo is not None and redo + 1 < len(actions) else None
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (separator, cases.edit_action, cases.delete_action):
            if place is not None:
                edit_menu.insertAction(place, action)
            else:
                edit_menu.addAction(action)
    return cases
