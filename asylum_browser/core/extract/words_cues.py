"""The phrases that tell an incident happened, who said so, how people got in, what the host
did and how it ended, in the report languages (folded regular expressions)."""

from __future__ import annotations

# A bid for asylum: the phrase that makes a mission mention an incident.
EVENT = (
    r"sought (?:political )?(?:asylum|refuge|protection|shelter|sanctuary)",
    r"seek(?:ing)? (?:asylum|sanctuary)",
    r"(?:took|taken|taking|take|find|found|finding|have taken|has taken) "
    r"(?:refuge|shelter|sanctuary)", r"seek (?:asylum|refuge)",
    r"asked for (?:political )?(?:asylum|protection|refuge)", r"asking for asylum",
    r"requested asylum", r"applied for asylum", r"entered", r"entering", r"walked into",
    r"pushed (?:past|through|into)", r"rushed in(?![\w])",
    r"walked in", r"walked through", r"ran into", r"rushed into", r"rushed (?:the|an?) ",
    r"led (?:[\w-]+ ){0,5}?into", r"burst into", r"forced (?:their|his|her|its) way",
    r"climbed", r"scaled", r"jumped over", r"got into", r"broke into", r"drove (?:into|through)",
    r"slipped (?:into|past)", r"sheltering", r"holed up", r"granted asylum", r"defected",
    r"sheltered", r"made a run (?:at|for)",
    r"asylum at", r"asylum in", r"(?:were|was) given refuge", r"stormed into",
    r"made (?:it|their way) into", r"(?:smashed|crashed) (?:through|into)", r"rammed",
    # Told from the mission's side: it took people in.
    r"took in", r"gave (?:them |him |her )?(?:refuge|shelter|asylum|sanctuary)",
    r"opened its doors", r"dieron refugio", r"dio refugio", r"acogi\w+", r"alberg(?:o|aron|aba)",
    r"heberge\w*", r"ouvr\w+ ses portes", r"beherbergt\w*",
    r"gewahrte\w* (?:ihnen |ihm |ihr )?(?:asyl|zuflucht)",
    # The same moves told as they happen: "after walking in", "dashed in through the gate".
    r"walking in", r"(?:running|dashed|dashing|darted|raced|rushing|bursting) "
    r"(?:past|in|through|into)", r"climbing", r"scaling", r"breaking into",
    r"forcing (?:their|his|her) way",
    # Heading for a mission: "made for the U.S. legation", "fled to the Italian embassy".
    r"reached (?:the |an? )?(?:[\w.'-]+ ){0,2}?(?:embassy|legation|consulate|mission|"
    r"residence|nunciature|compound)",
    r"(?:made|headed|ran|fled|went|drove|walked) (?:for|to|towards?) (?:the |an? )?"
    r"(?:[\w.'-]+ ){0,2}?"
    r"(?:embassy|legation|consulate|mission|residence|nunciature)",
    # "arrived at the American Embassy and asked for the station chief", "then went there in
    # person", "ging der General zur amerikanischen Botschaft", "リガの米国大使館を訪ねた"
    r"(?:arrived|turned up|showed up) at (?:the |an? )?(?:[\w.'-]+ ){0,2}?(?:embassy|legation|"
    r"consulate|mission|residence|nunciature)", r"went there in person",
    r"(?:as )?an? refugee (?:in|at) (?:the |an? )?(?:[\w.'-]+ ){0,3}?(?:embassy|legation|"
    r"consulate|residence|nunciature)",
    r"(?:llego|llegaron) a la (?:embajada|residencia|nunciatura|sede)",
    r"(?:ging|gingen|kam|kamen) (?:[\w-]+ ){0,5}(?:zur|in die) (?:[\w-]+ ){0,2}"
    r"(?:botschaft|vertretung|residenz|nuntiatur)",
    r"大使館を訪ね", r"大使館に(?:予告なしに)?現れ",
    # A bid told by what the host did to the seekers inside: "dragged five out of the consulate".
    r"dragged", r"hauled (?:\w+ ){0,4}out of",
    # Spanish
    r"se refugi\w+", r"refugiad\w+", r"pidi\w+ asilo", r"solicit\w+ asilo", r"ingres\w+",
    r"entr(?:o|aron)",
    r"(?:lograron|logro|consiguieron|consiguio|pudieron|pudo) entrar", r"atrinchera\w+",
    r"se present\w+ en",  # "se presentaron en la sede diplomática": showed up to ask
    r"(?:adonde|donde) acudi(?:o|eron)",
    r"acudi(?:o|eron) a (?:la|el) (?:embajada|sede|residencia|consulado|nunciatura|legacion)",
    r"(?:se )?(?:habia |habian |ha |han )?resguardad[oa]s?(?![\w])",
    r"se resguard\w+", r"se introdu(?:jo|jeron)", r"colarse",
    r"irrumpi\w+", r"saltaron", r"asilad\w+", r"buscaron (?:asilo|refugio)",
    # French
    r"trouve refuge", r"(?:s'|se |sont |est |etaient |etait )(?:[\w-]+ )?refugie\w*",
    r"demande l'asile", r"demande asile", r"entre\w* dans",
    r"(?:s'|se )(?:etai(?:en)?t |sont |est )?introdui\w*",
    r"entre(?:e|s|es)? (?:a|dans) (?:l'|la |le )(?:ambassade|residence|nonciature|legation|"
    r"consulat|ecole)",
    r"penetre\w*", r"pris refuge", r"escalade\w*", r"retranche\w*", r"engouffre\w*",
    # German
    r"zuflucht", r"asyl gebeten", r"asyl beantragt", r"gefluchtet", r"gelangt", r"eingedrungen",
    r"geklettert", r"betreten", r"um asyl", r"verschanzt\w*", r"gesturmt", r"sturmten",
    # Korean, Chinese, Japanese
    # 진입 as a verb; "진입 경위" (how they got in) and 진입자 (those who did) start no bid.
    r"진입(?! [가-힣]|자)",
    r"(?:한국행|망명)을 요청", r"들어가", r"들어갔", r"들어왔", r"들어간", r"망명", r"피신",
    r"进入", r"闯入",
    r"进到", r"避难",
    r"寻求庇护", r"尋求庇護", r"寻求保护", r"尋求保護", r"申请庇护", r"申請庇護", r"走进",
    r"走進", r"闯进", r"闖進", r"闖入", r"逃进", r"逃進", r"駆け込",
    r"逃げ込", r"入った", r"入り(?<!立ち入り)(?!口)", r"入って",
    r"保護を求め", r"亡命", r"進入", r"避難",
)

