"""Month and weekday names, and relative-date words, in the report languages (folded)."""

from __future__ import annotations

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
        ("january", "jan", "enero", "janvier", "januar", "janner", "ene", "janv"),
        ("february", "feb", "febrero", "fevrier", "februar", "fevr"),
        ("march", "mar", "marzo", "mars", "marz"),
        ("april", "apr", "abril", "avril", "abr", "avr"),
        ("may", "mayo", "mai"),
        ("june", "jun", "junio", "juin", "juni"),
        ("july", "jul", "julio", "juillet", "juli", "juil"),
        ("august", "aug", "agosto", "aout", "ago"),
        ("september", "sept", "sep", "septiembre", "setiembre", "septembre"),
        ("october", "oct", "octubre", "octobre", "oktober", "okt"),
        ("november", "nov", "noviembre", "novembre"),
        ("december", "dec", "diciembre", "decembre", "dezember", "dez", "dic")), start=1):
    for _name in _names:
        MONTHS[_name] = _number
# Spanish "ago" (agosto) is English "ago": only a day told before it makes it a month.
DAY_FIRST_MONTHS = frozenset({"ago"})

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate((
        ("monday", "lunes", "lundi", "montag", "월요일", "星期一", "周一", "週一", "月曜日",
         "月曜"),
        ("tuesday", "martes", "mardi", "dienstag", "화요일", "星期二", "周二", "週二", "火曜日",
         "火曜"),
        ("wednesday", "miercoles", "mercredi", "mittwoch", "수요일", "星期三", "周三", "週三",
         "水曜日", "水曜"),
        ("thursday", "jueves", "jeudi", "donnerstag", "목요일", "星期四", "周四", "週四",
         "木曜日", "木曜"),
        ("friday", "viernes", "vendredi", "freitag", "금요일", "星期五", "周五", "週五",
         "金曜日", "金曜"),
        ("saturday", "sabado", "samedi", "samstag", "sonnabend", "토요일", "星期六", "周六",
         "週六", "土曜日", "土曜"),
        ("sunday", "domingo", "dimanche", "sonntag", "일요일", "星期日", "星期天", "周日",
         "週日", "日曜日", "日曜"))):
    for _name in _names:
        WEEKDAYS[_name] = _number

# Words that move a day from the dateline: yesterday is -1.
DAY_OFFSETS: dict[str, int] = {
    "today": 0, "yesterday": -1, "hoy": 0, "ayer": -1, "anteayer": -2,
    "aujourd'hui": 0, "hier": -1, "avant-hier": -2, "heute": 0, "gestern": -1,
    "vorgestern": -2, "오늘": 0, "어제": -1, "그제": -2, "今天": 0, "昨天": -1, "昨日": -1,
    "前天": -2, "一昨日": -2, "本日": 0, "今日": 0,
    # Morning, evening and night of a day, as Chinese and Japanese copy shortens them
    "昨早": -1, "昨晚": -1, "昨夜": -1, "昨晨": -1, "昨午": -1, "今早": 0, "今晨": 0,
    "yesterday morning": -1, "last night": -1, "this morning": 0, "anoche": -1,
    "hier soir": -1, "gestern abend": -1,
}

# Words that name the month or year before the dateline's, or the dateline's own.
LAST_MONTH = ("last month", "el mes pasado", "le mois dernier", "letzten monat",
              "vergangenen monat", "지난달", "上个月", "上月", "先月")
LAST_YEAR = ("last year", "el ano pasado", "l'annee derniere", "l'an dernier", "letztes jahr",
             "letzten jahres", "vergangenes jahr", "vergangenen jahres", "지난해", "작년",
             "去年", "昨年")
THIS_MONTH = ("this month", "earlier this month", "early this month", "este mes",
              "a principios de este mes", "ce mois-ci", "debut du mois", "diesen monat",
              "anfang des monats", "anfang dieses monats", "이달", "이달 초", "本月", "本月初",
              "今月", "今月初め", "这个月", "這個月")
# "今年はじめに駆け込んだ", "earlier this year": the dateline's year, at year precision.
THIS_YEAR = ("earlier this year", "early this year", "at the start of this year",
             "a principios de este ano", "a comienzos de este ano", "au debut de l'annee",
             "debut de cette annee", "anfang dieses jahres", "anfang des jahres", "올해 초",
             "올초", "今年はじめ", "今年初め", "今年初", "今年年初", "年初")
