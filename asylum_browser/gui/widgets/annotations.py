"""Your notes on the selected incident (objectName annotationsPanel): a note, tags, a flag.

They live in the user's workspace, keyed by the incident's stable id and the database, and
never in the case database. Each committed edit (the note after a pause or on leaving it, a
tag on Enter, comma, space or leaving the field, a chip's ✕, the flag on a click) is one step
on an undo stack, so Edit > Undo (Ctrl+Z) and Redo (Ctrl+Shift+Z) take whole edits back,
even after moving to another incident. It talks only to AppState.

Tags are chips: the field holds only the tag being typed, so typing a second one never glues
it to the first (the field used to keep the first tag's text, and the second was appended).
The note box folds away while the note is empty, behind an "Add a note" button, so the case
above it gets the height.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFocusEvent, QFont, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.model.shown import shown as clipped
from asylum_browser.gui.selection import SelectionDetails, out_of_results
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.flow_layout import FlowLayout
from asylum_browser.i18n.words import tr

NOTE_PAUSE_MS = 800


TAG_SEPARATORS = re.compile(r"[\s,;]+")


def split_tags(text: str) -> list[str]:
    return [tag for tag in TAG_SEPARATORS.split(text) if tag]


class _Edit(QUndoCommand):
    """One committed change to one incident's note, tags or flag."""

    def __init__(self, text: str, apply: Callable[[object], None], old: object,
                 new: object) -> None:
        super().__init__(text)
        self._apply, self._old, self._new = apply, old, new

    def redo(self) -> None:
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)


