"""A case of your own, added, edited and deleted in a form from the menus as a user does:
checked with the importer's rules and messages, kept in the workspace, shown at once beside the
bundled cases, undone and redone whole, and there again after a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from asylum_browser.core.cases.combined import open_with_my_cases
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
from asylum_browser.gui.widgets.case_form import CaseForm
from tests.gui.conftest import run_query, table_ids, wait_for_query

COUNTRY_MESSAGE = "not a country this app knows (use its name, ISO code or an alias)"
TYPED = {"title": "Three teachers at the Chilean embassy", "date_start": "1987-03",
         "city": "Quito", "host_country": "Ecuador", "sending_state": "Chile",
         "mission_name": "Embassy of Chile", "seekers_nationality": "Ecuador",
         "people_count": "3", "people_note": "three teachers", "entry_method": "over the wall",
         "host_response": "surrounded the building", "outcome": "flown to Santiago"}
SUMMARY = "Three teachers climbed into the embassy garden and asked for asylum."
SOURCE = ("https://example.org/teachers", "Teachers in embassy", "Example Wire", "1987-03-05")


def menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    """The action as a user finds it: in the menu bar's menu, by its words."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text().replace("&", "") == menu_title:
            menu.aboutToShow.emit()
            for action in menu.actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise AssertionError(f"no {menu_title} > {text} in the menu bar")


def open_form(qtbot: QtBot, window: MainWindow, text: str = "New case") -> CaseForm:
    menu = "File" if text == "New case" else "Edit"
    action = menu_action(window, menu, text)
    qtbot.waitUntil(action.isEnabled)
    action.trigger()
    form = window.case_actions.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    return form


def type_into(qtbot: QtBot, form: CaseForm, name: str, text: str) -> None:
    """Click into the field, select what is there and type over it."""
    editor = form.fields[name]
    editor.setFocus()
    if isinstance(editor, QLineEdit):
        editor.selectAll()
    qtbot.keyClicks(editor, text)


def fill(qtbot: QtBot, form: CaseForm, values: dict[str, str]) -> None:
    for name, text in values.items():
        type_into(qtbot, form, name, text)
    type_into(qtbot, form, "summary", SUMMARY)
    choose(form, "mission_type", "Embassy")
    choose(form, "outcome_class", "Reached a third country")
    for column, text in enumerate(SOURCE):
        form.sources.setCurrentCell(0, column)
        form.sources.editItem(form.sources.item(0, column))
        editor = next(e for e in form.sources.viewport().findChildren(QLineEdit)
                      if e.isVisible())  # the one open now (closed ones are deleted later)
        qtbot.keyClicks(editor, text)
        qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view takes the text a moment later
        qtbot.waitUntil(lambda c=column, t=text: form.sources.item(0, c).text() == t)


def choose(form: CaseForm, name: str, label: str) -> None:
    combo = form.fields[name]
    assert isinstance(combo, QComboBox)
    index = combo.findText(label)
    assert index > 0, f"{label} is not offered for {name}"
    combo.setCurrentIndex(index)


def shown_text(form: CaseForm) -> dict[str, str]:
    return {name: editor.text() for name, editor in form.fields.items()
            if isinstance(editor, QLineEdit)}


def switched(qtbot: QtBot, window: MainWindow, act: Callable[[], object]) -> None:
    """Do ``act`` and wait until the window has switched database and answered again."""
    before, answered = window.state.repository, window.state.results
    act()
    qtbot.waitUntil(lambda: window.state.repository is not before, timeout=20000)
    qtbot.waitUntil(lambda: window.state.results is not answered, timeout=20000)
    wait_for_query(qtbot, window, window.state.query)


def save(qtbot: QtBot, window: MainWindow, form: CaseForm) -> None:
    switched(qtbot, window, lambda: qtbot.mouseClick(form.save_button,
                                                     Qt.MouseButton.LeftButton))
    assert not form.isVisible()


def only_case(window: MainWindow) -> dict[str, object]:
    workspace = window.state.workspace
    assert workspace is not None
    cases = workspace.my_cases()
    assert len(cases) == 1, cases
    return cases[0]


