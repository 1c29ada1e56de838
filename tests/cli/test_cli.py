"""The command line, driven through click's CliRunner on the real bundled database."""

from __future__ import annotations

import csv
import html
import json
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser.cli import (
    EXIT_DATABASE,
    EXIT_EXPORT,
    EXIT_NOT_FOUND,
    EXIT_QUERY,
    cli,
)
from asylum_browser.core.model.schema import SCHEMA_VERSION
from asylum_browser.paths import bundled_db_path, records_dir
from tests.conftest import bundled_record, bundled_value, count_bundled, flat, query_bundled


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def run(runner: CliRunner, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_info_reports_counts_versions_and_attribution(runner: CliRunner) -> None:
    code, out, _err = run(runner, "info")
    assert code == 0
    assert f"Incidents:  {count_bundled()}" in out
    for table in ("sources", "missions", "disputes"):  # the tables' rows, not the meta's counts
        rows = bundled_value(f"SELECT count(*) FROM {table}")
        assert f"{table.capitalize() + ':':<11} {rows}\n" in out
    hosts = bundled_value("SELECT count(DISTINCT host_country) FROM incidents "
                          "WHERE host_country IS NOT NULL")
    assert hosts >= 40 and f"Hosts:      {hosts} countries" in out
    version = bundled_value("SELECT value FROM meta WHERE key = 'dataset_version'")
    assert f"schema {SCHEMA_VERSION}" in out and f"dataset {version} " in out
    assert "GeoNames" in out


def test_the_command_group_alone_prints_info_and_a_hint(runner: CliRunner) -> None:
    code, out, _err = run(runner)
    assert code == 0 and f"Incidents:  {count_bundled()}\n" in out
    assert "search, show, facets" in out


def test_the_entry_point_dispatches_commands_to_the_cli_and_the_rest_to_the_window(
        tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    info = subprocess.run([sys.executable, "-m", "asylum_browser", "info"],
                          capture_output=True, text=True, env=env, timeout=60)
    assert info.returncode == 0 and f"Incidents:  {count_bundled()}\n" in info.stdout
    window = subprocess.run([sys.executable, "-m", "asylum_browser"],
                            capture_output=True, text=True, env=env, timeout=60)
    assert window.returncode == 1
    assert window.stderr.count("\n") == 1 and "no display" in window.stderr


def test_search_shenyang_lists_the_2002_and_2006_consulate_incidents(runner: CliRunner) -> None:
    code, out, _err = run(runner, "search", "shenyang", "--format", "ids")
    assert code == 0
    assert out.split() == ["2002-05-08-shenyang-japan-consulate",
                           "2002-05-08-shenyang-us-consulate",
                           # the teenagers' case is dated September 2006 (a second source)
                           "2006-05-shenyang-us-consulate", "2006-shenyang-us-consulate-teens"]


def test_search_table_output_shows_dates_at_their_precision(runner: CliRunner) -> None:
    code, out, _err = run(runner, "search", "shenyang")
    assert code == 0
    assert "8 May 2002" in out and "May 2006" in out
    shenyang = len(bundled_ids_holding("shenyang"))
    assert shenyang >= 4  # the two 2002 and the two 2006 consulate cases
    assert (f"{shenyang} of {count_bundled()} incidents where the text contains “shenyang”"
            in out)


def test_search_with_fields_finds_the_2002_beijing_embassies(runner: CliRunner) -> None:
    code, out, _err = run(runner, "search", "host:china year:2002 type:embassy",
                          "--format", "ids")
    assert code == 0
    assert "2002-03-14-beijing-spain-embassy" in out.split()
    assert all("-beijing-" in line for line in out.split())


def bundled_ids_holding(text: str) -> set[str]:
    """Incidents whose own text, or a name of their place, mission or people, holds ``text``.

    Plain LIKE over the bundled tables, independent of the search code and its indexes.
    """
    pattern = f"%{text}%"
    own = " OR ".join(f"coalesce(i.{column}, '') LIKE :p" for column in (
        "title", "summary", "people_note", "entry_method", "host_response", "outcome",
        "transit", "destination"))
    named = ("EXISTS (SELECT 1 FROM names n WHERE n.name LIKE :p AND ("
             "(n.vocabulary = 'city' AND n.code = i.city) OR (n.vocabulary = 'country' AND "
             "n.code IN (i.host_country, i.sending_state, i.seekers_nationality))))")
    with closing(sqlite3.connect(f"{bundled_db_path().as_uri()}?mode=ro", uri=True)) as db:
        return {row[0] for row in db.execute(
            f"SELECT i.id FROM incidents i JOIN missions m ON m.id = i.mission_id "
            f"WHERE {own} OR m.name LIKE :p OR {named}", {"p": pattern})}


def bundled_ids_starting_a_word(prefix: str) -> set[str]:
    """Incidents where a word of the same texts as ``bundled_ids_holding`` starts with
    ``prefix`` (case-insensitive), found by a regular expression over what LIKE gives."""
    word = re.compile(rf"(?<![^\W_]){re.escape(prefix)}", re.IGNORECASE)
    candidates = bundled_ids_holding(prefix)
    texts = query_bundled(
        "SELECT i.id, i.title, i.summary, i.people_note, i.entry_method, i.host_response, "
        "i.outcome, i.transit, i.destination, m.name FROM incidents i "
        "JOIN missions m ON m.id = i.mission_id")
    return {row[0] for row in texts if row[0] in candidates
            and any(word.search(value) for value in row[1:] if value)}


@pytest.mark.parametrize("query", ["瀋陽", "북한", "朝鲜"])
def test_cjk_searches_find_exactly_the_incidents_that_hold_the_characters(
        runner: CliRunner, query: str) -> None:
    code, out, _err = run(runner, "search", query, "--format", "ids")
    expected = bundled_ids_holding(query)
    assert code == 0
    assert 0 < len(expected) < count_bundled()
    assert sorted(out.split()) == sorted(expected)


def test_an_exclusion_is_not_mistaken_for_an_option(runner: CliRunner) -> None:
    code, out, _err = run(runner, "search", "shenyang", "-2006", "--format", "ids")
    assert code == 0
    assert out.split() == ["2002-05-08-shenyang-japan-consulate",
                           "2002-05-08-shenyang-us-consulate"]


def test_search_json_and_limit(runner: CliRunner) -> None:
    code, out, _err = run(runner, "search", "embassy", "--format", "json", "--limit", "2")
    assert code == 0
    rows = json.loads(out)
    assert len(rows) == 2 and {"id", "title", "date_start"} <= set(rows[0])


@pytest.mark.parametrize("sort", [[], ["--sort", "title", "--desc"]])
def test_a_limited_search_shows_the_first_rows_and_counts_them_all(
        runner: CliRunner, sort: list[str]) -> None:
    """--limit sorts only the rows it shows; the table's last line still counts every
    match."""
    _code, every, _err = run(runner, "search", "consul*", "--format", "ids", *sort)
    code, first, _err = run(runner, "search", "consul*", "--format", "ids", "--limit", "3",
                            *sort)
    assert code == 0 and first.splitlines() == every.splitlines()[:3]
    code, table, _err = run(runner, "search", "consul*", "--limit", "3", *sort)
    assert code == 0 and [line.strip() for line in table.splitlines()[1:6:2]] == \
        every.splitlines()[:3]
    total, matches = count_bundled(), len(bundled_ids_starting_a_word("consul"))
    assert 3 < matches < total
    assert table.splitlines()[-1] == (f"{matches} of {total} incidents where the text has a "
                                      "word starting with “consul” (showing 3)")


def test_bad_syntax_is_one_line_and_exit_3(runner: CliRunner) -> None:
    code, out, err = run(runner, "search", '"unclosed')
    assert code == EXIT_QUERY
    assert out == ""
    assert err.count("\n") == 1 and "never closed" in err and "Traceback" not in err


def test_show_prints_the_case_with_sources_and_disputes(runner: CliRunner) -> None:
    record = bundled_record("2002-05-08-shenyang-japan-consulate")
    code, out, _err = run(runner, "show", "2002-05-08-shenyang-japan-consulate")
    assert code == 0
    assert re.search(rf"^People +{record['people_count']}$", out, re.MULTILINE)
    assert "two men reached the visa section" in out
    for field in ("summary", "people_note", "entry_method", "host_response", "outcome"):
        assert flat(record[field]) in flat(out), field  # wrapped to the terminal's width
    assert "whether the police entry had consent" in out
    topics = {dispute["topic"] for dispute in record["disputes"]}
    assert len(topics) >= 2 and all(topic in out for topic in topics)
    assert f"Sources ({len(record['sources'])})" in out


@pytest.mark.parametrize("incident_id", ["2002-05-08-shenyang-japan-consulate",
                                         "2002-05-08-shenyang-us-consulate"])
def test_show_html_holds_the_title_sources_and_disputes_escaped(runner: CliRunner,
                                                                incident_id: str) -> None:
    code, out, _err = run(runner, "show", incident_id, "--html")
    with closing(sqlite3.connect(f"{bundled_db_path().as_uri()}?mode=ro", uri=True)) as db:
        title = db.execute("SELECT title FROM incidents WHERE id = ?", [incident_id]).fetchone()[0]
        sources = db.execute("SELECT s.url, s.publisher FROM incident_sources l JOIN sources s "
                             "ON s.id = l.source_id WHERE l.incident_id = ?",
                             [incident_id]).fetchall()
        disputes = db.execute("SELECT topic, claim FROM disputes WHERE incident_id = ?",
                              [incident_id]).fetchall()
    assert code == 0 and out.startswith("<html>") and sources
    shown = [title, *(v for row in [*sources, *disputes] for v in row if v)]
    # the Japan case's apostrophes, the US case's "&" in a source's address
    assert any(set(value) & set("&'<>\"") for value in shown)
    for value in shown:
        assert html.escape(value, quote=True) in out, value
        if set(value) & set("&<>"):
            assert value not in out, value
    assert f"<h2>{html.escape(title, quote=True)}</h2>" in out


def test_show_unknown_id_exits_6(runner: CliRunner) -> None:
    code, _out, err = run(runner, "show", "1999-nowhere")
    assert code == EXIT_NOT_FOUND and "no incident" in err


def test_facets_counts_with_unknown_and_tokens(runner: CliRunner) -> None:
    code, out, _err = run(runner, "facets", "host:china", "--facet", "host", "--facet",
                          "outcome")
    assert code == 0
    china = count_bundled("host_country = 'CN'")
    assert f"{china}  China    host:China" in out
    assert "unknown    outcome:unknown" in out
    assert f"{china} of {count_bundled()} incidents where host country is “china”" in out


def test_export_writes_csv_and_sidecar(runner: CliRunner, tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, _err = run(runner, "export", "mission:spain", "year:2002", "-o", "out.csv")
    assert code == 0 and "Wrote 1 incident to out.csv and out.about.txt" in out
    with open("out.csv", encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    record = bundled_record("2002-03-14-beijing-spain-embassy")
    assert row["id"] == record["id"]
    assert row["people_count"] == str(record["people_count"])
    for field in ("date_start", "date_end", "outcome_date", "outcome", "transit"):
        assert row[field] == record[field], field
    assert "Manila" in row["outcome"]
    assert "mission:spain year:2002" in Path("out.about.txt").read_text(encoding="utf-8")


def test_export_options_columns_bom_and_no_escape(runner: CliRunner, tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    code, _out, _err = run(runner, "export", "shenyang", "-o", str(target), "--columns",
                           "id,people_count", "--bom", "--no-escape-formulas", "--no-sidecar")
    assert code == 0
    assert target.read_bytes().startswith(b'\xef\xbb\xbf"id","people_count"\r\n')
    assert not (tmp_path / "x.about.txt").exists()


def test_the_command_line_writes_plain_csv_unless_asked_for_a_bom(runner: CliRunner,
                                                                  tmp_path: Path) -> None:
    """The window defaults to the Excel flavour; a script's file stays plain UTF-8."""
    target = tmp_path / "plain.csv"
    code, _out, _err = run(runner, "export", "shenyang", "-o", str(target), "--columns", "id")
    assert code == 0
    assert target.read_bytes().startswith(b'"id"\r\n')
    assert "UTF-8 with BOM" not in (tmp_path / "plain.about.txt").read_text(encoding="utf-8")


def test_export_unknown_column_exits_5(runner: CliRunner, tmp_path: Path) -> None:
    code, _out, err = run(runner, "export", "x", "-o", str(tmp_path / "x.csv"),
                          "--columns", "id,bogus")
    assert code == EXIT_EXPORT and "bogus" in err


def test_export_into_a_missing_folder_exits_5(runner: CliRunner, tmp_path: Path) -> None:
    code, _out, err = run(runner, "export", "x", "-o", str(tmp_path / "no" / "x.csv"))
    assert code == EXIT_EXPORT and err.count("\n") == 1


def test_every_command_takes_db(runner: CliRunner, db_copy: Path) -> None:
    with sqlite3.connect(db_copy) as connection:
        connection.execute("DELETE FROM incidents WHERE id LIKE '2002-%'")
    left = count_bundled("id NOT LIKE '2002-%'")
    assert left < count_bundled()
    assert f"Incidents:  {left}\n" in run(runner, "info", "--db", str(db_copy))[1]
    assert run(runner, "search", "shenyang", "--db", str(db_copy), "--format", "ids"
               )[1].split() == ["2006-05-shenyang-us-consulate",
                                "2006-shenyang-us-consulate-teens"]
    assert run(runner, "show", "2002-03-14-beijing-spain-embassy", "--db", str(db_copy)
               )[0] == EXIT_NOT_FOUND
    assert "host:China" in run(runner, "facets", "--db", str(db_copy))[1]


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 50])
def test_a_bad_db_is_one_line_and_exit_4(runner: CliRunner, tmp_path: Path,
                                         content: bytes) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(content)
    for command in (["info"], ["search", "x"], ["show", "x"], ["facets"],
                    ["export", "x", "-o", str(tmp_path / "o.csv")]):
        code, _out, err = run(runner, *command, "--db", str(bad))
        assert code == EXIT_DATABASE, command
        assert err.count("\n") == 1 and "bad.sqlite" in err and "Traceback" not in err


def test_build_db_writes_a_database_that_the_cli_reads(runner: CliRunner,
                                                        tmp_path: Path) -> None:
    target = tmp_path / "built.sqlite"
    code, out, _err = run(runner, "build-db", "-o", str(target))
    records = len(list((records_dir() / "incidents").glob("*.toml")))  # one incident a file
    assert code == 0 and f": {records} incidents," in out
    assert f"Incidents:  {records}\n" in run(runner, "info", "--db", str(target))[1]


def test_build_db_reports_bad_records_in_one_line(runner: CliRunner, records_copy: Path,
                                                  tmp_path: Path) -> None:
    shutil.rmtree(records_copy / "incidents")
    (records_copy / "incidents").mkdir()
    (records_copy / "incidents" / "broken.toml").write_text("id = ", encoding="utf-8")
    code, _out, err = run(runner, "build-db", "--records", str(records_copy), "-o",
                          str(tmp_path / "x.sqlite"))
    assert code == 7 and "broken.toml" in err and err.count("\n") == 1


def test_facets_count_your_tags_and_follow_up_when_you_have_a_workspace(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CLI answers through the same pipeline as the window, tag and flag facets included."""
    from asylum_browser.core.workspace import BUNDLED_KEY, Workspace

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    workspace = Workspace()
    for incident in ("2002-05-08-shenyang-japan-consulate", "2002-05-08-shenyang-us-consulate"):
        workspace.set_tags(BUNDLED_KEY, incident, ["shenyang-2002"])
    workspace.set_tags(BUNDLED_KEY, "1956-11-04-budapest-us-legation", ["cold-war"])
    workspace.set_flag(BUNDLED_KEY, "2002-05-08-shenyang-japan-consulate", True)
    workspace.close()
    code, out, _err = run(runner, "facets", "shenyang", "--facet", "tag", "--facet", "flag")
    assert code == 0, out
    tags, flags = out.split("Follow-up", 1)
    assert "Your tags  [tag:]" in tags
    assert re.search(r"^\s+2\s+shenyang-2002\s+tag:shenyang-2002$", tags, re.MULTILINE)
    assert "cold-war" not in tags  # not among the Shenyang cases
    assert re.search(r"^\s+1\s+Flagged for follow-up\s+flag:yes$", flags, re.MULTILINE)
    code, out, _err = run(runner, "facets", "tag:shenyang-2002", "--facet", "host")
    assert code == 0 and re.search(r"^\s+2\s+China\s", out, re.MULTILINE), out


@pytest.mark.parametrize("command", [["search", "embassy"], ["facets", "embassy"],
                                     ["export", "embassy", "-o", "{out}"]],
                         ids=["search", "facets", "export"])
@pytest.mark.reliability("query-budget")
def test_a_search_past_its_time_limit_stops_with_one_line_and_exit_3(
        runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        command: list[str]) -> None:
    from asylum_browser.core.engine import database

    monkeypatch.setattr(database, "PROGRESS_STEPS", 1)  # look at the clock at every step
    target = tmp_path / "out.csv"
    args = [part.replace("{out}", str(target)) for part in command]
    code, out, err = run(runner, *args, "--time-limit", "0.000001")
    assert code == EXIT_QUERY and out == "" and not target.exists()
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith("asylum-browser: the search took longer than 1e-06 s and was stopped")
    assert "raise --time-limit" in err
    code, out, err = run(runner, *args, "--time-limit", "0")  # no limit
    assert code == 0 and err == "" and (out or target.exists())
    target.unlink(missing_ok=True)
    code, out, err = run(runner, *args)  # the default leaves room for any accepted search
    assert code == 0 and err == ""


def test_searches_use_the_windows_kept_index_once_there_is_one(runner: CliRunner,
                                                                db_copy: Path) -> None:
    """A fresh database answers through SQL; once the window has built and kept its index,
    search, facets and export answer through it (a fraction of a second at 1M incidents),
    with the same output."""
    from asylum_browser.cli import _searching_repository
    from asylum_browser.core.engine.database import open_database
    from asylum_browser.core.engine.repository import Repository

    queries = [["search", "--format", "ids", "consul* -shenyang"],
               ["facets", "host:china", "--facet", "city"]]
    assert _searching_repository(db_copy).engine.name == "sql"
    before = [run(runner, *query, "--db", str(db_copy)) for query in queries]
    Repository(open_database(db_copy)).attach_columnar()  # as the window does, on open
    assert _searching_repository(db_copy).engine.name == "columnar"
    after = [run(runner, *query, "--db", str(db_copy)) for query in queries]
    assert after == before and all(code == 0 and out for code, out, _ in after)
