"""diff-data: what changed between two databases, matched by stable ids."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from asylum_browser.cli import cli
from asylum_browser.core.dataset.diff import diff, diff_files
from asylum_browser.core.engine.database import Database
from asylum_browser.paths import bundled_db_path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "dataset-1.sqlite"
SHENYANG = "2002-05-08-shenyang-japan-consulate"


def changed_copy(tmp_path: Path) -> Path:
    """Dataset 1 with one incident edited, one removed, one added, and a source swapped."""
    target = tmp_path / "next.sqlite"
    shutil.copyfile(FIXTURE, target)
    with sqlite3.connect(target) as connection:
        connection.execute("UPDATE incidents SET people_count = 6, confidence = 'medium' "
                           "WHERE id = ?", [SHENYANG])
        connection.execute("DELETE FROM incidents WHERE id = '1989-prague-west-germany-embassy'")
        connection.execute("INSERT INTO incidents (seq, id, title, summary) VALUES "
                           "(999, '2024-04-05-quito-mexico-embassy', 'Police raid, Quito', '')")
        connection.execute("INSERT INTO sources (id, url) VALUES ('src-new', "
                           "'https://example.org/new')")
        connection.execute("UPDATE incident_sources SET source_id = 'src-new' WHERE "
                           "incident_id = ? AND position = 0", [SHENYANG])
        connection.execute("UPDATE meta SET value = '2026.12.1' WHERE key = 'dataset_version'")
    connection.close()
    return target


def test_added_removed_and_changed_fields_and_sources(tmp_path: Path) -> None:
    result = diff(Database(FIXTURE, oldest_schema=1),
                  Database(changed_copy(tmp_path), oldest_schema=1))
    assert (result.old_version, result.new_version) == ("2026.11.1", "2026.12.1")
    assert result.added == [("2024-04-05-quito-mexico-embassy", "Police raid, Quito")]
    assert [i for i, _ in result.removed] == ["1989-prague-west-germany-embassy"]
    (change,) = result.changed
    assert change.incident_id == SHENYANG
    assert change.fields == [("people_count", 5, 6), ("confidence", "high", "medium")]
    assert change.sources_added == ["https://example.org/new"]
    assert len(change.sources_removed) == 1


def test_the_markdown_reads_as_a_changelog(tmp_path: Path) -> None:
    text = diff_files(FIXTURE, changed_copy(tmp_path))
    assert text.startswith("# Data changes: dataset 2026.11.1 to 2026.12.1")
    assert "1 added, 1 removed, 1 changed" in text
    assert "| people_count | 5 | 6 |" in text
    assert "- source added: https://example.org/new" in text


def test_the_cli_prints_it_and_the_fixture_is_dataset_1() -> None:
    result = CliRunner().invoke(cli, ["diff-data", str(FIXTURE), str(bundled_db_path())])
    assert result.exit_code == 0
    assert "# Data changes: dataset 2026.11.1" in result.stdout
    with sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True) as connection:
        assert connection.execute("SELECT COUNT(*) FROM incidents").fetchone()[0] == 51
    connection.close()


def test_the_documented_changes_are_what_diff_data_prints_for_dataset_3() -> None:
    """docs/data-changes.md opens with the diff from dataset 2 to the bundled dataset, as
    `asylum-browser diff-data` prints it; a data change without a regenerated page fails."""
    dataset_2 = FIXTURE.with_name("dataset-2.sqlite")
    printed = diff_files(dataset_2, bundled_db_path())
    documented = (Path(__file__).resolve().parents[2] / "docs" / "data-changes.md").read_text(
        encoding="utf-8")
    assert documented.startswith(printed)
    assert "# Data changes: dataset 2026.11.2 to " in printed
