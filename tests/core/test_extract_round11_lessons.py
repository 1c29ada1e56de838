"""Rules learnt before unseen round 11 (issue 18), each on a short report of our own.

When the sentences of a bid tell several days, the earliest was taken; but the day a case we
hold began, told to the day, is the bid's day: the other days are of the journey there. A
date before "since" in a sentence of today's news does not make the bid a retelling, and a
day of the month is no head count.
"""

from __future__ import annotations

import pytest

from asylum_browser.core.extract import Extractor
from tests.core.lesson_helpers import bundled_extractor, only


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
