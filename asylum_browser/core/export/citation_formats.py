"""BibTeX (biblatex), RIS and plain-text references written from the CSL-JSON items of
citations.py, so every format cites the same things.

The plain-text reference is our own Chicago-like bibliography style rather than citeproc-py
with a bundled CSL style: the items are few and of four fixed shapes, the output must say
"n.d." and survive missing titles and publishers predictably, and a formatter of forty lines
adds no dependency and no style file to keep licensed and bundled.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from asylum_browser.i18n.words import translate

_BIBTEX_TYPES = {"webpage": "online", "article-newspaper": "article", "report": "report",
                 "dataset": "dataset"}
_RIS_TYPES = {"webpage": "ELEC", "article-newspaper": "NEWS", "report": "RPRT",
              "dataset": "DATA"}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%",
                   "&": r"\&", "$": r"\$", "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}",
                   "^": r"\textasciicircum{}"}
_BIBTEX_ESCAPE = re.compile("|".join(re.escape(char) for char in _BIBTEX_SPECIAL))


def _parts(item: dict[str, Any], field: str) -> list[int] | None:
    value = item.get(field)
    if not value:
        return None
    parts: list[int] = value["date-parts"][0]
    return parts


def to_csl_json(items: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(items), ensure_ascii=False, indent=2) + "\n"


# --- BibTeX ---------------------------------------------------------------------------------

def bibtex_escape(text: str) -> str:
    """LaTeX's special characters escaped; other unicode is kept, as biber reads UTF-8.
    Braces become \\{ and \\}: the value stays balanced for BibTeX's brace counting only
    because both halves are escaped alike, so a lone brace in a title is still written."""
    return _BIBTEX_ESCAPE.sub(lambda match: _BIBTEX_SPECIAL[match.group(0)], text)


def bibtex_url(url: str) -> str:
    """A URL as biblatex reads it (verbatim): backslashes and braces, which would end or
    unbalance the field, percent-encoded as the same URL (one bundled URL ends in a \\)."""
    return url.replace("\\", "%5C").replace("{", "%7B").replace("}", "%7D")


def _iso(parts: list[int]) -> str:
    return "-".join(f"{part:04d}" if index == 0 else f"{part:02d}"
                    for index, part in enumerate(parts))


def bibtex_key(item_id: str) -> str:
    """A key BibTeX accepts: the item's stable id with anything but letters, digits, - _ : .
    replaced (source ids are hashes, record ids the incident's id)."""
    return re.sub(r"[^A-Za-z0-9_:.-]", "-", item_id)


def _bibtex_entry(item: dict[str, Any]) -> str:
    kind = _BIBTEX_TYPES[item["type"]]
    fields: list[tuple[str, str]] = []
    if item["type"] == "dataset":
        fields.append(("author", "{" + bibtex_escape(item["author"][0]["literal"]) + "}"))
    fields.append(("title", bibtex_escape(item["title"])))
    if item["type"] == "article-newspaper" and item.get("container-title"):
        fields += [("journaltitle", bibtex_escape(item["container-title"])),
                   ("entrysubtype", "newspaper")]
    elif item["type"] == "report" and item.get("publisher"):
        fields += [("institution", bibtex_escape(item["publisher"])), ("type", "report")]
    elif item["type"] == "webpage" and item.get("publisher"):
        fields.append(("organization", bibtex_escape(item["publisher"])))
    elif item["type"] == "dataset":
        fields += [("publisher", bibtex_escape(item["container-title"])),
                   ("version", bibtex_escape(item["version"])),
                   ("number", bibtex_escape(item["number"])),
                   ("note", bibtex_escape(item["note"]))]
    if item["type"] != "dataset" and item.get("note"):  # a source's citation or quote
        fields.append(("note", bibtex_escape(item["note"])))
    issued = _parts(item, "issued")
    if issued:
        fields.append(("date", _iso(issued)))
    if item.get("URL"):
        fields.append(("url", bibtex_url(item["URL"])))
    accessed = _parts(item, "accessed")
    if accessed:
        fields.append(("urldate", _iso(accessed)))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@{kind}{{{bibtex_key(item['id'])},\n{body}\n}}\n"


def to_bibtex(items: Sequence[dict[str, Any]]) -> str:
    return "\n".join(_bibtex_entry(item) for item in items)


# --- RIS ------------------------------------------------------------------------------------

def _ris_date(parts: list[int]) -> str:
    padded = [f"{parts[0]:04d}"] + [f"{part:02d}" for part in parts[1:]]
    padded += [""] * (3 - len(padded))
    return "/".join(padded) + "/"


def _ris_entry(item: dict[str, Any]) -> list[str]:
    def line(tag: str, value: str) -> str:
        return f"{tag}  - {' '.join(value.split())}"

    lines = [line("TY", _RIS_TYPES[item["type"]]), line("ID", item["id"])]
    if item["type"] == "dataset":
        lines.append(line("AU", item["author"][0]["literal"]))
    lines.append(line("T1", item["title"]))
    if item.get("container-title"):
        lines.append(line("T2", item["container-title"]))
    if item["type"] != "dataset" and (item.get("publisher") or item.get("container-title")):
        lines.append(line("PB", item.get("publisher") or item["container-title"]))
    issued = _parts(item, "issued")
    if issued:
        lines += [line("PY", f"{issued[0]:04d}"), line("DA", _ris_date(issued))]
    if item.get("version"):
        lines.append(line("ET", item["version"]))
    if item.get("URL"):
        lines.append(line("UR", item["URL"]))
    accessed = _parts(item, "accessed")
    if accessed:
        lines.append(line("Y2", _ris_date(accessed)))
    if item.get("note"):
        lines.append(line("N1", item["note"]))
    lines.append("ER  - ")
    return lines


def to_ris(items: Sequence[dict[str, Any]]) -> str:
    """RIS records separated by a blank line, each from TY to ER, CRLF-free (readers accept
    LF, and the tests read the text back as written)."""
    return "\n\n".join("\n".join(_ris_entry(item)) for item in items) + "\n"


# --- plain text (Chicago-like) --------------------------------------------------------------

def format_date(parts: list[int] | None) -> str:
    """"September 2, 2004", "September 2004", "2004", or "n.d." where the date is unknown."""
    if not parts:
        return translate("Citations", "n.d.")
    if len(parts) == 1:
        return str(parts[0])
    month = translate("Citations", _MONTHS[parts[1] - 1])
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{month} {parts[2]}, {parts[0]}"


def _quoted(title: str) -> str:
    """A quoted title with the sentence's full stop inside, unless it ends in its own; a
    bracketed descriptive title ("[Untitled]") is not the work's own, so is not quoted."""
    if title.startswith("[") and title.endswith("]"):
        return f"{title}."
    return f"“{title}”" if title[-1:] in ".?!" else f"“{title}.”"


def reference_text(item: dict[str, Any]) -> str:
    """One bibliography entry; absent publishers are left out, absent dates say n.d."""
    date = format_date(_parts(item, "issued"))
    if item["type"] == "dataset":
        accessed = format_date(_parts(item, "accessed"))
        record = translate("Citations", "Record {id}").format(id=item["number"])
        version = translate("Citations", "version {version}").format(version=item["version"])
        accessed_text = translate("Citations", "Accessed {date}").format(date=accessed)
        return (f"{item['author'][0]['literal']}. {_quoted(item['title'])} {record}. "
                f"{item['container-title']}, {version}, {_stop(date)} {item['URL']}. "
                f"{accessed_text}.")
    holder = item.get("container-title") or item.get("publisher")
    found = item.get("URL") or item.get("note", "")  # a source off the web: its citation
    if item["type"] == "report" and holder:
        return f"{holder}. {_stop(item['title'])} {_stop(date)} {found}."
    where = f" {holder}," if holder else ""
    return f"{_quoted(item['title'])}{where} {_stop(date)} {found}."


def _stop(text: str) -> str:
    """Text ended with one full stop: "n.d." keeps its own."""
    return text if text.endswith(".") else f"{text}."


def to_text(items: Sequence[dict[str, Any]]) -> str:
    return "".join(reference_text(item) + "\n" for item in items)


FORMATS = {"csl-json": to_csl_json, "bibtex": to_bibtex, "ris": to_ris, "text": to_text}
