"""Issue 13, item 7: the window at 1024×700 and long-text editors that grow."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


def narrow(window, qtbot):
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=3000)
    QApplication.processEvents()


def test_at_1024_by_700_group_by_delegation_and_whole_names_show(example_window, qtbot):
    w = example_window
    narrow(w, qtbot)
    w.show_section("participants")
    le = w.editor("participants").list_editor
    QApplication.processEvents()
    check = le.group_check
    assert check.isVisible() and not check.visibleRegion().isEmpty()  # not behind the toolbar's »
    qtbot.mouseClick(check, Qt.MouseButton.LeftButton, pos=QPoint(8, check.height() // 2))
    assert not check.isChecked()
    name = le.table.model().index(0, 0).data()
    needed = le.table.fontMetrics().horizontalAdvance(name)
    assert le.table.columnWidth(0) > needed, f"{name!r} is cut: {le.table.columnWidth(0)} < {needed}"
    w.resize(1600, 900)  # room again: the other columns get their widths back
    qtbot.waitUntil(lambda: le.table.columnWidth(1) >= le.table.fontMetrics().averageCharWidth() * 18, timeout=3000)


def test_at_1024_by_700_the_markup_hint_ends_in_an_ellipsis_before_the_word_count(example_window, qtbot):
    w = example_window
    narrow(w, qtbot)
    w.show_section("background")
    field = w.editor("background").background
    QApplication.processEvents()
    hint, count = field.hint_label, field.count_label
    shown = hint.shown_text()
    assert shown != hint.text() and shown.endswith("…")
    assert hint.fontMetrics().horizontalAdvance(shown) <= hint.contentsRect().width()
    assert hint.geometry().right() < count.geometry().left()
    assert count.text() == "220 words" or count.text().endswith("words")
    assert hint.toolTip() == hint.text()


def test_a_long_text_editor_grows_as_lines_are_typed(example_window, qtbot):
    w = example_window
    w.show_section("overview")
    field = w.editor("overview").fields[("purpose",)]
    edit = field.editor
    edit.setFocus()
    QTest.keyClick(edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    start = edit.height()
    for n in range(14):
        QTest.keyClick(edit, Qt.Key.Key_Return)
        QTest.keyClicks(edit, f"line {n}")
    qtbot.waitUntil(lambda: edit.height() > start + 8 * edit.fontMetrics().lineSpacing(), timeout=3000)
    qtbot.waitUntil(lambda: not edit.verticalScrollBar().isVisible(), timeout=3000)
    assert edit.verticalScrollBar().maximum() == 0  # every line in view, none scrolled away
    assert "line 13" in w.doc.brief.purpose
    page = w.editor("overview")
    # the page scrolled so the cursor is in view
    cursor = edit.viewport().mapTo(page.scroll.viewport(), edit.cursorRect().center())
    assert page.scroll.viewport().rect().contains(cursor)


def test_the_background_editor_fills_the_page(example_window, qtbot):
    w = example_window
    w.show_section("background")
    page = w.editor("background")
    QApplication.processEvents()
    edit = page.background.editor
    qtbot.waitUntil(lambda: edit.height() >= page.scroll.viewport().height() * 0.75, timeout=3000)
    assert not edit.verticalScrollBar().isVisible()


class _LaptopScreen:
    """A 1366×768 laptop screen with a 28-pixel panel at the top."""

    def availableGeometry(self):  # noqa: N802 - Qt's name
        from PySide6.QtCore import QRect

        return QRect(0, 28, 1366, 740)


def test_the_first_window_fits_a_laptop_screen_and_is_centred_on_it(make_window, monkeypatch):
    """No saved window size yet: 1400×900 would run off a 1366×768 laptop
    (the preview's "Page n of N" was cut off at the screen's edge)."""
    from briefer.gui.main_window import MainWindow

    monkeypatch.setattr(MainWindow, "screen", lambda self: _LaptopScreen())
    w = make_window()
    room = _LaptopScreen().availableGeometry()
    frame = w.geometry()
    assert room.contains(frame), (frame, room)
    assert frame.width() >= 1024 and frame.height() >= 680  # most of the screen, not a small window
    assert abs(frame.center().x() - room.center().x()) <= 1 and abs(frame.center().y() - room.center().y()) <= 1
