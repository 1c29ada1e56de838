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
from asylum_browser.core.model.dates import format_partial, parse_partial
from asylum_browser.core.model.schema import COLUMNS

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


def _date_tooltip(value: str | None) -> str | None:
    if not value:
        return None
    precision = parse_partial(value)[2]
    return {"year": "Known only to the year", "month": "Known only to the month",
            "day": None}[precision]


def build_columns(repository: Repository) -> list[TableColumn]:
    """Every column the table can show: the default seven first, then every other field."""
    label = repository.label

    def date_of(key: str) -> Callable[[Row], str | None]:
        return lambda row: format_partial(row[key]) if row[key] else None

    def mission(row: Row) -> str | None:
        return label("country", row["sending_state"]) if row["sending_state"] else None

    def mission_tooltip(row: Row) -> str | None:
        if row["sending_state"] is None:
            return None
        kind = label("mission_type", row["mission_type"]).lower()
        return f"{label('country', row['sending_state'])}: {kind}"

    columns = [
        TableColumn("date", "Date", date_of("date_start"), "date",
                    tooltip=lambda row: _date_tooltip(row["date_start"])),
        TableColumn("title", "Title", lambda row: row["title"], "title"),
        TableColumn("city", "City", lambda row: row["city"], "city"),
        TableColumn("host_country", "Host country",
                    lambda row: label("country", row["host_country"])
                    if row["host_country"] else None, "host_country"),
        TableColumn("mission", "Mission of", mission, "sending_state", tooltip=mission_tooltip),
        TableColumn("people", "People", lambda row: None if row["people_count"] is None
                    else f"{row['people_count']:,}", "people_count", align_right=True),
        TableColumn("outcome_class", "Outcome", lambda row: label(
            "outcome_class", row["outcome_class"]) if row["outcome_class"] else None,
            "outcome_class"),
    ]
    shown = {"date_start", "title", "city", "host_country", "people_count", "outcome_class"}
    vocabularies = {"mission_type": "mission_type", "sending_state": "country",
                    "seekers_nationality": "nationality", "confidence": "confidence"}
    for column in COLUMNS:
        if column.name in shown:
            continue
        if column.kind == "date":
            show = date_of(column.name)
        elif column.name in vocabularies:
            vocabulary = vocabularies[column.name]
            show = (lambda name, vocab: lambda row: label(vocab, row[name])
                    if row[name] is not None else None)(column.name, vocabulary)
        else:
            show = (lambda name: lambda row: None if row[name] is None
                    else str(row[name]))(column.name)
        sort_key = column.name if column.sortable and column.name in (
            "id", "mission_type", "sending_state", "confidence") else None
        key, header = ((f"{column.name}_id", "Mission ID") if column.name == "mission"
                       else (column.name, column.label))
        columns.append(TableColumn(key, header, show, sort_key,
                                   align_right=column.kind in ("integer", "real")))
    return columns


DEFAULT_VISIBLE = ("date", "title", "city", "host_country", "mission", "people",
                   "outcome_class")


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
            return None if column.sort_key else f"{column.header} (not sortable)"
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
            return "unknown" if value is None else value
        if role == Qt.ItemDataRole.FontRole:
            return self._italic if value is None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if value is None:
                return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if value is None:
                return "Unknown: no source gives this"
            extra = column.tooltip(self.row_data(index.row())) if column.tooltip else None
            return extra or value
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
