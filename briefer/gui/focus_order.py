"""The order Tab moves keyboard focus in across a window's panes.

Qt's own order is the order widgets were made in, so a page made later (the
main window makes a section's editor when it is first shown) comes after
every pane made before it.  :func:`next_tab_stop` orders the stops by pane
instead: each pane's own stops in Qt's order, the panes in the order given.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def is_tab_stop(widget: QWidget) -> bool:
    """Tab can put focus on ``widget`` as it is now."""
    return (
        bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
        and widget.isEnabled()
        and widget.isVisible()
    )


def tab_stops(pane: QWidget) -> list[QWidget]:
    """The widgets of ``pane`` (itself included) that Tab stops at, in Qt's focus chain order."""
    stops = [pane] if is_tab_stop(pane) else []
    widget = pane.nextInFocusChain()
    while widget is not None and widget is not pane:
        if pane.isAncestorOf(widget) and is_tab_stop(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def first_tab_stop(pane: QWidget) -> QWidget | None:
    stops = tab_stops(pane)
    return stops[0] if stops else None


def _index_of(focus: QWidget, stops: Sequence[QWidget]) -> int | None:
    """The stop that holds ``focus`` (the innermost one)."""
    found = None
    for i, stop in enumerate(stops):
        if stop is focus:
            return i
        if stop.isAncestorOf(focus):
            found = i
    return found


def next_tab_stop(panes: Iterable[QWidget | None], forward: bool) -> QWidget | None:
    """The stop after (or before) the focused widget when the panes' stops
    follow each other in the order of ``panes``; None when the focus is in
    none of them."""
    stops = [stop for pane in panes if pane is not None for stop in tab_stops(pane)]
    focus = QApplication.focusWidget()
    if focus is None or not stops:
        return None
    i = _index_of(focus, stops)
    if i is None:
        return None
    return stops[(i + (1 if forward else -1)) % len(stops)]
