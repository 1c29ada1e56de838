"""Keep the interface translations whole (issue 20).

    python scripts/translations.py update   # refresh the .ts files from the sources
    python scripts/translations.py check    # exit 1 if a text is untranslated or stale
    python scripts/translations.py build    # .ts -> .qm (setup and packaging run this)
    python scripts/translations.py apply ko done.json   # write translations into a .ts file
    python scripts/translations.py todo ko  # the texts left, as JSON to fill in for apply

The texts are every ``translate("Context", "...")`` and ``QT_TRANSLATE_NOOP`` call that Qt's
lupdate finds in asylum_browser/, plus the vocabulary labels and descriptions of
resources/data/vocabularies.toml (context "Vocabulary") and the registry's texts: every field's,
column's and facet's label and description (context "Field", see ``registry_texts``), which are
data lupdate cannot see.
``update`` keeps every translation already made, adds new texts as unfinished and drops texts
no longer used, so that the files never hold obsolete entries; ``check`` is what the test suite
runs. The .ts files are written without source locations, so that moving code does not churn
them.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from asylum_browser.i18n import TRANSLATED, qm_path, ts_path  # noqa: E402

Message = tuple[str, str]  # (context, source text)
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
_MNEMONIC = re.compile(r"&(?!&)")


def tool(name: str) -> str:
    """A Qt tool shipped with PySide6, beside the running Python or on the PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if found is None:
        raise SystemExit(f"translations: {name} not found (it comes with PySide6)")
    return found


def source_messages() -> list[Message]:
    """Every text the code and the vocabularies give to translate, in a stable order."""
    files = sorted(str(p) for p in (ROOT / "asylum_browser").rglob("*.py"))
    with tempfile.TemporaryDirectory() as folder:
        found = Path(folder) / "found.ts"
        subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none",
                        "-ts", str(found)], check=True, capture_output=True)
        messages = [message for message, _ in read_ts(found)[0]]
    vocabularies = tomllib.loads((ROOT / "resources" / "data" / "vocabularies.toml")
                                 .read_text(encoding="utf-8"))
    for entries in vocabularies.values():
        for entry in entries:
            for key in ("label", "description"):
                if entry.get(key):
                    messages.append(("Vocabulary", entry[key]))
    messages += [("Field", text) for text in registry_texts()]
    return sorted(set(messages))


def registry_texts() -> list[str]:
    """The labels and descriptions the registries define once and the interface shows through
    ``field_text``: search fields, columns, facets, origins, the map's outcome key."""
    from asylum_browser.core.export import sidecar
    from asylum_browser.core.model import fields, schema, themes

    texts = [text for field in fields.FIELD_LIST for text in (field.label, field.description)]
    texts += [text for column in schema.COLUMNS for text in (column.label, column.description)]
    texts += [facet.label for facet in schema.FACETS]
    texts += list(schema.ORIGINS.values()) + list(schema.IMPORT_ONLY_LABELS.values())
    texts += [style.key_label for style in schema.OUTCOME_STYLES]
    texts += [text for pair in themes.THEMES.values() for text in pair]
    texts += [text for pair in sidecar.WORKSPACE_COLUMNS.values() for text in pair]
    return [text for text in texts if text]


def read_ts(path: Path) -> tuple[list[tuple[Message, str | None]], list[Message]]:
    """([(message, translation or None when unfinished)], [obsolete or vanished messages])."""
    if not path.exists():
        return [], []
    kept, obsolete = [], []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                obsolete.append((name, source))
                continue
            text = translation.text if translation is not None else None
            kept.append(((name, source), text if kind != "unfinished" and text else None))
    return kept, obsolete


