"""Rows pasted into another brief keep the marking they were handled at
(walk-through A, item 1).  A row whose marking is "as the brief" takes the
source brief's marking with it, set on the pasted row, whenever the
brief it lands in is marked differently; so nothing is ever pasted at a
lower marking without a word.  Driven with clicks and Ctrl+C / Ctrl+V."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from helpers.exporting import export_to
from helpers.extract import docx_text, pdf_text


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def red_pixels(widget) -> int:
    """Pixels of the error red (#c62828) in what ``widget`` shows."""
    image = widget.grab().toImage()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if (lambda c: c.red() > 150 and c.green() < 90 and c.blue() < 90)(image.pixelColor(x, y)))


def second_window(first, make_window):
    first.window_factory = lambda: make_window(windows=first.windows)
    first.show_section("overview")
    QTest.keyClicks(first.editor("overview").fields[("title",)].editor, "!")  # the example is no longer untouched
    first.act_new.trigger()
    return first.windows.windows()[-1]


def copy_row(window, key, row, qtbot):
    activate(window, qtbot)
    window.show_section(key)
    view = window.editor(key).list_editor.table
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(row, 0)).center())
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def paste(window, key, qtbot):
    activate(window, qtbot)
    window.show_section(key)
    view = window.editor(key).list_editor.table
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def test_an_open_issue_pasted_into_an_unmarked_brief_keeps_official_sensitive(example_window, make_window, qtbot, tmp_path):
    first = example_window
    assert first.doc.brief.marking == "OFFICIAL-SENSITIVE"
    source = first.doc.brief.open_issues[0]
    assert source.marking is None  # "as the brief"
    second = second_window(first, make_window)
    assert second.doc.brief.marking is None

    copy_row(first, "open_issues", 0, qtbot)
    paste(second, "open_issues", qtbot)
    (pasted,) = second.doc.brief.open_issues
    assert pasted.issue == source.issue
    assert pasted.marking == "OFFICIAL-SENSITIVE"
    # The Marking cell shows it, not "As the brief".
    table = second.editor("open_issues").list_editor.table
    marking_col = next(c for c in range(table.model().columnCount())
                       if table.model().headerData(c, Qt.Orientation.Horizontal) == "Marking")
    assert "OFFICIAL-SENSITIVE" in str(table.model().index(0, marking_col).data())
    # One undo step takes the row away again.
    assert second.doc.undo_stack.undoText() == "Paste open issue"

    # The exported PDF and Word file are marked at that level.
    pdf = tmp_path / "pasted.pdf"
    export_to(second.doc.brief, pdf, "pdf")
    text = pdf_text(pdf)
    assert "OFFICIAL-SENSITIVE" in text
    docx = tmp_path / "pasted.docx"
    export_to(second.doc.brief, docx, "docx")
    assert "OFFICIAL-SENSITIVE" in docx_text(docx)


def test_a_row_pasted_into_a_brief_marked_otherwise_carries_its_own_level(example_window, make_window, qtbot):
    first = example_window
    second = second_window(first, make_window)
    second.doc.set_value(("marking",), "OFFICIAL", "Marking")
    # Every list whose rows carry a marking.
    for key in ("risks", "key_points", "participants", "stakeholders"):
        copy_row(first, key, 0, qtbot)
        paste(second, key, qtbot)
        (pasted,) = getattr(second.doc.brief, key)
        assert pasted.marking == "OFFICIAL-SENSITIVE", key


def test_a_row_with_its_own_marking_keeps_it_and_rows_pasted_within_a_brief_are_unchanged(example_window, make_window, qtbot):
    first = example_window
    first.show_section("risks")
    first.doc.set_value(("risks", 1, "marking"), "SECRET", "Marking")
    copy_row(first, "risks", 1, qtbot)
    second = second_window(first, make_window)
    paste(second, "risks", qtbot)
    assert second.doc.brief.risks[0].marking == "SECRET"

    # Within the same brief an inherited marking stays inherited.
    before = len(first.doc.brief.risks)
    copy_row(first, "risks", 0, qtbot)
    paste(first, "risks", qtbot)
    assert len(first.doc.brief.risks) == before + 1
    assert first.doc.brief.risks[1].marking is None


def test_a_row_of_an_unmarked_brief_pasted_into_a_marked_one_takes_that_brief_s_marking(example_window, make_window, qtbot):
    first = example_window
    second = second_window(first, make_window)
    second.doc.insert_items(("risks",), 0, [first.doc.brief.risks[0].model_copy(update={"risk": "Unmarked risk"})], "Add")
    copy_row(second, "risks", 0, qtbot)
    paste(first, "risks", qtbot)
    pasted = next(r for r in first.doc.brief.risks if r.risk == "Unmarked risk")
    assert pasted.marking is None  # it is handled at OFFICIAL-SENSITIVE, the higher


def test_objectives_pasted_into_an_unmarked_brief_mark_that_list_at_their_level(example_window, make_window, qtbot):
    """Objectives have no marking per row: the list of the brief they land
    in is marked at their level (never lower), in the same undo step."""
    first = example_window
    assert first.doc.brief.objectives
    second = second_window(first, make_window)
    second.doc.set_value(("objectives",), ["Our own aim"], "Objectives")
    activate(first, qtbot)
    first.show_section("overview")
    view = first.editor("overview").objectives.table
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    activate(second, qtbot)
    second.show_section("overview")
    target = second.editor("overview").objectives
    target.table.setFocus()
    QTest.keyClick(target.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert second.doc.brief.objectives == ["Our own aim", first.doc.brief.objectives[0]]
    assert second.doc.brief.portion_markings.objectives == "OFFICIAL-SENSITIVE"
    # Said, not silent; as information, not in the red of an error.
    (said,) = [label for label in target.findChildren(QLabel) if label.isVisible() and "now marked OFFICIAL-SENSITIVE" in label.text()]
    assert red_pixels(said) == 0
    assert not target.table_error.isVisible()
    second.act_undo.trigger()
    assert second.doc.brief.objectives == ["Our own aim"] and second.doc.brief.portion_markings.objectives is None

    # Into a brief marked higher, the list keeps its higher marking.
    second.doc.set_value(("marking",), "SECRET", "Marking")
    target.table.setFocus()
    QTest.keyClick(target.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(second.doc.brief.objectives) == 2 and second.doc.brief.portion_markings.objectives is None
