"""A command-line export keeps its column facts for the next one, and never trusts stale ones.

Real database copies, real cache files in a temporary XDG cache, the real CLI through click's
CliRunner, and the CSV compared byte for byte with an export that had nothing kept.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser import APP_NAME
from asylum_browser.cli import cli
from asylum_browser.core.engine.column_facts import CLEAN, QUOTES
from tests.conftest import count_bundled

SUMMARY = "incidents.summary"


def facts_dir(cache: Path) -> Path:
    return cache / APP_NAME / "export-facts"  # platformdirs under XDG_CACHE_HOME


def kept_files(cache: Path) -> list[Path]:
    return sorted(facts_dir(cache).glob("*.json"))


def export(db: Path, target: Path, cache: Path, monkeypatch: pytest.MonkeyPatch,
           *query: str) -> bytes:
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    result = CliRunner().invoke(cli, ["export", *query, "--db", str(db), "-o", str(target),
                                      "--no-sidecar", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return target.read_bytes()


def fresh_export(db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                 *query: str) -> bytes:
    """The same export with nothing kept: a cache folder no export has used."""
    cache = tmp_path / f"fresh-{len(list(tmp_path.glob('fresh-*')))}"
    return export(db, tmp_path / "fresh.csv", cache, monkeypatch, *query)


def test_a_second_export_reads_the_kept_facts_and_writes_the_same_bytes(
        db_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with sqlite3.connect(db_copy) as connection:
        connection.execute("UPDATE incidents SET summary = summary || ' (\"asylum\")' "
                           "WHERE seq % 3 = 0")
    connection.close()
    cache = tmp_path / "cache"
    first = export(db_copy, tmp_path / "first.csv", cache, monkeypatch, "")
    [kept] = kept_files(cache)
    facts = json.loads(kept.read_text(encoding="utf-8"))["facts"]
    assert facts[SUMMARY] & QUOTES
    assert export(db_copy, tmp_path / "second.csv", cache, monkeypatch, "") == first
    # The second export took its plan from the file and did not scan: when the file (still
    # naming this very database) says the summaries hold no quotes, their quotes stay single.
    data = json.loads(kept.read_text(encoding="utf-8"))
    data["facts"][SUMMARY] = CLEAN
    kept.write_text(json.dumps(data), encoding="utf-8")
    trusted = export(db_copy, tmp_path / "third.csv", cache, monkeypatch, "")
    assert trusted != first and trusted.count(b'""') < first.count(b'""')


def test_a_changed_database_file_is_scanned_again(db_copy: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    with sqlite3.connect(db_copy) as connection:  # no text a formula test or quotes need
        connection.execute("UPDATE incidents SET title = 'plain', summary = 'plain'")
    connection.close()
    export(db_copy, tmp_path / "before.csv", cache, monkeypatch, "")
    [kept] = kept_files(cache)
    assert json.loads(kept.read_text(encoding="utf-8"))["facts"][SUMMARY] == CLEAN
    with sqlite3.connect(db_copy) as connection:  # same size, same seqs, maybe the same mtime
        connection.execute("UPDATE incidents SET summary = '=1+1 \"quoted\"' WHERE seq = 3")
    connection.close()
    after = export(db_copy, tmp_path / "after.csv", cache, monkeypatch, "")
    assert after == fresh_export(db_copy, tmp_path, monkeypatch, "")
    summaries = [row["summary"] for row in csv.DictReader(
        after.decode("utf-8").splitlines(keepends=True))]
    assert "'=1+1 \"quoted\"" in summaries
    assert json.loads(kept.read_text(encoding="utf-8"))["facts"][SUMMARY] != CLEAN


@pytest.mark.parametrize("damage", [
    b"\x00\xff not json at all",
    b"[1, 2, 3]",
    b'{"identity": "someone else", "fingerprint": [], "facts": {}}',
    "truncated",
    "flags of the wrong type",
])
def test_a_damaged_kept_file_is_ignored_and_written_again(
        db_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        damage: bytes | str) -> None:
    cache = tmp_path / "cache"
    first = export(db_copy, tmp_path / "first.csv", cache, monkeypatch, "")
    [kept] = kept_files(cache)
    good = kept.read_bytes()
    if damage == "truncated":
        kept.write_bytes(good[:len(good) // 2])
    elif damage == "flags of the wrong type":
        data = json.loads(good)
        data["facts"] = {name: "clean" for name in data["facts"]}
        kept.write_text(json.dumps(data), encoding="utf-8")
    else:
        assert isinstance(damage, bytes)
        kept.write_bytes(damage)
    assert export(db_copy, tmp_path / "again.csv", cache, monkeypatch, "") == first
    assert json.loads(kept.read_bytes()) == json.loads(good)


def test_an_unwritable_cache_costs_only_a_scan(db_copy: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    cache = tmp_path / "cache"
    facts_dir(cache).parent.mkdir(parents=True)
    facts_dir(cache).write_text("a file where the folder goes")
    expected = fresh_export(db_copy, tmp_path, monkeypatch, "")
    assert export(db_copy, tmp_path / "out.csv", cache, monkeypatch, "") == expected


def test_a_small_subset_scans_only_its_own_rows_and_keeps_nothing(
        db_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with sqlite3.connect(db_copy) as connection:  # a quote only outside China
        connection.execute("UPDATE incidents SET summary = 'plain', title = 'plain'")
        connection.execute("UPDATE incidents SET summary = 'say \"no\"' "
                           "WHERE host_country != 'CN'")
    connection.close()
    cache = tmp_path / "cache"
    subset = export(db_copy, tmp_path / "china.csv", cache, monkeypatch, "host:china",
                    "year:2002")
    assert kept_files(cache) == []
    rows = list(csv.DictReader(subset.decode("utf-8").splitlines(keepends=True)))
    china_2002 = count_bundled("host_country = 'CN' AND year = 2002")
    assert china_2002 > 1
    assert len(rows) == china_2002 and {row["summary"] for row in rows} == {"plain"}
    # The whole table, exported after it, is scanned (quotes and all) and kept.
    whole = export(db_copy, tmp_path / "all.csv", cache, monkeypatch, "")
    assert whole.count(b'say ""no""') == count_bundled("host_country != 'CN'") > 0
    [kept] = kept_files(cache)
    assert json.loads(kept.read_text(encoding="utf-8"))["facts"][SUMMARY] == QUOTES
