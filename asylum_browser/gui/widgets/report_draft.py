"""One draft of the review dialog (report_review.py) as an editable form; the report's highlights.

Every field the extractor filled shows, under its editor, the sentence of the report it came
from, and its label wears the colour its span has in the report. The countries are searchable
pickers of every country by its name (the form gives the ISO code), the mission type and the
outcome class pickers of the vocabulary, each with the extracted value chosen. The buttons
only ask: the dialog accepts, merges or discards, through AppState; an accepted draft stays as
a record of what was kept, and cannot be kept twice.

Signals: accept_requested(), merge_requested(), discard_requested(); edited(), the user
changed a field; focused(str), a field took the focus (its name), so the dialog can show its
span in the report.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.extract import FIELDS, Draft, Extraction
from asylum_browser.gui.shown_text import plain, tooltip
from asylum_browser.gui.widgets.report_reading import (
    COUNTRY_FIELDS,
    LABELS,
    Choices,
    snippet,
    utf16_offsets,
)
from asylum_browser.i18n.words import QT_TR_NOOP, field_text, tr

# Each field's colour: its label here and its spans in the report (dark text on all of them).
COLOURS = {
    "date_start": "#ffd59e", "city": "#9ee6e6", "host_country": "#b8f2b0",
    "sending_state": "#f7b2c4", "mission_type": "#d4b8f7", "people_count": "#a8cdfa",
    "people_note": "#cfe2fb", "seekers_nationality": "#f5e18a", "entry_method": "#f9c7a0",
    "host_response": "#e6cfa8", "outcome": "#c9e89b", "outcome_class": "#dfe9b8",
    "dateline": "#d9d9d9",
}
HINTS = {
    "date_start": QT_TR_NOOP("YYYY, YYYY-MM or YYYY-MM-DD"),
    "host_country": QT_TR_NOOP("type to find a country"),
    "sending_state": QT_TR_NOOP("type to find a country"), "people_count": QT_TR_NOOP("a number"),
    "seekers_nationality": QT_TR_NOOP("type to find a country"),
}
NOT_GIVEN = QT_TR_NOOP("— not given —")
Editor = QLineEdit | QComboBox


def _picker(name: str, value: object, choices: Choices, parent: QWidget) -> QComboBox:
    """A country to find by typing any part of its name, or a vocabulary to choose from;
    ``value`` (a code) chosen, and kept even when the list does not hold it."""
    combo = QComboBox(parent)
    searchable = name in COUNTRY_FIELDS
    if not searchable:
        combo.addItem(tr(NOT_GIVEN), "")
    for code, label in choices:
        combo.addItem(label, code)
    index = combo.findData(value) if value not in (None, "") else -1
    if index < 0 and value not in (None, ""):
        combo.addItem(str(value), str(value))
        index = combo.count() - 1
    if searchable:
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(combo.model(), combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        line = combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(HINTS[name])
    combo.setCurrentIndex(max(index, 0) if not searchable else index)
    return combo


def picked(editor: Editor) -> str:
    """What a field holds: a picker's code (a name typed in full counts as chosen), or the
    text as typed, which the importer then resolves or explains."""
    if isinstance(editor, QLineEdit):
        return editor.text()
    text = editor.currentText().strip()
    if not editor.isEditable():
        return str(editor.currentData() or "")
    index = editor.findText(text, Qt.MatchFlag.MatchFixedString) if text else -1
    return str(editor.itemData(index)) if index >= 0 else text


def highlights(document: QTextDocument, text: str,
               spans: list[tuple[str, int, int]]) -> list[QTextEdit.ExtraSelection]:
    """The report's highlights: each (field, start, end) of ``text`` in its field's colour."""
    offsets = utf16_offsets(text)
    chosen = []
    for name, start, end in spans:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(document)
        cursor.setPosition(offsets[start] if offsets else start)
        cursor.setPosition(offsets[end] if offsets else end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        text_format = QTextCharFormat()
        text_format.setBackground(QColor(COLOURS.get(name, COLOURS["dateline"])))
        text_format.setForeground(QColor("#1a1a1a"))
        selection.format = text_format
        chosen.append(selection)
    return chosen


class DraftForm(QWidget):
    accept_requested = Signal()
    merge_requested = Signal()
    discard_requested = Signal()
    edited = Signal()
    focused = Signal(str)

    def __init__(self, extraction: Extraction, draft: Draft, title: str,
                 choices: dict[str, Choices] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftForm")
        self.draft = draft
        self.accepted: str | None = None  # the id of the case this draft became
        self._choices = choices or {}
        self.edits: dict[str, Editor] = {}
        self.evidence_labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.banner = plain(QLabel(self))
        self.banner.setObjectName("knownCase")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        fields = QWidget(self)
        grid = QGridLayout(fields)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(4)
        for row, name in enumerate(("title", *FIELDS)):
            value = title if name == "title" else draft.get(name)
            grid.addWidget(self._label(name), row, 0,
                           Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(self._field(extraction, name, value), row, 1)
        scroll = QScrollArea(self)
        scroll.setObjectName("draftFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(fields)
        layout.addWidget(scroll, 1)
        self.problems = plain(QLabel(self))
        self.problems.setObjectName("draftProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #b3261e;")
        self.problems.hide()
        layout.addWidget(self.problems)
        layout.addLayout(self._buttons())
        self.set_existing(draft.existing_id)

    def _label(self, name: str) -> QLabel:
        label = plain(QLabel(field_text(LABELS[name]), self))
        colour = COLOURS.get(name)
        if colour:  # the legend: the colour this field's spans have in the report
            label.setStyleSheet(f"QLabel {{ background: {colour}; color: #1a1a1a; "
                                "border-radius: 3px; padding: 1px 4px; }")
        return label

    def _field(self, extraction: Extraction, name: str, value: object) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 2)
        column.setSpacing(1)
        edit: Editor
        if name in self._choices:
            edit = _picker(name, value, self._choices[name], box)
            edit.activated.connect(lambda _index: self.edited.emit())
            if (typed := edit.lineEdit()) is not None:
                typed.textEdited.connect(lambda _text: self.edited.emit())
                typed.installEventFilter(self)
        else:
            edit = QLineEdit("" if value is None else str(value), box)
            edit.setPlaceholderText(tr(HINTS[name]) if name in HINTS else "")
            edit.textEdited.connect(lambda _text: self.edited.emit())
        edit.setObjectName(f"draft_{name}")
        edit.setAccessibleName(field_text(LABELS[name]))
        edit.installEventFilter(self)
        self.edits[name] = edit
        column.addWidget(edit)
        shown, sentence = snippet(extraction, self.draft, name)
        if shown:
            line = plain(QLabel(tr("from: {words}").format(words=shown), box))
            line.setObjectName(f"evidence_{name}")
            line.setWordWrap(True)
            line.setStyleSheet("color: palette(placeholder-text); font-size: 90%;")
            line.setToolTip(tooltip(sentence))
            edit.setToolTip(tooltip(tr("From the report: {sentence}").format(sentence=sentence)))
            self.evidence_labels[name] = line
            column.addWidget(line)
        return box

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.accept_button = QPushButton(tr("&Accept as my case"), self)
        self.accept_button.setObjectName("acceptDraft")
        self.accept_button.clicked.connect(self.accept_requested)
        row.addWidget(self.accept_button)
        self.merge_button = QPushButton(tr("Add as a &source of the known case"), self)
        self.merge_button.setObjectName("mergeDraft")
        self.merge_button.clicked.connect(self.merge_requested)
        row.addWidget(self.merge_button)
        row.addStretch(1)
        self.discard_button = QPushButton(tr("&Discard"), self)
        self.discard_button.setObjectName("discardDraft")
        self.discard_button.clicked.connect(self.discard_requested)
        row.addWidget(self.discard_button)
        return row

    def set_existing(self, existing: str | None) -> None:
        """Show the known case this draft retells (found now, or when the dialog re-linked
        it after another draft was kept), and offer to add the report to it."""
        if existing != self.draft.existing_id:
            self.draft = replace(self.draft, existing_id=existing)
        self.banner.setText(tr("The report retells a case we have: {case}. Add the report "
                               "as its source rather than a new case.").format(case=existing)
                            if existing else "")
        self.banner.setVisible(existing is not None)
        self.merge_button.setToolTip(tooltip(tr("Note on {case} that this report tells it "
                                                "too").format(case=existing))
                                     if existing else "")
        self.merge_button.setVisible(existing is not None and self.accepted is None)

    def mark_accepted(self, case_id: str) -> None:
        """This draft is now the user's case ``case_id``: shown so, and kept only once."""
        self.accepted = case_id
        self.banner.setText(tr("Kept as your case {case}.").format(case=case_id))
        self.banner.setVisible(True)
        for widget in (*self.edits.values(), self.accept_button, self.merge_button,
                       self.discard_button):
            widget.setEnabled(False)
        self.merge_button.hide()
        self.accept_button.setText(tr("Accepted"))
        self.show_problems([])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for name, edit in self.edits.items():
                if edit is watched or (isinstance(edit, QComboBox)
                                       and edit.lineEdit() is watched):
                    self.focused.emit(name)
        return False

    def values(self) -> dict[str, str]:
        """Every field as the user left it, a picker's as its code."""
        return {name: picked(edit) for name, edit in self.edits.items()}

    def show_problems(self, problems: list[str]) -> None:
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))


