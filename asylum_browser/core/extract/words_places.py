"""Mission words, and the country and city names the database's names table does not hold:
adjectives and exonyms in Spanish, French and German (folded; a trailing * takes any ending).

The names table (core/model/schema.py ``names``) already has the English names and demonyms
and the Korean, Chinese and Japanese names; these fill the gap for the other report languages.
"""

from __future__ import annotations

# (folded phrase, mission type code). Longer phrases first where one contains another; a type
# of None is a mission whose kind the phrase does not tell ("diplomatic mission").
MISSION_WORDS: tuple[tuple[str, str | None], ...] = (
    ("ambassador's official residence", "ambassadors_residence"),
    ("ambassador's private residence", "ambassadors_residence"),
    ("ambassador's official home", "ambassadors_residence"),
    ("ambassador's residence", "ambassadors_residence"),
    ("ambassadors residence", "ambassadors_residence"),
    ("residence of the ambassador", "ambassadors_residence"),
    ("ambassador's home", "ambassadors_residence"),
    ("consulate general", "consulate_general"), ("consulate-general", "consulate_general"),
    ("consular section", "consulate"), ("consular office", "consulate"),
    ("consulate", "consulate"), ("embassy", "embassy"), ("embassies", "embassy"),
    ("legation", "legation"), ("high commission", "high_commission"),
    ("apostolic nunciature", "apostolic_nunciature"), ("nunciature", "apostolic_nunciature"),
    ("permanent representation", "permanent_representation"),
    ("international school", "school"), ("school", "school"),
    ("embassy's consular section", "consulate"), ("residence", "ambassadors_residence"),
    ("diplomatic mission", None), ("mission", None), ("compound", None),
    ("ambassador", None), ("office", None), ("offices", None),
    # an organisation's office in Chinese, Japanese and Korean: "联合国难民署北京办事处"
    ("办事处", None), ("辦事處", None), ("事務所", None), ("사무소", None),
    # Spanish
    ("residencia oficial del embajador", "ambassadors_residence"),
    ("residencia del encargado de negocios", "ambassadors_residence"),
    ("residencia del ministro consejero", "ambassadors_residence"),
    ("residencia del embajador", "ambassadors_residence"),
    ("consulado general", "consulate_general"), ("consulado", "consulate"),
    ("embajada", "embassy"), ("nunciatura", "apostolic_nunciature"),
    ("sede diplomatica", None), ("legacion", "legation"),
    ("sede", None),  # "la sede de Checoslovaquia": a state's seat, its mission
    # French
    ("residence de l'ambassadeur", "ambassadors_residence"),
    ("residence du charge d'affaires", "ambassadors_residence"),
    ("appartement du charge d'affaires", "ambassadors_residence"),
    ("consulat general", "consulate_general"), ("consulat", "consulate"),
    ("ambassade", "embassy"), ("nonciature", "apostolic_nunciature"), ("ecole", "school"),
    ("lycee", "school"),
    # German
    ("residenz des botschafters", "ambassadors_residence"),
    ("generalkonsulat", "consulate_general"), ("konsulat", "consulate"),
    ("botschaft", "embassy"), ("standige vertretung", "permanent_representation"),
    ("standigen vertretung", "permanent_representation"),
    ("nuntiatur", "apostolic_nunciature"), ("schule", "school"),
    # Korean, Chinese, Japanese
    ("대사관저", "ambassadors_residence"), ("대사관 영사부", "consulate"),
    ("大使館領事部", "consulate"), ("大使馆领事部", "consulate"), ("使馆", "embassy"),
    ("총영사관", "consulate_general"),
    ("영사관", "consulate"), ("영사부", "consulate"), ("대사관", "embassy"),
    ("국제학교", "school"), ("학교", "school"), ("国际学校", "school"), ("國際學校", "school"),
    # "the same school", told again: a school whose state the report has named before.
    ("同校", "school"), ("该校", "school"), ("該校", "school"),
    ("大使官邸", "ambassadors_residence"), ("大使公邸", "ambassadors_residence"),
    ("总领事馆", "consulate_general"), ("總領事館", "consulate_general"),
    ("総領事館", "consulate_general"), ("领事馆", "consulate"), ("領事館", "consulate"),
    ("领事部", "consulate"), ("領事部", "consulate"), ("大使馆", "embassy"),
    ("大使館", "embassy"), ("人学校", "school"), ("学校", "school"), ("學校", "school"),
)

