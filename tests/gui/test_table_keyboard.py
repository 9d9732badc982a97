"""Keyboard-only editing of list sections (issue 13, item 2): Tab leaves the
table, F6 goes from a row to its form and back, the highlighted row is
always the one the form shows, and a cell is edited only after F2, Enter or
a double click — a stray key never overwrites it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.gui.editors.specs import LIST_SPECS
from briefer.model import Brief

LIST_KEYS = [k for k in LIST_SPECS if LIST_SPECS[k].fields]


def brief_with_rows() -> Brief:
    data = {"title": "Keys"}
    for key, spec in LIST_SPECS.items():
        data[key] = [spec.make_item(f"{key} {i}").model_dump() for i in range(4)]
    return Brief.model_validate(data)


@pytest.fixture
def page_for(qtbot):
    pages = []

    def make(key: str):
        doc = EditSession(brief_with_rows())
        page = create_editor(key, doc)
        qtbot.addWidget(page)
        page.resize(900, 800)
        with qtbot.waitActive(page):
            page.show()
            page.activateWindow()
        pages.append(page)  # kept alive for the test
        editor = page.list_editor
        editor.table.setFocus()
        return doc, editor

    return make


def focus_is_in(widget) -> bool:
    focus = QApplication.focusWidget()
    return focus is widget or (focus is not None and widget.isAncestorOf(focus))


def selected_rows(editor) -> set[int]:
    return {editor.view_model.mapToSource(i).row() if editor.proxy else i.row()
            for i in editor.table.selectionModel().selectedRows()}


def form_row(editor) -> int | None:
    path = next(iter(editor.fields.values())).path
    return None if path is None else path[len(editor.list_path)]


@pytest.mark.parametrize("key", LIST_KEYS)
def test_tab_leaves_the_table_and_shift_tab_comes_back(page_for, key):
    _doc, editor = page_for(key)
    QTest.keyClick(editor.table, Qt.Key.Key_Tab)
    assert not focus_is_in(editor.table)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focus_is_in(editor.table)


@pytest.mark.parametrize("key", LIST_KEYS)
def test_f6_goes_from_a_row_to_its_form_and_back(page_for, key):
    doc, editor = page_for(key)
    QTest.keyClick(editor.table, Qt.Key.Key_Down)
    QTest.keyClick(editor.table, Qt.Key.Key_Down)
    QTest.keyClick(editor.table, Qt.Key.Key_F6)
    first = editor.fields[editor.spec.first_field or next(iter(editor.fields))]
    assert focus_is_in(first)
    assert first.path[len(editor.list_path)] == editor.current_row() == 2
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert QApplication.focusWidget() is editor.table and editor.current_row() == 2


@pytest.mark.parametrize("key", LIST_KEYS)
@pytest.mark.parametrize(
    "keys",
    [
        [(Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)],
        [(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)],
        [(Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier), (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)],
        [(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)],
    ],
    ids=["ctrl-down", "ctrl-tab", "down-ctrl-down", "ctrl-end"],
)
def test_the_highlighted_row_is_the_row_the_form_shows(page_for, key, keys):
    _doc, editor = page_for(key)
    for k, mod in keys:
        QTest.keyClick(editor.table, k, mod)
    row = editor.current_row()
    assert row is not None
    assert selected_rows(editor) == {row}
    assert form_row(editor) == row


@pytest.mark.parametrize("key", LIST_KEYS)
def test_a_stray_key_never_overwrites_a_cell_and_f2_enter_or_double_click_edit(page_for, qtbot, key):
    doc, editor = page_for(key)
    table = editor.table
    index = table.currentIndex()
    before = index.data()
    QTest.keyClicks(table, "x")
    assert table.state() != QAbstractItemView.State.EditingState
    assert table.currentIndex().data() == before and doc.value((*editor.list_path, 0)) is not None
    for start in ("f2", "enter", "double"):
        if start == "f2":
            QTest.keyClick(table, Qt.Key.Key_F2)
        elif start == "enter":
            QTest.keyClick(table, Qt.Key.Key_Return)
        else:
            rect = table.visualRect(table.currentIndex())
            QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert table.state() == QAbstractItemView.State.EditingState, start
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.wait(10)
        assert table.state() != QAbstractItemView.State.EditingState
        table.setFocus()
    assert table.currentIndex().data() == before


def test_a_focused_tables_selection_and_current_cell_look_different_from_an_unfocused_ones(example_window, qtbot):
    """The highlighted row is the strong highlight only while its table has
    the focus (a pale tint otherwise), and the current cell is outlined."""
    w = example_window
    with qtbot.waitActive(w):
        w.activateWindow()
    w.show_section("open_issues")
    editor = w.editor("open_issues").list_editor
    table = editor.table
    cell = table.visualRect(editor.view_index(1, 2))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())
    assert table.hasFocus() and editor.current_row() == 1
    other = table.visualRect(editor.view_index(1, 0))  # a selected cell that is not current

    def colours():
        image = table.viewport().grab().toImage()
        return (QColor(image.pixel(other.left() + 3, other.bottom() - 3)),  # inside the row, off its text
                QColor(image.pixel(cell.left() + 1, cell.center().y())))  # the current cell's edge

    focused_row, focused_edge = colours()
    QTest.keyClick(table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)  # Go to Section List
    assert not table.hasFocus()
    unfocused_row, unfocused_edge = colours()
    highlight = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    base = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Base)

    def distance(a, b):
        return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue())

    assert distance(focused_row, highlight) < 30
    assert distance(unfocused_row, focused_row) > 150  # clearly different
    assert distance(unfocused_row, base) < distance(unfocused_row, highlight)  # a pale tint
    assert focused_edge.lightness() < highlight.lightness() - 40  # a dark outline round the current cell
    assert distance(unfocused_edge, unfocused_row) < 40  # none without the focus



def test_the_section_list_shows_the_strong_highlight_only_while_it_has_the_focus(example_window, qtbot):
    w = example_window
    with qtbot.waitActive(w):
        w.activateWindow()
    sections = w.section_list
    QTest.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(sections, Qt.Key.Key_Down)
    row = sections.visualRect(sections.currentIndex())

    def colour():
        return QColor(sections.viewport().grab().toImage().pixel(row.left() + 2, row.bottom() - 2))

    focused = colour()
    QTest.keyClick(sections, Qt.Key.Key_Return)  # into the section's page
    assert not sections.hasFocus()
    unfocused = colour()
    highlight = QApplication.palette().color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    assert focused.lightness() < unfocused.lightness() - 40
    assert abs(focused.blue() - highlight.blue()) + abs(focused.red() - highlight.red()) < 30