class DraftTabs(QTabWidget):
    """The drafts of one reading, a tab each ("2. Hanoi", "3. Shenyang (known case)")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftTabs")
        self.setUsesScrollButtons(True)

    def forms(self) -> list[DraftForm]:
        return [form for index in range(self.count())
                if (form := self._form(index)) is not None]

    def _form(self, index: int) -> DraftForm | None:
        form = self.widget(index)
        return form if isinstance(form, DraftForm) else None

    def current_form(self) -> DraftForm | None:
        return self._form(self.currentIndex())

    def show_drafts(self, extraction: Extraction | None, titles: tuple[str, ...],
                    choices: dict[str, Choices] | None = None) -> list[DraftForm]:
        """Replace the tabs with a form for each draft of ``extraction``; the new forms."""
        while self.count():
            self._drop(0)
        forms = []
        drafts = extraction.drafts if extraction is not None else ()
        for number, (draft, title) in enumerate(zip(drafts, titles, strict=True), 1):
            assert extraction is not None
            form = DraftForm(extraction, draft, title, choices, self)
            form.setProperty("number", number)
            self.addTab(form, "")
            self.retitle(form)
            forms.append(form)
        return forms

    def retitle(self, form: DraftForm) -> None:
        """'2. Hanoi', '3. Shenyang (known case)', '1. Beijing (accepted)'."""
        place = form.draft.get("city") or tr("somewhere")
        state = tr(" (accepted)") if form.accepted else (
            tr(" (known case)") if form.draft.existing_id else "")
        self.setTabText(self.indexOf(form), f"{form.property('number')}. {place}{state}")

    def remove(self, form: DraftForm) -> None:
        for index in range(self.count()):
            if self._form(index) is form:
                self._drop(index)
                return

    def _drop(self, index: int) -> None:
        widget = self.widget(index)
        self.removeTab(index)
        if widget is not None:
            widget.deleteLater()
