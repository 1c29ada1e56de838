"""Mission mentions: the sending state and the type from "the U.S. Consulate in Shenyang",
"Japan's diplomatic mission", "a school run by the German embassy", "britischen Konsulat",
"embajada del Perú", 日本総領事館, 美国驻沈阳总领事馆, 한국 대사관."""

from __future__ import annotations

import re
from dataclasses import dataclass

from asylum_browser.core.extract.gazetteer import Found
from asylum_browser.core.extract.words_places import MISSION_WORDS

ORGANISATIONS = frozenset({"UN", "UNHCR"})
_CONSULAR_PART = re.compile(r"consular (?:section|office)|영사부|領事部|领事部")
_GERMAN_STEMS = ("botschaft", "konsulat", "generalkonsulat", "schule", "nuntiatur")


@dataclass(frozen=True)
class MissionMention:
    """A mission named in the text, with the spans its state and type were read from."""

    start: int
    end: int
    mission_type: str | None
    sending_state: str | None
    state: Found | None  # the span of the sending state's name
    type_start: int  # the span of the mission word
    type_end: int
    weak: bool = False  # "the ambassador": a mission only if the sentence names no other
    plural: bool = False  # "three embassies": several missions, none of them an incident
    part: bool = False  # "the embassy's consular section": a part of an embassy
    # "those of Italy and Greece" after "other foreign embassies": where the missions it
    # names were told (the plural mention's start), so their bid is the one told there
    told_at: tuple[int, ...] = ()


def _word_pattern() -> re.Pattern[str]:
    parts = []
    for phrase, _ in sorted(MISSION_WORDS, key=lambda item: -len(item[0])):
        escaped = re.escape(phrase)
        if phrase.isascii():
            suffix = r"\w*" if phrase in _GERMAN_STEMS else r"(?:s|'s)?"
            parts.append(rf"(?<![\w]){escaped}{suffix}(?![\w])")
        else:
            parts.append(escaped)
    return re.compile("|".join(parts))


_WORDS = _word_pattern()
_TYPES = dict(MISSION_WORDS)
# Between a state and the type word: adjectives, "'s", a possessive, a Chinese 驻 + city.
_GAP_BEFORE = re.compile(r"^(?:'s|’s)?(?:[ \-]+(?:[a-z]+[ \-]+){0,2})?$|^[ の]?$|"
                         r"^ ?(?:驻|駐|주재 ?|주)[^\s,，。]{1,6}$|"
                         # "日本人学校", "일본인학교": the school of a state's nationals
                         r"^(?:人|인) ?$")
# Words that never stand between a state's adjective and its mission: "North Koreans into
# the embassy" names no North Korean embassy.
_NOT_BETWEEN = frozenset({"the", "a", "an", "into", "in", "at", "to", "of", "from", "outside",
                          "inside", "near", "and", "or", "for", "with", "by", "on", "entered",
                          "reached", "police", "guards", "staff", "officials", "said",
                          # Spanish, French and German prepositions and articles
                          "en", "la", "el", "los", "las", "del", "al", "dans", "le", "les",
                          "au", "aux", "im", "ins", "der", "die", "das", "den", "dem", "y",
                          "et", "und", "con", "avec", "mit", "por", "par", "para", "pour"})
_GAP_AFTER = re.compile(r"^(?: of(?: the)?| de(?: la| los| las)?| del| du| des| der| d'|"
                        r" von(?: der| dem)?| de l')\s*$")
# Between an embassy and the school it runs, in Chinese, Japanese and Korean.
_RUNS = re.compile(r"^(?:开办的|開辦的|开设的|設立した|が運営する|運営の|이 운영하는 ?|"
                   r"가 운영하는 ?|"
                   # "ドイツ大使館の敷地内にある学校", "德国大使馆院内的学校": in its grounds
                   r"の敷地内にある|の敷地内の|敷地内の|院内的|内的|구내 ?|내 ?)$")
_RUN_BY = re.compile(r"^ (?:run|operated|owned|managed) by (?:the |an? )?$|"
                     r"^ (?:of|de la|de|der|del) (?:the |la )?$")


def _type_of(phrase: str) -> str | None:
    base = phrase.removesuffix("'s")
    if base in _TYPES:
        return _TYPES[base]
    if base.endswith(("schule", "schulen")) and base.isascii():
        return _TYPES["schule"]  # "Botschaftsschule": a school, whatever runs it
    for stem in _GERMAN_STEMS:
        if base.startswith(stem):
            return _TYPES[stem]
    return _TYPES.get(base.removesuffix("s"))


