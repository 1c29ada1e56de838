"""`asylum-browser import FILE --into-my-cases` (issue 18): a file's rows join the user's own
cases, checked as the importer checks them, found beside ours by search and export, and a
second import of the same file adds nothing twice. The bundled database is never written."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from asylum_browser.paths import bundled_db_path

HEADER = "title,date_start,city,host_country,sending_state,mission_type,people_count,source\n"
GOOD = ("Three fishermen at the Norwegian embassy,1987-06-04,Oslo,Norway,Sweden,embassy,3,"
        "https://example.org/one\n"
        "A writer at the Dutch legation,1950-03,Lisbon,Portugal,Netherlands,legation,1,"
        "https://example.org/two\n")
BAD = "A row with no date,not-a-date,Lisbon,Portugal,Netherlands,legation,1,https://e.org/3\n"


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    import os

    return dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "c"))


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "asylum_browser", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_imported_rows_become_my_cases_once(home: dict[str, str], tmp_path: Path) -> None:
    bundled = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    source = tmp_path / "cases.csv"
    source.write_text(HEADER + GOOD, encoding="utf-8")
    first = run(home, "import", str(source), "--into-my-cases")
    assert first.returncode == 0, first.stderr
    assert "Added 2 cases to your cases" in first.stdout
    listed = run(home, "cases", "list")
    assert "2 cases of yours" in listed.stdout
    found = run(home, "search", "origin:mine", "oslo")
    assert "Three fishermen at the Norwegian embassy" in found.stdout
    out = tmp_path / "mine.csv"
    assert run(home, "export", "origin:mine", "-o", str(out)).returncode == 0
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["title"] for row in rows) == ["A writer at the Dutch legation",
                                                    "Three fishermen at the Norwegian embassy"]
    assert {row["origin"] for row in rows} == {"mine"}
    assert {row["host_country"] for row in rows} == {"NO", "PT"}
    again = run(home, "import", str(source), "--into-my-cases")
    assert again.returncode == 0, again.stderr
    assert "Added 0 cases" in again.stdout and "2 cases already there" in again.stdout
    assert "2 cases of yours" in run(home, "cases", "list").stdout
    assert hashlib.sha256(bundled_db_path().read_bytes()).hexdigest() == bundled


def test_a_rejected_row_stops_the_import_unless_skipped(home: dict[str, str],
                                                         tmp_path: Path) -> None:
    source = tmp_path / "cases.csv"
    source.write_text(HEADER + GOOD + BAD, encoding="utf-8")
    refused = run(home, "import", str(source), "--into-my-cases")
    assert refused.returncode != 0
    assert "row 3" in refused.stderr.lower() and "not-a-date" in refused.stderr
    assert "nothing was added" in refused.stderr and "Traceback" not in refused.stderr
    assert "0 cases of yours" in run(home, "cases", "list").stdout
    kept = run(home, "import", str(source), "--into-my-cases", "--skip-invalid")
    assert kept.returncode == 0, kept.stderr
    assert "Added 2 cases" in kept.stdout and "1 row left out" in kept.stdout


def test_import_wants_one_destination(home: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "cases.csv"
    source.write_text(HEADER + GOOD, encoding="utf-8")
    neither = run(home, "import", str(source))
    both = run(home, "import", str(source), "-o", str(tmp_path / "x.sqlite"), "--into-my-cases")
    for done in (neither, both):
        assert done.returncode != 0
        assert "either -o NEW.sqlite or --into-my-cases" in done.stderr
        assert "Traceback" not in done.stderr
