"""File > New cases from a report…: paste a wire report, check what was read from where, edit,
accept one draft as a case of one's own, discard one, and add the report to a known case."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QInputMethodEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from asylum_browser.core.cases.corrections import corrections
from asylum_browser.core.extract import Extraction, Extractor
from asylum_browser.gui import file_dialogs
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets import report_review
from asylum_browser.gui.widgets.report_draft import COLOURS
from asylum_browser.gui.widgets.report_review import ReportReviewDialog, report_review_of
from tests.gui.conftest import open_window, run_query, table_ids, wait_for_query

SHENYANG_2002 = "2002-05-08-shenyang-japan-consulate"

# Our own wire copy: two incidents (one dated "on Tuesday" against a Thursday dateline), and a
# background retelling of the 2002 Shenyang case, which we already have.
REPORT = (Path(__file__).resolve().parents[1] / "fixtures" / "wire-report-sample.txt"
          ).read_text(encoding="utf-8")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    yield window
    window.state.wait()


def open_from_menu(window: MainWindow) -> ReportReviewDialog:
    """File > New cases from a report…, as a user finds it in the menu bar."""
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    assert isinstance(file_menu, QMenu)
    file_menu.aboutToShow.emit()
    texts = [a.text() for a in file_menu.actions()]
    # With the other ways in of cases of one's own: import, a new case, a report.
    assert texts.index("&Import cases…") < texts.index("New cases from a &report…") < \
        texts.index("&Import cases…") + 3
    action = next(a for a in file_menu.actions() if a.text() == "New cases from a &report…")
    action.trigger()
    dialog = report_review_of(window)
    assert dialog is not None and dialog.isVisible()
    return dialog


def paste(qtbot: QtBot, dialog: ReportReviewDialog, text: str) -> Extraction:
    """Paste ``text`` into the report with Ctrl+V and wait for the drafts."""
    QApplication.clipboard().setText(text)
    dialog.report_edit.setFocus()
    with qtbot.waitSignal(dialog.read_done, timeout=10000) as read:
        qtbot.keyClick(dialog.report_edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(read.args[0], Extraction)
    return read.args[0]


def highlighted(dialog: ReportReviewDialog) -> set[tuple[str, str]]:
    """(colour, text) of every span highlighted in the report, as the user sees them."""
    return {(chosen.format.background().color().name(), chosen.cursor.selectedText())
            for chosen in dialog.report_edit.extraSelections()}


def evidence_of(dialog: ReportReviewDialog) -> set[tuple[str, str]]:
    extraction = dialog._extraction
    assert extraction is not None
    found = {(COLOURS["dateline"], extraction.dateline_evidence.text)} \
        if extraction.dateline_evidence else set()
    for form in dialog.forms():
        found |= {(COLOURS[name], evidence.text)
                  for name, evidence in form.draft.evidence.items()}
    return found


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_a_pasted_report_becomes_drafts_one_of_which_becomes_my_case(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_from_menu(window)
    extraction = paste(qtbot, dialog, REPORT)
    assert dialog.dateline_edit.text() == "2024-03-14"
    beijing, hanoi, shenyang = dialog.forms()
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "1. Beijing", "2. Hanoi", "3. Shenyang (known case)"]
    # Every span the drafts were read from is highlighted in its field's colour, and only those.
    assert highlighted(dialog) == evidence_of(dialog)
    assert {(COLOURS["date_start"], "Tuesday"), (COLOURS["sending_state"], "Canadian"),
            (COLOURS["mission_type"], "consulate general"), (COLOURS["city"], "Hanoi"),
            (COLOURS["dateline"], "March 14, 2024")} <= highlighted(dialog)
    for chosen in dialog.report_edit.extraSelections():  # where the spans are, exactly
        start, end = chosen.cursor.selectionStart(), chosen.cursor.selectionEnd()
        assert REPORT[start:end] == chosen.cursor.selectedText()
    # The relative date is read against the dateline: the Tuesday before Thursday 14 March.
    assert beijing.edits["date_start"].text() == "2024-03-12"
    assert "on Tuesday" in beijing.evidence_labels["date_start"].text()
    assert "from the report" in beijing.edits["sending_state"].toolTip().lower()
    assert hanoi.edits["date_start"].text() == "2024-03-02"
    assert shenyang.draft.existing_id == SHENYANG_2002
    assert shenyang.merge_button.isVisibleTo(shenyang)
    assert not beijing.merge_button.isVisibleTo(beijing)
    assert extraction.drafts[2].role == "background"

    dialog.tabs.setCurrentWidget(beijing)
    type_into(qtbot, beijing.edits["people_count"], "4")  # the user knows better
    type_into(qtbot, beijing.edits["title"], "Four at the Canadian embassy")
    click(qtbot, beijing.accept_button)
    cases = window.state.workspace.my_cases()
    assert len(cases) == 1
    case = cases[0]
    assert (case["title"], case["people_count"], case["date_start"], case["city"]) == (
        "Four at the Canadian embassy", "4", "2024-03-12", "Beijing")
    source = case["sources"][0]
    assert source["url"].startswith("report:sha256-")
    assert source["title"] == REPORT.splitlines()[0] and source["published"] == "2024-03-14"
    assert case["id"] in dialog.status.text()
    qtbot.waitUntil(lambda: window.state.repository.database.path.name.startswith(
        "with-my-cases"), timeout=20000)
    wait_for_query(qtbot, window, window.state.query)
    run_query(qtbot, window, "origin:mine")
    assert table_ids(window) == [case["id"]]
    incident = window.state.repository.incident(case["id"])
    assert incident is not None and incident.title == "Four at the Canadian embassy"

    click(qtbot, hanoi.discard_button)
    assert dialog.forms() == [beijing, shenyang]
    assert highlighted(dialog) == evidence_of(dialog)  # the discarded draft's spans are gone
    assert (COLOURS["city"], "Hanoi") not in highlighted(dialog)
    click(qtbot, shenyang.merge_button)
    # A bundled case gets the report as the user's source correction, quote and all.
    (suggested,) = corrections(window.state.workspace, SHENYANG_2002)
    assert suggested.field is None and suggested.url == ""  # pasted text: a citation
    assert suggested.citation.startswith("BEIJING, March 14, 2024") and "report:" in \
        suggested.citation
    assert suggested.published == "2024-03-14" and suggested.quote
    assert suggested.quote in REPORT.replace("\n", " ") or suggested.quote in REPORT
    assert "city" in suggested.supports  # Shenyang, as the bundled record says
    assert SHENYANG_2002 in dialog.status.text()
    assert dialog.forms() == [beijing]  # the accepted draft stays, as what was kept
    assert len(window.state.workspace.my_cases()) == 1  # neither became a case


def test_a_draft_the_importer_refuses_says_why_and_stays(qtbot: QtBot,
                                                          window: MainWindow) -> None:
    dialog = open_from_menu(window)
    paste(qtbot, dialog, REPORT)
    beijing = dialog.forms()[0]
    type_into(qtbot, beijing.edits["host_country"], "Atlantis")
    type_into(qtbot, beijing.edits["city"], "Nowhere Town")
    click(qtbot, beijing.accept_button)
    assert beijing.problems.isVisible() and "Host country" in beijing.problems.text()
    assert dialog.forms()[0] is beijing and beijing.edits["city"].text() == "Nowhere Town"
    assert window.state.workspace.my_cases() == []
    # The report changed while a draft is edited: the edits stay until Find cases is pressed.
    dialog.report_edit.appendPlainText("\nMore later.")
    qtbot.wait(report_review.DEBOUNCE_MS * 2)
    assert dialog.forms()[0] is beijing and "Find cases again" in dialog.status.text()


def test_the_dateline_can_be_typed_and_a_bad_one_is_explained(qtbot: QtBot,
                                                              window: MainWindow) -> None:
    dialog = open_from_menu(window)
    paste(qtbot, dialog, REPORT)
    type_into(qtbot, dialog.dateline_edit, "14/03/2024")
    qtbot.wait(report_review.DEBOUNCE_MS * 2)
    assert "YYYY-MM-DD" in dialog.status.text()
    assert dialog.forms()[0].edits["date_start"].text() == "2024-03-12"  # nothing lost
    with qtbot.waitSignal(dialog.read_done, timeout=10000):
        type_into(qtbot, dialog.dateline_edit, "2024-03-21")  # a Thursday a week later
    assert dialog.forms()[0].edits["date_start"].text() == "2024-03-19"
    assert dialog.dateline_edit.text() == "2024-03-21"


def test_reading_runs_off_the_gui_thread_with_one_extractor(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[threading.Thread] = []
    built: list[object] = []
    real_read, real_build = report_review.read, Extractor.from_repository

    def read(*args: object) -> object:
        threads.append(threading.current_thread())
        return real_read(*args)  # type: ignore[arg-type]

    def build(repository: object) -> Extractor:
        built.append(repository)
        return real_build(repository)  # type: ignore[arg-type]

    monkeypatch.setattr(report_review, "read", read)
    monkeypatch.setattr(Extractor, "from_repository", staticmethod(build))
    dialog = open_from_menu(window)
    paste(qtbot, dialog, REPORT)
    with qtbot.waitSignal(dialog.read_done, timeout=10000):
        click(qtbot, dialog.find_button)
    assert len(threads) == 2 and threading.main_thread() not in threads
    assert len(built) == 1


def commit(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method does: composing first, then committing."""
    composing = QInputMethodEvent(text[:1], [])
    QApplication.sendEvent(widget, composing)
    committed = QInputMethodEvent()
    committed.setCommitString(text)
    QApplication.sendEvent(widget, committed)


