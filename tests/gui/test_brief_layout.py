"""File ▸ Layout of This Brief…: one brief's sections, titles and page size
over its template's, applied as one undo step, and what the export prints."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from helpers.exporting import BUILTINS, export_to, template_of
from briefer.gui.brief_layout import BriefLayoutDialog, apply_layout
from briefer.gui.edit_session import EditSession
from briefer.storage import load_example
from helpers import pdf_text

RISKS_HEADING = "Risks"


@pytest.fixture
def doc(qtbot):
    return EditSession(load_example().brief)


@pytest.fixture
def dialog_for(qtbot):
    """``dialog_for(brief)`` → a layout dialog whose preview never renders on its own."""
    dialogs = []

    def make(brief):
        dialog = BriefLayoutDialog(brief, BUILTINS, delay_ms=60_000)
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.preview.shutdown()


def exported_text(brief) -> str:
    buf = io.BytesIO()
    export_to(brief, buf, "pdf")
    buf.seek(0)
    return pdf_text(buf)


def headings(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines()}


def test_hide_and_rename_is_one_undo_step_that_the_export_honours(doc, dialog_for):
    before_text = exported_text(doc.brief)
    assert RISKS_HEADING in headings(before_text)
    dialog = dialog_for(doc.brief)
    dialog.sections_box.set_section_shown("risks", False)
    dialog.sections_box.set_section_title("key_points", "Messages to land")
    steps = doc.undo_stack.count()

    assert apply_layout(doc, dialog.brief_layout())
    assert doc.undo_stack.count() == steps + 1
    assert doc.undo_stack.undoText() == "Change layout"
    text = exported_text(doc.brief)
    assert "Messages to land" in text
    assert RISKS_HEADING not in headings(text)
    assert "Key points" not in headings(text)

    doc.undo_stack.undo()
    assert doc.brief.layout.sections is None and doc.brief.layout.section_titles == {}
    assert exported_text(doc.brief) == before_text


def test_only_what_differs_from_the_template_is_stored(doc, dialog_for):
    template = template_of(doc.brief)
    dialog = dialog_for(doc.brief)
    # renamed and back, unticked and ticked again: nothing differs
    dialog.sections_box.set_section_title("summary", "Bottom line")
    dialog.sections_box.set_section_title("summary", template.layout.section_titles.get("summary", "Summary"))
    dialog.sections_box.set_section_shown("purpose", False)
    dialog.sections_box.set_section_shown("purpose", True)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData(template.layout.page_size))  # explicit, same as template
    layout = dialog.brief_layout()
    assert layout.sections is None and layout.section_titles == {} and layout.page_size is None
    assert not apply_layout(doc, layout)
    assert doc.undo_stack.count() == 0

    dialog.sections_box.set_section_title("agenda", "Running order")
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("Letter"))
    layout = dialog.brief_layout()
    assert layout.section_titles == {"agenda": "Running order"}
    assert layout.sections is None  # the order is still the template's: a later template change reaches it
    assert layout.page_size == "Letter"
    assert layout.template == doc.brief.layout.template and layout.draft_watermark == doc.brief.layout.draft_watermark


def test_reordering_is_stored_and_printed(doc, dialog_for):
    dialog = dialog_for(doc.brief)
    dialog.sections.setCurrentRow(dialog.sections_box._row_of("sources"))
    for _ in range(dialog.sections.count()):
        dialog.sections_box.move_current(-1)
    assert apply_layout(doc, dialog.brief_layout())
    assert doc.brief.layout.sections[0] == "sources"
    text = exported_text(doc.brief)
    body = text[text.index("Sources") :]
    assert "Summary" in body  # the summary now comes after the sources


def test_dialog_starts_from_the_brief_overrides_and_reset_clears_them(doc, dialog_for):
    brief = doc.brief.model_copy(deep=True)
    brief.layout.sections = ["summary", "key_points"]
    brief.layout.section_titles = {"summary": "Bottom line", "unknown_future_key": "kept"}
    brief.layout.page_size = "letter"
    doc.replace_brief(brief, "setup")
    dialog = dialog_for(doc.brief)
    assert dialog.sections_box.section_keys() == ["summary", "key_points"]
    assert dialog.sections_box.titles()["summary"] == "Bottom line"
    assert dialog.page_size.currentData() == "Letter"
    assert "template" in dialog.summary.text().lower()

    dialog.reset_button.click()
    assert dialog.sections_box.section_keys() == list(template_of(brief).layout.sections)
    assert dialog.page_size.currentData() is None
    layout = dialog.brief_layout()
    assert layout.sections is None and layout.page_size is None
    assert layout.section_titles == {"unknown_future_key": "kept"}  # a newer version's data is never dropped
    assert apply_layout(doc, layout)
    assert doc.brief.layout.sections is None and doc.brief.layout.page_size is None


def test_a_filled_section_that_will_not_print_is_marked(doc, dialog_for):
    dialog = dialog_for(doc.brief)
    assert dialog.hidden_warning.isHidden()
    dialog.sections_box.set_section_shown("risks", False)
    item = dialog.sections_box.item_for("risks")
    assert not item.icon().isNull() and "not print" in item.toolTip()
    assert dialog.hidden_warning.isVisibleTo(dialog) and "Risks" in dialog.hidden_warning.text()
    dialog.sections_box.set_section_shown("risks", True)
    assert dialog.hidden_warning.isHidden() and "not print" not in item.toolTip()


def test_cancel_changes_nothing(example_window, monkeypatch):
    w = example_window
    before = w.doc.brief.model_copy(deep=True)
    steps = w.doc.undo_stack.count()

    def cancel(self):
        self.sections_box.set_section_shown("summary", False)
        self.page_size.setCurrentIndex(self.page_size.findData("Letter"))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BriefLayoutDialog, "exec", cancel)
    assert not w.edit_brief_layout()
    assert w.doc.brief == before and w.doc.undo_stack.count() == steps


def test_menu_ok_is_one_undo_step_and_undo_restores(example_window, monkeypatch):
    w = example_window
    assert w.act_brief_layout in w.menuBar().actions()[0].menu().actions()

    def ok(self):
        self.sections_box.set_section_shown("risks", False)
        self.sections_box.set_section_title("summary", "Bottom line")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BriefLayoutDialog, "exec", ok)
    steps = w.doc.undo_stack.count()
    w.act_brief_layout.trigger()
    assert w.doc.undo_stack.count() == steps + 1
    assert "Change layout" in w.act_undo.text()
    assert "risks" not in w.doc.brief.layout.sections
    assert w.doc.brief.layout.section_titles == {"summary": "Bottom line"}
    w.act_undo.trigger()
    assert w.doc.brief.layout.sections is None and w.doc.brief.layout.section_titles == {}


def test_keyboard_space_unticks_f2_renames_and_every_button_has_its_own_mnemonic(doc, dialog_for, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QLabel

    dialog = dialog_for(doc.brief)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    assert dialog.focusWidget() is dialog.sections  # the list has the focus first
    dialog.sections.setCurrentRow(1)
    key = dialog.sections_box.current_key()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Space)
    assert key not in dialog.sections_box.section_keys()
    qtbot.keyClick(dialog.sections, Qt.Key.Key_F2)
    assert dialog.sections.state() == dialog.sections.State.EditingState
    qtbot.keyClick(dialog.sections, Qt.Key.Key_Escape)

    buttons = [b.shortcut().toString() for b in dialog.findChildren(QAbstractButton) if "&" in b.text()]
    assert len(buttons) >= 4  # Move Up, Move Down, Default Title, Reset to the Template
    assert all(buttons) and len(set(buttons)) == len(buttons)
    page_label = next(lbl for lbl in dialog.findChildren(QLabel) if lbl.buddy() is dialog.page_size)
    assert "&" in page_label.text()


def test_preview_shows_the_edited_layout(doc, dialog_for, qtbot):
    dialog = dialog_for(doc.brief)
    dialog.sections_box.set_section_title("key_points", "Messages to land")
    with qtbot.waitSignal(dialog.preview.rendered, timeout=20000):
        dialog.preview.refresh_now()
    pdf = dialog.preview.pdf_document()
    text = "".join(pdf.getAllText(p).text() for p in range(pdf.pageCount()))
    assert "Messages to land" in text


def test_a_brief_whose_template_is_not_installed_says_what_it_is_printed_with(doc, dialog_for):
    from PySide6.QtWidgets import QLabel

    brief = doc.brief.model_copy(deep=True)
    brief.layout.template = "Embassy visit"
    dialog = dialog_for(brief)
    intro = dialog.findChild(QLabel, "layoutIntro").text()
    assert "Embassy visit" in intro and "not installed" in intro


def test_a_pasted_line_break_in_a_section_title_is_cleaned(qtbot):
    from briefer.gui.section_order import SectionOrderBox

    box = SectionOrderBox()
    qtbot.addWidget(box)
    box.set_sections(["risks", "agenda"])
    box.item_for("risks").setText("Risks\x0bto watch")  # what a paste into the rename editor does
    assert box.titles()["risks"] == "Risks to watch"