# Country words beyond the names table, by code. Stems end in *.
FOREIGN_COUNTRY_WORDS: dict[str, tuple[str, ...]] = {
    "UNHCR": ("u.n. refugee agency", "un refugee agency", "united nations refugee agency",
              "u.n. high commissioner for refugees", "un high commissioner for refugees",
              "united nations high commissioner for refugees", "acnur", "hcr",
              "haut-commissariat des nations unies pour les refugies",
              "uno-fluchtlingshilfswerk", "un-fluchtlingshilfswerk", "유엔난민기구",
              "联合国难民署", "聯合國難民署", "国連難民高等弁務官事務所"),
    "US": ("estados unidos", "estadounidense*", "norteamerican*", "etats-unis",
           "americain*", "amerikanisch*", "vereinigten staaten", "usa-"),
    "GB": ("reino unido", "britanic*", "britannique*", "royaume-uni", "britisch*",
           "grossbritannien"),
    "JP": ("japon", "japones*", "japonais*", "japanisch*"),
    "KR": ("corea del sur", "surcorean*", "coree du sud", "sud-coreen*", "sudkorea",
           "sudkoreanisch*"),
    "KP": ("corea del norte", "norcorean*", "coree du nord", "nord-coreen*", "nordkorea",
           "nordkoreaner*", "nordkoreanisch*",
           # 北韓 with the simplified 韩, as overseas Chinese media write it
           "北韩"),
    "DE": ("alemania", "aleman*", "allemagne", "allemand*", "deutsch*"),
    "XW": ("westdeutsch*", "bundesrepublik", "rfa", "alemania occidental",
           "republique federale d'allemagne", "republica federal de alemania",
           "federal republic of germany"),
    "CSHH": ("checoslovaquia", "tchecoslovaquie", "tschechoslowakei"),
    "FR": ("francia", "frances*", "francai*", "franzosisch*", "frankreich"),
    "IT": ("italia", "italian*", "italie", "italien*"),
    "ES": ("espanol*", "espagne", "espagnol*", "spanien", "spanisch*"),
    "MX": ("mexico", "mexican*", "mexique", "mexicain*", "mexiko", "mexikanisch*"),
    "PE": ("peru", "peruan*", "perou", "peruvien*"),
    "CL": ("chilen*", "chili", "chilien*"),
    "AR": ("argentin*", "argentinien"),
    "BR": ("brasil", "brasilen*", "bresil", "bresilien*", "brasilien", "brasilianisch*"),
    "CA": ("canada", "canadiens*", "canadien*", "kanada", "kanadisch*"),
    "CN": ("chino", "china", "chinos", "chine", "chinois*", "chinesisch*"),
    "CU": ("cuban*", "cubain*", "kuba", "kubanisch*"),
    "VE": ("venezolan*", "venezuelien*", "venezolanisch*"),
    "EC": ("ecuatorian*", "equateur", "equatorien*", "ecuadorianisch*", "ecuadorean*"),
    "CO": ("colombian*", "colombie", "colombien*", "kolumbien", "kolumbianisch*"),
    "NI": ("nicaraguense*", "nicaraguayen*", "nicaraguanisch*"),
    "BO": ("bolivian*", "bolivie", "bolivien*"),
    "NL": ("paises bajos", "holandes*", "neerlandais*", "pays-bas", "niederlande",
           "niederlandisch*"),
    "SE": ("suecia", "suec*", "suede", "suedois*", "schweden", "schwedisch*"),
    "CH": ("suiza", "suizo*", "suisse*", "schweiz*"),
    "BE": ("belgica", "belga*", "belgique", "belge*", "belgien", "belgisch*"),
    "AT": ("austria", "austriac*", "autriche", "autrichien*", "osterreich*"),
    "PL": ("polonia", "polac*", "pologne", "polonais*", "polen", "polnisch*"),
    "HU": ("hungria", "hungar*", "hongrie", "hongrois*", "ungarn", "ungarisch*"),
    "CZ": ("chec*", "tcheque*", "tschechisch*", "tschechien"),
    "RU": ("rusia", "rus*", "russie", "russe*", "russland", "russisch*"),
    "DK": ("dinamarca", "danes*", "danemark", "danois*", "danemark", "danisch*"),
    "AU": ("australian*", "australie", "australien*"),
    "VA": ("santa sede", "vaticano", "saint-siege", "vatican", "heiliger stuhl",
           "heiligen stuhl*", "vatikan"),
    "CI": ("ivoirien*", "cote d'ivoire", "marfil*", "ivorisch*"),
    "HT": ("haitian*", "haitien*"),
    "UY": ("uruguay*",),
    "PY": ("paraguay*",),
    "SV": ("salvadoren*",),
    "HN": ("hondure*",),
    "GT": ("guatemaltec*",),
    "PA": ("panamen*",),
    "MN": ("mongol*",),
    "VN": ("vietnam*",),
    "ID": ("indonesi*",),
    "BY": ("belarussisch*", "bielorrus*", "bielorusse*", "weissrussisch*"),
    "BI": ("burundais*", "burundes*", "burundisch*"),
    "KH": ("cambodgien*", "camboyan*", "kambodschanisch*"),
    "IR": ("iranien*", "irani*", "iranisch*"),
    "AF": ("afghan*",),
    "TL": ("timorese", "est-timorais*", "timorais*", "timorense*", "timor oriental",
           "timor-oriental", "osttimor*"),
    "GR": ("greece", "greek*", "grecia", "grieg*", "grece", "grec", "grecque*", "griechenland",
           "griechisch*"),
    "NZ": ("new zealand*", "nueva zelanda", "neozeland*", "nouvelle-zelande", "neuseeland*"),
    "AL": ("albani*", "albanais*", "albanisch*"),
}

