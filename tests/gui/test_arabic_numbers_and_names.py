"""Arabic interface, second review of issue 13: numbers shown in the
interface follow the interface locale (a word count of "22 كلمة" sat beside
"٢٧ نوفمبر ٢٠٢٦"), and the language-change message keeps the language's
name apart from the app's ("Briefer English" ran together)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from helpers.interface import interface_language

FSI, PDI = "\u2068", "\u2069"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"


@pytest.fixture
def arabic_interface(qapp):
    """The interface in Arabic, as Briefer starts it."""
    with interface_language(qapp, "ar"):
        yield


def arabic(n: int) -> str:
    return "".join(ARABIC_DIGITS[int(d)] for d in str(n))


def test_counts_are_written_in_arabic_digits(make_window, arabic_interface, qtbot, monkeypatch):
    window = make_window()
    window.files.new_blank()
    window.resize(1366, 740)
    with qtbot.waitExposed(window):
        window.show()
    window.show_section("overview")
    field = window.editor_stack.currentWidget().fields[("summary",)]
    field.editor.setFocus()
    QTest.keyClicks(field.editor, "one two three four five six seven eight nine ten eleven twelve")
    QApplication.processEvents()
    assert arabic(12) in field.count_label.text(), field.count_label.text()
    assert "12" not in field.count_label.text()
    window.run_checks()
    QApplication.processEvents()
    title = window.problems_dock.windowTitle()
    assert any(ch in title for ch in ARABIC_DIGITS) and not any(ch.isascii() and ch.isdigit() for ch in title), title
    # the section list's row counts, as painted
    drawn: list[str] = []
    draw_text = QPainter.drawText

    def spy(self, *args):
        drawn.extend(a for a in args if isinstance(a, str))
        return draw_text(self, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    window.show_section("decisions")
    page = window.editor_stack.currentWidget()
    for _ in range(2):
        page.list_editor.add_action.trigger()
    window.run_checks()
    QApplication.processEvents()
    window.section_list.viewport().grab()
    assert arabic(2) in drawn, drawn
    assert "2" not in drawn


def test_the_language_message_keeps_the_name_apart_from_briefer(make_window, arabic_interface, message_boxes):
    window = make_window()
    window.files.new_blank()
    message_boxes.expect("information", "Briefer")
    window.findChild(QAction, "actLanguage-en").trigger()
    (_kind, _title, text), = message_boxes.shown
    assert f"{FSI}English{PDI}" in text, text
    assert f"Briefer {FSI}" not in text, text  # an Arabic word between the two names


def test_the_preview_counts_its_pages_in_arabic_digits(make_window, arabic_interface, qtbot):
    """"الصفحة 4 من 9" sat beside Arabic-Indic dates: the preview's page
    count and "Page n of N" follow the interface locale too."""
    window = make_window()
    window.files.open_example()
    window.resize(1366, 740)
    with qtbot.waitExposed(window):
        window.show()
    with qtbot.waitSignal(window.preview.rendered, timeout=60000):
        window.preview.refresh_now()
    for label in (window.preview.pages_label, window.preview.page_label):
        text = label.text()
        assert any(ch in text for ch in ARABIC_DIGITS) and not any(ch.isascii() and ch.isdigit() for ch in text), text
