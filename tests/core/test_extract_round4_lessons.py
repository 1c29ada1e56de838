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
