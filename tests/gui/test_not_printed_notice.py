"""Sections that will not print are flagged where you type (walk-through A,
item 5): with the call template, the Agenda page and the Purpose field say
"The Phone or video call template does not print this section." with a
Layout… button that opens the brief's layout on it, and a long-text section
offers "Move to Other sections…" (one undo step).  Hidden when the template
prints the section.  Driven with keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

from briefer.gui import brief_layout
from briefer.model import Brief

NOTICE = "The Phone or video call template does not print this section."


def open_call_brief(make_window, qtbot, **extra):
    data = {"title": "Call with Tokyo", "summary": "Bottom line.", "marking": "OFFICIAL", "layout": {"template": "call"}}
    data.update(extra)
    w = make_window()
    w.files.open_example()
    w.doc.replace_brief(Brief.model_validate(data), "call")
    w.resize(1400, 900)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def click_section(w, qtbot, key):
    view = w.section_list
    rect = view.visualRect(view.section_model.index(view.section_model.row_of(key)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def notice_of(editor, key):
    return editor.not_printed_notices[key]


def test_the_agenda_page_says_the_template_does_not_print_it_and_layout_opens_on_it(make_window, qtbot, monkeypatch):
    w = open_call_brief(make_window, qtbot)
    click_section(w, qtbot, "agenda")
    notice = notice_of(w.editor("agenda"), "agenda")
    assert notice.isVisible() and notice.label.text() == NOTICE
    assert notice.move_button is None  # a list: nothing to move as text
    assert notice.geometry().bottom() < w.editor("agenda").list_editor.geometry().top()  # at the top of the page
    seen = []

    def exec_(dialog):
        seen.append(dialog.sections_box.current_key())
        QTest.keyClick(dialog.sections, Qt.Key.Key_Space)  # tick Agenda
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(brief_layout.BriefLayoutDialog, "exec", exec_)
    # Keyboard: Tab from the sidebar reaches the Layout… button; Space presses it.
    w.section_list.setFocus()
    for _ in range(6):
        if QApplication.focusWidget() is notice.layout_button:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is notice.layout_button
    QTest.keyClick(notice.layout_button, Qt.Key.Key_Space)
    assert seen == ["agenda"]
    assert "agenda" in w.doc.brief.layout.sections
    assert not notice.isVisible()  # printed now


def test_no_move_where_other_sections_do_not_print_either(make_window, qtbot):
    """The call template prints no Other sections: moving the purpose there
    would only move it to another section that does not print."""
    w = open_call_brief(make_window, qtbot, purpose="Why we call")
    click_section(w, qtbot, "overview")
    notice = notice_of(w.editor("overview"), "purpose")
    assert notice.isVisible() and notice.move_button is not None and not notice.move_button.isVisible()
    assert notice.layout_button.isVisible()  # the way to print it: the layout


def test_the_purpose_field_says_so_and_moves_to_other_sections_in_one_undo_step(make_window, qtbot):
    # the press template prints Other sections but not the purpose
    w = open_call_brief(make_window, qtbot, portion_markings={"purpose": "OFFICIAL-SENSITIVE"},
                        layout={"template": "press"})
    click_section(w, qtbot, "overview")
    page = w.editor("overview")
    notice = notice_of(page, "purpose")
    assert notice.isVisible() and "does not print" in notice.label.text()
    assert not notice_of(page, "summary").isVisible()  # the call template prints the summary
    purpose = page.fields[("purpose",)]
    qtbot.mouseClick(purpose.editor.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(purpose.editor, "Why we call")
    assert w.doc.brief.purpose == "Why we call"

    def answer():  # the dialog asks the new section's title, filled with "Purpose"
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QInputDialog) and dialog.textValue() == "Purpose"
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    notice.move_button.setFocus()
    QTest.keyClick(notice.move_button, Qt.Key.Key_Space)
    brief = w.doc.brief
    assert brief.purpose is None and brief.portion_markings.purpose is None
    (moved,) = brief.sections
    assert (moved.title, moved.body, moved.marking) == ("Purpose", "Why we call", "OFFICIAL-SENSITIVE")
    assert w.doc.undo_stack.undoText() == "Move Purpose to Other sections"
    w.act_undo.trigger()
    assert w.doc.brief.purpose == "Why we call" and w.doc.brief.sections == []
    assert w.doc.brief.portion_markings.purpose == "OFFICIAL-SENSITIVE"


def test_no_notice_where_the_template_prints_the_section(example_window, qtbot):
    w = example_window  # the bilateral template prints every section
    for key in ("agenda", "background", "risks"):
        w.show_section(key)
        assert not notice_of(w.editor(key), key).isVisible()
    w.show_section("overview")
    assert not notice_of(w.editor("overview"), "purpose").isVisible()
