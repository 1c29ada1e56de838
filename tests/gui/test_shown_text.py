"""The one rule for data on screen and the one gate for links (gui/shown_text.py)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from asylum_browser.gui.shown_text import message_box, open_external, plain, tooltip
from tests.gui.conftest import tooltip_text
from tests.reliability.hostile_window import LinkCatcher

ATTACK = '<img src="/dev/zero"><a href="file:///etc/passwd">x</a> & <b>bold</b>\nline two'


def test_a_tooltip_shows_markup_as_the_characters_typed(qtbot: QtBot) -> None:
    assert GuiQt.mightBeRichText(tooltip(ATTACK))  # Qt renders it, and what it renders is:
    assert tooltip_text(tooltip(ATTACK)) == ATTACK
    assert tooltip("") == "" and tooltip(None) == ""  # no tooltip at all


def test_a_tooltip_of_a_megabyte_is_clipped(qtbot: QtBot) -> None:
    text = tooltip_text(tooltip("x" * 1_000_000))
    assert len(text) < 1_100 and text.endswith("(999,000 more characters not shown)")


def test_labels_and_message_boxes_show_data_literally(qtbot: QtBot) -> None:
    label = plain(QLabel(ATTACK))
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText
    box = message_box(QMessageBox.Icon.Warning, "Problem", ATTACK, None, ATTACK)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    labels = [child for child in box.findChildren(QLabel) if child.text() == ATTACK]
    assert len(labels) == 2  # the text and the informative text, both as typed
    assert all(child.textFormat() == Qt.TextFormat.PlainText for child in labels)


def test_only_web_links_reach_the_desktop(qtbot: QtBot) -> None:
    catcher = LinkCatcher()  # stands in for the desktop, as in the hostile-window run
    schemes = ("http", "https", "file", "javascript", "data", "ftp", "smb")
    for scheme in schemes:
        QDesktopServices.setUrlHandler(scheme, catcher, "take")
    try:
        refused = ["file:///etc/passwd", "javascript:alert(1)", "data:text/html,<b>x</b>",
                   "ftp://example.org/x", "smb://host/share", "https://", "http:/no-host",
                   "/etc/passwd", ""]
        assert [open_external(url) for url in refused] == [False] * len(refused)
        assert catcher.handed == []
        assert open_external("https://www.voanews.com/a/a-13-a-2002-05-09-5-china-67274352/")
        assert open_external(QUrl("HTTP://example.org/page"))
        assert catcher.handed == ["https://www.voanews.com/a/a-13-a-2002-05-09-5-china-67274352/",
                                "http://example.org/page"]
    finally:
        for scheme in schemes:
            QDesktopServices.unsetUrlHandler(scheme)
