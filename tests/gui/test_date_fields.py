"""Typed dates (issue 13, item 1): every date field takes what people type —
27 Nov 2026, 27/11/2026 in the user's locale order, 2026-11-27, a calendar —
shows what it understood before the field is left, and never stores
something else.  Driven with key presses, as a person types."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtTest import QTest

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.model import Brief
from briefer.model.partial_date import PartialDate

NOV_27 = dt.date(2026, 11, 27)

# (section page, how to reach the field) for every date field of a brief
DATE_FIELDS = [
    ("meeting", ("meeting", "date")),
    ("overview", ("prepared_on",)),
    ("open_issues", "due"),
    ("timeline", "date"),
    ("sources", "date"),
]

LOCALE_NUMERIC = {  # locale → how a person there types 27 November 2026 in digits
    "en_GB": "27/11/2026",
    "en_US": "11/27/2026",
    "de_DE": "27.11.2026",
    "ja_JP": "2026/11/27",
}
LOCALE_SHOWN = {  # locale → how a field there shows 27 November 2026, and spells it out while typing
    "en_GB": ("27 Nov 2026", "Friday, 27 November 2026"),
    "en_US": ("Nov 27, 2026", "Friday, November 27, 2026"),  # month first, as typed there
    "de_DE": ("27 Nov. 2026", "Freitag, 27. November 2026"),
    "ja_JP": ("2026-11-27", "2026年11月27日金曜日"),
}


def day(value):
    """A timeline's date is a PartialDate; the others are dates."""
    return value.to_date() if isinstance(value, PartialDate) else value


def brief() -> Brief:
    return Brief.model_validate(
        {
            "title": "Dates",
            "meeting": {"date": "2025-11-10"},
            "prepared_on": "2025-11-01",
            "open_issues": [{"issue": "Mandate", "due": "2025-11-20"}],
            "timeline": [{"date": "2025-10-07", "event": "Ceasefire"}],
            "sources": [{"title": "Report", "date": "2025-10-01"}],
        }
    )


@pytest.fixture
def locale():
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def open_field(qtbot, doc: EditSession, where):
    """The page and the date field, shown, as a user reaches it."""
    page_key, field = where
    page = create_editor(page_key, doc)
    qtbot.addWidget(page)
    page.resize(900, 800)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    if isinstance(field, tuple):
        widget = page.fields[field]
        path = field
    else:
        widget = page.list_editor.fields[field]
        path = (page_key, 0, field)
    return page, widget, path


def type_over(qtbot, widget, text: str) -> None:
    """Click into the field, select what is there, type ``text`` key by key."""
    editor = widget.editor
    qtbot.mouseClick(editor, Qt.MouseButton.LeftButton)
    editor.setFocus()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, text)


@pytest.mark.parametrize("where", DATE_FIELDS, ids=lambda w: w[0])
@pytest.mark.parametrize("name", sorted(LOCALE_NUMERIC))
def test_every_date_field_takes_what_people_type_in_every_locale(qtbot, locale, where, name):
    locale(name)
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    shown, spelled = LOCALE_SHOWN[name]
    for typed in ("27 Nov 2026", LOCALE_NUMERIC[name], "2026-11-27", "November 27, 2026", shown):
        type_over(qtbot, field, "1 Jan 2020")  # a different date first: each entry must change it
        QTest.keyClick(field.editor, Qt.Key.Key_Tab)
        assert day(doc.value(path)) == dt.date(2020, 1, 1)
        type_over(qtbot, field, typed)
        # before leaving the field, it says which date it understood
        assert field.understood.isVisible() and spelled in field.understood.text(), typed
        QTest.keyClick(field.editor, Qt.Key.Key_Tab)
        assert day(doc.value(path)) == NOV_27, (name, typed)
        assert field.editor.text() == shown  # what the field shows, it reads back
        assert field.error is None


@pytest.mark.parametrize("where", DATE_FIELDS, ids=lambda w: w[0])
def test_typing_over_a_date_or_over_not_set_stores_the_typed_day_and_month(qtbot, locale, where):
    locale("en_GB")
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    type_over(qtbot, field, "15 Oct 2026")
    QTest.keyClick(field.editor, Qt.Key.Key_Return)
    assert day(doc.value(path)) == dt.date(2026, 10, 15)
    field.clear_button.click()
    assert doc.value(path) is None and field.editor.text() == "" and field.editor.placeholderText() == "Not set"
    type_over(qtbot, field, "27 Nov 2026")
    QTest.keyClick(field.editor, Qt.Key.Key_Return)
    assert day(doc.value(path)) == NOV_27


@pytest.mark.parametrize("where", DATE_FIELDS, ids=lambda w: w[0])
def test_text_that_is_not_a_date_is_shown_as_such_and_not_stored(qtbot, locale, where):
    locale("en_GB")
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    before = doc.value(path)
    for typed in ("27 Novembr 2026", "31/11/2026", "next Tuesday", "27 11"):
        type_over(qtbot, field, typed)
        QTest.keyClick(field.editor, Qt.Key.Key_Tab)
        assert doc.value(path) == before, typed
        assert field.editor.text() == typed  # nothing the user typed is lost
        assert field.error and "27 Nov 2026" in field.error_label.text()
        assert "Not stored" in field.understood.text()


