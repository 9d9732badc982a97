"""Formatting without markup (issue 13): Ctrl+B, Ctrl+I, the bullet and
numbering buttons and the right-click entries write the markup the export
parses, each as one undo step, and the PDF shows the result."""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pypdf import PdfReader

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.gui.editors.fields import BoundField
from briefer.model import Brief
from helpers.exporting import export_to


def _summary(qtbot, text=""):
    doc = EditSession(Brief(title="Talks", summary=text or None))
    page = create_editor("overview", doc)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts work in the active window
    field = next(f for f in page.findChildren(BoundField) if tuple(f.path or ()) == ("summary",))
    return doc, page, field


def _type(qtbot, widget, text):
    for ch in text:
        qtbot.keyClick(widget, Qt.Key.Key_Space if ch == " " else ch)


def _select_left(qtbot, widget, n):
    for _ in range(n):
        qtbot.keyClick(widget, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)


def _bold_words(pdf: bytes) -> str:
    """The text the PDF draws in a bold face."""
    out = []

    def visit(text, _cm, _tm, font, _size):
        if font and "Bold" in str(font.get("/BaseFont", "")):
            out.append(text)

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return "".join(out)


def test_ctrl_b_wraps_the_selection_in_stars_as_one_undo_step_and_the_pdf_shows_it_bold(qtbot):
    doc, page, field = _summary(qtbot)
    edit = field.editor
    edit.setFocus()
    _type(qtbot, edit, "Press for a deal now")
    qtbot.keyClick(edit, Qt.Key.Key_Left, Qt.KeyboardModifier.NoModifier)
    for _ in range(3):
        qtbot.keyClick(edit, Qt.Key.Key_Left)
    _select_left(qtbot, edit, 6)
    assert edit.textCursor().selectedText() == "a deal"
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert edit.toPlainText() == "Press for **a deal** now"
    assert doc.brief.summary == "Press for **a deal** now"
    assert edit.textCursor().selectedText() == "a deal"  # still selected: Ctrl+I adds italic to it

    pdf = io.BytesIO()
    export_to(doc.brief, pdf, "pdf")
    assert "a deal" in _bold_words(pdf.getvalue()).replace("\n", " ")
    assert "Press for" not in _bold_words(pdf.getvalue())

    doc.undo_stack.undo()  # the bold only; the typing stays
    assert doc.brief.summary == "Press for a deal now"
    doc.undo_stack.redo()
    assert doc.brief.summary == "Press for **a deal** now"
    qtbot.keyClick(edit, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)  # off again
    assert doc.brief.summary == "Press for a deal now"


def test_ctrl_i_and_the_list_buttons(qtbot):
    doc, page, field = _summary(qtbot)
    edit = field.editor
    edit.setFocus()
    _type(qtbot, edit, "first")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    _type(qtbot, edit, "second")
    qtbot.mouseDClick(edit.viewport(), Qt.MouseButton.LeftButton, pos=edit.cursorRect().center())  # a word
    qtbot.keyClick(edit, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert doc.brief.summary == "first\n*second*"
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    bullets = page.findChild(object, "fmtBulletsButton")
    qtbot.mouseClick(bullets, Qt.MouseButton.LeftButton)
    assert doc.brief.summary == "- first\n- *second*"
    qtbot.mouseClick(page.findChild(object, "fmtNumberedButton"), Qt.MouseButton.LeftButton)
    assert doc.brief.summary == "1. first\n2. *second*"
    assert edit.hasFocus()  # the buttons leave the focus in the text
    doc.undo_stack.undo()
    assert doc.brief.summary == "- first\n- *second*"


def test_the_shortcuts_are_shown_on_the_buttons_and_in_the_menu(qtbot):
    _doc, _page, field = _summary(qtbot)
    names = {a.objectName(): a for a in field.format_actions}
    assert names["fmtBold"].shortcut() == QKeySequence("Ctrl+B")
    assert names["fmtItalic"].shortcut() == QKeySequence("Ctrl+I")
    assert "Ctrl+B" in _page.findChild(object, "fmtBoldButton").toolTip()
