"""Edit > Suggest a correction… on a bundled case, as a user does: the dialog shows the bundled
value, keeps the claim, the detail pane shows it marked as the user's beside the bundled value,
the detail pane's delete link removes it (undone by Edit > Undo), and File > Export my
corrections… writes the record file."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from asylum_browser.core.cases.corrections import corrections
from asylum_browser.gui.main_window import MainWindow
from tests.gui.test_case_form import menu_action

CASE = "1936-07-madrid-chile-embassy"
URL = "https://example.org/madrid-1936"



@pytest.fixture
def pane(window: MainWindow):  # type: ignore[no-untyped-def]
    from asylum_browser.gui.widgets.detail_pane import DetailPane

    found = window.findChild(DetailPane, "detailPane")
    assert found is not None
    return found


def test_a_claim_from_the_edit_menu_is_shown_deleted_undone_and_exported(
        qtbot: QtBot, window: MainWindow, pane, tmp_path: Path,  # type: ignore[no-untyped-def]
        monkeypatch: pytest.MonkeyPatch) -> None:
    window.state.select_id(CASE)
    qtbot.waitUntil(lambda: pane.shown_id == CASE)
    action = menu_action(window, "Edit", "Suggest a correction")
    qtbot.waitUntil(action.isEnabled)
    action.trigger()
    dialog = window.corrections.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    dialog.field.setCurrentIndex(dialog.field.findData("people_count"))
    assert dialog.bundled.text() == "4000"
    dialog.accept()  # no source yet: refused with a message, nothing kept
    assert "Say what you claim" in dialog.problem.text() and dialog.isVisible()
    qtbot.keyClicks(dialog.claim, "more than 2,200 Spaniards")
    assert dialog.problem.text() == ""  # the message goes once the user types
    qtbot.keyClicks(dialog.url, URL)
    qtbot.keyClicks(dialog.publisher, "Example Archive")
    qtbot.keyClicks(dialog.quote, "more than 2,200 Spaniards in eight residences")
    dialog.grab().save("/tmp/corrections-dialog.png")
    dialog.accept()
    assert not dialog.isVisible()
    workspace = window.state.workspace
    assert workspace is not None
    kept = corrections(workspace, CASE)
    assert [(c.field, c.claim, c.url) for c in kept] == [
        ("people_count", "more than 2,200 Spaniards", URL)]
    qtbot.waitUntil(lambda: "Your claim" in pane.toPlainText())
    text = pane.toPlainText()
    pane.grab().save("/tmp/corrections-pane.png")
    assert "Bundled value: 4000" in text and "more than 2,200 Spaniards" in text
    assert "Example Archive" in text
    listed = text[text.index("Sources ("):]
    assert "Yours: Example Archive" in listed  # in the sources list, marked as the user's

    pane.follow(type(pane.source())(f"correction-delete:{kept[0].key}"))
    assert corrections(workspace, CASE) == []
    qtbot.waitUntil(lambda: "Your claim" not in pane.toPlainText())
    menu_action(window, "Edit", "Undo").trigger()
    assert len(corrections(workspace, CASE)) == 1
    qtbot.waitUntil(lambda: "Your claim" in pane.toPlainText())

    out = tmp_path / "out"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    menu_action(window, "File", "Export my corrections").trigger()
    record = tomllib.loads((out / "incidents" / f"{CASE}.toml").read_text(encoding="utf-8"))
    assert {"field": "people_count", "topic": "correction suggested by a user",
            "claim": "more than 2,200 Spaniards", "sources": [URL]} in record["disputes"]
