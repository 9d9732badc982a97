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
