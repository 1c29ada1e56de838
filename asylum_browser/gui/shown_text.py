"""The one rule for putting text that can carry data on screen, and the one gate for links.

Why: Qt guesses whether a label's, tooltip's or message box's text is rich text, and rich
text can name local files (``<img src="/dev/zero">`` made Qt read until memory ran out) and
links of any scheme. So every widget that can show data is plain text by construction: labels
and message boxes are set to Qt.PlainText, tooltips (which have no format setting) get escaped
HTML, and everything shown is clipped and breakable (core/model/shown.py). Every link a user
can click goes through :func:`open_external`, which opens only http and https.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from asylum_browser.core.model.shown import LINE_LIMIT, shown

EXTERNAL_SCHEMES = frozenset({"http", "https"})

LabelT = TypeVar("LabelT", bound=QLabel)


def tooltip(text: str | None) -> str:
    """A tooltip that shows ``text`` literally, whatever it holds ("" stays "", no tooltip)."""
    if not text:
        return ""
    escaped = html.escape(shown(text, LINE_LIMIT), quote=False).replace("\n", "<br>")
    return f"<p style='white-space:pre-wrap'>{escaped}</p>"


def plain(label: LabelT) -> LabelT:
    """``label``, made to show its text literally (it may carry data)."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def message_box(icon: QMessageBox.Icon, title: str, text: str, parent: QWidget | None,
                informative: str = "") -> QMessageBox:
    """A message box whose texts are shown literally and clipped."""
    box = QMessageBox(icon, title, shown(text, LINE_LIMIT), QMessageBox.StandardButton.Ok,
                      parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if informative:
        box.setInformativeText(shown(informative, LINE_LIMIT))
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setOpenExternalLinks(False)
    return box


def is_external(url: QUrl) -> bool:
    return url.isValid() and url.scheme().lower() in EXTERNAL_SCHEMES and bool(url.host())


def open_external(url: QUrl | str) -> bool:
    """Open a web link in the user's browser; any other scheme is refused (returns False)."""
    target = url if isinstance(url, QUrl) else QUrl(url)
    if not is_external(target):
        return False
    return QDesktopServices.openUrl(target)


def about_box(title: str, rich: str, parent: QWidget | None) -> QMessageBox:
    """A message box of rich text of our own making (every data value in it escaped), whose
    links open only through :func:`open_external`: Help > About."""
    box = QMessageBox(QMessageBox.Icon.NoIcon, title, rich, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("aboutBox")
    box.setTextFormat(Qt.TextFormat.RichText)
    for label in box.findChildren(QLabel):
        label.setOpenExternalLinks(False)
        label.linkActivated.connect(open_external)
    return box
