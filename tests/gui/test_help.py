"""The Help menu (issue 13): the user guide from docs/, the keyboard
shortcuts read from the menus, and the example brief."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from briefer.gui.help import user_guide_text

ROOT = Path(__file__).resolve().parents[2]


def activate(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def test_the_guide_the_app_shows_is_the_one_in_docs():
    assert user_guide_text() == (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")


def test_f1_opens_the_user_guide(example_window, qtbot):
    w = example_window
    activate(w, qtbot)
    QTest.keyClick(w, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: getattr(w, "_guide", None) is not None and w._guide.isVisible(), timeout=2000)
    guide = w._guide
    text = guide.browser.toPlainText()
    assert text.startswith("Briefer user guide") and "Find and Replace" in text  # Markdown shown, not its marks
    guide.close()


def test_keyboard_shortcuts_lists_the_menus_and_the_editor_keys_and_filters(example_window, qtbot):
    w = example_window
    activate(w, qtbot)
    QTest.keyClick(w, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = w._shortcuts_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    rows = dict(dialog.rows())
    assert rows["File ▸ Print"].split(", ")[0] == "Ctrl+P"
    assert rows["File ▸ Export PDF and Word"] == "Ctrl+Alt+E"
    assert rows["Edit ▸ Find and Replace"].startswith("Ctrl+F")
    assert "F6" in rows.values() and "Ctrl+Shift+A" in rows.values()
    QTest.keyClicks(dialog.filter_edit, "export word")
    shown = dialog.rows()
    assert ("File ▸ Export Word", "Ctrl+Shift+E") in shown and all("xport" in c for c, _ in shown)
    dialog.close()


def test_open_example_brief_from_help_in_a_new_window_when_this_one_is_in_use(make_window, qtbot, tmp_path):
    from briefer.model import Brief
    from briefer.storage import load_example
    from briefer.storage.files import save_brief

    w = make_window()
    w.window_factory = lambda: make_window(windows=w.windows)
    w.act_example.trigger()  # a fresh window: the example opens here
    assert w.doc.brief.title == load_example().brief.title and w.files.path is None
    assert len(w.windows.windows()) == 1
    path = tmp_path / "mine.brief"
    save_brief(path, Brief(title="Mine"))
    assert w.files.open_path(str(path))
    w.act_example.trigger()  # this one holds a saved brief: the example gets a window of its own
    assert len(w.windows.windows()) == 2 and w.files.path == str(path)
    other = w.windows.windows()[1]
    assert other.doc.brief.title == load_example().brief.title and "Untitled" in other.windowTitle()
