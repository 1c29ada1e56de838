"""A fan's hint is readable: drawn over the map's badges, placed where it hides no badge's
number.

At Havana the hint under the fan sat beneath Guatemala City's badge, which hid "Ctrl-click".
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from asylum_browser.gui.main_window import MainWindow
from tests.gui.test_map import click_towards

pytestmark = pytest.mark.usefixtures("no_network")


@pytest.mark.parametrize("incident", ["1980-04-01-havana-peru-embassy",
                                      "1958-01-23-caracas-dominican-republic-embassy"])
def test_the_fan_hint_covers_no_other_badge(qtbot: QtBot, window: MainWindow,
                                            incident: str) -> None:
    view = window.map
    window.resize(1350, 728)  # a laptop, where badges crowd the Caribbean
    view.repaint()
    click_towards(qtbot, view, incident, 6)
    assert view.fanned is not None
    view.repaint()
    (hint,) = view.fan_hints
    fanned = {int(i) for d in view._drawn if len(d.members) > 1 and view.fanned in d.members
              for i in d.members}
    others = [d for d in view._drawn
              if not (len(d.members) == 1 and int(d.members[0]) in fanned)
              and not (len(d.members) > 1 and view.fanned in d.members)]
    assert others  # there are badges near enough to matter
    # No badge's number lies under the hint, which is drawn over them all.
    assert not [d.centre for d in others if hint.adjusted(-4, -4, 4, 4).contains(d.centre)]


def test_every_map_button_stays_on_a_narrow_map(window: MainWindow) -> None:
    """At 800 pixels the row ran off the map's left edge and hid +, − and Fit."""
    view = window.map
    for width in (300, 360, 700):
        view.resize(width, 300)
        buttons = [view.zoom_in_button, view.fit_button, view.reset_button,
                   view.legend_button, view.in_view]
        for button in buttons:
            left = button.mapTo(view, button.rect().topLeft()).x()
            right = button.mapTo(view, button.rect().topRight()).x()
            assert left >= 0 and right < view.width(), (width, button.objectName())
    assert view.in_view.text() == "Only what is in view"  # the words come back with room
