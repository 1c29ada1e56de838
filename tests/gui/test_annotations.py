"""Notes, tags and the follow-up flag in the window: kept across restarts, searchable, shown
as facets, and undoable with Ctrl+Z / Ctrl+Shift+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from tests.gui.conftest import open_window, table_ids, wait_for_query

VIENNA = ["2002-05-08-shenyang-japan-consulate", "2002-03-14-beijing-spain-embassy",
          "2012-06-19-london-ecuador-embassy"]
NOTE = "Japan called the police entry a breach of article 31 of the consular convention."


def select(qtbot: QtBot, window: MainWindow, incident_id: str) -> None:
    assert window.state.select_id(incident_id)
    qtbot.waitUntil(lambda: window.annotations.incident_id == incident_id, timeout=5000)


def test_tags_and_a_note_survive_a_restart_and_become_searchable(qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    settings_path = tmp_path / "config" / "settings.json"
    window = open_window(qtbot, settings_path)
    for incident_id in VIENNA:
        select(qtbot, window, incident_id)
        window.annotations.set_tags_text("vienna-convention")
    select(qtbot, window, VIENNA[0])
    window.annotations.set_note_text(NOTE)
    qtbot.mouseClick(window.annotations.flag_check, Qt.MouseButton.LeftButton)
    window.close()

    again = open_window(qtbot, settings_path)  # a restart
    select(qtbot, again, VIENNA[0])
    panel = again.annotations
    assert panel.note_edit.toPlainText() == NOTE
    assert panel.chip_tags() == ["vienna-convention"] and panel.flag_check.isChecked()
    # tag: finds the three; the sidebar counts them; a word of the note finds its incident
    again.state.set_query("tag:vienna-convention")
    wait_for_query(qtbot, again, "tag:vienna-convention")
    assert sorted(table_ids(again)) == sorted(VIENNA)
    section = again.sidebar.sections["tag"]
    assert section.isVisible() and section.row("vienna-convention").value.count == 3
    assert section.row("vienna-convention").state == "included"
    again.state.set_query("article 31")
    wait_for_query(qtbot, again, "article 31")
    assert VIENNA[0] in table_ids(again)
    again.state.set_query("flag:yes")
    wait_for_query(qtbot, again, "flag:yes")
    assert table_ids(again) == [VIENNA[0]]
    assert again.sidebar.sections["flag"].row("Flagged for follow-up").value.count == 1


def test_undo_and_redo_take_back_whole_tag_and_note_edits(qtbot: QtBot,
                                                          tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    panel = window.annotations
    select(qtbot, window, VIENNA[1])
    panel.set_tags_text("spain embassy-rush")
    panel.remove_tag("embassy-rush")
    panel.set_note_text("first thought")
    assert window.state.annotations_of(VIENNA[1]) == ("first thought", ["spain"], False)
    window.undo_action.trigger()  # the note
    assert window.state.annotations_of(VIENNA[1])[0] == ""
    window.undo_action.trigger()  # the second tag edit
    assert window.state.annotations_of(VIENNA[1])[1] == ["embassy-rush", "spain"]
    assert panel.chip_tags() == ["embassy-rush", "spain"]
    select(qtbot, window, VIENNA[2])  # undo still reaches the other incident's edit
    window.redo_action.trigger()
    assert window.state.annotations_of(VIENNA[1])[1] == ["spain"]
    assert window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert window.redo_action.shortcut().toString() == "Ctrl+Shift+Z"


def test_a_bad_tag_is_refused_and_nothing_half_kept(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    messages: list[str] = []
    window.state.error_reported.connect(messages.append)
    select(qtbot, window, VIENNA[0])
    window.annotations.set_tags_text("fine")
    window.annotations.set_tags_text("host:china")
    assert any("cannot be a tag" in message for message in messages)
    assert window.state.annotations_of(VIENNA[0])[1] == ["fine"]
    assert window.annotations.chip_tags() == ["fine"]


def test_the_export_dialog_can_carry_your_tags_note_and_flag(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    import csv

    from PySide6.QtWidgets import QDialogButtonBox

    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    select(qtbot, window, VIENNA[0])
    window.annotations.set_tags_text("vienna-convention raid")
    window.annotations.set_note_text("=HYPERLINK(\"x\") is what a careless note could hold")
    qtbot.mouseClick(window.annotations.flag_check, Qt.MouseButton.LeftButton)
    window.state.set_query("shenyang")
    wait_for_query(qtbot, window, "shenyang")
    window.export_csv()
    dialog = window.exports.dialog
    wanted = ("id", "your_tags", "your_note", "your_flag")
    names = [dialog.column_list.item(r).data(Qt.ItemDataRole.UserRole)
             for r in range(dialog.column_list.count())]
    assert {"your_tags", "your_note", "your_flag"} <= set(names)
    for row in range(dialog.column_list.count()):
        item = dialog.column_list.item(row)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                           in wanted else Qt.CheckState.Unchecked)
    target = tmp_path / "mine.csv"
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.export_done, timeout=10000):
        dialog.findChild(QDialogButtonBox).accepted.emit()
    with target.open(encoding="utf-8-sig", newline="") as handle:  # the window's Excel flavour
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert len(rows) == 4
    mine = rows[VIENNA[0]]
    assert mine["your_tags"] == "raid vienna-convention" and mine["your_flag"] == "yes"
    assert mine["your_note"].startswith("'=HYPERLINK")  # escaped like every other cell
    other = next(row for key, row in rows.items() if key != VIENNA[0])
    assert (other["your_tags"], other["your_note"], other["your_flag"]) == ("", "", "")
    about = target.with_name("mine.about.txt").read_text(encoding="utf-8")
    assert "your_note: Your note." in about


def _type_and_enter(qtbot: QtBot, window: MainWindow, text: str) -> None:
    edit = window.annotations.tags_edit
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_tags_typed_one_after_another_become_separate_chips(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    select(qtbot, window, VIENNA[0])
    _type_and_enter(qtbot, window, "madrid-1936")
    assert window.annotations.tags_edit.text() == ""  # Enter keeps the tag and clears
    _type_and_enter(qtbot, window, "vienna-convention")
    assert window.state.annotations_of(VIENNA[0])[1] == ["madrid-1936", "vienna-convention"]
    assert window.annotations.chip_tags() == ["madrid-1936", "vienna-convention"]
    qtbot.keyClicks(window.annotations.tags_edit, "raid,asylum ")  # comma, space separate
    assert window.annotations.chip_tags() == ["asylum", "madrid-1936", "raid",
                                              "vienna-convention"]
    assert window.state.annotations_of(VIENNA[0])[1] == window.annotations.chip_tags()


def test_the_cross_on_a_tag_chip_removes_that_tag(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    select(qtbot, window, VIENNA[0])
    _type_and_enter(qtbot, window, "madrid-1936 vienna-convention")
    chip = window.annotations.chip("madrid-1936")
    assert chip is not None and "✕" in chip.text()
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    assert window.state.annotations_of(VIENNA[0])[1] == ["vienna-convention"]
    assert window.annotations.chip_tags() == ["vienna-convention"]
