"""Every outcome class the data can hold has one colour and one key name, in the registry."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from asylum_browser.core.model.schema import OUTCOME_STYLES, outcome_colour
from asylum_browser.paths import bundled_db_path


def test_every_outcome_class_of_the_vocabulary_has_its_own_colour() -> None:
    with closing(sqlite3.connect(bundled_db_path())) as db:
        codes = {r[0] for r in db.execute(
            "SELECT code FROM vocabulary WHERE vocabulary = 'outcome_class'")}
    styled = {s.code for s in OUTCOME_STYLES}
    assert codes and codes | {None} == styled
    colours = [s.colour for s in OUTCOME_STYLES]
    assert len(set(colours)) == len(colours)
    assert all(s.key_label for s in OUTCOME_STYLES)


def test_an_unlisted_or_unknown_class_is_drawn_in_the_unknown_grey() -> None:
    unknown = outcome_colour(None)
    assert outcome_colour("no_such_class") == unknown
    assert outcome_colour("detained_by_host") != unknown
