"""Rules learnt from the tuning set before unseen round 11 and from the misses of rounds 11 to
18 (issue 18), each on a short report of our own; the sections say which round taught them.

The first: when the sentences of a bid tell several days, the earliest was taken; but the day
a case we hold began, told to the day, is the bid's day: the other days are of the journey
there.
"""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.extract import Extractor
from asylum_browser.core.extract.counts import find_counts
from asylum_browser.core.extract.cues import is_event, near_speech_or_movement
from asylum_browser.core.extract.linking import link_undated
from asylum_browser.core.extract.missions import find_missions
from asylum_browser.core.extract.spans import fold
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
    # unlinked, with no day, people or end of its own, the retelling makes no draft at all
    assert [d["existing_id"] for d in drafts(extractor, early)] == [None]


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


CARACAS_2019 = (
    "CARACAS, 15 may 2019 (EFE).- La diputada opositora Mariela Magallanes se refugió el "
    "miércoles 8 en la residencia del embajador de Italia. Al día siguiente se le unió en la "
    "misma residencia un compañero de bancada. Otros siete diputados se exponen a ser "
    "detenidos.\n")


def test_a_weekday_with_its_day_of_the_month_is_that_day_and_one_who_joined_adds_one(
        extractor: Extractor) -> None:
    draft = only(extractor, CARACAS_2019)
    assert (draft["sending_state"], draft["mission_type"]) == ("IT", "ambassadors_residence")
    assert draft["date_start"] == "2019-05-08"
    assert draft["existing_id"] == "2019-05-07-caracas-italy-ambassador-residence"
    assert draft["people_count"] == 2  # not the seven others, and not one


def test_a_weekday_before_a_number_of_people_is_still_the_weekday() -> None:
    assert date_values("on monday, 2 people entered", dt.date(2019, 5, 15)) == ["2019-05-13"]
    assert "2019-05-08" in date_values(fold("le mercredi 8 à 10 h"), dt.date(2019, 5, 15))
    # the month told after the day is that day's month, not the dateline's
    told = date_values(fold("el miércoles 8 de mayo"), dt.date(2019, 6, 20))
    assert "2019-05-08" in told and "2019-06-08" not in told


def test_spanish_words_for_going_to_and_sheltering_in_a_mission_tell_bids(
        extractor: Extractor) -> None:
    text = ("CARACAS, 15 may 2019 (EFE).- El diputado Richard Blanco se había resguardado en "
            "la residencia del embajador de Argentina en Caracas. Otro diputado permanece "
            "desde el martes en la Embajada de México en Caracas, adonde acudió tras el "
            "levantamiento militar del 30 de abril.\n")
    argentina, mexico = drafts(extractor, text)
    assert (argentina["sending_state"], argentina["people_count"]) == ("AR", 1)
    followed = drafts(extractor, text.replace(
        "en Caracas. Otro", "en Caracas. Otros siete diputados temen ser detenidos. Otro"))
    assert followed[0]["people_count"] == 1
    assert mexico["sending_state"] == "MX"
    assert mexico["date_start"] != "2019-04-30"  # the uprising's day, not the bid's


def test_a_year_ago_keeps_year_precision() -> None:
    assert date_values("the occupation a year ago of the car park", dt.date(1995, 11, 20)) == [
        "1994"]
    assert date_values(fold("hace un año"), dt.date(1995, 11, 20)) == ["1994"]


JAKARTA_1995 = (
    "JAKARTA, Nov 20, 1995 (Reuters) - Four young East Timorese got into the French embassy "
    "on Monday and asked for political asylum. The embassy had only just been emptied. Five "
    "East Timorese broke into it on Thursday and asked to be sent to Portugal or another "
    "country. As the four entered the compound, about 100 pro-Jakarta youths rallied at "
    "parliament. Eight "
    "others ran into the Dutch embassy on November 7, days before the anniversary of the "
    "1991 Dili massacre.\n")


