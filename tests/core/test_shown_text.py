"""What a view shows of a stored value: clipped, breakable, never the value changed."""

from __future__ import annotations

from asylum_browser.core.model.shown import BREAK, LINE_LIMIT, shown


def test_short_text_is_shown_as_it_is() -> None:
    assert shown("Shenyang, 8 May 2002: five people") == "Shenyang, 8 May 2002: five people"


def test_long_text_is_clipped_and_says_how_much_is_left_out() -> None:
    text = "word " * 10
    assert shown(text, limit=12) == "word word wo… (38 more characters not shown)"
    assert shown("x" * 12, limit=12) == "x" * 12  # exactly the limit: nothing is left out


def test_a_long_unbroken_word_gets_break_opportunities_every_80_characters() -> None:
    url = "https://example.org/" + "a" * 300
    pieces = shown(url).split(BREAK)
    assert "".join(pieces) == url
    assert [len(piece) for piece in pieces] == [80, 80, 80, 80]
    assert shown("a" * 80) == "a" * 80  # a run of exactly 80 is left alone


def test_a_megabyte_word_is_clipped_before_it_is_broken() -> None:
    text = shown("z" * 1_000_000)
    assert text.startswith("z" * 80 + BREAK)
    assert text.endswith("… (980,000 more characters not shown)")
    assert text.replace(BREAK, "").count("z") == 20_000


def test_one_line_texts_are_clipped_but_never_broken() -> None:
    """A file path in a message must copy out as the path (no invisible characters)."""
    path = "/tmp/" + "long-folder-name/" * 10 + "errors.log"
    assert shown(path, LINE_LIMIT) == path
    assert BREAK not in shown("y" * 5000, LINE_LIMIT)
