"""Counts written as compound English number words, as wire copy spells them."""

from __future__ import annotations

from pathlib import Path

import pytest

from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extractor


@pytest.mark.parametrize(("words", "count"), [("Twenty-five", 25), ("forty two", 42),
                                              ("Thirty", 30)])
def test_a_compound_number_word_counts_the_group(repository: Repository, words: str,
                                                 count: int, tmp_path: Path) -> None:
    text = (f"BEIJING, March 14 (Wire) - {words} North Koreans rushed past guards into the "
            "Spanish embassy in Beijing on Thursday and asked for asylum, diplomats said.")
    extraction = Extractor.from_repository(repository).extract(text)
    (draft,) = extraction.drafts
    assert draft.get("people_count") == count
    evidence = draft.evidence["people_count"]
    assert text[evidence.start:evidence.end] == words
