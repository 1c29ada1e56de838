"""Issue 18's proof: a case typed in the form, one imported from a file and one accepted from a
report each show in the table, the map, the timeline, the search and the export, marked as the
user's; they are there after a restart and after a new bundled dataset; and the bundled
database stays byte for byte as shipped."""

from __future__ import annotations

import csv
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import asylum_browser.paths
from asylum_browser.core.cases.combined import open_with_my_cases
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.workspace import Workspace
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
from asylum_browser.gui.widgets.export_dialog import ExportChoices
from asylum_browser.paths import bundled_db_path, records_dir
from tests.gui.conftest import open_window, run_query, table_ids, wait_for_query
from tests.gui.test_case_form import add_case
from tests.gui.test_import import run_import
from tests.gui.test_report_review import REPORT, click, open_from_menu, paste, type_into

IMPORTED = ("id,title,date,city,country,embassy of,people,source\n"
            "oslo-1,Three fishermen in the Swedish embassy,1987-06-04,Oslo,Norway,Sweden,3,"
            "https://example.org/oslo\n")
# One word of each case's title, found by the search beside origin:mine.
WORDS = {"form": "teachers", "import": "fishermen", "report": "Canadian"}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def mine_everywhere(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> list[str]:
    """The user's cases as the table, the map, the timeline, the search and an export show
    them; returns their ids."""
    run_query(qtbot, window, "origin:mine")
    ids = sorted(table_ids(window))
    assert len(ids) == 3 and all(i.startswith("mine-") for i in ids)
    qtbot.waitUntil(lambda: len(window.map.points) == 3, timeout=10000)
    assert sum(window.timeline.total(p) for p in window.timeline.periods) == 3
    for word in WORDS.values():
        run_query(qtbot, window, f"origin:mine {word}")
        assert len(table_ids(window)) == 1, word
    run_query(qtbot, window, "origin:mine")
    target = tmp_path / f"mine-{len(list(tmp_path.glob('mine-*.csv')))}.csv"
    with qtbot.waitSignal(window.export_done, timeout=20000):
        window.start_export(ExportChoices(target, False, ("id", "title", "origin"), False,
                                          True, False))
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["id"] for row in rows) == ids
    assert {row["origin"] for row in rows} == {"mine"}
    return ids


def reopen(qtbot: QtBot, old: MainWindow, settings_path: Path) -> MainWindow:
    """Close the window and start again as the app does: the bundled cases and the user's."""
    old.settings.persist = False
    old.close()
    old.state.wait()
    workspace = Workspace(settings_path.parent / "workspace.sqlite")
    window = MainWindow(Repository(open_with_my_cases(workspace)), Settings(settings_path),
                        workspace)
    qtbot.addWidget(window)
    window.show()
    wait_for_query(qtbot, window, window.state.query)
    return window


def test_my_cases_from_the_form_a_file_and_a_report_are_everywhere_and_stay(
        qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    shipped = sha256(bundled_db_path())
    settings_path = tmp_path / "config" / "settings.json"
    window = open_window(qtbot, settings_path)
    bundled_total = window.state.results.total

    add_case(qtbot, window)  # File > New case, typed into the form
    source = tmp_path / "cases.csv"
    source.write_text(IMPORTED, encoding="utf-8")
    run_import(qtbot, window.import_cases(source))  # File > Import cases, into my cases
    qtbot.waitUntil(lambda: len(window.state.my_cases.ids()) == 2, timeout=20000)
    review = open_from_menu(window)  # File > New cases from a report
    paste(qtbot, review, REPORT)
    beijing = review.forms()[0]
    review.tabs.setCurrentWidget(beijing)
    type_into(qtbot, beijing.edits["title"], "Four at the Canadian embassy")
    click(qtbot, beijing.accept_button)
    review.close()
    qtbot.waitUntil(lambda: window.state.results is not None
                    and window.state.results.total == bundled_total + 3, timeout=30000)
    ids = mine_everywhere(qtbot, window, tmp_path)

    window = reopen(qtbot, window, settings_path)  # a restart
    assert mine_everywhere(qtbot, window, tmp_path) == ids

    # A new bundled dataset: one of our records retitled, built as the maintainers build it.
    records = tmp_path / "records"
    shutil.copytree(records_dir(), records)
    record = records / "incidents" / "2002-05-08-shenyang-japan-consulate.toml"
    text = record.read_text(encoding="utf-8")
    first_title = next(line for line in text.splitlines() if line.startswith("title = "))
    record.write_text(text.replace(first_title, 'title = "Retitled in the new dataset"', 1),
                      encoding="utf-8")
    new_bundled = tmp_path / "new-bundled.sqlite"
    built = subprocess.run([sys.executable, "-m", "asylum_browser", "build-db", "--records",
                            str(records), "-o", str(new_bundled)], capture_output=True,
                           text=True, timeout=300, check=False)
    assert built.returncode == 0, built.stderr
    monkeypatch.setattr(asylum_browser.paths, "bundled_db_path", lambda: new_bundled)
    monkeypatch.setattr(asylum_browser.paths, "records_dir", lambda: records)
    window = reopen(qtbot, window, settings_path)
    run_query(qtbot, window, "retitled")
    assert table_ids(window) == ["2002-05-08-shenyang-japan-consulate"]  # the new dataset
    assert mine_everywhere(qtbot, window, tmp_path) == ids
    window.state.wait()
    assert sha256(bundled_db_path()) == shipped
