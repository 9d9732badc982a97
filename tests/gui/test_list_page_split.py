"""List pages (second walk-through, issue 13): the table takes the height its
rows need (at least TABLE_ROWS_MIN rows, at most TABLE_ROWS_MAX) and the
"Selected …" form you type in gets the rest; the user's own splitter
position is kept, in this window and the next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from briefer.gui.editors.list_editor import TABLE_ROWS_MAX, TABLE_ROWS_MIN


def open_page(window, key, qtbot):
    window.show_section(key)
    editor = window.editor(key)
    lists = getattr(editor, "list_editor", editor)
    qtbot.waitUntil(lambda: lists.isVisible() and lists.splitter.sizes()[0] > 0, timeout=5000)
    qtbot.wait(50)
    return lists


def empty_below_rows(table) -> int:
    rows = table.model().rowCount()
    last = table.visualRect(table.model().index(rows - 1, 0)) if rows else None
    bottom = last.bottom() if last is not None else 0
    return table.viewport().height() - bottom


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
@pytest.mark.parametrize("key", ["participants", "key_points", "open_issues"])
def test_the_table_takes_what_its_rows_need_and_the_form_the_rest(example_window, qtbot, size, key):
    w = example_window
    w.resize(*size)
    lists = open_page(w, key, qtbot)
    table = lists.table
    row = table.verticalHeader().defaultSectionSize()
    rows = table.model().rowCount()
    assert TABLE_ROWS_MIN <= rows + 1 <= TABLE_ROWS_MAX
    # Every row shows, with at most two empty lines under them...
    last = table.visualRect(table.model().index(rows - 1, 0))
    assert last.isValid() and last.bottom() <= table.viewport().height()
    assert empty_below_rows(table) <= 2 * row
    # ...and the form gets all the rest.
    table_part, form_part = lists.splitter.sizes()
    assert form_part > table_part


def test_a_dragged_splitter_is_kept_in_the_next_window(example_window, make_window, qtbot):
    w = example_window
    w.resize(1366, 768)
    lists = open_page(w, "key_points", qtbot)
    before = lists.splitter.sizes()[0]
    handle = lists.splitter.handle(1)
    middle = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle)
    QTest.mouseMove(handle, middle + QPoint(0, -40))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, middle + QPoint(0, -40))
    chosen = lists.splitter.sizes()[0]
    assert chosen < before - 20
    # A resize of the window keeps the user's choice.
    w.resize(1300, 740)
    qtbot.wait(50)
    assert lists.splitter.sizes()[0] == chosen
    other = make_window()
    other.files.open_example()
    other.resize(1366, 768)
    other.show()
    assert open_page(other, "key_points", qtbot).splitter.sizes()[0] == chosen


@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_one_participant_leaves_the_room_to_the_form(make_window, qtbot, size):
    w = make_window()
    w.files.new_blank()
    w.resize(*size)
    w.show()
    lists = open_page(w, "participants", qtbot)
    lists.table.setFocus()
    QTest.keyClick(lists.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: lists.model.rowCount() == 1, timeout=2000)
    qtbot.wait(50)
    table = lists.table
    row = table.verticalHeader().defaultSectionSize()
    assert empty_below_rows(table) <= (TABLE_ROWS_MIN - 1) * row + 4  # four rows' room: one used, three empty
    table_part, form_part = lists.splitter.sizes()
    assert form_part > 1.4 * table_part
