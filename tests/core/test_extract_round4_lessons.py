"""Rules learnt from the fourth unseen round (issue 18), each on a short report of our own.

Fifteen reports in shapes unlike the earlier rounds (obituaries, editorials, pages dated only
by their metadata) scored 0.76 / 0.73 on incidents and 0.55 on linking (docs/PERFORMANCE.md,
"Unseen round 4"). These tests pin each rule their misses taught on wording of our own.
"""

from __future__ import annotations

import pytest

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_repository(Repository(open_database()))


def _only(extractor: Extractor, text: str) -> dict[str, object]:
    drafts = [d.to_json() for d in extractor.extract(text).drafts]
    assert len(drafts) == 1, drafts
    return drafts[0]


def test_a_nunciature_is_the_holy_sees_and_one_mission_with_the_vaticans_embassy(
        extractor: Extractor) -> None:
    alone = _only(extractor, "MANAGUA, May 3, 1979 (Wire) - A former minister took refuge "
                             "in the nunciature in Managua on Wednesday.")
    assert (alone["sending_state"], alone["mission_type"]) == ("VA", "apostolic_nunciature")
    both = _only(extractor, "MANAGUA, May 3, 1979 (Wire) - A former minister walked into "
                            "the Vatican's embassy, the apostolic nunciature, in Managua on "
                            "Wednesday.")
    assert (both["sending_state"], both["mission_type"]) == ("VA", "apostolic_nunciature")


def test_a_feast_day_is_dated_in_the_year_told_before(extractor: Extractor) -> None:
    text = ("MANAGUA, Jan. 5, 1980 (Wire) - The general fled on Dec. 20, 1979. On Christmas "
            "Eve he walked into the Mexican embassy in Managua.")
    assert _only(extractor, text)["date_start"] == "1979-12-24"


def test_with_n_aides_counts_them_and_the_one_they_came_with(extractor: Extractor) -> None:
    text = ("MANAGUA, May 3, 1979 (Wire) - The general walked into the Mexican embassy in "
            "Managua on Wednesday with four aides.")
    assert _only(extractor, text)["people_count"] == 5


def test_its_embassy_is_the_embassy_of_the_state_just_named(extractor: Extractor) -> None:
    text = ("Chile concede asilo a un senador refugiado en su embajada en Lima\n\nLIMA, 9 de "
            "junio de 2012 (Agencia) - Nada más.")
    assert _only(extractor, text)["sending_state"] == "CL"


def test_a_bid_told_negated_is_no_bid(extractor: Extractor) -> None:
    text = ("BRASILIA, March 26, 2024 (Wire) - Police could not have entered the Hungarian "
            "embassy in Brasilia, a lawyer said.")
    assert [d.to_json() for d in extractor.extract(text).drafts] == []


def test_missions_in_the_plural_name_no_one_mission(extractor: Extractor) -> None:
    text = ("BERLIN, 26. Juni 2009 (dpa) - Im Sommer 1989 flohen Tausende DDR-Bürger in die "
            "Botschaften westlicher Staaten.")
    assert [d.to_json() for d in extractor.extract(text).drafts] == []


def test_a_stay_told_verb_first_in_german(extractor: Extractor) -> None:
    text = ("BERLIN, 26. Juni 2009 (dpa) - Im Januar 1984 harrten sechs junge DDR-Bürger in "
            "der amerikanischen Botschaft in Ost-Berlin aus.")
    draft = _only(extractor, text)
    assert (draft["sending_state"], draft["people_count"], draft["date_start"]) == (
        "US", 6, "1984-01")


def test_a_stay_of_nights_at_a_mission(extractor: Extractor) -> None:
    text = ("BRASILIA, March 26, 2024 (Wire) - The former president stayed for two nights at "
            "Hungary's embassy in Brasilia last month. His car pulled up to the gate late on "
            "Feb. 12.")
    draft = _only(extractor, text)
    assert (draft["sending_state"], draft["date_start"]) == ("HU", "2024-02-12")


def test_the_date_told_before_a_later_sentence_of_the_bid(extractor: Extractor) -> None:
    text = ("LONDON, Sept. 6, 2012 (Wire) - A cardinal lived for 15 years in the American "
            "legation in Budapest. His story began on Nov. 4, 1956. He made for the U.S. "
            "legation before dawn.")
    assert _only(extractor, text)["date_start"] == "1956-11-04"


def test_yesterday_morning_as_chinese_copy_writes_it(extractor: Extractor) -> None:
    text = "【本報香港10月28日電】四名年輕人昨早走進美國駐港澳總領事館尋求庇護。"
    draft = _only(extractor, text)
    assert (draft["date_start"], draft["people_count"]) == ("2020-10-27", 4)


@pytest.mark.parametrize(("text", "people"), [
    ("OUAGADOUGOU, 30 septembre 2015 (Agence) - Le général Gilbert Diendéré s'est réfugié "
     "mardi à la nonciature à Ouagadougou.", 1),
    ("ABIDJAN, 28 novembre 2002 (Agence) - Alassane Ouattara et son épouse ont trouvé "
     "refuge mercredi à l'ambassade du Canada à Abidjan.", 2),
    # The one named after "of" is not who went in; the group is not counted.
    ("SEOUL, May 9, 2002 (Wire) - Relatives of Jang Gil-su walked into the Canadian "
     "embassy in Beijing on Wednesday.", None),
    # A newspaper is no person.
    ("TIRANA, July 3, 1990 (Wire) - The Bild newspaper said Albanians had fled into the "
     "Greek embassy in Tirana.", None),
])
def test_a_person_named_as_the_one_who_went_in_is_one(extractor: Extractor, text: str,
                                                      people: int | None) -> None:
    assert _only(extractor, text).get("people_count") == people


def test_a_city_told_with_another_mission_is_not_this_ones(extractor: Extractor) -> None:
    text = ("Fate of four in French embassy\n\nHANOI, Dec. 23, 2004 (Wire) - Vietnam said "
            "it was weighing the fate of four people. Four people slipped into the French "
            "embassy last Friday. The French embassy bid came on the same day that seven North "
            "Koreans climbed into the Japanese school in Beijing.")
    drafts = {d.get("sending_state"): d.to_json() for d in extractor.extract(text).drafts}
    assert (drafts["FR"]["city"], drafts["JP"]["city"]) == ("Hanoi", "Beijing")
