"""What the table area says when a search finds nothing, and its fading while a query is broken.

Why: an empty table looks the same as one still loading, and `host:narnia` gave no clue that
narnia names no country. This card lies over the table's viewport when the count is zero: it
says so, names every value that matches nothing (core/query/suggestions.py) and offers the
closest known name as a button that rewrites the query. It talks only to AppState.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.query.editing import replace_value, term_token
from asylum_browser.core.query.suggestions import unknown_values
from asylum_browser.gui.shown_text import plain
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.stale import dim_while_invalid
from asylum_browser.i18n.words import QT_TR_NOOP, tr

GENERAL_HINT = QT_TR_NOOP("Remove a filter with its ✕ in the sidebar, widen the dates, "
                          "or press F1 for the search syntax.")


class EmptyResults(QFrame):
    """objectName emptyResults: the zero-results card over a table's viewport."""

    def __init__(self, state: AppState, table: QAbstractScrollArea) -> None:
        super().__init__(table.viewport())
        self._viewport = table.viewport()
        self._state = state
        self._replacement = ""
        self.setObjectName("emptyResults")
        self.setAutoFillBackground(True)
        self.text = plain(QLabel(self))
        self.text.setObjectName("emptyResultsText")
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.suggestion = QPushButton(self)
        self.suggestion.setObjectName("emptyResultsSuggestion")
        self.suggestion.clicked.connect(lambda: state.set_query(self._replacement))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 32, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.text)
        layout.addWidget(self.suggestion, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.hide()
        table.viewport().installEventFilter(self)
        dim_while_invalid(state, table)
        state.results_ready.connect(self._on_results)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.setGeometry(self._viewport.rect())
        return False

    def _on_results(self, results: Results) -> None:
        if results.count:
            self.hide()
            return
        hints = unknown_values(results.spec, self._state.repository.vocabulary_names)
        lines = [tr("No incidents match this search.")]
        lines += [hint.text for hint in hints]
        if not hints:
            lines.append(tr(GENERAL_HINT))
        self.text.setText("\n\n".join(lines))
        self.text.setAccessibleName(" ".join(lines))
        guess = next((hint for hint in hints if hint.closest), None)
        if guess is not None and guess.closest is not None:
            self._replacement = replace_value(results.spec.text, guess.field, guess.value,
                                              guess.closest)
            self.suggestion.setText(tr("Search {query} instead").format(
                query=term_token(guess.field, guess.closest)))
            self.suggestion.setAccessibleName(self.suggestion.text())
        self.suggestion.setVisible(guess is not None)
        self.setGeometry(self._viewport.rect())
        self.show()
        self.raise_()