# An armed attack or a hostage-taking told in the sentence: whoever got in sought no asylum
# ("pulled automatic weapons and grenades from gym bags and forced their way into the
# compound").
ATTACK = (
    r"hostages?", r"ransom", r"captors", r"gunmen", r"weapons", r"grenades?", r"rifles",
    r"seized (?:the |a )?(?:[\w.-]+ )?(?:embassy|mission|compound|building|legation)",
    r"rehenes", r"secuestr\w+", r"armas", r"otages?", r"preneurs d'otages", r"geiseln?",
    r"geiselnehmer", r"waffen", r"인질", r"人质", r"人質",
)

# What happens again and again, and tallies: a sentence with one tells of no single bid.
HABITUAL = (
    r"over the years", r"(?:nearly |almost )?every (?:day|week|month|year)", r"each year",
    r"in recent years", r"routinely", r"all told", r"au total", r"en total", r"insgesamt",
    r"(?:in|over) the (?:past|last) (?:\w+ )?(?:weeks|months|years)",
    r"these days", r"since the (?:late |early |mid-)?\d{4}s",
    r"have had to take in", r"cada (?:dia|ano)", r"en los ultimos anos",
    r"chaque (?:jour|annee)", r"ces dernieres annees", r"jedes jahr", r"in den letzten jahren",
    r"immer wieder", r"routini\w+",
    r"주로", r"요즘", r"매년", r"해마다", r"(?<!\d)\d+ ?건", r"每年", r"近年来",
    r"经常", r"(?<!\d)\d+起", r"毎年", r"近年", r"(?<!\d)\d+件",
    # A count of those sheltering now, over several missions: a tally, not one bid.
    r"目前约?有", r"据估计",
    # "since the war ended in 1953, hundreds of thousands have fled": a tally since a year
    r"以来,?(?:已有|已经有)", r"이후 ?(?:지금까지|현재까지)", r"since (?:the )?(?:[\w-]+ ){0,4}"
    r"(?:19|20)\d\d, (?:more than|some|about|nearly|over|hundreds|thousands|tens of)",
)

