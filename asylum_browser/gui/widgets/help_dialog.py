"""The search syntax cheat sheet, with examples that run when clicked (also the F1 help)."""

from __future__ import annotations

import html
import urllib.parse

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from asylum_browser.core.model.fields import FIELD_LIST

EXAMPLES = [
    ("words (all must appear)", "consulate police"),
    ("a phrase", '"over the wall"'),
    ("a word's beginning", "consul*"),
    ("either term", "canada OR germany"),
    ("leave out", "-school"),
    ("a field", "city:shenyang"),
    ("a value with spaces", 'nationality:"north korea"'),
    ("two values of one field", "host:china host:cuba"),
    ("exclude a value", "-host:china"),
    ("a year range", "year:2002..2004"),
    ("a date range", "date:2002-05..2002-06"),
    ("at least ten people", "people:>=10"),
    ("unknown values", "people:unknown"),
    ("Korean, Chinese, Japanese", "북한 瀋陽"),
]

def field_rows() -> list[tuple[str, str, str]]:
    """(prefix with its aliases, what it matches, an example) for each field, from the registry."""
    return [(" ".join(f"{name}:" for name in (field.name, *field.aliases)), field.description,
             field.example) for field in FIELD_LIST]


SHORTCUTS = [
    ("Ctrl+F", "search"), ("Esc", "clear the search"), ("Ctrl+E", "export"),
    ("Ctrl+O", "open a database"), ("Ctrl+C", "copy the selected rows"), ("F1", "this help"),
    ("Ctrl-click", "a sidebar value excludes it"),
]


def cheat_sheet_html(with_shortcuts: bool) -> str:
    """The cheat sheet as HTML; example links use the example: scheme."""
    rows = "".join(
        f"<tr><td>{html.escape(what)}</td><td><a href=\"example:"
        f"{html.escape(urllib.parse.quote(query, safe=''))}\"><code>{html.escape(query)}"
        "</code></a></td></tr>" for what, query in EXAMPLES)
    fields = "".join(f"<tr><td><code>{html.escape(name)}</code></td>"
                     f"<td>{html.escape(what)}</td><td><code>{html.escape(example)}</code></td>"
                     "</tr>" for name, what, example in field_rows())
    keys = ""
    if with_shortcuts:
        keys = "<h3>Keys</h3><table cellpadding='3'>" + "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(v)}</td></tr>"
            for k, v in SHORTCUTS) + "</table>"
    return (
        "<h3>Search syntax</h3><p>Click an example to run it. Matching ignores case and "
        "accents.</p><table cellpadding='3'>" + rows + "</table>"
        "<h3>Fields</h3><table cellpadding='3'>" + fields + "</table>"
        "<p>Every field also takes <code>unknown</code>.</p>" + keys
    )


class HelpDialog(QDialog):
    """Signals: example_chosen(str) when the user clicks an example query."""

    example_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, with_shortcuts: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle("Asylum Browser help" if with_shortcuts else "Search syntax")
        self.setObjectName("helpDialog")
        self.resize(560, 620)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpBrowser")
        self.browser.setAccessibleName("Search syntax help")
        self.browser.setOpenLinks(False)
        self.browser.setHtml(cheat_sheet_html(with_shortcuts))
        self.browser.anchorClicked.connect(self._clicked)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "example":
            self.example_chosen.emit(urllib.parse.unquote(url.path()))
            self.accept()
