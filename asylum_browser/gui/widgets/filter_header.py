"""The sidebar's header: the query in words, one removable chip per filter, and Clear all.

Why its height holds still while the pointer is in the sidebar: a chip row that appeared with
each facet click pushed every facet down about 40 px, so a second quick click landed on another
value. The summary and chips live in a scroll area that keeps its height while the sidebar is
steady (pointer inside, or a value just clicked) and otherwise fits what it holds, up to
SUMMARY_LINES and CHIP_ROWS, so that an unfiltered header is one line, not a blank block.
Chips wrap, and a chip too long for the width is shortened with an ellipsis so its ✕ always
stays on screen. A map area reads as the cities on record inside it (core/query/describe.py),
never as four-decimal degrees.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.shown import LINE_LIMIT, shown
from asylum_browser.core.query.describe import Place, describe_conditions
from asylum_browser.core.query.editing import chips
from asylum_browser.gui.shown_text import plain, tooltip
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.flow_layout import FlowLayout
from asylum_browser.i18n.words import tr

SUMMARY_LINES = 4  # the header holds this many summary lines and three chip rows unscrolled
CHIP_ROWS = 3
REMOVE = "  ✕"


class FilterHeader(QWidget):
    """Summary, chips and Clear all; a chip click or Clear all calls AppState.set_query."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._places: tuple[Place, ...] | None = None  # the open database's cities, once read
        self._labels: dict[QToolButton, str] = {}
        self.summary = plain(QLabel())
        self.summary.setObjectName("filterSummary")
        self.summary.setWordWrap(True)
        self.chips_box = QWidget()
        self.chips_layout = FlowLayout(self.chips_box)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.setSpacing(4)
        content_layout.addWidget(self.chips_box)  # first: the chips are what a click acts on
        content_layout.addWidget(self.summary)
        content_layout.addStretch(1)
        self.area = QScrollArea(self)
        self.area.setObjectName("filterHeaderArea")
        self.area.setWidgetResizable(True)
        self.area.setFrameShape(QFrame.Shape.NoFrame)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setWidget(content)
        self._steady = False
        self.area.setFixedHeight(self._fixed_height())
        self.area.viewport().installEventFilter(self)
        self.clear_all = QPushButton(tr("Clear all"), self)
        self.clear_all.setObjectName("clearAllFilters")
        self.clear_all.setAccessibleName(tr("Clear all filters"))
        self.clear_all.clicked.connect(lambda: state.set_query(""))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(self.area)
        layout.addWidget(self.clear_all, 0, Qt.AlignmentFlag.AlignLeft)
        state.database_changed.connect(self._forget_places)

    def _fixed_height(self) -> int:
        chip = QToolButton()
        chip.setText("x" + REMOVE)
        spacing = self.chips_layout.spacing()
        return (self.summary.fontMetrics().lineSpacing() * SUMMARY_LINES + 4
                + (chip.sizeHint().height() + spacing) * CHIP_ROWS)

    def set_steady(self, steady: bool) -> None:
        """Hold the height (``steady``) or fit it to what the header holds now."""
        self._steady = steady
        self._fit_height()

    def _fit_height(self) -> None:
        if self._steady:
            return
        content = self.area.widget()
        assert content is not None
        layout = content.layout()
        assert layout is not None
        width = self.area.viewport().width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else \
            content.sizeHint().height()
        height = min(max(needed, self.summary.fontMetrics().lineSpacing() + 4),
                     self._fixed_height())
        if height != self.area.height():
            self.area.setFixedHeight(height)

    def _forget_places(self, _repository: Repository) -> None:
        self._places = None

    def places(self) -> tuple[Place, ...]:
        if self._places is None:
            self._places = self._state.repository.cities()
        return self._places

    def show_results(self, results: Results, query: str) -> None:
        if results.spec.is_empty:
            text = tr("Showing all {total} incidents").format(total=f"{results.total:,}")
        else:
            where = describe_conditions(results.spec, self.places())
            text = tr("Showing {count} of {total} incidents where {conditions}").format(
                count=f"{results.count:,}", total=f"{results.total:,}", conditions=where)
        self.summary.setText(shown(text, LINE_LIMIT))
        self._set_chips(query)
        self._fit_height()

    def _set_chips(self, query: str) -> None:
        while self.chips_layout.count():
            item = self.chips_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
        self._labels.clear()
        found = chips(query, self.places())
        for chip in found:
            button = QToolButton(self.chips_box)
            button.setObjectName("filterChip")
            button.setToolTip(tooltip(chip.label + "\n" + tr("Click to remove this filter")))
            button.setAccessibleName(tr("Remove filter {filter}").format(filter=chip.label))
            button.clicked.connect(lambda _checked=False, rest=chip.without:
                                   self._state.set_query(rest))
            self._labels[button] = chip.label
            self.chips_layout.addWidget(button)
            button.show()
        self._fit_chips()
        self.chips_box.setVisible(bool(found))
        self.clear_all.setEnabled(bool(query.strip()))

    def _fit_chips(self) -> None:
        """Shorten each chip's label so the whole chip, ✕ included, fits the header's width."""
        width = self.area.viewport().width()
        for button, label in self._labels.items():
            metrics = button.fontMetrics()
            button.setText(label + REMOVE)
            padding = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
            room = width - padding - metrics.horizontalAdvance(REMOVE)
            if metrics.horizontalAdvance(label) > room:
                button.setText(metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                  max(room, 20)) + REMOVE)
        self.chips_layout.invalidate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.area.viewport():
            self._fit_chips()
            self._fit_height()
        return False

    def chip_buttons(self) -> list[QToolButton]:
        return [w for w in self.chips_box.findChildren(QToolButton)
                if w.objectName() == "filterChip" and w.parent() is self.chips_box]
