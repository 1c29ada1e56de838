"""The case form's two tables: the case's sources, and the claims where its sources disagree.

Why two small widgets of their own: the form (case_form.py) stays a form of fields, and each
table keeps its rows as plain dicts in the shape core/cases/mycases.py checks, so the form
only passes them on. A claim names its source by the source's URL or citation, so the claims
table offers the sources table's rows and follows it as the user edits them.

Signals: SourcesTable.changed(), whenever a source is added, removed or edited;
DisputesTable.changed(), whenever a claim is added or removed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.cases.mycases import DISPUTE_FIELDS, DISPUTED, SOURCE_FIELDS
from asylum_browser.core.model.schema import import_label
from asylum_browser.i18n.words import QT_TR_NOOP, tr

SOURCE_HEADERS = (QT_TR_NOOP("URL or citation"), QT_TR_NOOP("Title"), QT_TR_NOOP("Publisher"),
                  QT_TR_NOOP("Published"), QT_TR_NOOP("Quote"))
DISPUTE_HEADERS = (QT_TR_NOOP("Field"), QT_TR_NOOP("What this source claims"),
                   QT_TR_NOOP("Source"))
NO_SOURCE = QT_TR_NOOP("— no source named —")
SHOWN_SOURCE = 60  # characters of a source's title or URL its choice shows


def _text(value: object) -> str:
    return "" if value is None else str(value)


def _table(parent: QWidget, name: str, accessible: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    return table


def _buttons(parent: QWidget, add: QPushButton, remove: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(add)
    row.addWidget(remove)
    row.addStretch(1)
    return row


class SourcesTable(QWidget):
    """Each source of the case in a row: URL or citation, title, publisher, date, quote."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(self, "sourcesTable", tr("Sources of this case"),
                            SOURCE_HEADERS)
        header = self.table.horizontalHeader()
        for column, width in ((0, 230), (1, 190), (2, 130), (3, 90)):
            self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # the quote
        self.table.setToolTip(tr("A source needs its URL, or a citation when it is not on the web. "
            "Published: YYYY, YYYY-MM or YYYY-MM-DD. Quote: the sentence that says so."))
        self.table.itemChanged.connect(self._edited)
        add = QPushButton(tr("Add source"), self)
        add.setObjectName("addSource")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(tr("Remove source"), self)
        remove.setObjectName("removeSource")
        remove.clicked.connect(self.remove_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self, add, remove))

    def _edited(self, item: QTableWidgetItem) -> None:
        if item.toolTip() != item.text():  # a long URL or quote is read whole in its tooltip
            item.setToolTip(item.text())
            return  # the tooltip's change comes back here, once, and says it changed
        self.changed.emit()

    def set_rows(self, sources: object) -> None:
        self.table.setRowCount(0)
        given = [s for s in sources if isinstance(s, dict)] if isinstance(sources, list) else []
        for source in given or [{}]:
            self.add_row([_text(source.get(key)) for key in SOURCE_FIELDS])
        self.changed.emit()

    def rows(self) -> list[dict[str, str]]:
        """Every row as typed (empty ones too), keyed as the case keeps a source."""
        rows = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, column) for column in range(len(SOURCE_FIELDS))]
            rows.append({key: (cell.text().strip() if cell is not None else "")
                         for key, cell in zip(SOURCE_FIELDS, cells, strict=True)})
        return rows

    def add_row(self, cells: Sequence[str] = ()) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column in range(len(SOURCE_FIELDS)):
            text = cells[column] if column < len(cells) else ""
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(row, column, item)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()


class DisputesTable(QWidget):
    """The claims where the case's sources disagree: each a field, the claim, its source."""

    changed = Signal()  # a claim added or removed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table(self, "disputesTable",
                            tr("Where the sources of this case disagree"),
                            DISPUTE_HEADERS)
        self.table.setColumnWidth(0, 170)
        self.table.setColumnWidth(2, 260)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setToolTip(tr("When sources disagree about a field (how many people, the date), "
            "give each source's claim in a row of its own."))
        self._sources: list[tuple[str, str]] = []  # (URL or citation, as shown)
        add = QPushButton(tr("Add claim"), self)
        add.setObjectName("addClaim")
        add.clicked.connect(lambda: self.add_row())
        remove = QPushButton(tr("Remove claim"), self)
        remove.setObjectName("removeClaim")
        remove.clicked.connect(self.remove_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self, add, remove))

    def set_sources(self, sources: Sequence[dict[str, str]]) -> None:
        """Offer these sources (the sources table's rows) in every claim's Source choice."""
        self._sources = [(s["url"], _shown(s)) for s in sources if s.get("url")]
        for row in range(self.table.rowCount()):
            combo = self.source_choice(row)
            _fill_sources(combo, self._sources, _text(combo.currentData()))

    def set_rows(self, disputes: object) -> None:
        self.table.setRowCount(0)
        for claim in disputes if isinstance(disputes, list) else []:
            if isinstance(claim, dict):
                self.add_row(*(_text(claim.get(key)) for key in DISPUTE_FIELDS))

    def rows(self) -> list[dict[str, str]]:
        rows = []
        for row in range(self.table.rowCount()):
            claim = self.table.item(row, 1)
            rows.append({"field": _text(self.field_choice(row).currentData()),
                         "claim": claim.text().strip() if claim is not None else "",
                         "source": _text(self.source_choice(row).currentData())})
        return rows

    def field_choice(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 0)
        assert isinstance(combo, QComboBox)
        return combo

    def source_choice(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, 2)
        assert isinstance(combo, QComboBox)
        return combo

    def add_row(self, field: str = "", claim: str = "", source: str = "") -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        fields = QComboBox(self.table)
        fields.setObjectName("claimField")
        fields.setAccessibleName(tr("Field of this claim"))
        for name in DISPUTED:
            fields.addItem(import_label(name), name)
        if field and fields.findData(field) < 0:  # a field no longer offered stays as kept
            fields.addItem(field, field)
        fields.setCurrentIndex(max(fields.findData(field or "people_count"), 0))
        self.table.setCellWidget(row, 0, fields)
        item = QTableWidgetItem(claim)
        item.setToolTip(claim)
        self.table.setItem(row, 1, item)
        sources = QComboBox(self.table)
        sources.setObjectName("claimSource")
        sources.setAccessibleName(tr("Source of this claim"))
        _fill_sources(sources, self._sources, source)
        self.table.setCellWidget(row, 2, sources)
        self.changed.emit()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()


def _shown(source: dict[str, str]) -> str:
    text = source.get("title") or source.get("url") or ""
    return text if len(text) <= SHOWN_SOURCE else text[:SHOWN_SOURCE - 1] + "…"


def _fill_sources(combo: QComboBox, sources: Sequence[tuple[str, str]], chosen: str) -> None:
    """The case's sources to choose from, ``chosen`` kept (even when no longer listed, so
    the check names it rather than the form dropping it)."""
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(tr(NO_SOURCE), "")
    for url, shown in sources:
        combo.addItem(shown, url)
        combo.setItemData(combo.count() - 1, url, Qt.ItemDataRole.ToolTipRole)
    if chosen and combo.findData(chosen) < 0:
        combo.addItem(chosen, chosen)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))
    combo.blockSignals(False)
