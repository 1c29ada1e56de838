"""A retelling that names a month and no year ("in May, when five people ran into the Japanese
consulate in Shenyang") in a report filed years later still links to the case we have, while
the draft keeps the date the rule gives it; the report's lead, a case known only by its year,
and two cases of that month at one mission do not link that way."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extractor
from asylum_browser.core.extract.linking import Known
from asylum_browser.core.model.dates import parse_partial

SHENYANG_2002 = "2002-05-08-shenyang-japan-consulate"
LEAD = ("SHENYANG, China, March 3, 2026 (Wire) - Three North Korean men climbed over the wall "
        "of the South Korean consulate general in Shenyang on Monday, an official said.")
RETELLING = ("\n\nSecurity has been tight since an incident in May, when five people ran into "
             "the Japanese consulate in Shenyang and were dragged out by Chinese police.")


def _known(id_: str, date: str, people: int | None = 5) -> Known:
    lo, hi, _precision = parse_partial(date)
    return Known(id_, lo, hi, "JP", "consulate_general", "Shenyang", people)


def test_a_yearless_month_years_later_links_and_keeps_its_own_date(
        repository: Repository) -> None:
    extractor = Extractor.from_repository(repository)
    lead, retold = extractor.extract(LEAD + RETELLING).drafts
    assert (lead.role, lead.existing_id) == ("main", None)
    assert (retold.role, retold.existing_id) == ("background", SHENYANG_2002)
    # The most recent May before the dateline, at month precision: the text says no more.
    assert retold.get("date_start") == "2025-05"
    assert retold.evidence["date_start"].text == "in May"


def test_the_lead_told_in_a_yearless_month_is_news_not_a_retelling(
        repository: Repository) -> None:
    extractor = Extractor.from_repository(repository)
    report = ("SHENYANG, China, June 10, 2026 (Wire) - Five North Koreans ran into the Japanese "
              "consulate general in Shenyang in May, Japan's foreign ministry said.")
    (draft,) = extractor.extract(report).drafts
    assert (draft.role, draft.existing_id, draft.get("date_start")) == ("main", None, "2026-05")


def test_two_cases_of_that_month_at_one_mission_are_ambiguous(repository: Repository) -> None:
    bundled = Extractor.from_repository(repository)
    twice = Extractor(bundled.gazetteer, (*bundled.known, _known("2009-05-shenyang-x", "2009-05")))
    assert twice.extract(LEAD + RETELLING).drafts[1].existing_id is None
    # Only the May cases count: one in another month leaves the link as it was.
    other = Extractor(bundled.gazetteer, (*bundled.known, _known("2009-06-shenyang-x", "2009-06")))
    assert other.extract(LEAD + RETELLING).drafts[1].existing_id == SHENYANG_2002


def test_a_case_known_by_its_year_or_another_head_count_does_not_link(
        repository: Repository) -> None:
    bundled = Extractor.from_repository(repository)
    kept = tuple(k for k in bundled.known if k.id != SHENYANG_2002)
    shenyang = next(k for k in bundled.known if k.id == SHENYANG_2002)
    # Known as "2002" only, it has no month: not even January, its first day's.
    year_only = _known(SHENYANG_2002, "2002")
    in_january = (LEAD + RETELLING).replace("in May", "in January")
    assert Extractor(bundled.gazetteer, (*kept, year_only)).extract(
        in_january).drafts[1].existing_id is None
    assert Extractor(bundled.gazetteer, (*kept, _known(SHENYANG_2002, "2002-01"))).extract(
        in_january).drafts[1].existing_id == SHENYANG_2002
    eleven = replace(shenyang, people_count=11)
    assert Extractor(bundled.gazetteer, (*kept, eleven)).extract(
        LEAD + RETELLING).drafts[1].existing_id is None
    # A later dateline changes nothing: the month, not the distance, is what agrees.
    assert bundled.extract(LEAD + RETELLING, dateline=dt.date(2031, 3, 3)).drafts[1].existing_id \
        == SHENYANG_2002
