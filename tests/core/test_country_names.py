"""Every country's name in the report languages (resources/data/country_names.toml): the file
is what scripts/country_names.py writes from the iso-codes data, and the extractor finds a
mission of a state our data does not hold by any of those names."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.extract import Extractor
from asylum_browser.core.extract.country_words import country_names

ROOT = Path(__file__).resolve().parents[2]


def test_the_file_is_what_the_script_writes() -> None:
    pytest.importorskip("pycountry")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "country_names.py"),
                             "--check"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, "run scripts/country_names.py and commit the file"


def test_short_or_ambiguous_names_are_left_out() -> None:
    names = country_names()
    assert names["eritrea"] == "ER" and names["erythree"] == "ER" and names["sri lanka"] == "LK"
    for word in ("chad", "jordan", "georgia", "guinea", "niger", "인도", "中非", "マリ"):
        assert word not in names, word


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor.from_repository(Repository(open_database()))


@pytest.mark.parametrize(("text", "state"), [
    ("KINSHASA, 23 mars 2007 (Agence) - L'ancien vice-président s'est réfugié jeudi à "
     "l'ambassade d'Afrique du Sud à Kinshasa.", "ZA"),
    ("NAIROBI, May 4, 2011 (Wire) - Three men entered the embassy of Eritrea in Nairobi on "
     "Tuesday and asked for asylum.", "ER"),
    ("BERLIN, 4. Mai 2011 (Agentur) - Drei Männer sind am Dienstag in die Botschaft von "
     "Sri Lanka in Berlin gelangt.", "LK"),
])
def test_a_mission_of_any_state_is_found(extractor: Extractor, text: str, state: str) -> None:
    drafts = extractor.extract(text).drafts
    assert [d.get("sending_state") for d in drafts] == [state]
