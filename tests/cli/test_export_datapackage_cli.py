"""`asylum-browser export --datapackage --dates edtf` (issue 19), through click's CliRunner."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import frictionless
import pytest
from click.testing import CliRunner

from asylum_browser.cli import EXIT_EXPORT, cli
from tests.conftest import count_bundled


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_export_with_a_data_package_and_edtf_dates(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("export", "host:china", "-o", "china.csv", "--datapackage",
                         "--dates", "edtf")
    assert code == 0, err
    rows = count_bundled("host_country = 'CN'")
    assert out.strip() == (f"Wrote {rows} incidents to china.csv, china.about.txt and "
                           "datapackage.json")
    report = frictionless.validate("datapackage.json")
    assert report.valid, report.flatten(["rowNumber", "fieldName", "note"])[:5]
    assert report.tasks[0].stats["rows"] == rows
    package = json.loads(Path("datapackage.json").read_text(encoding="utf-8"))
    assert package["asylum_browser"]["query"] == "host:china"
    assert package["asylum_browser"]["dates"] == "edtf"
    with open("china.csv", encoding="utf-8", newline="") as handle:
        dates = [row["date_start"] for row in csv.DictReader(handle)]
    assert any(date.endswith(("~", "?", "%")) for date in dates)


def test_by_default_the_command_writes_no_data_package_and_iso_dates(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _err = run("export", "host:china", "-o", "china.csv")
    assert code == 0 and out.endswith("to china.csv and china.about.txt\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["china.about.txt", "china.csv"]
    with open("china.csv", encoding="utf-8", newline="") as handle:
        dates = [row["date_start"] for row in csv.DictReader(handle)]
    assert dates and all(date[-1].isdigit() for date in dates)


@pytest.mark.parametrize(("target", "words"), [
    ("-", "--datapackage needs a file to describe"),
    ("china.geojson", "--datapackage is for CSV"),
])
def test_a_data_package_where_none_can_be_is_refused_in_one_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, target: str, words: str) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = run("export", "host:china", "-o", target, "--datapackage")
    assert code == EXIT_EXPORT
    assert words in err and "Traceback" not in err + out
    assert err.count("\n") == 1
    assert not list(tmp_path.iterdir())


def test_an_unknown_date_style_is_a_usage_error(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _out, err = run("export", "host:china", "-o", "x.csv", "--dates", "julian")
    assert code == 2 and "'iso', 'edtf'" in err
    assert not list(tmp_path.iterdir())