def add_case(qtbot: QtBot, window: MainWindow) -> str:
    form = open_form(qtbot, window)
    fill(qtbot, form, TYPED)
    save(qtbot, window, form)
    return str(only_case(window)["id"])


def selected_id(window: MainWindow) -> str | None:
    seq = window.state.selected
    if seq is None:
        return None
    return next((row["id"] for row in window.state.repository.rows([seq])), None)


def test_a_new_case_from_the_file_menu_shows_at_once_and_is_found_by_origin_and_city(
        qtbot: QtBot, window: MainWindow) -> None:
    case_id = add_case(qtbot, window)
    kept = only_case(window)
    assert {k: kept[k] for k in TYPED} == TYPED
    assert kept["summary"] == SUMMARY and kept["mission_type"] == "embassy"
    assert kept["sources"] == [dict(zip(("url", "title", "publisher", "published"), SOURCE,
                                        strict=True))]
    qtbot.waitUntil(lambda: selected_id(window) == case_id)
    qtbot.waitUntil(lambda: window.table.selected_seqs() == [window.state.selected])
    section = window.sidebar.sections["origin"]
    qtbot.waitUntil(section.isVisible)
    assert {row.value.label: row.value.count for row in section.rows()}["Yours"] == 1
    run_query(qtbot, window, "origin:mine")
    assert table_ids(window) == [case_id]
    qtbot.waitUntil(lambda: len(window.map.points) == 1)
    assert sum(window.timeline.total(p) for p in window.timeline.periods) == 1
    run_query(qtbot, window, "city:quito teachers")
    assert case_id in table_ids(window)


def test_ctrl_shift_n_opens_the_form(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    form = window.case_actions.form
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    form.reject()


def test_a_country_the_app_does_not_know_is_named_under_its_field_and_nothing_is_lost(
        qtbot: QtBot, window: MainWindow) -> None:
    form = open_form(qtbot, window)
    fill(qtbot, form, {**TYPED, "host_country": "Atlantis", "date_start": "1987-13"})
    typed = shown_text(form)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.checking, timeout=20000)
    assert form.isVisible()
    assert form.problem("host_country") == COUNTRY_MESSAGE
    assert "bad month number 13" in form.problem("date_start")
    assert form.problem("city") == "" and form.problem("title") == ""
    assert shown_text(form) == typed
    assert form.fields["summary"].toPlainText() == SUMMARY
    assert form.source_rows()[0]["url"] == SOURCE[0]
    assert window.state.workspace is not None and window.state.workspace.my_cases() == []
    type_into(qtbot, form, "host_country", "Ecuador")
    type_into(qtbot, form, "date_start", "1987-03")
    save(qtbot, window, form)
    assert only_case(window)["host_country"] == "Ecuador"


def test_a_source_without_its_url_is_not_dropped_in_silence(
        qtbot: QtBot, window: MainWindow) -> None:
    form = open_form(qtbot, window)
    fill(qtbot, form, TYPED)
    form.sources.item(0, 0).setText("")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not form.checking, timeout=20000)
    assert form.isVisible() and "URL" in form.problem("sources")
    assert form.source_rows()[0]["title"] == SOURCE[1]


