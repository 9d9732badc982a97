"""Files in the window: save, failed saves, close prompts, locks, autosave
and recovery, bad files, revert, recent files.  Nothing typed is ever lost."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

import briefer.storage.session as session_module
from PySide6.QtCore import Qt

from briefer.gui.app import offer_recoveries_at_start
from briefer.model import Brief, Risk
from briefer.storage import LockInfo, SaveError, autosave_path, find_recovery, load_brief, save_brief


@pytest.fixture
def saved(tmp_path):
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="Original title", summary="Bottom line."))
    return path


@pytest.fixture
def file_window(make_window, saved):
    w = make_window()
    assert w.files.open_path(str(saved))
    w.show()
    return w


def test_save_writes_the_file_and_clears_the_mark(file_window, saved):
    w = file_window
    w.doc.set_value(("title",), "עדכון: פגישה בירושלים")
    assert w.isWindowModified()
    w.act_save.trigger()
    assert load_brief(saved).brief.title == "עדכון: פגישה בירושלים"
    assert not w.isWindowModified()
    assert (saved.parent / "meeting.brief.bak").exists()


def test_failed_save_says_so_and_keeps_the_brief(file_window, saved, monkeypatch):
    def read_only(path, brief, **options):
        raise SaveError("Could not save “meeting.brief”: the folder is read-only or you lack permission. Save to another folder.")

    monkeypatch.setattr(session_module, "save_brief", read_only)
    w = file_window
    w.doc.set_value(("title",), "Unsaved work")
    assert not w.files.save()
    kind, title, text, detail = w.prompter.asked[-1]
    assert kind == "error" and "read-only" in text and "nothing is lost" in detail
    assert w.doc.brief.title == "Unsaved work" and w.isWindowModified()
    assert load_brief(saved).brief.title == "Original title"
    # The promise is kept at once: a recovery copy holds the unsaved work.
    assert find_recovery(saved).loaded.brief.title == "Unsaved work"


def test_saving_over_a_read_only_brief_asks_first(file_window, saved):
    saved.chmod(0o444)
    w = file_window
    w.doc.set_value(("title",), "Typed tonight")
    assert not w.files.save()  # the answer is no: nothing written, nothing lost
    assert w.prompter.kinds()[-1] == "replace_read_only"
    assert load_brief(saved).brief.title == "Original title" and w.isWindowModified()
    w.prompter.answers["replace_read_only"] = True
    assert w.files.save()
    assert load_brief(saved).brief.title == "Typed tonight"


def test_close_with_unsaved_changes_asks(file_window, saved):
    w = file_window
    w.doc.set_value(("title",), "Changed")
    w.prompter.answers["save_changes"] = "cancel"
    assert not w.close()
    assert w.isVisible() and w.prompter.kinds()[-1] == "save_changes"
    w.prompter.answers["save_changes"] = "save"
    assert w.close()
    assert load_brief(saved).brief.title == "Changed"
    assert not (saved.parent / "meeting.brief.lock").exists()  # released


def test_close_discarding_removes_the_autosave(file_window, saved):
    w = file_window
    w.doc.set_value(("title",), "Throw away")
    written = w.files.autosave_now()
    assert written and os.path.exists(written)
    w.prompter.answers["save_changes"] = "discard"
    assert w.close()
    assert not os.path.exists(written)
    assert load_brief(saved).brief.title == "Original title"


def test_autosave_and_recovery_in_a_new_window(file_window, saved, make_window):
    w = file_window
    assert w.files.autosave_now() is None  # nothing to save yet
    w.doc.set_value(("summary",), "Typed before the crash")
    written = w.files.autosave_now()
    assert written == str(autosave_path(saved))
    assert w.files.autosave_now() is None  # only when something changed since
    # a crash: the window vanishes without saving or releasing anything but its lock
    w.files.session.release_lock()
    later = make_window()
    later.prompter.answers["restore"] = "restore"
    assert later.files.open_path(str(saved))
    assert later.prompter.kinds() == ["restore"]
    assert later.doc.brief.summary == "Typed before the crash"
    assert later.isWindowModified()  # restored work is not saved yet
    later.act_undo.trigger()  # the restore itself is one undoable step
    assert later.doc.brief.summary == "Bottom line."


def test_recovery_discard_deletes_it(file_window, saved, make_window):
    w = file_window
    w.doc.set_value(("summary",), "x")
    written = w.files.autosave_now()
    w.files.session.release_lock()
    later = make_window()
    later.prompter.answers["restore"] = "discard"
    later.files.open_path(str(saved))
    assert later.doc.brief.summary == "Bottom line." and not os.path.exists(written)


def test_recovery_later_keeps_the_changes_as_their_own_brief(file_window, saved, make_window):
    """"Later" must not let the next autosave overwrite what was offered."""
    w = file_window
    w.doc.set_value(("summary",), "Typed before the crash")
    written = w.files.autosave_now()
    w.files.session.release_lock()
    later = make_window()
    later.prompter.answers["restore"] = "later"
    later.files.open_path(str(saved))
    assert later.doc.brief.summary == "Bottom line."
    assert not os.path.exists(written)  # moved out of the way of new autosaves
    kept = list((Path(os.environ["BRIEFER_DATA_DIR"]) / "recovered").glob("*.brief"))
    assert len(kept) == 1 and load_brief(kept[0]).brief.summary == "Typed before the crash"
    later.doc.set_value(("summary",), "New work")
    later.files.autosave_now()
    assert load_brief(kept[0]).brief.summary == "Typed before the crash"


def test_untitled_brief_autosaves_and_is_offered_at_the_next_start(make_window):
    first = make_window()
    first.files.new_blank()
    first.doc.set_value(("title",), "Notes for the Minister")
    written = first.files.autosave_now()
    assert written and os.path.exists(written)
    second = make_window()
    second.files.new_blank()
    assert not second.files.offer_untitled_recoveries()  # the first window is alive: not a recovery
    assert second.prompter.kinds() == []
    first.files.session.release_untitled_lock()  # as if the first window's process had died
    second.prompter.answers["restore"] = "restore"
    assert second.files.offer_untitled_recoveries()
    assert second.doc.brief.title == "Notes for the Minister" and second.files.path is None
    assert second.isWindowModified()


_APP_THAT_AUTOSAVES_AN_UNTITLED_BRIEF = """
import briefer.gui
from PySide6.QtCore import QTimer
from briefer.gui.app import make_application, open_window

