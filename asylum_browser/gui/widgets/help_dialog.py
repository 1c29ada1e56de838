"""The search syntax cheat sheet, with examples that run when clicked (also the F1 help)."""

from __future__ import annotations

import html
import urllib.parse

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from asylum_browser.core.model.fields import FIELD_LIST
from asylum_browser.i18n.words import QT_TR_NOOP, field_text, tr

EXAMPLES = [
    (QT_TR_NOOP("words (all must appear)"), "consulate police"),
    (QT_TR_NOOP("a phrase"), '"over the wall"'),
    (QT_TR_NOOP("a word's beginning"), "consul*"),
    (QT_TR_NOOP("either term"), "canada OR germany"),
    (QT_TR_NOOP("leave out"), "-school"),
    (QT_TR_NOOP("a field"), "city:shenyang"),
    (QT_TR_NOOP("a value with spaces"), 'nationality:"north korea"'),
    (QT_TR_NOOP("two values of one field"), "host:china host:cuba"),
    (QT_TR_NOOP("exclude a value"), "-host:china"),
    (QT_TR_NOOP("a year range"), "year:2002..2004"),
    (QT_TR_NOOP("a date range"), "date:2002-05..2002-06"),
    (QT_TR_NOOP("at least ten people"), "people:>=10"),
    (QT_TR_NOOP("unknown values"), "people:unknown"),
    (QT_TR_NOOP("Korean, Chinese, Japanese"), "북한 瀋陽"),
]

def field_rows() -> list[tuple[str, str, str]]:
    """(prefix with its aliases, what it matches, an example) for each field, from the registry."""
    return [(" ".join(f"{name}:" for name in (field.name, *field.aliases)), field.description,
             field.example) for field in FIELD_LIST]  # descriptions translated where shown


SHORTCUTS = [
    ("Ctrl+F", QT_TR_NOOP("search")), ("Esc", QT_TR_NOOP("clear the search")),
    ("Ctrl+E", QT_TR_NOOP("export")), ("Ctrl+O", QT_TR_NOOP("open a database")),
    ("Ctrl+C", QT_TR_NOOP("copy the selected rows")), ("F1", QT_TR_NOOP("this help")),
    ("Ctrl-click", QT_TR_NOOP("a sidebar value excludes it")),
]


def cheat_sheet_html(with_shortcuts: bool) -> str:
    """The cheat sheet as HTML; example links use the example: scheme."""
    rows = "".join(
        f"<tr><td>{html.escape(tr(what))}</td><td><a href=\"example:"
        f"{html.escape(urllib.parse.quote(query, safe=''))}\"><code>{html.escape(query)}"
        "</code></a></td></tr>" for what, query in EXAMPLES)
    fields = "".join(f"<tr><td><code>{html.escape(name)}</code></td>"
                     f"<td>{html.escape(field_text(what))}</td>"
                     f"<td><code>{html.escape(example)}</code></td>"
                     "</tr>" for name, what, example in field_rows())
    keys = ""
    if with_shortcuts:
        keys = "<h3>" + tr("Keys") + "</h3><table cellpadding='3'>" + "".join(
            f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(tr(v))}</td></tr>"
            for k, v in SHORTCUTS) + "</table>"
    return (
        "<h3>" + tr("Search syntax") + "</h3><p>"
        + tr("Click an example to run it. Matching ignores case and accents.")
        + "</p><table cellpadding='3'>" + rows + "</table>"
        "<h3>" + tr("Fields") + "</h3><table cellpadding='3'>" + fields + "</table><p>"
        + tr("Every field also takes <code>unknown</code>.") + "</p>" + keys
    )


class HelpDialog(QDialog):
    """Signals: example_chosen(str) when the user clicks an example query."""

    example_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, with_shortcuts: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Asylum Browser help") if with_shortcuts else tr("Search syntax"))
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
