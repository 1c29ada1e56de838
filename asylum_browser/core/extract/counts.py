"""How many people: digits and number words before a noun for people, a third person added on
a later day, hedges kept as words, and population figures or totals left out."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from asylum_browser.core.extract.cues import EVENT_RE, HABITUAL_RE
from asylum_browser.core.extract.gazetteer import Found
from asylum_browser.core.extract.words_dates import MONTHS
from asylum_browser.core.extract.words_people import (
    ATTEMPT_FRAMES,
    CAPACITY_FRAMES,
    EX_TITLES,
    FAMILY_FRAMES,
    GUARDS,
    HAN_DIGITS,
    HEDGES,
    KOREAN_NUMBERS,
    MEMBER_FRAMES,
    NOT_SEEKERS,
    NUMBER_WORDS,
    ORDINALS,
    PEOPLE_PLURAL,
    PEOPLE_SINGULAR,
    POPULATION_FRAMES,
    RALLY_FRAMES,
    TOTAL_BEFORE,
    TOTAL_FRAMES,
)


@dataclass(frozen=True)
class CountMention:
    """A number of people in the text. ``kind`` is 'exact', 'more' (one more, "a third"),
    'hedge' (a number kept as words: value None), 'one' ("a former minister") or 'household'
    (one person and the family told with them: "himself, his wife and his daughter")."""

    start: int
    end: int
    value: int | None
    kind: str


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# Thousands apart by a comma, or by a point as Spanish and German write them ("10.800").
# French puts a space there ("7 000", a no-break one in print).
_NUMBER = (rf"(\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}(?:\.\d{{3}})+(?![.,]?\d)|"
           rf"\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d])|\d+|{_alt(NUMBER_WORDS)})")
_PEOPLE = rf"(?:{_alt(PEOPLE_PLURAL)})"
# A number, up to three words (adjectives, "of the", a demonym), then people or a demonym.
# A quote may open the words after the number: 21 "eher jüngeren Leuten".
_LATIN_COUNT = re.compile(rf"(?<![\w.,-]){_NUMBER}(?![\w-])"
                          r"((?: [\"“„«]?(?:of the |de los |des |der )?[\w'-]+){0,4})")
_KOREAN_COUNT = re.compile(rf"(\d+|{_alt(KOREAN_NUMBERS)}) ?(?:명|사람(?!들))")
_CJK_ONE = re.compile(r"(?<![\d一二三四五六七八九十两兩名人女男])(?:男性|女性|少年|少女|男子|女子|"
                      r"青年|남성|여성|남자|여자|청년)(?:が|は|も|가 |는 |이 |은 )")
# "무장경찰 1200명", "武警200人": the police around a mission, counted before their number.
_CJK_GUARDS = re.compile(r"(?:경찰|경비|경호|병력|군인|警察|公安|武警|警備|警官|士兵|兵士) ?$")
_HAN_COUNT = re.compile(rf"(?<![\d万萬億亿十百千])(\d+|[{''.join(HAN_DIGITS)}]{{1,2}})"
                        r" ?[名人](?!民|口)")
# "a party of five", "un grupo de cinco": the size of the group, said with no noun after.
_GROUP_OF = re.compile(rf"(?<![\w])(?:an? (?:party|group|family|band)|un grupo|un groupe|"
                       rf"eine gruppe|eine familie|une famille|una familia) (?:of|de|von) "
                       rf"{_NUMBER}(?![\w-])")
_ABOUT = re.compile(r"(?<![\w])(?:about|around|some|nearly|almost|etwa|rund|fast|knapp|"
                    r"environ|pres de|quelque|unos|unas|cerca de|alrededor de) "
                    r"(\d{1,3}(?:[,.]\d{3})+|\d+)"
                    r"(?![.,]?\d)(?=[,;.]? (?:die|who|que|qui|der)(?![\w])|[;.])")
_ORDINAL = re.compile(rf"(?<![\w])(?:{_alt(ORDINALS)})(?![\w])")
_NOT_A_PERSON_AFTER = re.compile(r" (?:country|state|nation|place|city|town|time|day|week|month|"
                                 r"year|embassy|consulate|mission|way|option|chance|attempt|"
                                 r"pais|lugar|vez|dia|pays|endroit|fois|jour|land|mal|tag)"
                                 r"(?![\w])")
_HEDGE = re.compile(rf"(?<![\w])(?:{_alt(HEDGES)})(?![\w])")
_ONE = re.compile(r"(?<![\w])(?:a|an) \d{1,2}-year-old(?![\w])|"
                  rf"(?<![\w])(?:a|an|un|une|ein|eine) "
                  rf"((?:[\w-]+ ){{0,3}}?(?:{_alt(PEOPLE_SINGULAR)}))(?![\w])|"
                  # "detuvieron al exvicepresidente": one named by the office once held
                  rf"(?<![\w])(?:(?:the|el|al|del|le|der|den|dem) |l')"
                  rf"((?:former|ex|ancien|ehemalig\w*)[ -]?(?:[\w-]+ ){{0,1}}?"
                  rf"(?:{_alt(PEOPLE_SINGULAR)})|(?:{_alt(EX_TITLES)}))(?![\w])")
_RANGE = re.compile(rf"(?: to | or |-|–| a | bis ){_NUMBER}(?![\w-])")
_BETWEEN = re.compile(r"(?:between|entre|zwischen) $")
_AND_NUMBER = re.compile(rf" (?:and|y|et|und) {_NUMBER}(?![\w-])")
_AGED = re.compile(r"^[\w'-]+(?: [\w'-]+){0,2}, (?:de )?(\d{1,2})(?: ans| anos| jahre)?, ")
_MONTH_BEFORE = re.compile(rf"(?<![\w])(?:{_alt(MONTHS)})\.? $")


def _day_of_month(sentence: str, start: int) -> bool:
    """True when the number at ``start`` is a day after its month: "who entered Vietnam on
    Sept. 14 walked into the embassy" tells nine people, not fourteen."""
    return _MONTH_BEFORE.search(sentence, max(0, start - 12), start) is not None


