"""Sentence spans: the unit a field's evidence sentence is shown in, and the unit the
segmenter assigns to one incident or another."""

from __future__ import annotations

import re

# A full stop after one of these does not end a sentence ("Oct. 18", "the U.S. Consulate").
ABBREVIATIONS = frozenset({
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr",
    "mrs", "ms", "dr", "st", "gen", "col", "lt", "sgt", "gov", "sen", "rep", "no", "vs", "etc",
    "approx", "sr", "sra", "dra", "mme", "mlle", "nr", "bzw", "ca", "gov't", "u.s", "u.k", "u.n",
    # ranks and titles before a name: "Pvt. Alexander Sukhanov"
    "pvt", "cpl", "capt", "maj", "adm", "brig", "lieut", "sgto", "cap", "prof", "msgr", "mgr",
    "rev", "fr", "hon", "amb",
})
# "am 30. September", "le 1er. mai": a day's number before a month name, not a sentence end.
_ORDINAL_DAY = re.compile(r"\s*(?:januar|jänner|februar|märz|april|mai|juni|juli|august|"
                          r"september|oktober|november|dezember)\b", re.IGNORECASE)
_END = re.compile(r"[.!?]+[\"'”’)]*(?=\s)|[。！？]+[」』”]*|\n\s*\n")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence, white space trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group(0)[0] == ".":
            word = re.search(r"([\w.']+)\.*$", text[start:match.start()])
            before = word.group(1).lower() if word else ""
            if before in ABBREVIATIONS or (len(before) == 1 and before.isalpha()) or (
                    "." in before and len(before) <= 4) or (
                    before.isdigit() and len(before) <= 2
                    and _ORDINAL_DAY.match(text, match.end())):
                continue
        _add(text, start, end, spans)
        start = end
    _add(text, start, len(text), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
