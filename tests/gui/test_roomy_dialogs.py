"""Dialogs laid out for 1366×768 (second review of issue 13): the template
editor's options column has no horizontal scroll bar and its lists show
their choice (or say it whole in their tooltip); the About box is wide
enough that its table's cells do not wrap over three or four lines."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea, QStyle, QStyleOptionComboBox

from briefer.gui.about import AboutDialog
from briefer.gui import fit
from briefer.gui.template_editor import TemplateEditor
from briefer.templates import builtin_library
from helpers.interface import interface_language

ROOM = QRect(0, 32, 1366, 768 - 32)


@pytest.fixture(params=["en_GB", "fr_FR", "ar"])
def language(request, qapp):
    with interface_language(qapp, request.param):
        yield request.param


@pytest.fixture(autouse=True)
def screen_1366x768(monkeypatch):
    """Dialogs are fitted on show to a 1366×768 screen (a 32-px panel taken
    off), not to the offscreen platform's 800×600."""
    monkeypatch.setattr(fit, "available_room", lambda _window: ROOM)


def shown(dialog, qtbot):
    qtbot.addWidget(dialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


@pytest.mark.parametrize("name", ["call", "board"])
def test_the_template_editor_options_fit_without_a_sideways_scroll(make_window, qtbot, language, name):
    window = make_window()
    editor = shown(TemplateEditor(builtin_library().get(name), window, delay_ms=600_000), qtbot)
    area = next(a for a in editor.findChildren(QScrollArea) if a.widget() and a.widget().isAncestorOf(editor.marking_scheme))
    assert not area.horizontalScrollBar().isVisible(), (area.width(), area.widget().minimumSizeHint().width())
    for combo in (editor.marking_scheme, editor.portion_marks, editor.style_combo, editor.pdf_standard):
        fits = combo.fontMetrics().horizontalAdvance(combo.currentText()) <= text_room(combo)
        assert fits or combo.currentText() in combo.toolTip(), (combo.objectName(), combo.currentText())
    # the section checklist's rows are not cramped: a row is taller than its text by a third
    rows = editor.sections
    assert rows.visualRect(rows.model().index(0, 0)).height() >= rows.fontMetrics().height() * 4 // 3


def test_the_about_box_table_reads_without_narrow_columns(make_window, qtbot, language):
    window = make_window()
    about = shown(AboutDialog(window), qtbot)
    document = about.text.document()
    lines = {}
    block = document.begin()
    while block.isValid():
        if block.text().strip():
            lines[block.text()] = block.layout().lineCount()
        block = block.next()
    wrapped = {text: n for text, n in lines.items() if n > 2}
    assert not wrapped, wrapped
