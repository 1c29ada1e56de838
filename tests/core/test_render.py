"""The detail pane's HTML is a pure function that escapes every value."""

from __future__ import annotations

import dataclasses
from html.parser import HTMLParser

from asylum_browser.core.models import Dispute, Source
from asylum_browser.core.render import incident_to_html, incident_to_text
from asylum_browser.core.repository import Repository


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
    assert "Where sources disagree" in page
    assert "where the three were seized" in page
    assert "whether the police entry had consent" in page
    assert "https://www.japantimes.co.jp/news/2002/05/12/national/china-police-entered-consul-with-consent/" in page  # noqa: E501
    assert "8 May 2002" in page
    unknown = repository.incident("1985-12-12-tirana-italy-embassy")
    assert unknown is not None
    assert '<span class="unknown">unknown</span>' in incident_to_html(unknown)


def test_text_rendering_names_what_the_cli_shows(repository: Repository) -> None:
    incident = repository.incident("2002-05-08-shenyang-japan-consulate")
    assert incident is not None
    text = incident_to_text(incident)
    assert "Sources (" in text and "Where sources disagree" in text
    assert "People         5" in text
    assert "Outcome date   23 May 2002" in text
