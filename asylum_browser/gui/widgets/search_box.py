"""The search box: debounced, accepts the whole search language, shows syntax errors in place.

The error is written under the box, where the eye already is, and goes the moment the text
parses (query_accepted), not when a status-bar timer runs out. It talks only to AppState: it
calls set_query() and listens to query_changed, query_failed and query_accepted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from asylum_browser.core.query.parser import QuerySyntaxError
from asylum_browser.gui.shown_text import plain, tooltip
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.help_dialog import HelpDialog
from asylum_browser.i18n.words import tr

DEBOUNCE_MS = 250


class SearchLineEdit(QLineEdit):
    """Esc clears the text (and so the query)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class SearchBox(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.edit = SearchLineEdit(self)
        self.edit.setObjectName("searchEdit")
        self.edit.setAccessibleName(tr("Search incidents"))
        self.edit.setPlaceholderText(
            tr("Search: shenyang, host:china year:2002, \"over the wall\", 북한 …  (F1 for help)"))
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumHeight(30)
        self.help_button = QToolButton(self)
        self.help_button.setObjectName("searchHelpButton")
        self.help_button.setText("?")
        self.help_button.setToolTip(tr("Search syntax, with examples"))
        self.help_button.setAccessibleName(tr("Search syntax help"))
        self.help_button.setMinimumSize(30, 30)
        self.help_button.clicked.connect(self.show_help)
        self.error = plain(QLabel(self))
        self.error.setObjectName("searchError")
        self.error.setAccessibleName("What is wrong with the search")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setContentsMargins(4, 0, 4, 0)
        self.error.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.help_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.error)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply)
        self.edit.textEdited.connect(lambda _text: self._timer.start())
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self.apply)
        state.query_changed.connect(self._on_query_changed)
        state.query_offered.connect(self._on_query_changed)  # a search link, shown as sent
        state.query_failed.connect(self._on_query_failed)
        state.query_accepted.connect(lambda _text: self._mark_valid())

    def apply(self) -> None:
        """Run the text now (Enter, or the debounce timer)."""
        self._timer.stop()
        self._state.set_query(self.edit.text())

    def _on_text_changed(self, text: str) -> None:
        # The clear button and Esc change the text without textEdited: apply at once.
        if not text and self._state.query:
            self.apply()

    def _on_query_changed(self, text: str) -> None:
        if self.edit.text() != text:
            self.edit.setText(text)
        self._mark_valid()

    def _on_query_failed(self, error: object) -> None:
        assert isinstance(error, QuerySyntaxError)
        self.edit.setProperty("invalid", True)
        self.edit.setStyleSheet(
            "QLineEdit { border: 2px solid #d0302f; border-radius: 3px;"
            " background: rgba(208, 48, 47, 28); }")
        self.edit.setToolTip(tooltip(error.message))
        self.edit.setAccessibleDescription(error.message)
        self.error.setText(error.message)
        self.error.show()

    def _mark_valid(self) -> None:
        if self.edit.property("invalid"):
            self.edit.setProperty("invalid", False)
            self.edit.setStyleSheet("")
            self.edit.setToolTip("")
            self.edit.setAccessibleDescription("")
        self.error.hide()
        self.error.clear()

    @property
    def is_invalid(self) -> bool:
        return bool(self.edit.property("invalid"))

    def focus_search(self) -> None:
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def show_help(self) -> HelpDialog:
        dialog = HelpDialog(self)
        dialog.example_chosen.connect(self._run_example)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def _run_example(self, query: str) -> None:
        self.edit.setText(query)
        self.apply()
