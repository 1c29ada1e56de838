"""The export dialog: scope, columns (checklist with order), flavour, formula escaping, sidecar,
data package and the style of dates.

It only gathers choices; the main window runs the core's exporter off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.export.datapackage import DATAPACKAGE_FILE
from asylum_browser.core.export.sidecar import WORKSPACE_COLUMNS
from asylum_browser.core.model.schema import COLUMNS, DEFAULT_EXPORT_COLUMNS
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.shown_text import plain
from asylum_browser.i18n.words import field_text, tr, translate


@dataclass(frozen=True)
class ExportChoices:
    path: Path
    selected_only: bool
    columns: tuple[str, ...]
    bom: bool
    escape_formulas: bool
    sidecar: bool
    # Off unless asked, for callers other than the dialog (which ticks it): the files they
    # write stay the ones they always wrote.
    datapackage: bool = False
    dates: str = "iso"  # or "edtf" (core/export/edtf.py)


class ExportDialog(QDialog):
    def __init__(self, folder: Path, result_count: int, selected_count: int,
                 parent: QWidget | None = None, columns: tuple[str, ...] | None = None,
                 workspace: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(tr("Export to CSV"))
        self.resize(520, 600)
        self.all_rows = QRadioButton(
            tr("The 1 incident the search shows") if result_count == 1 else
            tr("All {count} incidents the search shows").format(count=f"{result_count:,}"),
            self)
        self.all_rows.setObjectName("exportAllRows")
        self.all_rows.setAccessibleName(tr("Export all incidents the search shows"))
        self.selected_rows = QRadioButton(
            tr("Only the 1 selected row") if selected_count == 1 else
            tr("Only the {count} selected rows").format(count=f"{selected_count:,}"), self)
        self.selected_rows.setObjectName("exportSelectedRows")
        self.selected_rows.setAccessibleName(tr("Export only the selected rows"))
        self.selected_rows.setEnabled(selected_count > 0)
        self.all_rows.setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.all_rows)
        scope.addButton(self.selected_rows)

        self.column_list = QListWidget(self)
        self.column_list.setObjectName("exportColumns")
        self.column_list.setAccessibleName(tr("Columns to export; drag to reorder"))
        self.column_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        # Your notes, tags and flag can go along too (from your workspace, after the rest).
        described = {c.name: (c.label, c.description) for c in COLUMNS}
        if workspace:
            described.update(WORKSPACE_COLUMNS)
        chosen = [name for name in (columns or DEFAULT_EXPORT_COLUMNS) if name in described]
        for name in chosen + [name for name in described if name not in chosen]:
            label, description = described[name]
            item = QListWidgetItem(f"{field_text(label)}  ({name})")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(field_text(description))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if name in chosen
                               else Qt.CheckState.Unchecked)
            self.column_list.addItem(item)
        select_all = QPushButton(tr("All"), self)
        select_all.setAccessibleName(tr("Select all columns"))
        select_all.clicked.connect(lambda: self._check_all(True))
        select_none = QPushButton(tr("None"), self)
        select_none.setAccessibleName(tr("Select no columns"))
        select_none.clicked.connect(lambda: self._check_all(False))

        self.flavour = QComboBox(self)
        self.flavour.setObjectName("exportFlavour")
        self.flavour.setAccessibleName(tr("CSV flavour"))
        self.flavour.addItem(tr("Plain CSV (UTF-8), for R, pandas and most tools"), False)
        self.flavour.addItem(tr("Excel-friendly CSV (UTF-8 with byte-order mark)"), True)
        # Excel is what most people open an export in from the window, and without the mark
        # it reads UTF-8 as the local code page (북한 turns to mojibake); R and pandas read
        # the mark fine. The command line stays plain unless --bom: scripts expect that.
        self.flavour.setCurrentIndex(1)
        self.escape = QCheckBox(tr("Neutralise spreadsheet formulas"), self)
        self.escape.setObjectName("exportEscapeFormulas")
        self.escape.setAccessibleName(tr("Neutralise spreadsheet formulas"))
        self.escape.setChecked(True)
        escape_note = QLabel(tr("Cells starting with = + - @ or ' get a leading ' so no "
                                "spreadsheet runs them (the about file says how to undo it)."),
                             self)
        escape_note.setWordWrap(True)
        escape_note.setEnabled(False)
        self.sidecar = QCheckBox(tr("Also write an .about.txt file (query, dataset version, "
                                    "columns, attribution)"), self)
        self.sidecar.setObjectName("exportSidecar")
        self.sidecar.setAccessibleName(tr("Write an about file beside the CSV"))
        self.sidecar.setChecked(True)
        # On: the data package is what lets R, pandas (frictionless) and other tools read the
        # columns with their types, vocabularies and unknowns; it costs one small file.
        self.datapackage = QCheckBox(translate(
            "Export", "Also write a data package ({file})").format(file=DATAPACKAGE_FILE), self)
        self.datapackage.setObjectName("exportDatapackage")
        self.datapackage.setAccessibleName(translate(
            "Export", "Write a data package (datapackage.json) beside the CSV"))
        self.datapackage.setToolTip(translate(
            "Export", "A Frictionless data package: the dataset, its version and licence, the "
            "query, and each column's type, description and allowed values. It describes "
            "this export; a later one with a data package into the same folder replaces it."))
        self.datapackage.setChecked(True)
        self.dates = QComboBox(self)
        self.dates.setObjectName("exportDates")
        self.dates.setAccessibleName(translate("Export", "How dates are written"))
        self.dates.addItem(translate("Export", "ISO at each date's precision (2002, 2002-05, "
                                     "2002-05-08)"), "iso")
        self.dates.addItem(translate("Export", "EDTF: the same, with ~ when inferred, ? when "
                                     "the sources disagree, % when both"), "edtf")

        self.path_edit = QLineEdit(str(folder / "asylum-browser-export.csv"), self)
        self.path_edit.setObjectName("exportPath")
        self.path_edit.setAccessibleName(tr("File to write"))
        browse = QPushButton(tr("Browse…"), self)
        browse.setObjectName("exportBrowse")
        browse.setAccessibleName(tr("Choose the file to write"))
        browse.clicked.connect(self._browse)
        self.message = plain(QLabel(self))
        self.message.setStyleSheet("color: #d0302f;")
        self.message.hide()

        form = QFormLayout()
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.all_rows)
        scope_box.addWidget(self.selected_rows)
        form.addRow(tr("Rows"), scope_box)
        column_buttons = QHBoxLayout()
        column_buttons.addWidget(QLabel(tr("Tick columns; drag to change their order."), self), 1)
        column_buttons.addWidget(select_all)
        column_buttons.addWidget(select_none)
        columns_box = QVBoxLayout()
        columns_box.addLayout(column_buttons)
        columns_box.addWidget(self.column_list)
        form.addRow(tr("Columns"), columns_box)
        form.addRow(tr("Flavour"), self.flavour)
        escape_box = QVBoxLayout()
        escape_box.addWidget(self.escape)
        escape_box.addWidget(escape_note)
        form.addRow(tr("Safety"), escape_box)
        form.addRow("", self.sidecar)
        form.addRow("", self.datapackage)
        form.addRow(translate("Export", "Dates"), self.dates)
        path_box = QHBoxLayout()
        path_box.addWidget(self.path_edit, 1)
        path_box.addWidget(browse)
        form.addRow(tr("Save as"), path_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.column_list.count()):
            self.column_list.item(row).setCheckState(state)

    def _browse(self) -> None:
        path = file_dialogs.ask(self, "save", tr("Export to CSV"), self.path_edit.text(),
                                tr("CSV files (*.csv);;All files (*)"))
        if path:
            self.path_edit.setText(path if path.lower().endswith(".csv") else path + ".csv")

    def chosen_columns(self) -> tuple[str, ...]:
        return tuple(str(self.column_list.item(row).data(Qt.ItemDataRole.UserRole))
                     for row in range(self.column_list.count())
                     if self.column_list.item(row).checkState() == Qt.CheckState.Checked)

    def choices(self) -> ExportChoices:
        return ExportChoices(Path(self.path_edit.text().strip()).expanduser(),
                             self.selected_rows.isChecked(), self.chosen_columns(),
                             bool(self.flavour.currentData()), self.escape.isChecked(),
                             self.sidecar.isChecked(), self.datapackage.isChecked(),
                             str(self.dates.currentData()))

    def _accept(self) -> None:
        choices = self.choices()
        if not choices.columns:
            self._complain(tr("Tick at least one column."))
        elif not self.path_edit.text().strip():
            self._complain(tr("Choose a file to write."))
        elif not choices.path.parent.is_dir():
            self._complain(tr("The folder {folder} does not exist.").format(
                folder=choices.path.parent))
        else:
            self.accept()

    def _complain(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
