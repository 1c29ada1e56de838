"""Which city a mission stands in: the city nearest its mention, not one the people went to,
left for or passed through ("flew to Seoul", "left for Bangkok", "via Manila")."""

from __future__ import annotations

import re

from asylum_browser.core.extract.gazetteer import Found
from asylum_browser.core.extract.words_places import AWAY_WORDS

# After a Korean or Japanese city, a particle of direction; before a Chinese one, a verb of it.
_CJK_AWAY_AFTER = re.compile(r"^(?:으로|로|에서|へ|行き|から|을 떠나|를 떠나)")
_CJK_AWAY_BEFORE = re.compile(r"(?:前往|飞往|飛往|到|去|来自|經|经由)$")
_CLAUSE_BREAK = re.compile(r"[;；]")


def is_away(folded: str, city: Found, language: str) -> bool:
    """True when the words around the city send it elsewhere."""
    before = folded[max(0, city.start - 20):city.start]
    after = folded[city.end:city.end + 6]
    if _CJK_AWAY_AFTER.match(after) or _CJK_AWAY_BEFORE.search(before):
        return True
    words = AWAY_WORDS.get(language, AWAY_WORDS["en"])
    tail = re.sub(r"\s+", " ", before).rstrip()
    return any(tail.endswith(" " + word) or tail == word for word in words)


def nearest_city(folded: str, cities: list[Found], start: int, end: int, language: str,
                 reach: int = 120) -> Found | None:
    """The city closest to the span [start, end) within ``reach`` characters, skipping the
    cities the text sends people to, from or through."""
    best: tuple[int, Found] | None = None
    for city in cities:
        if city.end <= start:
            distance = start - city.end
        elif city.start >= end:
            distance = city.start - end
        else:
            distance = 0
        if distance > reach or is_away(folded, city, language) or _names_another_thing(
                folded, city):
            continue
        low, high = (city.end, start) if city.end <= start else (end, city.start)
        if _CLAUSE_BREAK.search(folded, low, max(low, high)):
            continue  # "into Japanese embassy; Tokyo cool on asylum": another clause's city
        if best is None or distance < best[0]:
            best = (distance, city)
    return best[1] if best else None


# A city that names an event or a teller, not where a mission is: "the 1991 Dili massacre",
# "the summit in Osaka", "a Lima radio station", "베를린의 한 서방 외교 소식통" (a Western
# source in Berlin).
_EVENT_AFTER = re.compile(r" (?:massacre|summit|conference|accords?|agreement|talks|uprising|"
                          r"bombing|games|olympics|airport|masacre|cumbre|sommet|"
                          r"gipfel|massaker|radio|newspaper|daily|television|paper)(?![\w])"
                          r"|의 한 (?:[^ ]+ ){0,3}소식통")
_EVENT_BEFORE = re.compile(r"(?:(?:1[89]|20)\d\d|(?:summit|conference|talks|meeting|games) "
                           r"(?:in|at)) $")


def _names_another_thing(folded: str, city: Found) -> bool:
    return _EVENT_AFTER.match(folded, city.end) is not None or _EVENT_BEFORE.search(
        folded, max(0, city.start - 20), city.start) is not None


def dateline_city(cities: list[Found], dateline_start: int | None,
                  text: str = "") -> Found | None:
    """The city the report is filed from: the first city before the dateline's date on its
    line, near the top ("VLADIVOSTOK, Russia, Friday, Oct. 18, 2024"); a city in the headline
    above ("...; Tokyo cool on asylum") is news, not where it was filed."""
    if dateline_start is None:  # no date: only a city that opens the text ("HAVANA —")
        return next((c for c in cities[:1] if c.start < 3), None)
    line_start = text.rfind("\n", 0, dateline_start) + 1
    for city in cities:
        if line_start <= city.start and city.end <= dateline_start and (
                city.start < 80 + line_start):
            return city
    # a page's date line, then the story's "【東京】" or "(서울=연합뉴스)" on the next line
    next_line = text.find("\n", dateline_start)
    while 0 <= next_line < len(text) - 1 and text[next_line + 1] == "\n":
        next_line += 1
    return next((c for c in cities if next_line >= 0 and 0 < c.start - next_line <= 3
                 and text[c.start - 1] in "【(（"), None)