def test_another_group_at_the_same_mission_days_before_is_a_bid_of_its_own(
        extractor: Extractor) -> None:
    monday, thursday, dutch = drafts(extractor, JAKARTA_1995)
    assert (monday["date_start"], monday["people_count"]) == ("1995-11-20", 4)
    assert monday["existing_id"] == "1995-11-20-jakarta-france-embassy"
    assert (thursday["date_start"], thursday["people_count"]) == ("1995-11-16", 5)
    assert thursday["existing_id"] == "1995-11-16-jakarta-france-embassy"
    assert (dutch["city"], dutch["host_country"]) == ("Jakarta", "ID")  # not Dili
    # "eight others" of the same wave: the nationality the report's other bids name
    assert dutch["seekers_nationality"] == "TL"
    evidence = dutch["evidence"]
    assert isinstance(evidence, dict)
    assert evidence["seekers_nationality"]["text"] == "East Timorese"


def test_a_retelling_does_not_take_the_nationality_of_today_s_bids(
        extractor: Extractor) -> None:
    text = JAKARTA_1995.replace("on November 7, days before", "in 1990, years before")
    assert [d["seekers_nationality"] for d in drafts(extractor, text)][-1] is None


def test_the_same_group_told_again_with_its_earlier_day_is_no_new_bid(
        extractor: Extractor) -> None:
    text = ("SHANGHAI, Sept. 30, 2004 (AP) - Nine North Koreans who climbed into the Shanghai "
            "American School were handed over to Chinese police on Wednesday. The group, one "
            "man and eight women, climbed the fence on Monday.\n")
    draft = only(extractor, text)
    assert draft["people_count"] == 9


HAVANA_1990 = (
    "LA HABANA, 21 jul 1990 (EFE).- Otros cinco cubanos lograron entrar el viernes en la "
    "Embajada de España en La Habana, con lo que ya son nueve los refugiados en la legación, "
    "en plena disputa entre Madrid y el Gobierno de Fidel Castro. El primero en llegar fue "
    "un hombre que se introdujo en "
    "la sede en la noche del miércoles 11, saltando una tapia. El miércoles, tras las "
    "primeras entradas en la legación española, el Gobierno cubano protestó. Otros cubanos "
    "buscaron refugio en la sede de Checoslovaquia: allí entraron catorce personas entre el "
    "lunes 9 y el miércoles 11.\n")


def test_a_spanish_wire_of_two_embassies_keeps_the_legation_and_the_seat_apart(
        extractor: Extractor) -> None:
    spain, czechoslovakia = drafts(extractor, HAVANA_1990)
    # "la legación española" is the embassy told before, not a mission in Madrid
    assert (spain["sending_state"], spain["mission_type"], spain["city"]) == (
        "ES", "embassy", "Havana")
    assert spain["date_start"] == "1990-07-11"  # the first, who slipped in on the 11th
    assert (czechoslovakia["sending_state"], czechoslovakia["mission_type"]) == (
        "CSHH", "embassy")
    assert (czechoslovakia["date_start"], czechoslovakia["people_count"]) == ("1990-07-09", 14)


def test_the_seat_of_a_consulate_is_the_consulate_and_a_seat_alone_no_mission(
        extractor: Extractor) -> None:
    text = fold("La vieja embajada es hoy la sede del Consulado General del Paraguay. La "
                "sede no le pareció segura.")
    found = find_missions(text, extractor.gazetteer.find_countries(text, text),
                          extractor.gazetteer.mission_types)
    assert [(m.sending_state, m.mission_type) for m in found] == [
        (None, "embassy"), ("PY", "consulate_general")]


def test_an_ambassador_who_came_at_once_is_no_bid_but_one_who_went_there_is() -> None:
    for words, bid in (("el embajador acudio enseguida", False),
                       ("en la embajada, adonde acudio el martes", True),
                       ("acudieron a la embajada de mexico", True)):
        assert is_event(words, 0, len(words)) is bid, words


MARSEILLE_1990 = (
    "MARSEILLE, 15 juil 1990 (AFP) - Un navire a débarqué dimanche à Marseille 543 Albanais "
    "qui s'étaient réfugiés depuis le début du mois dans l'ambassade de France à Tirana. "
    "L'essentiel des réfugiés se trouvait à l'ambassade de République fédérale d'Allemagne, "
    "où les premiers ont pénétré le 2 juillet. Le 3 juillet, un camion avait enfoncé le mur "
    "d'enceinte de la mission ouest-allemande. Le 12 décembre 1985, quatre soeurs et deux "
    "frères étaient entrés à l'ambassade d'Italie à Tirana en se faisant passer pour des "
    "touristes.\n")


