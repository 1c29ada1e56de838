"""The "Saved" section at the top of the sidebar (objectName savedSearches).

A click recalls a search exactly (query, sort and the table's columns); the right-click menu
renames, deletes or exports one; Save… keeps the current search under a name, Import… adds a
colleague's file. It talks only to AppState, which keeps them in the user's workspace.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.workspace import SavedSearch
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.shown_text import tooltip
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.buttons import tool_button
from asylum_browser.i18n.words import QT_TR_NOOP, tr

FILE_FILTER = QT_TR_NOOP("Saved searches (*.json);;All files (*)")


class SavedSearchesSection(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("savedSearches")
        title = QLabel(tr("Saved searches"), self)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.save_button = tool_button(
            self, tr("Save…"), tr("Save the current search, sort and columns under a name"),
            "saveSearchButton", lambda: self.save_current(), flat=True)
        self.import_button = tool_button(
            self, tr("Import…"), tr("Add saved searches from a colleague's file"),
            "importSearchesButton", lambda: self.import_file(), flat=True)
        # The sidebar is narrow: the title may shrink, and Import… sits with the saved rows'
        # menu and in the Search menu rather than here (it is also reachable by keyboard).
        title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.import_button.hide()
        header = QHBoxLayout()
        header.setContentsMargins(6, 6, 4, 2)
        header.addWidget(title, 1)
        header.addWidget(self.save_button)
        self.empty = QLabel(tr("None yet: Save… keeps the current search."), self)
        self.empty.setWordWrap(True)
        self.empty.setContentsMargins(10, 0, 4, 4)
        self.empty.setEnabled(False)
        self.rows = QVBoxLayout()
        self.rows.setContentsMargins(6, 0, 4, 4)
        self.rows.setSpacing(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.empty)
        layout.addLayout(self.rows)
        self._buttons: list[QToolButton] = []
        state.workspace_changed.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        for button in self._buttons:
            button.deleteLater()
        self._buttons = []
        searches = self._state.saved_searches()
        for search in searches:
            button = QToolButton(self)
            button.setObjectName("savedSearch")
            button.setText(search.name)
            sorted_by = (tr("sorted by {column} (descending)") if search.descending
                         else tr("sorted by {column}")).format(column=search.sort)
            button.setToolTip(tooltip(
                (search.query or tr("(all incidents)")) + "\n" + sorted_by + ". "
                + tr("Right-click to rename, delete or export.")))
            button.setAccessibleName(tr("Recall the saved search {name}").format(
                name=search.name))
            button.setAutoRaise(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            button.clicked.connect(lambda _c=False, n=search.name: self._state.recall_search(n))
            button.customContextMenuRequested.connect(
                lambda position, s=search, b=button: self._menu(s, b, position))
            self.rows.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            button.show()
            self._buttons.append(button)
        self.empty.setVisible(not searches)
        self.save_button.setEnabled(self._state.workspace is not None)
        self.import_button.setEnabled(self._state.workspace is not None)

    def names(self) -> list[str]:
        return [button.text() for button in self._buttons]

    def button(self, name: str) -> QToolButton:
        return next(b for b in self._buttons if b.text() == name)

    def save_current(self, name: str | None = None) -> bool:
        if name is None:
            name, accepted = QInputDialog.getText(
                self, tr("Save this search"), tr("Name for the current search, sort and columns:"),
                text=self._state.query[:60])
            if not accepted:
                return False
        return self._state.save_search(name, self._state.visible_columns)

    def import_file(self, path: Path | None = None) -> list[str] | None:
        if path is None:
            chosen = file_dialogs.ask(self, "open", tr("Import saved searches"),
                                      str(Path.home()), tr(FILE_FILTER))
            if not chosen:
                return None
            path = Path(chosen)
        return self._state.import_searches(path)

    def export_file(self, names: list[str] | None = None, path: Path | None = None) -> int | None:
        if path is None:
            chosen = file_dialogs.ask(self, "save", tr("Export saved searches"),
                                      str(Path.home() / "saved-searches.json"), tr(FILE_FILTER))
            if not chosen:
                return None
            path = Path(chosen)
        return self._state.export_searches(path, names)

    def rename(self, old: str, new: str | None = None) -> bool:
        if new is None:
            new, accepted = QInputDialog.getText(self, tr("Rename saved search"), tr("New name:"),
                                                 text=old)
            if not accepted:
                return False
        return self._state.rename_search(old, new)

    def _menu(self, search: SavedSearch, button: QToolButton, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Recall"), lambda: self._state.recall_search(search.name))
        menu.addAction(tr("Rename…"), lambda: self.rename(search.name))
        menu.addAction(tr("Export…"), lambda: self.export_file([search.name]))
        menu.addAction(tr("Import…"), lambda: self.import_file())
        menu.addSeparator()
        menu.addAction(tr("Delete"), lambda: self._state.delete_search(search.name))
        menu.popup(button.mapToGlobal(position))
