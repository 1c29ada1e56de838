"""Issue 19 on the command line: the ``link`` column and the search's link in the sidecar,
and the GeoJSON export read back against the bundled database."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser.cli import cli
from asylum_browser.core.model.links import incident_link, parse_link, search_link
from tests.conftest import count_bundled, query_bundled


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_every_exported_row_links_to_its_own_incident(runner: CliRunner,
                                                      tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    result = runner.invoke(cli, ["export", "-o", str(target)])
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == count_bundled()
    for row in rows:
        assert row["link"] == incident_link(row["id"])
        assert parse_link(row["link"]).incident_id == row["id"]


def test_the_sidecar_carries_the_link_of_the_search(runner: CliRunner,
                                                    tmp_path: Path) -> None:
    query = "host:China year:1989..1990"
    result = runner.invoke(cli, ["export", query, "-o", str(tmp_path / "china.csv")])
    assert result.exit_code == 0, result.output
    about = (tmp_path / "china.about.txt").read_text(encoding="utf-8")
    link = next(line.split(None, 1)[1] for line in about.splitlines()
                if line.startswith("Link:"))
    assert link == search_link(query)
    assert parse_link(link).query == query
    assert "  link: Link." in about  # the column is described with the others


def test_an_id_that_would_need_escaping_gets_no_link_rather_than_a_wrong_one(
        runner: CliRunner, db_copy: Path, tmp_path: Path) -> None:
    import sqlite3
    from contextlib import closing
    with closing(sqlite3.connect(db_copy)) as connection, connection:
        seq, = connection.execute("SELECT min(seq) FROM incidents").fetchone()
        connection.execute("UPDATE incidents SET id = 'odd id/ü' WHERE seq = ?", (seq,))
    target = tmp_path / "odd.csv"
    result = runner.invoke(cli, ["export", "--db", str(db_copy), "-o", str(target),
                                 "--columns", "id,link"])
    assert result.exit_code == 0, result.output
    with target.open(encoding="utf-8", newline="") as handle:
        links = {row["id"]: row["link"] for row in csv.DictReader(handle)}
    assert links["odd id/ü"] == ""
    assert all(links[key] == incident_link(key) for key in links if key != "odd id/ü")
    assert len(links) == len(query_bundled("SELECT id FROM incidents"))