# City names in Spanish, French and German that the names table lacks.
FOREIGN_CITY_NAMES: dict[str, tuple[str, ...]] = {
    "Beijing": ("pekin", "pequin"), "Moscow": ("moscu", "moscou", "moskau"),
    "Warsaw": ("varsovia", "varsovie", "warschau"), "London": ("londres",),
    "Havana": ("la havane", "havanna"), "Prague": ("praga",),
    "Tokyo": ("tokio",), "Bangkok": ("bangkok",), "Rome": ("rom",),
    "Lima": ("lima",), "Panama City": ("panama", "ciudad de panama"),
    "Shanghai": ("shanghai", "schanghai"), "Budapest": ("budapest",),
    "Tehran": ("teheran",), "Kabul": ("kaboul",), "Jakarta": ("yakarta", "djakarta"),
    "Hanoi": ("hanoi",), "Mogadishu": ("mogadiscio", "mogadischu"),
    "Zanzibar": ("sansibar",), "Beirut": ("beyrouth",),
    "Berlin": ("ost-berlin", "ostberlin", "berlin-est"),
}

# Words before a city that send it elsewhere: "flew to Seoul", "left for Bangkok", "via Manila".
AWAY_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("to", "for", "via", "towards", "toward", "from"),
    "es": ("a", "hacia", "rumbo a", "para", "via", "desde"),
    "fr": ("vers", "pour", "via", "depuis"),
    "de": ("nach", "uber", "via", "aus", "von"),
}
