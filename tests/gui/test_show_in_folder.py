""""Show in folder" and "Open file" after an export (second walk-through,
issue 13): with no file manager or PDF reader set up, the app says so and
gives the path as text the user can select, instead of doing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QMessageBox

from tests.gui.test_windows import activate


def test_show_in_folder_without_a_file_manager_says_where_the_file_is(example_window, qtbot, tmp_path, monkeypatch, message_boxes):
    w = example_window
    activate(w, qtbot)
    target = tmp_path / "folder with a name" / "brief.pdf"
    target.parent.mkdir()
    monkeypatch.setattr(w.exports, "ask_target", lambda brief, fmt, near=None: str(target))
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or False)  # none installed
    told = []
    real_exec = QMessageBox.exec

    def exec_box(box):  # noqa: ANN001
        if "could not" in box.text():
            labels = [label for label in box.findChildren(QLabel) if str(target.parent) in label.text()]
            told.append(bool(labels) and all(label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
                                             for label in labels))
        return real_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    message_boxes.expect("box", "Exported", answer="Show in folder")
    message_boxes.expect("box", str(target.parent))
    QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    assert opened == [str(target.parent)] and told == [True]
    # "Open file" likewise names the file.
    message_boxes.expect("box", "Exported", answer="Open file")
    message_boxes.expect("box", str(target))
    told.clear()
    qtbot.waitUntil(lambda: not w.exports.runner.running, timeout=60000)
    activate(w, qtbot)
    QTest.keyClick(w, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(opened) == 2 and bool(told), timeout=60000)
    assert opened[1] == str(target) and told == [True]
