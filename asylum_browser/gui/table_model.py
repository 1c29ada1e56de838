"""IncidentTableModel: holds a tuple of ids and fetches rows in blocks, on demand.

No QSortFilterProxyModel: sorting and filtering happen in the data layer, and the model only
resets. Values are converted by per-column accessors built once, so data() does no branching on
column names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from asylum_browser.core.engine.answers import TABLE_BLOCK as BLOCK
from asylum_browser.core.engine.repository import Repository, Row
from asylum_browser.core.model.dates import format_partial, shown_value, valid_partial
from asylum_browser.core.model.place_names import CITY, is_place, local_place
from asylum_browser.core.model.schema import COLUMNS, COLUMNS_BY_NAME, Column
from asylum_browser.core.model.shown import LINE_LIMIT, shown
from asylum_browser.gui.shown_text import tooltip
from asylum_browser.i18n.words import field_text, tr

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class TableColumn:
    """A table column: its header, how to show a row, how to sort by it."""

    key: str
    header: str
    show: Callable[[Row], str | None]  # None means unknown
    sort_key: str | None
    align_right: bool = False
    tooltip: Callable[[Row], str | None] | None = None
    kind: str = "text"  # the registry's: the table sizes dates and numbers to fit them
    coded: bool = False  # a vocabulary's label (a country, an outcome), sized to fit too


def _date_tooltip(value: str | None) -> str | None:
    if not value:
        return None
    parsed = valid_partial(value)
    if parsed is None:
        return tr("Not a valid date as stored in this database")
    return {"year": tr("Known only to the year"), "month": tr("Known only to the month"),
            "day": None}[parsed[2]]


DEFAULT_VISIBLE = ("date", "title", "city", "host_country", "sending_state", "people",
                   "outcome_class")
RENAMED_KEYS = {"mission": "sending_state"}
"""Column keys that saved searches written before the sending state had its own name use."""


def build_columns(repository: Repository) -> list[TableColumn]:
    """Every column the table can show: the default seven first, then every other field.

    Headers, vocabularies, sort keys and tooltips come from the registry
    (``core.model.schema.COLUMNS``); what varies here is only how a kind of value reads (dates
    at their precision, counts with thousands separators, codes through their labels).
    """
    by_key = {(column.table_key or column.name): table_column(column, repository.label)
              for column in COLUMNS}
    first = [by_key.pop(key) for key in DEFAULT_VISIBLE]
    return first + list(by_key.values())


def table_column(column: Column, label: Callable[[str | None, object], str]) -> TableColumn:
    """A registry column as the table shows it, with its reader chosen once by its kind."""
    name, vocabulary = column.name, column.vocabulary

    def as_date(row: Row) -> str | None:
        return format_partial(row[name]) if row[name] else None

    place = vocabulary if is_place(vocabulary) else CITY if name == CITY else None

    def english(row: Row) -> str | None:
        if row[name] is None:
            return None
        return label(vocabulary, row[name]) if vocabulary is not None else str(row[name])

    def as_label(row: Row) -> str | None:
        shown_name = english(row)
        return shown_name if shown_name is None or place is None else \
            local_place(place, row[name], shown_name)

    def as_count(row: Row) -> str | None:
        value = row[name]
        if value is None:
            return None
        return f"{value:,}" if isinstance(value, int) else tr("“{value}” (not a number)").format(
            value=shown_value(value))

    def as_text(row: Row) -> str | None:
        return None if row[name] is None else str(row[name])

    def precision(row: Row) -> str | None:
        return _date_tooltip(row[name])

    detail = COLUMNS_BY_NAME[column.detail] if column.detail else None

    def with_detail(row: Row) -> str | None:  # "Japan: consulate general"
        assert detail is not None
        if row[name] is None or row[detail.name] is None:
            return None
        return f"{show(row)}: {label(detail.vocabulary, row[detail.name]).lower()}"

    def in_english(row: Row) -> str | None:  # a place's English name, on hover
        found, local = english(row), as_label(row)
        own = with_detail(row) if detail else None
        return own if found == local else " — ".join(filter(None, (found, own)))

    show = (as_date if column.kind == "date" else as_label
            if vocabulary is not None or place is not None
            else as_count if column.kind == "integer" else as_text)
    tooltip = precision if column.kind == "date" else in_english if place else \
        with_detail if detail else None
    return TableColumn(column.table_key or name, field_text(column.label), show,
                       column.sort_key, align_right=column.kind in ("integer", "real"),
                       tooltip=tooltip, kind=column.kind, coded=vocabulary is not None)


class IncidentTableModel(QAbstractTableModel):
    """Rows are incidents of the current results; columns come from build_columns()."""

    SEQ_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, repository: Repository) -> None:
        super().__init__()
        self._repository = repository
        self.columns = build_columns(repository)
        self._ids: Sequence[int] = ()
        self._blocks: dict[int, list[Row]] = {}
        self._shown: dict[tuple[int, int], str | None] = {}  # (row, column) -> text; None: unknown
        self._italic = QFont()
        self._italic.setItalic(True)

    # --- contents -----------------------------------------------------------------------

    def set_repository(self, repository: Repository) -> None:
        self.beginResetModel()
        self._repository = repository
        self.columns = build_columns(repository)
        self._ids = ()
        self._blocks.clear()
        self._shown.clear()
        self.endResetModel()

    def set_ids(self, ids: Sequence[int], first_rows: Sequence[Row] = ()) -> None:
        """Show these ids; ``first_rows`` (rows of the first ids, read off the GUI thread)
        seeds the first block when it is whole."""
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self._shown.clear()
        if ids and len(first_rows) == min(BLOCK, len(ids)):
            self._blocks[0] = list(first_rows)
        self.endResetModel()

    @property
    def ids(self) -> Sequence[int]:
        return self._ids

    def row_of(self, seq: int) -> int | None:
        try:
            return self._ids.index(seq)
        except ValueError:
            return None

    def row_data(self, row: int) -> Row:
        block, offset = divmod(row, BLOCK)
        if block not in self._blocks:
            start = block * BLOCK
            self._blocks[block] = self._repository.rows(self._ids[start:start + BLOCK])
        return self._blocks[block][offset]

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            column = self.columns[section]
            if column.sort_key:
                return None
            return tr("{column} (not sortable)").format(column=column.header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == self.SEQ_ROLE:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        key = (index.row(), index.column())
        if key in self._shown:
            value = self._shown[key]
        else:
            value = self._shown[key] = column.show(self.row_data(index.row()))
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr("unknown") if value is None else shown(value, LINE_LIMIT)
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if value is None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if value is None:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if value is None:
                return tr("Unknown: no source gives this")
            extra = column.tooltip(self.row_data(index.row())) if column.tooltip else None
            return tooltip(extra or value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (Qt.AlignmentFlag.AlignRight if column.align_right
                          else Qt.AlignmentFlag.AlignLeft)
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting belongs to the data layer; the view asks AppState instead (see the table)."""

    def as_tsv(self, rows: list[int], visible: list[int]) -> str:
        """The given rows and columns as tab-separated text with a header line."""
        def clean(text: str) -> str:
            return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")

        lines = ["\t".join(self.columns[c].header for c in visible)]
        for row in rows:
            data = self.row_data(row)
            lines.append("\t".join(clean(self.columns[c].show(data) or "") for c in visible))
        return "\n".join(lines) + "\n"
