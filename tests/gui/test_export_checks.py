"""Honest export checks (issue 13, items 3 and 4): filled sections the
template will not print are marked and listed, one click shows them in the
brief's layout, and a Final brief with errors is exported only after the
user read the errors and said yes.  Driven with keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from briefer.gui import brief_layout
from briefer.gui.section_list import NotPrintedRole
from briefer.model import Brief

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def call_brief(**extra) -> Brief:
    data = {"title": "Call with Tokyo", "summary": "Bottom line.", "marking": "OFFICIAL", "layout": {"template": "call"}}
    data.update(extra)
    return Brief.model_validate(data)


def open_window(make_window, qtbot, brief: Brief):
    w = make_window()
    w.files.open_example()
    w.doc.replace_brief(brief, "call")
    w.resize(1400, 900)
    with qtbot.waitActive(w):
        w.show()
        w.activateWindow()
    return w


def click_section(w, qtbot, key: str) -> None:
    view = w.section_list
    rect = view.visualRect(view.section_model.index(view.section_model.row_of(key)))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_problem(w, qtbot, text: str) -> None:
    lst = w.problems.list
    (row,) = [i for i in range(lst.count()) if text in lst.item(i).text()]
    rect = lst.visualItemRect(lst.item(row))
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def problem_texts(w) -> list[str]:
    return [w.problems.list.item(i).text() for i in range(w.problems.list.count())]


def test_filled_sections_the_call_template_drops_are_marked_listed_and_one_click_from_printing(
    make_window, qtbot, monkeypatch
):
    w = open_window(make_window, qtbot, call_brief())
    # type a purpose on the overview page
    click_section(w, qtbot, "overview")
    purpose = w.editor("overview").fields[("purpose",)]
    qtbot.mouseClick(purpose.editor.viewport(), Qt.MouseButton.LeftButton)
    QTest.keyClicks(purpose.editor, "Why we call")
    # add an agenda item: click Agenda in the sidebar, then Ctrl+Shift+A as the empty page says
    click_section(w, qtbot, "agenda")
    QTest.keyClick(w.section_list, Qt.Key.Key_A, CTRL_SHIFT)
    assert len(w.doc.brief.agenda) == 1
    QTest.keyClicks(QApplication.focusWidget(), "Opening")
    assert w.doc.brief.agenda[0].item.endswith("Opening")
    w.run_checks()

    texts = problem_texts(w)
    assert any("The section “Purpose” is filled in but the template “Phone or video call” does not print it" in t for t in texts)
    assert any("The section “Agenda” is filled in but" in t for t in texts)
    assert w.problems.stack.currentWidget() is w.problems.list  # not "ready to export"
    model = w.section_list.section_model
    assert model.index(model.row_of("agenda")).data(NotPrintedRole)
    assert "Not printed" in model.index(model.row_of("agenda")).data(Qt.ItemDataRole.ToolTipRole)
    assert not model.index(model.row_of("key_points")).data(NotPrintedRole)

    # one click on the problem opens the brief's layout at Purpose; Space ticks it, OK keeps it
    seen = []

    def exec_(dialog):
        seen.append(dialog.sections_box.current_key())
        QTest.keyClick(dialog.sections, Qt.Key.Key_Space)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(brief_layout.BriefLayoutDialog, "exec", exec_)
    click_problem(w, qtbot, "The section “Purpose” is filled in")
    assert seen == ["purpose"]
    assert "purpose" in w.doc.brief.layout.sections
    assert not any("The section “Purpose” is filled in" in t for t in problem_texts(w))
    assert any("The section “Agenda” is filled in" in t for t in problem_texts(w))


def test_a_final_brief_with_errors_asks_first_naming_them(make_window, qtbot, monkeypatch):
    w = open_window(make_window, qtbot, call_brief(summary=None, marking=None, status="final"))
    asked_target = []
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: asked_target.append(fmt))
    QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # Export PDF…
    ((kind, problems),) = [a for a in w.prompter.asked if a[0] == "export_with_errors"]
    assert any("summary" in p for p in problems) and any("marking" in p for p in problems)
    assert asked_target == []  # "Cancel": nothing exported
    w.prompter.answers["export_with_errors"] = True
    QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert asked_target == ["pdf"]


def test_a_draft_or_a_final_brief_without_errors_exports_without_a_question(make_window, qtbot, monkeypatch):
    for brief in (call_brief(summary=None, marking=None), call_brief(status="final", meeting={"date": "2026-11-27"})):
        w = open_window(make_window, qtbot, brief)
        asked_target = []
        monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: asked_target.append(fmt))
        QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert asked_target == ["pdf"] and "export_with_errors" not in w.prompter.kinds()
