"""Links in the window: Edit > Copy link, and what the window does when a link arrives.

Copy link puts each selected case's ``asylum-browser://incident/ID`` on the clipboard (one a
line), to paste into a paper or a spreadsheet; clicked there, the desktop entry's handler opens
the case again (docs/install.md, "Links"). A link arriving from outside (the command line, or a
second launch handing it to this window) raises the window and goes to AppState.open_link;
what it opened goes to the status line, and a link that opens nothing to a message box too,
since whoever clicked it in another program is not looking at the status line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from asylum_browser.core.model.links import incident_link
from asylum_browser.gui.state import AppState
from asylum_browser.i18n.words import tr

STATUS_MS = 10000


@runtime_checkable
class ShowsProblems(Protocol):
    def show_problem(self, title: str, message: str, outcome: str | None = None) -> None: ...


class LinkActions:
    def __init__(self, window: QMainWindow, state: AppState,
                 selected: Callable[[], list[int]]) -> None:
        self._window, self._state, self._selected = window, state, selected
        self.server: QObject | None = None  # app.start_window's LinkServer: later launches'
        self.copy_action = QAction(tr("Copy &link"), window)
        self.copy_action.setObjectName("copyLinkAction")
        self.copy_action.setToolTip(tr("Copy the selected cases' asylum-browser:// links, which "
                                       "open them again in Asylum Browser"))
        self.copy_action.triggered.connect(lambda _checked=False: self.copy())
        window.addAction(self.copy_action)
        state.link_opened.connect(lambda text: window.statusBar().showMessage(text, STATUS_MS))
        state.link_failed.connect(self._failed)

    def links(self) -> list[str]:
        """The links of the selected cases, in table order."""
        repository = self._state.repository
        return [incident_link(str(row["id"])) for row in repository.rows(self._selected())]

    def copy(self) -> str:
        links = self.links()
        if not links:
            self._window.statusBar().showMessage(tr("Select a case to copy its link."),
                                                 STATUS_MS)
            return ""
        text = "\n".join(links)
        QGuiApplication.clipboard().setText(text)
        self._window.statusBar().showMessage(
            tr("Copied the link {link}").format(link=links[0]) if len(links) == 1
            else tr("Copied the links of {count} cases").format(count=len(links)), STATUS_MS)
        return text

    def open(self, text: str) -> bool:
        """A link from outside: bring the window forward, then open what it names."""
        window = self._window
        if window.isMinimized():
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
        window.show()
        window.raise_()
        window.activateWindow()
        return self._state.open_link(text)

    def _failed(self, message: str) -> None:
        window = self._window
        window.statusBar().showMessage(message, STATUS_MS)
        if isinstance(window, ShowsProblems):
            window.show_problem(tr("This link cannot be opened"), message,
                                tr("The window shows what it showed before."))


def install_links(window: QMainWindow, state: AppState,
                  selected: Callable[[], list[int]]) -> LinkActions:
    """Edit > Copy link, after Copy citation (or before Find)."""
    actions = LinkActions(window, state, selected)
    edit_menu = window.findChild(QMenu, "editMenu")
    if edit_menu is not None:
        listed = edit_menu.actions()
        after = next((a for a in listed if a.objectName() == "copyCitationAction"), None)
        find = next((a for a in listed if a.objectName() == "findAction"), None)
        if after is not None and listed.index(after) + 1 < len(listed):
            edit_menu.insertAction(listed[listed.index(after) + 1], actions.copy_action)
        elif find is not None:
            edit_menu.insertAction(find, actions.copy_action)
        else:
            edit_menu.addAction(actions.copy_action)
    return actions
