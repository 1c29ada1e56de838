"""In Korean, Japanese and both Chinese scripts the window still fits a 1366×768 laptop
(issue 20): no button, placeholder, tab or one-line label is cut short, and the texts are
the translated ones (a window left in English would fit and prove nothing)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QTabBar
from pytestqt.qtbot import QtBot

from asylum_browser.gui.i18n import install_language, remove_language
from asylum_browser.gui.main_window import MainWindow
from asylum_browser.gui.widgets.filter_sidebar import ElidedLabel

from .conftest import open_window

LAPTOP = (1366 - 16, 768 - 40)


@pytest.fixture(params=["ko", "ja", "zh_CN", "zh_TW"])
def translated_window(request: pytest.FixtureRequest, qtbot: QtBot,
                      settings_path: Path) -> Iterator[MainWindow]:
    assert install_language(request.param) == request.param
    try:
        window = open_window(qtbot, settings_path)
        window.state.select_id("2002-05-08-shenyang-japan-consulate")
        qtbot.waitUntil(lambda: window.state.selected is not None)
        window.resize(*LAPTOP)
        for _ in range(5):
            QApplication.processEvents()
        qtbot.wait(50)
        yield window
        window.state.wait()
    finally:
        remove_language()


def _cut_texts(window: MainWindow) -> list[tuple[str, str, int, int]]:
    cut = []
    for button in window.findChildren(QAbstractButton):
        if button.isVisible() and button.text() and button.width() < \
                button.minimumSizeHint().width():
            cut.append(("button", button.text(), button.width(),
                        button.minimumSizeHint().width()))
    for edit in window.findChildren(QLineEdit):
        if not (edit.isVisible() and edit.placeholderText() and edit.width() > 0):
            continue
        room = edit.width() - 2 * edit.style().pixelMetric(
            edit.style().PixelMetric.PM_DefaultFrameWidth) - 8
        if edit.isClearButtonEnabled():
            room -= edit.height()
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
        if needed > room:
            cut.append(("placeholder", edit.placeholderText(), room, needed))
    for label in window.findChildren(QLabel):
        if not label.isVisible() or label.wordWrap() or isinstance(label, ElidedLabel) \
                or not label.text() or label.textFormat().name == "RichText" \
                or "<" in label.text():
            continue
        needed = label.fontMetrics().horizontalAdvance(label.text())
        room = label.contentsRect().width()
        if needed > room + 1:
            cut.append(("label", label.text(), room, needed))
    for bar in window.findChildren(QTabBar):
        for index in range(bar.count()) if bar.isVisible() else ():
            needed = bar.fontMetrics().horizontalAdvance(bar.tabText(index))
            if needed > bar.tabRect(index).width():
                cut.append(("tab", bar.tabText(index), bar.tabRect(index).width(), needed))
    return cut


def test_nothing_is_cut_at_1366_by_768(translated_window: MainWindow) -> None:
    window = translated_window
    assert window.menuBar().actions()[0].text() != "&File"  # the window is translated
    assert not _cut_texts(window)