def test_edit_and_delete_your_case_with_undo_and_redo_beside_the_notes_undo(
        qtbot: QtBot, window: MainWindow) -> None:
    case_id = add_case(qtbot, window)
    undo, redo = menu_action(window, "Edit", "Undo"), menu_action(window, "Edit", "Redo")
    form = open_form(qtbot, window, "Edit my case")
    assert shown_text(form)["title"] == TYPED["title"]
    assert form.fields["mission_type"].currentText() == "Embassy"
    type_into(qtbot, form, "title", "Four teachers at the Chilean embassy")
    type_into(qtbot, form, "people_count", "4")
    save(qtbot, window, form)
    edited = only_case(window)
    assert edited["id"] == case_id and edited["people_count"] == "4"
    assert edited["summary"] == SUMMARY  # what was not touched stays
    run_query(qtbot, window, "origin:mine")
    assert window.table.table_model.row_data(0)["title"] == "Four teachers at the Chilean embassy"

    # A tag on the case is one more step on the same stack: undo takes it back first.
    qtbot.waitUntil(lambda: window.annotations.incident_id == case_id)
    window.annotations.set_tags_text("teachers")
    assert window.state.annotations_of(case_id)[1] == ["teachers"]
    undo.trigger()
    assert window.state.annotations_of(case_id)[1] == []
    switched(qtbot, window, undo.trigger)
    assert only_case(window)["title"] == TYPED["title"]
    assert window.table.table_model.row_data(0)["title"] == TYPED["title"]
    switched(qtbot, window, redo.trigger)
    assert only_case(window)["people_count"] == "4"

    qtbot.waitUntil(lambda: selected_id(window) == case_id)
    delete = menu_action(window, "Edit", "Delete my case")
    qtbot.waitUntil(delete.isEnabled)
    delete.trigger()
    box = window.case_actions.confirm
    assert box is not None and box.isVisible()
    button = box.findChild(QPushButton, "confirmDelete")
    switched(qtbot, window, lambda: qtbot.mouseClick(button, Qt.MouseButton.LeftButton))
    assert window.state.workspace is not None and window.state.workspace.my_cases() == []
    assert table_ids(window) == []
    qtbot.waitUntil(lambda: not delete.isEnabled())
    switched(qtbot, window, undo.trigger)
    assert only_case(window)["people_count"] == "4"
    assert table_ids(window) == [case_id]
    qtbot.waitUntil(lambda: selected_id(window) == case_id)


def test_undoing_the_add_takes_the_case_out_of_the_window(
        qtbot: QtBot, window: MainWindow) -> None:
    case_id = add_case(qtbot, window)
    run_query(qtbot, window, "origin:mine")
    assert table_ids(window) == [case_id]
    switched(qtbot, window, menu_action(window, "Edit", "Undo").trigger)
    assert window.state.workspace is not None and window.state.workspace.my_cases() == []
    assert table_ids(window) == []
    switched(qtbot, window, menu_action(window, "Edit", "Redo").trigger)
    assert table_ids(window) == [case_id]


def test_your_case_is_there_after_a_restart(qtbot: QtBot, window: MainWindow,
                                            settings_path: Path) -> None:
    case_id = add_case(qtbot, window)
    window.settings.persist = False
    window.close()
    window.state.wait()
    workspace = Workspace(settings_path.parent / "workspace.sqlite")
    again = MainWindow(Repository(open_with_my_cases(workspace)), Settings(settings_path),
                       workspace)
    qtbot.addWidget(again)
    again.show()
    wait_for_query(qtbot, again, again.state.query)
    run_query(qtbot, again, "origin:mine")
    assert table_ids(again) == [case_id]
    again.state.wait()


def test_a_city_name_shared_by_several_countries_offers_the_places_to_choose(
        qtbot: QtBot, window: MainWindow) -> None:
    form = open_form(qtbot, window)
    form.activateWindow()  # the keyboard's focus moves between its fields, as a user's does
    qtbot.waitUntil(form.isActiveWindow)
    choice = form.city_choice
    type_into(qtbot, form, "city", "Quito")
    qtbot.keyClick(form.fields["city"], Qt.Key.Key_Tab)  # one Quito: nothing to choose
    assert not choice.isVisible()
    type_into(qtbot, form, "city", "Santiago")
    qtbot.keyClick(form.fields["city"], Qt.Key.Key_Tab)
    qtbot.waitUntil(choice.isVisible)
    offered = [choice.itemText(i) for i in range(choice.count())]
    assert offered[0].startswith("Several places are called Santiago")
    assert offered[1].startswith("Santiago, Chile (") and len(offered) >= 3
    assert any("Cuba" in text for text in offered) and any("Spain" in text for text in offered)
    choice.setFocus()
    qtbot.keyClick(choice, Qt.Key.Key_Down)  # the first place: Chile's capital
    assert form.fields["host_country"].text() == "Chile"
    assert not choice.isVisible()
    type_into(qtbot, form, "city", "Cordoba")
    qtbot.keyClick(form.fields["city"], Qt.Key.Key_Tab)  # a host country is given now
    assert not choice.isVisible()
    form.reject()
