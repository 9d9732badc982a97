"""The template editor's marking options (issue 15): the marking scheme,
portion marks and the "this version omits material" line, set from the
keyboard, shown in the live preview, saved with the template, and left
alone by Cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from test_templates_gui import gallery, save_user  # noqa: F401 - the fixture

from briefer.export.compose import compose
from briefer.gui.template_editor import TemplateEditor
from briefer.model import Brief
from briefer.templates import template_from_bytes
from briefer.templates import settings as template_settings
from helpers.exporting import builtin


def _preview_text(editor: TemplateEditor, qtbot) -> str:
    with qtbot.waitSignal(editor.preview.rendered, timeout=20000):
        editor.preview.refresh_now()
    pdf = editor.preview.pdf_document()
    return "".join(pdf.getAllText(p).text() for p in range(pdf.pageCount()))


def test_the_editor_shows_and_sets_the_marking_options_from_the_keyboard(qtbot) -> None:
    template = builtin("bilateral")
    assert (template.layout.marking_scheme, template.layout.portion_marks, template.layout.release_note) == ("uk", None, False)
    editor = TemplateEditor(template, delay_ms=10)
    qtbot.addWidget(editor)
    editor.show()
    assert editor.marking_scheme.currentData() == "uk" and "OFFICIAL-SENSITIVE" in editor.marking_scheme.currentText()
    assert editor.portion_marks.currentData() is None and not editor.release_note.isChecked()
    assert "(O)" not in _preview_text(editor, qtbot)

    editor.marking.selectAll()
    qtbot.keyClicks(editor.marking, "UNCLASSIFIED")
    editor.marking_scheme.setFocus()
    qtbot.keyClick(editor.marking_scheme, Qt.Key.Key_Down)  # uk → us
    editor.portion_marks.setFocus()
    qtbot.keyClick(editor.portion_marks, Qt.Key.Key_Down)  # as the scheme expects → print them
    editor.release_note.setFocus()
    qtbot.keyClick(editor.release_note, Qt.Key.Key_Space)
    layout = editor.template().layout
    assert (layout.marking_scheme, layout.portion_marks, layout.release_note) == ("us", True, True)
    assert layout.marking == "UNCLASSIFIED"
    assert "(U)" in _preview_text(editor, qtbot)  # the sample brief, UNCLASSIFIED, with its portion marks

    # Never printing them is a choice of its own, not the scheme's default.
    qtbot.keyClick(editor.portion_marks, Qt.Key.Key_Down)
    assert editor.template().layout.portion_marks is False
    assert "(U)" not in _preview_text(editor, qtbot)
    editor.done(0)


def test_the_release_note_chosen_in_the_editor_prints_in_a_releasable_version(qtbot) -> None:
    editor = TemplateEditor(builtin("bilateral"), delay_ms=10)
    qtbot.addWidget(editor)
    brief = Brief.model_validate(
        {"title": "t", "marking": "OFFICIAL", "summary": "s", "background": "b", "portion_markings": {"background": "SECRET"}}
    )
    note = "This version omits material marked above OFFICIAL."
    assert note not in compose(brief, editor.template(), release_at="OFFICIAL").iter_text()
    editor.release_note.setChecked(True)
    assert note in compose(brief, editor.template(), release_at="OFFICIAL").iter_text()
    editor.done(0)


def test_the_options_are_saved_with_the_template_and_cancel_keeps_the_old_ones(gallery, monkeypatch) -> None:  # noqa: F811
    save_user("Weekly call", sections=["summary", "key_points", "risks"])
    path = lambda: next(template_settings.user_templates_dir().glob("*.brieftemplate"))  # noqa: E731

    def cancel(self):  # noqa: ANN001, ANN202
        self.marking_scheme.setCurrentIndex(self.marking_scheme.findData("nato"))
        self.release_note.setChecked(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(TemplateEditor, "exec", cancel)
    g = gallery(selected="Weekly call")
    assert not g.edit_template()
    kept = template_from_bytes(path().read_bytes()).layout
    assert (kept.marking_scheme, kept.release_note) == ("uk", False)

    def edit(self):  # noqa: ANN001, ANN202
        self.marking_scheme.setCurrentIndex(self.marking_scheme.findData("corporate"))
        self.portion_marks.setCurrentIndex(self.portion_marks.findData(True))
        self.release_note.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TemplateEditor, "exec", edit)
    assert g.edit_template()
    saved = template_from_bytes(path().read_bytes())
    assert (saved.layout.marking_scheme, saved.layout.portion_marks, saved.layout.release_note) == ("corporate", True, True)
    # Opened again, the editor shows what was saved.
    again = TemplateEditor(saved, delay_ms=10)
    assert again.marking_scheme.currentData() == "corporate"
    assert again.portion_marks.currentData() is True and again.release_note.isChecked()
    again.done(0)


def test_every_option_change_is_an_undo_step(qtbot) -> None:
    """Ctrl+Z outside a text field (or Undo) takes back the last change of
    any option, the marking options among them; typing in one field is one step."""
    original = builtin("bilateral")
    editor = TemplateEditor(original, delay_ms=10)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor, timeout=2000)  # shortcuts act in the active window
    assert not editor.undo_button.isEnabled()  # opening is not a change
    editor.marking_scheme.setFocus()
    qtbot.keyClick(editor.marking_scheme, Qt.Key.Key_Down)  # uk → us
    editor.portion_marks.setFocus()
    qtbot.keyClick(editor.portion_marks, Qt.Key.Key_End)  # never
    editor.release_note.setFocus()
    qtbot.keyClick(editor.release_note, Qt.Key.Key_Space)
    editor.marking.setFocus()
    editor.marking.selectAll()
    qtbot.keyClicks(editor.marking, "CUI")
    qtbot.keyClick(editor.page_budget, Qt.Key.Key_Up)
    layout = editor.template().layout
    assert (layout.marking_scheme, layout.portion_marks, layout.release_note, layout.marking) == ("us", False, True, "CUI")
    assert layout.page_budget == (original.layout.page_budget or 0) + 1

    editor.undo_button.click()  # the page budget
    assert editor.template().layout.page_budget == original.layout.page_budget
    editor.undo_button.click()  # "CUI", typed: one step
    assert editor.marking.text() == (original.layout.marking or "")
    editor.release_note.setFocus()
    qtbot.keyClick(editor.release_note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not editor.release_note.isChecked()
    qtbot.keyClick(editor.release_note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.portion_marks.currentData() is None
    qtbot.keyClick(editor.release_note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.marking_scheme.currentData() == "uk"
    assert editor.template().layout == original.layout and not editor.undo_button.isEnabled()
    qtbot.keyClick(editor.release_note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.marking_scheme.currentData() == "us" and editor.portion_marks.currentData() is None
    editor.redo_button.click()
    assert editor.template().layout.portion_marks is False
    editor.done(0)
