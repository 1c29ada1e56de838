"""Rules learnt before unseen round 11 (issue 18), each on a short report of our own.

When the sentences of a bid tell several days, the earliest was taken; but the day a case we
hold began, told to the day, is the bid's day: the other days are of the journey there. A
date before "since" in a sentence of today's news does not make the bid a retelling, and a
day of the month is no head count.
"""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.extract import Extractor
from asylum_browser.core.extract.linking import link_undated
from tests.core.lesson_helpers import bundled_extractor, date_values, drafts, only


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return bundled_extractor()


def test_the_day_a_case_we_hold_began_beats_an_earlier_day_of_the_journey(
        extractor: Extractor) -> None:
    draft = only(extractor, (
        "HANOI, Sept. 26, 2009 (AP) - Nine North Koreans, who reached Vietnam on Sept. 14 by "
        "way of China, were let into the Danish Embassy in Hanoi on Thursday, activists "
        "said.\n"))
    assert draft["date_start"] == "2009-09-24"
    assert draft["existing_id"] == "2009-09-24-hanoi-denmark-embassy"
    evidence = draft["evidence"]
    assert isinstance(evidence, dict) and evidence["date_start"]["text"] == "Thursday"


def test_a_day_of_the_month_before_the_verb_is_no_head_count(extractor: Extractor) -> None:
    draft = only(extractor, (
        "HANOI, Sept. 26, 2009 (AP) - Nine North Koreans who entered Vietnam on Sept. 14 "
        "walked into the Danish Embassy in Hanoi on Sept. 24, activists said.\n"))
    assert (draft["people_count"], draft["date_start"]) == (9, "2009-09-24")


def test_an_old_case_s_day_does_not_redate_a_new_bid_at_that_mission(
        extractor: Extractor) -> None:
    draft = only(extractor, (
        "HANOI, March 3, 2012 (AP) - Two North Koreans entered the Danish Embassy in Hanoi "
        "on Thursday, activists said, the embassy's first such case since Sept. 24, 2009.\n"))
    assert draft["date_start"] == "2012-03-01"
    assert draft["existing_id"] is None


QUITO_2024 = ("QUITO, May 3, 2024 (Reuters) - Two opposition lawmakers walked into the Mexican "
              "embassy in Quito on Tuesday and asked for asylum, officials said. Critics "
              "recalled that Ecuador's own embassy in London sheltered the Wikileaks founder "
              "Julian Assange for seven years.\n")


def test_an_undated_retelling_links_to_the_latest_case_at_that_mission(
        extractor: Extractor) -> None:
    news, retold = drafts(extractor, QUITO_2024)
    assert (news["existing_id"], news["date_start"]) == (None, "2024-04-30")
    assert (retold["role"], retold["existing_id"]) == ("background",
                                                       "2012-06-19-london-ecuador-embassy")
    assert retold["date_start"] is None  # the link is offered; no date is made up


def test_an_undated_retelling_never_links_to_a_case_after_the_dateline(
        extractor: Extractor) -> None:
    early = QUITO_2024.replace("May 3, 2024", "May 3, 2010")
    assert [d["existing_id"] for d in drafts(extractor, early)] == [None, None]


def test_an_undated_retelling_skips_a_case_another_draft_already_took(
        extractor: Extractor) -> None:
    mission = ("ES", "ambassadors_residence", "Caracas", None)
    day = dt.date(2024, 9, 9)
    assert link_undated(extractor.known, day, set(), *mission) == (
        "2024-09-05-caracas-spain-ambassador-residence")
    assert link_undated(extractor.known, day, {"2024-09-05-caracas-spain-ambassador-residence"},
                        *mission) == "2019-04-30-caracas-spain-ambassador-residence"


# Lessons from the round-11 reports.

def test_a_german_wire_of_people_storming_the_grounds_is_a_bid_with_a_hedged_count(
        extractor: Extractor) -> None:
    draft = only(extractor, (
        "Prag, 4. Oktober 1989 (dpa) - Die westdeutsche Botschaft in Prag ist wieder voll. "
        "Am Dienstag hatten zahlreiche Ausreisewillige das Gelände gestürmt.\n"))
    assert (draft["sending_state"], draft["date_start"]) == ("XW", "1989-10-03")
    assert draft["people_count"] is None  # not 1 for "Am Dienstag" read as a name
    assert draft["people_note"] == "zahlreiche"
    evidence = draft["evidence"]
    assert isinstance(evidence, dict) and "gestürmt" in evidence["entry_method"]["text"]
    uncounted = only(extractor, (
        "Prag, 4. Oktober 1989 (dpa) - Am Dienstag gelangten erneut DDR-Bürger in die "
        "westdeutsche Botschaft in Prag.\n"))
    assert uncounted["people_count"] is None


def test_a_day_of_this_month_in_japanese_is_that_day() -> None:
    assert "2013-06-04" in date_values("脱北者は今月4日、大使館に移された。", dt.date(2013, 6, 18))


def test_the_year_before_a_told_date_dates_a_month_a_year_earlier() -> None:
    values = date_values("2008年3月27日には12人が大使館に駆け込んだ。その前年の12月には2人が"
                         "駆け込んだ。", dt.date(2013, 6, 18))
    assert "2007-12" in values and "2008-12" not in values


def test_a_total_of_the_parts_just_told_is_the_group_not_a_tally(
        extractor: Extractor) -> None:
    text = ("【ソウル2013年6月18日】2008年3月27日には女性11人と男性1人の計12人が"
            "ビエンチャンの韓国大使館に駆け込んだ。\n")
    (draft,) = drafts(extractor, text)
    assert draft["people_count"] == 12
    tally = text.replace("女性11人と男性1人の計12人", "これまで計300人")
    assert [d["people_count"] for d in drafts(extractor, tally)] == [None]
