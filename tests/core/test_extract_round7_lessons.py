"""Rules learnt from the seventh unseen round (issue 18), each on a short report of our own.

Thirteen reports (an obituary, an editorial and a news page, anniversary pieces, wires with
no year) scored 0.88 / 0.83 on incidents and 0.69 / 0.65 on dates (docs/PERFORMANCE.md,
"Unseen round 7"). These tests pin each rule their misses taught, on wording and places of
our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.extract import Extractor
from tests.core.lesson_helpers import bundled_extractor, date_values, only


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return bundled_extractor()


def test_a_story_running_from_december_into_january_crosses_the_year() -> None:
    text = "by the end of november 1979 the city was encircled. on january 9 the embassy"
    assert "1980-01-09" in date_values(text, dt.date(2019, 3, 1))
    assert "1980-01-01" in date_values("on december 30, 1979 they met. on new year's day",
                                   dt.date(2019, 3, 1))


def test_the_city_is_looked_for_where_the_bid_is_told_first(extractor: Extractor) -> None:
    text = ("Published March 1, 2019\n\nForty years on: the night the Kabul embassy filled\n\n"
            "On the night of January 9, 1980, dozens of people came to the Indian embassy to "
            "seek refuge there. The ambassador had served before in Lagos and in Lima.")
    draft = only(extractor, text)
    assert draft["city"] == "Kabul"


def test_names_the_window_shows_in_cjk_are_read_and_one_character_ones_are_not(
        extractor: Extractor) -> None:
    laos = "2008年4月1日\n\n北朝鮮を脱出した男性がビエンチャンの日本大使館に逃げ込んだ。"
    draft = only(extractor, laos)
    assert (draft["city"], draft["people_count"]) == ("Vientiane", 1)
    korean = "2003년 10월 9일 —\n\n탈북자 3명이 지난 7월 태국 주재 일본대사관에 들어갔다."
    assert only(extractor, korean)["city"] != "Bonn"  # 본 stands inside 일본


def test_spans_of_time_in_german_count_no_one(extractor: Extractor) -> None:
    text = ("Veröffentlicht am 27.08.2026\n\nVor 130 Jahren beschossen britische Schiffe den "
            "Palast, und am 27. August 1896 floh der Sultan ins deutsche Konsulat in Sansibar.")
    assert only(extractor, text).get("people_count") != 130


def test_the_one_city_a_report_names_hosts_the_mission_unless_it_is_the_senders(
        extractor: Extractor) -> None:
    story = ("Veröffentlicht am 27.08.2026\n\nDer Sultanspalast von Sansibar brannte. Am "
             "27. August 1896 floh der Sultan ins deutsche Konsulat.")
    assert only(extractor, story)["city"] == "Zanzibar"
    home = ("Publié le 3 mai 2020\n\nLe 13 octobre 1990, le général s'est réfugié à "
            "l'ambassade de France. Paris a confirmé.")
    assert only(extractor, home).get("city") is None


def test_a_month_dated_by_the_story_dates_the_bid_told_after_it(
        extractor: Extractor) -> None:
    text = ("Veröffentlicht am 27.08.2026\n\nAm 25. August 1896 starb der alte Sultan. Um 9 "
            "Uhr am 27. August lief die Frist ab.\n\nDer Thronräuber suchte Zuflucht im "
            "deutschen Konsulat in Sansibar.")
    assert only(extractor, text)["date_start"] == "1896-08-27"


def test_up_the_drive_and_on_the_territory_of_a_mission_tell_a_bid(
        extractor: Extractor) -> None:
    drive = ("Published March 1, 2011\n\nOn March 6, 1967, a taxi brought the writer up the "
             "drive of the Canadian Embassy in New Delhi.")
    assert only(extractor, drive)["sending_state"] == "CA"
    territory = ("DAKAR, April 20, 2012 (Wire) - The minister said the former president was "
                 "on the territory of the residence of the embassy of Senegal in Bamako.")
    draft = only(extractor, territory)
    assert (draft["sending_state"], draft["mission_type"]) == ("SN", "ambassadors_residence")


def test_reaching_the_mission_tells_a_bid(extractor: Extractor) -> None:
    text = ("SEOUL, July 29, 2016 (Wire) - A student went missing from his team. He reached "
            "the Swiss embassy in Beijing on July 16.")
    assert only(extractor, text)["date_start"] == "2016-07-16"


def test_telling_reporters_on_a_day_dates_the_telling(extractor: Extractor) -> None:
    text = ("DAKAR, April 20, 2012 (Wire) - The minister had told reporters in Paris on "
            "Wednesday that the general had taken refuge in the Senegalese embassy in Bamako.")
    assert only(extractor, text).get("date_start") is None


def test_another_turn_of_the_story_dates_no_entry(extractor: Extractor) -> None:
    text = ("DAKAR, April 20, 2012 (Wire) - The general took refuge in the Senegalese embassy "
            "in Bamako. He resigned on April 8.")
    assert only(extractor, text).get("date_start") is None


def test_the_verb_nearest_before_a_date_decides_a_journey(extractor: Extractor) -> None:
    flown = ("MELBOURNE, July 19, 2002 (Wire) - Two boys who asked for asylum at the Canadian "
             "consulate in Melbourne were flown back to the camp on Friday.")
    assert only(extractor, flown).get("date_start") is None
    walked = ("MELBOURNE, July 19, 2002 (Wire) - Two boys who left camp walked into the "
              "Canadian consulate on Friday.")
    assert only(extractor, walked)["date_start"] == "2002-07-19"


def test_a_date_told_outright_beats_one_reckoned_from_it(extractor: Extractor) -> None:
    text = ("Publicado el 20 de septiembre de 2025\n\nEl 20 de septiembre de 1955, ante la "
            "sublevación que había estallado cuatro días antes, el general pidió asilo en la "
            "embajada del Paraguay en Buenos Aires.")
    assert only(extractor, text)["date_start"] == "1955-09-20"


def test_a_bound_told_as_the_days_after_another_turn_still_dates_the_bid(
        extractor: Extractor) -> None:
    text = ("MANAGUA, Dec. 20, 2019 (Wire) - Police ringed the Mexican ambassador's residence "
            "in Managua, where five former officials have been sheltering since the days after "
            "the president resigned on Nov. 10.")
    assert only(extractor, text)["date_start"] == "2019-11"
