"""The case form's sources (with a quote, one known only by its citation) and its claims where
the sources disagree, typed as a user types them, kept with the case, shown in the detail pane
as a bundled record's are, and back in the form on Edit; and the same bad input typed in the
form and in a file imported through File > Import cases… gets the same words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from asylum_browser.core.dataset.import_rows import NO_SOURCE_LINK
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.case_form import CaseForm
from tests.gui.conftest import open_window
from tests.gui.test_case_form import (
    SOURCE,
    TYPED,
    fill,
    menu_action,
    only_case,
    open_form,
    save,
    selected_id,
)

QUOTE = "Three teachers climbed the garden wall and asked for asylum."
BOOK = "M. Ortiz, Embassies of Quito (Quito: Abya-Yala, 1995), p. 212"


def type_cell(qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click into the cell as a user does, type, and press Return."""
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    editor = next(e for e in table.viewport().findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)


def pick(combo: QComboBox, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"{text} is not offered: {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def add_claim(qtbot: QtBot, form: CaseForm, field: str, claim: str, source: str) -> None:
    form.tabs.setCurrentIndex(1)  # "Where sources disagree"
    table = form.disputes.table
    qtbot.mouseClick(form.disputes.findChild(type(form.save_button), "addClaim"),
                     Qt.MouseButton.LeftButton)
    row = table.rowCount() - 1
    pick(form.disputes.field_choice(row), field)
    type_cell(qtbot, table, row, 1, claim)
    pick(form.disputes.source_choice(row), source)


def test_quoted_sources_and_claims_are_kept_shown_and_edited_again(
        qtbot: QtBot, window: MainWindow) -> None:
    form = open_form(qtbot, window)
    assert [form.tabs.tabText(i) for i in (0, 1)] == ["Sources (0)",
                                                      "Where sources disagree (0)"]
    headers = [form.sources.horizontalHeaderItem(c).text() for c in range(5)]
    assert headers == ["URL or citation", "Title", "Publisher", "Published", "Quote"]
    fill(qtbot, form, TYPED)
    type_cell(qtbot, form.sources, 0, 4, QUOTE)
    qtbot.mouseClick(form.source_table.findChild(type(form.save_button), "addSource"),
                     Qt.MouseButton.LeftButton)
    type_cell(qtbot, form.sources, 1, 0, BOOK)
    type_cell(qtbot, form.sources, 1, 4, "five or six teachers")
    add_claim(qtbot, form, "People", "three (the wire)", SOURCE[1])  # offered by its title
    add_claim(qtbot, form, "People", "five or six (Ortiz)", "M. Ortiz")
    assert [form.tabs.tabText(i) for i in (0, 1)] == ["Sources (2)",
                                                      "Where sources disagree (2)"]
    assert form.sources.item(1, 0).toolTip() == BOOK  # read whole, though the cell cuts it
    save(qtbot, window, form)

    kept = only_case(window)
    assert kept["sources"] == [
        {"url": SOURCE[0], "title": SOURCE[1], "publisher": SOURCE[2], "published": SOURCE[3],
         "quote": QUOTE},
        {"url": BOOK, "quote": "five or six teachers"}]
    assert kept["disputes"] == [
        {"field": "people_count", "claim": "three (the wire)", "source": SOURCE[0]},
        {"field": "people_count", "claim": "five or six (Ortiz)", "source": BOOK}]
    qtbot.waitUntil(lambda: selected_id(window) == kept["id"])
    qtbot.waitUntil(lambda: window.detail.shown_id == kept["id"])
    shown = window.detail.toPlainText()
    assert "Sources disagree" in shown
    assert "three (the wire) — Example Wire" in shown
    assert f"five or six (Ortiz) — {BOOK}" in shown
    assert f"“{QUOTE}”" in shown and "“five or six teachers”" in shown

    form = open_form(qtbot, window, "Edit my case")
    assert form.source_rows()[1] == {"url": BOOK, "title": "", "publisher": "",
                                     "published": "", "quote": "five or six teachers"}
    assert form.disputes.rows() == kept["disputes"]
    assert form.disputes.source_choice(1).currentText().startswith("M. Ortiz")
    form.tabs.setCurrentIndex(1)
    form.disputes.table.setCurrentCell(0, 1)
    qtbot.mouseClick(form.disputes.findChild(type(form.save_button), "removeClaim"),
                     Qt.MouseButton.LeftButton)
    save(qtbot, window, form)
    assert only_case(window)["disputes"] == [kept["disputes"][1]]
    qtbot.waitUntil(lambda: "three (the wire)" not in window.detail.toPlainText())


def test_a_claim_whose_source_was_taken_out_is_named_under_the_claims(
        qtbot: QtBot, window: MainWindow) -> None:
    form = open_form(qtbot, window)
    fill(qtbot, form, TYPED)
    add_claim(qtbot, form, "People", "three", SOURCE[1])
    form.tabs.setCurrentIndex(0)
    type_cell(qtbot, form.sources, 0, 0, "https://example.org/moved")  # the URL changes
    assert form.disputes.source_choice(0).currentText() == SOURCE[0]  # kept as chosen
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.checking, timeout=20000)
    assert form.isVisible() and form.tabs.currentIndex() == 1  # where the problem is
    assert form.problem("disputes") == ("the source of a claim must be one of this case's "
                                        "sources (its URL or citation)")
    assert window.state.workspace is not None and window.state.workspace.my_cases() == []
    form.reject()


