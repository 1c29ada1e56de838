"""Rules learnt from the second unseen round (issue 18), each on a short report of our own.

Twelve reports written by a session that never read the extractor scored 0.67 on incidents
and 0.33 on linking (docs/PERFORMANCE.md, "Unseen round 2"). Their misses were read and
turned into rules that should hold on any wire copy; these tests pin each rule down on
wording of our own, not the reports' sentences.
"""

from __future__ import annotations

import pytest

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extraction, Extractor
from asylum_browser.core.extract.counts import find_counts
from asylum_browser.core.extract.cues import find_entries
from asylum_browser.core.extract.spans import fold


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_repository(Repository(open_database()))


def _drafts(extraction: Extraction) -> list[dict[str, object]]:
    return [draft.to_json() for draft in extraction.drafts]


def _counts(text: str) -> list[tuple[int | None, str]]:
    folded = fold(text)
    return [(c.value, c.kind) for c in find_counts(folded, 0, len(folded), [])]


def test_a_dateline_may_run_past_the_top_after_a_long_headline(extractor: Extractor) -> None:
    headline = "Des Timorais disent avoir ete mis dehors par les vigiles d'une ambassade a Paris"
    text = f"{headline}\n\nDJAKARTA, 17 octobre 1996 (Reuter) - Rien de plus.\n"
    assert 80 < text.index("17 octobre") < 100 < text.index("1996") + 4
    assert extractor.extract(text).dateline == "1996-10-17"


def test_a_yearless_dateline_names_the_city_and_a_headline_city_does_not(
        extractor: Extractor) -> None:
    text = ("Timorese youths in Japanese embassy; Tokyo says nothing\n\n"
            "JAKARTA, Nov. 16 (Reuters) - Twenty-one East Timorese men scaled the fence of the "
            "Japanese Embassy on Tuesday and asked for asylum, a diplomat said.\n")
    extraction = extractor.extract(text)
    assert extraction.dateline == "1995-11-16"
    (draft,) = _drafts(extraction)
    assert (draft["city"], draft["host_country"]) == ("Jakarta", "ID")
    assert (draft["date_start"], draft["existing_id"]) == (
        "1995-11-14", "1995-11-14-jakarta-japan-embassy")


def test_a_count_across_a_semicolon_belongs_to_the_other_mission(extractor: Extractor) -> None:
    text = ("OSLO, March 3, 1999 (NTB) - Earlier a family slipped into the Swedish embassy in "
            "Oslo; with the six students who climbed into the Danish embassy on Monday, the "
            "city now has two such cases.\n")
    by_state = {d["sending_state"]: d for d in _drafts(extractor.extract(text))}
    assert by_state["DK"]["people_count"] == 6
    assert by_state["SE"]["people_count"] is None