_CJK_AGED = re.compile(r"(?:[ァ-ヶー・]{2,}|[가-힣]{2,4}|[一-龥]{2,4})(?:選手|氏|さん|씨|先生)?"
                       r"[（(][1-9]\d[)）]|"
                       # "18세 북한 남학생", "18歳の少年": one person told by age
                       r"(?<![\d.,])[1-9]\d ?(?:세|歳の|岁的)(?! ?(?:이상|以上|未満|미만))")
_HOUSEHOLD = re.compile(rf"(?<![\w])(?:himself|herself|he|she),? (?:his|her) (?:wife|husband),? "
                        rf"and (?:his |her |their )?(?:({_NUMBER}) )?(?:daughters?|sons?|"
                        rf"children)(?![\w])")
_ARTICLE = re.compile(r"(?:^|[\s,])(the|a|an)(?: lone| single| sole)? $")
_PAIR = re.compile(r"(?<![\w])(?:he|she) and (?:his|her) (?:wife|husband|secretary|son|"
                   r"daughter|brother|sister|mother|father|aide|assistant|partner|companion)"
                   r"(?![\w])|(?<![\w])(?:il|elle) et (?:sa|son) (?:femme|mari|epouse|"
                   r"secretaire|fils|fille)(?![\w])|(?<![\w])(?:el|ella) y su (?:esposa|mujer|"
                   r"marido|secretari[oa]|hij[oa])(?![\w])|(?<![\w])(?:er|sie) und (?:seine|"
                   r"ihre|sein|ihr) (?:frau|mann|sekretar\w*|sohn|tochter)(?![\w])")
_GROUP = re.compile(r"group|grupo|groupe|gruppe")
_PEOPLE_WORD = re.compile(rf"(?<![\w]){_PEOPLE}(?![\w])")
_GUARD_WORD = re.compile(rf"(?<![\w])(?:{_alt(GUARDS)})(?![\w])")


