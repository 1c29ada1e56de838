"""The seekers' nationality, how they got in, what the host did and how it ended: phrases
found in one sentence, each with its span."""

from __future__ import annotations

import re
from dataclasses import dataclass

from asylum_browser.core.extract.gazetteer import Found
from asylum_browser.core.extract.words_cues import (
    ATTACK,
    DESTINATION,
    ENDING,
    ENTRY,
    EVENT,
    HABITUAL,
    MODAL,
    MOVEMENT,
    OTHER_TURNS,
    OUTCOMES,
    RESPONSE,
    SPEECH,
    STAY,
    STAYED_AT,
)
from asylum_browser.core.extract.words_dates import MONTHS
from asylum_browser.core.extract.words_people import NUMBER_WORDS, PEOPLE_PLURAL, PEOPLE_SINGULAR


@dataclass(frozen=True)
class Cue:
    """A phrase that fills a field: its span and the value it gives."""

    start: int
    end: int
    value: str


def _compile(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def _latin_bounded(pattern: str) -> str:
    return rf"(?<![\w])(?:{pattern})" if pattern[:1].isascii() else pattern


ATTACK_RE = re.compile("|".join(_latin_bounded(p) + (r"(?![\w])" if p.isascii() else "")
                               for p in ATTACK))
EVENT_RE = re.compile("|".join(_latin_bounded(p) for p in EVENT))
HABITUAL_RE = re.compile("|".join(rf"(?<![\w])(?:{p})" if p[:1].isalpha() and p.isascii()
                                  else p for p in HABITUAL))
SPEECH_RE = re.compile("|".join(_latin_bounded(p) for p in SPEECH))
MOVEMENT_RE = re.compile("|".join(_latin_bounded(p) + r"(?![\w])"
                                  for p in (*MOVEMENT, *OTHER_TURNS)))
STAY_RE = re.compile("|".join(_latin_bounded(p) for p in STAY))
# Being inside for a while: "had lived in the compound since April 16, 1992".
STAYED_RE = re.compile(r"(?<![\w])(?:lived|living|stayed|staying|sheltered|sheltering|"
                     r"remained|holed up|been inside|refugiad\w*|asilad\w*|vivi\w*|lebt\w*|"
                     r"vit|vivent|reste\w*|blieb\w*)(?![\w])")
ENDING_RE = re.compile("|".join(_latin_bounded(p) + r"(?![\w])" for p in ENDING))
MODAL_RE = re.compile("|".join(_latin_bounded(p) for p in MODAL))
ENTRY_RE = _compile(ENTRY)
RESPONSE_RE = _compile(RESPONSE)
OUTCOME_RES = tuple((re.compile(_latin_bounded(p)), code) for p, code in OUTCOMES)

# Words for defectors that name their nationality themselves.
NATIONALITY_WORDS = {"탈북자": "KP", "탈북민": "KP", "북한 주민": "KP", "脱北者": "KP",
                     "朝鲜人": "KP", "脱北": "KP", "北朝鮮から": "KP"}
_NATIONALITY_WORDS = re.compile("|".join(re.escape(w) for w in NATIONALITY_WORDS))
_PEOPLE = "|".join(re.escape(w) for w in sorted(PEOPLE_PLURAL + PEOPLE_SINGULAR, key=len,
                                                 reverse=True))
_PEOPLE_AFTER = re.compile(rf"^(?:[ -](?:[\w-]+ ){{0,2}}?(?:{_PEOPLE})(?![\w])|s(?![\w])|"
                           r"er(?![\w])|ns?(?![\w])|"
                           r" ?(?:주민|사람|인|人|출신|국적|から来た|国籍|籍)|"
                           r"の[\d一二三四五六七八九十]*人)")
_PEOPLE_BEFORE = re.compile(rf"(?:{_PEOPLE})(?: de la| de l'| de)?(?: [\w]+)? ?$")
# A number or hedge just before a demonym makes it the people: "five North Koreans".
_NUMBERS = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
_COUNTED = re.compile(rf"(?<![\w])(?:\d+|{_NUMBERS}|"
                      r"several|dozens of|hundreds of|hunderte|varios|plusieurs|mehrere|"
                      r"thousands? of|hundred|thousand|mil|mille|tausend)(?: other| more)? $")
# The soldiers or the diplomat of a state who go to a mission themselves are its seekers.
_SEEKING_AFTER = re.compile(r"^[ -]?(?:soldiers|troops|diplomat|officials?)(?: [\w-]+){0,2}? "
                            r"(?:walked|ran|rushed|climbed|drove|arrived|defected|sought|"
                            r"entered|fled|took refuge)(?![\w])")
_INSTITUTION = re.compile(r"^[ -]?(?:police|authorities|government|officials?|security|"
                          r"foreign|ministry|state|side|forces|guards|soldiers|troops|"
                          r"diplomat|embassy|consulate|press|media|army|navy|"
                          r"gobierno|autoridades|policia|ministerio|cancilleria|autorites|gouvernement|"
                          r"behorden|regierung|polizei|당국|정부|경찰|警方|当局|政府|外務省)")


def is_event(folded: str, start: int, end: int, countries: tuple[Found, ...] = (),
             moves_only: bool = False) -> bool:
    """True when the sentence tells of people seeking or getting into a mission on one
    occasion: not what happens 'every day' or 'over the years', nor a tally of cases, nor
    a flight into a country ("越过边界进入中国", "昨年韓国に亡命した"; ``countries`` are the
    country names of the text). With ``moves_only``, a stay ("had been sheltering") tells
    none: where no mission is named, people may shelter anywhere."""
    told = any(not _NEGATED.search(folded, max(start, match.start() - 16), match.start())
               and not _into_country(folded, match, countries)
               and not (moves_only and _STAYING.fullmatch(match.group(0)))
               for match in EVENT_RE.finditer(folded, start, end))
    return told and HABITUAL_RE.search(folded, start, end) is None and not is_attack(
        folded, start, end)


def is_tally_since(folded: str, start: int, end: int) -> bool:
    """True when the sentence counts people since a month: "Seit März haben sich etwa 100
    Nordkoreaner in ausländische Botschaften geflüchtet", "自3月以来，中国已允许38名...". A tally
    unless it names the one mission they went to ("Seit Mitte August sind 300 Menschen über den
    Zaun der Botschaft Schwedens geklettert")."""
    return _SINCE_MONTH_TALLY.search(folded, start, end) is not None


# A count since a month: a tally over missions, or a stream into one.
_SINCE_MONTH_TALLY = re.compile(
    rf"(?<![\w])(?:since|seit|desde|depuis) (?:(?:early|late|mid-?|anfang|ende|mitte|"
    rf"principios de|finales de|debut) )?(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})"
    r"(?![\w])[^.;]{0,60}?(?<![\w])\d{2,}|自\d{1,2}月以来")


_STAYING = re.compile(r"sheltering|sheltered|holed up")
_IN_BEFORE = re.compile(r"(?<![\w])(?:in|en|dans|nach)(?: der| dem| den| the| el| la| le)? $")
_COUNTRY_BEFORE = re.compile(r"^(?:に|へ|への|로 ?|으로 ?|로의 ?)(?:政治|정치 ?)?$")
_COUNTRY_AFTER = re.compile(r"^(?:| to | into )$")
# A mission word just after the country: "entered South Korea's embassy" is a bid.
_MISSION_AFTER = re.compile(r".{0,12}?(?:embass|consul|mission|legation|school|nunciat|"
                            r"residen|embajad|ambassade|botschaft|konsulat|대사관|영사|공관|"
                            r"학교|大使|使馆|使館|领事|領事|领馆|領館|公馆|公館|学校|學校|驻|駐|"
                            r"设施|設施|办事处|辦事處|事務所|사무소|office)")


def _into_country(folded: str, match: re.Match[str], countries: tuple[Found, ...]) -> bool:
    for country in countries:
        if country.end <= match.start() and _COUNTRY_BEFORE.match(
                folded[country.end:match.start()]):
            return True
        # "hatten 78 Kubaner in der Bundesrepublik Asyl beantragt", "asylum in Germany":
        # asylum in a country, not at a mission
        if (country.end <= match.start() and folded[country.end:match.start()] == " "
                and _IN_BEFORE.search(folded, max(0, country.start - 12), country.start)
                and not _MISSION_AFTER.match(folded, country.end)):
            return True
        if (country.start == match.end() + 1 and match.group(0).endswith((" in", " en"))
                and not _MISSION_AFTER.match(folded, country.end)):
            return True
        if country.start >= match.end() and _COUNTRY_AFTER.match(
                folded[match.end():country.start]) and not _MISSION_AFTER.match(
                folded, country.end):
            return True
    return False


# "were not allowed to enter", "durften sie nicht betreten", "no pudieron entrar": no bid.
_NEGATED = re.compile(r"(?<![\w])(?:not|never|n't|nicht|nie|niemals|no|nunca|jamais|pas)"
                      r"(?: [\w'-]+){0,2} ?$|(?:没有|沒有|未能|못|않고|できず)$")


def is_attack(folded: str, start: int, end: int) -> bool:
    """True when the sentence tells an armed attack or a hostage-taking, not a bid."""
    return ATTACK_RE.search(folded, start, end) is not None


def _before_mission(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(phrases) + r")"
                      r"(?: (?:the|an?|la|el|le|l'|der|die|das|dem|des))?"
                      r"(?: [\w.'-]+){0,3} ?$")


_DESTINATION = _before_mission(DESTINATION)
_STAYED_AT = _before_mission(STAYED_AT)
_DESTINATION_REACH = 70
# Only an attempt: "tried to force their way into a foreign embassy" tells no one inside.
_TRIED = re.compile(r"(?<![\w])(?:tried|trying|attempted|attempting|tentaron|intentaron|"
                    r"ont tente|tentaient|versuchten|versucht)(?![\w])")


def told_as_destination(folded: str, low: int, mission_start: int, stays: bool = False
                        ) -> bool:
    """True when the mission named at ``mission_start`` is where people went (with
    ``stays``, or stayed), in the clause that began at or after ``low``: "... poured into
    the mission grounds"."""
    before = folded[max(low, mission_start - _DESTINATION_REACH):mission_start]
    before = re.split(r"[;:]|, (?:said|says|according)", before)[-1]
    if HABITUAL_RE.search(before) is not None or _TRIED.search(before) is not None:
        return False
    return _DESTINATION.search(before) is not None or (
        stays and _STAYED_AT.search(before) is not None)


def find_nationalities(folded: str, start: int, end: int, countries: list[Found],
                       mission_states: set[int]) -> list[Cue]:
    """The nationalities of people in the sentence: 'North Koreans', 'oposición venezolana',
    '북한 주민', not 'Chinese police' nor a mission's own state."""
    found = [Cue(m.start(), m.end(), NATIONALITY_WORDS[m.group(0)])
             for m in _NATIONALITY_WORDS.finditer(folded, start, end)]
    for country in countries:
        if not start <= country.start < end or country.start in mission_states:
            continue
        after = folded[country.end:min(end, country.end + 40)]
        before = folded[max(start, country.start - 40):country.start]
        seeking = _SEEKING_AFTER.match(after) is not None
        if _INSTITUTION.match(after) and not seeking:
            continue  # "Chinese police", but not "a Soviet diplomat arrived at the embassy"
        if seeking or _PEOPLE_AFTER.match(after) or _PEOPLE_BEFORE.search(before) or (
                _COUNTED.search(before[-16:])):
            found.append(Cue(country.start, country.end, country.value))
    return sorted(found, key=lambda c: c.start)


def _clause_end(folded: str, start: int, end: int) -> int:
    stop = re.compile(r"[,;.:。，、]| and | but | while | y | et | und ")
    match = stop.search(folded, start, end)
    return match.start() if match else end


def find_entries(folded: str, start: int, end: int) -> list[Cue]:
    """How they got in: 'scaled the fence', 'einen Zaun überwunden', 翻墙."""
    return [Cue(m.start(), m.end(), "") for m in ENTRY_RE.finditer(folded, start, end)]


def find_responses(folded: str, start: int, end: int) -> list[Cue]:
    """What the host did, to the end of its clause: 'cordoned off the street'."""
    return [Cue(m.start(), max(m.end(), _clause_end(folded, m.end(), end)), "")
            for m in RESPONSE_RE.finditer(folded, start, end)]


def find_outcomes(folded: str, start: int, end: int) -> list[Cue]:
    """How it ended, with its outcome class; not what someone hopes or plans."""
    found = []
    for pattern, code in OUTCOME_RES:
        for match in pattern.finditer(folded, start, end):
            if MODAL_RE.search(folded, max(start, match.start() - 30), match.start()):
                continue
            found.append(Cue(match.start(), max(match.end(),
                                                _clause_end(folded, match.end(), end)), code))
    return sorted(found, key=lambda c: c.start)


_WIRE_CREDIT = re.compile(r"(?:本报)?(?:综合)?外电报道|本报讯|(?:本報)?(?:綜合)?外電報導")


def near_speech_or_movement(folded: str, start: int, end: int, low: int, high: int) -> bool:
    """True when a date at [start, end) dates the telling or a journey: 'said on Friday',
    'two days after returning', '20일 밝혔다'."""
    before = re.split(r"[,，、;；:]", folded[max(low, start - 22):start])[-1]
    before = _WIRE_CREDIT.sub("", before)  # "本报综合外电报道 两名朝鲜人周二": a credit line
    # "walked through the gates on Thursday and told officials": the telling is another clause
    after = re.split(r"[,，、;；:]| and | y | et | und ", folded[end:min(high, end + 12)])[0]
    return bool(SPEECH_RE.search(before) or SPEECH_RE.search(after)
                or MOVEMENT_RE.search(before) or ENDING_RE.search(after)
                or _TOLD_AUDIENCE.search(folded, max(low, start - 60), start)
                or _UNTIL.search(before) is not None
                or _moved_in_clause(folded, start, low))


def _moved_in_clause(folded: str, start: int, low: int) -> bool:
    """True when the verb nearest before the date in its clause is a journey: "were flown
    back to the desert camp on Friday" (and not "left the hotel and walked into the embassy
    on Friday")."""
    clause = re.split(r"[,，、;；:]| and | y | et | und ", folded[max(low, start - 60):start])[-1]
    moves = [m.end() for m in MOVEMENT_RE.finditer(clause)]
    bids = [m.end() for m in EVENT_RE.finditer(clause)]
    return bool(moves) and (not bids or max(moves) > max(bids))


# "où il est resté jusqu'à jeudi", "stayed until Monday": the day a stay ended.
_UNTIL = re.compile(r"(?<![\w])(?:until|till|up to|jusqu'(?:a|au|en)|hasta(?: el)?|"
                    r"bis(?: zum| am)?) $")
# "had told reporters in Paris on Wednesday that Touré was ...": the day of the telling.
_TOLD_AUDIENCE = re.compile(r"(?<![\w])(?:told|briefed|addressed) (?:reporters|journalists|"
                            r"the press|a news conference|a press conference|parliament|"
                            r"lawmakers)(?: in [\w.' -]{2,30}?)? (?:on|late on|early on)? ?$")


def dates_a_stay(folded: str, start: int, low: int, high: int) -> bool:
    """True when the clause of the date at ``start`` tells people being inside and not how
    they got in: "were inside the embassy compound on Tuesday"."""
    if started_then(folded, start, low):
        return False  # "had lived in the compound since April 16, 1992": when it began
    stops = [m.end() for m in _CLAUSE_STOP.finditer(folded, low, start)]
    clause_start = stops[-1] if stops else low
    after = _CLAUSE_STOP.search(folded, start, high)
    clause_end = after.start() if after else high
    return STAY_RE.search(folded, clause_start, clause_end) is not None and (
        EVENT_RE.search(folded, clause_start, clause_end) is None)


def started_then(folded: str, start: int, low: int) -> bool:
    """True when the date at ``start`` follows "since", "desde", "depuis", "seit": the day a
    stay began."""
    return _SINCE_BEFORE.search(folded, max(low, start - 8), start) is not None


_SINCE_BEFORE = re.compile(r"(?<![\w])(?:since|desde(?: el)?|depuis(?: le)?|seit(?: dem)?) $")
_CLAUSE_STOP = re.compile(r"[,;:，、；]| and | but | y | et | und ")
