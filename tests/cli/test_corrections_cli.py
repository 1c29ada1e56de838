"""`asylum-browser cases correct` and `export-corrections`: a claim about a bundled case goes
out as the maintainers' own TOML, and `build-db` loads it unchanged."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from asylum_browser.paths import records_dir

CASE = "1936-07-madrid-chile-embassy"
URL = "https://example.org/madrid-1936"


@pytest.fixture
def home(tmp_path: Path) -> dict[str, str]:
    return dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CACHE_HOME=str(tmp_path / "cache"), XDG_CONFIG_HOME=str(tmp_path / "c"))


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "asylum_browser", *args], env=env,
                          capture_output=True, text=True, timeout=180, check=False)


def test_an_exported_correction_builds_with_build_db(home: dict[str, str],
                                                      tmp_path: Path) -> None:
    kept = run(home, "cases", "correct", CASE, "--field", "people_count", "--claim",
               "about 2,200 Spaniards in eight residences", "--url", URL, "--title",
               "Madrid 1936", "--publisher", "Example Archive", "--published", "2020-05",
               "--quote", "more than 2,200 Spaniards \"sheltered\" in eight residences")
    assert kept.returncode == 0, kept.stderr
    source_only = run(home, "cases", "correct", CASE, "--url", "https://example.org/other",
                      "--supports", "city")
    assert source_only.returncode == 0, source_only.stderr
    out = tmp_path / "out"
    exported = run(home, "cases", "export-corrections", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    assert (out / "README.md").is_file()
    original = (records_dir() / "incidents" / f"{CASE}.toml").read_text(encoding="utf-8")
    written = (out / "incidents" / f"{CASE}.toml").read_text(encoding="utf-8")
    assert written.startswith(original)  # the maintainers' diff shows only the additions
    assert "# quote: more than 2,200" in written
    record = tomllib.loads(written)
    ours = [s for s in record["sources"] if s["url"] == URL]
    assert ours == [{"url": URL, "title": "Madrid 1936", "publisher": "Example Archive",
                     "published": "2020-05", "supports": ["people_count"]}]
    assert {"url": "https://example.org/other", "supports": ["city"]} in record["sources"]

    data = tmp_path / "data-copy"
    shutil.copytree(records_dir(), data)
    shutil.copy(out / "incidents" / f"{CASE}.toml", data / "incidents")
    built = run(home, "build-db", "--records", str(data), "-o", str(tmp_path / "new.sqlite"))
    assert built.returncode == 0, built.stderr
    with sqlite3.connect(tmp_path / "new.sqlite") as db:
        claims = db.execute("SELECT d.field, d.claim, s.url FROM disputes d JOIN sources s "
                            "ON s.id = d.source_id WHERE d.incident_id = ? AND d.topic = ?",
                            [CASE, "correction suggested by a user"]).fetchall()
        supports = db.execute("SELECT l.supports FROM incident_sources l JOIN sources s ON "
                              "s.id = l.source_id WHERE s.url = ?", [URL]).fetchall()
    assert claims == [("people_count", "about 2,200 Spaniards in eight residences", URL)]
    assert supports == [("people_count",)]


def test_an_untouched_record_round_trips_unchanged(tmp_path: Path) -> None:
    from asylum_browser.core.cases.corrections import appended_text

    original = (records_dir() / "incidents" / f"{CASE}.toml").read_text(encoding="utf-8")
    assert tomllib.loads(appended_text(original, [])) == tomllib.loads(original)


def test_bad_corrections_get_a_clear_message(home: dict[str, str]) -> None:
    for args, words in [
            (("--field", "colour", "--claim", "red", "--url", URL), "not a field"),
            (("--field", "outcome", "--claim", "freed"), "needs its source"),
            (("--field", "outcome", "--claim", "x", "--url", URL, "--published", "2020-13"),
             "Published date"),
            (("--field", "outcome", "--claim", "x", "--url", "ftp://x"), "http"),
    ]:
        result = run(home, "cases", "correct", CASE, *args)
        assert result.returncode == 12 and words in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    missing = run(home, "cases", "correct", "no-such-case", "--url", URL)
    assert missing.returncode == 12 and "not a bundled case" in missing.stderr
    nothing = run(home, "cases", "export-corrections", "-o", "/tmp/x-nothing")
    assert nothing.returncode == 12 and "no corrections" in nothing.stderr
