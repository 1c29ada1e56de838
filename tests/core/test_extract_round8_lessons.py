"""Rules learnt from the eighth unseen round (issue 18), each on a short report of our own.

Fourteen reports scored 0.89 / 0.84 on incidents but 0.58 / 0.39 on dates and 0.69 / 0.65 on
people (docs/PERFORMANCE.md, "Unseen round 8"). These tests pin each rule their misses
taught, on wording and places of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.extract import Extractor
from tests.core.lesson_helpers import bundled_extractor, date_values, only


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return bundled_extractor()


def test_a_number_right_before_the_bids_verb_counts_people(extractor: Extractor) -> None:
    text = ("HANOI, Aug. 21, 2007 (Wire) - Last month six climbed a fence into the Swedish "
            "embassy in Hanoi.")
    assert only(extractor, text)["people_count"] == 6


def test_people_carried_away_are_not_counted_unless_they_had_found_refuge(
        extractor: Extractor) -> None:
    carried = ("HANOI, Aug. 21, 2007 (Wire) - North Koreans climbed a fence into the Swedish "
               "embassy in Hanoi on Tuesday.\n\nIn 2004 Seoul flew 200 refugees out of Vietnam.")
    assert only(extractor, carried).get("people_count") is None
    refuge = ("Published Sept. 11, 2023\n\nOn Sept. 20, 1973, two planes flew 300 people who "
              "had found refuge in the Swedish embassy in Santiago out of Chile.")
    assert only(extractor, refuge)["people_count"] == 300


def test_this_day_in_korean_dates_by_the_day_told_before(extractor: Extractor) -> None:
    text = ("(서울, 2005년 9월 12일)\n\n탈북자 5명이 베이징의 일본인학교에 들어갔다고 단체가 12일 "
            "전했다. 이날 오전 5명이 학교에 들어갔다.")
    assert only(extractor, text)["date_start"] == "2005-09-12"


def test_days_before_a_date_told_after_them(extractor: Extractor) -> None:
    assert "2005-04-22" in date_values("deux jours avant l'election du 24 avril",
                                   dt.date(2005, 5, 6))
    assert "2005-04-17" in date_values("a week before the vote on april 24", dt.date(2005, 5, 6))


def test_a_date_after_until_ends_a_stay_and_leaving_is_a_journey(
        extractor: Extractor) -> None:
    text = ("PARIS, 6 mai 2005 (AFP) - L'ancien ministre, qui s'était réfugié à l'ambassade "
            "d'Italie à Lomé, a pu quitter son pays jeudi soir.\n\nIl y est resté jusqu'à "
            "mercredi, deux jours avant l'élection du 24 avril, disent ses proches.")
    assert only(extractor, text).get("date_start") != "2005-05-05"
    until = ("PARIS, 6 mai 2005 (AFP) - L'ancien ministre s'était réfugié à l'ambassade "
             "d'Italie à Lomé, où il est resté jusqu'à mercredi.")
    assert only(extractor, until).get("date_start") is None


def test_a_stay_since_a_day_dates_the_bid_whatever_the_era(extractor: Extractor) -> None:
    text = ("KABUL, Sept. 28, 1996 (Wire) - Fighters broke into the United Nations compound in "
            "Kabul overnight. The former minister had stayed in the compound since May 3, "
            "1992.")
    assert only(extractor, text)["date_start"] == "1992-05-03"


def test_an_organisations_office_in_chinese_is_a_mission(extractor: Extractor) -> None:
    text = "(本报首尔2001年7月2日电)\n\n6月26日上午,五名朝鲜人进入联合国难民署北京办事处。"
    draft = only(extractor, text)
    assert (draft["sending_state"], draft["mission_type"]) == (
        "UNHCR", "international_organisation_office")


def test_the_one_told_going_in_beats_a_count_in_the_next_sentence(
        extractor: Extractor) -> None:
    text = ("RANGOON, April 4, 2003 (Wire) - A Burmese man ran into the British embassy in "
            "Rangoon on Friday. Earlier, two men had begun a protest outside.")
    assert only(extractor, text)["people_count"] == 1
