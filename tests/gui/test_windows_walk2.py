"""Second walk-through (issue 13): New beside the example, and a Window
menu and title bar that tell briefs apart; driven with keys and clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.gui.test_windows import activate, sibling_factory


def click_row(view, row, qtbot, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier,
                     pos=view.visualRect(view.model().index(row, 0)).center())


def test_new_beside_the_example_keeps_it_open_to_copy_the_next_row(example_window, make_window, qtbot):
    first = example_window
    sibling_factory(make_window, first)
    example_points = list(first.doc.brief.key_points)
    first.show_section("key_points")
    view = first.editor("key_points").list_editor.table
    click_row(view, 0, qtbot)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(first, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # The example stays where it was; the new brief has a window of its own.
    assert first.prompter.asked == []
    assert len(first.windows.windows()) == 2
    second = first.windows.windows()[1]
    assert second is not first and second.isVisible() and second.doc.brief.key_points == []
    assert first.doc.brief.key_points == example_points
    # Paste the first row there, then go back for the next one.
    activate(second, qtbot)
    second.show_section("key_points")
    target = second.editor("key_points").list_editor.table
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    activate(first, qtbot)
    click_row(view, 1, qtbot)
    QTest.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    activate(second, qtbot)
    target.setFocus()
    click_row(target, 0, qtbot)
    QTest.keyClick(target, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert sorted(k.point for k in second.doc.brief.key_points) == sorted(k.point for k in example_points[:2])


def test_new_replaces_only_a_blank_untouched_brief(make_window, qtbot):
    first = make_window()
    first.files.new_blank()
    first.show()
    activate(first, qtbot)
    sibling_factory(make_window, first)
    QTest.keyClick(first, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert first.windows.windows() == [first]


def window_entries(window):
    window._fill_window_menu()
    return [a.text() for a in window.window_menu.actions() if a.objectName().startswith("window")]


def test_window_menu_and_title_bar_tell_untitled_briefs_apart(make_window, qtbot):
    first = make_window()
    first.files.new_blank()
    first.show()
    activate(first, qtbot)
    sibling_factory(make_window, first)
    first.show_section("overview")
    title = first.editor("overview").fields[("title",)].editor
    title.setFocus()
    title.selectAll()
    QTest.keyClicks(title, "Call with the mayor")
    QTest.keyClick(first, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    second = first.windows.windows()[1]
    entries = window_entries(first)
    assert entries == ["&1 Untitled*", "&2 Untitled 2"]
    # The title bar marks changes as the menu does: "Untitled*".
    assert shown_title(first) == "Untitled* — Briefer" and shown_title(second) == "Untitled 2 — Briefer"


def shown_title(window):
    """The title as the title bar shows it (Qt puts "*" for "[*]" while modified)."""
    return window.windowTitle().replace("[*]", "*" if window.isWindowModified() else "")


def test_window_menu_adds_the_brief_title_where_names_would_read_the_same(make_window, qtbot, tmp_path):
    from briefer.model import Brief
    from briefer.storage.files import save_brief

    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    save_brief(tmp_path / "a" / "trip.brief", Brief(title="Call with the mayor"))
    save_brief(tmp_path / "b" / "trip.brief", Brief(title="Visit to the port"))
    first = make_window()
    first.files.new_blank()
    first.show()
    activate(first, qtbot)
    sibling_factory(make_window, first)
    first.prompter.answers["open_path"] = str(tmp_path / "a" / "trip.brief")
    QTest.keyClick(first, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    first.prompter.answers["open_path"] = str(tmp_path / "b" / "trip.brief")
    QTest.keyClick(first, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert window_entries(first) == ["&1 trip.brief — Call with the mayor", "&2 trip.brief — Visit to the port"]
