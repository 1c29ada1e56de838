"""The spreadsheet-formula rule, in one place: which first characters make a cell run as a
formula (= + - @ tab CR, after OWASP's CSV-injection advice), and how an export neutralises
them (a leading apostrophe).

Python writes some cells and SQLite builds most lines, so the rule is given both ways here;
the export, its column facts and the window's writer all take it from this module.
"""

from __future__ import annotations

FORMULA_CODEPOINTS = (61, 43, 45, 64, 9, 13)
FORMULA_TRIGGERS = tuple(chr(code) for code in FORMULA_CODEPOINTS)
_IN_TRIGGERS = "IN (" + ", ".join(map(str, FORMULA_CODEPOINTS)) + ")"


def escape_formula(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would treat as a formula."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def starts_formula_sql(expression: str) -> str:
    """SQL that is true when the text ``expression`` starts with a formula character
    (unicode() is SQLite's cheapest first-character test)."""
    return f"unicode({expression}) {_IN_TRIGGERS}"


def escaped_sql(expression: str) -> str:
    """SQL for ``expression`` with text that starts a formula given its apostrophe."""
    return (f"CASE WHEN typeof({expression}) = 'text' AND {starts_formula_sql(expression)} "
            f"THEN '''' || {expression} ELSE {expression} END")