def test_a_french_wire_of_three_embassies_in_tirana(extractor: Extractor) -> None:
    france, west_germany, italy = drafts(extractor, MARSEILLE_1990)
    # "débarqué dimanche" is the landing: the stay began "depuis le début du mois"
    assert (france["sending_state"], france["date_start"]) == ("FR", "1990-07")
    assert (west_germany["sending_state"], west_germany["date_start"]) == ("XW", "1990-07-02")
    assert west_germany["city"] == "Tirana"
    assert (italy["role"], italy["date_start"], italy["people_count"]) == (
        "background", "1985-12-12", 6)
    entries = [d["evidence"] for d in (west_germany, italy)]
    assert all(isinstance(e, dict) for e in entries)
    assert "enfoncé le mur" in entries[0]["entry_method"]["text"]  # type: ignore[index]
    assert "se faisant passer" in entries[1]["entry_method"]["text"]  # type: ignore[index]


# Lessons from the round-12 reports.

def test_a_yearless_dateline_takes_the_year_more_of_its_missions_fit(
        extractor: Extractor) -> None:
    text = ("BEIJING, April 27 (AP) - Two North Korean men got over the wall of the U.S. "
            "Embassy in Beijing on Friday. The bid came a day after a lone North Korean "
            "climbed over a wall into the German Embassy in Beijing on Thursday.\n")
    extraction = extractor.extract(text)
    # Chen Guangcheng's bid of 26 April 2012 at the same U.S. embassy fits the day too
    assert extraction.dateline == "2002-04-27"
    us, germany = (d.to_json() for d in extraction.drafts)
    assert (us["date_start"], us["existing_id"]) == ("2002-04-26", "2002-04-26-beijing-us-embassy")
    assert (germany["existing_id"], germany["people_count"]) == (
        "2002-04-25-beijing-germany-embassy", 1)  # "a lone North Korean"


PRAGUE_1990 = (
    "Havel's plane brings the first Albanian embassy refugees to Prague; thousands wait\n\n"
    "PRAGUE, Czechoslovakia, Tuesday, July 10, 1990 (AP) - Fifty-one Albanians who had taken "
    "shelter in the Czechoslovak Embassy in Tirana landed in Prague early Tuesday. The 51 "
    "had got into the Czechoslovak mission in the first week of July.\n\nThe largest crowd "
    "is at the West German Embassy, where about 3,000 people have gathered since the rush "
    "began on July 2. Some of the first arrivals smashed through its gate in two trucks.\n")


def test_a_report_filed_from_abroad_places_a_mission_without_a_city_where_the_story_is(
        extractor: Extractor) -> None:
    czechoslovakia, west_germany = drafts(extractor, PRAGUE_1990)
    # the dateline's weekday and the landing day are not the bid's day
    assert czechoslovakia["date_start"] == "1990-07"
    assert (west_germany["city"], west_germany["host_country"]) == ("Tirana", "AL")


def test_a_mission_without_a_city_in_a_report_filed_where_the_story_is_takes_that_city(
        extractor: Extractor) -> None:
    text = ("BEIJING, May 9, 2002 (AP) - Five North Koreans ran into the Japanese consulate "
            "in Shenyang on Wednesday. On Thursday two more got into the Canadian embassy.\n")
    assert [d["city"] for d in drafts(extractor, text)] == ["Shenyang", "Beijing"]


def test_a_surname_told_before_with_its_first_name_is_one_seeker_over_a_later_hedge(
        extractor: Extractor) -> None:
    text = ("JAKARTA, Sept. 16, 1999 (AP) - A week after walking out of house arrest, East "
            "Timor's resistance leader Xanana Gusmao still lives in the British embassy. "
            "Gusmao went to the embassy on Tuesday, Sept. 7. He was driven there under police "
            "escort, accompanied by his lawyers and several officials.\n")
    draft = only(extractor, text)
    assert (draft["date_start"], draft["people_count"]) == ("1999-09-07", 1)
    assert draft["existing_id"] == "1999-09-07-jakarta-uk-embassy"