app = make_application([])
window = open_window()

def edit():
    window.files.doc.set_value(("title",), "Typed before the crash")
    print(window.files.autosave_now(), flush=True)

QTimer.singleShot(0, edit)
app.exec()
"""


@pytest.mark.skipif(sys.platform != "linux", reason="a zombie is told from a live process by /proc")
def test_the_first_relaunch_after_a_sigkill_offers_recovery(make_window):
    """The app is killed with SIGKILL right after an autosave; until its
    parent reaps it the dead process is a zombie, whose lock must not count
    as a live window's.  The next start offers the work and leaves no lock."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the test's own folders, from the isolation fixture
    child = subprocess.Popen(
        [sys.executable, "-c", _APP_THAT_AUTOSAVES_AN_UNTITLED_BRIEF], env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    try:
        written = Path(child.stdout.readline().strip())
        assert written.is_file()
        os.kill(child.pid, signal.SIGKILL)
        os.waitid(os.P_PID, child.pid, os.WEXITED | os.WNOWAIT)  # dead, not yet reaped
        w = make_window()
        w.files.new_blank()
        w.prompter.answers["restore_at_start"] = "discard"
        offer_recoveries_at_start(w)
        assert w.prompter.asked == [("restore_at_start", "Typed before the crash", None)]
        assert os.listdir(written.parent) == []  # neither the autosave nor the crashed app's lock is left
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


_APP_WITH_TWO_EDITED_BRIEFS = """
import sys
import briefer.gui
from PySide6.QtCore import QTimer
from briefer.gui.app import make_application, open_window

app = make_application([])
window = open_window(example=True)

def edit():
    window.files.doc.set_value(("title",), "Example edited before the crash")
    other = window.window_factory()
    assert other.files.open_path(sys.argv[1])
    other.show()
    other.files.doc.set_value(("summary",), "Call notes typed before the crash")
    print(window.files.autosave_now(), flush=True)
    print(other.files.autosave_now(), flush=True)

QTimer.singleShot(0, edit)
app.exec()
"""


def _crash_with_two_edited_briefs(call: Path) -> list[Path]:
    """A fresh app edits the untitled example and ``call`` (a saved brief),
    autosaves both, and is killed with SIGKILL."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-c", _APP_WITH_TWO_EDITED_BRIEFS, str(call)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    try:
        written = [Path(child.stdout.readline().strip()) for _ in range(2)]
        assert all(p.is_file() for p in written)
    finally:
        child.kill()
        child.wait()
        child.stdout.close()
    return written


def test_a_start_after_a_crash_offers_the_saved_brief_too(make_window, tmp_path):
    """Both the untitled example and a saved brief were edited when the app
    was killed: the next start offers both, naming the file, and each one
    restored opens in its own window; the file on disk is unchanged."""
    call = tmp_path / "call.brief"
    save_brief(call, Brief(title="Call with the Ambassador", summary="Saved summary."))
    before = call.read_bytes()
    _crash_with_two_edited_briefs(call)
    w = make_window()
    w.files.new_blank()
    w.prompter.answers["restore_at_start"] = "restore"
    others = []

    def new_window():
        other = make_window()
        others.append(other)
        return other

    w.window_factory = new_window
    assert offer_recoveries_at_start(w) == 2
    asked = sorted(q for q in w.prompter.asked if q[0] == "restore_at_start")
    assert asked == [
        ("restore_at_start", "Call with the Ambassador", str(call)),
        ("restore_at_start", "Example edited before the crash", None),
    ]
    windows = [w, *others]
    assert len(others) == 1
    by_path = {x.files.path: x for x in windows}
    restored_call = by_path[str(call)]
    assert restored_call.doc.brief.summary == "Call notes typed before the crash"
    assert restored_call.isWindowModified()
    assert by_path[None].doc.brief.title == "Example edited before the crash"
    assert call.read_bytes() == before  # restored, not saved behind the user's back
    restored_call.files.save()
    assert load_brief(call).brief.summary == "Call notes typed before the crash"


def test_recoveries_declined_at_start_are_kept_until_discarded(make_window, tmp_path):
    call = tmp_path / "call.brief"
    save_brief(call, Brief(title="Call with the Ambassador"))
    written = _crash_with_two_edited_briefs(call)
    first = make_window()
    first.files.new_blank()
    first.prompter.answers["restore_at_start"] = "later"
    first.window_factory = make_window
    assert offer_recoveries_at_start(first) == 0
    assert len(first.prompter.kinds()) == 2 and all(p.is_file() for p in written)
    assert first.doc.brief.title != "Example edited before the crash"
    second = make_window()  # the next start asks again
    second.files.new_blank()
    second.prompter.answers["restore_at_start"] = "discard"
    second.window_factory = make_window
    assert offer_recoveries_at_start(second) == 0
    assert len(second.prompter.kinds()) == 2
    assert not any(p.exists() for p in written)
    assert sorted(os.listdir(tmp_path)) == ["call.brief"]  # nor the crashed app's lock
    third = make_window()
    third.files.new_blank()
    third.window_factory = make_window
    assert offer_recoveries_at_start(third) == 0
    assert third.prompter.kinds() == []  # nothing left to offer
    assert find_recovery(call) is None


def test_a_saved_brief_open_in_a_live_window_is_not_offered_at_start(file_window, saved, make_window):
    file_window.doc.set_value(("summary",), "Being typed right now")
    assert file_window.files.autosave_now()
    w = make_window()
    w.files.new_blank()
    w.window_factory = make_window
    assert offer_recoveries_at_start(w) == 0
    assert w.prompter.kinds() == []


def test_autosave_timer_runs_every_minute(make_window):
    w = make_window()
    assert w.files.autosave_timer.isActive() and w.files.autosave_timer.interval() == 60_000


def test_file_open_elsewhere_warns_with_who_and_when(make_window, saved):
    lock = saved.parent / "meeting.brief.lock"
    since = dt.datetime(2025, 11, 10, 14, 2).astimezone()
    lock.write_bytes(LockInfo(user="alice", host="laptop-3-elsewhere", pid=4242, since=since, token="t").to_json())
    w = make_window()
    w.files.new_blank()
    w.prompter.answers["open_locked"] = False
    assert not w.files.open_path(str(saved))
    kind, name, holder = w.prompter.asked[-1]
    assert kind == "open_locked" and "alice" in holder and "laptop-3-elsewhere" in holder and "14:02" in holder
    assert w.files.path is None
    w.prompter.answers["open_locked"] = True
    assert w.files.open_path(str(saved))
    assert w.files.path == str(saved)
    assert json.loads(lock.read_text())["host"] != "laptop-3-elsewhere"  # ours now


@pytest.mark.parametrize(
    "content, words, advice",
    [
        (b'{"format": "briefer-brief", "version": 99, "brief": {"title": "x"}}', "newer", "latest version"),
        (b"not json at all", "JSON", "fresh copy"),
    ],
)
def test_unreadable_files_show_a_message_and_keep_the_open_brief(file_window, tmp_path, content, words, advice):
    bad = tmp_path / "bad.brief"
    bad.write_bytes(content)
    w = file_window
    w.doc.set_value(("title",), "Still here")
    assert not w.files.open_path(str(bad))
    kind, title, text, detail = w.prompter.asked[-1]
    assert kind == "error" and words in text and "bad.brief" in text and advice in detail
    assert w.doc.brief.title == "Still here" and w.files.path.endswith("meeting.brief")
    assert bad.read_bytes() == content


def test_open_asks_to_save_the_current_changes_first(file_window, tmp_path):
    other = tmp_path / "other.brief"
    save_brief(other, Brief(title="Other"))
    w = file_window
    w.doc.set_value(("title",), "Edited")
    w.prompter.answers["save_changes"] = "cancel"
    assert not w.files.open_path(str(other))
    assert w.doc.brief.title == "Edited"
    assert not (tmp_path / "other.brief.lock").exists()  # the new lock was given back


def test_revert_goes_back_to_the_saved_file(file_window):
    w = file_window
    w.doc.set_value(("title",), "Changed")
    w.act_revert.trigger()
    assert w.doc.brief.title == "Original title" and not w.isWindowModified()


def test_revert_is_enabled_only_with_unsaved_changes_to_a_saved_file(file_window, make_window):
    w = file_window
    assert not w.act_revert.isEnabled()  # just opened: nothing to revert
    w.doc.set_value(("title",), "Changed")
    assert w.act_revert.isEnabled()
    w.act_undo.trigger()
    assert not w.act_revert.isEnabled()  # back to the saved text
    w.doc.set_value(("title",), "Changed again")
    w.act_save.trigger()
    assert not w.act_revert.isEnabled()
    untitled = make_window()
    untitled.files.new_blank()
    untitled.doc.set_value(("title",), "Never saved")
    assert not untitled.act_revert.isEnabled()  # no saved version to go back to


def test_recent_files(file_window, saved):
    assert file_window.settings.recent_files()[0] == str(saved)
    file_window._fill_recent_menu()
    labels = [a.text() for a in file_window.recent_menu.actions()]
    assert any("meeting.brief" in t for t in labels)


def test_save_as_moves_the_lock(file_window, saved, tmp_path):
    w = file_window
    target = tmp_path / "copy.brief"
    w.doc.set_value(("summary",), "Edited, then saved under a new name")
    assert w.files.autosave_now() == str(autosave_path(saved))
    w.prompter.answers["save_path"] = str(target)
    assert w.files.save_as()
    assert not autosave_path(saved).exists()  # nothing left to "recover" under the old name
    assert target.exists() and (tmp_path / "copy.brief.lock").exists()
    assert not (tmp_path / "meeting.brief.lock").exists()
    assert "copy.brief" in w.windowTitle()


def _start_typing_in_a_cell(w, qtbot, text):
    """Open the Owner cell of the first risk and type, without pressing Enter."""
    from PySide6.QtWidgets import QApplication

    w.show_section("risks")
    table = w.editor("risks").list_editor.table
    model = table.model()
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Owner")
    index = model.index(0, column)
    table.setFocus()
    table.setCurrentIndex(index)
    table.edit(index)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table and QApplication.focusWidget() is not None)
    editor = QApplication.focusWidget()
    editor.selectAll()
    editor.insert(text)
    return table


def test_save_commits_a_cell_still_being_edited(file_window, saved, qtbot):
    w = file_window
    w.doc.insert_item(("risks",), 0, Risk(risk="Talks stall"))
    w.act_save.trigger()
    _start_typing_in_a_cell(w, qtbot, "Gulf desk")
    w.act_save.trigger()  # Ctrl+S with the cell editor still open
    assert load_brief(saved).brief.risks[0].owner == "Gulf desk"


def test_close_counts_a_cell_still_being_edited_as_a_change(file_window, saved, qtbot):
    w = file_window
    w.doc.insert_item(("risks",), 0, Risk(risk="Talks stall"))
    w.act_save.trigger()
    _start_typing_in_a_cell(w, qtbot, "Gulf desk")
    w.prompter.answers["save_changes"] = "save"
    assert w.close()
    assert ("save_changes", w.files.display_name) in w.prompter.asked
    assert load_brief(saved).brief.risks[0].owner == "Gulf desk"


def test_open_anyway_beside_a_live_window_here_leaves_its_lock(make_window, saved):
    """Two windows on this machine: the second opens unlocked, so the first
    window's lock keeps warning a third person while either is open."""
    first = make_window()
    assert first.files.open_path(str(saved))
    lock = saved.parent / "meeting.brief.lock"
    held_by_first = lock.read_bytes()
    second = make_window()
    second.prompter.answers["open_locked"] = True
    assert second.files.open_path(str(saved))
    assert lock.read_bytes() == held_by_first
    second.close()
    assert lock.read_bytes() == held_by_first  # closing the second leaves the first's lock
