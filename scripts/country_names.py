"""Write resources/data/country_names.toml: every ISO 3166-1 country's name in the report
languages, from the iso-codes translations that pycountry ships (a dev dependency only: the
app reads the TOML, so nothing is fetched or needed at run time).

    python scripts/country_names.py          # rewrite the file
    python scripts/country_names.py --check  # exit 1 when the file is not what it would write

Names the iso-codes files invert ("Korea, Republic of") are left out: no report writes them
so. Short English words that are also country names ("Chad", "Jordan") are left out too;
the bundled names table, read first, keeps the dataset's own.
"""

from __future__ import annotations

import gettext
import sys
from pathlib import Path

import pycountry

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from asylum_browser.core.extract.spans import fold  # noqa: E402

TARGET = ROOT / "resources" / "data" / "country_names.toml"
LANGUAGES = ("en", "es", "fr", "de", "ko", "ja", "zh_CN", "zh_TW")
# Names that are also common words or given names in the report languages.
AMBIGUOUS = frozenset({"chad", "jordan", "georgia", "guinea", "niger", "jersey", "togo",
                       "mali", "man", "chile", "china", "turkey", "panama", "samoa", "peru",
                       "congo", "dominica", "monaco", "malta", "cuba", "india", "israel"})
CJK = frozenset({"ko", "ja", "zh_CN", "zh_TW"})
# CJK text has no word breaks, so a short name is found inside other words: 인도 (India) in
# 인도주의 (humanitarian), 中非 (Central Africa) in China-Africa, マリ as a given name.
CJK_AMBIGUOUS = frozenset({"马里", "多哥", "加纳", "乍得", "汤加", "中非", "马里共和国",
                           "マリ", "トーゴ", "チャド", "中非共和國"})
MIN_CJK = {"ko": 3, "ja": 2, "zh_CN": 2, "zh_TW": 2}


def names_of(country: object, translate: gettext.NullTranslations, language: str) -> list[str]:
    found = []
    for attribute in ("common_name", "name"):
        english = getattr(country, attribute, None)
        if not english:
            continue
        name = translate.gettext(english)
        if language != "en" and name == english and language in CJK:
            continue  # untranslated
        if ", " in name or "(" in name:
            continue
        folded = fold(name).strip()
        if language in CJK and (len(folded) < MIN_CJK[language] or folded in CJK_AMBIGUOUS):
            continue
        if language not in CJK and len(folded) < 4:
            continue
        if language not in CJK and folded in AMBIGUOUS:
            continue
        found.append(folded)
        if language in CJK and " " in folded:
            found.append(folded.replace(" ", ""))  # 남아프리카 공화국, written as one word
    return sorted(set(found))


def render() -> str:
    translations = {language: (gettext.NullTranslations() if language == "en" else
                               gettext.translation("iso3166-1", pycountry.LOCALES_DIR,
                                                   languages=[language]))
                    for language in LANGUAGES}
    lines = ["# Every country's name in the report languages (folded), from the iso-codes",
             "# translations shipped with pycountry. Written by scripts/country_names.py;",
             "# do not edit by hand.", ""]
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        lines.append(f"[{country.alpha_2}]")
        for language in LANGUAGES:
            names = names_of(country, translations[language], language)
            if names:
                quoted = ", ".join('"' + n.replace('"', '\\"') + '"' for n in names)
                lines.append(f"{language} = [{quoted}]")
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        return 0 if current == text else 1
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
