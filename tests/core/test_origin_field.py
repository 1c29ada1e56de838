"""Where a case comes from is one field: 'bundled' for the shipped data, 'mine' for the user's."""

from __future__ import annotations

import csv
import sqlite3
from contextlib import closing
from pathlib import Path

from click.testing import CliRunner

from asylum_browser.cli import cli
from asylum_browser.core.dataset.importer import import_file
from tests.conftest import count_bundled


def test_every_bundled_incident_is_bundled() -> None:
    assert count_bundled("origin = 'bundled'") == count_bundled() > 0


def test_an_imported_case_is_the_users_and_exports_as_such(tmp_path: Path) -> None:
    source = tmp_path / "mine.csv"
    source.write_text("title,date,city,country,embassy of,source\n"
                      "My case,2001-02,Quito,Ecuador,Mexico,https://example.org/1\n",
                      encoding="utf-8")
    target = tmp_path / "mine.sqlite"
    import_file(source, target)
    with closing(sqlite3.connect(target)) as db:
        assert db.execute("SELECT DISTINCT origin FROM incidents").fetchall() == [("mine",)]
    out = tmp_path / "out.csv"
    done = CliRunner().invoke(cli, ["export", "--db", str(target), "origin:mine", "-o",
                                    str(out), "--no-sidecar"])
    assert done.exit_code == 0, done.output
    with out.open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    assert row["origin"] == "mine" and row["title"] == "My case"
