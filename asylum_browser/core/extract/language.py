"""Which language a report is in: by script for Korean, Japanese and Chinese, by the commonest
small words for English, Spanish, French and German."""

from __future__ import annotations

import re

LANGUAGES = ("en", "es", "fr", "de", "ko", "ja", "zh")
_STOPWORDS = {
    "en": ("the", "and", "of", "to", "in", "said", "on", "was", "were", "a"),
    "es": ("el", "la", "los", "las", "de", "del", "que", "en", "y", "se", "por"),
    "fr": ("le", "la", "les", "des", "du", "de", "et", "est", "dans", "une", "a"),
    "de": ("der", "die", "das", "und", "den", "dem", "ist", "sind", "nicht", "mit", "sich"),
}
_HANGUL = re.compile("[\uac00-\ud7af]")
_KANA = re.compile("[\u3040-\u30ff]")
_HAN = re.compile("[\u4e00-\u9fff]")


def detect_language(folded: str) -> str:
    """The report's language code, one of LANGUAGES ('en' when nothing tells)."""
    hangul, kana, han = (len(p.findall(folded)) for p in (_HANGUL, _KANA, _HAN))
    if hangul > 20 and hangul >= han:
        return "ko"
    if kana > 10:
        return "ja"
    if han > 20:
        return "zh"
    words = re.findall(r"[a-z]+", folded)
    scores = {language: sum(1 for w in words if w in stop) for language, stop in
              ((lang, frozenset(stop)) for lang, stop in _STOPWORDS.items())}
    return max(scores, key=lambda language: (scores[language], language == "en"))
