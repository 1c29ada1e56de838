"""File > New cases from a report…, after the first draft: countries are found by typing part
of their name and kept as ISO codes, mission types and outcomes are the vocabulary's, each
picker starts at what the report said and still shows where; an accepted draft stays as
accepted and cannot be kept twice; the drafts left, and the next report, link to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.report_draft import NOT_GIVEN
from tests.gui.conftest import open_window
from tests.gui.test_report_review import REPORT, click, open_from_menu, paste, type_into

# A later report that tells the Beijing case of REPORT again, in passing ("consulate" for the
# embassy, two of the three men), beside a new case in Hanoi.
FOLLOW_UP = (
    "HANOI, March 20, 2024 (Wire) — Three Chinese nationals climbed into the German embassy "
    "in Hanoi on Monday and asked for asylum, a diplomat said.\n\nVietnamese police cordoned "
    "off the street.\n\nThe bid came a week after two North Koreans entered the Canadian "
    "consulate in Beijing on Tuesday, March 12, and asked to go to Seoul.\n")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """A window with a workspace of its own, to keep the accepted drafts in."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    yield window
    window.state.wait()


def combo(form: object, name: str) -> QComboBox:
    editor = form.edits[name]  # type: ignore[attr-defined]
    assert isinstance(editor, QComboBox)
    return editor


def test_the_pickers_start_at_what_the_report_said_and_find_a_country_by_name(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_from_menu(window)
    paste(qtbot, dialog, REPORT)
    beijing = dialog.forms()[0]
    state, host = combo(beijing, "sending_state"), combo(beijing, "host_country")
    nationality, mission = combo(beijing, "seekers_nationality"), combo(beijing, "mission_type")
    assert (state.currentText(), host.currentText(), nationality.currentText()) == (
        "Canada", "China", "North Korea")
    assert state.isEditable() and not mission.isEditable()
    assert state.count() > 200  # every country, not only those of our cases
    assert mission.currentText() == window.state.repository.label("mission_type", "embassy")
    assert combo(beijing, "outcome_class").currentData() == "reached_third_country"
    assert combo(dialog.forms()[1], "outcome_class").currentText() == NOT_GIVEN
    values = beijing.values()
    assert (values["sending_state"], values["host_country"], values["seekers_nationality"],
            values["mission_type"]) == ("CA", "CN", "KP", "embassy")

    # The picker is still linked to its span: focusing it shows where the report said it.
    evidence = beijing.draft.evidence["sending_state"]
    dialog.report_edit.moveCursor(dialog.report_edit.textCursor().MoveOperation.End)
    state.setFocus()
    qtbot.waitUntil(lambda: dialog.report_edit.textCursor().position() == evidence.start)
    assert "from the report" in state.toolTip().lower()

    # Part of a name finds the country; what is kept is its code.
    state.setFocus()
    qtbot.keyClick(state, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(state, "uth kor")
    popup = state.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert shown == ["South Korea"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert state.currentText() == "South Korea" and beijing.values()["sending_state"] == "KR"
    mission.setCurrentIndex(mission.findData("consulate"))
    click(qtbot, beijing.accept_button)
    (case,) = window.state.workspace.my_cases()
    assert (case["sending_state"], case["mission_type"], case["host_country"]) == (
        "KR", "consulate", "CN")


def test_an_accepted_draft_stays_accepted_and_the_drafts_left_link_to_it(
        qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_from_menu(window)
    paste(qtbot, dialog, REPORT)
    beijing, hanoi, shenyang = dialog.forms()
    # The user sees the second draft tells the first one's case again (as a report can tell
    # one case twice) and says so; accepting the first then links the second to it.
    type_into(qtbot, hanoi.edits["city"], "Beijing")
    type_into(qtbot, hanoi.edits["date_start"], "2024-03-12")
    type_into(qtbot, combo(hanoi, "sending_state"), "Canada")
    assert not hanoi.merge_button.isVisibleTo(hanoi)
    click(qtbot, beijing.accept_button)
    (case,) = window.state.workspace.my_cases()
    assert dialog.forms() == [beijing, hanoi, shenyang]
    assert beijing.accepted == case["id"] and not beijing.accept_button.isEnabled()
    assert case["id"] in beijing.banner.text() and not beijing.discard_button.isEnabled()
    assert dialog.tabs.tabText(0) == "1. Beijing (accepted)"
    assert not dialog.accept_draft(beijing)  # not kept twice
    assert len(window.state.workspace.my_cases()) == 1
    assert hanoi.draft.existing_id == case["id"] and hanoi.merge_button.isVisibleTo(hanoi)
    assert case["id"] in hanoi.banner.text()
    assert dialog.tabs.tabText(1) == "2. Hanoi (known case)"
    assert shenyang.draft.existing_id == "2002-05-08-shenyang-japan-consulate"  # kept

    # The next report read in this dialog knows the case too: its retelling is no new case.
    # (A draft was edited, so the new text waits for Find cases.)
    dialog.report_edit.setPlainText(FOLLOW_UP)
    with qtbot.waitSignal(dialog.read_done, timeout=10000) as read:
        click(qtbot, dialog.find_button)
    later = read.args[0]
    retold = next(form for form in dialog.forms() if form.draft.get("city") == "Beijing")
    assert retold.draft.existing_id == case["id"] and retold.merge_button.isVisibleTo(retold)
    assert {d.existing_id for d in later.drafts} == {None, case["id"]}
    # Add as a source, on a draft that retells one of the user's own cases: the report is
    # added to that case's sources (once), not kept as a correction.
    click(qtbot, retold.merge_button)
    (kept,) = window.state.workspace.my_cases()
    assert len(kept["sources"]) == 2 and kept["sources"][1]["url"].startswith("report:")
    assert retold not in dialog.forms() and case["id"] in dialog.status.text()
