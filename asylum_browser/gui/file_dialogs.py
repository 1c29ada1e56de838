"""Every file chooser in the window goes through ``ask``, so that one seam answers them all.

The tests that drive the menus as a user does cannot click inside a native file dialog; they
replace ``ask`` (monkeypatch ``asylum_browser.gui.file_dialogs.ask``) with a function that
returns a canned path, or "" for Cancel. Callers look ``ask`` up on this module each time
(``file_dialogs.ask(...)``) rather than importing the name, or the replacement would miss them.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtWidgets import QFileDialog, QWidget

Kind = Literal["open", "save"]


def ask(parent: QWidget | None, kind: Kind, caption: str, start: str, filters: str) -> str:
    """The chosen path, or "" when the user cancels."""
    if kind == "open":
        path, _filter = QFileDialog.getOpenFileName(parent, caption, start, filters)
    else:
        path, _filter = QFileDialog.getSaveFileName(parent, caption, start, filters)
    return path
