"""The report extractor on short reports written for each rule, over the real bundled
database: dates against the dateline, missions, places, counts, cues, segmentation, linking,
and the evidence spans the review dialog will highlight."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Draft, EmptyReport, Extraction, Extractor


@pytest.fixture(scope="module")
def extractor(bundled: object) -> Extractor:
    from asylum_browser.core.engine.database import open_database

    return Extractor.from_repository(Repository(open_database()))


def only(extraction: Extraction) -> Draft:
    assert len(extraction.drafts) == 1, [d.values for d in extraction.drafts]
    return extraction.drafts[0]


THURSDAY = dt.date(2026, 9, 24)


def test_a_weekday_is_the_last_such_day_up_to_the_dateline(extractor: Extractor) -> None:
    text = "Two North Koreans entered the Canadian embassy in Beijing on Wednesday."
    assert only(extractor.extract(text, THURSDAY)).get("date_start") == "2026-09-23"


def test_the_datelines_own_weekday_is_that_very_day(extractor: Extractor) -> None:
    text = "Two North Koreans entered the Canadian embassy in Beijing on Thursday."
    assert only(extractor.extract(text, THURSDAY)).get("date_start") == "2026-09-24"


def test_a_month_keeps_month_precision_and_last_year_year_precision(
        extractor: Extractor) -> None:
    march = "A dissident sought asylum at the Brazilian embassy in La Paz in March."
    assert only(extractor.extract(march, THURSDAY)).get("date_start") == "2026-03"
    november = "A dissident sought asylum at the Brazilian embassy in La Paz in November."
    assert only(extractor.extract(november, THURSDAY)).get("date_start") == "2025-11"
    last_year = "A dissident sought asylum at the Brazilian embassy in La Paz last year."
    assert only(extractor.extract(last_year, THURSDAY)).get("date_start") == "2025"


def test_a_day_of_the_month_after_the_datelines_is_in_the_month_before(
        extractor: Extractor) -> None:
    text = "(서울=통신) 북한 주민 두 명이 지난 28일 베이징의 한국 대사관에 진입했다."
    draft = only(extractor.extract(text, dt.date(2026, 3, 2)))
    assert draft.get("date_start") == "2026-02-28"


def test_the_dateline_is_found_at_the_top_and_a_given_one_wins(extractor: Extractor) -> None:
    text = ("HAVANA, Nov. 19, 2026 (Wire) — Six Cubans entered the Peruvian embassy in Havana "
            "on Tuesday.")
    found = extractor.extract(text)
    assert found.dateline == "2026-11-19"
    assert found.dateline_evidence is not None and found.dateline_evidence.text == "Nov. 19, 2026"
    assert only(found).get("date_start") == "2026-11-17"
    given = extractor.extract(text, dt.date(2026, 11, 26))
    assert given.dateline == "2026-11-26" and only(given).get("date_start") == "2026-11-24"


def test_the_date_people_spoke_is_not_the_date_they_entered(extractor: Extractor) -> None:
    text = ("A spokeswoman said on Monday that two men had walked into the Dutch embassy in "
            "Jakarta on Wednesday.")
    assert only(extractor.extract(text, THURSDAY)).get("date_start") == "2026-09-23"


@pytest.mark.parametrize(("text", "state", "mission_type"), [
    ("Two men entered the U.S. Consulate in Shenyang.", "US", "consulate"),
    ("Three women walked into the South Korean Consulate General in Shenyang.", "KR",
     "consulate_general"),
    ("A student walked into Japan's diplomatic mission in Hong Kong.", "JP", None),
    ("Four North Koreans climbed into a school run by the German embassy in Beijing.", "DE",
     "school"),
    ("Drei Nordkoreaner haben im britischen Konsulat in Schanghai Zuflucht gesucht.", "GB",
     "consulate"),
    ("Seis cubanos se refugiaron en la embajada del Perú en La Habana.", "PE", "embassy"),
    ("Deux militants ont trouvé refuge à l'ambassade de France à Phnom Penh.", "FR",
     "embassy"),
    ("北朝鮮の5人が瀋陽の日本総領事館に駆け込んだ。", "JP", "consulate_general"),
    ("三名朝鲜人进入美国驻沈阳总领事馆。", "US", "consulate_general"),
    ("북한 주민 두 명이 울란바토르의 한국 대사관에 진입했다.", "KR", "embassy"),
])
def test_the_mission_is_read_in_every_language(extractor: Extractor, text: str, state: str,
                                               mission_type: str | None) -> None:
    draft = only(extractor.extract(text, THURSDAY))
    assert (draft.get("sending_state"), draft.get("mission_type")) == (state, mission_type)


def test_the_city_is_the_missions_not_the_one_people_went_to(extractor: Extractor) -> None:
    text = ("Ten North Koreans entered the Japanese embassy in Bangkok on Monday; they had come "
            "via Vientiane and hope to fly to Tokyo.")
    draft = only(extractor.extract(text, THURSDAY))
    assert (draft.get("city"), draft.get("host_country")) == ("Bangkok", "TH")
    away = ("A former minister who had flown in from Quito entered the Mexican embassy, "
            "hoping to travel to Mexico via Panama City.")
    assert only(extractor.extract(away, THURSDAY)).get("city") is None


def test_a_historic_states_city_is_in_its_successor_after_it_ended(
        extractor: Extractor) -> None:
    text = "Two Belarusians entered the Polish embassy in Moscow on Monday."
    assert only(extractor.extract(text, THURSDAY)).get("host_country") == "RU"


@pytest.mark.parametrize(("text", "count"), [
    ("12 asylum seekers scaled the fence of the Australian embassy in Jakarta.", 12),
    ("Twelve asylum seekers scaled the fence of the Australian embassy in Jakarta.", 12),
    ("Tres dirigentes se refugiaron en la residencia del embajador de Italia en Caracas.", 3),
    ("Sieben Nordkoreaner sind auf das Gelände der deutschen Botschaft in Peking gelangt.", 7),
    ("Quatre militants ont trouvé refuge à l'ambassade de France à Phnom Penh.", 4),
    ("탈북자 세 명이 베이징의 한국 총영사관에 진입했다.", 3),
    ("两名朝鲜人进入德国驻北京大使馆。", 2),
    ("男女5人が北京の日本大使館に駆け込んだ。", 5),
    ("A former minister sought asylum at the Mexican embassy in Lima.", 1),
])
def test_people_are_counted_in_digits_and_number_words(extractor: Extractor, text: str,
                                                        count: int) -> None:
    assert only(extractor.extract(text, THURSDAY)).get("people_count") == count


def test_people_arriving_over_days_are_summed(extractor: Extractor) -> None:
    text = ("Two of them climbed a fence into the Canadian embassy in Beijing on Tuesday, and a "
            "third walked in on Wednesday.")
    draft = only(extractor.extract(text, THURSDAY))
    assert draft.get("people_count") == 3
    assert draft.get("date_start") == "2026-09-22"  # the first day, not the last


def test_a_hedge_is_kept_unknown_with_its_words_as_the_note(extractor: Extractor) -> None:
    text = "Dozens of people forced their way into the Danish embassy in Hanoi on Tuesday."
    draft = only(extractor.extract(text, THURSDAY))
    assert draft.get("people_count") is None
    assert draft.get("people_note") == "Dozens of"
    assert draft.evidence["people_note"].text == "Dozens of"


def test_population_figures_and_totals_are_no_group(extractor: Extractor) -> None:
    text = ("Five North Koreans entered the Indonesian embassy in Hanoi on Wednesday. About 200 "
            "North Koreans have passed through Vietnam so far this year, and more than 30,000 "
            "have resettled in the South since the 1990s. Hanoi, a city of 8 million people, "
            "is a transit point.")
    assert only(extractor.extract(text, THURSDAY)).get("people_count") == 5
    alone = "Hanoi, a city of 8 million people, is home to 4,000 foreign residents."
    assert extractor.extract(alone, THURSDAY).drafts == ()


def test_nationality_entry_response_and_outcome(extractor: Extractor) -> None:
    text = ("Two Afghan men walked into the British consulate general in Melbourne on "
            "Tuesday. Police cordoned off the street. The men were later arrested by police.")
    draft = only(extractor.extract(text, THURSDAY))
    assert draft.get("seekers_nationality") == "AF"
    assert "walked into the British consulate" in draft.get("entry_method")
    assert draft.get("host_response").startswith("cordoned off")
    assert draft.get("outcome_class") == "detained_by_host"


def test_the_hosts_police_are_not_the_seekers_nationality(extractor: Extractor) -> None:
    text = ("Two men entered the Japanese embassy in Beijing on Monday. Chinese officials said "
            "they would question the men.")
    assert only(extractor.extract(text, THURSDAY)).get("seekers_nationality") is None


def test_a_hoped_for_outcome_is_no_outcome(extractor: Extractor) -> None:
    text = ("Two men entered the Canadian embassy in Beijing on Monday. They hope to have left "
            "for Seoul by the weekend.")
    assert only(extractor.extract(text, THURSDAY)).get("outcome_class") is None


def test_each_embassy_in_a_report_is_a_draft_of_its_own(extractor: Extractor) -> None:
    text = ("Four former ministers entered the Argentine embassy in La Paz on Monday. On "
            "Tuesday, two deputies climbed over the wall of the Spanish embassy. Nine people "
            "took shelter in the Mexican ambassador's residence on Wednesday.")
    drafts = extractor.extract(text, THURSDAY).drafts
    assert [(d.get("sending_state"), d.get("mission_type"), d.get("people_count"),
             d.get("date_start")) for d in drafts] == [
        ("AR", "embassy", 4, "2026-09-21"), ("ES", "embassy", 2, "2026-09-22"),
        ("MX", "ambassadors_residence", 9, "2026-09-23")]


def test_a_retold_case_is_background_linked_to_the_bundled_record(
        extractor: Extractor) -> None:
    text = ("Two North Korean women entered the U.S. Consulate General in Shenyang on Thursday. "
            "The bid recalls May 2002, when five North Koreans ran into the Japanese consulate "
            "in Shenyang and were dragged out by Chinese police.")
    main, background = extractor.extract(text, THURSDAY).drafts
    assert (main.role, main.existing_id) == ("main", None)
    assert background.role == "background"
    assert background.existing_id == "2002-05-08-shenyang-japan-consulate"
    assert background.to_json()["add_as_source"] is True


def test_a_new_case_at_a_known_mission_is_not_linked_to_an_old_one(
        extractor: Extractor) -> None:
    text = "Five North Koreans ran into the Japanese consulate general in Shenyang on Monday."
    assert only(extractor.extract(text, THURSDAY)).existing_id is None


def test_a_retelling_at_todays_mission_becomes_a_second_draft(extractor: Extractor) -> None:
    text = ("Dozens of people forced their way into the Danish embassy in Hanoi on Tuesday. "
            "The embassy made headlines in September 2009, when nine North Koreans took refuge "
            "there.")
    main, background = extractor.extract(text, THURSDAY).drafts
    assert (main.role, main.get("people_count")) == ("main", None)
    assert (background.role, background.get("people_count"), background.get("date_start")) == (
        "background", 9, "2009-09")
    assert background.existing_id == "2009-09-24-hanoi-denmark-embassy"


def test_every_evidence_span_is_the_text_it_points_into(extractor: Extractor) -> None:
    text = ("SHENYANG, May 8, 2026 — Two North Korean women entered the U.S. Consulate General "
            "in Shenyang on Thursday. Chinese police later surrounded the building.")
    extraction = extractor.extract(text)
    draft = only(extraction)
    assert set(draft.evidence) == {name for name, value in draft.values.items()
                                   if value is not None}
    for found in draft.evidence.values():
        assert text[found.start:found.end] == found.text
        sentence = extraction.sentence_of(found)
        assert sentence.start <= found.start and found.end <= sentence.end
    assert draft.evidence["sending_state"].text == "U.S."


def test_the_language_is_told(extractor: Extractor) -> None:
    samples = {"en": "Two men entered the embassy and asked for asylum on Monday.",
               "es": "Dos hombres entraron en la embajada y pidieron asilo el lunes.",
               "fr": "Deux hommes sont entrés dans l'ambassade et ont demandé l'asile.",
               "de": "Zwei Männer sind in die Botschaft gelangt und haben um Asyl gebeten.",
               "ko": "두 남성이 월요일 대사관에 들어가 망명을 요청했다고 당국자가 밝혔다. "
                     "이들은 정문으로 들어갔다.",
               "ja": "男性2人が月曜日、大使館に駆け込み、亡命を求めたことが明らかになった。"
                     "関係者が話した。",
               "zh": "两名男子星期一进入大使馆寻求庇护，外交消息人士透露了这一消息，"
                     "警方加强了警戒。"}
    for language, text in samples.items():
        assert extractor.extract(text, THURSDAY).language == language, language


def test_an_empty_report_is_refused(extractor: Extractor) -> None:
    with pytest.raises(EmptyReport):
        extractor.extract("  \n ")


def test_one_extractor_serves_worker_threads(extractor: Extractor) -> None:
    text = "Two North Koreans entered the Canadian embassy in Beijing on Wednesday."
    expected = extractor.extract(text, THURSDAY).to_json()
    results: list[object] = []
    threads = [threading.Thread(target=lambda: results.append(
        extractor.extract(text, THURSDAY).to_json())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [expected] * 4


def test_a_bid_dated_years_before_the_dateline_is_background(extractor: Extractor) -> None:
    text = ("Two men entered the Japanese embassy in Beijing on Monday. Five North Koreans ran "
            "into the Japanese consulate general in Shenyang on May 8, 2002.")
    roles = [(d.role, d.get("date_start"), d.existing_id)
             for d in extractor.extract(text, THURSDAY).drafts]
    assert roles == [("main", "2026-09-21", None),
                     ("background", "2002-05-08", "2002-05-08-shenyang-japan-consulate")]
