"""Left-to-right text inside the right-to-left (Arabic) interface reads in
its own order: menu shortcuts (issue 13 review: "++Ctrl"), table cells; and
the marks that make it so are never text: not on the clipboard, not stored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QProxyStyle, QStyle

from helpers.interface import interface_language
from briefer.gui.book_window import BookWindow

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.gui.editors.list_editor import ITEMS_MIME
from briefer.model import Brief


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.fixture
def arabic_interface(qapp):
    """The interface in Arabic, as Briefer starts it."""
    with interface_language(qapp, "ar"):
        yield


@pytest.fixture
def drawn_menu_items(monkeypatch) -> list[str]:
    """The text of every menu item drawn through a proxy style, as drawn."""
    drawn: list[str] = []
    draw = QProxyStyle.drawControl

    def spy(self, element, option, painter, widget=None):
        if element == QStyle.ControlElement.CE_MenuItem:
            drawn.append(option.text)
        return draw(self, element, option, painter, widget)

    monkeypatch.setattr(QProxyStyle, "drawControl", spy)
    return drawn


def test_zoom_shortcuts_in_a_right_to_left_view_menu_read_ctrl_plus(make_window, arabic_interface, drawn_menu_items, qtbot, tmp_path):
    w = make_window()
    w.files.new_blank()
    w.show()
    view = next(a.menu() for a in w.menuBar().actions() if a.menu() and w.preview.zoom_in_action in a.menu().actions())
    view.popup(w.mapToGlobal(w.rect().center()))
    qtbot.waitUntil(view.isVisible)
    image = view.grab()
    image.save(str(tmp_path / "view-menu-rtl.png"))
    view.hide()
    zoom = {w.preview.zoom_in_action.text().split("\t")[0], w.preview.zoom_out_action.text().split("\t")[0]}
    assert f"{w.preview.zoom_in_action.text()}\t\u2066Ctrl++\u2069" in drawn_menu_items, (zoom, drawn_menu_items)
    assert f"{w.preview.zoom_out_action.text()}\t\u2066Ctrl+-\u2069" in drawn_menu_items
    assert any(t.endswith("\t\u2066Ctrl+0\u2069") for t in drawn_menu_items)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


def _right_click_menu_items(qtbot, widget) -> list[str]:
    """Right-click ``widget`` (through its window, as the platform delivers
    it), paint the menu that opens, close it; the texts of its items."""
    seen: list[list[str]] = []

    def look():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, look)
            return
        menu.grab()
        seen.append([a.text() for a in menu.actions()])
        menu.close()

    QTimer.singleShot(50, look)
    window = widget.window()
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=widget.mapTo(window, widget.rect().center()))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen[0]


def test_a_right_click_menu_in_a_right_to_left_interface_reads_ctrl_z(make_window, arabic_interface, drawn_menu_items, qtbot):
    """Menus made at the right click (a text field's: Undo, Redo, spelling)
    draw their shortcuts as left-to-right isolates, as the menu bar does."""
    w = make_window()
    w.files.new_blank()
    w.show()
    w.show_section("overview")
    edit = w.editor("overview").fields[("title",)].editor
    items = _right_click_menu_items(qtbot, edit)
    undo = next(t for t in items if t.endswith("\tCtrl+Z"))
    assert undo.replace("\tCtrl+Z", "\t\u2066Ctrl+Z\u2069") in drawn_menu_items
    assert any(t.endswith("\t\u2066Ctrl+V\u2069") for t in drawn_menu_items)


def test_the_book_windows_menus_in_a_right_to_left_interface_read_ctrl_z(arabic_interface, drawn_menu_items, qtbot):
    book = BookWindow()
    qtbot.addWidget(book)
    with qtbot.waitExposed(book):
        book.show()
    _right_click_menu_items(qtbot, book.title_edit)
    assert any(t.endswith("\t\u2066Ctrl+Z\u2069") for t in drawn_menu_items), drawn_menu_items
    assert not any(t.endswith("\tCtrl+Z") for t in drawn_menu_items)


def test_shortcuts_of_left_to_right_menus_are_drawn_as_they_are(arabic_interface, drawn_menu_items, qtbot):
    """A left-to-right widget inside the Arabic interface (its menus too)
    draws its shortcuts untouched."""
    book = BookWindow()
    book.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    qtbot.addWidget(book)
    with qtbot.waitExposed(book):
        book.show()
    _right_click_menu_items(qtbot, book.title_edit)
    assert any(t.endswith("\tCtrl+Z") for t in drawn_menu_items), drawn_menu_items


def test_keyboard_shortcuts_in_a_right_to_left_interface_read_ctrl_plus(make_window, right_to_left, qtbot):
    w = make_window()
    w.files.new_blank()
    w.show()
    dialog = w.show_shortcuts()
    qtbot.addWidget(dialog)
    table = dialog.table
    cells = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    zoom_in = next(keys for command, keys in cells.items() if command.endswith("Zoom In"))
    assert zoom_in == "\u2066Ctrl++\u2069"
    QTest.keyClicks(dialog.filter_edit, "Ctrl++")
    assert [keys for _command, keys in dialog.rows()] == ["Ctrl++"]


class RecordingStyle(QProxyStyle):
    """A view's style that notes the text of every cell it paints."""

    def __init__(self):
        super().__init__()
        self.cells: list[str] = []

    def drawControl(self, element, option, painter, widget=None):  # noqa: N802 - Qt's name
        if element == QStyle.ControlElement.CE_ItemViewItem:
            self.cells.append(option.text)
        super().drawControl(element, option, painter, widget)


def _open_issues_page(qtbot, issues):
    doc = EditSession(Brief.model_validate({"title": "T", "open_issues": issues}))
    page = create_editor("open_issues", doc)
    qtbot.addWidget(page)
    page.resize(900, 600)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    return doc, page


def test_english_cells_in_a_right_to_left_table_are_painted_as_isolates(right_to_left, qtbot):
    """Elided, an English cell must end in "…" on its right ("Regional desk…"),
    not read "…Regional desk": the cell is painted as an isolate of its own,
    while the text the model gives (to Copy, to a screen reader) is plain."""
    _doc, page = _open_issues_page(qtbot, [{"issue": "Composition and mandate", "owner": "Regional desks", "priority": "high"}])
    table = page.list_editor.table
    style = RecordingStyle()
    table.setStyle(style)
    table.viewport().grab()
    assert "\u2068Regional desks\u2069" in style.cells
    assert "\u2068Composition and mandate\u2069" in style.cells
    column = page.list_editor.model.column_of("owner")
    assert table.model().index(0, column).data() == "Regional desks"
    assert table.model().index(0, column).data(Qt.ItemDataRole.EditRole) == "Regional desks"  # edited as typed


ISOLATES = set("\u2066\u2067\u2068\u2069")


def test_copy_in_an_arabic_interface_puts_no_direction_marks_on_the_clipboard(arabic_interface, qtbot):
    _doc, page = _open_issues_page(
        qtbot, [{"issue": "Hamas refuses the ceasefire text", "owner": "Regional desks", "priority": "high", "due": "2026-11-27"}]
    )
    table = page.list_editor.table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(table.model().index(0, 0)).center())
    QApplication.clipboard().clear()
    QTest.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QApplication.clipboard().mimeData()
    text = mime.text()
    assert "Hamas refuses the ceasefire text" in text and "Regional desks" in text
    assert not ISOLATES & set(text), repr(text)
    assert not ISOLATES & set(bytes(mime.data(ITEMS_MIME)).decode())


def test_pasted_text_loses_the_direction_marks_another_program_kept(arabic_interface, qtbot):
    doc, page = _open_issues_page(qtbot, [])
    table = page.list_editor.table
    QApplication.clipboard().setText("\u2068Hamas refuses the ceasefire text\u2069\n\u200fسفارة\u200f")
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    issues = [i.issue for i in doc.brief.open_issues]
    assert issues == ["Hamas refuses the ceasefire text", "سفارة"]


def test_file_names_in_right_to_left_messages_are_isolates(make_window, right_to_left, tmp_path):
    w = make_window()
    w.files.new_blank()
    said = []
    w.files.message.connect(said.append)
    w.prompter.answers["save_path"] = str(tmp_path / "call-notes.brief")
    assert w.files.save()
    assert any("\u2068call-notes.brief\u2069" in text for text in said)
