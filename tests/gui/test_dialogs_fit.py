"""Every dialog of the app fits a small screen (issue 13): at 1366×768 and
1024×700, in English, French and Arabic, each dialog shown and fitted to the
screen's available area (a 32-px panel taken off) is inside it with its
title bar, and no two visible parts of one of its layouts overlap (the
template editor's Cover logo once covered the Default marking field)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLayout, QLineEdit, QMessageBox, QStackedLayout, QWidget

from briefer.gui.about import AboutDialog
from briefer.gui.brief_layout import BriefLayoutDialog
from briefer.gui.copies_export import CopiesDialog
from briefer.gui.editors.people import DifferencesDialog
from briefer.gui.find_replace import FindReplaceDialog
from briefer.gui.fit import FRAME_ALLOWANCE, fit_to_screen
from briefer.gui.help import KeyboardShortcuts, UserGuide
from briefer.gui.intake_review import IntakeReviewDialog, SourceTextDialog
from briefer.gui.save_template_dialog import SaveTemplateDialog
from briefer.gui.template_editor import TemplateEditor
from briefer.gui.template_gallery import TemplateGallery
from briefer.intake import draft_from_text
from briefer.people.link import FieldChange
from briefer.templates import builtin_library
from helpers.interface import interface_language

SEED = Path(__file__).parent.parent / "fixtures" / "intake" / "seed-article-2025-11-10.txt"
SCREENS = {"1366x768": QRect(0, 32, 1366, 768 - 32), "1024x700": QRect(0, 32, 1024, 700 - 32)}


def dialogs(window) -> dict[str, QDialog]:
    library = builtin_library()
    return {
        "about": AboutDialog(window),
        "user guide": UserGuide(window),
        "keyboard shortcuts": KeyboardShortcuts(window.menuBar(), window),
        "find and replace": FindReplaceDialog(window),
        "template editor (call)": TemplateEditor(library.get("call"), window, delay_ms=600_000),
        "template editor (board)": TemplateEditor(library.get("board"), window, delay_ms=600_000),
        "brief layout": BriefLayoutDialog(window.doc.brief, library, window, delay_ms=600_000),
        "template gallery": TemplateGallery(library, window),
        "save as template": SaveTemplateDialog(window, name="Weekly call", description="For the weekly call"),
        "paste text": SourceTextDialog(window),
        "review pasted text": IntakeReviewDialog(draft_from_text(SEED.read_text(encoding="utf-8")), window),
        "numbered copies": CopiesDialog(window, "/tmp/copies", library.get("call"), 12),
        "people differences": DifferencesDialog(window, "Update", "The entry for Ada differs:",
                                                [FieldChange("title", "PM", "Prime Minister")], to_library=False),
        # Qt's own dialogs, made where they are needed, fit as well:
        "move to other sections": input_dialog(window),
        "long message": long_message(window),
    }


def input_dialog(window) -> QInputDialog:
    """As Move to Other sections makes it (editors/not_printed.py)."""
    dialog = QInputDialog(window)
    dialog.setWindowTitle("Move to Other sections")
    dialog.setLabelText("The text moves into a new Other section called:")
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setTextValue("Background " * 12)
    return dialog


def long_message(window) -> QMessageBox:
    """A long message box: as long as the app lets one be (a longer list
    goes under Show Details), with the title bar and buttons on the screen."""
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Problems")
    box.setText("\n".join(f"Risk {i}: the mitigation is missing; add one in the Risks table." for i in range(16)))
    box.addButton(QMessageBox.StandardButton.Close)
    return box


def overlaps(dialog: QWidget) -> list[str]:
    """Pairs of visible items of one layout whose rectangles overlap."""
    found = []
    layouts: list[QLayout] = []

    def collect(layout: QLayout | None) -> None:
        if layout is None:
            return
        layouts.append(layout)
        for i in range(layout.count()):
            collect(layout.itemAt(i).layout())

    for widget in [dialog, *dialog.findChildren(QWidget)]:
        if widget.isVisible():
            collect(widget.layout())
    for layout in layouts:
        if isinstance(layout, QStackedLayout):
            continue
        items = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget()
            if widget is not None and not widget.isVisible():
                continue
            if item.spacerItem() is not None or item.isEmpty():
                continue
            items.append((widget.objectName() or type(widget).__name__ if widget else f"layout {i}", item.geometry()))
        for a in range(len(items)):
            for b in range(a + 1, len(items)):
                (na, ra), (nb, rb) = items[a], items[b]
                if ra.intersects(rb):
                    found.append(f"{type(layout).__name__} of {layout.parentWidget().objectName()}: {na} {ra.getRect()} / {nb} {rb.getRect()}")
    return found


@pytest.fixture(params=["en", "fr", "ar"])
def language(request, qapp):
    with interface_language(qapp, request.param):
        yield request.param


@pytest.mark.parametrize("screen", SCREENS)
def test_every_dialog_fits_a_small_screen_with_nothing_overlapping(make_window, qtbot, language, screen):
    room = SCREENS[screen]
    window = make_window()
    window.files.open_example()
    problems = []
    for name, dialog in dialogs(window).items():
        dialog.show()  # fitted to the test's screen as it is shown
        own = dialog.screen().availableGeometry()
        if not own.contains(QRect(dialog.pos(), dialog.size() + FRAME_ALLOWANCE)):
            problems.append(f"{name}: shown at {dialog.geometry().getRect()}, off its screen {own.getRect()}")
        fit_to_screen(dialog, room)
        QApplication.processEvents()
        outer = QRect(dialog.pos(), dialog.size() + FRAME_ALLOWANCE)
        if not room.contains(outer):
            problems.append(f"{name}: {outer.getRect()} is not inside {room.getRect()} (minimum {dialog.minimumSize().toTuple()})")
        problems += [f"{name}: {text}" for text in overlaps(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


def test_a_dialog_made_anywhere_fits_the_screen_as_it_opens(make_window, qtbot):
    """No dialog has to ask for it: Qt's own QInputDialog, made on the spot
    and larger than the screen (as a restored size can be), is fitted."""
    window = make_window()
    dialog = input_dialog(window)
    qtbot.addWidget(dialog)
    dialog.resize(3000, 2000)
    dialog.show()
    room = dialog.screen().availableGeometry()
    assert room.contains(QRect(dialog.pos(), dialog.size() + FRAME_ALLOWANCE)), (dialog.geometry(), room)
    dialog.close()


def test_the_final_brief_question_lists_a_few_errors_not_forty(qtbot, message_boxes):
    from briefer.gui.files import Prompter

    parent = QWidget()
    qtbot.addWidget(parent)
    message_boxes.expect("box", "marked Final", answer="Export Anyway")
    assert Prompter(parent).confirm_export_with_errors([f"Risk {i}: no mitigation." for i in range(40)])
    (_kind, _title, text), = message_boxes.shown
    assert text.count("•") == 8 and "…and 32 more: see the Problems panel." in text


def test_a_long_word_import_report_keeps_the_box_on_the_screen(example_window, message_boxes):
    from types import SimpleNamespace

    report = [f"Heading “Part {i}” → Other sections" for i in range(30)]
    shown = []
    message_boxes.expect("box", "was read")
    real_exec = QMessageBox.exec
    QMessageBox.exec = lambda box: shown.append(box.detailedText()) or real_exec(box)
    try:
        example_window.intake.show_import_report(SimpleNamespace(brief=example_window.doc.brief, report=report))
    finally:
        QMessageBox.exec = real_exec
    (_kind, _title, text), = message_boxes.shown
    assert text.count("→") == 12 and "…and 18 more under Show Details." in text
    assert shown == ["\n".join(report)]  # the whole report, one click away