def test_a_second_dateline_after_a_page_byline_is_no_bid_s_day(extractor: Extractor) -> None:
    text = ("Ex-minister resurfaces in Caracas\n\nAndes Wire staff · March 14, 2023\n\n"
            "QUITO, Ecuador, March 14, 2023 - A former Ecuadorian minister who spent two and a "
            "half years sheltering in the residence of Argentina's embassy in Quito has left. "
            "She had been living there with her son since Aug. 20, 2020.\n")
    draft = only(extractor, text)
    assert (draft["role"], draft["date_start"]) == ("background", "2020-08-20")
    assert draft["existing_id"] == "2020-08-20-quito-argentina-residence"


def test_a_month_of_this_year_in_chinese_korean_and_japanese_is_that_month() -> None:
    day = dt.date(2006, 10, 25)
    for words in ("今年5月，四名朝鲜人", "올해 5월 네 명이", "今年の5月に"):
        assert date_values(words, day) == ["2006-05"], words


def test_the_charge_d_affaires_flat_is_a_mission_of_its_own_beside_the_embassy(
        extractor: Extractor) -> None:
    text = ("LA HAVANE, 20 juillet 1990 (AFP) - Les cinq Cubains qui s'étaient introduits de "
            "force le 12 juillet dans l'appartement du chargé d'affaires de Tchécoslovaquie à "
            "La Havane en sont sortis jeudi.\n\nCette affaire s'ajoute à celle de l'ambassade "
            "de Tchécoslovaquie, où quatorze Cubains avaient trouvé refuge : cinq entrés lundi "
            "9 juillet par la porte principale.\n")
    flat, embassy = drafts(extractor, text)
    assert (flat["mission_type"], flat["date_start"], flat["people_count"]) == (
        "ambassadors_residence", "1990-07-12", 5)
    assert flat["existing_id"] == "1990-07-12-havana-czechoslovakia-charge-residence"
    assert (embassy["mission_type"], embassy["date_start"], embassy["people_count"]) == (
        "embassy", "1990-07-09", 14)


def test_a_japanese_wire_of_a_school_in_an_embassy_s_grounds(extractor: Extractor) -> None:
    text = ("脱北者20人超、北京のドイツ大使館敷地内の学校に駆け込み\n\n2002年9月4日（水）\n\n"
            "【北京4日共同】北京のドイツ大使館の敷地内にある学校に昨日、"
            "北朝鮮から逃れてきた20人以上が塀を乗り越えて入り、保護を求めた。\n")
    draft = only(extractor, text)
    assert (draft["sending_state"], draft["mission_type"]) == ("DE", "school")
    # "昨日" is the day before the paper's; the 4th in the bracket is the paper's own
    assert (draft["date_start"], draft["existing_id"]) == (
        "2002-09-03", "2002-09-03-beijing-german-school")
    assert (draft["people_count"], draft["people_note"]) == (None, "20人超")


def test_a_bracketed_day_before_the_paper_s_date_is_the_bid_s_day(
        extractor: Extractor) -> None:
    text = ("2003年2月19日(水)\n\n【北京18日】十八日午後、北京市の日本人学校に、北朝鮮出身の4人が"
            "駆け込んだ。\n")
    assert only(extractor, text)["date_start"] == "2003-02-18"


def test_a_lower_bound_told_after_the_number_in_korean_is_a_hedge() -> None:
    words = "탈북자 20명 이상이 진입했다"
    assert [(c.kind, c.value) for c in find_counts(words, 0, len(words), [])] == [
        ("hedge", None)]


# Lessons from the round-13 reports.

def test_totals_reached_ranges_and_room_in_cjk_are_no_group() -> None:
    for words in ("今年韓国に入国した脱北者は576人となった。", "最近已达120至130人，其中多数",
                  "可容纳约50人的临时收容设施"):
        assert [c.value for c in find_counts(words, 0, len(words), [])
                if c.kind == "exact"] == [], words


def test_a_dateline_s_day_and_dash_are_no_range_before_the_count() -> None:
    words = "JOHANNESBURG, March 22 - Four black activists who had taken shelter"
    assert [(c.kind, c.value) for c in find_counts(fold(words), 0, len(words), [])] == [
        ("exact", 4)]