def _number(text: str) -> int | None:
    if re.fullmatch(r"\d{1,3}(?:[.,\s]\d{3})+", text):
        text = re.sub(r"[.,\s]", "", text)
    if text.isdigit():
        return int(text)
    if text in NUMBER_WORDS:
        return NUMBER_WORDS[text]
    if text in KOREAN_NUMBERS:
        return KOREAN_NUMBERS[text]
    if all(char in HAN_DIGITS for char in text):
        if len(text) == 2 and text[0] == "十":
            return 10 + HAN_DIGITS[text[1]]
        if len(text) == 2 and text[1] == "十":
            return HAN_DIGITS[text[0]] * 10
        return HAN_DIGITS[text[0]] if len(text) == 1 else None
    return None


# "at least five people": a lower bound is no count; it stays unknown, said in the note.
_BOUND = re.compile(r"(?:at least|more than|upwards of|no fewer than|au moins|plus de|al menos|"
                    r"por lo menos|mas de|mindestens|mehr als|최소|적어도|至少|少なくとも) ?$")


_HAN_RANGE = re.compile(r"\d+(?:至|到|~|～)$")
_BOUND_AFTER = re.compile(r" ?(?:以上|超|余り|あまり|余|이상)")


def _bounded(sentence: str, offset: int, start: int, end: int, value: int) -> CountMention:
    """The count at sentence[start:end], or the hedge it is under a lower bound."""
    bound = _BOUND.search(sentence, max(0, start - 16), start) or _HAN_RANGE.search(
        sentence, max(0, start - 8), start)
    if bound is not None:  # "more than 20", "120至130人"
        return CountMention(offset + bound.start(), offset + end, None, "hedge")
    after = _BOUND_AFTER.match(sentence, end)
    if after is not None:  # "20人以上", "20人超", "20명 이상": a lower bound told after
        return CountMention(offset + start, offset + after.end(), None, "hedge")
    if any(frame in sentence[end:end + 60] for frame in FAMILY_FRAMES):
        return CountMention(offset + start, offset + end, None, "hedge")
    return CountMention(offset + start, offset + end, value, "exact")


_CARRIED = re.compile(r"(?<![\w])(?:flew|flown|airlifted|evacuated|deported|repatriated|"
                      r"expelled|sent back|shipped|trasladaron|deportaron|evacuaron|"
                      r"rapatrie\w*|expulse\w*|ausgeflogen|abgeschoben)(?: \w+)?(?: out)? $")
_STAYING = re.compile(r"(?:have|has|had) been (?:sheltering|staying|holed up|living|hiding|"
                      r"inside|trapped|camped|camping)|(?:han|habian) permanecido|"
                      r"(?:sont|etaient) (?:refugies|retranches) depuis")
SMALL_GROUP = 100  # "2 North Korean residents" are a group; "residents" of a town are more


_SUM_OF_PARTS = re.compile(r"\d ?[人名명][^。.!?]{0,14}(?:の計|の合計|등 총 |총 |共计|合计)$")


def _rallied(folded: str, start: int) -> bool:
    """True when the words from the number on tell a rally before any bid: "about 100
    youths rallied at the parliament" (but "four entered the embassy as others rallied")."""
    after = folded[start:start + 60]
    found = [after.find(frame) for frame in RALLY_FRAMES if frame in after]
    if not found:
        return False
    return EVENT_RE.search(after, 0, min(found)) is None


def _framed(folded: str, start: int, end: int, value: int | None = None) -> bool:
    """True when the number counts a population, a running total, the room a mission had or
    those who only tried to get in."""
    before = folded[max(0, start - 30):start]
    after = folded[end:end + 60]
    window = before + " " + after
    told = folded[start:end + 30]  # the count with the words it was read with
    if _CARRIED.search(before) and not EVENT_RE.search(folded, start, end + 50):
        # "Seoul flew 468 North Koreans out of Vietnam": carried, not seeking ("flew 756
        # people who had found refuge in the embassy" still counts those who did)
        return True
    population = value is None or value >= SMALL_GROUP
    # "nine former officials have been sheltering since the days after": a stay, no tally
    staying = _STAYING.search(folded, start, end + 60) is not None
    # "女性11人と男性1人の計12人", "여성 11명과 남성 1명 등 총 12명": the parts told just before
    sum_of_parts = _SUM_OF_PARTS.search(before) is not None
    return (population and any(frame in window for frame in POPULATION_FRAMES)) or any(
        (frame in after and not staying) or (frame in before[-12:] and not sum_of_parts)
        for frame in TOTAL_FRAMES
    ) or any(
        frame in told[:40] for frame in ATTEMPT_FRAMES) or any(
        frame in before[-14:] for frame in TOTAL_BEFORE) or any(
        frame in folded[max(0, start - 50):start] for frame in MEMBER_FRAMES) or any(
        frame in before[-14:] or frame in told[:50] for frame in CAPACITY_FRAMES) or (
        _rallied(folded, start))


