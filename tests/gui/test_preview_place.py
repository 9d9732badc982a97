"""Where the preview is scrolled to: a section's heading in the pages (not
its line in the Contents), whatever the interface language; another brief
starts at the top of page 1; the heading's left edge is in view when zoomed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from briefer.gui.main_window import printed_title
from helpers.interface import interface_language
from helpers.preview import heading_top_in_view


@pytest.fixture
def french(qapp):
    """The app in French, as at start; English again afterwards."""
    with interface_language(qapp, "fr_FR"):
        yield


def _ready(window, qtbot):
    pane = window.preview
    qtbot.waitUntil(lambda: pane.page_count is not None and pane.page_count >= 4 and not pane.busy, timeout=30000)
    return pane


def _click_section(window, qtbot, key):
    sections = window.section_list
    rect = sections.visualRect(sections.section_model.index(sections.section_model.row_of(key)))
    qtbot.mouseClick(sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _heading_pages(pdf, title):
    """The pages with a line that starts with ``title`` (the Contents' line, the heading)."""
    found = []
    for page in range(pdf.pageCount()):
        lines = [line.strip() for line in pdf.getAllText(page).text().splitlines()]
        if any(line == title or line.startswith(title + " ") for line in lines):
            found.append(page)
    return found



@pytest.mark.parametrize("interface", ["en", "fr"])
def test_choosing_a_section_shows_its_heading_not_its_contents_line(make_window, qtbot, request, interface):
    if interface == "fr":
        request.getfixturevalue("french")
    window = make_window()
    window.files.open_example()
    window.resize(1366, 768)
    window.show()
    pane = _ready(window, qtbot)
    template = window.library.for_brief(window.doc.brief.layout.template)
    for key in ("risks", "sources"):
        title = printed_title(window.doc.brief, template, key)
        pages = _heading_pages(pane.pdf_document(), title)
        assert len(pages) >= 2, (title, pages)  # in the Contents and in the body
        _click_section(window, qtbot, key)
        qtbot.waitUntil(lambda: pane.current_page() == pages[1], timeout=5000)  # after the Contents
        qtbot.wait(50)
        bar = pane.view.verticalScrollBar()
        y = heading_top_in_view(pane, pages[1], title)
        limit = pane.view.viewport().height() - 20 if bar.value() == bar.maximum() else pane.view.viewport().height() / 8
        assert 0 <= y <= limit, (key, y)


def test_another_brief_opens_at_the_top_of_page_one(example_window, qtbot):
    pane = _ready(example_window, qtbot)
    _click_section(example_window, qtbot, "risks")
    bar = pane.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=5000)
    bar.setValue(bar.maximum())  # the user reads the end of the first brief
    assert example_window.files.new_blank()  # another brief, one page long
    qtbot.waitUntil(lambda: pane.page_count == 1 and not pane.busy, timeout=30000)
    qtbot.wait(100)
    assert bar.maximum() > 0  # the page is taller than the view: it could be scrolled
    assert (bar.value(), pane.view.horizontalScrollBar().value()) == (0, 0)
    assert pane.current_page() == 0


def test_after_zooming_in_a_section_shows_its_heading_from_its_left_edge(example_window, qtbot):
    pane = _ready(example_window, qtbot)
    for _ in range(4):
        pane.zoom_by(1.25)
    hbar = pane.view.horizontalScrollBar()
    hbar.setValue(hbar.maximum())  # the user looks at the right of the page
    template = example_window.library.for_brief(example_window.doc.brief.layout.template)
    title = printed_title(example_window.doc.brief, template, "key_points")
    _click_section(example_window, qtbot, "key_points")
    page = _heading_pages(pane.pdf_document(), title)[1]
    qtbot.waitUntil(lambda: pane.current_page() == page, timeout=5000)
    qtbot.wait(100)
    pdf = pane.pdf_document()
    text = pdf.getAllText(page).text()
    start = text.rfind(title)
    left = pdf.getSelectionAtIndex(page, start, len(title)).boundingRectangle().left()
    x, _y, width, _h = pane._page_rects()[page]
    heading_x = x + left / pdf.pagePointSize(page).width() * width - hbar.value()
    assert 0 <= heading_x <= pane.view.viewport().width() / 2, heading_x


def test_the_keyboard_scrolls_the_preview_once_tab_has_reached_it(example_window, qtbot):
    pane = _ready(example_window, qtbot)
    pane.view.setFocus(Qt.FocusReason.TabFocusReason)
    bar = pane.view.verticalScrollBar()
    QTest.keyClick(pane.view, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    QTest.keyClick(pane.view, Qt.Key.Key_End)
    assert bar.value() == bar.maximum() and pane.current_page() == pane.page_count - 1
    QTest.keyClick(pane.view, Qt.Key.Key_Home)
    assert bar.value() == 0 and pane.current_page() == 0
