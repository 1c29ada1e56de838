"""File > Import cases…: 20 cases with two bad rows, the report, the fix, and the map."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from asylum_browser.gui.widgets.import_dialog import INTO_DATABASE, INTO_MINE, ImportDialog
from tests.gui.conftest import open_window, table_ids, wait_for_query

CITIES = [("Quito", "Ecuador"), ("Lima", "Peru"), ("Caracas", "Venezuela"),
          ("Santiago", "Chile"), ("Havana", "Cuba")]


def cases_csv(bad: bool) -> str:
    lines = ["id,title,date,city,country,embassy of,people,source"]
    for number in range(20):
        city, country = CITIES[number % len(CITIES)]
        date = f"{2000 + number}-0{1 + number % 9}"
        if bad and number == 7:
            date = "07/08/2007"  # day or month?
        if bad and number == 13:
            country = "Atlantis"
        lines.append(f"case-{number},Case {number} in {city},{date},{city},{country},Mexico,"
                     f"{number + 1},https://example.org/{number}")
    return "\n".join(lines) + "\n"


def run_import(qtbot: QtBot, dialog: ImportDialog) -> None:
    with qtbot.waitSignal(dialog.run_done, timeout=30000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_import_report_fix_import_again_and_browse_on_the_map(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    source = tmp_path / "my-cases.csv"
    source.write_text(cases_csv(bad=True), encoding="utf-8")
    dialog = window.import_cases(source)
    assert dialog.destination.currentIndex() == INTO_MINE  # the default: beside ours
    assert not dialog.target_edit.isEnabled()
    dialog.destination.setCurrentIndex(INTO_DATABASE)  # as a user picks it in the list
    assert dialog.target_edit.isEnabled()
    assert dialog.mapping() == {"id": "id", "title": "title", "date": "date_start",
                                "city": "city", "country": "host_country",
                                "embassy of": "sending_state", "people": "people_count",
                                "source": "source"}
    assert dialog.preview.rowCount() == 20 and dialog.preview.columnCount() == 8
    run_import(qtbot, dialog)
    rows = {dialog.report.item(r, 0).text(): dialog.report.item(r, 3).text()
            for r in range(dialog.report.rowCount())}
    assert set(rows) == {"8", "14"} and "ambiguous" in rows["8"] and "country" in rows["14"]
    assert "Nothing was written" in dialog.summary.text()
    target = Path(dialog.target_edit.text())
    assert target.parent == tmp_path / "data" / "Asylum Browser" / "imports"
    assert not target.exists()
    assert dialog.save_report(tmp_path / "report.csv")
    assert "Atlantis" in (tmp_path / "report.csv").read_text(encoding="utf-8")

    source.write_text(cases_csv(bad=False), encoding="utf-8")  # the user fixes the rows
    assert dialog.load(source)
    run_import(qtbot, dialog)
    assert "Imported 20 incidents" in dialog.summary.text()
    qtbot.waitUntil(lambda: not window.state.repository.database.immutable, timeout=10000)
    assert window.state.repository.database.path == target
    window.state.set_query("")
    wait_for_query(qtbot, window, "")
    assert len(table_ids(window)) == 20
    qtbot.waitUntil(lambda: len(window.map.points) == 20, timeout=10000)
    window.state.set_query("host:ecuador")
    wait_for_query(qtbot, window, "host:ecuador")
    assert len(table_ids(window)) == 4


def test_an_unreadable_file_says_why_in_the_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    empty = tmp_path / "empty.csv"
    empty.write_text("", encoding="utf-8")
    dialog = window.import_cases(empty)
    assert "is empty" in dialog.summary.text() and not dialog.import_button.isEnabled()


def test_import_into_my_cases_shows_them_beside_ours_and_adds_nothing_twice(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    window = open_window(qtbot, tmp_path / "config" / "settings.json")
    bundled_total = window.state.results.total
    source = tmp_path / "my-cases.csv"
    source.write_text(cases_csv(bad=False), encoding="utf-8")
    dialog = window.import_cases(source)
    run_import(qtbot, dialog)  # the default destination: my cases
    assert "20 cases added to your cases" in dialog.summary.text()
    qtbot.waitUntil(lambda: window.state.results is not None
                    and window.state.results.total == bundled_total + 20, timeout=30000)
    window.state.set_query("origin:mine host:ecuador")
    wait_for_query(qtbot, window, "origin:mine host:ecuador")
    assert sorted(table_ids(window)) == sorted(f"mine-case-{n}" for n in (0, 5, 10, 15))
    run_import(qtbot, dialog)  # the same file again
    qtbot.waitUntil(lambda: "0 added to your cases, 20 already there"
                    in window.statusBar().currentMessage(), timeout=10000)
    assert len(window.state.my_cases.ids()) == 20
