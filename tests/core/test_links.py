from __future__ import annotations

import pytest

from asylum_browser.core.model.links import LinkProblem, incident_link, parse_link, search_link


@pytest.mark.parametrize("incident_id", ["2002-05-08-shenyang-japan-consulate-general",
                                         "mine-a b/c", "평양-1"])
def test_an_incident_link_reads_back_as_its_id(incident_id: str) -> None:
    assert parse_link(incident_link(incident_id)).incident_id == incident_id


@pytest.mark.parametrize("query", ["host:china year:2002..2004", "탈북 & \"x y\"", "a+b=c?"])
def test_a_search_link_reads_back_as_its_query(query: str) -> None:
    link = search_link(query)
    assert " " not in link
    assert parse_link(link).query == query


@pytest.mark.parametrize("text", ["https://example.org/incident/x", "asylum-browser://incident/",
                                  "asylum-browser://search", "asylum-browser://other/x"])
def test_a_bad_link_is_told_in_words(text: str) -> None:
    with pytest.raises(LinkProblem, match="asylum-browser://"):
        parse_link(text)