class NoteEdit(QPlainTextEdit):
    """Commits when it loses focus, as well as after a pause in typing."""

    def __init__(self, commit: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._commit = commit

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._commit()
        super().focusOutEvent(event)


class AnnotationsPanel(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("annotationsPanel")
        self.undo_stack = QUndoStack(self)
        self.incident_id: str | None = None
        self._note = ""  # what the workspace holds for the shown incident
        self._tags: list[str] = []
        self._loading = False
        title = QLabel(tr("Your notes"), self)
        bold = QFont(title.font())
        bold.setBold(True)
        title.setFont(bold)
        self.flag_check = QCheckBox(tr("Follow up"), self)
        self.flag_check.setObjectName("flagCheck")
        self.flag_check.setAccessibleName("Flag this incident for follow-up")
        self.flag_check.toggled.connect(self._flag_toggled)
        self.status = QLabel("", self)
        self.status.setObjectName("annotationsStatus")
        self.status.setEnabled(False)
        self._status_timer = QTimer(self)  # owned: it dies with the panel
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(2000)
        self._status_timer.timeout.connect(lambda: self.status.setText(""))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.status)
        header.addWidget(self.flag_check)
        self.tags_edit = QLineEdit(self)
        self.tags_edit.setObjectName("tagsEdit")
        # Short enough for the narrowest detail pane (1280×720); the example is in the tooltip.
        self.tags_edit.setPlaceholderText(tr("Add tags (Enter keeps each one)"))
        self.tags_edit.setToolTip(tr("Tags of your own, e.g. vienna-convention. Enter, a comma "
                                     "or a space keeps each one as a chip."))
        self.tags_edit.setAccessibleName(tr("Tags of this incident"))
        self.tags_edit.setClearButtonEnabled(True)
        self.tags_edit.editingFinished.connect(self.commit_tags)
        self.tags_edit.textEdited.connect(self._tags_typed)
        self.chips = QWidget(self)
        self.chips.setObjectName("tagChips")
        self._chip_layout = FlowLayout(self.chips)
        self.add_note_button = QToolButton(self)
        self.add_note_button.setObjectName("addNoteButton")
        self.add_note_button.setText(tr("Add a note"))
        self.add_note_button.setAccessibleName("Add a note on this incident")
        self.add_note_button.setAutoRaise(True)
        self.add_note_button.clicked.connect(self.focus_note)
        self.note_edit = NoteEdit(self.commit_note, self)
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setPlaceholderText(tr("A note for yourself on this incident; it is kept "
                                             "in your workspace, never in the database."))
        self.note_edit.setAccessibleName(tr("Your note on this incident"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(60)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(NOTE_PAUSE_MS)
        self._pause.timeout.connect(self.commit_note)
        self.note_edit.textChanged.connect(self._note_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(header)
        layout.addWidget(self.chips)
        layout.addWidget(self.tags_edit)
        layout.addWidget(self.add_note_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.note_edit)
        state.selection_changed.connect(self._on_selection)
        state.details.loaded.connect(self._on_details)
        state.database_changed.connect(lambda _r: self._on_selection(None))
        state.annotations_changed.connect(self._on_changed_elsewhere)
        state.results_ready.connect(lambda _results: self._lock_if_out_of_results())
        self._on_selection(None)

    # --- showing ------------------------------------------------------------------------

    def _on_selection(self, _seq: object) -> None:
        # Keep what was typed for the incident being left; the next one's notes follow.
        self.commit_note()
        self.commit_tags()
        self.incident_id = None
        self._load(("", [], False))

    def _on_details(self, details: object) -> None:
        if (isinstance(details, SelectionDetails) and details.incident is not None
                and details.seq == self._state.selected):
            self.incident_id = details.incident.id
            self._load((details.note, list(details.tags), details.flagged))

    def _load(self, shown: tuple[str, list[str], bool] | None = None) -> None:
        """Show ``shown`` (note, tags, flag), or read them from the workspace (after an
        edit, which already touched it)."""
        self._loading = True
        try:
            note, tags, flagged = (shown if shown is not None
                                   else ("", [], False) if self.incident_id is None
                                   else self._state.annotations_of(self.incident_id))
            self._note, self._tags = note, tags
            if self.note_edit.toPlainText() != note:
                self.note_edit.setPlainText(note)
            self.tags_edit.clear()
            self._show_chips(tags)
            self.flag_check.setChecked(flagged)
            usable = self.incident_id is not None and self._state.workspace is not None
            for widget in (self.note_edit, self.tags_edit, self.flag_check,
                           self.add_note_button, self.chips):
                widget.setEnabled(usable)
            self._fold_note()
            self.status.setText("" if usable or self.incident_id is None
                                else tr("workspace unavailable"))
        finally:
            self._loading = False

    def _lock_if_out_of_results(self) -> None:
        """Notes of a case the query no longer finds are not editable in passing."""
        if self.incident_id is None or self._state.workspace is None:
            return
        locked = out_of_results(self._state.results, self._state.selected)
        if locked and not self._loading:
            self.commit_note()
            self.commit_tags()
        for widget in (self.note_edit, self.tags_edit, self.flag_check,
                       self.add_note_button, self.chips):
            widget.setEnabled(not locked)
        if locked:
            self.status.setText(tr("not in the current results"))
        elif self.status.text() == tr("not in the current results"):
            self.status.setText("")

    def _show_chips(self, tags: list[str]) -> None:
        while (item := self._chip_layout.takeAt(0)) is not None:
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        for tag in tags:
            chip = QToolButton(self.chips)
            chip.setObjectName("tagChip")
            chip.setProperty("tag", tag)
            chip.setText(f"{clipped(tag, 60)}  ✕")
            chip.setToolTip(tr("Remove this tag"))
            chip.setAccessibleName(f"Remove the tag {tag}")
            chip.clicked.connect(lambda _checked=False, t=tag: self.remove_tag(t))
            self._chip_layout.addWidget(chip)
        self.chips.setVisible(bool(tags))

    def chip(self, tag: str) -> QToolButton | None:
        for chip in self.chips.findChildren(QToolButton, "tagChip"):
            if chip.property("tag") == tag and chip.parent() is self.chips \
                    and self._chip_layout.indexOf(chip) >= 0:
                return chip
        return None

    def chip_tags(self) -> list[str]:
        """The tags shown as chips, in order."""
        tags = []
        for index in range(self._chip_layout.count()):
            item = self._chip_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                tags.append(str(widget.property("tag")))
        return tags

    def _fold_note(self) -> None:
        """An empty note folds behind "Add a note"; a note, or the cursor in it, shows it."""
        show = bool(self.note_edit.toPlainText().strip()) or self.note_edit.hasFocus()
        self.note_edit.setVisible(show)
        self.add_note_button.setVisible(not show)

    def _on_changed_elsewhere(self, incident_id: str) -> None:
        if incident_id == self.incident_id:
            self._load()

    # --- committing ---------------------------------------------------------------------

    def _note_typed(self) -> None:
        if not self._loading:
            self._pause.start()

    def commit_note(self) -> None:
        self._pause.stop()
        if self._loading or self.incident_id is None:
            return
        text = self.note_edit.toPlainText()
        if text.strip() == self._note.strip():
            return
        incident_id, old = self.incident_id, self._note
        self._note = text
        self.undo_stack.push(_Edit("note edit", lambda value: self._apply_note(incident_id,
                                                                               value),
                                   old, text))

    def _tags_typed(self, text: str) -> None:
        # A comma or a space ends a tag as Enter does; what follows it stays in the field.
        if TAG_SEPARATORS.search(text):
            self.commit_tags()

    def commit_tags(self) -> None:
        """Add the typed tag(s) to the chips and clear the field."""
        if self._loading or self.incident_id is None:
            return
        typed = split_tags(self.tags_edit.text())
        self.tags_edit.clear()
        if typed:
            self._change_tags(self._tags + typed)

    def remove_tag(self, tag: str) -> None:
        """A chip's ✕."""
        if self.incident_id is not None:
            self._change_tags([t for t in self._tags if t != tag])

    def _change_tags(self, wanted: list[str]) -> None:
        if self.incident_id is None or sorted({t.lower() for t in wanted}) == self._tags:
            return
        incident_id, old = self.incident_id, list(self._tags)
        self._tags = sorted({t.lower() for t in wanted})
        self.undo_stack.push(_Edit("tag edit", lambda value: self._apply_tags(incident_id,
                                                                              value),
                                   old, wanted))

    def _flag_toggled(self, on: bool) -> None:
        if self._loading or self.incident_id is None:
            return
        incident_id = self.incident_id
        self.undo_stack.push(_Edit("flag", lambda value: self._apply_flag(incident_id, value),
                                   not on, on))

    def _apply_note(self, incident_id: str, value: object) -> None:
        if self._state.set_note(incident_id, str(value)):
            self._saved()

    def _apply_tags(self, incident_id: str, value: object) -> None:
        tags = [str(tag) for tag in value] if isinstance(value, list) else []
        if self._state.set_tags(incident_id, tags) is None:
            self._load()  # refused (a bad tag): show what is really kept
            self.status.setText(tr("not a valid tag"))
        else:
            self._saved()

    def _apply_flag(self, incident_id: str, value: object) -> None:
        if self._state.set_flag(incident_id, bool(value)):
            self._saved()

    def _saved(self) -> None:
        self.status.setText("kept")
        self._status_timer.start()

    def set_tags_text(self, text: str) -> None:
        """Type tags and press Enter (for tests and scripting): they join the chips."""
        self.tags_edit.setText(text)
        self.commit_tags()

    def set_note_text(self, text: str) -> None:
        self.note_edit.setPlainText(text)
        self.commit_note()

    def focus_note(self) -> None:
        self.note_edit.show()
        self.add_note_button.hide()
        self.note_edit.setFocus(Qt.FocusReason.OtherFocusReason)
