"""What the command line prints from a database or a target nobody checked (issue 15):
no terminal commands from data, strict JSON, one-line refusals of bad targets."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser.cli import EXIT_EXPORT, EXIT_QUERY, cli
from asylum_browser.paths import bundled_db_path

pytestmark = pytest.mark.reliability("cli-output")

ROOT = Path(__file__).resolve().parents[2]
# OSC 0 retitles the terminal, OSC 8 makes a link, CSI (8-bit) colours, CR overwrites.
TERMINAL_ATTACK = ("\x1b]0;pwned\x07\x1b]8;;file:///etc/passwd\x1b\\click\x1b]8;;\x1b\\"
                   "\r\x9b31mred\x7f")
ID = "2002-05-08-shenyang-japan-consulate"


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.sqlite"
    shutil.copyfile(bundled_db_path(), path)
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE incidents SET title = title || ?, city = ?, "
                           "latitude = 9e999, longitude = -9e999 WHERE id = ?",
                           (TERMINAL_ATTACK, "Shenyang" + TERMINAL_ATTACK, ID))
        connection.execute("UPDATE meta SET value = value || ? WHERE key = 'dataset_title'",
                           (TERMINAL_ATTACK,))
    return path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", [
    ["search", "shenyang"], ["search", "shenyang", "--format", "tsv"],
    ["search", "shenyang", "--format", "ids"], ["show", ID], ["show", ID, "--html"],
    ["info"], ["facets", "shenyang"],
])
def test_no_terminal_control_from_data_reaches_the_terminal(hostile_db: Path,
                                                            command: list[str]) -> None:
    code, out, err = run(*command, "--db", str(hostile_db))
    assert code == 0, err
    controls = [c for c in out + err if (ord(c) < 0x20 and c not in "\n\t")
                or 0x7F <= ord(c) < 0xA0]
    assert controls == []
    if command[0] == "show":
        assert "click" in out and "red" in out  # the words stay, only the controls go


def test_json_output_is_strict_json_and_keeps_every_character(hostile_db: Path) -> None:
    code, out, err = run("search", "shenyang", "--format", "json", "--db", str(hostile_db))
    assert code == 0, err

    def refuse(constant: str) -> None:
        raise AssertionError(f"not JSON: {constant}")

    rows = {row["id"]: row for row in json.loads(out, parse_constant=refuse)}
    assert rows[ID]["latitude"] is None and rows[ID]["longitude"] is None  # no place
    assert rows[ID]["title"].endswith(TERMINAL_ATTACK)  # escaped in the text, not lost
    assert "\x1b" not in out and "\x9b" not in out


@pytest.mark.parametrize("query", ["people:9223372036854775808", "people:1..99999999999999999999",
                                   "people:>=1000000000000", "people:²"])
def test_people_numbers_out_of_range_are_search_errors(query: str) -> None:
    code, _out, err = run("search", query)
    assert code == EXIT_QUERY and "people" in err and "internal error" not in err


def test_export_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "to-null.csv"
    link.symlink_to("/dev/null")
    for target in (fifo, link, Path("/dev/null")):
        code, _out, err = run("export", "shenyang", "-o", str(target))
        assert code == EXIT_EXPORT and "is not a regular file" in err, err
    assert stat.S_ISFIFO(fifo.stat().st_mode) and link.is_symlink()  # untouched


def test_export_keeps_a_read_only_file_unless_forced(tmp_path: Path) -> None:
    target = tmp_path / "mine.csv"
    target.write_text("my own work\n")
    target.chmod(0o444)
    code, _out, err = run("export", "shenyang", "-o", str(target), "--no-sidecar")
    assert code == EXIT_EXPORT and "is read-only" in err and "--force" in err
    assert target.read_text() == "my own work\n"
    code, _out, err = run("export", "shenyang", "-o", str(target), "--no-sidecar", "--force")
    assert code == 0, err
    assert target.read_text().startswith('"id"') and stat.S_IMODE(target.stat().st_mode) == 0o444


def test_an_export_name_too_long_is_one_line(tmp_path: Path) -> None:
    code, _out, err = run("export", "shenyang", "-o", str(tmp_path / ("a" * 300 + ".csv")))
    assert code == EXIT_EXPORT and "internal error" not in err
    assert "File name too long" in err or "too long" in err.lower()


def test_export_to_standard_output_is_the_csv_alone(tmp_path: Path) -> None:
    run_ = subprocess.run([sys.executable, "-m", "asylum_browser", "export", "shenyang", "-o",
                           "-"], capture_output=True, cwd=tmp_path, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert run_.returncode == 0, run_.stderr
    lines = run_.stdout.decode("utf-8").splitlines()
    assert lines[0].startswith('"id","date_start"') and len(lines) == 5  # header + 4 rows
    assert b"Wrote 4 incidents to standard output" in run_.stderr
    assert list(tmp_path.iterdir()) == []  # nothing left beside it
