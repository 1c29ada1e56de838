"""Small tool buttons that are named for tests and for screen readers in one call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QToolButton, QWidget


def tool_button(parent: QWidget, text: str, tip: str, name: str, slot: Callable[[], object],
                *, flat: bool = False) -> QToolButton:
    """A QToolButton whose tooltip is also its accessible name (text like "+" says little)."""
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setAutoRaise(flat)
    button.clicked.connect(slot)
    return button