# "a U.S. consulate official said": the mission names who spoke, not where a bid was.
_STAFF = re.compile(r" (?:officials?|spokes(?:man|woman|person)|employees?|staff|diplomats?|"
                    r"officers?|sources?|workers?)(?![\w])")
_CJK_OFFICES = frozenset({"办事处", "辦事處", "事務所", "사무소"})
OFFICE_REACH = 6  # characters of a city's name between an organisation and its office
HOLY_SEE = "VA"
# "Brasil concede asilo al senador, refugiado en su embajada": the mission is of the state
# the clause told of just before.
_POSSESSIVE = re.compile(r"(?<![\w])(?:its|su|sus|sa|son|ses|seine[mnr]?|ihre[mnr]?) $")
OWNER_REACH = 160


def _owner(folded: str, countries: list[Found], position: int) -> Found | None:
    """The country last named before ``position`` in its sentence: whose "its embassy"."""
    low = max(0, position - OWNER_REACH)
    stop = max(folded.rfind(". ", low, position), folded.rfind("\n", low, position))
    before = [c for c in countries if max(low, stop) <= c.start and c.end <= position]
    return before[-1] if before else None


def _plural(word: str) -> bool:
    """"embassies", "embajadas", "ambassades", "Botschaften", "Konsulate": several missions."""
    return (word.endswith("s") and not word.endswith("'s") and word.isascii()) or word.endswith(
        ("botschaften", "konsulate", "vertretungen", "nuntiaturen"))


_SEAT_OF_MISSION = re.compile(r" (?:del|de la|de los) (?:consulado|embajada|residencia|"
                              r"nunciatura|legacion)")


def find_missions(folded: str, countries: list[Found], mission_types: frozenset[str]
                  ) -> list[MissionMention]:
    """Every mission mention in the text with its sending state where the text names it."""
    found: list[MissionMention] = []
    for match in _WORDS.finditer(folded):
        mission_type = _type_of(match.group(0))
        if mission_type is not None and mission_type not in mission_types:
            mission_type = None
        state = _state_before(folded, countries, match.start()) or _state_after(
            folded, countries, match.end(), match.group(0))
        if state is None and match.group(0) in _CJK_OFFICES:
            # "联合国难民署北京办事处": the organisation, then the city the office is in
            state = next((c for c in reversed(countries) if c.end <= match.start()
                          and match.start() - c.end <= OFFICE_REACH
                          and c.value in ORGANISATIONS), None)
        if state is None and mission_type is None:
            continue  # "mission" and "compound" alone say nothing
        if state is None and _POSSESSIVE.search(folded, max(0, match.start() - 8),
                                                match.start()):
            state = _owner(folded, countries, match.start())
        if state is None and mission_type == "apostolic_nunciature":
            # Only the Holy See sends nuncios: the word names its state.
            state = Found(match.start(), match.end(), HOLY_SEE)
        start = min(match.start(), state.start) if state else match.start()
        end = max(match.end(), state.end) if state else match.end()
        code = state.value if state else None
        if (match.group(0).startswith("office") or match.group(0) in _CJK_OFFICES) and (
                code not in ORGANISATIONS):
            continue  # "the prime minister's office" is no mission; "UNHCR's office" is
        if code in ORGANISATIONS:
            mission_type = "international_organisation_office"
        word = match.group(0)
        if word == "sede" and _SEAT_OF_MISSION.match(folded, match.end()):
            continue  # "la sede del Consulado General del Paraguay": the consulate's word
        if word == "sede" and code is not None and mission_type is None:
            mission_type = "embassy"  # "la sede de Checoslovaquia": a state's seat abroad
        if word.startswith("ambassador") and _plural(word) and mission_type is None:
            continue  # "the ambassadors of Chile and Spain": people at a ceremony
        found.append(MissionMention(start, end, mission_type, code, state, match.start(),
                                    match.end(), weak=(word.startswith("ambassador")
                                                       and mission_type is None)
                                    or _STAFF.match(folded, match.end()) is not None,
                                    plural=_plural(word),
                                    part=_CONSULAR_PART.search(word) is not None))
    return sorted(_schools_run_by_embassies(folded, found) + _those_of(folded, countries, found),
                  key=lambda m: m.type_start)


