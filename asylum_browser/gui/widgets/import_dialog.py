"""File > Import cases… (objectName importDialog): map a CSV or JSON file's columns to our
fields, preview the first 20 rows mapped, check every row, read and save the report, and write
the valid rows into a new database off the GUI thread, with progress and Cancel.

The work is the core's (core/dataset/importer.py): the same checks as `asylum-browser
import`. The new database is written whole or not at all; when it is done the dialog emits
``imported`` with its path, and the window opens it like any other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.cases.imported import cases_of_table
from asylum_browser.core.cases.mycases import check_cases
from asylum_browser.core.dataset.importer import (
    FIELDS,
    Checked,
    ImportCancelled,
    ImportProblem,
    Table,
    guess_mapping,
    mapped_preview,
    read_table,
    validate,
    write_database,
)
from asylum_browser.core.model.schema import import_label
from asylum_browser.files import atomic_write
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.shown_text import plain
from asylum_browser.gui.workers import Job
from asylum_browser.i18n.words import QT_TR_NOOP, tr

NOT_IMPORTED = QT_TR_NOOP("— not imported —")
FILE_FILTER = QT_TR_NOOP("Cases (*.csv *.tsv *.txt *.json);;All files (*)")
PROGRESS_STEPS = 1000


# The check, the counts if written, and the cases checked for the user's own (when into them).
Outcome = tuple[Checked, "dict[str, int] | None", "list[dict[str, Any]] | None"]
INTO_MINE, INTO_DATABASE = 0, 1  # the destination choice's indexes


def counted(count: int, one: str, many: str) -> str:
    """'1 row', '2 rows', '1,500 rows': a one-case file is common in a first try. ``one`` and
    ``many`` are marked texts, ``many`` with a {count}; languages without plurals say both
    the same way."""
    return tr(one) if count == 1 else tr(many).format(count=f"{count:,}")


ROWS = (QT_TR_NOOP("1 row"), QT_TR_NOOP("{count} rows"))
COLUMNS = (QT_TR_NOOP("1 column"), QT_TR_NOOP("{count} columns"))
WARNINGS = (QT_TR_NOOP("1 warning"), QT_TR_NOOP("{count} warnings"))
CASES = (QT_TR_NOOP("1 case"), QT_TR_NOOP("{count} cases"))
INCIDENTS = (QT_TR_NOOP("1 incident"), QT_TR_NOOP("{count} incidents"))


def import_job(table: Table, mapping: dict[str, str], target: Path | None, source_name: str,
               skip_invalid: bool, write: bool = True) -> Job:
    """Check (and, with ``write``, import) off the GUI thread. The job returns an Outcome,
    or errors with ImportCancelled or ImportProblem (or whatever else went wrong). Without a
    ``target`` the valid rows are checked as the user's own cases instead of written."""

    def progress(job: Job, done: int, total: int) -> bool:
        words = tr("{done} of {total} rows").format(done=f"{done:,}", total=f"{total:,}")
        return job.report(words, done / total if total else 1.0)

    def work(job: Job) -> Outcome:
        checked = validate(table, mapping, progress=lambda d, t: progress(job, d, t))
        file_level = any(p.fatal and p.row == 0 for p in checked.problems)
        counts, cases = None, None
        if write and not file_level and checked.records \
                and (skip_invalid or not checked.rejected_rows):
            if target is None:
                cases = check_cases(cases_of_table(table, mapping)).cases
                counts = {"incidents": len(cases)}
            else:
                counts = write_database(checked, target, source_name,
                                        lambda d, t: progress(job, d, t))
        return checked, counts, cases

    return Job(work)


def failure_message(error: object) -> str:
    """What the dialog says when an import job errored."""
    if isinstance(error, ImportCancelled):
        return tr("Import cancelled; nothing was written.")
    if isinstance(error, ImportProblem):
        return str(error)
    return tr("The import failed: {error}").format(error=error)


