"""Application shortcuts win over the text widgets' own key bindings.

A QLineEdit claims Ctrl+E (end of line, on X11) through a ShortcutOverride event, so File >
Export did nothing while the cursor sat in the search box, which is exactly where it is after
typing a search. This filter, installed on the application, refuses that claim for the
window's own shortcuts whichever of its widgets has focus. Undo and redo are left to the
widget: a text field's own undo is the one a user typing there means.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QWidget

LEFT_TO_WIDGETS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


class ShortcutGuard(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    @classmethod
    def install(cls, window: QWidget) -> ShortcutGuard:
        """On the application: the ShortcutOverride goes to whichever widget has focus."""
        guard = cls(window)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(guard)
        return guard

    def _claimed(self, pressed: QKeySequence) -> bool:
        for action in self._window.actions():
            if not isinstance(action, QAction) or not action.isEnabled():
                continue
            for shortcut in action.shortcuts():
                if (shortcut.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
                        and not any(pressed in QKeySequence.keyBindings(key)
                                    for key in LEFT_TO_WIDGETS)):
                    return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and isinstance(watched, QWidget) and watched.window() is self._window
                and self._claimed(QKeySequence(event.keyCombination()))):
            event.ignore()
            return True
        return False
