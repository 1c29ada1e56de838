"""The filter sidebar: active-filter chips, one collapsible section per facet, range controls.

Clicking a value toggles its token in the query; Ctrl-click (or the context menu) excludes it.
Counts come from AppState's results, each facet counted without its own selection, so they
always agree with the table. The sidebar talks only to AppState.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QEnterEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from asylum_browser.core.engine.answers import Results
from asylum_browser.core.model.fields import TermKind
from asylum_browser.core.model.place_names import CITY, is_place, local_place
from asylum_browser.core.model.schema import FACETS
from asylum_browser.core.model.shown import LINE_LIMIT, shown
from asylum_browser.core.model.text import normalise
from asylum_browser.core.model.values import Facet, FacetValue
from asylum_browser.core.query.parser import QuerySyntaxError, scan_tokens
from asylum_browser.gui.shown_text import plain, tooltip
from asylum_browser.gui.state import AppState
from asylum_browser.gui.widgets.filter_header import FilterHeader
from asylum_browser.gui.widgets.range_controls import RangeControls
from asylum_browser.gui.widgets.saved_searches import SavedSearchesSection
from asylum_browser.gui.widgets.stale import dim_while_invalid
from asylum_browser.i18n.words import field_text, tr

TOP_VALUES = 8  # long facets show this many until "Show all"
OPTIONAL_FACETS = ("tag", "flag", "theme", "origin")  # shown when the data or workspace has them
LONG_FACETS = ("city", "year", "host", "sending")
# The facets whose values are places, by the vocabulary their names come from.
PLACE_FACETS = {facet.name: facet.vocabulary or CITY for facet in FACETS
                if is_place(facet.vocabulary) or facet.name == CITY}


def clear_layout(layout: QLayout) -> None:
    """Remove and delete every widget of a layout (rows and chips are rebuilt per result)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.setParent(None)
            widget.deleteLater()


@functools.lru_cache(maxsize=4096)
def _token_key(token: str) -> tuple[str | None, str]:
    try:
        scanned = scan_tokens(token)
    except QuerySyntaxError:  # a damaged row's value ("decade:xs") selects nothing
        return (None, "")
    terms = [t.term for t in scanned if t.term is not None]
    return (terms[0].field, normalise(terms[0].value)) if terms else (None, "")


