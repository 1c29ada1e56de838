"""The incident table: sorting in the data layer, a column chooser, Ctrl+C as TSV.

It talks only to AppState: a header click calls set_sort(), a new current row calls select(),
and results_ready / selection_changed update it.

Widths (table_widths.py): every column but the title is as wide as its widest text, so a date
or a count is never cut; prose stops at PROSE_WIDTH. The title takes what is left of the
width, and never less than TITLE_MIN (the table then scrolls sideways). Until the user picks
columns, a narrow table drops the default columns that matter least so that the title keeps
room to read. Widths only grow while one database is open (past what they were fitted to), so
the columns do not jump with each search, and a column the user has resized by hand keeps its
width until a wider value than any shown before appears.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QPoint, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from asylum_browser.core.engine.answers import TABLE_BLOCK, Results
from asylum_browser.core.engine.repository import Repository
from asylum_browser.gui.state import AppState
from asylum_browser.gui.table_model import (
    DEFAULT_VISIBLE,
    RENAMED_KEYS,
    IncidentTableModel,
)
from asylum_browser.gui.widgets.table_widths import defaults_that_fit, needed_width
from asylum_browser.i18n.words import tr

TITLE_KEY = "title"
TITLE_MIN = 220


class IncidentTable(QTableView):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._sorted_key = "date"  # the table column the data layer sorts by now
        self.setObjectName("incidentTable")
        self.setAccessibleName("Incidents")
        self.table_model = IncidentTableModel(state.repository)
        self.setModel(self.table_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self._fitted: dict[int, int] = {}  # logical column -> width it was fitted to
        self._sizing = False  # our own resizes are not the user's
        self._chosen = False  # the user has picked columns: keep them whatever the width
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.sectionClicked.connect(self._header_clicked)
        self._apply_default_columns()
        header.sectionMoved.connect(self._publish_columns)
        header.sectionResized.connect(self._publish_columns)  # hiding a column resizes it to 0
        header.sectionResized.connect(self._section_resized)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        state.results_ready.connect(self._on_results)
        state.selection_changed.connect(self._on_selection)
        state.database_changed.connect(self._on_database)
        state.search_recalled.connect(self._on_recalled)
        self._publish_columns()

    # --- columns ------------------------------------------------------------------------

    def _apply_default_columns(self) -> None:
        header = self.horizontalHeader()
        self._fitted.clear()
        self._chosen = False
        for index, column in enumerate(self.table_model.columns):
            header.setSectionHidden(index, column.key not in DEFAULT_VISIBLE)
        header.setSortIndicator(self.table_model.column_index("date"),
                                Qt.SortOrder.AscendingOrder)
        self.fit_columns()

    # --- widths -------------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Widen each column but the title to its widest text, then give the title the rest."""
        model = self.table_model
        rows = range(min(model.rowCount(), TABLE_BLOCK))  # read with the results: no SQL
        self._sizing = True
        try:
            for index, column in enumerate(model.columns):
                if column.key == TITLE_KEY:
                    continue
                needed = needed_width(self, index, column, rows)
                if needed > self._fitted.get(index, 0):
                    self._fitted[index] = needed
                    self.horizontalHeader().resizeSection(index, needed)
        finally:
            self._sizing = False
        self._stretch_title()

    def _stretch_title(self) -> None:
        """The title takes the width the other visible columns leave, TITLE_MIN at least."""
        model = self.table_model
        title = model.column_index(TITLE_KEY)
        header = self.horizontalHeader()
        if header.isSectionHidden(title):
            return
        if not self._chosen:
            self._show_defaults_that_fit()
        others = sum(header.sectionSize(i) for i in self.visible_columns() if i != title)
        width = max(TITLE_MIN, self.viewport().width() - others)
        if width != header.sectionSize(title):
            self._sizing = True
            try:
                header.resizeSection(title, width)
            finally:
                self._sizing = False

    def _show_defaults_that_fit(self) -> None:
        """Until the user picks columns, a narrow table drops the default columns that matter
        least, so the title stays readable instead of the table scrolling sideways."""
        width = self.viewport().width()
        if width <= 0:
            return
        shown = defaults_that_fit(width, {self.table_model.columns[i].key: size
                                          for i, size in self._fitted.items()})
        header = self.horizontalHeader()
        self._sizing = True
        try:
            for key in DEFAULT_VISIBLE:
                index = self.table_model.column_index(key)
                if header.isSectionHidden(index) == (key in shown):
                    header.setSectionHidden(index, key not in shown)
        finally:
            self._sizing = False

    def _section_resized(self, index: int, _old: int, new: int) -> None:
        if self._sizing or self.horizontalHeader().isSectionHidden(index) or new == 0:
            return
        if self.table_model.columns[index].key != TITLE_KEY:  # the user's: the title follows
            self._stretch_title()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._stretch_title()

    def visible_columns(self) -> list[int]:
        header = self.horizontalHeader()
        return sorted((i for i in range(self.table_model.columnCount())
                       if not header.isSectionHidden(i)), key=header.visualIndex)

    def set_column_visible(self, key: str, visible: bool) -> None:
        index = self.table_model.column_index(key)
        if not visible and len(self.visible_columns()) == 1:
            return  # keep at least one column
        self._chosen = True
        self.horizontalHeader().setSectionHidden(index, not visible)
        self.fit_columns()
        self._publish_columns()

    def visible_keys(self) -> tuple[str, ...]:
        return tuple(self.table_model.columns[i].key for i in self.visible_columns())

    def show_columns(self, keys: tuple[str, ...]) -> None:
        """Show exactly these columns, in this order (a recalled saved search)."""
        keys = tuple(RENAMED_KEYS.get(key, key) for key in keys)
        known = [key for key in keys if any(c.key == key for c in self.table_model.columns)]
        if not known:
            return
        self._chosen = True
        header = self.horizontalHeader()
        for index, column in enumerate(self.table_model.columns):
            header.setSectionHidden(index, column.key not in known)
        for position, key in enumerate(known):
            index = self.table_model.column_index(key)
            header.moveSection(header.visualIndex(index), position)
        self._publish_columns()

    def _publish_columns(self, *_args: object) -> None:
        self._state.visible_columns = self.visible_keys()

    def _on_recalled(self, saved: object) -> None:
        columns = getattr(saved, "columns", ())
        if columns:
            self.show_columns(tuple(columns))
        sort_key = getattr(saved, "sort", "date")
        for index, column in enumerate(self.table_model.columns):
            if column.sort_key == sort_key:
                order = (Qt.SortOrder.DescendingOrder if getattr(saved, "descending", False)
                         else Qt.SortOrder.AscendingOrder)
                self.horizontalHeader().setSortIndicator(index, order)
                self._sorted_key = column.key
                break

    def column_menu(self) -> QMenu:
        """The header's context menu: a checkable entry per field."""
        menu = QMenu(self)
        menu.setObjectName("columnMenu")
        header = self.horizontalHeader()
        for index, column in enumerate(self.table_model.columns):
            action = menu.addAction(column.header)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, key=column.key: self.set_column_visible(key, on))
        menu.addSeparator()
        menu.addAction(tr("Reset columns"), self._apply_default_columns)
        return menu

    def _column_menu(self, position: QPoint) -> None:
        self.column_menu().exec(self.horizontalHeader().mapToGlobal(position))

    # --- sorting in the data layer --------------------------------------------------------

    def _header_clicked(self, section: int) -> None:
        column = self.table_model.columns[section]
        header = self.horizontalHeader()
        if column.sort_key is None:  # put the indicator back where the sort really is
            header.setSortIndicator(self.table_model.column_index(self._sorted_key),
                                    Qt.SortOrder.DescendingOrder if self._state.descending
                                    else Qt.SortOrder.AscendingOrder)
            return
        descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        self._sorted_key = column.key
        self._state.set_sort(column.sort_key, descending)

    # --- results and selection ------------------------------------------------------------

    def _on_database(self, repository: Repository) -> None:
        state = self.save_state()
        self.table_model.set_repository(repository)
        self._fitted.clear()  # another database's values: fit afresh
        self.restore_state(state)

    def _on_results(self, results: Results) -> None:
        selected = self._state.selected
        self.table_model.set_ids(results.ids, results.first_rows)
        self.fit_columns()
        if selected is not None:
            self._select_row_of(selected)

    def _on_selection(self, seq: object) -> None:
        if isinstance(seq, int):
            self._select_row_of(seq)
        elif seq is None:
            self.clearSelection()

    def _select_row_of(self, seq: int) -> None:
        row = self.table_model.row_of(seq)
        if row is None:
            self.clearSelection()
            return
        index = self.table_model.index(row, self.visible_columns()[0])
        current = self.currentIndex()
        if current.isValid() and current.row() == row:
            return
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._state.select(self.table_model.ids[current.row()])

    def selected_seqs(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self.table_model.ids[row] for row in rows]

    # --- copy ---------------------------------------------------------------------------

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        if isinstance(event, QKeyEvent) and event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

    def copy_selection(self) -> str:
        """Copy the selected rows (visible columns, with a header) as TSV; return the text."""
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows:
            return ""
        text = self.table_model.as_tsv(rows, self.visible_columns())
        QGuiApplication.clipboard().setText(text)
        return text

    # --- persistence ----------------------------------------------------------------------

    def save_state(self) -> str:
        return bytes(self.horizontalHeader().saveState().toBase64().data()).decode("ascii")

    def restore_state(self, encoded: str | None) -> None:
        if not encoded:
            return
        data = QByteArray.fromBase64(encoded.encode("ascii"))
        if not self.horizontalHeader().restoreState(data):
            self._apply_default_columns()
            self._publish_columns()
            return
        header = self.horizontalHeader()
        if header.count() != self.table_model.columnCount():
            self._apply_default_columns()
            return
        section = header.sortIndicatorSection()
        column = self.table_model.columns[section] if 0 <= section < header.count() else None
        if column is not None and column.sort_key is not None:
            self._sorted_key = column.key
            self._state.set_sort(column.sort_key, header.sortIndicatorOrder()
                                 == Qt.SortOrder.DescendingOrder, run=False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        keys = self.visible_keys()
        self._chosen = list(keys) != [k for k in DEFAULT_VISIBLE if k in keys]
        # Kept widths stand, but grow where they cut (older versions kept "1,500" at 56 px).
        self._fitted = {i: header.sectionSize(i) for i in self.visible_columns()}
        self.fit_columns()
        self._publish_columns()
