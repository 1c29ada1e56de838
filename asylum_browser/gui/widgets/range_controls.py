"""Date and people-count ranges in the sidebar, written into the query as date: and people:."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.query.parser import QuerySyntaxError, parse_query
from asylum_browser.gui.shown_text import plain
from asylum_browser.gui.state import AppState
from asylum_browser.i18n.words import tr


class RangeControls(QWidget):
    """Date and people-count ranges, written as date: and people: tokens."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("rangeControls")
        self.date_from = self._date_edit(tr("From"), "dateFrom")
        self.date_to = self._date_edit(tr("To"), "dateTo")
        self.date_apply = QToolButton(self)
        self.date_apply.setText(tr("Apply"))
        self.date_apply.setObjectName("dateApply")
        self.date_apply.setAccessibleName("Apply the date range")
        self.date_apply.clicked.connect(self.apply_dates)
        self.people_min = self._spin(tr("At least"), "peopleMin")
        self.people_max = self._spin(tr("At most"), "peopleMax")
        self.people_apply = QToolButton(self)
        self.people_apply.setText(tr("Apply"))
        self.people_apply.setObjectName("peopleApply")
        self.people_apply.setAccessibleName("Apply the people range")
        self.people_apply.clicked.connect(self.apply_people)
        self.message = plain(QLabel(self))
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #d0302f;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 6)
        date_label = QLabel(tr("Began between"), self)
        date_label.setToolTip(tr("YYYY, YYYY-MM or YYYY-MM-DD; an incident known only to the "
                                 "year counts only if the whole year is inside the range"))
        layout.addWidget(date_label)
        dates = QHBoxLayout()
        dates.addWidget(self.date_from, 1)
        dates.addWidget(QLabel("–", self))
        dates.addWidget(self.date_to, 1)
        dates.addWidget(self.date_apply)
        layout.addLayout(dates)
        layout.addWidget(QLabel(tr("Number of people"), self))
        people = QHBoxLayout()
        people.addWidget(self.people_min, 1)
        people.addWidget(QLabel("–", self))
        people.addWidget(self.people_max, 1)
        people.addWidget(self.people_apply)
        layout.addLayout(people)
        layout.addWidget(self.message)
        # An error about the range typed before is stale once the query has moved on.
        state.query_changed.connect(lambda _text: self.message.hide())

    def _date_edit(self, label: str, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(label)
        edit.setAccessibleName(f"Date range: {label.lower()}")
        edit.setMinimumWidth(40)
        edit.returnPressed.connect(self.apply_dates)
        return edit

    def _spin(self, label: str, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(-1, 10_000_000)
        spin.setSpecialValueText("any")
        spin.setValue(-1)
        spin.setAccessibleName(f"People: {label.lower()}")
        spin.setToolTip(label)
        spin.setMinimumWidth(40)
        return spin

    def apply_dates(self) -> None:
        low, high = self.date_from.text().strip(), self.date_to.text().strip()
        value = None if not low and not high else f"{low}..{high}"
        if value is not None:
            try:
                parse_query(f"date:{value}")
            except QuerySyntaxError as error:
                self.message.setText(error.message.replace(" at column 1", ""))
                self.message.show()
                return
        self.message.hide()
        self._state.set_range("date", value)

    def apply_people(self) -> None:
        low, high = self.people_min.value(), self.people_max.value()
        if low < 0 and high < 0:
            value = None
        elif high < 0:
            value = f">={low}"
        elif low < 0:
            value = f"<={high}"
        else:
            value = f"{min(low, high)}..{max(low, high)}"
        self._state.set_range("people", value)