# A number that opens its clause, then a plural noun and a verb, counts people whatever the
# noun: "Nine farmers streamed into", "four trade unionists spent the night", "neuf paysans
# sont entres". The people words above cannot list every trade and creed.
_CLAUSE_OPEN = re.compile(r"(?:^|[-–—:;,(]|\) -|(?<![\w])(?:that|when|after|as|and|but|"
                          r"que|cuando|quand|et|y))\s*$")
_SUBJECT = re.compile(r"((?: [\w'-]+){0,2}? [a-z'-]+(?<!ss)(?<!ous)s)"
                      r"(?= (?:who|que|qui|[\w'-]+ed|[\w'-]+(?:aron|ieron)|are|were|have|had|"
                      r"remain|remained|sont|ont|han|estan|siguen|stayed|still|"
                      # the irregular past tenses a bid is told in
                      r"spent|ran|went|got|took|made|fled|broke|came|drove|sought|hid|slept|"
                      r"sat|burst|climbed|stole|slid|swept|forced)(?![\w]))")
_THINGS = re.compile(r"(?<![\w])(?:cars|buses|trucks|vehicles|shots|rounds|bullets|bombs|"
                     r"times|floors|rooms|hours|days|weeks|months|years|dollars|pesos|euros|"
                     r"planes|aircraft|flights|helicopters|ships|boats|trains|"
                     r"francs|pounds|embassies|consulates|countries|states|cities|nations|"
                     r"governments|points|percent|cases|letters|demands|hostages|bodies|"
                     r"coches|autobuses|camiones|disparos|voitures|autobus|camions|coups|"
                     r"tirs|balles|paises|pays)(?![\w])")


def _subject(sentence: str, start: int, end: int) -> bool:
    """True when the number at sentence[start:end] opens its clause and counts the subject
    of a verb: a group of people, told by any plural noun."""
    if not _CLAUSE_OPEN.search(sentence, max(0, start - 12), start):
        return False
    found = _SUBJECT.match(sentence, end)
    return found is not None and _THINGS.search(found.group(1)) is None


_A_SUBJECT = re.compile(r"(?:^|(?<=[-–—:;,(] )|(?<=\) - ))(?:a|an|un|une|ein|eine) "
                        r"((?:[\w'-]+ ){0,2}?[\w'-]+) ")
_THINGS_SINGULAR = re.compile(r"(?<![\w])(?:car|bus|truck|van|vehicle|lorry|tank|bomb|shell|"
                              r"bullet|grenade|mob|crowd|group|gang|coche|autobus|camion|"
                              r"voiture|wagen|lastwagen)(?![\w])")
_NUMBER_THEN_VERB = re.compile(rf"(?<![\w.,:-]){_NUMBER} (?=[a-z])")
_THE_NUMBER = re.compile(rf"(?<![\w])(?:the|los|las|les|die) {_NUMBER} (?:(?:also|then|too|"
                         rf"finally|tambien|luego|aussi|dann) )?")
# "walked into the nunciature with four aides": the aides and the one who brought them.
_WITH = re.compile(rf"(?<![\w])(?:with|along with|together with|accompanied by|con|avec|"
                   rf"accompagne de|mit) {_NUMBER}((?: [\w'-]+){{0,2}}? [a-z'-]+s)(?![\w])")


def _latin_counts(sentence: str) -> Iterator[re.Match[str]]:
    """Each number with the words after it; the next is looked for right after the number,
    so a year's words ("1984 harrten sechs junge DDR-Bürger") do not hide a count."""
    position = 0
    while (match := _LATIN_COUNT.search(sentence, position)) is not None:
        yield match
        position = match.end(1)


