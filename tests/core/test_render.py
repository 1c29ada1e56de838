"""The detail pane's HTML is a pure function that escapes every value."""

from __future__ import annotations

import dataclasses
import html
import re
from html.parser import HTMLParser

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.model.values import Dispute, Source
from asylum_browser.core.render.html import incident_to_html, incident_to_text
from tests.conftest import bundled_record


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def test_every_value_is_escaped(repository: Repository) -> None:
    incident = repository.incident("2002-03-14-beijing-spain-embassy")
    assert incident is not None
    evil = '<script>alert("x")</script><img src=x onerror=1>'
    hostile = dataclasses.replace(
        incident, title=evil, summary=evil, people_note=evil, outcome=evil,
        sources=(Source("s", 'javascript:alert(1)"><b', evil, evil, None),),
        disputes=(Dispute("people_count", evil, evil, None),))
    page = incident_to_html(hostile)
    collector = TagCollector()
    collector.feed(page)
    assert "script" not in collector.tags and "img" not in collector.tags
    assert evil in "".join(collector.text)


def test_the_japanese_consulate_page_shows_sources_disputes_and_unknowns(
        repository: Repository) -> None:
    incident = repository.incident("2002-05-08-shenyang-japan-consulate")
    assert incident is not None
    page = incident_to_html(incident)
    record = bundled_record("2002-05-08-shenyang-japan-consulate")  # as the fact check left it
    assert "Sources disagree" in page
    assert "whether the police entry had consent" in page
    topics = {dispute["topic"] for dispute in record["disputes"]}
    assert len(topics) >= 2
    for topic in topics:
        assert html.escape(topic, quote=True) in page, topic
    for dispute in record["disputes"]:
        assert html.escape(dispute["claim"], quote=True) in page, dispute["claim"]
    assert "https://www.japantimes.co.jp/news/2002/05/12/national/china-police-entered-consul-with-consent/" in page  # noqa: E501
    for source in record["sources"]:
        assert html.escape(source["url"], quote=True) in page, source["url"]
    assert "8 May 2002" in page
    unknown = repository.incident("1985-12-12-tirana-italy-embassy")
    assert unknown is not None
    assert '<span class="unknown">unknown</span>' in incident_to_html(unknown)


def test_text_rendering_names_what_the_cli_shows(repository: Repository) -> None:
    incident = repository.incident("2002-05-08-shenyang-japan-consulate")
    assert incident is not None
    text = incident_to_text(incident)
    assert "Sources (" in text and "Where sources disagree" in text
    assert re.search(r"^People +5$", text, re.MULTILINE)
    assert re.search(r"^Outcome date +23 May 2002$", text, re.MULTILINE)
    assert re.search(r"^Length of stay +the same day$", text, re.MULTILINE)


def test_stay_length_related_incidents_links_and_highlights(repository: Repository) -> None:
    incident = repository.incident("1956-11-04-budapest-us-legation")
    assert incident is not None
    page = incident_to_html(incident, highlight=["szabadsag", "LEGATION"])
    assert "14 years, 10 months" in page
    assert 'href="filter:host%3AHungary"' in page
    assert '<span class="hl">Szabadság</span>' in page
    assert '<span class="hl">legation</span>' in page
    shenyang = repository.incident("2002-05-08-shenyang-japan-consulate")
    assert shenyang is not None
    related = repository.related(shenyang)
    assert [r.id for r in related] == ["2002-05-08-shenyang-us-consulate"]
    page = incident_to_html(shenyang, related=related)
    assert 'href="incident:2002-05-08-shenyang-us-consulate"' in page


def test_highlighting_ignores_case_and_diacritics_and_merges_overlaps() -> None:
    from asylum_browser.core.render.html import highlight_spans

    assert highlight_spans("Szabadság tér", ["szabadsag"]) == [(0, 9)]
    assert highlight_spans("Consulate consul", ["consul", "consulate"]) == [(0, 9), (10, 16)]
    assert highlight_spans("瀋陽の領事館", ["瀋陽"]) == [(0, 2)]
