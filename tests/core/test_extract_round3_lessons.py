"""Rules learnt from the third unseen round (issue 18), each on a short report of our own.

Fifteen reports written by a session that never read the extractor scored 0.72 / 0.59 on
incidents and 0.20 / 0.15 on people (docs/PERFORMANCE.md, "Unseen round 3"). Most misses
came from reading cue verbs instead of the shape of the story: a mission told as where
people went, the count told in the sentence of the bid, the dateline on its own line.
These tests pin each rule down on wording of our own, not the reports' sentences.
"""

from __future__ import annotations

import pytest

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extraction, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_repository(Repository(open_database()))


def _drafts(extraction: Extraction) -> list[dict[str, object]]:
    return [draft.to_json() for draft in extraction.drafts]


def _one(extractor: Extractor, text: str) -> dict[str, object]:
    drafts = _drafts(extractor.extract(text))
    assert len(drafts) == 1, drafts
    return drafts[0]


def test_a_mission_told_as_where_people_went_is_a_bid_whatever_the_verb(
        extractor: Extractor) -> None:
    draft = _one(extractor, "LIMA, March 3, 1999 (Wire) - Nine farmers streamed into the "
                            "Bolivian embassy in Lima on Tuesday.")
    assert (draft["sending_state"], draft["people_count"], draft["date_start"]) == (
        "BO", 9, "1999-03-02")


def test_a_stay_is_a_bid_but_not_for_nationals_in_their_own_embassy(
        extractor: Extractor) -> None:
    stay = _one(extractor, "DURBAN, May 5, 1985 (Wire) - Four trade unionists spent the "
                           "night in the Dutch consulate in Durban on Saturday.")
    assert (stay["sending_state"], stay["people_count"]) == ("NL", 4)
    nationals = ("ABIDJAN, May 5, 2004 (Wire) - Shooting went on all night. Two hundred "
                 "French pupils spent the night inside the French embassy in Abidjan.")
    assert _drafts(extractor.extract(nationals)) == []


def test_an_attempt_or_an_armed_attack_is_no_bid(extractor: Extractor) -> None:
    attempt = ("TIRANA, July 3, 1990 (Wire) - Police said 40 youths tried to force their way "
               "into the Greek embassy in Tirana on Monday night.")
    attack = ("BOGOTA, March 1, 1981 (Wire) - Gunmen with grenades forced their way into the "
              "Mexican embassy in Bogota on Friday and took 20 diplomats hostage.")
    seizure = ("TEHRAN, Nov. 5, 1979 (Wire) - Hundreds of students poured over the wall of "
               "the U.S. embassy compound in Tehran on Sunday and seized the mission.")
    assert _drafts(extractor.extract(attempt)) == []
    assert _drafts(extractor.extract(attack)) == []
    assert _drafts(extractor.extract(seizure)) == []


def test_the_count_is_the_one_told_with_the_bid(extractor: Extractor) -> None:
    text = ("HAVANA, June 2, 1994 (Wire) - Eleven Cubans drove a truck through the gate of "
            "the Belgian embassy in Havana on Wednesday. Police said they arrested 300 people "
            "in the streets nearby. A rally of some 20,000 people was held in the city.")
    assert _one(extractor, text)["people_count"] == 11


def test_thousands_written_with_a_point_are_one_number(extractor: Extractor) -> None:
    text = ("LA HABANA, 9 de abril de 1980 (Agencia) - Unas 10.800 personas entraron en la "
            "embajada del Perú en La Habana el viernes.")
    assert _one(extractor, text)["people_count"] == 10800


@pytest.mark.parametrize(("text", "dateline"), [
    # A headline too long for the old reach, then the dateline with an abbreviated month.
    ("Fuerzas de seguridad rodean la sede diplomatica mientras el opositor sale rumbo al "
     "exilio en Europa\n\nCARACAS, 8 sep 2024 (Agencia) - Seis opositores siguen en la "
     "embajada de Argentina en Caracas.", "2024-09-08"),
    # A page's own stamp of the day, on a line of its own.
    ("탈북자 3명 대사관 진입\n입력 2003.01.14 15:20\n\n(베이징=연합) 탈북자 3명이 14일 "
     "독일대사관에 진입했다.", "2003-01-14"),
])
def test_the_dateline_is_read_line_by_line(extractor: Extractor, text: str,
                                           dateline: str) -> None:
    assert extractor.extract(text).dateline == dateline


def test_a_date_the_story_tells_after_the_dash_is_no_dateline(extractor: Extractor) -> None:
    text = ("PARIS, 11 septembre (Agence) - Le 3 mai 1981, des opposants se sont réfugiés à "
            "l'ambassade de Suède à Paris.")
    assert extractor.extract(text).dateline != "1981-05-03"


def test_an_anniversary_gives_a_yearless_dateline_its_year(extractor: Extractor) -> None:
    text = ("Four still inside\n\nMOSCOW, June 26 (Wire) - Four Baptists who ran into the "
            "Swedish embassy in Moscow three years ago this Saturday are still there. They "
            "dashed in through the gate on June 27, 1975.")
    extraction = extractor.extract(text)
    assert extraction.dateline == "1978-06-26"
    assert [(d.get("date_start"), d.get("people_count")) for d in extraction.drafts] == [
        ("1975-06-27", 4)]


def test_a_yearless_dateline_takes_the_year_a_known_case_ended(extractor: Extractor) -> None:
    text = ("ROME, May 17 (Wire) - Six Albanians who had lived inside the Italian embassy in "
            "Tirana for years landed in Italy late on Wednesday.")
    extraction = extractor.extract(text)
    assert extraction.dateline == "1990-05-17"
    assert extraction.dateline_from == "1985-12-12-tirana-italy-embassy"


