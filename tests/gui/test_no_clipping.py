"""On the smallest common screen (1280×720), no placeholder, button or header is cut short.

The window opens at the available size less a frame; each visible line edit's placeholder and
each visible button's text must fit the room it is given, since a clipped hint ("Enter, comma
or space k…") reads as unfinished.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow

LAPTOP = (1280 - 16, 720 - 40)


def _settle(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(*LAPTOP)
    for _ in range(5):
        QApplication.processEvents()
    qtbot.wait(50)


def test_no_placeholder_is_cut_at_1280_by_720(qtbot: QtBot, window: MainWindow) -> None:
    window.state.select_id("2002-05-08-shenyang-japan-consulate")
    qtbot.waitUntil(lambda: window.state.selected is not None)
    _settle(qtbot, window)
    edits = [e for e in window.findChildren(QLineEdit)
             if e.isVisible() and e.placeholderText() and e.width() > 0]
    assert any(e.objectName() == "tagsEdit" for e in edits)
    cut = []
    for edit in edits:
        room = edit.width() - 2 * edit.style().pixelMetric(
            edit.style().PixelMetric.PM_DefaultFrameWidth) - 8
        if edit.isClearButtonEnabled():
            room -= edit.height()  # the clear button's square, shown once there is text
        if edit.fontMetrics().horizontalAdvance(edit.placeholderText()) > room:
            cut.append((edit.objectName(), edit.placeholderText(), edit.width()))
    assert not cut


def test_no_button_text_is_cut_at_1280_by_720(qtbot: QtBot, window: MainWindow) -> None:
    _settle(qtbot, window)
    buttons = [b for b in window.findChildren(QAbstractButton)
               if b.isVisible() and b.text() and b.width() > 0]
    assert len(buttons) > 10
    cut = [(b.objectName() or b.text(), b.width(), b.sizeHint().width()) for b in buttons
           if b.width() < b.minimumSizeHint().width()]
    assert not cut
