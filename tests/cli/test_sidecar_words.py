"""The export's sidecar says the query in words a reader can check, a map area included."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from asylum_browser.cli import cli

BEIJING_BOX = "within:39.5,115.9,40.3,116.9"


def test_a_map_area_reads_as_the_cities_in_it_not_as_degrees(tmp_path: Path) -> None:
    target = tmp_path / "beijing.csv"
    done = CliRunner().invoke(cli, ["export", BEIJING_BOX, "-o", str(target)])
    assert done.exit_code == 0, done.output
    about = (tmp_path / "beijing.about.txt").read_text(encoding="utf-8")
    words = next(line for line in about.splitlines() if line.startswith("In words:"))
    assert "Beijing" in words
    assert "39.5" not in words and "116.9" not in words
    assert BEIJING_BOX in about  # the query itself stays, to reproduce the export
