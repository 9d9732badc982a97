"""Zooming the preview keeps your place: Ctrl+wheel keeps the point under the
pointer where it is, Ctrl++ / Ctrl+− keep the centre of the view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefer.gui.main_window import printed_title
from helpers.preview import heading_top_in_view


@pytest.fixture
def window(example_window, qtbot):
    with qtbot.waitActive(example_window):
        example_window.activateWindow()
    pane = example_window.preview
    qtbot.waitUntil(lambda: pane.page_count is not None and pane.page_count >= 4 and not pane.busy, timeout=30000)
    return example_window


def _ctrl_wheel(view, pos: QPoint, steps: int):
    viewport = view.viewport()
    event = QWheelEvent(QPointF(pos), QPointF(viewport.mapToGlobal(pos)), QPoint(), QPoint(0, 120 * steps),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def _place(view, pos: QPoint) -> tuple[float, float]:
    """Where ``pos`` of the viewport is in the whole document, as fractions
    of its scrolled height and width (read from the scroll bars only)."""
    v, h, viewport = view.verticalScrollBar(), view.horizontalScrollBar(), view.viewport()
    height = v.maximum() + viewport.height()
    width = h.maximum() + viewport.width()
    return (v.value() + pos.y()) / height, (h.value() + pos.x()) / width


def _on_page_four(window, qtbot):
    pane = window.preview
    view = pane.view
    pane.zoom_by(1.0)  # a custom zoom, as after a first Ctrl+wheel
    view.pageNavigator().jump(3, QPointF(), view.zoomFactor())
    qtbot.waitUntil(lambda: pane.current_page() == 3)
    view.verticalScrollBar().setValue(view.verticalScrollBar().value() + view.viewport().height() // 3)
    qtbot.waitUntil(lambda: pane.current_page() == 3)
    return pane, view


@pytest.mark.parametrize("where", [(0.3, 0.25), (0.7, 0.8)])
def test_ctrl_wheel_keeps_the_point_under_the_pointer(window, qtbot, where):
    pane, view = _on_page_four(window, qtbot)
    pointer = QPoint(int(view.viewport().width() * where[0]), int(view.viewport().height() * where[1]))
    before = _place(view, pointer)
    zoom = view.zoomFactor()
    _ctrl_wheel(view, pointer, 1)
    _ctrl_wheel(view, pointer, 1)
    assert view.zoomFactor() == pytest.approx(zoom * 1.25**2)
    after = _place(view, pointer)
    assert pane.current_page() == 3, "the zoom jumped to another page"
    assert after == pytest.approx(before, abs=0.004)
    _ctrl_wheel(view, pointer, -1)
    assert _place(view, pointer)[0] == pytest.approx(before[0], abs=0.004)
    assert pane.current_page() == 3


def test_ctrl_plus_and_minus_keep_the_centre_of_the_view(window, qtbot):
    pane, view = _on_page_four(window, qtbot)
    centre = QPoint(view.viewport().width() // 2, view.viewport().height() // 2)
    before = _place(view, centre)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert _place(view, centre)[0] == pytest.approx(before[0], abs=0.004)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert _place(view, centre)[0] == pytest.approx(before[0], abs=0.004)
    assert pane.current_page() == 3


def test_choosing_a_section_scrolls_the_preview_to_its_heading(window, qtbot):
    pane, sections = window.preview, window.section_list
    qtbot.waitUntil(lambda: not pane.busy, timeout=30000)
    template = window.library.for_brief(window.doc.brief.layout.template)
    for key in ("risks", "sources", "key_points", "background"):
        title = printed_title(window.doc.brief, template, key)
        rect = sections.visualRect(sections.section_model.index(sections.section_model.row_of(key)))
        before = pane.view.verticalScrollBar().value()
        qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.waitUntil(lambda: pane.view.verticalScrollBar().value() != before, timeout=5000)
        qtbot.wait(50)
        page = pane.current_page()
        y = heading_top_in_view(pane, page, title)
        bar = pane.view.verticalScrollBar()
        if bar.value() == bar.maximum():  # the end of the document: it scrolls no further
            assert 0 <= y <= pane.view.viewport().height() - 20, (key, page, y)
        else:
            assert 0 <= y <= pane.view.viewport().height() / 8, (key, page, y)
