"""An empty result says which value names nothing and offers the closest known one."""

from __future__ import annotations

from asylum_browser.core.engine.database import open_database
from asylum_browser.core.engine.repository import Repository
from asylum_browser.core.query.parser import parse_query
from asylum_browser.core.query.suggestions import unknown_values


def test_an_unknown_country_is_named_with_the_closest_known_one() -> None:
    repository = Repository(open_database())
    [hint] = unknown_values(parse_query("host:chian embassy"), repository.vocabulary_names)
    # A swapped pair of letters is one slip: China, not Chilean (which difflib would offer).
    assert hint.text == "“chian” is not a known host country. Did you mean “China”?"


def test_values_the_engine_matches_are_not_called_unknown() -> None:
    repository = Repository(open_database())
    spec = parse_query("host:china type:consulate outcome:detained -host:narnia city:unknown")
    assert unknown_values(spec, repository.vocabulary_names) == []


def test_nothing_close_gives_no_guess() -> None:
    repository = Repository(open_database())
    [hint] = unknown_values(parse_query("host:narnia"), repository.vocabulary_names)
    assert hint.closest is None and hint.text == "“narnia” is not a known host country."
