"""Number words, people nouns, hedges and the frames of population figures (folded)."""

from __future__ import annotations

NUMBER_WORDS: dict[str, int] = {
    # English
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "both": 2, "a pair of": 2,
    "a dozen": 12, "a couple of": 2,
    # Spanish
    "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
    "ocho": 8, "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20,
    "ambos": 2, "ambas": 2, "trece": 13, "catorce": 14, "dieciseis": 16, "diecisiete": 17,
    "dieciocho": 18, "diecinueve": 19, "veintiuno": 21, "veintidos": 22, "veintitres": 23,
    "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26, "veintisiete": 27,
    "veintiocho": 28, "veintinueve": 29,
    # French
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15,
    "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19, "vingt": 20,
    # German
    "zwei": 2, "drei": 3, "vier": 4, "funf": 5, "sechs": 6, "sieben": 7, "acht": 8,
    "neun": 9, "zehn": 10, "elf": 11, "zwolf": 12, "dreizehn": 13, "vierzehn": 14,
    "funfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
    "zwanzig": 20, "beide": 2, "beiden": 2,
    # Tens, as anniversaries and larger groups are told
    "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
    "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
    "dreissig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60, "siebzig": 70,
}
# English tens and their compounds, as wire copy spells them: "twenty-five", "forty two".
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}
NUMBER_WORDS |= _TENS | {f"{ten}{joint}{unit}": value + number
                         for ten, value in _TENS.items() for unit, number in _UNITS.items()
                         for joint in ("-", " ")}

# Korean native numbers before 명 (people), and Han numerals before 名/人/명.
KOREAN_NUMBERS: dict[str, int] = {
    "한": 1, "두": 2, "세": 3, "네": 4, "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8,
    "아홉": 9, "열": 10, "열한": 11, "열두": 12, "스무": 20,
}
HAN_DIGITS: dict[str, int] = {
    "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "十": 10,
}

# "a third joined them", "un tercero", "ein dritter": one more on top of a count already told.
ORDINALS = ("a second", "a third", "a fourth", "a fifth", "a sixth", "another", "un segundo",
            "un tercero", "un cuarto", "un deuxieme", "un troisieme", "un quatrieme",
            "ein zweiter", "ein dritter", "ein vierter")

# Nouns for people in a group. Plural forms take a count; the singular ones make a count of
# one after "a"/"an"/"un"/"une"/"ein".
PEOPLE_PLURAL = (
    "people", "persons", "men", "women", "children", "teenagers", "boys", "girls",
    "brothers", "sisters", "hermanos", "hermanas", "freres", "soeurs", "bruder", "schwestern",
    "asylum seekers", "asylum-seekers", "defectors", "refugees", "labourers", "laborers",
    "workers", "students", "activists", "dissidents", "officials", "ministers", "leaders",
    "politicians", "opposition figures", "opponents", "journalists", "members", "citizens",
    "nationals", "migrants", "families", "relatives", "soldiers", "protesters", "deputies",
    "senators", "lawmakers", "others", "diplomats", "judges", "magistrates", "youths",
    "youngsters", "jovenes", "jeunes", "jugendliche", "sons", "daughters", "hijos", "hijas",
    "fils", "filles", "sohne", "tochter", "aides", "advisers", "advisors", "asesores",
    "colaboradores", "collaborateurs", "conseillers", "mitarbeiter", "berater",
    "personas", "hombres", "mujeres", "ninos", "dirigentes", "opositores", "ciudadanos",
    "solicitantes de asilo", "refugiados", "activistas", "periodistas", "miembros",
    "exministros", "ex ministros", "funcionarios", "diputados", "senadores", "militares",
    "soldados", "militaires", "soldats", "soldaten",
    "personnes", "hommes", "femmes", "enfants", "ministres", "anciens ministres", "opposants",
    "demandeurs d'asile", "refugies", "militants", "journalistes", "ressortissants",
    "menschen", "personen", "manner", "mannern", "frauen", "kinder", "kindern", "leuten",
    "leute", "fluchtlinge", "fluchtlingen", "oppositionelle",
    "aktivisten", "journalisten", "staatsburger", "asylsuchende", "mitglieder", "burger",
    "ausreisewillige", "fluchtwillige",
)
PEOPLE_SINGULAR = (
    "man", "woman", "person", "former minister", "minister", "politician", "dissident",
    "activist", "journalist", "defector", "opposition leader", "student", "worker",
    "soldier", "judge", "general", "colonel", "former president", "former interior minister",
    "former foreign minister", "former vice president", "businessman", "lawmaker", "senator",
    "deputy", "person", "exvicepresidente", "expresidente", "senador", "diputado",
    "hombre", "mujer", "exministro", "dirigente", "opositor", "periodista",
    "homme", "femme", "ancien ministre", "opposant", "journaliste",
    "mann", "frau", "oppositioneller", "politiker",
    # Offices and roles a lone seeker is named by
    "vice president", "vice-president", "president", "prime minister", "priest", "cardinal",
    "bishop", "writer", "scientist", "physicist", "lawyer", "leader", "candidate",
    "governor", "mayor", "police chief",
    "vicepresidente", "presidente", "ministro", "candidato", "lider", "abogado", "escritor",
    "sacerdote", "senateur", "depute", "ministre", "dirigeant", "militant", "ecrivain",
    "avocat", "pretre", "minister", "prasident", "schriftsteller", "priester", "anwalt",
)
# Offices once held, in one word: "al exvicepresidente" is one person.
EX_TITLES = ("exvicepresidente", "expresidente", "exministro", "exministra", "exsenador",
             "exdiputado", "exgobernador", "exalcalde")
