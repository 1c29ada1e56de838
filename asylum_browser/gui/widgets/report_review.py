"""File > New cases from a report… (objectName reportReview): a news report in, cases out.

The user pastes a report or opens a .txt or .html file; the extractor (core/extract) reads it
off the GUI thread and proposes one draft per incident. The report stays on the left with
every span a draft was read from highlighted in its field's colour (the form's labels are the
legend); the drafts are editable forms on the right, one tab each, every field with the
sentence it came from. Per draft: Accept (checked as the importer checks, kept through
AppState as one of the user's cases with the report as its source; the draft stays, marked
accepted, and the drafts left are linked anew, so one telling the case just kept offers to
add the report to it instead of making a duplicate), Add as a source of the known case it
retells (a source correction of a bundled case, kept in the workspace and
exported with the user's corrections; or a new source of one of the user's cases), or
Discard. The dateline is found in the text and can be typed over.

Signals: read_done(object), an Extraction now shown (or None when the report could not be
read); case_accepted(str), the id of a case just kept.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.cases.corrections import CorrectionProblem
from asylum_browser.core.cases.mycases import check_cases
from asylum_browser.core.extract import EmptyReport, Extraction
from asylum_browser.core.extract.reading import ReportProblem, read_report
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.report_sources import add_report_as_source
from asylum_browser.gui.shown_text import message_box, plain
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.report_draft import DraftForm, DraftTabs, highlights
from asylum_browser.gui.widgets.report_reading import (
    Choices,
    ExtractorOnce,
    Reading,
    case_from,
    problem_text,
    read,
    relinked,
    report_source,
    snippet,
    utf16_offsets,
)
from asylum_browser.gui.workers import LatestOnlyRunner
from asylum_browser.i18n.words import QT_TR_NOOP, tr

FILE_FILTER = QT_TR_NOOP("Reports (*.txt *.html *.htm);;All files (*)")
DEBOUNCE_MS = 400


class ReportReviewDialog(QDialog):
    read_done = Signal(object)
    case_accepted = Signal(str)

    def __init__(self, state: AppState, extractors: ExtractorOnce,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportReview")
        self.setWindowTitle(tr("New cases from a report"))
        self._state = state
        self._extractors = extractors
        self._path: Path | None = None
        self._published: str | None = None
        self._extraction: Extraction | None = None
        self._edited = False  # a draft was changed: a new reading would replace it
        self._dateline_typed = False
        self._runner = LatestOnlyRunner(self)
        self._runner.finished.connect(self._on_read)
        self._runner.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._auto_read)
        self._build()
        self.resize(1240, 700)

    # --- layout -------------------------------------------------------------------------

    def _build(self) -> None:
        top, (self.open_button, self.source_label, self.dateline_edit,
              self.find_button) = _top_row(self)
        self.report_edit = QPlainTextEdit(self)
        self.report_edit.setObjectName("reportText")
        self.report_edit.setAccessibleName(tr("The report"))
        self.report_edit.setPlaceholderText(tr(
            "Paste a news report here, or open a .txt or .html file. Each incident it tells "
            "becomes a draft on the right, and the words each field was read from are "
            "highlighted here in the field's colour."))
        self.report_edit.textChanged.connect(self._on_text_changed)
        self.tabs = DraftTabs(self)
        self.tabs.currentChanged.connect(lambda _index: self._highlight())
        self.empty_label = plain(QLabel(tr("No drafts yet."), self))
        self.empty_label.setObjectName("noDrafts")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.empty_label, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.report_edit)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 640])

        self.status = plain(QLabel(self))
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        self._show_drafts_area()

    def _show_drafts_area(self) -> None:
        has = self.tabs.count() > 0
        self.tabs.setVisible(has)
        self.empty_label.setVisible(not has)

    # --- the report ---------------------------------------------------------------------

    def choose_file(self) -> None:
        folder = str(self._path.parent) if self._path else str(Path.home())
        path = file_dialogs.ask(self, "open", tr("Open a report"), folder, tr(FILE_FILTER))
        if path:
            self.load(Path(path))

    def load(self, path: Path) -> bool:
        """Show the report in ``path`` and read it; a file that is not one is said so."""
        try:
            report = read_report(path)
        except ReportProblem as problem:
            box = message_box(QMessageBox.Icon.Warning, tr("This file cannot be read"),
                              str(problem), self, tr("The text in the dialog is as it was."))
            box.setObjectName("reportProblem")
            box.open()
            self._problem_box = box
            return False
        self._edited = False
        self.report_edit.setPlainText(report.text)
        self._path, self._published = path, report.published
        self.source_label.setText(tr("From {file}").format(file=path.name))
        self.read_report()
        return True

    def _on_text_changed(self) -> None:
        if not self.report_edit.toPlainText().strip():
            self._path = self._published = None
            self.source_label.setText(tr("Pasted text"))
        if self._edited:
            self.status.setText(tr("The report changed. Find cases again to read it anew "
                                   "(your changes to the drafts would be replaced)."))
            return
        self._timer.start()

    def _on_dateline_typed(self, text: str) -> None:
        self._dateline_typed = bool(text.strip())
        if self._dateline() is not False and not self._edited:
            self._timer.start()

    def _dateline(self) -> dt.date | bool | None:
        """The typed dateline; None when none is typed; False when it is not a date."""
        text = self.dateline_edit.text().strip()
        if not self._dateline_typed or not text:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            self.status.setText(tr("“{text}” is not a dateline: type it as YYYY-MM-DD, "
                                   "for example 2024-03-14.").format(text=text))
            return False

    def _auto_read(self) -> None:
        if not self._edited:
            self.read_report()

    def read_report(self) -> None:
        """Read the report as it is now, off the GUI thread (Find cases)."""
        self._timer.stop()
        text = self.report_edit.toPlainText()
        dateline = self._dateline()
        if dateline is False:
            return
        if not text.strip():
            self._runner.submit(lambda: None)  # drops a reading still on its way
            self._set_drafts(None, ())
            self.status.setText(tr("Paste a report, or open a .txt or .html file."))
            return
        self.status.setText(tr("Reading the report…"))
        extractors, repository = self._extractors, self._state.repository
        typed = dateline if isinstance(dateline, dt.date) else None
        published = self._published
        self._runner.submit(lambda: read(extractors, repository, text, typed, published))

    def _on_read(self, reading: object) -> None:
        if not isinstance(reading, Reading):
            return
        if reading.extraction.text != self.report_edit.toPlainText():
            return  # the text changed while it was read: a newer reading is coming
        self._edited = False
        extraction = reading.extraction
        if not self._dateline_typed:
            self.dateline_edit.setText(extraction.dateline or "")
        self._set_drafts(extraction, reading.titles, reading.choices)
        count = len(extraction.drafts)
        found = tr("No incident found in this report") if not count else \
            tr("1 incident found") if count == 1 else \
            tr("{count} incidents found").format(count=count)
        dateline = tr("dateline {date}").format(date=extraction.dateline) \
            if extraction.dateline else \
            tr("no dateline found: type one to date “Tuesday” and the like")
        if extraction.dateline_from:
            dateline += tr(", its year taken from the case {case}: type over it if that is "
                           "wrong").format(case=extraction.dateline_from)
        self.status.setText(tr("{found} ({dateline}).").format(found=found, dateline=dateline))
        self.read_done.emit(extraction)

    def _on_failed(self, error: object) -> None:
        message = str(error) if isinstance(error, EmptyReport) else \
            tr("The report could not be read: {error}").format(error=error)
        self.status.setText(message)
        self.read_done.emit(None)

    # --- the drafts ---------------------------------------------------------------------

    def forms(self) -> list[DraftForm]:
        return self.tabs.forms()

    def _set_drafts(self, extraction: Extraction | None, titles: tuple[str, ...],
                    choices: dict[str, Choices] | None = None) -> None:
        self._extraction = extraction
        for form in self.tabs.show_drafts(extraction, titles, choices):
            form.accept_requested.connect(lambda f=form: self.accept_draft(f))
            form.merge_requested.connect(lambda f=form: self.merge_draft(f))
            form.discard_requested.connect(lambda f=form: self.discard_draft(f))
            form.edited.connect(self._on_edited)
            form.focused.connect(self.show_span)
        self._show_drafts_area()
        self.empty_label.setText(tr("No drafts yet.") if extraction is None else
                                 tr("No incident found in this report."))
        self._highlight()

    def _on_edited(self) -> None:
        self._edited = True

    def _remove(self, form: DraftForm) -> None:
        self.tabs.remove(form)
        self._show_drafts_area()
        self.empty_label.setText(tr("No drafts left."))
        self._highlight()

    def _source(self) -> dict[str, Any]:
        text = self._extraction.text if self._extraction else self.report_edit.toPlainText()
        dateline = self.dateline_edit.text().strip() or None
        return report_source(text, self._path, dateline)

    def accept_draft(self, form: DraftForm) -> bool:
        """Check the form as the importer would and keep it as one of the user's cases; the
        drafts left are linked anew, so one that tells the case just kept points to it."""
        if form.accepted:
            return False
        checked = check_cases([case_from(form.values(), self._source())],
                              self._state.my_cases.ids())
        if checked.fatal or not checked.cases:
            form.show_problems([problem_text(p) for p in checked.problems if p.fatal])
            self.status.setText(tr("This draft cannot be kept yet: see what is wrong under it."))
            return False
        if not self._state.my_cases.put(checked.cases):
            form.show_problems([tr("Your workspace is not available, so the case cannot be kept.")])
            return False
        case = checked.cases[0]
        form.mark_accepted(str(case["id"]))
        known = self._extractors.accepted(case)
        for other in self.forms():
            if not other.accepted and other.draft.existing_id is None:
                other.set_existing(relinked(known, other.values()))
            self.tabs.retitle(other)
        self.status.setText(tr("Kept “{title}” as one of your cases ({id}); the window shows "
                               "it beside ours.").format(title=case.get("title"), id=case["id"]))
        self.case_accepted.emit(str(case["id"]))
        return True

    def merge_draft(self, form: DraftForm) -> bool:
        """Add the report as a source of the known case this draft retells: for a bundled
        case a source correction (core/cases/corrections.py), for one of the user's own cases
        a source added to the case itself."""
        existing = form.draft.existing_id
        if not existing:
            return False
        source = self._source()
        sentences = [snippet(self._extraction, form.draft, name)[1]
                     for name in form.draft.evidence] if self._extraction else []
        sentence = next((s for s in sentences if s), "")
        try:
            done = add_report_as_source(self._state, existing, source, sentence, form.values())
        except CorrectionProblem as problem:
            form.show_problems([str(problem)])
            return False
        if done is None:
            return False
        self._remove(form)
        self.status.setText(done)
        return True

    def discard_draft(self, form: DraftForm) -> None:
        self._remove(form)
        self.status.setText(tr("Draft discarded."))

    # --- the highlights -----------------------------------------------------------------

    def spans(self) -> list[tuple[str, int, int]]:
        """(field, start, end) of every highlighted span, in the extraction's offsets."""
        found: list[tuple[str, int, int]] = []
        extraction = self._extraction
        if extraction is None:
            return found
        if extraction.dateline_evidence is not None:
            line = extraction.dateline_evidence
            found.append(("dateline", line.start, line.end))
        for form in self.forms():
            found += [(name, evidence.start, evidence.end)
                      for name, evidence in form.draft.evidence.items()]
        return found

    def _highlight(self) -> None:
        text = self._extraction.text if self._extraction else ""
        self.report_edit.setExtraSelections(
            highlights(self.report_edit.document(), text, self.spans()))

    def show_span(self, name: str) -> None:
        """Scroll the report to the span a focused field came from."""
        form = self.tabs.current_form()
        found = form.draft.evidence.get(name) if form is not None else None
        if found is None:
            return
        cursor = self.report_edit.textCursor()
        offsets = utf16_offsets(self._extraction.text) if self._extraction else None
        cursor.setPosition(offsets[found.start] if offsets else found.start)
        self.report_edit.setTextCursor(cursor)
        self.report_edit.ensureCursorVisible()


