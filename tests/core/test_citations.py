"""Citations of the bundled incidents, parsed back as their readers would: json for CSL-JSON,
bibtexparser for BibTeX, TY/ER pairs for RIS, and the exact text of one known reference."""

from __future__ import annotations

import json
from datetime import date

import bibtexparser
import pytest

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.export.citation_formats import (
    bibtex_escape,
    format_date,
    to_bibtex,
    to_csl_json,
    to_ris,
    to_text,
)
from asylum_browser.core.export.citations import (
    DatasetInfo,
    citation_items,
    date_parts,
    source_item,
    source_type,
)
from asylum_browser.core.model.links import incident_link
from asylum_browser.core.model.values import Source
from asylum_browser.core.query.parser import parse_query
from tests.conftest import query_bundled

ACCESSED = date(2026, 12, 3)
KNOWN = "2004-09-01-beijing-japanese-school"


@pytest.fixture(scope="module")
def all_items(repository: Repository) -> list[dict[str, object]]:
    incidents = [repository.incident(row["id"])
                 for row in repository.rows(repository.ids_for(parse_query("")))]
    return citation_items([i for i in incidents if i is not None],
                          DatasetInfo.from_meta(repository.meta()), ACCESSED)


def test_csl_json_items_name_type_title_place_and_date_where_known(
        all_items: list[dict[str, object]]) -> None:
    items = json.loads(to_csl_json(all_items))
    published = dict(query_bundled("SELECT id, published FROM sources"))
    # every bundled source cited once, however many incidents cite it
    assert len([i for i in items if i["type"] != "dataset"]) == len(published)
    assert len([i for i in items if i["type"] == "dataset"]) == len(
        query_bundled("SELECT id FROM incidents"))
    for item in items:
        assert item["type"] in {"webpage", "article-newspaper", "report", "dataset"}
        assert item["title"]
        assert item.get("URL") or item.get("container-title")
        if item["type"] == "dataset":
            assert item["issued"] and item["accessed"]
            continue
        if published[item["id"]]:
            assert item["issued"]["date-parts"][0] == date_parts(published[item["id"]])
        else:  # the data truly lacks the date: no date is made up, not even an access date
            assert "issued" not in item and "accessed" not in item


def test_record_citation_is_the_dataset_record_with_its_link(
        repository: Repository) -> None:
    incident = repository.incident(KNOWN)
    assert incident is not None
    record = citation_items([incident], DatasetInfo.from_meta(repository.meta()), ACCESSED,
                            sources=False)
    assert len(record) == 1
    assert record[0]["URL"] == incident_link(KNOWN)
    assert record[0]["version"] == repository.meta()["dataset_version"]
    assert record[0]["container-title"] == repository.meta()["dataset_title"]
    assert record[0]["accessed"] == {"date-parts": [[2026, 12, 3]]}


def test_partial_dates_keep_their_precision() -> None:
    assert date_parts("1936") == [1936]
    assert date_parts("1936-07") == [1936, 7]
    assert date_parts("1936-07-20") == [1936, 7, 20]
    assert date_parts(None) is None and date_parts("summer 1936") is None
    assert format_date([1936, 7]) == "July 1936"
    assert format_date(None) == "n.d."


def test_bibtex_parses_every_entry_with_biblatex_types(
        all_items: list[dict[str, object]]) -> None:
    library = bibtexparser.parse_string(to_bibtex(all_items))
    assert not library.failed_blocks
    assert len(library.entries) == len(all_items)
    assert {entry.entry_type for entry in library.entries} <= {
        "online", "article", "report", "dataset"}
    keys = [entry.key for entry in library.entries]
    assert len(set(keys)) == len(keys)
    known = library.entries_dict[f"record-{KNOWN}"]
    assert known["url"] == incident_link(KNOWN)


def test_bibtex_escapes_specials_and_keeps_unicode() -> None:
    source = Source("src-x", "https://example.org/a", "El País & Co",
                    "50% {brace} café #1", "2001")
    items = citation_items([], DatasetInfo("t", "v"), ACCESSED)
    items.append(source_item(source))
    text = to_bibtex(items)
    assert r"50\% \{brace\} café \#1" in text and r"El País \& Co" in text
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks and len(library.entries) == 1
    assert bibtex_escape("a}b") == r"a\}b"


def test_ris_has_matching_ty_er_pairs(all_items: list[dict[str, object]]) -> None:
    tags = [line[:2] for line in to_ris(all_items).splitlines() if line]
    opened = 0
    for tag in tags:
        if tag == "TY":
            assert opened == 0
            opened = 1
        elif tag == "ER":
            assert opened == 1
            opened = 0
        else:
            assert opened == 1, f"{tag} outside a record"
    assert opened == 0 and tags.count("TY") == len(all_items)


def test_known_reference_text(repository: Repository) -> None:
    incident = repository.incident(KNOWN)
    assert incident is not None
    lines = to_text(citation_items([incident], DatasetInfo.from_meta(repository.meta()),
                                   ACCESSED)).splitlines()
    assert lines[0] == (
        "Asylum Browser contributors. “Twenty-nine cut through the fence of the Japanese "
        "school, Beijing.” Record 2004-09-01-beijing-japanese-school. Asylum bids at "
        "diplomatic missions, 1891-2025, version 2026.12.1, December 2, 2026. "
        "asylum-browser://incident/2004-09-01-beijing-japanese-school. "
        "Accessed December 3, 2026.")
    assert lines[1] == (
        "“29 escapees from North seek refuge at school in Beijing.” The Japan Times, "
        "September 2, 2004. http://www.japantimes.co.jp/2004/09/02/announcements/"
        "29-escapees-from-north-seek-refuge-at-school-in-beijing/.")
    assert lines[-1] == (  # the AP story via The Seattle Times has no date in the record
        "“North Koreans bid for asylum in Japan.” Associated Press, n.d. "
        "http://www.seattletimes.com/nation-world/north-koreans-bid-for-asylum-in-japan/.")


def test_bibtex_url_with_backslash_and_braces_stays_one_field() -> None:
    text = to_bibtex([source_item(Source("src-y", "http://example.org/a{b}/\\", None, "T",
                                         None))])
    library = bibtexparser.parse_string(text + "\n@online{after, title = {x}}\n")
    assert not library.failed_blocks and len(library.entries) == 2
    assert library.entries_dict["src-y"]["url"] == "http://example.org/a%7Bb%7D/%5C"


@pytest.mark.parametrize(("publisher", "url", "kind"), [
    ("The Japan Times", "http://www.japantimes.co.jp/2004/09/02/x/", "article-newspaper"),
    ("Los Angeles Times", "https://www.latimes.com/archives/la-xpm-1989-10-02-mn-1.html",
     "article-newspaper"),
    ("Wikipedia", "https://en.wikipedia.org/wiki/X", "webpage"),
    ("UNHCR", "https://www.unhcr.org/x", "report"),
    ("Ministry of Foreign Affairs of Chile", "https://minrel.gob.cl/x", "report"),
    ("The Guardian", "https://example.org/statement.PDF", "report"),
])
def test_source_type_from_publisher_and_url(publisher: str, url: str, kind: str) -> None:
    assert source_type(Source("s", url, publisher, "T", None)) == kind


def test_untitled_undated_source_without_publisher_reads_cleanly() -> None:
    text = to_text([source_item(Source("s", "https://example.org/p", None, None, None))])
    assert text == "[Untitled]. n.d. https://example.org/p.\n"