def test_cjk_typed_with_an_input_method_is_read_and_highlighted(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    dialog = open_from_menu(window)
    dialog.report_edit.setFocus()
    report = ("【瀋陽=共同】2024年3月14日 𠮷田記者 — 北朝鮮の男性2人が12日、"
              "瀋陽の日本総領事館に駆け込み、亡命を求めた。")
    with qtbot.waitSignal(dialog.read_done, timeout=10000) as read:
        commit(dialog.report_edit, report)
    assert dialog.report_edit.toPlainText() == report
    assert isinstance(read.args[0], Extraction)
    (draft,) = dialog.forms()
    assert draft.values()["sending_state"] == "JP"
    assert draft.edits["sending_state"].currentText() == "Japan"
    assert draft.edits["date_start"].text() == "2024-03-12"
    # 𠮷 is two UTF-16 units to Qt and one character to Python: the spans still fit.
    assert highlighted(dialog) == evidence_of(dialog)
    assert (COLOURS["mission_type"], "総領事館") in highlighted(dialog)
    draft.edits["city"].setFocus()
    qtbot.keyClick(draft.edits["city"], Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    commit(draft.edits["city"], "沈阳")
    assert draft.edits["city"].text() == "沈阳"
    click(qtbot, draft.accept_button)
    (case,) = window.state.workspace.my_cases()
    assert case["city"] == "沈阳" and case["sending_state"] == "JP"


def test_a_report_file_opens_and_a_file_that_is_not_one_says_why(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "wire.html"
    page.write_text("<html><head><title>x</title></head><body><p>"
                    + REPORT.replace("\n\n", "</p><p>") + "</p></body></html>",
                    encoding="utf-8")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    answers = [str(page), str(binary)]
    asked: list[str] = []

    def ask(parent: QWidget | None, kind: str, caption: str, start: str,
            filters: str) -> str:
        asked.append(caption)
        return answers.pop(0)

    monkeypatch.setattr(file_dialogs, "ask", ask)
    dialog = open_from_menu(window)
    with qtbot.waitSignal(dialog.read_done, timeout=10000):
        click(qtbot, dialog.open_button)
    assert asked == ["Open a report"] and dialog.source_label.text() == "From wire.html"
    assert len(dialog.forms()) == 3 and highlighted(dialog) == evidence_of(dialog)
    text = dialog.report_edit.toPlainText()
    click(qtbot, dialog.open_button)
    box = dialog.findChild(QMessageBox, "reportProblem")
    assert box is not None and box.isVisible() and "binary" in box.text()
    box.reject()
    assert dialog.report_edit.toPlainText() == text and len(dialog.forms()) == 3
    click(qtbot, dialog.forms()[1].accept_button)
    (case,) = window.state.workspace.my_cases()
    assert case["sources"][0]["url"] == page.resolve().as_uri()


def test_closing_and_reopening_keeps_the_pasted_report(qtbot: QtBot,
                                                       window: MainWindow) -> None:
    dialog = open_from_menu(window)
    paste(qtbot, dialog, REPORT)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = open_from_menu(window)
    assert again is dialog and again.report_edit.toPlainText() == REPORT
    assert len(again.forms()) == 3
    action = window.findChild(QAction, "reportReviewAction")
    assert action is not None and action.shortcut() == QKeySequence()


def test_a_dateline_without_its_year_is_dated_by_the_case_and_says_so(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_from_menu(window)
    paste(qtbot, dialog, "TOKYO, May 10 (Kyodo) -\n\nFive North Koreans ran into Japan's "
                         "Consulate General in Shenyang on Wednesday.\n")
    assert dialog.dateline_edit.text() == "2002-05-10"
    assert f"year taken from the case {SHENYANG_2002}" in dialog.status.text()
    assert dialog.forms()[0].edits["date_start"].text() == "2002-05-08"