def test_those_who_joined_with_their_families_leave_the_count_unknown(
        extractor: Extractor) -> None:
    text = ("BUJUMBURA, 8 novembre 1993 (AFP) - Le premier ministre, Sylvie Kinigi, s'est "
            "réfugiée à l'ambassade de France dès le coup d'Etat du jeudi 21 octobre. Douze de "
            "ses ministres l'ont rejointe avec leurs familles.\n")
    draft = only(extractor, text)
    assert (draft["people_count"], draft["people_note"]) == (None, "Douze")


def test_a_person_named_before_their_state_s_own_embassy_is_one_seeker(
        extractor: Extractor) -> None:
    text = ("Brasil concede asilo al senador opositor Roger Pinto, refugiado en su embajada en "
            "La Paz\n\nLA PAZ, 9 de junio de 2012 (EFE) - El Gobierno de Brasil anunció ayer "
            "que otorga asilo político al senador.\n")
    assert only(extractor, text)["people_count"] == 1


def test_a_name_with_an_age_told_after_de_is_one_seeker(extractor: Extractor) -> None:
    text = ("CARACAS, 25 may 2002 (EFE) - El expresidente de facto burló el arresto "
            "domiciliario. Carmona, de 61 años, se refugió el jueves en la residencia del "
            "embajador de Colombia.\n")
    assert only(extractor, text)["people_count"] == 1


def test_a_cjk_name_with_an_age_in_brackets_is_one_person(extractor: Extractor) -> None:
    for words in ("ツィマノウスカヤ選手(24)は大使館に駆け込んだ", "김모(34)씨가 대사관에 진입했다"):
        assert [(c.kind, c.value) for c in find_counts(words, 0, len(words), [])] == [
            ("one", 1)], words
    text = ("【東京共同】2021年8月2日、ベラルーシのツィマノウスカヤ選手(24)が駐日ポーランド大使館に"
            "入った。\n")
    assert only(extractor, text)["people_count"] == 1


# Lessons from the round-14 reports.

KIGALI_2024 = (
    "Kwibuka 30 : le 9 avril 1994, la France évacue ses ressortissants\n\n"
    "Par la rédaction · Publié le mardi 9 avril 2024\n\n"
    "KIGALI, 9 avril 2024 – Il y a trente ans jour pour jour, le 9 avril 1994, des "
    "parachutistes français lançaient l'opération « Amaryllis », chargée jusqu'au 12 avril "
    "d'évacuer les étrangers.\n\nCe jour-là, la veuve du président fut embarquée pour "
    "Bangui. Ils s'étaient réfugiés à l'ambassade de France à Kigali, qui avait ouvert ses "
    "portes dès les premiers jours d'avril à la famille du défunt président.\n")


def test_a_headline_s_date_of_the_past_is_not_the_dateline(extractor: Extractor) -> None:
    extraction = extractor.extract(KIGALI_2024)
    assert extraction.dateline == "2024-04-09"
    (draft,) = (d.to_json() for d in extraction.drafts)
    # "dès les premiers jours d'avril": the month, not "jusqu'au 12 avril"
    assert (draft["role"], draft["date_start"]) == ("background", "1994-04")
    assert draft["existing_id"] == "1994-04-07-kigali-france-embassy"


def test_a_mission_named_beside_the_news_with_nothing_of_a_bid_makes_no_draft(
        extractor: Extractor) -> None:
    text = ("(서울=연합뉴스) 2005년 6월 9일\n\n탈북자 7명이 지난 8일 오후 베트남 하노이 주재 태국 "
            "대사관에 들어가 한국으로 보내달라고 요청했다. 공교롭게도 이들이 들어간 "
            "태국 대사관 바로 "
            "옆에는 북한 대사관이 자리 잡고 있다.\n")
    assert [(d["sending_state"], d["people_count"]) for d in drafts(extractor, text)] == [
        ("TH", 7)]


def test_a_chinese_paper_s_wire_credit_is_no_telling_that_dates_the_bid(
        extractor: Extractor) -> None:
    text = ("发布时间:2002年8月14日\n\n本报综合外电报道 两名朝鲜人周二成功翻越"
            "阿尔巴尼亚驻北京大使馆的围墙,进入馆内寻求避难。\n")
    draft = only(extractor, text)
    assert (draft["sending_state"], draft["date_start"], draft["people_count"]) == (
        "AL", "2002-08-13", 2)


