"""The workspace database: saved searches, notes, tags and flags, on a real SQLite file."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from asylum_browser.core.workspace import (
    WORKSPACE_VERSION,
    SavedSearch,
    Workspace,
    WorkspaceProblem,
)

DB = "bundled"
SHENYANG = "2002-05-08-shenyang-japan-consulate"


def test_a_new_workspace_is_wal_and_versioned(tmp_path: Path) -> None:
    Workspace(tmp_path / "workspace.sqlite").close()
    with sqlite3.connect(tmp_path / "workspace.sqlite") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA user_version").fetchone()[0] == WORKSPACE_VERSION
    connection.close()


def test_a_newer_workspace_is_refused_not_rewritten(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute(f"PRAGMA user_version = {WORKSPACE_VERSION + 1}")
    connection.close()
    with pytest.raises(WorkspaceProblem, match="newer Asylum Browser"):
        Workspace(path)


def test_saved_searches_round_trip_rename_and_delete(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "w.sqlite")
    wave = SavedSearch("2002-04 wave", "date:2002..2004", "people", True, ("date", "title"))
    workspace.save_search(wave)
    workspace.save_search(SavedSearch("Havana", "city:havana"))
    workspace.close()
    again = Workspace(tmp_path / "w.sqlite")  # a restart
    assert again.saved_search("2002-04 wave") == wave
    assert [s.name for s in again.saved_searches()] == ["2002-04 wave", "Havana"]
    with pytest.raises(WorkspaceProblem, match="already a saved search"):
        again.rename_search("Havana", "2002-04 wave")
    again.rename_search("Havana", "Cuba 1980")
    again.delete_search("2002-04 wave")
    assert [s.name for s in again.saved_searches()] == ["Cuba 1980"]


def test_saved_searches_travel_as_json_to_a_colleague(tmp_path: Path) -> None:
    mine = Workspace(tmp_path / "mine.sqlite")
    mine.save_search(SavedSearch("wave", "date:2002..2004", columns=("date",)))
    mine.save_search(SavedSearch("北朝鮮", "nationality:\"north korea\""))
    assert mine.export_searches(tmp_path / "share.json") == 2
    theirs = Workspace(tmp_path / "theirs.sqlite")
    theirs.save_search(SavedSearch("wave", "something else"))
    added = theirs.import_searches(tmp_path / "share.json")
    assert added == ["wave (imported)", "北朝鮮"]
    assert theirs.saved_search("wave (imported)") == SavedSearch("wave (imported)",
                                                                 "date:2002..2004",
                                                                 columns=("date",))
    assert theirs.saved_search("wave") == SavedSearch("wave", "something else")
    (tmp_path / "bad.json").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(WorkspaceProblem, match="not a file of saved searches"):
        theirs.import_searches(tmp_path / "bad.json")
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(WorkspaceProblem, match="cannot be read"):
        theirs.import_searches(tmp_path / "broken.json")


def test_notes_tags_and_flags_are_kept_per_database_and_incident(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "w.sqlite")
    workspace.set_note(DB, SHENYANG, "Compare with the 1961 Vienna Convention, art. 22.")
    assert workspace.set_tags(DB, SHENYANG, ["Vienna-Convention", "shenyang", "shenyang"]) \
        == ["shenyang", "vienna-convention"]
    workspace.set_flag(DB, SHENYANG, True)
    workspace.set_tags("/data/other.sqlite", SHENYANG, ["elsewhere"])
    workspace.close()
    again = Workspace(tmp_path / "w.sqlite")
    note = again.note(DB, SHENYANG)
    assert note is not None and note.text.startswith("Compare with the 1961")
    assert note.created <= note.updated
    assert again.tags(DB, SHENYANG) == ["shenyang", "vienna-convention"]
    assert again.flagged(DB, SHENYANG) and not again.flagged(DB, "other-id")
    annotations = again.annotations(DB)
    assert annotations.tags == {"shenyang": {SHENYANG}, "vienna-convention": {SHENYANG}}
    assert annotations.flags == {SHENYANG} and SHENYANG in annotations.notes
    again.set_note(DB, SHENYANG, "  ")
    again.set_flag(DB, SHENYANG, False)
    assert again.note(DB, SHENYANG) is None and not again.flagged(DB, SHENYANG)


@pytest.mark.parametrize("bad", ["two words", "a:b", "(x)", "x" * 61, 'say "hi"'])
def test_tags_are_one_clean_word(tmp_path: Path, bad: str) -> None:
    workspace = Workspace(tmp_path / "w.sqlite")
    workspace.set_tags(DB, SHENYANG, ["kept"])
    with pytest.raises(WorkspaceProblem, match="cannot be a tag"):
        workspace.set_tags(DB, SHENYANG, ["fine", bad])
    assert workspace.tags(DB, SHENYANG) == ["kept"]  # all or nothing


def test_an_unusable_workspace_file_says_why(tmp_path: Path) -> None:
    (tmp_path / "w.sqlite").write_bytes(b"not a database at all" * 100)
    with pytest.raises(WorkspaceProblem, match="cannot be used"):
        Workspace(tmp_path / "w.sqlite")


def test_a_dangling_link_or_a_pipe_is_never_used_as_the_workspace(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "notes.sqlite"
    link = tmp_path / "workspace.sqlite"
    link.symlink_to(target)
    with pytest.raises(WorkspaceProblem, match=r"is a link to .*notes\.sqlite, which does not "
                                               r"exist; nothing was created there"):
        Workspace(link)
    assert not target.exists() and not target.parent.exists()
    pipe = tmp_path / "pipe.sqlite"
    os.mkfifo(pipe)
    with pytest.raises(WorkspaceProblem, match="is not a regular file"):
        Workspace(pipe)
    target.parent.mkdir()
    Workspace(target).close()
    Workspace(link).close()  # a link to a workspace that exists is fine
