"""What a reviewer found driving the app at 1366×768 (issue 13, part C):
the recovery dialog's date, window names, cascading, shortcut names."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from briefer.gui.editors.fields import context_menu_with_app_undo
from briefer.gui.files import Prompter
from briefer.gui.ui_dates import ui_date
from briefer.gui.help import menu_shortcuts
from briefer.gui.windows import cascade_position
from briefer.model import Brief
from briefer.storage.files import save_brief


def test_the_recovery_question_writes_dates_as_the_rest_of_the_app(qtbot, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    message_boxes.expect("box", "not saved", answer="Later")
    assert Prompter(parent).ask_restore("call.brief", dt.datetime(2026, 12, 2, 9, 5)) == "later"
    (_kind, _title, text), = message_boxes.shown
    assert ui_date(dt.date(2026, 12, 2)) in text and "02 Dec" not in text  # the app's one formatter


def _native(action) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def test_keyboard_shortcuts_name_undo_and_redo_not_the_step(example_window, qtbot):
    w = example_window
    w.show_section("overview")
    title = w.editor("overview").fields[("title",)].editor
    title.setFocus()
    QTest.keyClicks(title, " more")
    assert w.act_undo.text() != "&Undo"  # the Edit menu names the step ("Undo Edit Title")
    rows = {command: keys for menu, command, keys in menu_shortcuts(w.menuBar()) if menu == "Edit"}
    assert rows["Undo"] == _native(w.act_undo) and rows["Redo"] == _native(w.act_redo)
    assert not any(command.startswith(("Undo ", "Redo ")) for command in rows)


def test_the_right_click_menu_shows_undo_and_redo_keys_as_the_edit_menu(example_window, qtbot):
    w = example_window
    w.show_section("overview")
    for path in (("title",), ("summary",)):
        editor = w.editor("overview").fields[path].editor
        editor.setFocus()
        QTest.keyClicks(editor, " more")
        menu = context_menu_with_app_undo(editor)
        entries = {a.objectName(): a.text() for a in menu.actions()}
        assert entries["edit-undo"] == "&Undo\t" + _native(w.act_undo)
        assert entries["edit-redo"] == "&Redo\t" + _native(w.act_redo)
        menu.deleteLater()


def test_title_bar_window_menu_and_questions_name_a_brief_alike(example_window, make_window, qtbot, tmp_path):
    first = example_window
    first.window_factory = lambda: make_window(windows=first.windows)
    first.show_section("overview")
    QTest.keyClicks(first.editor("overview").fields[("title",)].editor, "!")
    path = tmp_path / "call.brief"
    save_brief(path, Brief(title="A call"))
    first.prompter.answers["open_path"] = str(path)
    QTest.keyClick(first, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    second = first.windows.windows()[1]
    first._fill_window_menu()
    entries = [a.text() for a in first.window_menu.actions() if a.objectName().startswith("window")]
    assert entries == ["&1 Untitled*", "&2 call.brief"]
    assert first.windowTitle().startswith("Untitled[*]") and second.windowTitle().startswith("call.brief[*]")
    assert first.files.display_name == "Untitled"  # what "Save changes to …?" names


def test_cascade_stays_on_the_screen():
    room = QRect(0, 0, 1366, 740)
    assert cascade_position(QRect(100, 50, 1000, 600), QSize(1000, 600), room) == QPoint(132, 82)
    # 32 px lower would run off the bottom: top-left of the available area.
    assert cascade_position(QRect(20, 20, 1311, 700), QSize(1311, 700), room) == QPoint(0, 0)
    assert cascade_position(QRect(10, 30, 1000, 600), QSize(1000, 600), QRect(0, 28, 1366, 740)) == QPoint(42, 62)


def test_a_second_window_opens_inside_the_screen(example_window, make_window, qtbot):
    first = example_window
    first.window_factory = lambda: make_window(windows=first.windows)
    room = first.screen().availableGeometry()
    first.setGeometry(room.adjusted(0, 0, -4, -4))  # nearly the whole screen, as on a 1366×768 laptop
    first.show_section("overview")
    QTest.keyClicks(first.editor("overview").fields[("title",)].editor, "!")
    QTest.keyClick(first, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    second = first.windows.windows()[1]
    assert room.contains(second.frameGeometry()), (room, second.frameGeometry())
