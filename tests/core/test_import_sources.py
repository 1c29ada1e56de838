"""Issue 18: a spreadsheet (or JSON file) of cases moved in keeps every source (its URL or
citation, title, publisher, date and quote, up to five in columns and any number in a JSON
list) and the claims where the sources disagree, in a new database and among "my cases", and
bad ones are reported by row, column and value in the case form's words."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from asylum_browser.cli import EXIT_IMPORT, cli
from asylum_browser.core.cases.combined import database_with_my_cases
from asylum_browser.core.cases.imported import import_into_my_cases
from asylum_browser.core.dataset.import_rows import NO_SOURCE_LINK
from asylum_browser.core.dataset.import_sources import DISPUTE_TOPIC
from asylum_browser.core.dataset.importer import guess_mapping, import_file
from asylum_browser.core.engine.database import Database, open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.citation_formats import to_csl_json
from asylum_browser.core.export.citations import DatasetInfo, citation_items
from asylum_browser.core.model.values import Incident
from asylum_browser.core.query.parser import parse_query
from asylum_browser.core.render.html import incident_to_html
from asylum_browser.core.workspace import Workspace
from asylum_browser.paths import bundled_db_path, records_dir

WIRE = "https://example.org/quito-wire"
BOOK = "M. Ortiz, Embassies of Quito (Quito: Abya-Yala, 1995), p. 212"
QUOTE = "Five students climbed the garden wall of the Mexican embassy at dawn."
HEADER = ("Case ID,Title,Date,City,Country,Embassy of,People,Source,Source title,Publisher,"
          "Source date,Quote,Source 2,Source 2 title,Source 2 date,Disputed number of people,"
          "Disputed people source\n")
ROW = (f'quito,Students at the Mexican embassy,2001-02-03,Quito,Ecuador,Mexico,5,{WIRE},'
       f'Students in embassy,Example Wire,4 February 2001,"{QUOTE}","{BOOK}",'
       f'Embassies of Quito,1995,twelve (Ortiz),2\n')


def write(tmp_path: Path, text: str, name: str = "cases.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def only_incident(path: Path) -> Incident:
    repository = Repository(open_database(path))
    (seq,) = repository.ids_for(parse_query("origin:mine"))
    incident = repository.incident(repository.rows([seq])[0]["id"])
    assert incident is not None
    return incident


def assert_kept_whole(incident: Incident) -> None:
    """The two sources with every part, and the claim, reach the record and the pane."""
    assert [(s.url, s.title, s.publisher, s.published, s.quote) for s in incident.sources] == [
        (WIRE, "Students in embassy", "Example Wire", "2001-02-04", QUOTE),
        (BOOK, "Embassies of Quito", None, "1995", None)]
    assert [(d.field, d.topic, d.claim, d.source.url if d.source else None)
            for d in incident.disputes] == [
        ("people_count", DISPUTE_TOPIC, "twelve (Ortiz)", BOOK)]
    page = incident_to_html(incident)
    assert f"<i>“{QUOTE}”</i>" in page and "Example Wire" in page
    assert "<h3>Sources disagree</h3>" in page and "twelve (Ortiz)" in page
    assert "Embassies of Quito" in page


def test_the_columns_of_a_spreadsheet_are_guessed_by_their_names() -> None:
    mapping = guess_mapping([*HEADER.strip().split(","), "Quote 2", "source_3_publisher",
                             "disputed_date_start", "Sources"])
    assert {column: mapping[column] for column in (
        "Source", "Source title", "Publisher", "Source date", "Quote", "Source 2",
        "Source 2 title", "Source 2 date", "Quote 2", "source_3_publisher",
        "Disputed number of people", "Disputed people source", "disputed_date_start",
        "Sources", "Date", "People")} == {
        "Source": "source", "Source title": "source_title", "Publisher": "source_publisher",
        "Source date": "source_date", "Quote": "source_quote", "Source 2": "source_2",
        "Source 2 title": "source_2_title", "Source 2 date": "source_2_date",
        "Quote 2": "source_2_quote", "source_3_publisher": "source_3_publisher",
        "Disputed number of people": "disputed_people_count",
        "Disputed people source": "disputed_people_count_source",
        "disputed_date_start": "disputed_date_start", "Sources": "sources",
        "Date": "date_start", "People": "people_count"}


def test_a_csv_keeps_both_sources_and_the_claim_in_a_new_database(tmp_path: Path) -> None:
    target = tmp_path / "out.sqlite"
    checked, counts = import_file(write(tmp_path, HEADER + ROW), target)
    assert not checked.problems and counts is not None
    assert counts["sources"] == 2 and counts["disputes"] == 1
    assert_kept_whole(only_incident(target))


def test_a_csv_into_my_cases_keeps_them_as_the_form_would(tmp_path: Path) -> None:
    workspace = Workspace(tmp_path / "workspace.sqlite")
    result = import_into_my_cases(write(tmp_path, HEADER + ROW), workspace)
    assert result.written and not result.problems
    (case,) = workspace.my_cases()
    assert [s["url"] for s in case["sources"]] == [WIRE, BOOK]  # as the form keeps them
    assert case["disputes"] == [{"field": "people_count", "claim": "twelve (Ortiz)",
                                 "source": BOOK}]  # the number 2 is the second source
    path = database_with_my_cases(workspace.my_cases(), tmp_path / "combined",
                                  bundled_db_path(), records_dir())
    assert_kept_whole(only_incident(path))


JSON_CASE = {
    "id": "quito", "title": "Students at the Mexican embassy", "date_start": "2001-02-03",
    "city": "Quito", "host_country": "Ecuador", "sending_state": "Mexico", "people_count": 5,
    "sources": [{"url": WIRE, "title": "Students in embassy", "publisher": "Example Wire",
                 "published": "4 February 2001", "quote": QUOTE},
                {"url": BOOK, "title": "Embassies of Quito", "published": "1995"}],
    "disagreements": [{"field": "people_count", "claim": "twelve (Ortiz)", "source": BOOK}]}


def test_json_lists_of_sources_and_disagreements_arrive_whole(tmp_path: Path) -> None:
    source = write(tmp_path, json.dumps([JSON_CASE]), "cases.json")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "o.sqlite")])
    assert result.exit_code == 0, result.output
    assert_kept_whole(only_incident(tmp_path / "o.sqlite"))
    workspace = Workspace(tmp_path / "workspace.sqlite")
    assert import_into_my_cases(source, workspace).written
    path = database_with_my_cases(workspace.my_cases(), tmp_path / "combined",
                                  bundled_db_path(), records_dir())
    assert_kept_whole(only_incident(path))


def test_a_bad_source_date_is_reported_by_row_column_and_value(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bad = ROW.replace(",1995,", ",1995-13,")
    source = write(tmp_path, HEADER + ROW.replace("quito,", "first,", 1) + bad)
    message = ("published date of a source: '1995-13' is not a real date (bad month number "
               "13; must be 1-12)")
    result = CliRunner().invoke(cli, ["import", str(source), "-o", str(tmp_path / "o.sqlite")])
    assert result.exit_code == EXIT_IMPORT and not (tmp_path / "o.sqlite").exists()
    assert f"row 2, Source 2 date: {message} (“1995-13”)" in result.stderr
    assert "Traceback" not in result.output
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    mine = CliRunner().invoke(cli, ["import", str(source), "--into-my-cases"])
    assert mine.exit_code != 0 and "nothing was added" in mine.stderr
    assert f"row 2, Source 2 date: {message} (“1995-13”)" in mine.stderr


def test_a_quote_or_a_second_source_without_url_or_citation_is_named(tmp_path: Path) -> None:
    source = write(tmp_path, "title,city,country,quote,source 2 title\n"
                             f'A quote alone,Quito,Ecuador,"{QUOTE}",\n'
                             f"A title alone,Quito,Ecuador,,A radio report\n")
    checked, counts = import_file(source, tmp_path / "o.sqlite")
    assert counts is None
    assert [(p.row, p.column, p.value, p.problem, p.fatal) for p in checked.problems] == [
        (1, "quote", QUOTE, NO_SOURCE_LINK, True),
        (2, "source 2 title", "A radio report", NO_SOURCE_LINK, True)]
    result = import_into_my_cases(source, Workspace(tmp_path / "workspace.sqlite"))
    assert not result.written and [(p.row, p.column) for p in result.problems] == [
        (1, "quote"), (2, "source 2 title")]


def test_a_claim_whose_source_the_row_does_not_give_is_refused(tmp_path: Path) -> None:
    row = ROW.replace(",twelve (Ortiz),2\n", ",twelve (Ortiz),3\n")
    checked, counts = import_file(write(tmp_path, HEADER + row), tmp_path / "o.sqlite")
    assert counts is None
    assert [(p.column, p.value, p.problem) for p in checked.problems] == [
        ("Disputed people source", "3", "the source of a claim must be one of this case's "
                                        "sources (its URL or citation)")]


def test_unreadable_json_lists_and_repeated_sources_are_named_not_raised(
        tmp_path: Path) -> None:
    cases = [{**JSON_CASE, "id": "a", "disagreements": "people: twelve"},
             {**JSON_CASE, "id": "b", "sources": [WIRE, {"url": WIRE, "quote": QUOTE}],
              "disagreements": []}]
    checked, counts = import_file(write(tmp_path, json.dumps(cases), "c.json"),
                                  tmp_path / "o.sqlite")
    assert counts is None
    assert [(p.row, p.column, p.problem.split(":")[0]) for p in checked.problems] == [
        (1, "disagreements", "not a list of claims"),
        (2, "sources #2 url", "this source is given twice in the case; give it once, with "
                              "all it says")]


def test_an_export_of_my_cases_reimports_though_it_carries_no_source_columns(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The CSV export has no source columns (its link becomes the source): what the
    round trip keeps, and so what docs/import.md says."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    runner = CliRunner()
    assert runner.invoke(cli, ["import", str(write(tmp_path, HEADER + ROW)),
                               "--into-my-cases"]).exit_code == 0
    exported = tmp_path / "mine.csv"
    assert runner.invoke(cli, ["export", "origin:mine", "-o", str(exported)]).exit_code == 0
    header = exported.read_text(encoding="utf-8-sig").splitlines()[0]
    assert "source" not in header.lower()
    again = runner.invoke(cli, ["import", str(exported), "-o", str(tmp_path / "back.sqlite")])
    assert again.exit_code == 0, again.output
    incident = Repository(Database(tmp_path / "back.sqlite")).incident(
        "mine-quito")
    assert incident is not None and incident.title == "Students at the Mexican embassy"
    assert [s.url for s in incident.sources] == ["asylum-browser://incident/mine-quito"]


def test_a_sixth_source_in_columns_is_reported_not_lost_unseen(tmp_path: Path) -> None:
    source = write(tmp_path, "title,city,country,source,Source 6,Source 6 title\n"
                             f"A case,Quito,Ecuador,{WIRE},https://example.org/6,Six\n")
    checked, counts = import_file(source, tmp_path / "o.sqlite")
    assert counts is not None  # a warning: the row is imported with what it can hold
    assert [(p.row, p.column, p.fatal) for p in checked.problems] == [
        (0, "Source 6", False), (0, "Source 6 title", False)]
    assert checked.problems[0].problem.startswith("source 6 is not imported: a row gives at "
                                                  "most 5 sources in columns")


def test_the_citations_of_an_imported_case_carry_its_sources_parts(tmp_path: Path) -> None:
    target = tmp_path / "out.sqlite"
    import_file(write(tmp_path, HEADER + ROW), target)
    repository = Repository(open_database(target))
    items = citation_items([only_incident(target)], DatasetInfo.from_meta(repository.meta()),
                           date(2026, 12, 3), records=False)
    wire, book = json.loads(to_csl_json(items))
    assert (wire["URL"], wire["container-title"], wire["issued"], wire["note"]) == (
        WIRE, "Example Wire", {"date-parts": [[2001, 2, 4]]}, f"“{QUOTE}”")
    assert "URL" not in book and book["note"] == BOOK and book["title"] == "Embassies of Quito"


def test_a_claim_in_the_bundled_records_form_names_several_sources(tmp_path: Path) -> None:
    """{"sources": [...]} as a record's [[disputes]] has it: the claim is each one's."""
    case = {**JSON_CASE, "disputes": [{"field": "People", "claim": "a dozen",
                                       "sources": [WIRE, BOOK]}]}
    del case["disagreements"]
    import_file(write(tmp_path, json.dumps([case]), "c.json"), tmp_path / "o.sqlite")
    incident = only_incident(tmp_path / "o.sqlite")
    assert [(d.field, d.claim, d.source.url if d.source else None)
            for d in incident.disputes] == [("people_count", "a dozen", WIRE),
                                            ("people_count", "a dozen", BOOK)]