# Lessons from the round-15 reports.

def test_a_defector_who_went_there_in_person_is_a_bid_dated_by_its_month(
        extractor: Extractor) -> None:
    text = ("NEW YORK, May 10, 2007 - Early in May 1957, Reino Hayhanen, a KGB officer, "
            "telephoned the United States Embassy in Paris and then went there in person. He "
            "was sent back across the Atlantic, landing in New York on May 10, 1957.\n")
    draft = only(extractor, text)
    assert (draft["role"], draft["date_start"], draft["city"]) == (
        "background", "1957-05", "Paris")
    assert draft["existing_id"] == "1957-05-04-paris-us-embassy"


def test_half_a_century_ago_today_and_arriving_at_an_embassy(extractor: Extractor) -> None:
    text = ("HELSINKI, Dec. 15, 2011 - Half a century ago today, in a blinding snowstorm, a "
            "Soviet diplomat arrived at the American Embassy in Helsinki and asked for the CIA "
            "station chief.\n")
    draft = only(extractor, text)
    assert (draft["date_start"], draft["existing_id"]) == (
        "1961-12-15", "1961-12-15-helsinki-us-embassy")


def test_german_and_japanese_words_for_going_to_an_embassy_tell_bids(
        extractor: Extractor) -> None:
    german = ("BUKAREST, 16. Februar 2021 (dpa) - Im Juli 1978 ging der General in Bonn zur "
              "amerikanischen Botschaft und erklärte, er wolle überlaufen.\n")
    assert only(extractor, german)["sending_state"] == "US"
    japanese = ("2025年5月10日\n\n【ロンドン共同】1992年、ミトロヒン氏はまずリガの米国大使館を"
                "訪ねた。同年3月、"
                "今度はリガの英国大使館に予告なしに現れた。\n")
    assert [d["sending_state"] for d in drafts(extractor, japanese)] == ["US", "GB"]
    spanish = ("CARACAS, 10 mar 2007 (EFE).- El dirigente estudiantil llegó a la sede de la "
               "Nunciatura Apostólica en Caracas y pidió protección. Al día siguiente, un amigo "
               "suyo se presentó ante las cámaras.\n")
    assert only(extractor, spanish)["sending_state"] == "VA"


def test_a_counsellor_s_residence_takes_the_adjective_after_it(extractor: Extractor) -> None:
    text = ("QUITO, 24 ago 2003 (EFE).- El expresidente Gustavo Noboa se refugió el 28 de julio "
            "en la residencia del ministro consejero dominicano en Quito.\n")
    draft = only(extractor, text)
    assert (draft["sending_state"], draft["mission_type"]) == ("DO", "ambassadors_residence")
    assert draft["existing_id"] == "2003-07-28-quito-dominican-republic-residence"


def test_one_named_who_came_with_his_family_leaves_the_count_unknown(
        extractor: Extractor) -> None:
    text = ("TUNIS, June 21, 1986 (AP) - Last month Viktor Gundarev walked into the U.S. "
            "Embassy in Tunis with his family and asked for asylum, officials said.\n")
    draft = only(extractor, text)
    assert (draft["people_count"], draft["people_note"]) == (None, "with his family")


def test_a_state_s_diplomat_or_soldiers_who_go_to_a_mission_are_its_seekers(
        extractor: Extractor) -> None:
    text = ("HELSINKI, Dec. 15, 2011 - Half a century ago today a stocky Soviet diplomat "
            "arrived at the American Embassy in Helsinki and asked for the CIA station chief.\n")
    assert only(extractor, text)["seekers_nationality"] == "SUHH"
    guarded = ("BEIJING, May 9, 2002 (AP) - Five North Koreans ran into the Japanese consulate "
               "in Shenyang on Wednesday; Chinese soldiers stood by.\n")
    assert only(extractor, guarded)["seekers_nationality"] == "KP"


