"""Text normalisation shared by the build and the query side.

Field values such as ``host:Perú`` are matched against names normalised the same way at build
time, so matching ignores case and diacritics without any SQL collation tricks.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
_CJK = re.compile(
    "[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]"
)


def normalise(text: str) -> str:
    """Case-fold, strip diacritics and collapse white space (CJK passes through unchanged)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # Recompose so Hangul syllables decomposed by NFKD become whole syllables again.
    return _SPACES.sub(" ", unicodedata.normalize("NFC", stripped).casefold()).strip()


def has_cjk(text: str) -> bool:
    """True when the text holds Han, Hangul or Kana characters, which unicode61 cannot segment."""
    return _CJK.search(text) is not None


def has_word_characters(text: str) -> bool:
    """True when a search word has anything a tokenizer would index (not just punctuation)."""
    return any(ch.isalnum() for ch in text)


def cjk_grams(text: str) -> str:
    """Every Korean, Chinese and Japanese character and adjacent pair in ``text``, as words.

    The trigram index cannot look up one- or two-character words, which is what most Korean
    and Chinese words are (북한, 瀋陽). Indexed as space-separated tokens, they become exact
    lookups instead of a scan of every row.
    """
    grams: set[str] = set()
    previous = ""
    for char in text:
        if _CJK.match(char):
            grams.add(char)
            if previous:
                grams.add(previous + char)
            previous = char
        else:
            previous = ""
    return " ".join(sorted(grams))


def is_all_cjk(text: str) -> bool:
    """True when every character is Han, Hangul or Kana."""
    return bool(text) and all(_CJK.match(char) for char in text)