# The verbs of people telling the story: a date next to one dates the telling.
SPEECH = (
    r"said", r"says", r"told", r"announced", r"confirmed", r"reported", r"added", r"stated",
    r"informo", r"revel(?:o|aron)", r"dijo", r"confirmo", r"anuncio", r"declaro", r"a confirme",
    r"a declare",
    r"a annonce", r"a indique", r"teilte", r"sagte", r"bestatigte", r"erklarte", r"meldete",
    r"berichtete", r"밝혔", r"말했",
    r"전했", r"表示", r"透露", r"说", r"明らかにし", r"発表", r"述べ", r"報じ", r"报道",
)

# Leaving, arriving and travelling: a date next to one is not the date of entry.
MOVEMENT = (
    r"left", r"arrived", r"returning", r"returned", r"flew", r"flown", r"landed", r"departed",
    r"landing", r"departing",
    r"deported", r"sent back", r"taken back",
    r"travell?ed", r"salio", r"lleg(?:o|aron)", r"viaj(?:o|aron)", r"aterriz\w+",
    r"est arrive", r"est parti", r"atterri\w*", r"quitt\w+", r"debarqu\w+", r"reiste",
    r"ausgereist",
    r"angekommen",
    r"gelandet",
)

# Other turns of a story: a date next to one is not the date of entry ("he resigned on
# April 8", "died on Friday").
OTHER_TURNS = (
    r"resigned", r"stepped down", r"was born", r"died", r"was elected", r"was sworn in",
    r"was ousted", r"was overthrown", r"was toppled", r"renuncio", r"dimitio", r"murio",
    r"fue elegido", r"a demissionne", r"est mort", r"est decede", r"a ete elu",
    r"trat zuruck", r"ist zuruckgetreten", r"starb", r"wurde gewahlt",
    # a life's dates: "Nacido en Buenos Aires el 26 de marzo de 1883", "born on"
    r"born", r"nacido", r"nacida", r"nacio", r"fallecido", r"fallecida", r"fallecio",
    r"ne le", r"nee le", r"geboren", r"gestorben", r"出生", r"生まれ", r"태어났",
)

# Being inside, not getting in: "83 Albanians were inside the embassy on Tuesday" dates a day
# of the stay, not the bid.
STAY = (
    r"(?:were|was|are|is) (?:still )?(?:inside|in the|holed up)", r"remained", r"stayed",
    r"(?:seguian|permanecian|estaban) (?:en|dentro)",
    r"(?:restaient|se trouvaient|etaient) (?:dans|a)",
    r"(?:waren|befanden sich|blieben) (?:in|im)",
    # a count on a day: "am Abend des 30. September waren es etwa 4000"
    r"there were", r"waren es", r"ils etaient", r"eran ya",
)

# An end told after its date: "On Wednesday China ended a standoff" dates the end, not the bid.
ENDING = (
    r"ended", r"end(?:ed|ing) (?:a|the|an)", r"resolved", r"termino", r"puso fin",
    r"a mis fin", r"a pris fin", r"beendete", r"endete",
)

# Hopes, plans and possibilities: an outcome under one has not happened.
MODAL = (
    r"would", r"could", r"may(?! \d)", r"might", r"hope\w*", r"expected to", r"plans? to",
    r"wants? to", r"to be allowed", r"should", r"podri\w+", r"puedan", r"espera\w*",
    r"pourr\w+", r"doivent", r"soll\w*", r"konnt\w*", r"wollen", r"dürf\w*", r"durfen",
    r"방침", r"보인다", r"예정", r"要求", r"方针", r"方針", r"予定", r"求めた", r"協議",
)

