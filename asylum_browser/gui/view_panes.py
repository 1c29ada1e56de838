"""View menu: show, hide and reset the panes; remember the last search or not.

Each pane has a checkable action that follows the pane itself (an event filter on its show
and hide), so the tick stays true however the pane was hidden. "Reset layout" shows every pane
and puts the splitters back as the window first laid them out, captured before any saved
state was restored. The hidden panes are kept with the settings, as the splitters are.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSplitter, QWidget

from asylum_browser.gui.settings import Settings
from asylum_browser.i18n.words import tr, translate


class _Follow(QObject):
    def __init__(self, pane: QWidget, action: QAction) -> None:
        super().__init__(pane)
        self._pane, self._action = pane, action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self._action.setChecked(not self._pane.isHidden())
        return False


class PaneActions(QObject):
    def __init__(self, window: QWidget, menu: QMenu, panes: list[tuple[str, str, QWidget]],
                 splitters: list[QSplitter]) -> None:
        super().__init__(window)
        self.actions: dict[str, QAction] = {}
        self._panes = [pane for _name, _text, pane in panes]
        self._layout: list[tuple[QSplitter, QByteArray]] = [
            (splitter, splitter.saveState()) for splitter in splitters]
        for name, text, pane in panes:
            action = QAction(text, window)
            action.setObjectName(f"show_{name}")
            action.setCheckable(True)
            action.setChecked(not pane.isHidden())
            action.toggled.connect(pane.setVisible)
            pane.installEventFilter(_Follow(pane, action))
            menu.addAction(action)
            self.actions[name] = action
        menu.addSeparator()
        self.reset_action = QAction(tr("Reset &layout"), window)
        self.reset_action.setObjectName("resetLayoutAction")
        self.reset_action.triggered.connect(lambda _checked=False: self.reset())
        menu.addAction(self.reset_action)

    def hidden(self) -> list[str]:
        """The panes the user hid, by name, to keep for the next session."""
        return sorted(name for name, action in self.actions.items() if not action.isChecked())

    def hide_named(self, names: object) -> None:
        """Hide the panes a previous session hid; unknown names (an older version's) pass."""
        if isinstance(names, list):
            for name in names:
                if isinstance(name, str) and name in self.actions:
                    self.actions[name].setChecked(False)

    def reset(self) -> None:
        for pane in self._panes:
            pane.show()
        for splitter, state in self._layout:
            splitter.restoreState(state)


def remember_query_action(window: QWidget, settings: Settings) -> QAction:
    """View > Remember the last search: a tick kept in the settings."""
    action = QAction(translate("MainWindow", "Remember the last search"), window)
    action.setCheckable(True)
    action.setChecked(settings.remember_query)
    action.toggled.connect(lambda on: settings.set("remember_query", on))
    return action