_THOSE_OF = re.compile(r"(?<![\w])(?:those|that|celles?|las?|los|die) (?:of|de|der) (?:the )?")
_AND = re.compile(r"^(?:,| and| y| et| und)? (?:the )?$")
THOSE_REACH = 300  # characters back to the missions "those of" points to


def _those_of(folded: str, countries: list[Found], found: list[MissionMention]
              ) -> list[MissionMention]:
    """'... in other foreign embassies. They included those of Italy and Greece': one mission
    of each state named, of the kind of the plural mission word told just before."""
    added: list[MissionMention] = []
    for match in _THOSE_OF.finditer(folded):
        plurals = [m for m in found if m.plural and m.mission_type
                   and match.start() - THOSE_REACH <= m.type_end <= match.start()]
        if not plurals:
            continue
        plural = plurals[-1]
        at = match.end()
        for country in countries:
            if country.start < at:
                continue
            if country.start != at and not _AND.match(folded[at:country.start]):
                break
            added.append(MissionMention(country.start, country.end, plural.mission_type,
                                        country.value, country, country.start, country.end,
                                        told_at=tuple(m.type_start for m in plurals)))
            at = country.end
    return added


def _state_before(folded: str, countries: list[Found], start: int) -> Found | None:
    for country in reversed(countries):
        if folded[max(0, country.start - 1):country.start] in ("驻", "駐"):
            continue  # 日本驻泰国大使馆: Thailand hosts the embassy, Japan sends it
        if country.end <= start and start - country.end <= 24:
            gap = folded[country.end:start]
            if _GAP_BEFORE.match(gap) and not _NOT_BETWEEN & set(re.findall(r"[a-z]+", gap)):
                return country
        if country.end <= start - 24:
            break
    return None


# Spanish and French put the state's adjective after the mission word: "la embajada
# mexicana", "l'ambassade française", "la sede diplomática mexicana".
_ADJECTIVE_AFTER = frozenset(
    word + plural for word in ("embajada", "consulado", "consulado general", "sede diplomatica",
                               "legacion", "residencia", "residencia del embajador",
                               "residencia oficial del embajador", "ambassade", "consulat",
                               "consulat general", "legation", "residence de l'ambassadeur",
                               "residencia del encargado de negocios",
                               "residencia del ministro consejero",
                               "residence du charge d'affaires",
                               "appartement du charge d'affaires")
    for plural in ("", "s"))


def _state_after(folded: str, countries: list[Found], end: int, word: str) -> Found | None:
    """The state named just after the mission word: "embassy of Peru", "la embajada
    mexicana", and the German genitive "die Botschaft Österreichs"."""
    german = word.startswith(_GERMAN_STEMS) or word.endswith("schule")
    for country in countries:
        gap = folded[end:country.start]
        if country.start < end or country.start - end > 12:
            continue
        if _GAP_AFTER.match(gap) or (gap == " " and (
                word in _ADJECTIVE_AFTER
                or (german and folded[country.start:country.end].endswith("s")))):
            return country
    return None


def _schools_run_by_embassies(folded: str, found: list[MissionMention]
                              ) -> list[MissionMention]:
    """'a school run by the German embassy' is one mission: a school whose state is the
    embassy's; so is "the residence of the embassy of Senegal"."""
    merged: list[MissionMention] = []
    skip = -1
    for index, mention in enumerate(found):
        if index == skip:
            continue
        following = found[index + 1] if index + 1 < len(found) else None
        if (mention.mission_type in ("school", "ambassadors_residence") and following is not None
                and following.sending_state is not None
                and mention.sending_state in (None, following.sending_state)
                and _RUN_BY.match(folded[mention.type_end if mention.state else mention.end:min(
                    following.start,
                    following.state.start if following.state else following.start)])):
            merged.append(MissionMention(mention.start, following.end, mention.mission_type,
                                         following.sending_state, following.state,
                                         mention.type_start, mention.type_end))
            skip = index + 1
            continue
        if (mention.mission_type == "embassy" and following is not None
                and following.mission_type == "school"
                and following.sending_state in (None, mention.sending_state)
                and _RUNS.match(folded[mention.end:following.state.start if following.state
                                       else following.type_start])):
            merged.append(MissionMention(mention.start, following.end, "school",
                                         mention.sending_state, mention.state,
                                         following.type_start, following.type_end))
            skip = index + 1
            continue
        merged.append(mention)
    return merged