def test_the_calendar_picks_a_date_with_the_keyboard(qtbot, locale):
    locale("en_GB")
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, ("meeting", ("meeting", "date")))
    field.clear_button.click()
    field.editor.setFocus()
    QTest.keyClick(field.editor, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert field.calendar.isVisible()
    grid = field.calendar.focusWidget() or field.calendar
    QTest.keyClick(grid, Qt.Key.Key_Right)
    QTest.keyClick(grid, Qt.Key.Key_Return)
    assert doc.value(path) == dt.date.today() + dt.timedelta(days=1)
    assert not field.calendar.isVisible()
    # and with the mouse: the button opens it on the field's date
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    assert field.calendar.isVisible() and field.calendar.selectedDate().toPython() == doc.value(path)
    QTest.keyClick(field.calendar.focusWidget() or field.calendar, Qt.Key.Key_Escape)
    assert not field.calendar.isVisible() and doc.value(path) == dt.date.today() + dt.timedelta(days=1)


@pytest.mark.parametrize("key", ["open_issues", "timeline", "sources"])
def test_date_cells_are_typed_like_date_fields(qtbot, locale, key):
    locale("en_US")
    doc = EditSession(brief())
    page = create_editor(key, doc)
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    table = page.list_editor.table
    column = page.list_editor.model.column_of("date" if key != "open_issues" else "due")
    table.setFocus()
    table.setCurrentIndex(page.list_editor.view_index(0, column))
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "11/27/2026")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the view commits a cell on Return through the event loop
    field = "due" if key == "open_issues" else "date"
    assert day(getattr(doc.value((key, 0)), field)) == NOV_27
    assert table.model().index(0, column).data() == "Nov 27, 2026"  # month first, as typed
    QTest.keyClick(table, Qt.Key.Key_F2)
    editor = table.focusWidget()
    QTest.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(editor, "soon")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)
    assert day(getattr(doc.value((key, 0)), field)) == NOV_27
    assert page.list_editor.table_error.isVisibleTo(page) and "not a date" in page.list_editor.table_error.text()


def test_the_timeline_takes_dates_known_to_the_month_or_the_year(qtbot, locale):
    locale("en_GB")
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, ("timeline", "date"))
    for typed, expected, shown in (
        ("Nov 2025", PartialDate(2025, 11), "Nov 2025"),
        ("2025-11", PartialDate(2025, 11), "Nov 2025"),
        ("2025", PartialDate(2025), "2025"),
        ("7 Oct 2023", PartialDate(2023, 10, 7), "7 Oct 2023"),
    ):
        type_over(qtbot, field, typed)
        QTest.keyClick(field.editor, Qt.Key.Key_Tab)
        assert doc.value(path) == expected and field.editor.text() == shown, typed
    for other in ("meeting", ("meeting", "date")), ("open_issues", "due"):
        _page, date_only, date_path = open_field(qtbot, doc, other)
        before = doc.value(date_path)
        type_over(qtbot, date_only, "Nov 2025")  # a meeting happens on a day
        QTest.keyClick(date_only.editor, Qt.Key.Key_Tab)
        assert doc.value(date_path) == before and date_only.error


@pytest.mark.parametrize("where", DATE_FIELDS, ids=lambda w: w[0])
def test_a_date_passed_through_while_typing_is_not_kept_when_the_text_is_refused(qtbot, locale, where):
    locale("en_GB")
    doc = EditSession(brief())
    _page, field, path = open_field(qtbot, doc, where)
    before = doc.value(path)
    type_over(qtbot, field, "27 Nov 20266")  # "27 Nov 20" and "27 Nov 2026" are dates on the way
    QTest.keyClick(field.editor, Qt.Key.Key_Tab)
    assert doc.value(path) == before and field.editor.text() == "27 Nov 20266"
    assert field.error and f"the brief keeps {field.text_for(before)}" in field.understood.text()
    assert doc.undo_stack.count() == 0  # the typing left no undo step


def test_the_understood_line_moves_nothing_while_typing(qtbot):
    """The review: the "Understood: …" line pushed the fields below it down
    while a date was typed, so a click aimed at End landed on that line and
    the time typed next was lost."""
    doc = EditSession(Brief.model_validate({"title": "T", "meeting": {"date": "2025-11-10"}}))
    page = create_editor("meeting", doc)
    qtbot.addWidget(page)
    page.resize(900, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    date = page.fields[("meeting", "date")]
    end = page.fields[("meeting", "end")]
    aim = end.editor.mapTo(page, end.editor.rect().center())  # where the person will click
    qtbot.mouseClick(date.editor, Qt.MouseButton.LeftButton)
    QTest.keyClick(date.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for ch in "10/12/2026":
        QTest.keyClick(date.editor, ch)
        QTest.qWait(0)
        assert end.editor.mapTo(page, end.editor.rect().center()) == aim, (ch, date.error, date.understood.text())
    assert date.understood.isVisible() and "2026" in date.understood.text()
    target = page.childAt(aim)
    assert target is end.editor, target
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
    QTest.keyClicks(end.editor, "10:00")
    QTest.keyClick(end.editor, Qt.Key.Key_Tab)
    assert doc.brief.meeting.end == dt.time(10, 0)
