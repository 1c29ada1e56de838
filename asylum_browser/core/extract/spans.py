"""Spans of the report: the evidence a draft shows for each field, and a folded copy of the text.

Every rule matches on ``fold(text)``, which has exactly the length of the text, so an offset
found in the folded copy is an offset into the text the user reads and the dialog highlights.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Evidence:
    """Where a value came from: ``text == report[start:end]``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, object]:
        """The evidence as the --json output writes it."""
        return {"start": self.start, "end": self.end, "text": self.text}


def evidence(text: str, start: int, end: int) -> Evidence:
    """The evidence for ``text[start:end]``."""
    return Evidence(start, end, text[start:end])


# A typeset apostrophe is the typed one: "ambassador’s residence" as "ambassador's".
_APOSTROPHES = frozenset("’‘ʼ")


def _fold_char(char: str) -> str:
    """One character without its diacritics and in lower case, if that is still one character
    (Perú -> peru); otherwise the character itself. Kana keep their voicing marks: ド and ト
    are different sounds (インド is India, イント is nothing), not one letter with an
    accent."""
    if char in _APOSTROPHES:
        return "'"
    if char.isascii():
        return char.lower()
    if "\u3040" <= char <= "\u30ff":  # hiragana and katakana
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", char)
                   if not unicodedata.combining(c))
    if len(base) != 1:  # a Hangul syllable (jamo), a ligature: kept whole
        base = char
    lower = base.lower()
    return lower if len(lower) == 1 else base


_FOLDED: dict[str, str] = {}


def fold(text: str) -> str:
    """The text case-folded and without diacritics, character by character: same length."""
    out = []
    for char in text:
        folded = _FOLDED.get(char)
        if folded is None:
            folded = _FOLDED[char] = _fold_char(char)
        out.append(folded)
    return "".join(out)


_WRAPPED = re.compile(r"(?<=[^\s.!?:;\"”»)])\n(?=[^\W\d_])")


def unwrap(text: str, folded: str) -> str:
    """``folded`` with the line breaks of hard-wrapped paragraphs made spaces, where a line
    runs on into a word in lower case ("la residencia del\nembajador"): names and phrases are
    read across them. Same length; headlines, datelines and paragraphs keep their breaks."""
    return _WRAPPED.sub(lambda m: " " if text[m.end()].islower() else "\n", folded)


def fold_name(name: str) -> str:
    """A name folded as the text is, to be searched for in ``fold(text)``."""
    return fold(name)
