"""Corrections in the workspace: an older workspace gains the table and keeps what it had, and
a source known only by its citation, or already listed, goes out without breaking the record."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

from asylum_browser.core.cases.corrections import Correction, add, appended_text, corrections
from asylum_browser.core.workspace import MIGRATIONS, Workspace
from asylum_browser.paths import records_dir

CASE = "1936-07-madrid-chile-embassy"


def test_a_version_2_workspace_gains_corrections_and_keeps_its_cases(tmp_path: Path) -> None:
    path = tmp_path / "workspace.sqlite"
    with sqlite3.connect(path) as old:
        for step in (1, 2):
            old.executescript(MIGRATIONS[step])
        old.execute("INSERT INTO my_cases VALUES ('mine-1', '{\"id\": \"mine-1\"}', 'x', 'x')")
        old.execute("PRAGMA user_version = 2")
    workspace = Workspace(path)
    assert workspace.my_cases() == [{"id": "mine-1"}]
    kept = add(workspace, Correction(CASE, "outcome", "freed", url="https://example.org/a"))
    workspace.close()
    again = Workspace(path)
    assert [(c.key, c.claim, c.supports) for c in corrections(again)] == [
        (kept.key, "freed", ("outcome",))]


def test_a_citation_and_a_listed_url_keep_the_record_valid() -> None:
    original = (records_dir() / "incidents" / f"{CASE}.toml").read_text(encoding="utf-8")
    listed = tomllib.loads(original)["sources"][0]["url"]
    text = appended_text(original, [
        Correction(CASE, "people_count", "2,200", url=listed, quote="a \"quoted\" line"),
        Correction(CASE, None, "", citation="El País, 3 May 1937, p. 4",
                   supports=("city",))])
    record = tomllib.loads(text)
    assert len(record["sources"]) == len(tomllib.loads(original)["sources"])  # not twice
    assert record["disputes"][-1] == {"field": "people_count",
                                      "topic": "correction suggested by a user",
                                      "claim": "2,200", "sources": [listed]}
    assert "# source (citation, no URL): El País, 3 May 1937, p. 4 (supports city)" in text
    assert '# quote: a "quoted" line' in text
