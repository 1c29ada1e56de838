"""The user's own cases, as AppState keeps them: in the workspace, shown beside ours at once.

Keeping a case is a workspace write (quick); showing it means building the database of the
bundled cases and the user's (core/cases/combined.py, most of a second the first time), so
that runs off the GUI thread and AppState switches the window to it when it is ready.

Signals: shown(object), the Repository the window now shows, with the user's cases in it;
failed(str), why it could not be built (the cases stay kept).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar

from asylum_browser.core.cases.combined import open_with_my_cases
from asylum_browser.core.engine.database import Database, DatabaseProblem
from asylum_browser.gui.workers import LatestOnlyRunner
from asylum_browser.i18n.words import tr

if TYPE_CHECKING:
    from asylum_browser.gui.state import AppState


class MyCases(QObject):
    shown = Signal(object)
    failed = Signal(str)

    def __init__(self, state: AppState) -> None:
        super().__init__(state)
        self._state = state
        self._runner = LatestOnlyRunner(self)
        self._runner.finished.connect(self._on_built)
        self._runner.failed.connect(self._on_failed)

    def cases(self) -> list[dict[str, Any]]:
        """Every case of the user's, as the workspace keeps them ([] without a workspace)."""
        if self._state.workspace is None:
            return []
        return self._state._workspace_call(lambda w: w.my_cases()) or []

    def ids(self) -> set[str]:
        return {str(case.get("id")) for case in self.cases()}

    def put(self, cases: list[dict[str, Any]]) -> bool:
        """Keep checked cases (core/cases/mycases.py ``check_cases``) and show them."""
        def keep(workspace: Any) -> None:
            for case in cases:
                workspace.put_my_case(case)

        if not self._state._workspace_do(keep):
            return False
        self.show()
        return True

    def show(self) -> None:
        """Switch the window to the bundled cases and the user's, built off the GUI thread."""
        workspace = self._state.workspace
        self._runner.submit(lambda: open_with_my_cases(workspace))

    def wait(self, milliseconds: int = 30000) -> bool:
        return self._runner.wait(milliseconds)

    def _on_built(self, database: Database) -> None:
        self._state.open_database(database)
        self.shown.emit(self._state.repository)

    def _on_failed(self, error: object) -> None:
        message = error.message if isinstance(error, DatabaseProblem) else str(error)
        text = tr("Your cases are kept, but they cannot be shown yet: {reason}").format(
            reason=message)
        self._state.error_reported.emit(text)
        self.failed.emit(text)


def keep_imported(state: AppState, cases: list[dict[str, Any]], status: QStatusBar) -> None:
    """File > Import into my cases: the checked rows join the user's cases and show at once;
    a case already there (the same id) stays as it was, and the status line says how many."""
    mine = state.my_cases.ids()
    new = [case for case in cases if case["id"] not in mine]
    if state.my_cases.put(new):
        status.showMessage(tr("{added} added to your cases, {kept} already there").format(
            added=len(new), kept=len(cases) - len(new)), 15000)