def write_ts(path: Path, language: str, messages: list[Message],
             translations: dict[Message, str]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    by_context: dict[str, list[str]] = {}
    for context, source in messages:
        by_context.setdefault(context, []).append(source)
    for context, sources in by_context.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sources:
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "source").text = source
            done = translations.get((context, source))
            translation = ET.SubElement(message, "translation")
            if done:
                translation.text = done
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def update() -> None:
    messages = source_messages()
    for language in TRANSLATED:
        kept, _obsolete = read_ts(ts_path(language))
        translations = {message: text for message, text in kept if text}
        write_ts(ts_path(language), language, messages, translations)
        left = sum(1 for message in messages if message not in translations)
        print(f"{ts_path(language).name}: {len(messages)} texts, {left} to translate")


def problems(language: str, messages: list[Message]) -> list[str]:
    """Why the language's .ts file is not whole, one line per text."""
    kept, obsolete = read_ts(ts_path(language))
    have = dict(kept)
    found = [f"{c}: “{s}” is no longer in the code (run update)" for c, s in obsolete]
    found += [f"{c}: “{s}” is no longer in the code (run update)"
              for c, s in have if (c, s) not in set(messages)]
    for context, source in messages:
        if (context, source) not in have:
            found.append(f"{context}: “{source}” is new (run update, then translate it)")
        elif not have[(context, source)]:
            found.append(f"{context}: “{source}” is not translated")
        else:
            translation = have[(context, source)] or ""
            if sorted(_PLACEHOLDER.findall(source)) != sorted(
                    _PLACEHOLDER.findall(translation)):
                found.append(f"{context}: “{source}” and its translation name different "
                             "placeholders")
            if _MNEMONIC.search(source) and not _MNEMONIC.search(translation):
                found.append(f"{context}: “{source}” has an & shortcut its translation lacks")
    return found


def check() -> int:
    messages = source_messages()
    failed = 0
    for language in TRANSLATED:
        found = problems(language, messages)
        for line in found:
            print(f"{language}: {line}")
        failed += len(found)
    return 1 if failed else 0


def build() -> None:
    for language in TRANSLATED:
        subprocess.run([tool("pyside6-lrelease"), str(ts_path(language)), "-qm",
                        str(qm_path(language))], check=True, capture_output=True)


def _key(message: Message) -> str:
    """A text's key in the JSON of ``todo`` and ``apply``: the source text, after
    "Context|" when its context is not the interface's own (the empty one)."""
    context, source = message
    return f"{context}|{source}" if context else source


def todo(language: str) -> None:
    """The texts still to translate, as a JSON object of key -> "" for a translator."""
    kept, _obsolete = read_ts(ts_path(language))
    left = {_key(message): "" for message, text in kept if not text}
    print(json.dumps(left, ensure_ascii=False, indent=1))


def apply(language: str, done_path: Path) -> int:
    """Write the translations of a JSON object (key -> translation) into the language's .ts;
    a key that names no text of the file is refused, so a typo is not lost silently."""
    done = json.loads(done_path.read_text(encoding="utf-8"))
    kept, _obsolete = read_ts(ts_path(language))
    translations = {message: text for message, text in kept if text}
    by_key = {_key(message): message for message, _text in kept}
    unknown = [key for key in done if key not in by_key]
    for key in unknown:
        print(f"{language}: no such text: {key!r}", file=sys.stderr)
    for key, text in done.items():
        if key in by_key and text:
            translations[by_key[key]] = text
    write_ts(ts_path(language), language, [message for message, _text in kept], translations)
    return 1 if unknown else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("action", choices=("update", "check", "build", "todo", "apply"))
    parser.add_argument("language", nargs="?", choices=TRANSLATED)
    parser.add_argument("file", nargs="?", type=Path)
    arguments = parser.parse_args()
    if arguments.action in ("todo", "apply") and arguments.language is None:
        parser.error(f"{arguments.action} needs a language: one of {', '.join(TRANSLATED)}")
    if arguments.action == "update":
        update()
    elif arguments.action == "build":
        build()
    elif arguments.action == "todo":
        todo(arguments.language)
    elif arguments.action == "apply":
        if arguments.file is None:
            parser.error("apply needs the JSON file of translations")
        return apply(arguments.language, arguments.file)
    else:
        return check()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
