"""The smaller things of issue 13, item 7, as a user meets them."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from briefer.gui.about import about_html
from briefer.gui.files import Prompter


def test_an_export_of_one_page_says_one_page(example_window, message_boxes, tmp_path):
    message_boxes.expect("box", "(1 page).")
    example_window.exports.show_result(str(tmp_path / "one.pdf"), 1)
    message_boxes.expect("box", "(3 pages).")
    example_window.exports.show_result(str(tmp_path / "three.pdf"), 3)


def test_the_unsaved_changes_question_has_a_mnemonic_for_discard(qapp, monkeypatch):
    shown = []

    def exec_(box):
        shown.append({b.text() for b in box.buttons()})
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert Prompter(None).ask_save_changes("Brief") == "cancel"
    (buttons,) = shown
    assert "&Discard" in buttons


def test_the_about_box_claims_no_embedded_fonts_in_word_files():
    text = about_html()
    assert "embedded in exports" not in text and "embedded in PDF exports" in text


def test_the_problems_panel_shows_several_rows_at_first_start(example_window, qtbot):
    w = example_window
    qtbot.waitUntil(lambda: w.problems_dock.height() >= 10 * w.fontMetrics().lineSpacing(), timeout=3000)
    QApplication.processEvents()


def test_row_numbers_read_1_2_3_when_grouped_by_delegation(qtbot):
    from PySide6.QtCore import Qt

    from briefer.gui.edit_session import EditSession
    from briefer.gui.editors import create_editor
    from briefer.model import Brief

    names = [("A1", "Alpha"), ("B1", "Beta"), ("A2", "Alpha"), ("B2", "Beta"), ("A3", "Alpha")]
    doc = EditSession(Brief(title="T", participants=[{"name": n, "delegation": d} for n, d in names]))
    page = create_editor("participants", doc)
    qtbot.addWidget(page)
    page.show()
    le = page.list_editor
    if not le.group_check.isChecked():
        qtbot.mouseClick(le.group_check, Qt.MouseButton.LeftButton)
    view = le.table
    shown = [view.model().index(r, 0).data() for r in range(view.model().rowCount())]
    assert shown == ["A1", "A2", "A3", "B1", "B2"]
    numbers = [view.model().headerData(r, Qt.Orientation.Vertical) for r in range(5)]
    assert numbers == ["1", "2", "3", "4", "5"]


def test_the_right_click_menu_of_a_text_field_undoes_like_edit_undo(example_window, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from briefer.gui.editors.fields import context_menu_with_app_undo

    w = example_window
    w.show_section("overview")
    for path in (("title",), ("summary",)):
        editor = w.editor("overview").fields[path].editor
        editor.setFocus()
        before = w.doc.value(path)
        QTest.keyClicks(editor, " more")
        assert w.doc.value(path) != before
        menu = context_menu_with_app_undo(editor)
        undo = next(a for a in menu.actions() if a.objectName() == "edit-undo")
        assert undo.isEnabled()
        undo.trigger()
        assert w.doc.value(path) == before
        menu = context_menu_with_app_undo(editor)
        redo = next(a for a in menu.actions() if a.objectName() == "edit-redo")
        assert redo.isEnabled()