class ImportDialog(QDialog):
    imported = Signal(object)  # Path of the new database
    into_my_cases = Signal(object)  # the checked cases to keep among the user's own
    run_done = Signal()  # a check or an import ended (however it ended)

    def __init__(self, target_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(tr("Import your own cases"))
        self.resize(880, 620)
        self.target_folder = target_folder
        self.table: Table | None = None
        self.source = Path()
        self.checked: Checked | None = None
        self.run: Job | None = None
        self._writing = False
        self._pool = QThreadPool(self)

        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("importFile")
        self.file_edit.setPlaceholderText(tr("A CSV or JSON file of cases, one per row"))
        self.file_edit.setAccessibleName(tr("File to import"))
        browse = QPushButton(tr("Choose…"), self)
        browse.clicked.connect(self.choose_file)
        self.destination = QComboBox(self)
        self.destination.setObjectName("importDestination")
        self.destination.addItems([tr("My cases, beside the bundled ones"),
                                   tr("A new database of their own")])
        self.target_edit = QLineEdit(self)
        self.target_edit.setEnabled(False)  # a database's name is asked for only when wanted
        self.destination.currentIndexChanged.connect(
            lambda index: self.target_edit.setEnabled(index == INTO_DATABASE))
        self.target_edit.setObjectName("importTarget")
        self.target_edit.setAccessibleName(tr("New database to write"))
        self.skip_invalid = QCheckBox(
            tr("Import the valid rows and leave out the rejected ones"), self)
        self.skip_invalid.setObjectName("skipInvalid")
        self.mapping_table = QTableWidget(0, 3, self)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels([tr("Column in your file"), tr("Goes into"),
                                                      tr("First value")])
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_table.verticalHeader().hide()
        self.preview = QTableWidget(0, 0, self)
        self.preview.setObjectName("importPreview")
        self.report = QTableWidget(0, 4, self)
        self.report.setObjectName("importReport")
        self.report.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Value"), tr("Problem")])
        self.report.horizontalHeader().setStretchLastSection(True)
        self.report.verticalHeader().hide()
        tabs = QTabWidget(self)
        tabs.addTab(self.mapping_table, tr("Columns"))
        tabs.addTab(self.preview, tr("Preview (first 20 rows)"))
        tabs.addTab(self.report, tr("Report"))
        self.tabs = tabs
        self.summary = plain(QLabel(tr("Choose a file to import."), self))
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.save_report_button = QPushButton(tr("Save report as CSV…"), self)
        self.save_report_button.setEnabled(False)
        self.save_report_button.clicked.connect(lambda: self.save_report())
        self.check_button = QPushButton(tr("Check"), self)
        self.check_button.setObjectName("importCheck")
        self.check_button.clicked.connect(lambda: self.start(write=False))
        self.import_button = QPushButton(tr("Import"), self)
        self.import_button.setObjectName("importStart")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.start(write=True))
        self.cancel_button = QPushButton(tr("Close"), self)
        self.cancel_button.clicked.connect(self._cancel_or_close)
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)

        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(tr("File:"), self))
        chooser.addWidget(self.file_edit, 1)
        chooser.addWidget(browse)
        target = QHBoxLayout()
        target.addWidget(QLabel(tr("Import into:"), self))
        target.addWidget(self.destination)
        target.addWidget(QLabel(tr("New database:"), self))
        target.addWidget(self.target_edit, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(tabs, 1)
        layout.addLayout(target)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.summary)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

    # --- choosing and mapping -----------------------------------------------------------

    def choose_file(self) -> None:
        chosen = file_dialogs.ask(self, "open", tr("Import cases"), str(Path.home()),
                                  tr(FILE_FILTER))
        if chosen:
            self.load(Path(chosen))

    def load(self, path: Path) -> bool:
        """Read a file and guess its mapping; say why when it cannot be read."""
        self.file_edit.setText(str(path))
        try:
            self.table = read_table(path)
        except ImportProblem as problem:
            self.table = None
            self.summary.setText(str(problem))
            for button in (self.check_button, self.import_button):
                button.setEnabled(False)
            return False
        self.source = path
        self.target_edit.setText(str(self.target_folder / f"{path.stem}.sqlite"))
        self._fill_mapping(guess_mapping(self.table.columns))
        warnings = " ".join(p.problem for p in self.table.warnings)
        self.summary.setText(tr("{rows} and {columns}. Check the mapping, then Check or Import.")
                             .format(rows=counted(len(self.table.rows), *ROWS),
                                     columns=counted(len(self.table.columns), *COLUMNS))
                             + (" " + warnings if warnings else ""))
        for button in (self.check_button, self.import_button):
            button.setEnabled(True)
        return True

    def _fill_mapping(self, mapping: dict[str, str]) -> None:
        assert self.table is not None
        self.mapping_table.setRowCount(len(self.table.columns))
        first = self.table.rows[0] if self.table.rows else {}
        for row, column in enumerate(self.table.columns):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(column))
            combo = QComboBox(self.mapping_table)
            combo.addItem(tr(NOT_IMPORTED), None)
            for name in FIELDS:  # shown by label, kept by field name for the core
                combo.addItem(import_label(name), name)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column)), 0))
            combo.setAccessibleName(tr("Field for the column {column}").format(column=column))
            combo.currentTextChanged.connect(lambda _text: self._fill_preview())
            self.mapping_table.setCellWidget(row, 1, combo)
            self.mapping_table.setItem(row, 2, QTableWidgetItem(first.get(column, "")[:80]))
        self.mapping_table.resizeColumnsToContents()
        self._fill_preview()

    def mapping(self) -> dict[str, str]:
        chosen = {}
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 1)
            item = self.mapping_table.item(row, 0)
            if isinstance(combo, QComboBox) and item is not None \
                    and combo.currentData() is not None:
                chosen[item.text()] = str(combo.currentData())
        return chosen

    def set_field(self, column: str, field_name: str) -> None:
        for row in range(self.mapping_table.rowCount()):
            item = self.mapping_table.item(row, 0)
            combo = self.mapping_table.cellWidget(row, 1)
            if item is not None and item.text() == column and isinstance(combo, QComboBox):
                combo.setCurrentIndex(max(combo.findData(field_name), 0))

    def _fill_preview(self) -> None:
        if self.table is None:
            return
        mapping = self.mapping()
        fields = list(dict.fromkeys(mapping.values()))
        rows = mapped_preview(self.table, mapping)
        self.preview.setColumnCount(len(fields))
        self.preview.setHorizontalHeaderLabels([import_label(name) for name in fields])
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, name in enumerate(fields):
                self.preview.setItem(r, c, QTableWidgetItem(str(row.get(name, ""))[:120]))

    # --- checking and importing ---------------------------------------------------------

    def start(self, write: bool) -> Job | None:
        if self.table is None or self.run is not None:
            return None
        into_mine = self.destination.currentIndex() == INTO_MINE
        run = import_job(self.table, self.mapping(),
                         None if into_mine else Path(self.target_edit.text()),
                         self.source.name, self.skip_invalid.isChecked(), write)
        run.progress.connect(self._progressed)
        run.returned.connect(self._returned)
        run.errored.connect(self._errored)
        self.run, self._writing = run, write
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.setText(tr("Cancel"))
        for button in (self.check_button, self.import_button):
            button.setEnabled(False)
        run.start(self._pool)
        return run

    def _progressed(self, message: str, fraction: float) -> None:
        if fraction < 0:
            self.progress.setRange(0, 0)
            return
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setValue(round(fraction * PROGRESS_STEPS))
        self.progress.setFormat(message)

    def _returned(self, outcome: Outcome) -> None:
        self._finished(*outcome, self._writing)

    def _errored(self, error: object) -> None:
        self._failed(failure_message(error))

    def _done(self) -> None:
        self.run = None
        self.progress.hide()
        self.cancel_button.setText(tr("Close"))
        for button in (self.check_button, self.import_button):
            button.setEnabled(self.table is not None)

    def _finished(self, checked: Checked, counts: dict[str, int] | None,
                  cases: list[dict[str, Any]] | None, write: bool) -> None:
        self._done()
        self.checked = checked
        self._fill_report(checked)
        rejected = checked.rejected_rows
        warnings = sum(1 for p in checked.problems if not p.fatal)
        state = tr("{rows}: {valid} valid, {rejected} rejected, {warnings}.").format(
            rows=counted(checked.rows, *ROWS), valid=f"{checked.rows - rejected:,}",
            rejected=f"{rejected:,}", warnings=counted(warnings, *WARNINGS))
        if cases is not None:
            self.summary.setText(state + " " + tr("{count} added to your cases.").format(
                count=counted(len(cases), *CASES)))
            self.into_my_cases.emit(cases)
        elif counts is not None:
            self.summary.setText(state + " " + tr("Imported {incidents} into {database}.").format(
                incidents=counted(counts["incidents"], *INCIDENTS),
                database=self.target_edit.text()))
            self.imported.emit(Path(self.target_edit.text()))
        elif write:
            self.summary.setText(state + " " + tr(
                "Nothing was written: fix the rows in the report, or tick “Import the valid "
                "rows”."))
        else:
            self.summary.setText(state)
        if checked.problems:
            self.tabs.setCurrentWidget(self.report)
        self.run_done.emit()

    def _failed(self, message: str) -> None:
        self._done()
        self.summary.setText(message)
        self.run_done.emit()

    def _fill_report(self, checked: Checked) -> None:
        self.report.setRowCount(len(checked.problems))
        for r, item in enumerate(checked.problems):
            values = [str(item.row) if item.row else tr("file"), item.column, item.value,
                      item.problem + ("" if item.fatal else tr(" (warning; imported)"))]
            for c, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.report.setItem(r, c, cell)
        self.report.resizeColumnsToContents()
        self.save_report_button.setEnabled(bool(checked.problems))

    def save_report(self, path: Path | None = None) -> bool:
        if self.checked is None:
            return False
        if path is None:
            chosen = file_dialogs.ask(self, "save", tr("Save the import report"),
                                      str(Path.home() / "import-report.csv"), tr("CSV (*.csv)"))
            if not chosen:
                return False
            path = Path(chosen)
        try:
            with atomic_write(path, "w", encoding="utf-8") as stream:
                stream.write(self.checked.report_csv())
        except OSError as error:
            self.summary.setText(tr("The report could not be saved: {reason}").format(
                reason=error.strerror or error))
            return False
        return True

    def _cancel_or_close(self) -> None:
        if self.run is not None:
            self.run.cancel()
        else:
            self.reject()

