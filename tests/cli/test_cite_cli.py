"""`asylum-browser cite` through CliRunner on the bundled database, each format read back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import bibtexparser
import pytest
from click.testing import CliRunner

from asylum_browser.cli import EXIT_EXPORT, EXIT_QUERY, EXIT_USAGE, cli
from asylum_browser.core.model.links import incident_link
from tests.conftest import query_bundled

KNOWN = "2002-05-08-shenyang-japan-consulate"


def _sources_of(incident_id: str) -> set[str]:
    return {str(row[0]) for row in query_bundled(
        "SELECT source_id FROM incident_sources WHERE incident_id = ?", incident_id)}


def _matched(query: str) -> set[str]:
    result = CliRunner().invoke(cli, ["search", query, "--format", "ids"])
    assert result.exit_code == 0, result.output
    return set(result.output.split())


@pytest.fixture(scope="module")
def shenyang() -> set[str]:
    return _matched("shenyang")


def test_csl_json_cites_each_match_and_its_sources(shenyang: set[str]) -> None:
    result = CliRunner().invoke(cli, ["cite", "shenyang", "--format", "csl-json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    records = {item["number"] for item in items if item["type"] == "dataset"}
    assert records == shenyang and len(shenyang) > 1
    wanted = set().union(*(_sources_of(i) for i in shenyang))
    assert {item["id"] for item in items if item["type"] != "dataset"} == wanted
    today = date.today()
    assert all(item["accessed"] == {"date-parts": [[today.year, today.month, today.day]]}
               for item in items if item["type"] == "dataset")


def test_bibtex_file_parses(tmp_path: Path, shenyang: set[str]) -> None:
    target = tmp_path / "shenyang.bib"
    result = CliRunner().invoke(cli, ["cite", "shenyang", "--format", "bibtex", "-o",
                                      str(target)])
    assert result.exit_code == 0, result.output
    library = bibtexparser.parse_file(str(target))
    assert not library.failed_blocks
    assert {e.key for e in library.entries if e.entry_type == "dataset"} == {
        f"record-{i}" for i in shenyang}
    assert library.entries_dict[f"record-{KNOWN}"]["url"] == incident_link(KNOWN)
    assert {e.entry_type for e in library.entries} <= {"online", "article", "report",
                                                       "dataset"}


def test_ris_sources_only_has_ty_er_pairs() -> None:
    result = CliRunner().invoke(cli, ["cite", "shenyang", "--format", "ris",
                                      "--sources-only"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines.count("ER  - ") == sum(line.startswith("TY  - ") for line in lines) > 0
    assert "TY  - DATA" not in lines


def test_text_records_only_cites_the_known_case() -> None:
    result = CliRunner().invoke(cli, ["cite", KNOWN, "--records-only"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert _matched(KNOWN) == {KNOWN} and len(lines) == 1
    assert lines[0].startswith("Asylum Browser contributors. “Chinese police drag a family "
                               "out of Japan's consulate, Shenyang.” Record " + KNOWN + ". ")
    assert f"{incident_link(KNOWN)}. Accessed " in lines[0]


def test_bad_input_gets_one_line_and_its_exit_code(tmp_path: Path) -> None:
    runner = CliRunner()
    syntax = runner.invoke(cli, ["cite", "date:("])
    assert syntax.exit_code == EXIT_QUERY and "Traceback" not in syntax.output
    both = runner.invoke(cli, ["cite", "x", "--records-only", "--sources-only"])
    assert both.exit_code == EXIT_USAGE
    unwritable = runner.invoke(cli, ["cite", "shenyang", "-o", str(tmp_path / "no" / "x")])
    assert unwritable.exit_code == EXIT_EXPORT and "cannot write" in unwritable.output
    nothing = runner.invoke(cli, ["cite", "zzzqqqnothing", "--format", "csl-json"])
    assert nothing.exit_code == 0 and json.loads(nothing.stdout) == []
    assert "nothing to cite" in nothing.stderr


def test_the_installed_command_cites_rather_than_opening_the_window() -> None:
    """`asylum-browser cite` as a user types it: a command word, not a file for the window."""
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "asylum_browser", "cite",
                           "id:2002-05-08-shenyang-japan-consulate", "--format", "ris"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("TY  - DATA") and "ER  -" in done.stdout
