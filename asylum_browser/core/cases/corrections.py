"""The user's corrections to bundled cases: a claim with its source, or a source alone.

A bundled record is never changed in place. A correction is kept in the workspace beside it,
shown in the detail pane as the user's claim, and exported in the maintainers' own format: the
bundled TOML file, byte for byte, with the user's ``[[sources]]`` and ``[[disputes]]`` appended,
so the diff the maintainers review shows only what the user adds and ``build-db`` loads it.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from asylum_browser.core.dataset.records import INCIDENT_OPTIONAL, INCIDENT_REQUIRED
from asylum_browser.core.model.dates import PartialDateError, parse_partial
from asylum_browser.core.workspace import Workspace, now
from asylum_browser.files import atomic_write
from asylum_browser.i18n.words import translate

RECORD_FIELDS = tuple(f for f in (*INCIDENT_REQUIRED, *INCIDENT_OPTIONAL)
                      if f not in ("id", "inferred"))
TOPIC = "correction suggested by a user"
README = """Corrections to Asylum Browser's bundled cases
=============================================

Written by Asylum Browser's "Export my corrections" ({stamp}). Each file in incidents/ is the
bundled record of that case, unchanged, with the user's suggested sources ([[sources]]) and
claims ([[disputes]], topic "{topic}") appended at its end. Copy the files over
resources/data/incidents/ and run `asylum-browser build-db` to load them; a quote the user took
from a source is kept as a comment above it, and a source known only by its citation (no URL)
as a comment, since a record's source needs a URL.
"""


class CorrectionProblem(ValueError):
    """A correction that cannot be kept or exported; the message says why."""


@dataclass(frozen=True)
class Correction:
    """One claim about (or one source for) a bundled incident, as the user gave it."""

    incident_id: str
    field: str | None  # a record field; None for "a source only"
    claim: str
    url: str = ""
    citation: str = ""
    title: str = ""
    publisher: str = ""
    published: str = ""
    quote: str = ""
    supports: tuple[str, ...] = ()
    created: str = ""
    key: int | None = dataclasses.field(default=None, compare=False)

    def as_fields(self) -> dict[str, object]:
        fields = asdict(self)
        fields.pop("key")
        fields["supports"] = list(self.supports)
        return fields


def check(correction: Correction) -> Correction:
    """The correction cleaned, or CorrectionProblem naming what is wrong with it."""
    strip = {name: str(getattr(correction, name)).strip() for name in (
        "incident_id", "claim", "url", "citation", "title", "publisher", "published", "quote")}
    if not strip["incident_id"]:
        raise CorrectionProblem(translate("Corrections", "A correction needs the case it is "
                                                         "about."))
    if correction.field is not None and correction.field not in RECORD_FIELDS:
        raise CorrectionProblem(translate(
            "Corrections", "“{field}” is not a field of a case record; use one of: {fields}."
        ).format(field=correction.field, fields=", ".join(RECORD_FIELDS)))
    if correction.field is not None and not strip["claim"]:
        raise CorrectionProblem(translate("Corrections", "Say what you claim the {field} is."
                                          ).format(field=correction.field))
    if not strip["url"] and not strip["citation"]:
        raise CorrectionProblem(translate("Corrections", "A correction needs its source: a URL "
                                                         "or a citation."))
    if strip["url"] and not strip["url"].startswith(("http://", "https://")):
        raise CorrectionProblem(translate("Corrections", "The source URL must start with "
                                                         "http:// or https://."))
    if strip["published"]:
        try:
            parse_partial(strip["published"])
        except PartialDateError as error:
            raise CorrectionProblem(translate("Corrections", "Published date: {problem}"
                                              ).format(problem=error)) from None
    strange = [f for f in correction.supports if f not in RECORD_FIELDS]
    if strange:
        raise CorrectionProblem(translate("Corrections", "A source can only support record "
                                          "fields, not {fields}.").format(
                                              fields=", ".join(strange)))
    supports = tuple(dict.fromkeys([*correction.supports,
                                    *([correction.field] if correction.field else [])]))
    return Correction(field=correction.field, supports=supports,
                      created=correction.created or now(), key=correction.key, **strip)


def from_fields(key: int, fields: dict[str, object]) -> Correction:
    known = {name: fields[name] for name in Correction.__dataclass_fields__
             if name in fields and name != "key"}
    listed = fields.get("supports")
    known["supports"] = tuple(str(f) for f in listed) if isinstance(listed, list) else ()
    return Correction(key=key, **known)  # type: ignore[arg-type]


def add(workspace: Workspace, correction: Correction) -> Correction:
    """Check and keep a correction; it comes back with its number in the workspace."""
    checked = check(correction)
    key = workspace.put_correction(checked.as_fields(), checked.key)
    return Correction(**{**asdict(checked), "supports": checked.supports, "key": key})


def corrections(workspace: Workspace, incident_id: str | None = None) -> list[Correction]:
    return [from_fields(key, fields) for key, fields in workspace.corrections()
            if incident_id is None or fields.get("incident_id") == incident_id]


def _toml(value: object) -> str:
    # JSON strings and lists of strings are valid TOML basic strings and arrays.
    return json.dumps(value, ensure_ascii=False)


def _comment(label: str, text: str) -> str:
    return f"# {label}: " + " ".join(text.split()) + "\n"


def appended_text(record_text: str, suggested: list[Correction]) -> str:
    """The record's text unchanged, followed by the user's sources and claims."""
    blocks = [f"\n# --- suggested by a user of Asylum Browser ({len(suggested)} "
              "correction(s)) ---\n"]
    import tomllib

    try:  # the record's own URLs: a source listed there is not listed twice
        listed = {str(s.get("url")) for s in tomllib.loads(record_text).get("sources", [])}
    except tomllib.TOMLDecodeError:
        listed = set()
    for item in suggested:
        lines = []
        if item.quote:
            lines.append(_comment("quote", item.quote))
        if item.url and item.url not in listed:
            listed.add(item.url)
            lines.append("[[sources]]\n" + f"url = {_toml(item.url)}\n")
            for name in ("publisher", "title", "published"):
                if getattr(item, name):
                    lines.append(f"{name} = {_toml(getattr(item, name))}\n")
            if item.supports:
                lines.append(f"supports = {_toml(list(item.supports))}\n")
        elif not item.url:
            supports = f" (supports {', '.join(item.supports)})" if item.supports else ""
            lines.append(_comment("source (citation, no URL)", item.citation + supports))
        if item.field is not None:
            lines.append(f"\n[[disputes]]\nfield = {_toml(item.field)}\n"
                         f"topic = {_toml(TOPIC)}\nclaim = {_toml(item.claim)}\n")
            if item.url:
                lines.append(f"sources = {_toml([item.url])}\n")
        blocks.append("\n" + "".join(lines))
    separator = "" if record_text.endswith("\n") else "\n"
    return record_text + separator + "".join(blocks)


def export(workspace: Workspace, records: Path, folder: Path) -> list[Path]:
    """Write one record file per corrected case under ``folder``/incidents, and a README."""
    grouped: dict[str, list[Correction]] = {}
    for item in corrections(workspace):
        grouped.setdefault(item.incident_id, []).append(item)
    written = []
    try:
        (folder / "incidents").mkdir(parents=True, exist_ok=True)
        for incident_id, items in grouped.items():
            source = records / "incidents" / f"{incident_id}.toml"
            if not source.is_file():
                raise CorrectionProblem(translate(
                    "Corrections", "{id} is not a bundled case (no {file}); its corrections "
                    "were not exported.").format(id=incident_id, file=source.name))
            target = folder / "incidents" / source.name
            with atomic_write(target, "w", encoding="utf-8") as stream:
                stream.write(appended_text(source.read_text(encoding="utf-8"), items))
            written.append(target)
        with atomic_write(folder / "README.md", "w", encoding="utf-8") as stream:
            stream.write(README.format(stamp=now(), topic=TOPIC))
    except OSError as error:
        raise CorrectionProblem(translate("Corrections", "Could not write to {folder}: {problem}"
                                          ).format(folder=folder,
                                                   problem=error.strerror or error)) from None
    return written



def bundled_value(records: Path, incident_id: str, field_name: str) -> str | None:
    """The field's value in the bundled record, as text; None when the record has none."""
    import tomllib

    try:
        record = tomllib.loads((records / "incidents" / f"{incident_id}.toml")
                               .read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = record.get(field_name)
    if value is None:
        return None
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def is_bundled(records: Path, incident_id: str) -> bool:
    return (records / "incidents" / f"{incident_id}.toml").is_file()


def source_from_report(records: Path, incident_id: str, report: dict[str, object],
                       sentence: str, values: dict[str, str]) -> Correction:
    """A report retelling a bundled case, as a source correction: the report's URL when it is
    on the web (a file or pasted text is only a citation), its sentence as the quote, and as
    ``supports`` the fields the draft filled with the bundled record's value."""
    url = str(report.get("url") or "")
    title = str(report.get("title") or "")
    web = url.startswith(("http://", "https://"))
    supports = tuple(name for name, value in values.items()
                     if name in RECORD_FIELDS and value.strip()
                     and (bundled_value(records, incident_id, name) or "").strip().lower()
                     == value.strip().lower())
    published = str(report.get("published") or "")
    try:
        parse_partial(published)
    except PartialDateError:
        published = ""
    return Correction(incident_id, None, "", url=url if web else "",
                      citation="" if web else f"{title or 'A news report'} ({url})",
                      title=title, published=published, quote=sentence, supports=supports)
