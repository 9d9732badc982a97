"""Tab from the section list goes into the page shown, through it, then to
the preview's controls and the problems; Shift+Tab goes back the same way.
Enter on a section moves the focus into its page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea


def _in(widget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


def _pane(window) -> str:
    for name, pane in (("sections", window.section_list), ("editor", window.editor_stack.currentWidget()),
                       ("preview", window.preview), ("problems", window.problems)):
        if _in(pane):
            return name
    return f"elsewhere: {QApplication.focusWidget()!r}"


@pytest.fixture
def window(example_window, qtbot):
    with qtbot.waitActive(example_window):
        example_window.activateWindow()
    QTest.keyClick(example_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is example_window.section_list
    return example_window


def _walk(window, key, presses):
    panes = []
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget(), key)
        panes.append((_pane(window), QApplication.focusWidget()))
    return panes


def _runs(panes):
    runs = []
    for name, _ in panes:
        if not runs or runs[-1] != name:
            runs.append(name)
    return runs


@pytest.mark.parametrize("section", ["summary", "participants"])
def test_tab_from_the_section_list_goes_through_the_page_then_preview_then_problems(window, qtbot, section):
    window.section_list.select(section)
    window.section_list.setFocus()
    QTest.keyClick(window.section_list, Qt.Key.Key_Tab)
    editor = window.editor_stack.currentWidget()
    assert _in(editor), _pane(window)
    stops = [QApplication.focusWidget()]
    panes = [("editor", stops[0])] + _walk(window, Qt.Key.Key_Tab, 60)
    runs = _runs(panes)
    assert runs[:5] == ["editor", "preview", "problems", "sections", "editor"], runs
    preview_stops = [w for name, w in panes if name == "preview"]
    assert window.reader_combo in preview_stops and window.preview.view in preview_stops


def test_shift_tab_goes_back_the_same_way(window, qtbot):
    window.section_list.select("participants")
    window.section_list.setFocus()
    panes = _walk(window, Qt.Key.Key_Backtab, 60)
    assert _runs(panes)[:5] == ["problems", "preview", "editor", "sections", "problems"], _runs(panes)
    names = [name for name, _ in panes]
    start = names.index("editor")
    end = names.index("sections", start)
    backward = [w for _, w in panes[start:end]]
    # forward through the page: the same stops, reversed
    window.section_list.setFocus()
    QTest.keyClick(window.section_list, Qt.Key.Key_Tab)
    seen = [QApplication.focusWidget()]
    while True:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if not _in(window.editor_stack.currentWidget()):
            break
        seen.append(QApplication.focusWidget())
    assert seen == backward[::-1]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_on_a_section_moves_focus_into_its_page(window, qtbot, key):
    QTest.keyClick(window.section_list, Qt.Key.Key_Down)
    QTest.keyClick(window.section_list, Qt.Key.Key_Down)
    shown = window.section_list.current_key()
    QTest.keyClick(window.section_list, key)
    assert window.editor_stack.currentWidget() is window.editor(shown)
    assert _in(window.editor(shown)), _pane(window)


_FIRST_FIELD = {
    # page: (the path of its first field, what to type, where the typing lands in the brief)
    "overview": (("title",), "Zq", lambda brief: brief.title),
    "meeting": (("meeting", "date"), "2026-12-11", lambda brief: str(brief.meeting.date)),
    "clearance": (("contact", "name"), "Zq", lambda brief: brief.contact.name),
    "logistics": (("logistics",), "Zq", lambda brief: brief.logistics),
    "background": (("background",), "Zq", lambda brief: brief.background),
}


@pytest.mark.parametrize("section", list(_FIRST_FIELD))
def test_enter_on_a_form_page_focuses_its_first_field_and_typing_lands_there(window, qtbot, section):
    path, typed, stored = _FIRST_FIELD[section]
    window.section_list.select(section)
    window.section_list.setFocus()
    QTest.keyClick(window.section_list, Qt.Key.Key_Return)
    editor = window.editor(section)
    field = editor.fields[path]
    focus = QApplication.focusWidget()
    assert focus is field or field.isAncestorOf(focus), f"focus on {focus!r}, not the first field"
    QTest.keyClicks(focus, typed)
    QTest.keyClick(focus, Qt.Key.Key_Tab)  # leave the field: a typed date is read then
    assert typed in stored(window.files.doc.brief)


@pytest.mark.parametrize("section", ["overview", "meeting", "logistics", "background", "risks", "participants"])
def test_tab_through_a_page_stops_only_on_what_shows_the_focus(window, qtbot, section):
    """No stop on a scroll area that holds a form (it shows no focus); the
    reader menu comes before the PDF view."""
    window.section_list.select(section)
    window.section_list.setFocus()
    panes = _walk(window, Qt.Key.Key_Tab, 80)
    for name, widget in panes:
        if name == "editor":
            assert not isinstance(widget, QScrollArea), f"Tab stopped on a scroll area: {widget!r}"
    preview_stops = [w for name, w in panes if name == "preview"]
    assert preview_stops.index(window.reader_combo) < preview_stops.index(window.preview.view)


def test_the_preview_shows_that_it_has_the_focus(window, qtbot):
    qtbot.waitUntil(lambda: window.preview.page_count is not None, timeout=30000)
    view = window.preview.view
    window.section_list.setFocus()
    without = view.grab().toImage()
    view.setFocus(Qt.FocusReason.TabFocusReason)
    assert QApplication.focusWidget() is view
    with_focus = view.grab().toImage()
    edge = [(x, 1) for x in range(0, view.width(), 7)] + [(1, y) for y in range(0, view.height(), 7)]
    assert any(without.pixel(x, y) != with_focus.pixel(x, y) for x, y in edge), "no focus frame on the PDF view"