BAD = {"date_start": "1987-13", "host_country": "Atlantis"}
UNSOURCED_TITLE = "A radio report"


def test_the_same_bad_input_gets_the_same_words_in_the_form_and_in_an_imported_file(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    form = open_form(qtbot, window)
    fill(qtbot, form, {**TYPED, **BAD})
    form.sources.item(0, 0).setText("")  # a source named by its title alone
    form.sources.item(0, 1).setText(UNSOURCED_TITLE)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.checking, timeout=20000)
    in_form = {name: form.problem(name) for name in ("date_start", "host_country", "sources")}
    form.reject()

    csv = tmp_path / "cases.csv"
    csv.write_text("title,date,city,country,source,source title\n"
                   f"{TYPED['title']},{BAD['date_start']},Quito,{BAD['host_country']},,"
                   f"{UNSOURCED_TITLE}\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(csv), "")))
    menu_action(window, "File", "Import cases").trigger()
    dialog = window._import_dialog
    assert dialog is not None and dialog.table is not None
    with qtbot.waitSignal(dialog.run_done, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    report = {dialog.report.item(r, 1).text(): dialog.report.item(r, 3).text()
              for r in range(dialog.report.rowCount())}
    in_file = {"date_start": report["date"], "host_country": report["country"],
               "sources": report["source title"]}
    assert in_form == in_file
    assert in_form["host_country"] == ("not a country this app knows (use its name, ISO code "
                                       "or an alias)")
    assert in_form["date_start"] == ("'1987-13' is not a real date (bad month number 13; "
                                     "must be 1-12)")
    assert in_form["sources"] == NO_SOURCE_LINK
    assert window.state.workspace is not None and window.state.workspace.my_cases() == []


def test_a_bad_published_date_of_a_source_is_named_under_the_sources(
        qtbot: QtBot, window: MainWindow) -> None:
    form = open_form(qtbot, window)
    fill(qtbot, form, TYPED)
    form.tabs.setCurrentIndex(1)
    form.sources.item(0, 3).setText("1987-13")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.checking, timeout=20000)
    assert form.isVisible() and form.tabs.currentIndex() == 0
    assert form.problem("sources") == ("published date of a source: '1987-13' is not a real "
                                       "date (bad month number 13; must be 1-12)")
    form.sources.item(0, 3).setText("5 March 1987")  # as the importer reads dates
    save(qtbot, window, form)
    assert only_case(window)["sources"][0]["published"] == "5 March 1987"  # as typed
    case_id = str(only_case(window)["id"])
    qtbot.waitUntil(lambda: window.detail.shown_id == case_id)
    assert "5 March 1987" in window.detail.toPlainText()
