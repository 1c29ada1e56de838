"""`asylum-browser publish DIR`: Datasette, serving the folder on loopback, answers the same
questions as the CLI (a search's count, a facet's counts, one record), and serves the user's
own cases when --with-my-cases asks for them."""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from asylum_browser.cli import cli
from asylum_browser.paths import bundled_db_path

CASE = {"title": "Two students at the Mexican embassy", "date_start": "2001-02-03",
        "city": "Quito", "host_country": "Ecuador", "sending_state": "Mexico",
        "mission_type": "embassy", "people_count": "2",
        "sources": [{"url": "https://example.org/quito", "publisher": "Example Wire"}]}
RECORD = "1891-09-02-santiago-argentina-legation"


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A user of their own, so that no real workspace's cases change the answers."""
    for name, folder in (("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"),
                         ("XDG_CONFIG_HOME", "config")):
        monkeypatch.setenv(name, str(tmp_path / folder))


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """Datasette over the published folder, read-only, on 127.0.0.1; stopped on the way out."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", "-i",
         str(folder / "asylum-browser.sqlite"), "--metadata", str(folder / "metadata.yml"),
         "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=5):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    error = process.stderr.read().decode() if process.stderr else ""
                    pytest.fail(f"datasette did not answer within 30 s: {error[-800:]}")
                time.sleep(0.2)
        yield f"{base}/asylum-browser"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()


def get(base: str, path: str, **parameters: str) -> Any:
    url = f"{base}/{path}?{urllib.parse.urlencode(parameters)}"
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


def cli_facet_counts(name: str) -> dict[str, int]:
    """The CLI's counts for one facet, by the code its token names."""
    counts = {}
    for line in invoke("facets", "--facet", name).splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0].isdigit() and parts[-1].startswith(f"{name}:"):
            counts[parts[-1].removeprefix(f"{name}:")] = int(parts[0])
    return counts


@pytest.mark.loopback
def test_datasette_answers_as_the_cli_does(tmp_path: Path) -> None:
    bundled = hashlib.sha256(bundled_db_path().read_bytes()).hexdigest()
    site = tmp_path / "site"
    invoke("publish", str(site))
    written = (site / "metadata.yml").read_text(encoding="utf-8")
    metadata = yaml.safe_load(written)  # as Datasette reads it
    assert metadata == json.loads(written.split("\n", 1)[1])  # and JSON for anyone
    incidents = metadata["databases"]["asylum-browser"]["tables"]["incidents"]
    assert incidents["fts_table"] == "incidents_fts" and "outcome_class" in incidents["facets"]
    assert "Outcome" in incidents["columns"]["outcome_class"]
    assert "datasette serve -i" in (site / "README.md").read_text(encoding="utf-8")

    searched = invoke("search", "embassy", "--format", "ids").split()
    ours = cli_facet_counts("outcome")
    with serving(site) as base:
        found = get(base, "incidents.json", _search="embassy", _size="0")
        # No _facet: the metadata's default facets (the sidebar's) are what the site shows.
        faceted = get(base, "incidents.json", _size="0")
        record = get(base, "incidents.json", id=RECORD, _shape="array")
        plugins = {p["name"] for p in json.loads(urllib.request.urlopen(
            base.rsplit("/", 1)[0] + "/-/plugins.json", timeout=30).read())}

    assert len(searched) > 0 and found["filtered_table_rows_count"] == len(searched)
    theirs = {r["value"]: r["count"] for r in faceted["facet_results"]["outcome_class"]["results"]}
    # Datasette leaves out the incidents of no known outcome; the CLI counts them as unknown.
    assert theirs == {code: n for code, n in ours.items() if code != "unknown"}
    assert faceted["filtered_table_rows_count"] == sum(ours.values())
    shown = invoke("show", RECORD)
    assert len(record) == 1 and record[0]["title"] in shown and record[0]["city"] in shown
    assert "datasette-cluster-map" in plugins
    assert hashlib.sha256(bundled_db_path().read_bytes()).hexdigest() == bundled


@pytest.mark.loopback
def test_the_users_own_case_is_served_with_my_cases(tmp_path: Path) -> None:
    case = tmp_path / "case.json"
    case.write_text(json.dumps(CASE), encoding="utf-8")
    invoke("cases", "add", str(case))
    site = tmp_path / "site"
    invoke("publish", str(site), "--with-my-cases")
    with serving(site) as base:
        mine = get(base, "incidents.json", origin="mine", _shape="objects")
    assert [row["title"] for row in mine["rows"]] == [CASE["title"]]


def test_a_folder_in_use_is_refused_without_force(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "notes.txt").write_text("keep me", encoding="utf-8")
    refused = CliRunner().invoke(cli, ["publish", str(site)])
    assert refused.exit_code == 13 and "not empty" in refused.output
    assert "Traceback" not in refused.output and not (site / "metadata.yml").exists()
    invoke("publish", str(site), "--force")
    assert (site / "asylum-browser.sqlite").stat().st_size > 0


def test_with_my_cases_and_no_cases_says_so(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["publish", str(tmp_path / "site"), "--with-my-cases"])
    assert result.exit_code == 13 and "no cases of your own" in result.output
