"""Dates in the interface language (issue 13 review): fields, cells and
problems show dates as the interface language writes them, date fields read
them typed so (and English, and ISO), the hint is all in that language,
Escape gives the stored date back, the calendar opens on the stored date,
and in Arabic an English title or date inside a sentence reads in order.
Driven key by key."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.gui.language import install_translators
from briefer.gui.problem_text import problem_text
from briefer.gui.ui_dates import ui_time
from briefer.model import Brief

FSI, PDI = "\u2068", "\u2069"


def brief() -> Brief:
    return Brief.model_validate(
        {
            "title": "Dates",
            "meeting": {"date": "2025-11-10"},
            "open_issues": [{"issue": "Composition and mandate of the force", "due": "2025-11-14"}],
        }
    )


@pytest.fixture
def interface(qapp):
    """``interface("fr_FR")``: the app in that language, as at start."""
    installed = []
    before = QLocale()

    def use(tag: str) -> None:
        installed.extend(install_translators(qapp, QLocale(tag)))

    yield use
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def meeting_date_field(qtbot, doc):
    page = create_editor("meeting", doc)
    qtbot.addWidget(page)
    page.resize(900, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    field = page.fields[("meeting", "date")]
    field.page = page  # kept alive with the field
    return field


def type_over(qtbot, field, text: str) -> None:
    qtbot.mouseClick(field.editor, Qt.MouseButton.LeftButton)
    field.editor.setFocus()
    QTest.keyClick(field.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field.editor, text)


def test_a_french_interface_shows_and_reads_french_dates(qtbot, interface):
    interface("fr_FR")
    doc = EditSession(brief())
    field = meeting_date_field(qtbot, doc)
    assert field.editor.text() == "10 nov. 2025"
    type_over(qtbot, field, "27 novembre 2026")
    assert "vendredi 27 novembre 2026" in field.understood.text()
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    assert doc.value(("meeting", "date")) == dt.date(2026, 11, 27)
    assert field.editor.text() == "27 nov. 2026"
    for typed in ("2026-11-28", "28/11/2026", "28 Nov 2026", "28 nov. 2026"):  # ISO, digits, English, as shown
        type_over(qtbot, field, typed)
        QTest.keyClick(field.editor, Qt.Key.Key_Tab)
        assert doc.value(("meeting", "date")) == dt.date(2026, 11, 28), typed
    type_over(qtbot, field, "27 novembr 2026")
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    hint = field.error_label.text()
    assert "27 nov. 2026" in hint and "27/11/2026" in hint and "2026-11-27" in hint
    assert "type a date" not in hint and "such as" not in hint  # wholly French
    assert doc.value(("meeting", "date")) == dt.date(2026, 11, 28)


def test_escape_gives_the_stored_date_back(qtbot, interface):
    interface("en_GB")
    doc = EditSession(brief())
    field = meeting_date_field(qtbot, doc)
    type_over(qtbot, field, "27 Novembr 2026")
    assert field.error
    QTest.keyClick(field.editor, Qt.Key.Key_Escape)
    assert field.editor.text() == "10 Nov 2025" and field.error is None and not field.error_label.isVisible()
    assert doc.value(("meeting", "date")) == dt.date(2025, 11, 10)
    # refused text left behind with Tab, then Escape on coming back
    type_over(qtbot, field, "next Tuesday")
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    field.editor.setFocus()
    QTest.keyClick(field.editor, Qt.Key.Key_Escape)
    assert field.editor.text() == "10 Nov 2025" and field.error is None
    # a date passed through while typing is taken back too
    type_over(qtbot, field, "27 Nov 2026")
    QTest.keyClick(field.editor, Qt.Key.Key_Escape)
    assert doc.value(("meeting", "date")) == dt.date(2025, 11, 10) and field.editor.text() == "10 Nov 2025"
    assert doc.undo_stack.count() == 0


def test_the_calendar_opens_on_the_stored_date_when_the_text_is_not_a_date(qtbot, interface):
    interface("en_GB")
    doc = EditSession(brief())
    field = meeting_date_field(qtbot, doc)
    type_over(qtbot, field, "27 Novembr")
    QTest.keyClick(field.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.isVisible()
    assert field.calendar.selectedDate().toPython() == dt.date(2025, 11, 10)
    QTest.keyClick(field.calendar.focusWidget() or field.calendar, Qt.Key.Key_Escape)


def test_a_us_field_shows_the_month_first_as_it_reads_it(qtbot, interface):
    interface("en_US")
    doc = EditSession(brief())
    field = meeting_date_field(qtbot, doc)
    assert field.editor.text() == "Nov 10, 2025"
    type_over(qtbot, field, "11/27/2026")
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    assert doc.value(("meeting", "date")) == dt.date(2026, 11, 27) and field.editor.text() == "Nov 27, 2026"


def test_arabic_dates_in_cells_fields_and_problems(qtbot, interface):
    interface("ar")
    doc = EditSession(brief())
    page = create_editor("open_issues", doc)
    qtbot.addWidget(page)
    page.show()
    model = page.list_editor.table.model()
    column = page.list_editor.model.column_of("due")
    shown = model.index(0, column).data()
    assert shown.strip(FSI + PDI) == "١٤ نوفمبر ٢٠٢٥"  # Arabic month name and digits, in the Arabic order
    due = page.list_editor.fields["due"]
    type_over(qtbot, due, "")
    for char in "١٥ نوفمبر ٢٠٢٥":  # typed as shown, key by key (QTest.keyClicks knows no Arabic keys)
        QApplication.sendEvent(due.editor, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
        QApplication.sendEvent(due.editor, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, char))
    QTest.keyClick(due.editor, Qt.Key.Key_Tab)
    assert doc.value(("open_issues", 0)).due == dt.date(2025, 11, 15)
    message = problem_text(
        "Open issue “Composition and mandate of the internat…” is overdue: it was due 14 Nov 2025; resolve it or move the date."
    )
    assert f"{FSI}Composition and mandate of the internat…{PDI}" in message  # the "…" stays at the end of the English
    assert f"{FSI}١٤ نوفمبر ٢٠٢٥{PDI}" in message and "Nov" not in message
    assert "“" not in message and "”" not in message


@pytest.mark.parametrize("tag, opening, closing", [("fr_FR", "« ", " »"), ("ar", "«", "»")])
def test_problem_texts_use_the_quotation_marks_of_the_language(qtbot, interface, tag, opening, closing):
    interface(tag)
    message = problem_text(
        "Section “Illustration” is marked SECRET, above the brief's OFFICIAL: the banner on every page reads SECRET; "
        "a releasable version below SECRET leaves it out."
    )
    assert "“" not in message and "”" not in message and "Section" not in message
    assert opening in message and closing in message and "Illustration" in message


def test_a_refused_time_is_explained_wholly_in_french(qtbot, interface):
    interface("fr_FR")
    doc = EditSession(brief())
    date = meeting_date_field(qtbot, doc)
    field = date.page.fields[("meeting", "start")]
    type_over(qtbot, field, "25h")
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    hint = field.error_label.text()
    assert "14:30" in hint and "type a time" not in hint and "such as" not in hint


@pytest.mark.parametrize(
    "tag, shown",
    [("en_US", "2:30\u202fPM"), ("en_GB", "14:30"), ("fr_FR", "14:30"), ("ar", "٢:٣٠ م")],
)
def test_times_in_the_interface_language_and_time_fields_read_what_they_show(qtbot, interface, tag, shown):
    """Times in messages (autosaved at …) are the interface locale's short
    time; a time field still shows the brief's time as 14:30 and reads it
    back as it shows it, in every language."""
    interface(tag)
    assert ui_time(dt.time(14, 30)) == shown
    doc = EditSession(Brief.model_validate({"title": "Times", "meeting": {"date": "2025-11-10"}}))
    page = create_editor("meeting", doc)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    field = page.fields[("meeting", "start")]
    type_over(qtbot, field, "2:30 pm")
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    assert doc.value(("meeting", "start")) == dt.time(14, 30)
    text = field.editor.text()
    type_over(qtbot, field, text)  # what it shows, typed again
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    assert doc.value(("meeting", "start")) == dt.time(14, 30) and field.editor.text() == text


def test_french_reads_the_first_of_the_month_as_people_write_it(qtbot, interface):
    """The review: « 1er mars 2027 » was refused."""
    interface("fr_FR")
    doc = EditSession(brief())
    field = meeting_date_field(qtbot, doc)
    for typed in ("1er mars 2027", "1ᵉʳ mars 2027"):
        type_over(qtbot, field, "")
        for char in typed:  # key by key, as a French keyboard (or its compose key) sends them
            QApplication.sendEvent(field.editor, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
            QApplication.sendEvent(field.editor, QKeyEvent(QEvent.Type.KeyRelease, 0, Qt.KeyboardModifier.NoModifier, char))
        assert field.error is None, (typed, field.error)
        assert "1 mars 2027" in field.understood.text()
        QTest.keyClick(field.editor, Qt.Key.Key_Tab)
        assert doc.brief.meeting.date == dt.date(2027, 3, 1)
        assert field.editor.text() == "1 mars 2027"
        doc.set_value(("meeting", "date"), dt.date(2025, 11, 10), "Date")
