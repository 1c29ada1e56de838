"""Qt's own console messages, minus the ones that only say the platform lacks a feature.

Without a display (offscreen, as in CI and the packaging smoke test) Qt warns "This plugin does
not support propagateSizeHints()" and the like for window-manager calls it has nowhere to send.
They are harmless, and a newcomer reads them as failures; every other message still reaches
the terminal as Qt would print it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

UNSUPPORTED = "This plugin does not support "


def _forward(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    if kind == QtMsgType.QtWarningMsg and message.startswith(UNSUPPORTED):
        return
    print(message, file=sys.stderr)


def quiet_unsupported_platform_calls() -> None:
    qInstallMessageHandler(_forward)
