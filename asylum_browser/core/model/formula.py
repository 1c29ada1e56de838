"""The spreadsheet-formula rule, in one place: which first characters make a cell run as a
formula (= + - @ tab CR, after OWASP's CSV-injection advice), and how an export neutralises
them (a leading apostrophe).

A cell that already starts with an apostrophe gets one more, so the escape can be undone
exactly: a reader removes one leading apostrophe from every cell that starts with one.
Without it, "'=1" in the data and "=1" escaped would read the same.

Python writes some cells and SQLite builds most lines, so the rule is given both ways here;
the export, its column facts and the window's writer all take it from this module.
"""

from __future__ import annotations

FORMULA_CODEPOINTS = (61, 43, 45, 64, 9, 13, 39)  # 39: the apostrophe itself, see above
FORMULA_TRIGGERS = tuple(chr(code) for code in FORMULA_CODEPOINTS)
_IN_TRIGGERS = "IN (" + ", ".join(map(str, FORMULA_CODEPOINTS)) + ")"


def escape_formula(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would treat as a formula, or that starts
    with an apostrophe."""
    return "'" + text if text.startswith(FORMULA_TRIGGERS) else text


def starts_formula_sql(expression: str) -> str:
    """SQL that is true when the text ``expression`` starts with a formula character
    (unicode() is SQLite's cheapest first-character test)."""
    return f"unicode({expression}) {_IN_TRIGGERS}"


def escaped_sql(expression: str) -> str:
    """SQL for ``expression`` with text that starts a formula (or an apostrophe) given its
    apostrophe."""
    return (f"CASE WHEN typeof({expression}) = 'text' AND {starts_formula_sql(expression)} "
            f"THEN '''' || {expression} ELSE {expression} END")
