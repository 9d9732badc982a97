"""Typed times (issue 10): every time field works like a date field -- it
takes what people type (10:00, 1000, 10.00, 9:30, 0930, 10am, 2:30 pm,
14h30), says what it understood before the field is left, stores HH:MM
24-hour, shows "Not set" when empty, and keeps but never stores text that is
not a time.  Driven with key presses, as a person types."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.model import Brief
from briefer.model.fileformat import brief_from_bytes, brief_to_bytes

# every time field of a brief: (section page, field path)
TIME_FIELDS = [("meeting", ("meeting", "start")), ("meeting", ("meeting", "end"))]

TYPED = [
    ("10:00", "10:00"), ("1000", "10:00"), ("10.00", "10:00"), ("9:30", "09:30"), ("0930", "09:30"),
    ("10am", "10:00"), ("2:30 pm", "14:30"), ("14h30", "14:30"), ("0000", "00:00"),
]  # fmt: skip


def brief() -> Brief:
    return Brief.model_validate({"title": "Times", "meeting": {"date": "2025-11-10", "start": "08:15", "end": "09:45"}})


def open_field(qtbot, doc: EditSession, where):
    page_key, path = where
    page = create_editor(page_key, doc)
    qtbot.addWidget(page)
    page.resize(900, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return page, page.fields[path], path


def type_over(qtbot, field, text: str) -> None:
    """Click into the field, select what is there, type ``text`` key by key."""
    editor = field.editor
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)


def leave(field) -> None:
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)


def hhmm(value: dt.time | None) -> str | None:
    return None if value is None else value.strftime("%H:%M")


@pytest.mark.parametrize("where", TIME_FIELDS, ids=lambda w: w[1][-1])
@pytest.mark.parametrize(("typed", "stored"), TYPED, ids=[t for t, _ in TYPED])
def test_every_time_field_takes_what_people_type(qtbot, where, typed, stored):
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    type_over(qtbot, field, "1 pm")  # a different time first: each entry must change it
    leave(field)
    assert hhmm(doc.value(path)) == "13:00"
    type_over(qtbot, field, typed)
    assert field.understood.isVisible() and f"Understood: {stored}" in field.understood.text()  # before leaving
    leave(field)
    assert hhmm(doc.value(path)) == stored
    assert field.editor.text() == stored and field.error is None
    saved = brief_from_bytes(brief_to_bytes(doc.brief)).brief  # the file keeps what the field stored
    assert hhmm(saved.meeting.start if path[-1] == "start" else saved.meeting.end) == stored


@pytest.mark.parametrize("where", TIME_FIELDS, ids=lambda w: w[1][-1])
def test_undo_restores_the_time_before_the_typing(qtbot, where):
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    before = doc.value(path)
    type_over(qtbot, field, "2:30 pm")
    leave(field)
    assert hhmm(doc.value(path)) == "14:30"
    doc.undo_stack.undo()  # all the keys typed are one step
    assert doc.value(path) == before and field.editor.text() == hhmm(before)
    doc.undo_stack.redo()
    assert hhmm(doc.value(path)) == "14:30" and field.editor.text() == "14:30"


@pytest.mark.parametrize("where", TIME_FIELDS, ids=lambda w: w[1][-1])
def test_clearing_stores_nothing_and_shows_not_set(qtbot, where):
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    before = doc.value(path)
    assert field.clear_button.isEnabled()
    field.clear_button.click()
    assert doc.value(path) is None
    assert field.editor.text() == "" and field.editor.placeholderText() == "Not set"
    assert not field.clear_button.isEnabled()
    doc.undo_stack.undo()
    assert doc.value(path) == before and field.editor.text() == hhmm(before)
    type_over(qtbot, field, "")  # select all ...
    QTest.keyClick(field.editor, Qt.Key.Key_Backspace)  # ... and delete it
    leave(field)
    assert doc.value(path) is None and field.editor.text() == ""


@pytest.mark.parametrize("where", TIME_FIELDS, ids=lambda w: w[1][-1])
@pytest.mark.parametrize("typed", ["25:00", "10:60", "13pm", "soon"])
def test_text_that_is_not_a_time_is_shown_as_such_and_not_stored(qtbot, where, typed):
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    before = doc.value(path)
    type_over(qtbot, field, typed)
    leave(field)
    assert doc.value(path) == before
    assert field.editor.text() == typed  # nothing the user typed is lost
    assert field.error and "14:30" in field.error_label.text()
    assert f"the brief keeps {hhmm(before)}" in field.understood.text()