# People who tell the story, not people in it: "a diplomat familiar with the case said".
# People who guard, police or staff a place, counted in a report but never the seekers.
GUARDS = ("guards", "policemen", "police officers", "officers", "vigiles", "gardes",
          "policiers", "gendarmes", "guardias", "policias", "agentes", "wachleute", "polizisten",
          "staff", "employees", "empleados", "employes")
NOT_SEEKERS = ("spokesman", "spokeswoman", "spokesperson", "diplomat", "lawyer", "witness",
               "source", "official familiar", "ambassador")

HEDGES = (
    "several", "dozens of", "dozens", "hundreds of", "scores of", "a number of", "a group of",
    # a family, its size untold ("a family of five" is counted)
    "a family", "una familia", "une famille", "eine familie",
    "a handful of", "many", "a few", "numerous", "varios", "varias", "decenas de", "cientos de",
    "un grupo de", "plusieurs", "des dizaines de", "des centaines de", "un groupe de",
    "mehrere", "dutzende", "hunderte", "zahlreiche", "eine gruppe von", "einige",
    "수십 명", "수십명", "여러 명", "여러명", "수백 명", "数十人", "数十名", "数人", "数名",
    "几名", "多名", "十几名", "数百人",
)

# A number in one of these frames counts a population or a running total, not a group.
POPULATION_FRAMES = (
    "city of", "town of", "country of", "population", "inhabitants", "residents", "home to",
    "habitantes", "poblacion", "habitants", "einwohner", "bevolkerung", "인구", "살고",
    "人口", "住民", "million", "millones", "millions", "millionen", "billion", "万",
    # where a people lives: "some 100,000 Venezuelans live in Spain"
    "live in", "living in", "viven", "vivent", "leben in",
)
# A count of those who tried is not of those who got in; the room a mission had is no group.
ATTEMPT_FRAMES = ("tried to", "attempted to", "시도", "试图", "企图", "intentaron",
                  "ont tente", "versuchten")
CAPACITY_FRAMES = ("room for", "built for", "designed for", "capacity", "eingerichtet",
                   "platz fur", "capacidad para", "prevue pour", "可容纳", "容纳", "収容できる",
                   "수용할 수 있는")
# Said just before the number only: "a total of 13 Timorese".
TOTAL_BEFORE = ("a total of", "un total de", "un total d'", "ein total von")
# A crowd at a rally is no group of seekers: "about 100 youths rallied at the parliament".
RALLY_FRAMES = ("rallied", "demonstrated", "protested outside", "marched", "se manifestaron",
                "manifestaient", "ont manifeste", "demonstrierten", "시위", "示威", "抗议")
# The group the seeker came with, not the seekers: "a member of an eight-strong delegation of
# six students".
MEMBER_FRAMES = ("member of", "miembro de", "membre d", "mitglied")
TOTAL_FRAMES = (
    "since the", "since 19", "since 20", "so far this year", "in total", "in all",
    "every year", "each year", "per year", "annually", "over the years", "altogether",
    "desde", "en total", "depuis", "au total", "seit", "insgesamt", "지금까지", "이후",
    "以来", "累计", "これまで", "計", "计", "合計", "合计", "총 ", "모두 합쳐",
    # a total reached: "今年韓国に入国した脱北者は576人となった", "에 달했다", "达到"
    "となった", "に上る", "に上った", "에 달했", "에 달한", "에 이르", "达到",
)
# Told with their families, uncounted: "Douze de ses ministres l'ont rejointe avec leurs
# familles" is more than twelve, how many more unknown.
FAMILY_FRAMES = ("with their families", "with their relatives", "avec leurs familles",
                 "con sus familias", "mit ihren familien", "가족들과", "家属", "家族と")
