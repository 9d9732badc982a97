"""The file side of one open brief, without Qt (``storage.session``): open
with its lock, save with ``.bak``, save as, revert, the autosave tick,
recovery after a crash, and letting go on close."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefer.model import Brief
from briefer.storage import (
    BriefLock,
    BriefSession,
    FileLockedError,
    LockInfo,
    SaveError,
    autosave_path,
    backup_path,
    find_recovery,
    load_brief,
    save_brief,
)
from briefer.storage.lock import pid_alive


@pytest.fixture
def data_folder(user_folders) -> Path:  # noqa: ANN001 - conftest.UserFolders
    """This test's own data folder (untitled autosaves)."""
    return user_folders.data


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="Saved version", summary="Bottom line."))
    return path


def open_session(path: Path) -> tuple[BriefSession, Brief]:
    session = BriefSession()
    loaded = session.read(str(path))
    session.adopt(str(path), session.lock_for_open(str(path)))
    return session, loaded.brief


def lock_file(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def test_open_holds_the_lock_and_close_releases_it(saved: Path) -> None:
    session, brief = open_session(saved)
    assert brief.title == "Saved version" and session.lock_held
    with pytest.raises(FileLockedError) as caught:
        BriefSession.lock_for_open(str(saved))  # a second window is told
    assert caught.value.info.pid == os.getpid()
    session.let_go(modified=False)
    assert not lock_file(saved).exists()


def test_open_anyway_takes_over_another_machines_lock_but_not_a_live_local_one(saved: Path) -> None:
    import datetime as dt

    elsewhere = LockInfo(user="alice", host="laptop-3-elsewhere", pid=4242, since=dt.datetime(2025, 11, 10, 14, 2), token="t")
    lock_file(saved).write_bytes(elsewhere.to_json())
    with pytest.raises(FileLockedError):
        BriefSession.lock_for_open(str(saved))
    lock = BriefSession.lock_for_open(str(saved), anyway=True)
    assert lock.held and b"laptop-3-elsewhere" not in lock_file(saved).read_bytes()
    first_bytes = lock_file(saved).read_bytes()
    second = BriefSession.lock_for_open(str(saved), anyway=True)  # beside a live one here
    assert not second.held and lock_file(saved).read_bytes() == first_bytes
    lock.release()


def test_save_writes_the_file_keeps_a_backup_and_drops_the_autosave(saved: Path) -> None:
    session, brief = open_session(saved)
    edited = brief.model_copy(update={"summary": "Typed today"})
    session.note_edit()
    written = session.autosave_tick(edited, modified=True).written
    assert written == autosave_path(saved) and written.exists()
    session.save(edited)
    assert load_brief(saved).brief.summary == "Typed today"
    assert load_brief(backup_path(saved)).brief.summary == "Bottom line."
    assert not written.exists() and find_recovery(saved) is None


def test_a_failed_save_changes_nothing(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.storage.session as session_module

    def full_disk(path: object, brief: Brief) -> None:
        raise SaveError("Could not save “meeting.brief”: the disk is full.")

    session, brief = open_session(saved)
    monkeypatch.setattr(session_module, "save_brief", full_disk)
    with pytest.raises(SaveError):
        session.save(brief.model_copy(update={"summary": "Lost?"}))
    assert session.path == str(saved) and session.lock_held
    assert load_brief(saved).brief.summary == "Bottom line."


def test_save_as_moves_the_lock_and_forgets_the_old_autosave(saved: Path, tmp_path: Path) -> None:
    session, brief = open_session(saved)
    session.note_edit()
    old_autosave = session.autosave_tick(brief, modified=True).written
    target = tmp_path / "copy.brief"
    session.save_as(brief, str(target))
    assert session.path == str(target) and session.lock_held
    assert lock_file(target).exists() and not lock_file(saved).exists()
    assert old_autosave is not None and not old_autosave.exists()
    assert load_brief(target).brief == brief


def test_save_as_onto_a_brief_open_elsewhere_is_refused(saved: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.brief"
    save_brief(other, Brief(title="Someone else's"))
    with BriefLock(other):
        session, brief = open_session(saved)
        with pytest.raises(FileLockedError):
            session.save_as(brief, str(other))
        assert session.path == str(saved) and load_brief(other).brief.title == "Someone else's"


def test_untitled_save_as_removes_the_untitled_autosave_and_its_lock(tmp_path: Path) -> None:
    session = BriefSession()
    session.adopt(None)
    brief = Brief(title="Notes for the Minister")
    session.note_edit()
    autosave = session.autosave_tick(brief, modified=True).written
    assert autosave is not None and lock_file(autosave).exists()
    session.save_as(brief, str(tmp_path / "notes.brief"))
    assert not autosave.exists() and not lock_file(autosave).exists()


def test_revert_reads_the_saved_version_and_drops_the_autosave(saved: Path) -> None:
    session, brief = open_session(saved)
    session.note_edit()
    written = session.autosave_tick(brief.model_copy(update={"summary": "Unwanted"}), modified=True).written
    assert session.revert().brief.summary == "Bottom line."
    assert written is not None and not written.exists() and session.lock_held


def test_the_autosave_tick_writes_only_new_unsaved_edits(saved: Path) -> None:
    session, brief = open_session(saved)
    assert session.autosave_tick(brief, modified=False).written is None
    session.note_edit()
    assert session.autosave_tick(brief, modified=False).written is None  # undone back to the saved text
    session.note_edit()
    assert session.autosave_tick(brief, modified=True).written is not None
    assert session.autosave_tick(brief, modified=True).written is None  # nothing new since


def test_a_failing_autosave_is_reported_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import briefer.storage.session as session_module

    def fails(*args: object) -> Path:
        raise SaveError("Could not autosave: the disk is full.")

    monkeypatch.setattr(session_module, "write_autosave", fails)
    session = BriefSession()
    session.adopt(None)
    brief = Brief(title="x")
    errors = []
    for _ in range(3):
        session.note_edit()
        errors.append(session.autosave_tick(brief, modified=True).error)
    assert errors == ["Could not autosave: the disk is full.", None, None]


def test_recovery_of_a_saved_brief_after_a_crash(saved: Path) -> None:
    crashed, brief = open_session(saved)
    crashed.note_edit()
    crashed.autosave_tick(brief.model_copy(update={"summary": "Typed before the crash"}), modified=True)
    crashed.release_lock()  # the process died; its lock is stale
    later, _ = open_session(saved)
    info = later.recovery()
    assert info is not None and info.loaded.brief.summary == "Typed before the crash"
    kept = later.set_aside_recovery(info, "meeting.brief")
    assert load_brief(kept).brief.summary == "Typed before the crash" and later.recovery() is None


def test_a_live_sessions_untitled_autosave_is_not_a_recovery() -> None:
    live = BriefSession()
    live.adopt(None)
    live.note_edit()
    live.autosave_tick(Brief(title="Still being typed"), modified=True)
    other = BriefSession()
    assert other.untitled_recoveries() == []
    assert live.untitled_recoveries() == []  # nor its own


def test_discarding_an_untitled_recovery_leaves_no_files(data_folder: Path) -> None:
    crashed = BriefSession()
    crashed.adopt(None)
    crashed.note_edit()
    written = crashed.autosave_tick(Brief(title="Typed before the crash"), modified=True).written
    assert written is not None
    _as_if_its_process_died(lock_file(written))
    later = BriefSession()
    [info] = later.untitled_recoveries()
    later.discard_recovery(info)
    assert os.listdir(data_folder / "autosave") == []


def _as_if_its_process_died(lock: Path) -> None:
    """Give a lock file a token no live process holds (what a crashed
    process leaves behind)."""
    info = LockInfo.from_json(lock.read_bytes())
    assert info is not None
    info.token = "from-a-crashed-run"
    lock.write_bytes(info.to_json())


_CRASHING_SESSION = textwrap.dedent(
    """
    import sys, time
    from briefer.model import Brief
    from briefer.storage import BriefSession
    session = BriefSession()
    session.adopt(None)
    session.note_edit()
    print(session.autosave_tick(Brief(title="Typed before the crash"), modified=True).written, flush=True)
    time.sleep(600)
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="a zombie is told from a live process by /proc")
def test_an_untitled_autosave_is_offered_as_soon_as_its_process_is_killed(data_folder: Path) -> None:
    """SIGKILL a real process: it is a zombie until its parent reaps it, and
    a zombie must not count as a live window holding the autosave."""
    child = subprocess.Popen([sys.executable, "-c", _CRASHING_SESSION], stdout=subprocess.PIPE, text=True)
    try:
        written = Path(child.stdout.readline().strip())
        assert written.exists() and lock_file(written).exists()
        os.kill(child.pid, signal.SIGKILL)
        _wait_until_exited(child.pid)  # exited, not reaped: as when the first relaunch comes quickly
        assert not pid_alive(child.pid)
        found = BriefSession().untitled_recoveries()
        assert [r.loaded.brief.title for r in found] == ["Typed before the crash"]
        assert not lock_file(written).exists()  # the crashed session's lock is not left behind
    finally:
        child.kill()
        child.wait()
        child.stdout.close()


def _wait_until_exited(pid: int) -> None:
    """Block until ``pid`` has exited, without reaping it (``waitid`` with
    ``WNOWAIT``)."""
    os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)


def test_a_restored_untitled_brief_goes_on_autosaving_to_the_same_file_and_holds_it(data_folder: Path) -> None:
    crashed = BriefSession()
    crashed.adopt(None)
    crashed.note_edit()
    written = crashed.autosave_tick(Brief(title="Typed before the crash"), modified=True).written
    assert written is not None
    _as_if_its_process_died(lock_file(written))
    restored = BriefSession()
    [info] = restored.untitled_recoveries()
    restored.adopt(None)
    restored.continue_untitled(info)
    assert BriefSession().untitled_recoveries() == []  # live again: a third instance does not offer it
    restored.note_edit()
    assert restored.autosave_tick(Brief(title="Typed after the restore"), modified=True).written == written
