"""Issue 14's fields as a user edits them: the contact officer and the
clearances, the home time zone, decisions, questions and logistics; each
typed by key, undoable, and reached from the problem that names it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from briefer.checks import check_brief
from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.model import Brief, ClearanceStatus


def show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(900, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def type_text(widget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def brief(**extra) -> Brief:
    return Brief.model_validate({"title": "Meeting", **extra})


def test_the_contact_officer_is_typed_key_by_key_and_undone_in_one_step(qapp, qtbot):
    doc = EditSession(brief())
    page = show(qtbot, create_editor("clearance", doc))
    assert page.focus_path(("contact", "phone"))
    edit = page.fields[("contact", "phone")].editor
    assert isinstance(edit, QLineEdit)
    qtbot.waitUntil(edit.hasFocus)
    type_text(edit, "+44 20 7946 0000")
    assert doc.brief.contact.phone == "+44 20 7946 0000"
    doc.undo_stack.undo()
    assert not doc.brief.contact.phone


def test_a_clearance_is_added_and_its_status_set_from_the_keyboard_and_undone(qapp, qtbot):
    doc = EditSession(brief())
    page = show(qtbot, create_editor("clearance", doc))
    le = page.list_editor
    le.add_action.trigger()
    assert [c.name for c in doc.brief.clearances] == ["New clearance"]
    name = le.fields["name"].editor
    qtbot.waitUntil(name.hasFocus)
    type_text(name, "Director MENAD")
    assert doc.brief.clearances[0].name == "Director MENAD"
    combo = le.fields["status"].editor
    combo.setFocus()
    while combo.currentText() != "Pending":  # arrow keys, as a user would
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(combo, QKeyEvent(kind, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier))
    assert doc.brief.clearances[0].status == ClearanceStatus.PENDING
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.brief.clearances == []


def test_the_problem_of_a_pending_clearance_in_a_final_brief_opens_its_field(qapp, qtbot):
    doc = EditSession(brief(status="final", clearances=[{"name": "Director", "status": "pending"}]))
    (finding,) = [f for f in check_brief(doc.brief) if f.path[:1] == ("clearances",)]
    assert finding.page == "clearance"
    page = show(qtbot, create_editor(finding.page, doc))
    assert page.focus_path(finding.path)
    qtbot.waitUntil(lambda: page.list_editor.fields["status"].editor.hasFocus())


def test_the_home_time_zone_is_chosen_on_the_meeting_page(qapp, qtbot):
    doc = EditSession(brief())
    page = show(qtbot, create_editor("meeting", doc))
    assert page.focus_path(("meeting", "home_timezone"))
    field = page.fields[("meeting", "home_timezone")]
    edit = field.editor.lineEdit() if hasattr(field.editor, "lineEdit") else field.editor
    type_text(edit, "Europe/London")
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):  # Enter accepts the typed zone
        QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier))
    assert doc.brief.meeting.home_timezone == "Europe/London"
    doc.undo_stack.undo()
    assert not doc.brief.meeting.home_timezone


def test_decisions_questions_and_logistics_have_pages_that_edit_them(qapp, qtbot):
    doc = EditSession(brief())
    for key, field, attr in (("decisions", "decision", "decisions"), ("questions", "question", "questions")):
        page = show(qtbot, create_editor(key, doc))
        page.list_editor.add_action.trigger()
        edit = page.list_editor.fields[field].editor
        qtbot.waitUntil(edit.hasFocus)
        type_text(edit, "Typed")
        assert getattr(getattr(doc.brief, attr)[0], field) == "Typed"
    page = show(qtbot, create_editor("logistics", doc))
    assert page.focus_path(("logistics",))
    editor = page.logistics.editor
    qtbot.waitUntil(editor.hasFocus)
    type_text(editor, "Dress: lounge suit")
    assert doc.brief.logistics == "Dress: lounge suit"
    doc.undo_stack.undo()
    assert not doc.brief.logistics