def _top_row(dialog: ReportReviewDialog) -> tuple[QHBoxLayout, tuple[
        QPushButton, QLabel, QLineEdit, QPushButton]]:
    """Open a file…, where the report came from, its dateline, Find cases."""
    open_button = QPushButton(tr("&Open a file…"), dialog)
    open_button.setObjectName("openReport")
    open_button.clicked.connect(dialog.choose_file)
    source = plain(QLabel(tr("Pasted text"), dialog))
    source.setObjectName("reportSource")
    edit = QLineEdit(dialog)
    edit.setObjectName("datelineEdit")
    edit.setAccessibleName(tr("Dateline"))
    edit.setPlaceholderText(tr("YYYY-MM-DD"))
    edit.setMaximumWidth(120)
    edit.setToolTip(tr("The day the report was filed: relative dates such as “on Tuesday” "
                       "are counted from it"))
    edit.textEdited.connect(dialog._on_dateline_typed)
    find = QPushButton(tr("&Find cases"), dialog)
    find.setObjectName("findCases")
    find.clicked.connect(dialog.read_report)
    top = QHBoxLayout()
    top.addWidget(open_button)
    top.addWidget(source, 1)
    dateline_label = QLabel(tr("&Dateline:"), dialog)
    dateline_label.setBuddy(edit)
    top.addWidget(dateline_label)
    top.addWidget(edit)
    top.addWidget(find)
    return top, (open_button, source, edit, find)


def install_report_review(window: QMainWindow, state: AppState) -> QAction:
    """File > New cases from a report…, below Import cases…: one dialog per window, kept
    when closed so a pasted report is still there when it is opened again."""
    extractors = ExtractorOnce()
    held: list[ReportReviewDialog] = []

    def open_dialog() -> None:
        if not held:
            held.append(ReportReviewDialog(state, extractors, window))
        held[0].show()
        held[0].raise_()
        held[0].activateWindow()

    action = QAction(tr("New cases from a &report…"), window)
    action.setObjectName("reportReviewAction")
    action.triggered.connect(lambda _checked=False: open_dialog())
    window.addAction(action)
    file_menu = window.findChild(QMenu, "fileMenu")  # by name: its title is translated
    if file_menu is not None:
        actions = file_menu.actions()
        after = next((i for i, a in enumerate(actions) if a.objectName() == "importAction"),
                     None)
        if after is not None and after + 1 < len(actions):
            file_menu.insertAction(actions[after + 1], action)
        else:
            file_menu.addAction(action)
    return action


def report_review_of(window: QWidget) -> ReportReviewDialog | None:
    """The window's review dialog, once File > New cases from a report… has opened it."""
    return window.findChild(ReportReviewDialog, "reportReview")
