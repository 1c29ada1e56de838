"""A case of the user's in a form (objectName caseForm): File > New case…, Edit > Edit my case….

Every field of a case the importer reads, as text the user types (dates as YYYY, YYYY-MM or
YYYY-MM-DD, so a date keeps its precision), the mission type and outcome class from the
vocabulary, the case's sources (each with its URL or citation, title, publisher, date and
quote) and the claims where they disagree, in two tabs (widgets/case_tables.py). Save checks
the case off the GUI thread with the core's ``check_cases``, the importer's rules and
messages, and shows each problem under its field; nothing typed is lost. A valid case goes
to ``commit`` (the caller keeps it in the workspace); the dialog closes only when that succeeded.

Signals: none; the caller passes ``commit``, which returns None when the case was kept or a
message saying why not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.cases.mycases import CheckedCases, check_cases
from asylum_browser.core.dataset.import_rows import Problem
from asylum_browser.core.model.schema import import_label
from asylum_browser.core.model.text import normalise
from asylum_browser.gui.shown_text import plain
from asylum_browser.gui.widgets.case_tables import DisputesTable, SourcesTable
from asylum_browser.gui.widgets.city_choice import CityChoice
from asylum_browser.gui.workers import Job
from asylum_browser.i18n.words import QT_TR_NOOP, field_text, tr

Choices = Sequence[tuple[str, str]]  # (code, label) of a vocabulary, in the order shown
Commit = Callable[[dict[str, Any]], "str | None"]

DATE_HINT = QT_TR_NOOP("YYYY, YYYY-MM or YYYY-MM-DD")
# Each field under the registry's label, as the table, the export and the import name it.
LEFT = tuple((name, import_label(name)) for name in (
    "title", "date_start", "date_end", "city", "host_country", "sending_state", "mission_type",
    "mission_name"))
RIGHT = tuple((name, import_label(name)) for name in (
    "seekers_nationality", "people_count", "people_note", "entry_method", "host_response",
    "outcome", "outcome_class"))
COMBOS = ("mission_type", "outcome_class")
# The importer's columns that stand for the sources (it reads the first one as source and
# source_title), and a source's published date; their problems go under the sources table.
SOURCE_COLUMNS = ("source", "source_title", "source_published")
NOT_GIVEN = QT_TR_NOOP("— not given —")
PROBLEM_STYLE = "color: #b3261e;"  # a fatal problem: the case is not kept until it is fixed
WARNING_STYLE = "color: #7a5c00;"  # a warning: the case is kept as it is


def _text(value: object) -> str:
    return "" if value is None else str(value)


class CaseForm(QDialog):
    """The form. ``case`` is the case being edited (None for a new one), ``taken`` the ids
    of the user's other cases, ``choices`` the mission types and outcome classes as
    (code, label), ``countries`` the names offered as the user types a country."""

    def __init__(self, commit: Commit, choices: dict[str, Choices],
                 case: dict[str, Any] | None = None, taken: AbstractSet[str] = frozenset(),
                 countries: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseForm")
        self.setWindowTitle(tr("Edit your case") if case else tr("New case"))
        self._commit, self._taken = commit, frozenset(taken)
        self._original = dict(case or {})
        self._pool = QThreadPool(self)
        self._job: Job | None = None
        self.fields: dict[str, QLineEdit | QComboBox | QPlainTextEdit] = {}
        self._problems: dict[str, QLabel] = {}
        completer = QCompleter(sorted(countries), self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)

        columns = QHBoxLayout()
        for group in (LEFT, RIGHT):
            form = QFormLayout()
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
            for name, english in group:
                label = field_text(english)
                editor = self._editor(name, label, choices.get(name, ()))
                if name in ("host_country", "sending_state", "seekers_nationality") \
                        and isinstance(editor, QLineEdit):
                    editor.setCompleter(completer)
                shown: QWidget = self._with_city_choice(editor) if name == "city" else editor
                form.addRow(label, self._with_problem(name, shown))
            columns.addLayout(form, 1)
        summary = QPlainTextEdit(self)
        summary.setObjectName("field_summary")
        summary.setAccessibleName(field_text("Summary"))
        summary.setPlaceholderText(tr("What happened, in a few sentences"))
        summary.setTabChangesFocus(True)
        summary.setMinimumHeight(56)
        self.fields["summary"] = summary
        self.source_table = SourcesTable(self)
        self.sources = self.source_table.table  # the table itself, as a user reaches it
        self.disputes = DisputesTable(self)
        self.source_table.changed.connect(
            lambda: self.disputes.set_sources(self.source_table.rows()))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseFormTabs")
        self.tabs.addTab(self._with_problem("sources", self.source_table), "")
        self.tabs.addTab(self._with_problem("disputes", self.disputes), "")
        self.tabs.setMinimumHeight(190)
        for table in (self.source_table, self.disputes):
            table.changed.connect(self._count)

        self.message = plain(QLabel("", self))
        self.message.setObjectName("caseFormMessage")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(tr("Save"), self)
        self.save_button.setObjectName("saveCase")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(tr("Cancel"), self)
        cancel.setObjectName("cancelCase")
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)

        layout = QVBoxLayout(self)
        layout.addLayout(columns)
        layout.addWidget(QLabel(field_text("Summary"), self))
        layout.addWidget(self._with_problem("summary", summary), 1)
        layout.addWidget(self.tabs, 2)
        layout.addLayout(buttons)
        self.set_values(self._original)
        available = self.screen().availableGeometry()  # a 1280x720 screen shows it whole
        self.resize(min(1040, available.width() - 40), min(680, available.height() - 60))

    # --- building -----------------------------------------------------------------------

    def _editor(self, name: str, label: str,
                choices: Choices) -> QLineEdit | QComboBox:
        editor: QLineEdit | QComboBox
        if name in COMBOS:
            editor = QComboBox(self)
            editor.addItem(tr(NOT_GIVEN), "")
            for code, text in choices:
                editor.addItem(text, code)
        else:
            editor = QLineEdit(self)
            if name.startswith("date_"):
                editor.setPlaceholderText(tr(DATE_HINT))
            elif name == "people_count":
                editor.setPlaceholderText(tr("a whole number; leave empty if unknown"))
        editor.setObjectName(f"field_{name}")
        editor.setAccessibleName(label)
        self.fields[name] = editor
        return editor

    def _with_city_choice(self, city: QWidget) -> QWidget:
        """The city's editor with the places of its name to choose from when it is shared."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(city)
        self.city_choice = CityChoice(box)
        column.addWidget(self.city_choice)
        assert isinstance(city, QLineEdit)

        def host() -> QLineEdit:  # made after the city's row
            editor = self.fields["host_country"]
            assert isinstance(editor, QLineEdit)
            return editor

        city.editingFinished.connect(lambda: self.city_choice.offer(city.text(), host().text()))
        self.city_choice.country_chosen.connect(lambda country: host().setText(country))
        return box

    def _with_problem(self, name: str, editor: QWidget) -> QWidget:
        """``editor`` with its problem under it (hidden while there is none)."""
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(editor)
        problem = plain(QLabel("", box))
        problem.setObjectName(f"problem_{name}")
        problem.setWordWrap(True)
        font = QFont(problem.font())
        font.setPointSizeF(max(font.pointSizeF() - 1, 7.0))
        problem.setFont(font)
        problem.hide()
        column.addWidget(problem)
        self._problems[name] = problem
        return box

    # --- values -------------------------------------------------------------------------

    def set_values(self, case: dict[str, Any]) -> None:
        for name, editor in self.fields.items():
            value = _text(case.get(name))
            if isinstance(editor, QComboBox):
                _choose(editor, value)
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(value)
            else:
                editor.setText(value)
        self.source_table.set_rows(case.get("sources"))
        self.disputes.set_rows(case.get("disputes"))

    def values(self) -> dict[str, Any]:
        """The case as typed: the original's other keys (its id, coordinates) kept, the
        form's fields over them, empty fields left out."""
        case = {key: value for key, value in self._original.items()
                if key not in self.fields and key not in ("sources", "disputes")}
        for name, editor in self.fields.items():
            if isinstance(editor, QComboBox):
                value = _text(editor.currentData())
            elif isinstance(editor, QPlainTextEdit):
                value = editor.toPlainText().strip()
            else:
                value = editor.text().strip()
            if value:
                case[name] = value
        sources = [source for source in self.source_rows() if any(source.values())]
        if sources:
            case["sources"] = [{k: v for k, v in s.items() if v} for s in sources]
        disputes = [claim for claim in self.disputes.rows() if claim["claim"] or claim["source"]]
        if disputes:
            case["disputes"] = [{k: v for k, v in d.items() if v} for d in disputes]
        return case

    def _count(self) -> None:
        """Each tab says how many it holds, so claims are not missed behind the sources."""
        sources = sum(1 for source in self.source_rows() if any(source.values()))
        claims = self.disputes.table.rowCount()
        self.tabs.setTabText(0, tr("Sources ({count})").format(
            count=sources))
        self.tabs.setTabText(1, tr("Where sources disagree ({count})")
                             .format(count=claims))

    def source_rows(self) -> list[dict[str, str]]:
        return self.source_table.rows()

    def add_source(self, cells: Sequence[str] = ()) -> None:
        self.source_table.add_row(cells)

    # --- checking and saving ------------------------------------------------------------

    def problem(self, name: str) -> str:
        """The problem shown under a field ("" when none): for tests and the gallery."""
        label = self._problems[name]
        return label.text() if not label.isHidden() else ""

    def show_problems(self, problems: Sequence[Problem]) -> None:
        """Each problem under its field, in the importer's words. A field with only warnings
        is shown in another colour: the case is kept as it is."""
        shown: dict[str, list[str]] = {}
        fatal: set[str] = set()
        for problem in problems:
            name = "sources" if problem.column in SOURCE_COLUMNS else problem.column
            name = name if name in self._problems else "title"
            shown.setdefault(name, []).append(problem.problem)
            if problem.fatal:
                fatal.add(name)
        for name, label in self._problems.items():
            label.setText("\n".join(shown.get(name, [])))
            label.setVisible(name in shown)
            label.setStyleSheet(PROBLEM_STYLE if name in fatal else WARNING_STYLE)
        self.message.setText(tr("Fix the fields marked in red, then Save again.") if fatal
                             else "")
        first = next((n for n in (*self.fields, "sources", "disputes") if n in fatal), None)
        tables = {"sources": self.sources, "disputes": self.disputes.table}
        if first in tables:
            self.tabs.setCurrentIndex(0 if first == "sources" else 1)
            tables[first].setFocus()
        elif first is not None:
            self.fields[first].setFocus()

    def save(self) -> None:
        """Check the case off the GUI thread; keep it when the check finds nothing fatal."""
        if self._job is not None:
            return
        case = self.values()
        taken = self._taken
        self._job = Job(lambda _job: check_cases([case], taken))
        self._job.returned.connect(lambda checked: self._checked(case, checked))
        self._job.errored.connect(self._check_failed)
        self.save_button.setEnabled(False)
        self.message.setText(tr("Checking…"))
        self._job.start(self._pool)

    @property
    def checking(self) -> bool:
        return self._job is not None

    def _check_failed(self, error: object) -> None:
        self._job = None
        self.save_button.setEnabled(True)
        self.message.setText(tr("The case could not be checked ({error}); nothing was "
                                "lost.").format(error=error))

    def _checked(self, case: dict[str, Any], checked: object) -> None:
        self._job = None
        self.save_button.setEnabled(True)
        assert isinstance(checked, CheckedCases)
        self.show_problems(checked.problems)
        if checked.fatal or not checked.cases:
            return
        refused = self._commit(checked.cases[0])
        if refused:
            self.message.setText(refused)
            return
        self.accept()

    def wait(self, milliseconds: int = 30000) -> bool:
        return bool(self._pool.waitForDone(milliseconds))


def _choose(combo: QComboBox, value: str) -> None:
    """Select ``value`` by code or label; an unlisted one is added, so nothing is lost."""
    if not value:
        combo.setCurrentIndex(0)
        return
    for index in range(combo.count()):
        if normalise(value) in (normalise(_text(combo.itemData(index))),
                                normalise(combo.itemText(index))):
            combo.setCurrentIndex(index)
            return
    combo.addItem(value, value)
    combo.setCurrentIndex(combo.count() - 1)
