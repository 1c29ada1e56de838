"""How much of a stored value a screen shows, so no value can freeze a view.

Why: Qt lays out one unbroken word in time that grows with the square of its length (a 1 MB
source URL froze the detail pane for 88 s), and a tooltip or label has no use for more than a
few screens of text. Views show :func:`shown` of a value: at most ``limit`` characters, with a
note of how many more there are. The detail pane also gets a break opportunity (a zero-width
space) inside any run of more than ``WORD_RUN`` characters without one; one-line texts
(tooltips, labels, messages, at most LINE_LIMIT characters) do not, so a file path copied out
of a message stays the path. The stored value is never changed: exports, copies and the search
read the full text.
"""

from __future__ import annotations

import re
from typing import Final

TEXT_LIMIT: Final = 20_000  # characters of one value in the detail pane
LINE_LIMIT: Final = 1_000  # characters of one value in a tooltip, label or message
WORD_RUN: Final = 80  # a longer run without a break gets break opportunities
BREAK: Final = "\u200b"  # zero-width space: a place to wrap that shows nothing

_LONG_RUN = re.compile(rf"[^\s\u200b]{{{WORD_RUN + 1},}}")


def _with_breaks(run: re.Match[str]) -> str:
    text = run.group(0)
    return BREAK.join(text[start:start + WORD_RUN] for start in range(0, len(text), WORD_RUN))


def shown(text: str, limit: int = TEXT_LIMIT) -> str:
    """``text`` as a view shows it: clipped to ``limit`` characters (saying how many are left
    out), and breakable inside long runs where the limit is a page's (TEXT_LIMIT and more)."""
    hidden = len(text) - limit
    if hidden > 0:
        text = f"{text[:limit]}… ({hidden:,} more characters not shown)"
    return _LONG_RUN.sub(_with_breaks, text) if limit > LINE_LIMIT else text