def test_one_who_asks_for_himself_and_the_family_he_names_counts_them_all(
        extractor: Extractor) -> None:
    text = ("HELSINKI, Dec. 16, 1961 (AP) - Anatoliy Golitsyn arrived at the American Embassy "
            "in Helsinki on Friday and asked for safe passage for himself, his wife and his "
            "daughter.\n")
    assert only(extractor, text)["people_count"] == 3
    sons = text.replace("for himself, his wife and his daughter", "as he, his wife and two "
                        "sons waited")
    assert only(extractor, sons)["people_count"] == 4


# Lessons from the round-16 reports.

def test_a_japanese_embassy_named_by_its_host_in_a_tokyo_report_is_in_that_host_s_city(
        extractor: Extractor) -> None:
    text = ("2008年4月1日\n\n【東京】ラオスの日本大使館に北朝鮮から脱出した1人が駆け込み、日本への"
            "入国を希望していることが31日、分かった。\n")
    extraction = extractor.extract(text)
    draft = only(extractor, text)
    assert (draft["city"], draft["host_country"]) == ("Vientiane", "LA")
    assert extraction.drafts[0].evidence["city"].text == "ラオス"


def test_hours_as_a_refugee_in_an_embassy_tell_the_bid_a_yearless_dateline_dates(
        extractor: Extractor) -> None:
    text = ("CARACAS, Jan. 27 (UP) - Former Argentine president Juan Domingo Peron flew out of "
            "Venezuela this evening, ending 97 hours as a refugee in the Dominican Republic's "
            "embassy.\n")
    extraction = extractor.extract(text)
    assert extraction.dateline == "1958-01-27"
    assert extraction.dateline_from == "1958-01-23-caracas-dominican-republic-embassy"


def test_a_city_naming_a_radio_station_is_not_the_mission_s(extractor: Extractor) -> None:
    text = ("PANAMA CITY, Jan. 9, 1990 (AP) - A number of Panamanians have taken refuge in the "
            "residence of Peru's charge d'affaires since the invasion, a Peruvian diplomat told "
            "a Lima radio station.\n")
    draft = only(extractor, text)
    assert (draft["sending_state"], draft["city"], draft["host_country"]) == (
        "PE", "Panama City", "PA")


# Lessons from the round-17 reports.

def test_a_birth_date_in_the_sentence_of_the_bid_is_no_bid_s_day() -> None:
    words = fold("Nacido en Buenos Aires el 26 de marzo de 1883, abrió la embajada a cientos")
    start = words.index("26")
    assert near_speech_or_movement(words, start, start + 19, 0, len(words))
    born = "born on March 26, 1883, he opened the embassy to hundreds"
    assert near_speech_or_movement(born, 8, 22, 0, len(born))


def test_a_school_of_a_state_s_nationals_is_that_state_s_school(extractor: Extractor) -> None:
    korean = "(서울=연합뉴스) 2004년 12월 18일 -- 탈북자 7명이 17일 베이징 일본인학교에 진입했다.\n"
    japanese = "2004年12月18日\n\n【北京共同】北朝鮮の7人が17日、北京の日本人学校に駆け込んだ。\n"
    for text in (korean, japanese):
        draft = only(extractor, text)
        assert (draft["sending_state"], draft["mission_type"]) == ("JP", "school"), text


# Lessons from the round-18 reports.

def test_at_the_end_of_a_month_dates_a_retold_stay(extractor: Extractor) -> None:
    text = ("MADRID, Sept. 8, 2024 (Reuters) - Edmundo Gonzalez landed in Spain on Sunday. "
            "Before that, the former diplomat had spent about a month at the residence of the "
            "Dutch ambassador in Caracas, where he went at the end of July.\n")
    netherlands = next(d for d in drafts(extractor, text) if d["sending_state"] == "NL")
    assert netherlands["date_start"] == "2024-07"
    assert netherlands["existing_id"] == "2024-07-29-caracas-netherlands-ambassador-residence"


def test_one_told_by_age_in_korean_is_one_person_but_an_age_floor_is_not() -> None:
    told = "출전했던 18세 북한 남학생이 한국총영사관에 들어갔다"
    assert [(c.kind, c.value) for c in find_counts(told, 0, len(told), [])] == [("one", 1)]
    floor = "18세 이상 성인 남성들이"
    assert [c.value for c in find_counts(floor, 0, len(floor), []) if c.value == 1] == []