class ElidedLabel(QLabel):
    """A one-line label that shrinks with an ellipsis instead of widening the sidebar."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        plain(self)
        self.setMinimumWidth(20)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = shown(text, LINE_LIMIT)
        self.setToolTip(tooltip(text))
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                                   max(self.width(), 20)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(self._full, Qt.TextElideMode.ElideRight, self.width()))
        super().resizeEvent(event)


class FacetValueRow(QFrame):
    """One clickable facet value with its count. Signals: toggled(token, exclude).

    Rows are reused across results (show_value), since creating widgets per refresh is what
    made the sidebar the slowest part of a refresh.
    """

    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = FacetValue(None, "", 0, "")
        self.state = ""  # "", "included" or "excluded"
        self._facet_label = ""
        self.setObjectName("facetValue")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(tr("Click to show only this; click again to undo. "
                           "Ctrl-click to leave it out."))
        self.name_label = ElidedLabel("", self)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 6, 2)
        layout.addWidget(self.name_label, 1)
        layout.addWidget(self.count_label)
        base = self.palette()
        self._plain = QPalette(base)
        muted = base.color(QPalette.ColorRole.PlaceholderText)
        self._muted = QPalette(base)
        self._muted.setColor(QPalette.ColorRole.WindowText, muted)
        self.count_label.setPalette(self._muted)
        self._marked: dict[str, QPalette] = {}
        for state, alpha in (("included", 50), ("excluded", 25)):
            marked = QPalette(base)
            background = base.color(QPalette.ColorRole.Highlight)
            background.setAlpha(alpha)
            marked.setColor(QPalette.ColorRole.Window, background)
            self._marked[state] = marked

    def show_value(self, facet: Facet, value: FacetValue, state: str) -> None:
        """Show one value of a facet, with its count and whether it is selected or excluded."""
        if value == self.value and state == self.state and self._facet_label == facet.label:
            return  # unchanged since the last refresh: nothing to redo
        self.value, self.state, self._facet_label = value, state, facet.label
        described = {"included": tr("{facet}: {value}, {count} incidents, selected"),
                     "excluded": tr("{facet}: {value}, {count} incidents, excluded")}.get(
            state, tr("{facet}: {value}, {count} incidents"))
        self.setAccessibleName(described.format(facet=field_text(facet.label),
                                                value=value.label, count=value.count))
        place = PLACE_FACETS.get(facet.name)
        local = local_place(place, value.key, value.label) if value.key is not None \
            else value.label
        self.name_label.set_full_text(local)
        if local != value.label:  # a place in the interface language: English on hover
            self.name_label.setToolTip(tooltip(value.label))
        self.count_label.setText(f"{value.count:,}")
        font = QFont(self.font())
        font.setItalic(value.key is None)
        font.setBold(state == "included")
        font.setStrikeOut(state == "excluded")
        self.name_label.setFont(font)
        self.name_label.setPalette(self._muted if value.count == 0 and not state
                                   else self._plain)
        self.setAutoFillBackground(bool(state))
        self.setPalette(self._marked.get(state, self._plain))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            exclude = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.toggled.emit(self.value.token, exclude)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            exclude = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
            self.toggled.emit(self.value.token, exclude)
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        only = menu.addAction(tr("Remove this filter") if self.state == "included"
                              else tr("Show only this"))
        leave_out = menu.addAction(tr("Include it again") if self.state == "excluded"
                                   else tr("Leave this out"))
        chosen = menu.exec(event.globalPos())
        if chosen is only:
            self.toggled.emit(self.value.token, False)
        elif chosen is leave_out:
            self.toggled.emit(self.value.token, True)


class FacetSection(QWidget):
    """A collapsible facet: header button, optional find box, values, 'Show all'."""

    toggled = Signal(str, bool)

    def __init__(self, name: str, title: str, long: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"facet_{name}")
        self._long = long
        self._show_all = False
        self._facet: Facet | None = None
        self._states: dict[tuple[str | None, str], str] = {}
        # While the pointer is in the sidebar (``steady``) the values keep the rows they had,
        # so a click never moves the value under the pointer; the count order returns when
        # it leaves. Kept: what the rows showed, and for which find text and Show all.
        self.steady = False
        self._shown: list[FacetValue] = []
        self._shown_for: tuple[str, bool] | None = None
        self._more_shown = False
        self.header = QToolButton(self)
        self.header.setObjectName(f"facetHeader_{name}")
        self.header.setText(title)
        self.header.setCheckable(True)
        self.header.setChecked(True)
        self.header.setArrowType(Qt.ArrowType.DownArrow)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setAccessibleName(
            tr("{facet} filters (collapse or expand)").format(facet=title))
        self.header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        bold = QFont(self.header.font())
        bold.setBold(True)
        self.header.setFont(bold)
        self.header.toggled.connect(self._set_expanded)
        self.body = QWidget(self)
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(6, 0, 0, 4)
        self.body_layout.setSpacing(0)
        self.find_edit = QLineEdit(self.body)
        self.find_edit.setObjectName(f"facetFind_{name}")
        self.find_edit.setPlaceholderText(tr("Find a {facet}…").format(facet=title.lower()))
        self.find_edit.setAccessibleName(tr("Find a value in {facet}").format(facet=title))
        self.find_edit.setClearButtonEnabled(True)
        self.find_edit.textChanged.connect(lambda _text: self._rebuild())
        self.find_edit.setVisible(long)
        self.body_layout.addWidget(self.find_edit)
        self.values = QWidget(self.body)
        self.values_layout = QVBoxLayout(self.values)
        self.values_layout.setContentsMargins(0, 2, 0, 0)
        self.values_layout.setSpacing(0)
        self.body_layout.addWidget(self.values)
        self._rows: list[FacetValueRow] = []
        self.empty = QLabel(self.values)
        self.empty.setEnabled(False)
        self.empty.hide()
        self.values_layout.addWidget(self.empty)
        self.more = QPushButton(self.body)
        self.more.setObjectName(f"facetMore_{name}")
        self.more.setFlat(True)
        self.more.setAccessibleName(tr("Show all values of {facet}").format(facet=title))
        self.more.clicked.connect(self._toggle_show_all)
        self.body_layout.addWidget(self.more)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body)

    def _set_expanded(self, expanded: bool) -> None:
        self.header.setArrowType(Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow)
        self.body.setVisible(expanded)

    def _toggle_show_all(self) -> None:
        self._show_all = not self._show_all
        self._rebuild()

    def set_facet(self, facet: Facet, states: dict[tuple[str | None, str], str]) -> None:
        self._facet = facet
        self._states = states
        self._rebuild()

    def rows(self) -> list[FacetValueRow]:
        """The rows showing values now."""
        return [row for row in self._rows if not row.isHidden()]

    def row(self, label: str) -> FacetValueRow:
        return next(r for r in self.rows() if r.value.label == label)

    def _rebuild(self) -> None:
        if self._facet is None:
            return
        wanted = normalise(self.find_edit.text())
        values = [v for v in self._facet.values if not wanted or wanted in normalise(v.label)]
        selected = [v for v in values if self._states.get(_token_key(v.token))]
        limit = len(values) if (self._show_all or wanted or not self._long) else TOP_VALUES
        shown = values[:limit] + [v for v in selected if v not in values[:limit]]
        keep = self.steady and self._shown_for == (wanted, self._show_all)
        if keep:
            shown = self._in_kept_rows(values, selected)
        self._shown, self._shown_for = shown, (wanted, self._show_all)
        while len(self._rows) < len(shown):
            row = FacetValueRow(self.values)
            row.toggled.connect(self.toggled)
            self.values_layout.insertWidget(len(self._rows), row)
            self._rows.append(row)
        for row, value in zip(self._rows, shown, strict=False):
            row.show_value(self._facet, value, self._states.get(_token_key(value.token), ""))
            row.show()  # at once, not on the next event loop turn
        for row in self._rows[len(shown):]:
            row.hide()
        many = len(self._facet.values) > TOP_VALUES
        self.find_edit.setVisible(self._long and (many or wanted != "" or (
            keep and not self.find_edit.isHidden())))
        hidden = len(values) - limit
        self._more_shown = self._long and (hidden > 0 or self._show_all or (
            keep and self._more_shown)) and not wanted
        self.more.setVisible(self._more_shown)
        self.more.setText(tr("Show fewer") if self._show_all else
                          tr("Show all ({count})").format(count=len(values)))
        self.empty.setText(tr("No values") if not wanted else tr("No match"))
        self.empty.setVisible(not shown)

    def _in_kept_rows(self, values: list[FacetValue], selected: list[FacetValue]
                      ) -> list[FacetValue]:
        """The new counts in the rows the values had: a value now absent stays, at 0."""
        fresh = {_token_key(value.token): value for value in values}
        kept = [fresh.get(_token_key(old.token), FacetValue(old.key, old.label, 0, old.token))
                for old in self._shown]
        return kept + [value for value in selected if value not in kept]

    def set_steady(self, steady: bool) -> None:
        """Hold the rows in place (the pointer is over the sidebar) or let them re-sort."""
        if steady != self.steady:
            self.steady = steady
            if not steady:
                self._rebuild()


class FilterSidebar(QWidget):
    """objectName filterSidebar. Listens to AppState.results_ready; calls toggle_token."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._steady_query: str | None = None  # the query the last value click wrote
        self.setObjectName("filterSidebar")
        self.header = FilterHeader(state, self)
        self.summary = self.header.summary
        self.chips_box = self.header.chips_box
        self.header_area = self.header.area
        self.clear_all = self.header.clear_all

        self.sections: dict[str, FacetSection] = {}
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(4, 0, 4, 8)
        content_layout.setSpacing(2)
        self.saved = SavedSearchesSection(state, content)
        content_layout.addWidget(self.saved)
        from asylum_browser.core.model.schema import FACETS

        for definition in FACETS:
            section = FacetSection(definition.name, field_text(definition.label),
                                   definition.name in LONG_FACETS, content)
            section.toggled.connect(self._toggle)
            self.sections[definition.name] = section
            content_layout.addWidget(section)
        self.ranges_header = QLabel(tr("Date and people"), content)
        bold = QFont(self.ranges_header.font())
        bold.setBold(True)
        self.ranges_header.setFont(bold)
        self.ranges_header.setContentsMargins(6, 8, 0, 2)
        content_layout.addWidget(self.ranges_header)
        self.ranges = RangeControls(state, content)
        content_layout.addWidget(self.ranges)
        content_layout.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        dim_while_invalid(state, self)  # the summary and chips too: they describe the old query
        content.setMinimumWidth(0)
        self.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(line)
        layout.addWidget(self.scroll_area, 1)
        # Sections scrolled out of view are updated on later event-loop turns, one at a time,
        # so that no single turn of the GUI thread does all nine (DESIGN.md: no stall > 50 ms).
        self._pending: list[tuple[FacetSection, Facet]] = []
        self._pending_states: dict[tuple[str | None, str], str] = {}
        self._next_section = QTimer(self)  # owned, so it dies with the sidebar
        self._next_section.setSingleShot(True)
        self._next_section.setInterval(0)
        self._next_section.timeout.connect(self._update_next_section)
        state.results_ready.connect(self._on_results)

    @property
    def settled(self) -> bool:
        """Every section shows the current results (none is waiting for its turn)."""
        return not self._pending

    def _section_for(self, facet: Facet) -> FacetSection:
        """The section of a facet; the workspace's (tags, follow-up) are made on first use,
        just under the saved searches."""
        section = self.sections.get(facet.name)
        if section is None:
            content = self.saved.parentWidget()
            assert content is not None
            section = FacetSection(facet.name, field_text(facet.label), facet.name == "tag",
                                   content)
            section.toggled.connect(self._toggle)
            layout = content.layout()
            assert isinstance(layout, QVBoxLayout)
            position = 1 + sum(1 for name in self.sections if name in OPTIONAL_FACETS)
            layout.insertWidget(position, section)
            self.sections[facet.name] = section
        return section

    def _toggle(self, token: str, exclude: bool) -> None:
        self._set_steady(True)  # a click (or a key) on a value: the rest stay where they are
        self._state.toggle_token(token, exclude)
        self._steady_query = self._state.query

    def _set_steady(self, steady: bool) -> None:
        for section in self.sections.values():
            section.set_steady(steady)
        self.header.set_steady(steady)

    def enterEvent(self, event: QEnterEvent) -> None:
        self._set_steady(True)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        self._set_steady(False)
        super().leaveEvent(event)

    def _on_results(self, results: Results) -> None:
        if self._state.query != self._steady_query and not self.underMouse():
            self._set_steady(False)  # searched from elsewhere (the box, the map): count order
        self.header.show_results(results, self._state.query)
        states: dict[tuple[str | None, str], str] = {}
        for clause in results.spec.clauses:
            for term in clause:
                if term.kind is TermKind.FIELD:
                    states[(term.field, normalise(term.value))] = (
                        "excluded" if term.negated else "included")
        present = {facet.name for facet in results.facets}
        # Origin says something only once the user has cases of their own beside ours.
        present -= {facet.name for facet in results.facets
                    if facet.name == "origin" and not any(v.key == "mine" for v in facet.values)}
        updates = [(self._section_for(facet), facet) for facet in results.facets]
        for name, section in self.sections.items():  # after: a section just made shows
            if name in OPTIONAL_FACETS:  # tags, flags and themes appear once there are some
                section.setVisible(name in present)
        in_view = [(section, facet) for section, facet in updates
                   if not section.visibleRegion().isEmpty()]
        # One section per event-loop turn, those in view first: all of them in this turn
        # held the GUI thread for up to 35 ms with the bundled data's long facets, on top of
        # the paint that follows. Each turn is a few ms, so they all show within a frame.
        self._pending = in_view + [update for update in updates if update not in in_view]
        self._pending_states = states
        if self._pending:
            self._update_next_section()

    def _update_next_section(self) -> None:
        if not self._pending:
            return  # newer results already updated everything
        section, facet = self._pending.pop(0)
        section.set_facet(facet, self._pending_states)
        if self._pending:
            self._next_section.start()

    def chip_buttons(self) -> list[QToolButton]:
        return self.header.chip_buttons()