ENTRY = (
    r"climbed (?:over )?(?:a|the)? ?(?:\w+ )?(?:wall|fence|gate|tree)s?",
    r"scaled (?:a|the)? ?(?:\w+ )?(?:wall|fence)s?(?: of)?",
    r"jumped (?:over )?(?:a|the) (?:wall|fence)",
    r"forced (?:their|his|her) way (?:into|in|past)", r"rushed (?:past|through) (?:the )?guards",
    r"walked (?:into|in through) (?:the )?[\w ]{0,40}?(?:embassy|consulate|mission|gate|door)",
    r"(?:ran|rushed) into (?:the )?[\w ]{0,40}?(?:embassy|consulate|mission)",
    r"walked in", r"pushed (?:past|through) (?:the )?guards",
    r"drove (?:a car )?(?:into|through) (?:the )?(?:gate|compound)",
    r"slipped past (?:the )?guards", r"through the (?:main )?(?:gate|door|entrance)",
    r"entraron por (?:la )?(?:puerta|porton)[\w ]{0,20}", r"saltaron (?:la|el) (?:valla|muro|reja)",
    r"treparon (?:la|el) (?:valla|muro)", r"franchi (?:le|la) (?:portail|grille|mur)",
    r"escalad\w* (?:le|la|les) (?:murs?|grilles?|clotures?)", r"einen zaun uberwunden",
    r"uber (?:den|einen) zaun", r"uber die mauer", r"zaun uberwunden",
    r"정문을 통해 걸어 들어", r"담을 넘", r"담장을 넘", r"翻墙", r"翻越", r"翻过", r"爬墙",
    r"(?:金網|フェンス|塀|鉄条網)を(?:壊|破|切)",
    r"門が開いた隙に", r"塀を乗り越え", r"フェンスを乗り越え",
    r"(?:das )?(?:botschafts)?gelande gesturmt", r"冲进",
    r"enfonc\w+ (?:le|la|les) (?:mur|grille|portail|porte)\w*(?: d'enceinte)?",
    r"(?:en )?se faisant passer pour [\w ]{0,30}", r"posing as [\w ]{0,30}",
    r"haciendose pasar por [\w ]{0,30}", r"introduits de force", r"par la (?:porte|entree) "
    r"principale",
)

RESPONSE = (
    r"dragged (?:[\w-]+ ){0,6}?out", r"pulled (?:them|him|her) (?:away|out)",
    r"refused to (?:give|grant|issue) (?:them |him |her )?(?:exit (?:permits?|visas?)|"
    r"safe[- ]conducts?|permission)",
    r"(?:stepped|stepping) up (?:patrols|security)", r"sealed off", r"cordoned off",
    r"surrounded", r"ringed", r"demanded (?:their|his|her|the) (?:handover|return|surrender)",
    r"refused (?:a |him |her |them )?safe[- ]conduct",
    r"would not grant (?:him|her|them) safe[- ]conduct",
    r"(?:issued|granted) (?:a )?safe[- ]conducts?", r"tightened security", r"increased security",
    r"rodearon", r"cercaron", r"cerco", r"negaron el salvoconducto",
    r"otorg\w+ (?:el )?salvoconducto",
    r"exige (?:leur|sa) remise", r"encercle\w*", r"verstarkte\w*", r"riegelte\w*", r"umstellt\w*",
    r"abgeriegelt",
    r"경비를 강화", r"경계를 강화", r"봉쇄", r"加强了警戒", r"加强警戒", r"包围", r"警備を強め",
    r"警備を強化",
)

