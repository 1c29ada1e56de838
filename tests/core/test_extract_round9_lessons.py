"""Rules learnt from the ninth unseen round (issue 18), each on a short report of our own.

Twelve reports scored 0.82 / 0.74 on incidents and 0.50 / 0.41 on dates (docs/PERFORMANCE.md,
"Unseen round 9"). These tests pin each rule their misses taught, on wording and places of
our own.
"""

from __future__ import annotations

import datetime as dt

import pytest

from asylum_browser.core.extract import Extractor
from tests.core.lesson_helpers import bundled_extractor, date_values, drafts


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return bundled_extractor()


def test_a_tally_since_a_month_tells_no_bid_but_a_stream_into_one_mission_does(
        extractor: Extractor) -> None:
    tally = ("WIEN, 7. Oktober 2002 (Agentur) – Zwei Männer kletterten am Montag in die "
             "Botschaft Österreichs in Peking. Seit März haben sich etwa 120 Nordkoreaner in "
             "ausländische Botschaften in Peking geflüchtet.")
    assert [d.get("people_count") for d in drafts(extractor, tally)] == [2]
    stream = ("PRAG, 1. Oktober 1989 (Agentur) - Seit Mitte August sind 300 Menschen über den "
              "Zaun der Botschaft Schwedens in Prag geklettert.")
    assert [d["date_start"] for d in drafts(extractor, stream)] == ["1989-08"]


def test_since_dates_the_start_of_a_stay_only_where_a_stay_is_told(
        extractor: Extractor) -> None:
    text = ("(北京6月10日电)周六有两名朝鲜男子进入加拿大驻北京大使馆。自3月以来,中国已允许38名"
            "朝鲜人经由第三国前往韩国。")
    dated = extractor.extract(text, dt.date(2002, 6, 10)).drafts
    assert [d.values.get("date_start") for d in dated] == ["2002-06-08"]
    guard = ("BEIJING, June 10, 2002 (Wire) - Two North Korean men have entered the Canadian "
             "embassy in Beijing. Guards at the embassy have been doubled since May 1, 1999.")
    assert [d.get("date_start") for d in drafts(extractor, guard)] == [None]


def test_two_men_and_a_woman_are_three(extractor: Extractor) -> None:
    text = ("WIEN, 7. Oktober 2002 (Agentur) – Zwei Männer und eine Frau kletterten am Montag "
            "in die Botschaft Österreichs in Peking.")
    assert [d["people_count"] for d in drafts(extractor, text)] == [3]


def test_early_this_year_is_the_datelines_year() -> None:
    assert date_values("今年はじめに駆け込んだ", dt.date(2005, 12, 21)) == ["2005"]
    assert date_values("they went in earlier this year", dt.date(2005, 12, 21)) == ["2005"]


def test_a_day_a_paper_reported_dates_the_report(extractor: Extractor) -> None:
    text = ("【ソウル 2005年12月21日】\n\n今年はじめに北京の日本人学校に駆け込んだ16人について、"
            "東京新聞が21日報じた。")
    assert [d["date_start"] for d in drafts(extractor, text)] == ["2005"]


def test_a_quote_may_open_the_words_after_a_count_and_german_datives_are_people(
        extractor: Extractor) -> None:
    text = ('BONN, 16. Juni 1994 (AFP) – Die deutsche Botschaft in Havanna lässt die Kubaner, '
            'die am Montag auf ihr Gelände eingedrungen sind, bleiben. Eine Sprecherin sprach '
            'von 12 "jungen Leuten".')
    assert [d["people_count"] for d in drafts(extractor, text)] == [12]
    dative = ("BONN, 16. Juni 1994 (AFP) – Mit 14 Männern ist die Gruppe am Montag "
              "in die Botschaft Österreichs in Havanna eingedrungen.")
    assert [d["people_count"] for d in drafts(extractor, dative)] == [14]


def test_asylum_in_a_country_is_no_bid_at_a_mission(extractor: Extractor) -> None:
    text = ("BONN, 16. Juni 1994 (AFP) – Zwölf Kubaner sind am Montag in die Botschaft "
            "Österreichs in Havanna eingedrungen. Im vergangenen Jahr hatten 78 Kubaner in der "
            "Bundesrepublik Asyl beantragt.")
    assert [d["people_count"] for d in drafts(extractor, text)] == [12]

