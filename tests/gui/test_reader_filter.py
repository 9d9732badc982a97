"""The preview's reader filter ("What a reader at … sees"): a stray arrow
key or wheel turn does not change it, it greys out the levels that cannot be
shown (the brief is marked above them) and says why, and when a reader's
version cannot be shown the pane says why and offers the way back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6 import QtGui
from PySide6.QtGui import QHelpEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication


@pytest.fixture
def window(example_window, qtbot):
    with qtbot.waitActive(example_window):
        example_window.activateWindow()
    assert example_window.doc.brief.marking == "OFFICIAL-SENSITIVE"
    return example_window


def _wheel(widget, steps):
    pos = QPointF(widget.rect().center())
    event = QWheelEvent(pos, QPointF(widget.mapToGlobal(pos.toPoint())), QPoint(), QPoint(0, -120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_a_stray_arrow_key_on_the_reader_filter_opens_its_list_instead_of_changing_it(window, qtbot):
    combo = window.reader_combo
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == 0 and window.reader_level() is None
    assert combo.view().isVisible()  # the list opened: choosing takes Enter
    combo.hidePopup()
    QTest.keyClick(combo, Qt.Key.Key_Up)
    combo.hidePopup()
    assert window.reader_level() is None


def test_a_wheel_turn_over_the_reader_filter_changes_it_only_when_it_has_the_focus(window, qtbot):
    combo = window.reader_combo
    window.section_list.setFocus()
    _wheel(combo, 1)
    assert window.reader_level() is None
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel turn does not give it the focus


def test_levels_below_the_briefs_own_marking_are_greyed_out_and_say_why(window):
    model = window.reader_combo.model()
    official = window.reader_combo.findData("OFFICIAL")
    sensitive = window.reader_combo.findData("OFFICIAL-SENSITIVE")
    assert not model.item(official).isEnabled()
    assert "marked OFFICIAL-SENSITIVE, above OFFICIAL" in model.item(official).toolTip()
    assert "Overview page" in model.item(official).toolTip()
    assert model.item(sensitive).isEnabled()
    window.doc.set_value(("marking",), "OFFICIAL")  # the brief's marking lowered: OFFICIAL can be shown
    assert model.item(official).isEnabled() and not model.item(official).toolTip()
    window.doc.set_value(("marking",), "SECRET")
    assert not model.item(official).isEnabled() and not model.item(sensitive).isEnabled()


def test_a_reader_version_that_cannot_be_shown_says_why_and_offers_the_way_back(window, qtbot):
    window.preview.wait_idle()
    window.set_reader_level("OFFICIAL")  # e.g. chosen before the brief's marking was raised
    qtbot.waitUntil(lambda: window.preview.error is not None, timeout=20000)
    pane = window.preview
    assert pane.stack.currentWidget() is pane.message_page
    text = pane.message.text()
    assert "marked OFFICIAL-SENSITIVE, above OFFICIAL" in text
    assert "Every reader: the whole brief" in text
    assert pane.way_back.isVisible()
    assert pane.page_label.text() == ""  # no "Page 6 of 9" over a message
    qtbot.mouseClick(pane.way_back, Qt.MouseButton.LeftButton)
    assert window.reader_level() is None
    qtbot.waitUntil(lambda: pane.error is None and pane.stack.currentWidget() is pane.view, timeout=20000)


def test_a_marking_of_no_level_is_explained_with_the_schemes_name_and_as_typed(window, qtbot):
    """The brief's marking typed as something the scheme does not know: the
    greyed levels say so with the scheme's name ("UK"), not its key ("uk"),
    and the marking reads as typed, even with a "%2" in it."""
    window.show_section("overview")
    edit = window.editor("overview").fields[("marking",)].editor.lineEdit()
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    QTest.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(edit, "EYES %2 ONLY")
    QTest.keyClick(edit, Qt.Key.Key_Tab)
    assert window.doc.brief.marking == "EYES %2 ONLY"
    model = window.reader_combo.model()
    tip = model.item(window.reader_combo.findData("OFFICIAL")).toolTip()
    assert "The brief's marking “EYES %2 ONLY” is not a level of the UK scheme" in tip, tip
    assert "a reader at OFFICIAL may see" in tip


def _tip_label():
    return next((w for w in QApplication.topLevelWidgets() if w.metaObject().className() == "QTipLabel" and w.isVisible()), None)


def test_the_tooltip_of_a_greyed_level_wraps_instead_of_crossing_the_window(window, qtbot):
    combo = window.reader_combo
    official = combo.findData("OFFICIAL")
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Down)  # the list opens
    view = combo.view()
    qtbot.waitUntil(view.isVisible)
    rect = view.visualRect(view.model().index(official, 0))
    viewport = view.viewport()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center())))
    qtbot.waitUntil(lambda: _tip_label() is not None, timeout=3000)
    tip = _tip_label()
    assert "above OFFICIAL" in tip.text()
    # Qt wraps a plain-text tooltip only when it is wider than the whole
    # screen (this test's is small); rich text it wraps at a paragraph's width
    assert QtGui.Qt.mightBeRichText(tip.text()) and tip.wordWrap()
    assert tip.width() <= 90 * tip.fontMetrics().averageCharWidth(), tip.width()
    assert tip.height() > 2 * tip.fontMetrics().height(), tip.height()  # several lines
    combo.hidePopup()
    window.reader_menu.aboutToShow.emit()  # the View menu's entries say the same, wrapped
    greyed = [action for action in window.reader_menu.actions() if not action.isEnabled()]
    assert greyed
    for action in greyed:
        assert QtGui.Qt.mightBeRichText(action.toolTip()) and "above" in action.toolTip()


def test_a_level_that_cannot_be_shown_is_not_called_a_failure_in_the_status_bar(window, qtbot):
    window.preview.wait_idle()
    window.set_reader_level("OFFICIAL")
    qtbot.waitUntil(lambda: window.preview.error is not None, timeout=20000)
    status = window.statusBar().currentMessage()
    assert "OFFICIAL" in status and "fail" not in status.lower(), status