# Outcome phrases and their outcome_class codes.
OUTCOMES: tuple[tuple[str, str], ...] = (
    (r"handed (?:them |him |her )?over to (?:the )?(?:\w+ )?(?:police|authorities)",
     "detained_by_host"),
    (r"(?:were|was) (?:later )?(?:arrested|detained|seized|dragged out|taken away)",
     "detained_by_host"),
    (r"dragged (?:[\w-]+ ){0,6}?out of", "detained_by_host"),
    (r"detained (?:them|him|her)", "detained_by_host"),
    (r"(?:were|was) dragged out", "detained_by_host"),
    (r"(?:were|was) (?:later )?allowed to (?:leave|travel|fly|go)", "reached_third_country"),
    (r"(?:arrived|landed) in (?:seoul|south korea|manila|bangkok|mexico|madrid|rome|paris)",
     "reached_third_country"),
    (r"flew (?:on )?to", "reached_third_country"), (r"left for", "reached_third_country"),
    (r"(?:were|was) flown (?:out )?to", "reached_third_country"),
    (r"(?:were|was) turned away", "turned_away"),
    (r"refused (?:them|him|her) entry", "turned_away"),
    (r"(?:left|walked out of) the (?:embassy|consulate|residence|mission) "
     r"(?:voluntarily|of (?:his|her|their) own accord)", "left_voluntarily"),
    (r"gave (?:himself|herself|themselves) up", "left_voluntarily"),
    (r"fueron (?:detenidos|arrestados)", "detained_by_host"),
    (r"viajaron a", "reached_third_country"),
    (r"ont ete (?:arretes|interpelles)", "detained_by_host"),
    (r"se sont envoles pour", "reached_third_country"),
    (r"wurden festgenommen", "detained_by_host"), (r"ausreisen durften", "reached_third_country"),
    (r"ausreise (?:[\w-]+ ){0,5}?genehmigt", "reached_third_country"),
    (r"durften (?:[\w-]+ ){0,4}?ausreisen", "reached_third_country"),
    (r"체포", "detained_by_host"), (r"한국에 도착", "reached_third_country"),
    (r"한국행을 (?:선택|택)", "reached_third_country"), (r"한국에 온", "reached_third_country"),
    (r"被捕", "detained_by_host"), (r"抵达韩国", "reached_third_country"),
    (r"拘束", "detained_by_host"), (r"韓国に到着", "reached_third_country"),
)

# Words that make a sentence a retelling of an earlier case.
BACKGROUND = (
    r"recalls?", r"recalled", r"echo\w*", r"reminiscent", r"similar", r"previous\w*",
    r"earlier case", r"in the past", r"made headlines", r"years ago", r"bereits", r"damals",
    r"recuerda", r"rappelle", r"당시", r"앞서", r"此前", r"曾经", r"以前", r"かつて",
)

# A mission told as where people went: the words just before its name. A sentence with one
# tells the bid whatever its verb ("poured into the mission grounds", "in die Botschaft"), so
# no list of verbs need be whole.
DESTINATION = (
    r"into", r"onto", r"(?:grounds|gates?|compound|walls?|fences?|premises|territory|"
    r"roof|garden|courtyard|offices|doors?|drive|driveway|steps|entrance|lobby) of",
    r"in die", r"ins", r"in den", r"auf das gelande (?:der|des)", r"im garten der",
)
# ... or where they stayed ("spent the night in the British consulate", "inside"): a first
# telling of the mission's bid, but no new one where that mission's is already told.
STAYED_AT = (
    r"inside",
    r"(?:spent|spending|spend) (?:[\w-]+ ){0,2}?(?:night|nights|days?|weeks?|months?|years?) "
    r"(?:in|at|inside)",
    r"(?:stayed|remained|lived|living|hid|hiding|hidden|camped|camping|slept|sleeping|"
    r"sheltered|sheltering|holed up|trapped|stranded|waited|waiting|refuge) "
    r"(?:[\w-]+ ){0,3}?(?:in|at)",
    # German tells the stay with the verb first and the place after: "harrten in der
    # amerikanischen Botschaft aus", "lebten in der Botschaft"
    r"(?:harrten|harren|harrt|verharrten|lebten|leben|lebt|blieben|bleiben|sassen|sitzen|"
    r"schliefen|warteten|wohnten|campierten)(?: [\w-]+){0,3}? in",
    # "había pasado sus últimos días en Venezuela en la residencia", "verbrachte drei
    # Wochen in der Botschaft"
    r"pas(?:o|ado|aron|aba|aban) (?:[\w-]+ ){0,4}?(?:dias|semanas|meses|anos|noches?|horas)"
    r"(?: [\w-]+){0,3}? en",
    r"pass[ea]\w* (?:[\w-]+ ){0,4}?(?:jours|semaines|mois|ans|nuits?)(?: [\w-]+){0,3}? "
    r"(?:a|dans)",
    r"verbrachte\w* (?:[\w-]+ ){0,4}?(?:tage|wochen|monate|jahre|nachte|nacht)"
    r"(?: [\w-]+){0,3}? in",
    r"dentro de", r"al interior de", r"en el recinto de", r"a l'interieur de",
    r"dans l'enceinte de",
)