def find_counts(folded: str, start: int, end: int, countries: list[Found]
                ) -> list[CountMention]:
    """Every count of people in folded[start:end] (one sentence), in order."""
    sentence = folded[start:end]
    if HABITUAL_RE.search(sentence):
        return []  # "Japan has taken in more than 160 over the years": a tally, no group
    found: list[CountMention] = []
    demonyms = [(c.start - start, c.end - start) for c in countries if start <= c.start < end]
    ranged = 0  # "300 to 400 people": the second number is the range's, not a count
    for match in _latin_counts(sentence):
        if match.start() < ranged:
            continue
        value = _number(match.group(1))
        tail = match.group(2)
        if value is None or value == 0 or re.match(r"^ (?:years?|days?|weeks?|months?|hours?|"
                                                   r"km|kilomet|miles|percent|per cent|"
                                                   r"jahren?|tagen?|monaten?|wochen|stunden|"
                                                   r"minuten|anos|dias|meses|semanas|horas|"
                                                   r"minutos|ans|jours|mois|semaines|heures|"
                                                   r"minutes|quadratkilometer|metros|metres|"
                                                   r"thousand|hundred|million|mil|mille|"
                                                   r"tausend|hundert|cien|cent|cents|"
                                                   r"hundreds|thousands|millions|milliers|"
                                                   r"cientos|centenares|miles|hunderte|"
                                                   r"tausende)(?![\w])", tail):
            continue
        if re.fullmatch(r"(?:1[89]|20)\d\d", match.group(1)):
            continue  # a year
        if _day_of_month(sentence, match.start()):
            continue  # "on Jan. 15 reached Portugal"
        if _GUARD_WORD.search(tail):
            continue  # "four Indonesian guards": not the people who sought asylum
        noun = _PEOPLE_WORD.search(tail) or re.match(r" of (?:them|those|us)(?![\w])", tail)
        demonym = any(match.end(1) < d_start <= match.end(1) + len(tail) for d_start, _ in demonyms)
        if not noun and not demonym and not _subject(sentence, match.start(), match.end(1)):
            continue
        if _framed(sentence, match.start(), match.end(), value):
            continue
        bound = _RANGE.match(sentence, match.end(1))
        if bound is not None or _BETWEEN.search(sentence, max(0, match.start() - 9),
                                                match.start()):
            # "300 to 400 people", "between 60 and 80 others": a range, kept as words
            end = bound.end() if bound else match.end(1)
            other = _AND_NUMBER.match(sentence, end)
            ranged = other.end() if other else end
            found.append(CountMention(start + match.start(), start + end, None, "hedge"))
            continue
        found.append(_bounded(sentence, start, match.start(), match.end(1), value))
    for match in _ABOUT.finditer(sentence):
        # "waren es etwa 4000": a round number said with no noun, where people are counted.
        value = _number(match.group(1))
        if value and value >= 2 and _PEOPLE_WORD.search(sentence) and not _framed(
                sentence, match.start(), match.end()) and not re.fullmatch(
                r"(?:1[89]|20)\d\d", match.group(1)):
            found.append(CountMention(start + match.start(), start + match.end(1), value,
                                      "exact"))
    for match in _WITH.finditer(sentence):
        value = _number(match.group(1))
        if value and not _THINGS.search(match.group(2)) and not _GUARD_WORD.search(
                match.group(2)) and not re.fullmatch(r"(?:1[89]|20)\d\d", match.group(1)):
            found.append(CountMention(start + match.start(), start + match.end(1), value + 1,
                                      "exact"))
    for match in _A_SUBJECT.finditer(sentence):
        # "A poet walked into the embassy": one person, whatever the noun
        if EVENT_RE.match(sentence, match.end()) and not _THINGS_SINGULAR.search(
                match.group(1)) and not any(word in match.group(1) for word in NOT_SEEKERS):
            found.append(CountMention(start + match.start(), start + match.end() - 1, 1, "one"))
    for match in _NUMBER_THEN_VERB.finditer(sentence):
        # "Last month four climbed a fence into the Danish embassy": the number is the
        # subject of the bid's verb
        value = _number(match.group(1))
        if value and EVENT_RE.match(sentence, match.end()) and not re.fullmatch(
                r"(?:1[89]|20)\d\d", match.group(1)) and not _day_of_month(sentence,
                                                                         match.start(1)):
            found.append(CountMention(start + match.start(1), start + match.end(1), value,
                                      "exact"))
    for match in _THE_NUMBER.finditer(sentence):
        # "the two took refuge in the Chilean embassy": the number is the people themselves
        value = _number(match.group(1))
        if value and EVENT_RE.match(sentence, match.end()):
            found.append(CountMention(start + match.start(1), start + match.end(1), value,
                                      "exact"))
    for match in _GROUP_OF.finditer(sentence):
        value = _number(match.group(1))
        if value and not re.fullmatch(r"(?:1[89]|20)\d\d", match.group(1)):
            found.append(CountMention(start + match.start(1), start + match.end(1), value,
                                      "exact"))
    for match in _CJK_ONE.finditer(sentence):
        # "男性が大使館に駆け込んだ": one man, told by the noun alone
        found.append(CountMention(start + match.start(), start + match.end() - 1, 1, "one"))
    for pattern in (_KOREAN_COUNT, _HAN_COUNT):
        for match in pattern.finditer(sentence):
            value = _number(match.group(1))
            if value and not _framed(sentence, match.start(), match.end(), value) and not (
                    _CJK_GUARDS.search(sentence, max(0, match.start() - 4), match.start())):
                found.append(_bounded(sentence, start, match.start(), match.end(), value))
    for match in _ORDINAL.finditer(sentence):
        if _NOT_A_PERSON_AFTER.match(sentence, match.end()):
            continue  # "sent to Portugal or another country"
        found.append(CountMention(start + match.start(), start + match.end(), 1, "more"))
    for match in _HEDGE.finditer(sentence):
        if not _framed(sentence, match.start(), match.end()) and (
                _PEOPLE_WORD.search(sentence, match.end(), match.end() + 40)
                # "un grupo de campesinos": a group is of people, whatever the noun
                or _GROUP.search(match.group(0)) or any(
                    match.end() <= d_start <= match.end() + 20 for d_start, _ in demonyms)
                or not match.group(0).isascii()):
            found.append(CountMention(start + match.start(), start + match.end(), None, "hedge"))
    for family in _HOUSEHOLD.finditer(sentence):
        # "for himself, his wife and his daughter": three; "he, his wife and two sons": four
        children = _number(family.group(1)) if family.group(1) else 1
        if children:
            found.append(CountMention(start + family.start(), start + family.end(),
                                      2 + children, "household"))
    for pair in _PAIR.finditer(sentence):
        # "He and his secretary made for the legation": two.
        found.append(CountMention(start + pair.start(), start + pair.end(), 2, "exact"))
    for d_start, d_end in demonyms:
        # "The Australian walked into the embassy": one person, named by the nationality.
        article = _ARTICLE.search(sentence, max(0, d_start - 12), d_start)
        if (article is not None and not sentence[d_start:d_end].endswith("s")
                and EVENT_RE.match(sentence, d_end + 1)):
            found.append(CountMention(start + article.start(1), start + d_end, 1, "one"))
    aged = _AGED.match(sentence)
    if aged is not None:
        # "Chen, 40, is thought to have entered": one person, named with an age.
        found.append(CountMention(start, start + aged.end(1), 1, "one"))
    for named in _CJK_AGED.finditer(sentence):
        # "ツィマノウスカヤ選手(24)", "김모(34)씨", "王某（40）": one person, named with an age
        found.append(CountMention(start + named.start(), start + named.end(), 1, "one"))
    for one in _ONE.finditer(sentence):
        # "an 18-year-old" is a person, whatever the noun after
        if not any(word in (one.group(1) or one.group(2) or "") for word in NOT_SEEKERS):
            found.append(CountMention(start + one.start(), start + one.end(), 1, "one"))
    return sorted(_without_overlaps(found), key=lambda c: c.start)


def _without_overlaps(found: list[CountMention]) -> list[CountMention]:
    kept: list[CountMention] = []
    for item in sorted(found, key=lambda c: (c.kind == "hedge", -(c.end - c.start))):
        if all(item.end <= k.start or item.start >= k.end for k in kept):
            kept.append(item)
    return kept
