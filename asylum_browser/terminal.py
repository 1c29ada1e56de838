"""Writing to the terminal: data's control characters made harmless, strict JSON.

Shared by the command line's modules (cli.py and the commands that live beside it), so the
rule is written once.
"""

from __future__ import annotations

import json
import math
from typing import Any

import click

# Control characters from data never reach the terminal: ESC starts a terminal command (OSC 0
# retitled the window, OSC 8 made a file: link) and CR overwrites what a line said. Each is
# shown as U+FFFD; newlines and tabs stay. JSON keeps them as \u escapes instead.
_CONTROLS = [*range(0x00, 0x09), 0x0B, 0x0C, 0x0D, *range(0x0E, 0x20), 0x7F,
             *range(0x80, 0xA0)]
_SHOWN_CONTROLS = dict.fromkeys(_CONTROLS, "\ufffd")
_JSON_CONTROLS = {code: f"\\u{code:04x}" for code in _CONTROLS if code >= 0x7F}


def echo(text: str = "", err: bool = False) -> None:
    """click.echo, with the control characters of data made harmless, and a file name that
    is not valid UTF-8 shown with escapes (\\udcff) instead of failing to print."""
    shown = text.translate(_SHOWN_CONTROLS)
    click.echo(shown.encode("utf-8", "backslashreplace").decode("utf-8"), err=err)


def json_value(value: Any) -> Any:
    """A value as strict JSON holds it: an infinite or NaN number (which a hostile database
    can store) is no number, so null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def echo_json(rows: list[dict[str, Any]]) -> None:
    """Rows as a strict JSON array, indented, non-ASCII kept."""
    text = json.dumps([{key: json_value(value) for key, value in row.items()} for row in rows],
                      ensure_ascii=False, indent=2, allow_nan=False)
    click.echo(text.translate(_JSON_CONTROLS))


def echo_json_object(value: dict[str, Any]) -> None:
    """One JSON object, strict and indented, as echo_json writes rows."""
    text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=False)
    click.echo(text.translate(_JSON_CONTROLS))