def test_the_embassys_consular_section_is_the_mission_entered(extractor: Extractor) -> None:
    text = ("BEIJING, May 25, 2002 (AP) - Three North Koreans got into the South Korean "
            "embassy in Beijing over two days, an official said.\n\nA man pushed past guards "
            "into the embassy's consular section on Thursday, he said.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert (draft["sending_state"], draft["mission_type"]) == ("KR", "consulate")
    assert draft["date_start"] == "2002-05-23"
    assert draft["existing_id"] == "2002-05-23-beijing-south-korea-consular-section"


def test_a_draft_with_no_date_links_to_the_case_of_the_weeks_before(
        extractor: Extractor) -> None:
    text = ("BEIJING, May 20, 2002 (AP) - On Wednesday China ended its quarrel with Japan over "
            "five North Koreans who had sought asylum at the Japanese consulate in Shenyang.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert draft["date_start"] is None  # "on Wednesday" dates the end
    assert draft["existing_id"] == "2002-05-08-shenyang-japan-consulate"


def test_last_years_month_in_japanese_is_an_earlier_case_at_the_same_school(
        extractor: Extractor) -> None:
    text = ("【北京2004年9月1日】北京の日本人学校に1日、29人が駆け込んだ。\n\n"
            "同校には昨年2月にも母子ら4人が駆け込んだ。\n")
    drafts = sorted(_drafts(extractor.extract(text)), key=lambda d: str(d["date_start"]))
    assert [(d["role"], d["date_start"], d["people_count"], d["mission_type"])
            for d in drafts] == [("background", "2003-02", 4, "school"),
                                 ("main", "2004-09-01", 29, "school")]
    assert drafts[0]["existing_id"] == "2003-02-18-beijing-japanese-school"


def test_a_tally_of_those_sheltering_now_makes_no_draft(extractor: Extractor) -> None:
    text = ("【北京2004年10月22日】29名脱北者闯入北京韩国国际学校。\n\n"
            "据估计，目前约有170名寻求庇护者滞留在外国使馆，其中日本大使馆约20人。\n")
    drafts = _drafts(extractor.extract(text))
    assert [(d["sending_state"], d["mission_type"], d["people_count"]) for d in drafts] == [
        ("KR", "school", 29)]


def test_counts_that_are_no_group() -> None:
    assert _counts("始業式の日で、生徒計495人は教室に待機した") == []
    assert (45, "exact") not in _counts("모두 45명이 진입을 시도했으나 1명은 들어가지 못했다")
    assert _counts("the embassy had room for 28 people") == []
    assert _counts("Die Botschaft war für 28 Menschen eingerichtet") == []
    assert _counts("300 to 400 people tried the gate") == [(None, "hedge")]
    assert _counts("between 60 and 80 others were inside") == [(None, "hedge")]
    assert _counts("so far a total of 13 people have left") == []
    assert _counts("with the five men who got in, a total of 13 people have left") == [
        (5, "exact")]
    assert _counts("He and his secretary made for the legation") == [(2, "exact")]
    assert _counts("Lee, 40, is thought to have entered the embassy") == [(1, "one")]


def test_guards_are_not_the_people_who_sought_asylum(extractor: Extractor) -> None:
    text = ("JAKARTA, Oct. 17, 1996 (Reuter) - Three East Timorese climbed into the French "
            "embassy in Jakarta on Tuesday and were thrown out by four Indonesian guards.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert (draft["people_count"], draft["seekers_nationality"]) == (3, "TL")


def test_a_story_that_opens_with_its_date_dates_the_bid(extractor: Extractor) -> None:
    text = ("BERLIN, 8. September 2019 – Heute vor 30 Jahren fuhr die Familie Krause nach "
            "Polen.\n\nDie vier gelangten in die westdeutsche Botschaft in Warschau.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert draft["date_start"] == "1989-09-08"
    assert (draft["sending_state"], draft["city"], draft["people_count"]) == ("XW", "Warsaw", 4)
    assert (draft["role"], draft["existing_id"]) == (
        "background", "1989-09-warsaw-west-germany-embassy")


def test_heading_for_a_mission_tells_a_bid(extractor: Extractor) -> None:
    text = ("VIENNA, Sept. 6, 2012 (AP) - The night began on Nov. 4, 1956, in Budapest. He and "
            "his secretary made for the U.S. legation in Budapest.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert (draft["date_start"], draft["people_count"], draft["mission_type"]) == (
        "1956-11-04", 2, "legation")
    assert draft["existing_id"] == "1956-11-04-budapest-us-legation"


def test_one_person_named_by_nationality_or_former_office(extractor: Extractor) -> None:
    text = ("LONDON, Sept. 6, 2012 (BBC) - The Australian walked into the Ecuadorean embassy "
            "in London on June 19 and asked for asylum.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert (draft["sending_state"], draft["people_count"]) == ("EC", 1)
    assert (draft["role"], draft["existing_id"]) == (
        "background", "2012-06-19-london-ecuador-embassy")
    text = ("QUITO, 6 de abril de 2024 (EFE) - La policía detuvo al exvicepresidente Jorge Glas, "
            "refugiado en la embajada de México en Quito desde diciembre.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert (draft["date_start"], draft["people_count"]) == ("2023-12", 1)
    assert draft["existing_id"] == "2023-12-17-quito-mexico-embassy"


def test_korean_entry_as_a_noun_and_next_month_tell_no_bid(extractor: Extractor) -> None:
    text = ("(베이징=연합뉴스) 2004년 9월 29일 - 탈북자 44명이 29일 베이징 캐나다대사관에 "
            "들어갔다.\n\n주중 한국대사관도 직원을 보내 진입 경위를 확인하고 있다.\n\n"
            "다음 달 1일부터 단속이 예정돼 있다.\n")
    drafts = _drafts(extractor.extract(text))
    assert [(d["sending_state"], d["date_start"], d["people_count"]) for d in drafts] == [
        ("CA", "2004-09-29", 44)]


def test_sanctuary_is_sought_and_the_past_months_are_a_tally(extractor: Extractor) -> None:
    text = ("JAKARTA, Jan. 26, 1996 (JP) - In the past five months some 50 youths have forced "
            "their way into the French and Dutch embassies.\n\nFive youths who sought "
            "sanctuary at the New Zealand Embassy on Jan. 15 reached Portugal later.\n")
    drafts = _drafts(extractor.extract(text))
    assert [(d["sending_state"], d["date_start"], d["people_count"]) for d in drafts] == [
        ("NZ", "1996-01-15", 5)]


def test_those_of_names_missions_of_the_plural_told_before(extractor: Extractor) -> None:
    text = ("ROME, July 3, 1990 (AP) - About 40 Albanians had taken refuge in several foreign "
            "embassies in the Albanian capital, officials said.\n\nDiplomats said they included "
            "those of Italy and France.\n")
    drafts = {d["sending_state"]: d for d in _drafts(extractor.extract(text))}
    assert set(drafts) == {"IT", "FR"}
    assert {(d["mission_type"], d["city"]) for d in drafts.values()} == {("embassy", "Tirana")}
    assert drafts["IT"]["existing_id"] == "1990-07-tirana-italy-embassy"


def test_being_inside_on_a_day_dates_the_stay_not_the_entry(extractor: Extractor) -> None:
    text = ("BONN, July 3, 1990 (AP) - Eighty-three Albanians were inside the West German "
            "Embassy in Tirana on Tuesday, a spokesman said, and others had taken refuge "
            "elsewhere.\n")
    (draft,) = _drafts(extractor.extract(text))
    assert draft["date_start"] is None
    assert draft["existing_id"] == "1990-07-02-tirana-west-germany-embassy"


@pytest.mark.parametrize("sentence", [
    "Deux hommes ont escaladé les murs de l'ambassade.",
    "他们翻过栅栏进入大使馆。",
    "二人はフェンスを破って大使館に入った。",
    "Two men ran into the Peruvian embassy.",
])
def test_more_ways_in_are_entry_methods(sentence: str) -> None:
    folded = fold(sentence)
    assert find_entries(folded, 0, len(folded))
