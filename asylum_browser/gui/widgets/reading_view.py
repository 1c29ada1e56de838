"""The reading view (objectName readingView): one case in a window of its own, full height.

The side pane shares its height with the map and the notes, which made a long case a
letterbox. Double-click or Enter on a row opens this window: every field, the sources, where
they disagree, related incidents and the user's notes, with Previous/Next through the current
results (buttons, Alt+Left and Alt+Right) and File > Print… / Save as PDF…. The page is the
core's ``incident_to_html`` (the same as the pane's), so the two never say different things.
It talks only to AppState: Previous/Next call ``select``, and it follows the selection.
"""

from __future__ import annotations

import html
import urllib.parse
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.render.html import incident_to_html
from asylum_browser.gui.selection import NOT_IN_RESULTS, SelectionDetails, out_of_results
from asylum_browser.gui.shown_text import open_external
from asylum_browser.gui.state import AppState
from asylum_browser.i18n.words import tr


class ReadingView(QMainWindow):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self.setObjectName("readingView")
        self.setWindowTitle(tr("Read a case"))
        self._details: SelectionDetails | None = None
        self.title = ""
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("readingBrowser")
        self.browser.setAccessibleName(tr("The case, in full"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._follow)
        self.browser.document().setDocumentMargin(16)
        self.previous_button = QPushButton(tr("◀ Previous"), self)
        self.previous_button.setObjectName("previousCase")
        self.previous_button.setAccessibleName(tr("Previous case in the results"))
        self.previous_button.setToolTip(tr("The previous case in the results (Alt+Left)"))
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton(tr("Next ▶"), self)
        self.next_button.setObjectName("nextCase")
        self.next_button.setAccessibleName(tr("Next case in the results"))
        self.next_button.setToolTip(tr("The next case in the results (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for key, step in (("Alt+Left", -1), ("Alt+Right", 1)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=step: self.step(s))
            self.addAction(action)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addStretch(1)
        row.addWidget(self.next_button)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(row)
        layout.addWidget(self.browser, 1)
        self.setCentralWidget(central)
        file_menu = self.menuBar().addMenu(tr("&File"))
        self.print_action = file_menu.addAction(tr("&Print…"), self.print_case)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_action.setObjectName("printCaseAction")
        self.pdf_action = file_menu.addAction(tr("Save as &PDF…"), self.choose_pdf)
        self.pdf_action.setObjectName("pdfCaseAction")
        file_menu.addSeparator()
        file_menu.addAction(tr("&Close"), QKeySequence.StandardKey.Close, self.close)
        state.details.loaded.connect(self._on_details)
        state.results_ready.connect(lambda _results: self._render_if_shown())
        state.annotations_changed.connect(lambda _id: self._render_if_shown())
        self.resize(720, 900)

    # --- showing ------------------------------------------------------------------------

    def show_case(self) -> None:
        """Open (or raise) the window on the selected case."""
        self._render()
        self.show()
        self.raise_()
        self.activateWindow()

    def _on_details(self, details: object) -> None:
        # Kept while hidden too, so opening shows the selected case at once.
        if isinstance(details, SelectionDetails) and details.seq == self._state.selected:
            self._details = details
        elif details is None:
            self._details = None
        if self.isVisible():
            self._render()

    def _render_if_shown(self) -> None:
        if self.isVisible():
            self._render()

    def _notes_html(self, incident_id: str) -> str:
        note, tags, flagged = self._state.annotations_of(incident_id)
        parts = []
        if flagged:
            parts.append("<p><b>" + tr("Flagged for follow-up") + "</b></p>")
        if tags:
            parts.append("<p>" + html.escape(tr("Tags: {tags}").format(tags=", ".join(tags)))
                         + "</p>")
        if note.strip():
            parts.append("<p>" + html.escape(note).replace("\n", "<br>") + "</p>")
        return ("<h3>" + tr("Your notes") + "</h3>"
                + ("".join(parts) or "<p><i>" + tr("None yet.") + "</i></p>"))

    def _render(self) -> None:
        details = self._details
        incident = details.incident if details is not None else None
        if incident is None:
            self.title = ""
            self.browser.setHtml("<p>" + tr("No case selected.") + "</p>")
            self._update_buttons()
            return
        self.title = incident.title
        self.setWindowTitle(incident.title)
        page = incident_to_html(incident, related=details.related if details else ())
        if out_of_results(self._state.results, self._state.selected):
            page = page.replace("<body>", f"<body><p><b>{tr(NOT_IN_RESULTS)}</b></p>", 1)
        page = page.replace("</body>", self._notes_html(incident.id) + "</body>", 1)
        self.browser.setHtml(page)
        self._update_buttons()

    def _position(self) -> int | None:
        results, seq = self._state.results, self._state.selected
        if results is None or seq is None:
            return None
        try:
            return int(results.ids.index(seq))
        except ValueError:
            return None

    def _update_buttons(self) -> None:
        position = self._position()
        count = self._state.results.count if self._state.results is not None else 0
        self.previous_button.setEnabled(position is not None and position > 0)
        self.next_button.setEnabled(position is not None and position + 1 < count)

    def step(self, by: int) -> None:
        """Previous (-1) or Next (+1) through the current results."""
        position, results = self._position(), self._state.results
        if position is None or results is None:
            return
        target = position + by
        if 0 <= target < results.count:
            self._state.select(int(results.ids[target]))

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme()
        if scheme == "filter":
            self._state.toggle_token(urllib.parse.unquote(url.toString()[len("filter:"):]))
        elif scheme == "incident":
            self._state.select_id(urllib.parse.unquote(url.toString()[len("incident:"):]))
        else:
            open_external(url)

    # --- printing -----------------------------------------------------------------------

    def print_case(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("printDialog")
        dialog.accepted.connect(lambda: self.browser.document().print_(printer))
        self._print_dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)  # open(): its open() wants a slot
        dialog.show()

    def choose_pdf(self) -> QFileDialog:
        dialog = QFileDialog(self, tr("Save the case as PDF"), str(Path.home()), tr("PDF (*.pdf)"))
        dialog.setObjectName("pdfDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.fileSelected.connect(lambda path: self.save_pdf(Path(path)))
        self._pdf_dialog = dialog
        dialog.open()
        return dialog

    def save_pdf(self, path: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setDocName(self.title)
        self.browser.document().print_(printer)


def install_reading_view(window: QMainWindow, state: AppState,
                         rows: QAbstractItemView) -> ReadingView:
    """Give ``window`` its reading view: double-click or Enter on one of ``rows`` opens it, and
    File > Print case… prints the selected case. Kept here, not in the main window, so the
    window's menus can be rebuilt without touching the reading view."""
    view = ReadingView(state, window)  # a window of its own, deleted with the main window
    view.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
    rows.activated.connect(lambda _index: view.show_case())
    rows.doubleClicked.connect(lambda _index: view.show_case())
    action = QAction(tr("&Print case…"), window)
    action.setObjectName("printCaseMenuAction")

    def print_selected() -> None:
        view.show_case()
        view.print_case()

    action.triggered.connect(print_selected)
    window.addAction(action)
    menus = [a.menu() for a in window.menuBar().actions()]
    file_menu = next((m for m in menus if isinstance(m, QMenu) and m.title() == tr("&File")), None)
    if file_menu is not None:
        actions = file_menu.actions()
        if actions:
            file_menu.insertAction(actions[-1], action)  # above Quit
        else:
            file_menu.addAction(action)
    return view
