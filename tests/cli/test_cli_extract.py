"""`asylum-browser extract`: plain text and --json on real reports, and every bad input ends
in one line and a non-zero exit, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser.__main__ import CLI_WORDS
from asylum_browser.cli import cli
from asylum_browser.cli_extract import EXIT_EXTRACT

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "tuning"
ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_extract_prints_one_block_per_draft_with_each_fields_sentence() -> None:
    code, out, _ = run("extract", str(REPORTS / "shenyang_anniversary.txt"))
    assert code == 0
    assert out.startswith("Dateline: 2026-05-08 (from “May 8, 2026”); language: en")
    assert out.count("\nDraft ") == 3
    assert "Draft 2: background, tells 2002-05-08-shenyang-japan-consulate" in out
    assert "    people_count:        5  [five]" in out
    assert "  “The women slipped past the guards at the gate in the early morning.”" in out


def test_extract_json_has_the_documented_shape() -> None:
    path = REPORTS / "beijing_canada_sum.txt"
    code, out, _ = run("extract", str(path), "--json")
    assert code == 0
    data = json.loads(out)
    assert set(data) == {"dateline", "dateline_evidence", "dateline_from", "language", "drafts"}
    assert (data["dateline"], data["language"]) == ("2026-09-24", "en")
    (draft,) = data["drafts"]
    assert {"role", "existing_id", "add_as_source", "date_start", "city", "host_country",
            "sending_state", "mission_type", "people_count", "people_note",
            "seekers_nationality", "entry_method", "host_response", "outcome",
            "outcome_class", "evidence"} == set(draft)
    assert (draft["sending_state"], draft["mission_type"], draft["people_count"]) == (
        "CA", "embassy", 3)
    text = path.read_text(encoding="utf-8")
    for field, found in draft["evidence"].items():
        assert draft[field] is not None
        assert set(found) == {"start", "end", "text"}
        assert text[found["start"]:found["end"]] == found["text"]


def test_a_given_dateline_moves_the_relative_dates() -> None:
    code, out, _ = run("extract", str(REPORTS / "beijing_canada_sum.txt"), "--json",
                       "--dateline", "2026-10-01")
    assert code == 0
    assert json.loads(out)["drafts"][0]["date_start"] == "2026-09-29"


def test_an_html_page_is_read_without_its_tags_and_dated_by_its_metadata() -> None:
    code, out, _ = run("extract", str(REPORTS / "melbourne_page.html"), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["dateline"] == "2026-09-24"
    assert "embassy in Paris" not in out  # the script's text is no report
    assert [d["existing_id"] for d in data["drafts"]] == [
        None, "2002-07-18-melbourne-uk-consulate"]


@pytest.mark.parametrize(("content", "words"), [
    (None, "no such file"),
    (b"\x7fELF\x00\x00\x01binary", "a binary file"),
    (b"   \n\n  ", "holds no text"),
    (b"\xff\xfe\xfa not utf-8", "not UTF-8"),
])
def test_bad_files_end_in_one_line_and_exit_11(tmp_path: Path, content: bytes | None,
                                               words: str) -> None:
    path = tmp_path / "report.txt"
    if content is not None:
        path.write_bytes(content)
    code, out, err = run("extract", str(path))
    assert code == EXIT_EXTRACT == 11
    assert out == ""
    assert err.startswith("asylum-browser: extract: ") and words in err
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("dateline", ["2026-13-01", "yesterday", "2026-02-30"])
def test_a_bad_dateline_is_a_usage_error(dateline: str) -> None:
    code, _, err = run("extract", str(REPORTS / "bangkok_via.txt"), "--dateline", dateline)
    assert code == 2
    assert "--dateline" in err and "YYYY-MM-DD" in err and "Traceback" not in err


def test_extract_is_a_command_word_of_the_entry_point(tmp_path: Path) -> None:
    assert "extract" in CLI_WORDS
    result = subprocess.run(
        [sys.executable, "-m", "asylum_browser", "extract",
         str(REPORTS / "bangkok_via.txt"), "--json"],
        capture_output=True, text=True, timeout=120, check=False, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["drafts"][0]["city"] == "Bangkok"
