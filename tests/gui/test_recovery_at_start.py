"""What a start of the app offers back after a crash, as the user meets it:
real questions answered by clicking their buttons, the windows the work
comes back in, and how those windows are named."""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from briefer.gui.app import offer_recoveries_at_start, open_window
from briefer.gui.main_window import MainWindow
from briefer.model import Brief
from briefer.storage import load_brief, save_brief, write_autosave
from briefer.storage.autosave import untitled_autosave_dir


@pytest.fixture
def windows(qtbot):
    """``windows()`` → a MainWindow with the app's own questions (every box
    answered through ``message_boxes``); it and every window it opened are
    closed without questions at teardown."""
    made: list[MainWindow] = []

    def make(**kwargs):
        window = MainWindow(**kwargs)  # not qtbot.addWidget: it would close the window before the cleanup below
        made.append(window)
        return window

    yield make
    for window in {w for m in made for w in [m, *m.windows.windows()]}:
        if window.files.doc is not None:
            window.files.doc.undo_stack.setClean()
        window.preview.shutdown()
        window.exports.runner.cancel()
        window.close()


def _crashed_untitled_session(title: str) -> Path:
    """An untitled brief's autosave left by a session that died."""
    return write_autosave(Brief(title=title), None, uuid.uuid4().hex)


def _crashed_saved_session(path: Path, summary: str) -> Path:
    """A saved brief's autosave (and its note) left by a session that died."""
    return write_autosave(Brief(title=load_brief(path).brief.title, summary=summary), path)


def _texts(message_boxes) -> list[str]:
    return [text for _kind, _title, text in message_boxes.shown]


# -- 1. a saved brief whose file is gone -------------------------------------------------


