"""Family 6: settings and caches. A damaged settings file, a damaged or mismatched index cache,
an unwritable cache folder and an unwritable config folder each end in a warning and a
working app, never a crash."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.core.engine.columnar_store import _identity, default_cache_dir, load_index
from asylum_browser.core.engine.database import Database, open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.settings import Settings
from asylum_browser.paths import bundled_db_path
from tests.conftest import count_bundled
from tests.gui.conftest import open_window, wait_for_query

pytestmark = pytest.mark.reliability("settings-and-caches")


def cache_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.npz"))


@pytest.mark.parametrize("damage", ["random bytes", "cut in half", "empty", "a folder"])
def test_a_damaged_index_cache_is_rebuilt_with_a_note(db_copy: Path, tmp_path: Path,
                                                      damage: str) -> None:
    database = Database(db_copy)
    first = load_index(db_copy, database.connection, tmp_path)
    assert first.notes == []
    (cache,) = cache_files(tmp_path)
    data = cache.read_bytes()
    if damage == "random bytes":
        cache.write_bytes(bytes(range(256)) * 64)
    elif damage == "cut in half":
        cache.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        cache.write_bytes(b"")
    else:
        cache.unlink()
        cache.mkdir()
    again = load_index(db_copy, database.connection, tmp_path)
    assert "rebuilt" in again.notes[0]
    # A folder standing where the cache goes cannot be replaced: that is said too.
    assert len(again.notes) == (2 if damage == "a folder" else 1)
    assert np_equal(again.seqs, first.seqs)
    if damage != "a folder":  # a folder in the way cannot be replaced; it is left alone
        assert load_index(db_copy, database.connection, tmp_path).notes == []


def np_equal(left: object, right: object) -> bool:
    import numpy as np

    return bool(np.array_equal(left, right))  # type: ignore[arg-type]


def test_a_cache_that_belongs_to_other_data_is_detected_and_rebuilt(
        db_copy: Path, tmp_path: Path) -> None:
    """Same file name (path, size, time), other contents: e.g. a copied cache folder."""
    database = Database(db_copy)
    load_index(db_copy, database.connection, tmp_path)
    (cache,) = cache_files(tmp_path)
    other = tmp_path / "other.sqlite"
    shutil.copyfile(db_copy, other)
    with sqlite3.connect(other) as connection:
        connection.execute("UPDATE incidents SET people_count = 12345, date_start_lo = 1")
    connection.close()
    other_database = Database(other)
    load_index(other, other_database.connection, tmp_path / "other-cache")
    (foreign,) = cache_files(tmp_path / "other-cache")
    shutil.copyfile(foreign, cache)  # the wrong arrays under the right name
    index = load_index(db_copy, database.connection, tmp_path)
    assert index.notes == ["The search index cache did not match this database; it was "
                           "rebuilt."]
    assert 12345 not in index.people.tolist()


def test_an_unwritable_cache_folder_costs_time_not_the_app(db_copy: Path,
                                                           tmp_path: Path) -> None:
    blocker = tmp_path / "cache-is-a-file"
    blocker.write_text("not a folder")
    database = Database(db_copy)
    index = load_index(db_copy, database.connection, blocker / "columnar")
    assert len(index.notes) == 1 and "could not be cached" in index.notes[0]
    repository = Repository(database)
    repository.use_index(index)
    assert repository.count(parse_query("shenyang")) == 4


def test_the_window_shows_the_cache_note_and_answers(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_window(qtbot, tmp_path / "settings.json")
    cache = default_cache_dir() / f"{_identity(bundled_db_path())}.npz"
    assert cache.is_file()  # the window built or loaded the bundled database's index
    cache.write_bytes(b"damaged")
    messages: list[str] = []
    window.state.error_reported.connect(messages.append)
    window.open_path(None)  # reopen the bundled database: its index loads again
    qtbot.waitUntil(lambda: any("rebuilt" in m for m in messages), timeout=20000)
    window.state.set_query("shenyang")
    wait_for_query(qtbot, window, "shenyang")
    assert window.table.model().rowCount() == 4


def test_a_damaged_settings_file_is_set_aside_with_a_message(qtbot: QtBot,
                                                             tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir()
    path.write_bytes(b"\xff\xfe{ not json, not even UTF-8")
    window = open_window(qtbot, path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problemMessage") is not None)
    box = window.findChild(QMessageBox, "problemMessage")
    assert box is not None and "could not be read" in box.text()
    assert (path.parent / "settings.damaged.json").read_bytes().startswith(b"\xff\xfe")
    box.close()
    window.close()
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1


@pytest.mark.parametrize(("content", "says"), [
    (json.dumps({"version": 1, "table_header": {"columns": ["title"]}, "last_query": "embassy",
                 "recent_databases": "not a list", "remember_query": True}),
     "had a value of the wrong kind (recent_databases, table_header)"),
    ("[" * 100_000 + "]" * 100_000, "could not be read (nested too deeply)"),
    ('{"geometry": "\u00e9\u00e9", "splitter_right": 5}',
     "had a value of the wrong kind (geometry, splitter_right)"),
], ids=["object-for-header", "nested-100000-deep", "non-ascii-state"])
def test_settings_of_the_wrong_shape_are_reset_and_the_window_opens(
        qtbot: QtBot, tmp_path: Path, content: str, says: str) -> None:
    path = tmp_path / "config" / "settings.json"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")
    window = open_window(qtbot, path)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "problemMessage") is not None)
    box = window.findChild(QMessageBox, "problemMessage")
    assert box is not None and says in box.text()
    assert (path.parent / "settings.damaged.json").read_text(encoding="utf-8") == content
    # The good settings are kept (the last query), the bad ones are defaults: the window
    # shows its results with the default columns.
    expected_query = "embassy" if "embassy" in content else ""
    wait_for_query(qtbot, window, expected_query)
    assert window.table.model().rowCount() > 0
    assert window.table.visible_keys()[:2] == ("date", "title")
    box.close()
    window.close()


def test_an_unwritable_config_folder_warns_and_the_window_works(qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    blocker = tmp_path / "config-is-a-file"
    blocker.write_text("not a folder")
    settings = Settings(blocker / "Asylum Browser" / "settings.json")
    assert settings.writable_problem() is not None
    window = MainWindow(Repository(open_database()), settings)
    qtbot.addWidget(window)
    window.show()
    assert "Settings cannot be saved" in window.statusBar().currentMessage()
    window.state.set_query("shenyang")
    wait_for_query(qtbot, window, "shenyang")
    assert window.table.model().rowCount() == 4
    window.close()  # saving on close fails quietly; nothing is raised
    assert blocker.read_text() == "not a folder"


PIPE_AT_CACHES = """
import os, sys
from pathlib import Path
from asylum_browser.core.engine import column_facts, columnar_store
from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.writer import write_csv
from asylum_browser.core.query.parser import parse_query

path = Path(sys.argv[1])
index_cache = columnar_store.default_cache_dir() / f"{columnar_store._identity(path)}.npz"
facts_cache = column_facts.default_cache_dir() / f"{column_facts._path_key(path)}.json"
for pipe in (index_cache, facts_cache):
    pipe.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(pipe)
result = write_csv(Repository(open_database(path)), parse_query("shenyang"),
                   path.with_name("out.csv"), sidecar=False)
print(result.rows)
index = columnar_store.load_index(path, open_database(path).connection)
print(index.size, *index.notes)
"""


def test_a_pipe_at_a_cache_path_is_never_opened(db_copy: Path, tmp_path: Path) -> None:
    """A FIFO where the index or the export's kept facts belong once hung start-up for good."""
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    run = subprocess.run([sys.executable, "-c", PIPE_AT_CACHES, str(db_copy)], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    rows, index_line = run.stdout.splitlines()[:2]
    assert rows == "4"
    assert index_line.startswith(f"{count_bundled()} ") and "is not a regular file" in index_line
