"""A case of the user's with quoted sources (one known only by its citation) and claims where
its sources disagree: checked with the importer's words, built into the combined database as a
bundled record's [[sources]] and [[disputes]] are, shown in the detail page and the terminal's
text, the citations (CSL-JSON, BibTeX, RIS, text), and the database a published site copies."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import bibtexparser
import pytest

from asylum_browser.core.cases.combined import database_with_my_cases
from asylum_browser.core.cases.imported import import_into_my_cases
from asylum_browser.core.cases.mycases import DISPUTE_TOPIC, check_cases
from asylum_browser.core.dataset.import_rows import NO_SOURCE_LINK
from asylum_browser.core.engine.database import Database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.citation_formats import to_bibtex, to_csl_json, to_ris, to_text
from asylum_browser.core.export.citations import DatasetInfo, citation_items
from asylum_browser.core.export.publish import publish
from asylum_browser.core.model.schema import QUOTES_TABLE
from asylum_browser.core.render.html import incident_to_html, incident_to_text
from asylum_browser.core.workspace import Workspace
from asylum_browser.paths import bundled_db_path, records_dir

WIRE = "https://example.org/quito-wire"
BOOK = "M. Ortiz, Embassies of Quito (Quito: Abya-Yala, 1995), p. 212"
QUOTE = "Five students climbed the garden wall of the Mexican embassy at dawn."
CASE: dict[str, Any] = {
    "title": "Students at the Mexican embassy", "date_start": "2001-02-03", "city": "Quito",
    "host_country": "Ecuador", "sending_state": "Mexico", "mission_type": "embassy",
    "people_count": "5", "summary": "Students asked for asylum at the embassy.",
    "sources": [{"url": WIRE, "title": "Students in embassy", "publisher": "Example Wire",
                 "published": "2001-02-04", "quote": QUOTE},
                {"url": BOOK, "quote": "some twelve young people"}],
    "disputes": [{"field": "people_count", "claim": "five (the wire)", "source": WIRE},
                 {"field": "people_count", "claim": "twelve (Ortiz)", "source": BOOK}],
}


@pytest.fixture(scope="module")
def repository(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    folder = tmp_path_factory.mktemp("combined")
    checked = check_cases([CASE])
    assert not checked.problems
    path = database_with_my_cases(checked.cases, folder, bundled_db_path(), records_dir())
    return Repository(Database(path, immutable=True))


def test_the_quotes_and_the_claims_reach_the_incident(repository: Repository) -> None:
    (case_id,) = [c["id"] for c in check_cases([CASE]).cases]
    incident = repository.incident(case_id)
    assert incident is not None
    assert [(s.url, s.quote) for s in incident.sources] == [
        (WIRE, QUOTE), (BOOK, "some twelve young people")]
    assert [(d.field, d.topic, d.claim, d.source.url if d.source else None)
            for d in incident.disputes] == [
        ("people_count", DISPUTE_TOPIC, "five (the wire)", WIRE),
        ("people_count", DISPUTE_TOPIC, "twelve (Ortiz)", BOOK)]
    page = incident_to_html(incident)
    assert "<h3>Sources disagree</h3>" in page and "twelve (Ortiz)" in page
    assert f"<i>“{QUOTE}”</i>" in page
    assert f'href="{BOOK}"' not in page and "Embassies of Quito" in page  # a citation: no link
    text = incident_to_text(incident)
    assert "Five students climbed" in text and "twelve (Ortiz)" in text


def test_a_bundled_incident_has_no_quotes_and_the_bundled_file_no_quote_table(
        repository: Repository) -> None:
    incident = repository.incident("1936-07-madrid-chile-embassy")
    assert incident is not None and incident.disputes
    assert all(source.quote is None for source in incident.sources)
    with closing(sqlite3.connect(f"{bundled_db_path().as_uri()}?immutable=1", uri=True)) as db:
        tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    assert QUOTES_TABLE not in tables
    bundled = Repository(Database(bundled_db_path(), immutable=True))
    again = bundled.incident("1936-07-madrid-chile-embassy")
    assert again is not None and again.sources == incident.sources


def test_a_published_site_carries_the_quotes(repository: Repository, tmp_path: Path) -> None:
    site = publish(repository.database.path, tmp_path / "site")
    with closing(sqlite3.connect(site.database)) as db:
        quotes = {quote for (quote,) in db.execute(f"SELECT quote FROM {QUOTES_TABLE}")}
    assert quotes == {QUOTE, "some twelve young people"}


def test_a_claim_that_names_no_field_no_claim_or_a_source_not_listed_is_refused() -> None:
    checked = check_cases([{**CASE, "disputes": [
        {"field": "colour", "claim": "blue"},
        {"field": "people_count", "source": WIRE},
        {"field": "date_start", "claim": "2001-02-04", "source": "https://elsewhere.org"}]}])
    assert checked.fatal and not checked.records and not checked.cases
    messages = [(p.column, p.value, p.problem) for p in checked.problems]
    assert messages[0][:2] == ("disputes", "colour")
    assert messages[0][2].startswith("“colour” is not a field a claim can be about; use one "
                                     "of: Date, Stay ended, City,")
    assert messages[1] == ("disputes", "people_count",
                           "say what the source claims the People is")
    assert messages[2] == ("disputes", "https://elsewhere.org",
                           "the source of a claim must be one of this case's sources (its URL "
                           "or citation)")


def test_a_source_named_without_url_or_citation_has_the_importers_words_in_any_place(
        tmp_path: Path) -> None:
    later = check_cases([{**CASE, "sources": [*CASE["sources"], {"title": "A radio report"}]}])
    first = check_cases([{**CASE, "disputes": [], "sources": [{"title": "A radio report"}]}])
    csv = tmp_path / "cases.csv"
    csv.write_text("title,city,country,source,source title\n"
                   "Students,Quito,Ecuador,,A radio report\n", encoding="utf-8")
    workspace = Workspace(tmp_path / "workspace.sqlite")
    imported = import_into_my_cases(csv, workspace)
    # the form's column for a case, the file's own for a file
    for problems, column in ((later.problems, "source_title"), (first.problems, "source_title"),
                             (imported.problems, "source title")):
        assert [(p.column, p.value, p.problem, p.fatal) for p in problems] == [
            (column, "A radio report", NO_SOURCE_LINK, True)]
    assert not imported.written and workspace.my_cases() == []


def test_citations_carry_the_quote_and_cite_a_source_off_the_web_by_its_citation(
        repository: Repository) -> None:
    (case_id,) = [c["id"] for c in check_cases([CASE]).cases]
    incident = repository.incident(case_id)
    assert incident is not None
    items = citation_items([incident], DatasetInfo.from_meta(repository.meta()),
                           date(2026, 12, 3), records=False)
    wire, book = json.loads(to_csl_json(items))
    assert (wire["URL"], wire["note"]) == (WIRE, f"“{QUOTE}”")
    assert "URL" not in book and book["note"] == f"{BOOK} “some twelve young people”"
    library = bibtexparser.parse_string(to_bibtex(items))
    assert not library.failed_blocks
    entries = {entry.fields_dict["note"].value: entry for entry in library.entries}
    assert set(entries) == {f"“{QUOTE}”", f"{BOOK} “some twelve young people”"}
    assert "url" not in entries[f"{BOOK} “some twelve young people”"].fields_dict
    ris = to_ris(items)
    assert f"N1  - “{QUOTE}”" in ris and ris.count("UR  - ") == 1
    assert to_text(items).splitlines()[1].endswith(f"{BOOK} “some twelve young people”.")


def test_a_sources_published_date_is_read_as_the_importer_reads_dates() -> None:
    def with_published(text: str) -> dict[str, Any]:
        return {**CASE, "sources": [{**CASE["sources"][0], "published": text},
                                    CASE["sources"][1]]}

    good = check_cases([with_published("4 February 2001")])
    assert not good.problems and good.records[0]["sources"][0]["published"] == "2001-02-04"
    bad = check_cases([with_published("2001-13")])
    assert [(p.column, p.value, p.problem) for p in bad.problems] == [
        ("source_published", "2001-13", "published date of a source: '2001-13' is not a real "
                                        "date (bad month number 13; must be 1-12)")]
    assert bad.fatal and not bad.records
