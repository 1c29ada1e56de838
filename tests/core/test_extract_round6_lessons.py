"""Rules learnt from the sixth unseen round (issue 18), each on a short report of our own.

Twelve reports, half of them anniversary pieces, features, an obituary and an editorial,
scored 0.65 / 0.65 on incidents and 0.29 on dates (docs/PERFORMANCE.md, "Unseen round 6").
These tests pin each rule their misses taught, on wording and places of our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.extract import Extractor
from tests.core.lesson_helpers import bundled_extractor, date_values, drafts, only


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return bundled_extractor()


def test_a_month_without_a_year_takes_a_seasons_year_told_just_before() -> None:
    text = "in the autumn of 1980 the arrests began. on october 9 he fled."
    assert "1980-10-09" in date_values(text, dt.date(2010, 4, 2))
    # A year alone ("in 1980") is not enough: the month may be of the dateline's year.
    assert "1980-10-09" not in date_values("in 1980 the arrests began. on october 9 he fled.",
                                       dt.date(2010, 12, 2))


def test_a_date_in_a_when_clause_or_behind_but_dates_another_event(
        extractor: Extractor) -> None:
    when = ("SOFIA, Oct. 20, 1980 (Wire) - When the strike was broken on Oct. 10, the two "
            "teachers walked into the French embassy in Sofia on Oct. 12.")
    assert only(extractor, when)["date_start"] == "1980-10-12"
    shortly = ("SOFIA, Oct. 20, 1980 (Wire) - The poet walked into the French embassy in Sofia "
               "on Sunday, shortly after the city court in Sofia freed him on Friday.")
    assert only(extractor, shortly)["date_start"] == "1980-10-19"
    but = ("SOFIA, Oct. 20, 1980 (Wire) - The poet was freed on Friday, but on Sunday he "
           "walked into the French embassy in Sofia.")
    assert only(extractor, but)["date_start"] == "1980-10-19"


def test_a_stay_told_with_no_mission_named_is_no_bid(extractor: Extractor) -> None:
    text = ("SOFIA, Oct. 20, 1980 (Wire) - A poet walked into the French embassy in Sofia on "
            "Sunday.\n\nOn Monday police raided a church where 40 students had been "
            "sheltering.")
    draft = only(extractor, text)
    assert (draft["date_start"], draft["people_count"]) == ("1980-10-19", 1)


def test_an_ongoing_stay_is_the_bid_told_with_its_date_and_todays_news(
        extractor: Extractor) -> None:
    text = ("Published May 2, 2026\n\nFor two years a former minister has lived in a foreign "
            "embassy. She walked into the embassy of Peru in Quito on March 3, 2024, and "
            "Lima granted her asylum.")
    draft = only(extractor, text)
    assert (draft["role"], draft["date_start"], draft["sending_state"]) == (
        "main", "2024-03-03", "PE")


def test_a_witness_quoted_telling_the_bid_makes_no_new_incident(
        extractor: Extractor) -> None:
    text = ("Publicado el 2 de mayo de 2020\n\nAhí, el 5 de abril de 1982, murieron 20 "
            "personas. Aquella mañana un grupo de obreros entró en la embajada de Suecia en "
            "Ciudad de Guatemala. «Buscaron refugio en la embajada», diría en 1995 un testigo.")
    draft = only(extractor, text)
    assert (draft["date_start"], draft["city"]) == ("1982-04-05", "Guatemala City")


def test_a_story_may_go_back_weeks_within_its_year() -> None:
    text = "el 20 de marzo de 1982 cayo el gobierno. el 2 de marzo habian tomado la radio."
    assert "1982-03-02" in date_values(text, dt.date(2012, 5, 2))


def test_a_group_is_of_people_whatever_the_noun(extractor: Extractor) -> None:
    text = ("Publicado el 2 de mayo de 2020\n\nEl 5 de abril de 1982 un grupo de mineros de "
            "Potosí entró en la embajada de Suecia en La Paz.")
    draft = extractor.extract(text).drafts[0]
    assert draft.values.get("people_note") == "un grupo de"


def test_a_committee_is_no_person(extractor: Extractor) -> None:
    text = ("Publicado el 2 de mayo de 2020\n\nEl 5 de abril de 1982 el Comité de Defensa "
            "Minera entró en la embajada de Suecia en La Paz.")
    assert only(extractor, text).get("people_count") is None


def test_a_page_stamp_and_a_span_back_from_the_date_told() -> None:
    assert date_values("veroffentlicht am 03.10.2015", None) == ["2015-10-03"]
    text = "am 9. november 1989 fiel die mauer. zwei wochen zuvor"
    assert "1989-10-26" in date_values(text, dt.date(2014, 11, 9))
    assert "1989-10" in date_values("am 9. november 1989 fiel die mauer. einen monat fruher",
                                dt.date(2014, 11, 9))


def test_the_date_a_report_was_filed_is_not_the_date_of_the_bid(
        extractor: Extractor) -> None:
    text = ("Veröffentlicht am 03.10.2015\n\nAm 1. Oktober 1989 war es so weit. Die Zeitung "
            "meldete am 2. Oktober 1989, etwa 40 Menschen hätten sich in die Botschaft der "
            "Bundesrepublik in Warschau geflüchtet.")
    assert only(extractor, text)["date_start"] == "1989-10-01"
    shifted = ("Veröffentlicht am 03.10.2015\n\nAm 9. November 1989 fiel die Mauer. Angefangen "
               "hatte es einen Monat früher. Die Zeitung meldete am 2. Oktober 1989, etwa 40 "
               "Menschen hätten sich in die Botschaft der Bundesrepublik in Warschau "
               "geflüchtet.")
    assert only(extractor, shifted)["date_start"] == "1989-10"


def test_latin_american_embassies_name_no_state_and_ambassadors_are_people(
        extractor: Extractor) -> None:
    latin = ("SOFIA, Oct. 20, 1980 (Wire) - Latin American embassies filled up as people "
             "climbed over their walls.")
    assert drafts(extractor, latin) == []
    ambassadors = ("SOFIA, Oct. 20, 1980 (Wire) - The ambassadors of Chile and Spain took in "
                   "dissidents.")
    assert drafts(extractor, ambassadors) == []


def test_a_hard_wrapped_paragraph_is_read_across_its_line_breaks(
        extractor: Extractor) -> None:
    text = ("QUITO, 8 de septiembre de 2024 (Agencias) - El exministro se había refugiado el "
            "jueves en la residencia del\nembajador de Chile en Quito.")
    draft = only(extractor, text)
    assert (draft["mission_type"], draft["sending_state"]) == ("ambassadors_residence", "CL")


def test_spanish_prepositions_stand_between_no_state_and_its_mission(
        extractor: Extractor) -> None:
    text = ("QUITO, 8 de septiembre de 2024 (Agencias) - Pasó sus últimos días en Venezuela en "
            "la residencia del embajador de Chile en Caracas, adonde se trasladó el jueves.")
    draft = only(extractor, text)
    assert (draft["sending_state"], draft["city"], draft["date_start"]) == (
        "CL", "Caracas", "2024-09-05")


def test_a_date_naming_another_event_dates_no_bid(extractor: Extractor) -> None:
    text = ("QUITO, 8 de septiembre de 2024 (Agencias) - La policía rodea la embajada de Chile "
            "en Quito, donde cuatro asesores de la candidata siguen asilados. El consejo anuló "
            "las elecciones del 28 de julio.")
    draft = only(extractor, text)
    assert (draft.get("date_start"), draft["people_count"]) == (None, 4)


def test_han_numeral_months_and_asylum_in_a_country(extractor: Extractor) -> None:
    assert date_values("昨年五月に", dt.date(2003, 2, 19)) == ["2002-05"]
    assert date_values("五月十八日", dt.date(2003, 6, 19)) == ["2003-05-18"]
    text = ("2003年2月19日(水)\n\n【北京18日】北朝鮮出身の男女四人が北京の日本人学校に入った。"
            "日本大使館の館員が四人を大使館領事部に移した。四人は日本への政治亡命を望んでいるという。")
    assert [d["mission_type"] for d in drafts(extractor, text)] == ["school"]


def test_rushing_into_a_compound_in_french_is_a_bid(extractor: Extractor) -> None:
    text = ("Publié le 11 mai 2025\n\nLe 17 avril 1975, au moins 300 personnes s'étaient "
            "engouffrées dans l'ambassade d'Italie à Phnom Penh.")
    draft = only(extractor, text)
    assert (draft["sending_state"], draft["date_start"]) == ("IT", "1975-04-17")
