"""The lock file (who has a brief open) and autosave/recovery.

A second window must be told the brief is open elsewhere and by whom; a lock
left by a crash must never keep the user out; an autosave newer than the file
is offered back, a damaged one is ignored but kept.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefer.model import Brief, brief_to_bytes
from briefer.storage import (
    BriefLock,
    FileLockedError,
    LockInfo,
    autosave_path,
    data_dir,
    discard_autosave,
    find_recovery,
    discard_autosaves_of,
    list_saved_recoveries,
    list_untitled_recoveries,
    save_brief,
    write_autosave,
)
from briefer.storage.lock import pid_alive


@pytest.fixture
def data_folder(user_folders) -> Path:
    return user_folders.data


@pytest.fixture
def brief_path(tmp_path: Path) -> Path:
    path = tmp_path / "docs" / "meeting.brief"
    path.parent.mkdir()
    save_brief(path, Brief(title="Saved version"))
    return path


@pytest.fixture
def lock(brief_path: Path) -> Iterator[BriefLock]:
    lk = BriefLock(brief_path)
    yield lk
    lk.release()


def _write_lock(brief_path: Path, **fields: object) -> Path:
    info = {"user": "bob", "host": socket.gethostname(), "pid": 1, "since": "2025-11-25T14:02:00+00:00"}
    info.update(fields)
    path = brief_path.with_name(brief_path.name + ".lock")
    path.write_text(json.dumps(info))
    return path


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    assert not pid_alive(proc.pid)
    return proc.pid


# --------------------------------------------------------------------------
# Lock
# --------------------------------------------------------------------------


def test_acquire_writes_who_and_when_and_release_removes_it(lock: BriefLock, brief_path: Path) -> None:
    lock.acquire()
    assert lock.held
    lock_file = brief_path.with_name("meeting.brief.lock")
    data = json.loads(lock_file.read_text())
    assert data["pid"] == os.getpid() and data["host"] == socket.gethostname()
    assert data["user"] and dt.datetime.fromisoformat(data["since"]).tzinfo is not None
    lock.release()
    assert not lock.held and not lock_file.exists()


def test_a_second_opener_is_told_who_has_it(lock: BriefLock, brief_path: Path) -> None:
    lock.acquire()
    other = BriefLock(brief_path)
    holder = other.holder()
    assert holder is not None and holder.pid == os.getpid()
    with pytest.raises(FileLockedError) as info:
        other.acquire()
    assert info.value.info.pid == os.getpid()
    assert "“meeting.brief” is already opened by " in str(info.value)
    assert not other.held


def test_a_lock_held_by_another_live_process_is_refused_then_forced(brief_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        _write_lock(brief_path, user="alice", pid=proc.pid)
        lk = BriefLock(brief_path)
        assert lk.holder() is not None and lk.holder().user == "alice"
        with pytest.raises(FileLockedError) as info:
            lk.acquire()
        assert info.value.info.user == "alice"
        lk.acquire(force=True)
        assert lk.held and lk.holder().pid == os.getpid()
        lk.release()
    finally:
        proc.kill()
        proc.wait()


def test_a_stale_lock_from_a_crashed_process_is_taken_over_silently(brief_path: Path, lock: BriefLock) -> None:
    _write_lock(brief_path, pid=_dead_pid())
    assert lock.holder() is None
    lock.acquire()
    assert lock.held


def test_a_lock_with_our_pid_from_an_earlier_run_is_stale(brief_path: Path, lock: BriefLock) -> None:
    """pid 1 in a container is reused by every run: the token tells them apart."""
    _write_lock(brief_path, pid=os.getpid(), token="from-an-earlier-run")
    assert lock.holder() is None
    lock.acquire()
    assert lock.held


@pytest.mark.parametrize("garbage", [b"", b"\x00\xff junk", b"{}", b'{"user": 1, "host": "h", "pid": "x"}', b"[]"])
def test_a_garbage_lock_file_is_taken_over(brief_path: Path, lock: BriefLock, garbage: bytes) -> None:
    brief_path.with_name("meeting.brief.lock").write_bytes(garbage)
    assert lock.holder() is None
    lock.acquire()
    assert lock.held


def test_a_lock_from_another_host_is_respected(brief_path: Path, lock: BriefLock) -> None:
    _write_lock(brief_path, host="laptop-3", pid=_dead_pid())
    with pytest.raises(FileLockedError, match="on laptop-3"):
        lock.acquire()


def test_release_leaves_a_lock_that_is_no_longer_ours(brief_path: Path, lock: BriefLock) -> None:
    lock.acquire()
    lock_file = _write_lock(brief_path, host="laptop-3", user="alice")  # someone forced it
    lock.release()
    assert lock_file.exists()


def test_context_manager(brief_path: Path) -> None:
    with BriefLock(brief_path) as lk:
        assert lk.held and BriefLock(brief_path).holder() is not None
    assert BriefLock(brief_path).holder() is None
    assert not brief_path.with_name("meeting.brief.lock").exists()


def test_a_read_only_folder_opens_unlocked(brief_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)
    lk = BriefLock(brief_path)
    lk.acquire()  # no exception: the user can still read their brief
    assert not lk.held


def test_describe_reads_like_a_sentence() -> None:
    since = dt.datetime.now().replace(month=11, day=25, hour=14, minute=2)
    info = LockInfo(user="alice", host="laptop-3", pid=42, since=since)
    assert info.describe() == "opened by alice on laptop-3 since 14:02 on 25 Nov"
    older = LockInfo(user="alice", host="laptop-3", pid=42, since=since.replace(year=2020))
    assert older.describe().endswith("25 Nov 2020")


# --------------------------------------------------------------------------
# Autosave and recovery
# --------------------------------------------------------------------------


def _age(path: Path, seconds: float) -> None:
    """Make ``path`` look ``seconds`` older."""
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns - int(seconds * 1e9)))


def test_autosave_lives_beside_the_file(brief_path: Path) -> None:
    assert autosave_path(brief_path) == brief_path.with_name("meeting.brief.autosave")
    assert autosave_path(str(brief_path)) == brief_path.with_name("meeting.brief.autosave")


def test_untitled_autosave_lives_in_the_data_folder(data_folder: Path) -> None:
    assert data_dir() == data_folder
    path = autosave_path(None, "abc123")
    assert path == data_folder / "autosave" / "untitled-abc123.brief.autosave"
    assert path.parent.is_dir()


@pytest.mark.parametrize("bad", [None, "", "../escape", "a/b", "x" * 65])
def test_untitled_needs_a_safe_id(bad: str | None) -> None:
    with pytest.raises(ValueError):
        autosave_path(None, bad)


def test_write_autosave_writes_brief_bytes_atomically(brief_path: Path) -> None:
    brief = Brief(title="Unsaved edits")
    path = write_autosave(brief, brief_path)
    assert path.read_bytes() == brief_to_bytes(brief)
    assert sorted(os.listdir(brief_path.parent)) == ["meeting.brief", "meeting.brief.autosave"]


def test_a_newer_autosave_is_offered(brief_path: Path) -> None:
    _age(brief_path, 60)
    write_autosave(Brief(title="Unsaved edits"), brief_path)
    found = find_recovery(brief_path)
    assert found is not None
    assert found.loaded.brief.title == "Unsaved edits"
    assert found.path == brief_path.with_name("meeting.brief.autosave")
    assert abs((dt.datetime.now().astimezone() - found.saved_at).total_seconds()) < 30


def test_an_autosave_older_than_the_file_is_not_offered(brief_path: Path) -> None:
    auto = write_autosave(Brief(title="Old edits"), brief_path)
    _age(auto, 60)
    assert find_recovery(brief_path) is None


def test_no_autosave_no_recovery(brief_path: Path) -> None:
    assert find_recovery(brief_path) is None


def test_an_autosave_whose_file_is_gone_is_offered(tmp_path: Path) -> None:
    path = tmp_path / "deleted.brief"
    write_autosave(Brief(title="Only copy"), path)
    found = find_recovery(path)
    assert found is not None and found.loaded.brief.title == "Only copy"


def test_a_damaged_autosave_is_ignored_and_kept(brief_path: Path) -> None:
    _age(brief_path, 60)
    auto = autosave_path(brief_path)
    auto.write_bytes(b'{"format": "briefer-brief", "version": 1, "brief": {"ti')
    assert find_recovery(brief_path) is None
    assert auto.exists()


def test_untitled_recoveries_newest_first_skipping_damaged(data_folder: Path) -> None:
    older = write_autosave(Brief(title="Older"), None, "one")
    _age(older, 120)
    write_autosave(Brief(title="Newer"), None, "two")
    autosave_path(None, "bad").write_bytes(b"junk")
    (data_folder / "autosave" / "unrelated.txt").write_text("x")
    found = list_untitled_recoveries()
    assert [(r.untitled_id, r.loaded.brief.title) for r in found] == [("two", "Newer"), ("one", "Older")]


def test_no_data_folder_no_untitled_recoveries() -> None:
    assert list_untitled_recoveries() == []


def test_a_saved_briefs_autosave_is_found_at_start_without_opening_it(brief_path: Path, tmp_path: Path) -> None:
    """Beside the brief, where no start looks: a note in the data folder leads to it."""
    _age(brief_path, 60)
    write_autosave(Brief(title="Unsaved edits"), brief_path)
    (found,) = list_saved_recoveries()
    assert found.brief_path == brief_path and found.loaded.brief.title == "Unsaved edits"
    with BriefLock(brief_path):  # open in a live window: not a recovery
        assert list_saved_recoveries() == []
    other = tmp_path / "other.brief"  # an autosave without a note is offered when its brief opens, not at start
    save_brief(other, Brief(title="Other"))
    _age(other, 60)
    other.with_name("other.brief.autosave").write_bytes(brief_to_bytes(Brief(title="Other, edited")))
    assert [r.loaded.brief.title for r in list_saved_recoveries()] == ["Unsaved edits"]
    discard_autosaves_of(brief_path)  # saved or discarded: no autosave and no note
    assert list_saved_recoveries() == []
    notes = [p for p in (data_dir() / "autosave").iterdir() if p.suffix == ".where"]
    assert notes == []


def test_a_note_whose_autosave_went_another_way_is_dropped(brief_path: Path) -> None:
    _age(brief_path, 60)
    auto = write_autosave(Brief(title="Unsaved edits"), brief_path)
    auto.unlink()  # e.g. set aside as a brief of its own
    assert list_saved_recoveries() == []
    assert [p for p in (data_dir() / "autosave").iterdir() if p.suffix == ".where"] == []


def test_discard_autosave(brief_path: Path) -> None:
    auto = write_autosave(Brief(title="x"), brief_path)
    discard_autosave(auto)
    assert not auto.exists()
    discard_autosave(auto)  # already gone: fine


def test_autosave_falls_back_to_the_data_folder_when_the_briefs_folder_fails(tmp_path, monkeypatch):
    """Exactly when a save fails (folder read-only or gone), the autosave
    must still land somewhere, and recovery must find it."""
    import shutil

    from briefer.model import Brief
    from briefer.storage import discard_autosaves_of, find_recovery, save_brief, write_autosave
    from briefer.storage.autosave import fallback_autosave_path

    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "m.brief"
    save_brief(path, Brief(title="Saved"))
    shutil.rmtree(folder)  # the share went offline
    written = write_autosave(Brief(title="Typed since"), path)
    assert written == fallback_autosave_path(path) and written.exists()
    folder.mkdir()
    save_brief(path, Brief(title="Saved"))
    import os
    import time

    os.utime(path, (time.time() - 60, time.time() - 60))  # the autosave is newer than the file
    found = find_recovery(path)
    assert found is not None and found.loaded.brief.title == "Typed since"
    discard_autosaves_of(path)
    assert find_recovery(path) is None