def test_work_on_a_brief_whose_file_is_gone_comes_back_untitled(windows, message_boxes, tmp_path, monkeypatch):
    """The brief was moved or deleted after the crash: Restore brings the
    work back as an untitled brief that Save As offers under the old name;
    no error, and the next start does not offer it again."""
    call = tmp_path / "call.brief"
    save_brief(call, Brief(title="Call with the Ambassador", summary="Saved summary."))
    _crashed_saved_session(call, "Notes typed before the crash")
    call.unlink()
    w = windows()
    w.files.new_blank()
    w.show()
    message_boxes.expect("box", "no longer there", answer="Restore")
    assert offer_recoveries_at_start(w) == 1
    question = _texts(message_boxes)[-1]
    assert "call.brief" in question and "untitled" in question
    assert w.doc.brief.summary == "Notes typed before the crash"
    assert w.files.path is None and w.isWindowModified()

    suggested = []

    def save_dialog(parent, caption, path, *args, **kwargs):
        suggested.append(path)
        return str(tmp_path / "call again.brief"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    w.act_save.trigger()
    assert os.path.basename(suggested[0]) == "call.brief"
    assert load_brief(tmp_path / "call again.brief").brief.summary == "Notes typed before the crash"

    later = windows()
    later.files.new_blank()
    assert offer_recoveries_at_start(later) == 0  # nothing left to offer, no question


# -- 2. started with a file: one question at a time ------------------------------------


def test_a_start_with_a_file_asks_one_question_at_a_time(windows, message_boxes, tmp_path, monkeypatch):
    """Started with a file that cannot be opened while a crash left work
    behind: the error is answered before the recovery question comes, never
    with the two stacked (each box runs an event loop of its own)."""
    broken = tmp_path / "broken.brief"
    broken.write_text("not a brief {{ < &", encoding="utf-8")
    _crashed_untitled_session("Notes typed before the crash")
    open_boxes: list[str] = []
    stacked: list[tuple[str, ...]] = []
    guard = QMessageBox.exec

    def exec_with_a_loop(box):
        open_boxes.append(box.windowTitle())
        if len(open_boxes) > 1:
            stacked.append(tuple(open_boxes))
        QApplication.processEvents()  # what the modal box's own loop does
        try:
            return guard(box)
        finally:
            open_boxes.pop()

    monkeypatch.setattr(QMessageBox, "exec", exec_with_a_loop)
    message_boxes.expect("box", "Could not open")
    message_boxes.expect("box", "Notes typed before the crash", answer="Restore")
    window = open_window(str(broken))
    try:
        for _ in range(5):
            QApplication.processEvents()
        assert stacked == []
        assert [title for _k, title, _t in message_boxes.shown] == ["Could not open the brief", "Recover unsaved changes"]
        assert window.doc.brief.title == "Notes typed before the crash"
    finally:
        for w in window.windows.windows():
            w.files.doc.undo_stack.setClean()
            w.preview.shutdown()
            w.close()


# -- 3. windows of recovered work --------------------------------------------------------


def test_work_restored_beside_an_open_brief_gets_a_cascaded_window_in_the_window_list(windows, message_boxes, tmp_path):
    tonight = tmp_path / "tonight.brief"
    save_brief(tonight, Brief(title="Tonight"))
    _crashed_untitled_session("Notes typed before the crash")
    w = windows()
    w.show()
    assert w.files.open_path(str(tonight))
    message_boxes.expect("box", "Notes typed before the crash", answer="Restore")
    assert offer_recoveries_at_start(w) == 1
    assert "window of its own" in _texts(message_boxes)[-1]  # this window holds a brief of value
    listed = w.windows.windows()
    assert len(listed) == 2 and listed[0] is w
    other = listed[1]
    assert other.isVisible() and other.doc.brief.title == "Notes typed before the crash"
    assert other.pos() != w.pos()  # cascaded, not exactly on top of the first
    assert w.doc.brief.title == "Tonight"


def test_work_restored_into_an_empty_window_is_not_said_to_get_a_window_of_its_own(windows, message_boxes):
    _crashed_untitled_session("Notes typed before the crash")
    w = windows()
    w.files.new_blank()
    w.show()
    message_boxes.expect("box", "Notes typed before the crash", answer="Restore")
    assert offer_recoveries_at_start(w) == 1
    assert "window of its own" not in _texts(message_boxes)[-1] and "in this window" in _texts(message_boxes)[-1]
    assert w.windows.windows() == [w] and w.doc.brief.title == "Notes typed before the crash"


# -- 4. a start is not stopped by a bad note ----------------------------------------------


def test_a_damaged_note_does_not_stop_the_recoveries_at_start(windows, message_boxes):
    folder = untitled_autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    bad = folder / "saved-0123456789abcdef.where"
    bad.write_bytes(b"/home/someone/brief\x00.brief")
    _crashed_untitled_session("Notes typed before the crash")
    w = windows()
    w.files.new_blank()
    w.show()
    message_boxes.expect("box", "Notes typed before the crash", answer="Restore")
    assert offer_recoveries_at_start(w) == 1
    assert w.doc.brief.title == "Notes typed before the crash"
    assert not bad.exists()


# -- 6. untitled windows are numbered ---------------------------------------------------------


def test_untitled_windows_are_numbered_in_title_bar_window_menu_and_questions(windows, message_boxes):
    w = windows()
    w.files.new_blank()
    w.show()
    w.doc.set_value(("summary",), "Typed in the first one.")
    w.act_new.trigger()  # the first holds work: the new brief gets a window of its own
    first, second = w.windows.windows()
    assert first is w
    assert first.windowTitle() == "Untitled[*] — Briefer"
    assert second.windowTitle() == "Untitled 2[*] — Briefer"
    w.window_menu.aboutToShow.emit()
    entries = [a.text() for a in w.window_menu.actions() if a.objectName().startswith("window")]
    assert entries == ["&1 Untitled*", "&2 Untitled 2"]
    second.doc.set_value(("summary",), "Typed in the second one.")
    message_boxes.expect("box", "Untitled 2", answer=QMessageBox.StandardButton.Cancel)
    assert not second.close()  # the question names the brief as its window does
    third_start = second.window_for_another_brief()  # a third window numbers after the two
    third_start.files.new_blank()
    assert third_start.windowTitle() == "Untitled 3[*] — Briefer"
    third_start.close()
