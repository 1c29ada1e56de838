"""`asylum-browser cases`: add, list and remove your own cases, found beside ours by every
command that reads the default database; the bundled file is never written."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from asylum_browser.paths import bundled_db_path

CASE = {"title": "Two students at the Mexican embassy", "date_start": "2001-02-03",
        "city": "Quito", "host_country": "Ecuador", "sending_state": "Mexico",
        "mission_type": "embassy", "people_count": "2",
        "sources": [{"url": "https://example.org/quito", "publisher": "Example Wire"}]}


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    """A user of their own: workspace, cache and config in temporary folders."""
    import os

    return dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "c"))


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "asylum_browser", *args], env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def test_a_case_added_is_searched_exported_and_removed(home: dict[str, str],
                                                        tmp_path: Path) -> None:
    bundled = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CASE), encoding="utf-8")
    added = run(home, "cases", "add", str(source))
    assert added.returncode == 0, added.stderr
    case_id = added.stdout.split()[1].rstrip(":")
    assert case_id.startswith("mine-")
    listed = run(home, "cases", "list")
    assert case_id in listed.stdout and "1 case of yours" in listed.stdout
    found = run(home, "search", "origin:mine")
    assert "Two students at the Mexican embassy" in found.stdout
    out = tmp_path / "out.csv"
    exported = run(home, "export", "quito", "-o", str(out), "--no-sidecar")
    assert exported.returncode == 0, exported.stderr
    with out.open(encoding="utf-8", newline="") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    assert rows[case_id]["origin"] == "mine" and rows[case_id]["people_count"] == "2"
    assert any(row["origin"] == "bundled" for row in rows.values())
    removed = run(home, "cases", "remove", case_id)
    assert removed.returncode == 0
    assert "Two students" not in run(home, "search", "origin:mine").stdout
    assert hashlib.sha256(bundled_db_path().read_bytes()).hexdigest() == bundled


def test_a_bad_case_adds_nothing_and_says_why(home: dict[str, str], tmp_path: Path) -> None:
    source = tmp_path / "bad.json"
    source.write_text(json.dumps([CASE, {**CASE, "host_country": "Atlantis"}]),
                      encoding="utf-8")
    done = run(home, "cases", "add", str(source))
    assert done.returncode == 12
    assert "not a country this app knows" in done.stderr and "Traceback" not in done.stderr
    assert "0 cases of yours" in run(home, "cases", "list").stdout
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    done = run(home, "cases", "add", str(broken))
    assert done.returncode == 12 and "not a readable JSON file" in done.stderr
    assert run(home, "cases", "remove", "mine-nothing").returncode == 12


def test_a_case_with_a_quote_and_claims_is_added_and_shown_and_a_bad_claim_refused(
        home: dict[str, str], tmp_path: Path) -> None:
    url = CASE["sources"][0]["url"]
    case = {**CASE, "sources": [{**CASE["sources"][0], "quote": "two students walked in"}],
            "disputes": [{"field": "people_count", "claim": "two", "source": url},
                         {"field": "people_count", "claim": "three (no source)"}]}
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**case, "disputes": [{"field": "people_count",
                                                      "source": url}]}), encoding="utf-8")
    refused = run(home, "cases", "add", str(bad))
    assert refused.returncode == 12 and "Traceback" not in refused.stderr
    assert "say what the source claims the People is" in refused.stderr
    good = tmp_path / "good.json"
    good.write_text(json.dumps(case), encoding="utf-8")
    added = run(home, "cases", "add", str(good))
    assert added.returncode == 0, added.stderr
    case_id = added.stdout.split()[1].rstrip(":")
    shown = run(home, "show", case_id)
    assert shown.returncode == 0, shown.stderr
    assert "“two students walked in”" in shown.stdout
    assert "Where sources disagree" in shown.stdout and "three (no source)" in shown.stdout
