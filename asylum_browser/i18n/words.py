"""One way to say a user-visible string in the interface language, for the GUI and the core.

Call ``tr("English text")`` where the text is shown; Qt's lupdate finds these calls by name
(scripts/translations.py runs it) and lists them in the .ts files. One context for the whole
interface (lupdate gives a bare ``tr`` the empty one), so that a term is translated once and the
same everywhere, as the glossaries want; data kept apart by kind of text (a vocabulary's labels,
a field's name) has a context of its own through ``translate("Context", "text")``. The
core is Qt-free, so the lookup itself is handed in by the GUI at start-up (``use``), which
passes Qt's translator; until then, and in the CLI, the English text comes back as it is.
A text kept as data (a field's label in the registry) is marked where it is defined with
``QT_TRANSLATE_NOOP("Context", "text")``, which returns it unchanged, and translated where it
is shown. Placeholders are str.format names (``{count}``), which translations keep.
"""

from __future__ import annotations

from collections.abc import Callable

from asylum_browser.i18n import SOURCE_LANGUAGE

Lookup = Callable[[str, str], str]


def _as_is(_context: str, text: str) -> str:
    return text


_lookup: Lookup = _as_is
_language = SOURCE_LANGUAGE


def use(lookup: Lookup, language: str) -> None:
    """Translate with ``lookup`` into ``language`` from now on (the GUI, at start-up)."""
    global _lookup, _language
    _lookup, _language = lookup, language


def reset() -> None:
    """Back to English (tests that switch languages put it back)."""
    use(_as_is, SOURCE_LANGUAGE)


def translate(context: str, text: str) -> str:
    """``text`` in the interface language; the English text where no translation exists."""
    return _lookup(context, text) or text


def tr(text: str) -> str:
    """``text`` in the interface language (the interface's one context)."""
    return translate("", text)


def field_text(text: str) -> str:
    """A label or description from the registries (core/model/fields.py, schema.py), which
    scripts/translations.py lists for translation under the context "Field"."""
    return translate("Field", text)


def QT_TR_NOOP(text: str) -> str:  # the name lupdate reads
    """Mark a text for ``tr`` where it is defined (a table of labels); ``tr`` it where shown."""
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate reads
    """Mark a text for translation where it is defined; it is translated where shown."""
    del context
    return text


def language() -> str:
    """The interface language now in use: a key of asylum_browser.i18n.LANGUAGES."""
    return _language
