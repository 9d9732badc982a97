"""Left-to-right text inside the right-to-left (Arabic) interface reads in
its own order: menu shortcuts (issue 13 review: "++Ctrl")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle


@pytest.fixture
def right_to_left(qapp):
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_zoom_shortcuts_in_a_right_to_left_view_menu_read_ctrl_plus(make_window, right_to_left, monkeypatch, qtbot, tmp_path):
    drawn: list[str] = []
    draw = QProxyStyle.drawControl

    def spy(self, element, option, painter, widget=None):
        if element == QStyle.ControlElement.CE_MenuItem:
            drawn.append(option.text)
        return draw(self, element, option, painter, widget)

    monkeypatch.setattr(QProxyStyle, "drawControl", spy)
    w = make_window()
    w.files.new_blank()
    w.show()
    view = next(a.menu() for a in w.menuBar().actions() if a.menu() and w.preview.zoom_in_action in a.menu().actions())
    view.popup(w.mapToGlobal(w.rect().center()))
    qtbot.waitUntil(view.isVisible)
    image = view.grab()
    image.save(str(tmp_path / "view-menu-rtl.png"))
    view.hide()
    zoom = [t for t in drawn if "Zoom" in t]
    assert "Zoom &In\t\u2066Ctrl++\u2069" in zoom
    assert "Zoom &Out\t\u2066Ctrl+-\u2069" in zoom
    assert any(t.endswith("\t\u2066Ctrl+0\u2069") for t in drawn)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft


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


def test_english_cells_in_a_right_to_left_table_are_isolates(right_to_left, qtbot):
    """Elided, an English cell must end in "…" on its right ("Regional desk…"),
    not read "…Regional desk": the cell's text is an isolate of its own."""
    from briefer.gui.edit_session import EditSession
    from briefer.gui.editors import create_editor
    from briefer.model import Brief

    doc = EditSession(Brief.model_validate({"title": "T", "open_issues": [{"issue": "Composition and mandate", "owner": "Regional desks"}]}))
    page = create_editor("open_issues", doc)
    qtbot.addWidget(page)
    page.show()
    model = page.list_editor.table.model()
    column = page.list_editor.model.column_of("owner")
    assert model.index(0, column).data() == "\u2068Regional desks\u2069"
    assert model.index(0, column).data(Qt.ItemDataRole.EditRole) == "Regional desks"  # edited as typed


def test_file_names_in_right_to_left_messages_are_isolates(make_window, right_to_left, tmp_path):
    w = make_window()
    w.files.new_blank()
    said = []
    w.files.message.connect(said.append)
    w.prompter.answers["save_path"] = str(tmp_path / "call-notes.brief")
    assert w.files.save()
    assert any("\u2068call-notes.brief\u2069" in text for text in said)