def test_a_date_is_told_more_precisely_later_in_the_story(extractor: Extractor) -> None:
    text = ("ROME, June 2, 1990 (Wire) - Five Albanians who have lived inside the Italian "
            "embassy in Tirana since December 1985 flew to Rome on Friday. The five slipped "
            "into the embassy on Dec. 12, 1985, posing as tourists.")
    draft = _one(extractor, text)
    assert draft["date_start"] == "1985-12-12"


def test_a_month_with_a_word_before_it_keeps_its_month(extractor: Extractor) -> None:
    text = ("PRAG, 1. Oktober 1989 (Agentur) - Seit Mitte August sind 300 Menschen über den "
            "Zaun der Botschaft Schwedens in Prag geklettert.")
    draft = _one(extractor, text)
    assert (draft["date_start"], draft["host_country"]) == ("1989-08", "CSHH")


def test_an_undated_bid_is_in_the_host_state_of_the_reports_time(
        extractor: Extractor) -> None:
    text = ("PRAGUE, Oct. 1, 1989 (Wire) - Hundreds of East Germans are camped in the "
            "garden of the Swedish embassy in Prague.")
    assert _one(extractor, text)["host_country"] == "CSHH"


def test_a_headline_names_the_story_the_body_tells(extractor: Extractor) -> None:
    text = ("Two start third year inside Danish embassy\n\nMOSCOW, May 4, 1984 (Wire) - Two "
            "Pentecostals who ran into the Danish embassy in Moscow on May 2, 1982 are still "
            "there.")
    drafts = _drafts(extractor.extract(text))
    assert [(d["role"], d.get("date_start")) for d in drafts] == [("background", "1982-05-02")]


def test_one_more_on_a_later_day_adds_to_the_first(extractor: Extractor) -> None:
    text = ("【瀋陽10日】8日には近くの米国総領事館に北朝鮮住民2人が塀を乗り越えて入り、"
            "翌9日にもう1人が続いた。")
    draft = _one(extractor, text)
    assert (draft["sending_state"], draft["people_count"]) == ("US", 3)


def test_an_official_by_the_office_once_held_is_one_person(extractor: Extractor) -> None:
    text = ("KINSHASA, 23 mars 2007 (Agence) - L'ancien ministre s'est réfugié jeudi à "
            "l'ambassade d'Afrique du Sud à Kinshasa.")
    draft = _one(extractor, text)
    assert (draft["sending_state"], draft["people_count"]) == ("ZA", 1)


def test_a_bid_told_undated_takes_the_date_the_story_gives_next(extractor: Extractor) -> None:
    text = ("MADRID, May 4, 1990 (Wire) - Three Cuban students who sought asylum in the Swiss "
            "embassy in Madrid are still inside. Staff found them in the garden on April 28, "
            "1990, with their bags.")
    draft = _one(extractor, text)
    assert (draft["date_start"], draft["people_count"]) == ("1990-04-28", 3)


def test_a_person_named_and_a_count_is_one_more(extractor: Extractor) -> None:
    text = ("BUDAPEST, Nov. 5, 1956 (Wire) - Former premier Kovacs and 12 associates fled to "
            "the Polish embassy in Budapest on Sunday.")
    assert _one(extractor, text)["people_count"] == 13


def test_one_who_joined_them_the_next_day_adds_to_the_count(extractor: Extractor) -> None:
    text = ("CARACAS, 2 de abril de 2024 (Agencia) - Cuatro opositores entraron en la "
            "embajada de Chile en Caracas el 20 de marzo. Al día siguiente se les sumó el "
            "exministro de Finanzas.")
    assert _one(extractor, text)["people_count"] == 5


def test_a_people_living_abroad_is_no_group(extractor: Extractor) -> None:
    text = ("MADRID, 9 de septiembre de 2024 (Agencia) - Un dirigente opositor se refugió el "
            "domingo en la embajada de Chile en Madrid, ciudad donde viven unos 40.000 "
            "venezolanos.")
    assert _one(extractor, text)["people_count"] == 1


def test_a_bid_told_from_the_missions_side(extractor: Extractor) -> None:
    text = ("PARIS, 12 octobre 1976 (Agence) - L'ambassade de Suède à Buenos Aires a "
            "hébergé 14 militants menacés depuis lundi.")
    draft = _one(extractor, text)
    assert (draft["sending_state"], draft["city"], draft["people_count"]) == (
        "SE", "Buenos Aires", 14)


def test_the_missions_own_nationals_are_not_its_seekers(extractor: Extractor) -> None:
    text = ("SANTIAGO, 20 septembre 1973 (Agence) - Chez les Suédois, l'ambassade de Suède à "
            "Santiago s'est remplie : 30 Chiliens s'y sont réfugiés jeudi.")
    draft = _one(extractor, text)
    assert (draft["seekers_nationality"], draft["people_count"]) == ("CL", 30)


def test_french_thousands_and_hundreds_in_words(extractor: Extractor) -> None:
    text = ("SANTIAGO, 1er octobre 1973 (Agence) - Près de huit cents Chiliens se sont "
            "réfugiés à l'ambassade d'Italie à Santiago ; 7 000 autres attendent dehors.")
    assert _one(extractor, text).get("people_count") != 8
    folded_total = ("PARIS, 1er mars 1974 (Agence) - La France a accueilli au total quelque "
                    "15 000 réfugiés chiliens, dont beaucoup s'étaient réfugiés à l'ambassade.")
    assert _drafts(extractor.extract(folded_total)) == []
