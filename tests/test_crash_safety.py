"""Crash safety: a save killed at any moment leaves the complete old or the
complete new brief on disk, and autosave brings back unsaved edits.

A child process (``os.fork``, so each trial costs milliseconds, not an
interpreter start) saves two large briefs A and B alternately to one path
in a loop; the test kills it with SIGKILL after a random (seeded) delay and
checks the file.  A few trials use a freshly started interpreter instead, so
nothing depends on fork.  The figures (trials, kills that interrupted a
write) are printed with ``-s`` and recorded in docs/reliability.md.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from briefer.model import AgendaItem, Brief, Participant, brief_to_bytes
from briefer.storage import (
    atomic_write,
    backup_path,
    find_recovery,
    list_untitled_recoveries,
    load_brief,
    save_brief,
    write_autosave,
)

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork and SIGKILL")

SEED = 20251110
FORK_TRIALS = 150
SPAWN_TRIALS = 4


def _big_brief(tag: str) -> Brief:
    """About 1.5 MB on disk, so that a save takes a few milliseconds."""
    para = f"{tag}: " + " ".join(f"word{i}-{tag}" for i in range(2000))
    return Brief(
        title=f"Brief {tag}",
        summary="\n\n".join([para] * 40),
        agenda=[AgendaItem(item=f"{tag} item {i} — ملف 简报", time="10:00") for i in range(2000)],
        participants=[Participant(name=f"{tag} person {i}", bio=para[:500]) for i in range(50)],
    )


A, B = _big_brief("A"), _big_brief("B")
A_BYTES, B_BYTES = brief_to_bytes(A), brief_to_bytes(B)


def _save_forever(path: Path, chunked: bool) -> None:
    """The child: save B, A, B, A … until killed.  Never returns.

    ``chunked``: write the bytes ``save_brief`` would write through the same
    ``atomic_write(keep_backup=True)``, in 16 kB pieces, so that most of the
    child's time is spent writing (in ``save_brief`` most of it goes to
    serialising, and a kill there proves little)."""
    try:
        i = 0
        while True:
            if chunked:
                data = B_BYTES if i % 2 == 0 else A_BYTES
                with atomic_write(os.fspath(path), keep_backup=True) as fh:
                    for start in range(0, len(data), 16 * 1024):
                        fh.write(data[start : start + 16 * 1024])
                        fh.flush()
            else:
                save_brief(path, B if i % 2 == 0 else A)
            i += 1
    finally:
        os._exit(0)


def _leftover_temps(folder: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p.name.endswith(".tmp")]


def _check(path: Path) -> None:
    data = path.read_bytes()
    assert data in (A_BYTES, B_BYTES), f"damaged file: {len(data)} bytes"


def _backup_whole(path: Path) -> bool:
    bak = backup_path(path)
    return not bak.exists() or bak.read_bytes() in (A_BYTES, B_BYTES)


@dataclass
class Trials:
    runs: int = 0
    interrupted: int = 0  # kills that left a temporary file: a write was under way
    damaged_files: int = 0
    damaged_backups: int = 0
    seen_a: int = 0
    seen_b: int = 0
    one_save_ms: float = 0.0


@pytest.fixture(scope="module")
def fork_trials(tmp_path_factory: pytest.TempPathFactory) -> Trials:
    """Run the SIGKILL trials once; the tests below look at different parts."""
    rng = random.Random(SEED)
    folder = tmp_path_factory.mktemp("crash")
    path = folder / "meeting.brief"
    save_brief(path, A)
    started = time.perf_counter()
    save_brief(path, A)
    one_save = time.perf_counter() - started
    t = Trials(one_save_ms=one_save * 1000)
    for trial in range(FORK_TRIALS):
        chunked = trial % 3 != 0  # two thirds chunked writes, one third whole save_brief calls
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            _save_forever(path, chunked)
        time.sleep(rng.uniform(0, 1.5 * one_save))
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL
        t.runs += 1
        data = path.read_bytes()
        t.damaged_files += data not in (A_BYTES, B_BYTES)
        t.seen_a += data == A_BYTES
        t.seen_b += data == B_BYTES
        if not _backup_whole(path):
            t.damaged_backups += 1
            save_brief(path, A)  # start the next trial from whole files
        temps = _leftover_temps(folder)
        t.interrupted += bool(temps)
        for tmp in temps:  # what the app's next save would leave behind; keep the folder small
            tmp.unlink()
    assert load_brief(path).brief in (A, B)
    print(
        f"\ncrash safety: {t.runs} SIGKILL trials, {t.interrupted} interrupted a write, "
        f"{t.damaged_files} damaged files, {t.damaged_backups} damaged backups "
        f"(one save {t.one_save_ms:.1f} ms, {len(A_BYTES) / 1e6:.1f} MB)"
    )
    return t


def test_sigkill_during_saves_leaves_old_or_new_file(fork_trials: Trials) -> None:
    t = fork_trials
    assert t.runs == FORK_TRIALS
    assert t.damaged_files == 0
    assert t.seen_a > 0 and t.seen_b > 0, "both outcomes should happen"
    assert t.interrupted >= FORK_TRIALS // 4, "the kills should often land in the middle of a write"


def _kill_half_way_through_copies() -> None:
    """In a child: any file copy writes half its bytes, then the process is
    SIGKILLed: a crash exactly while a copy is under way.  Hard links are
    refused, as on filesystems without them, so the backup is a copy."""
    import shutil

    def no_links(*args: object, **kw: object) -> None:
        raise OSError(1, "links not supported here")

    os.link = no_links

    def half_then_die(fsrc, fdst, *args: object, **kw: object) -> None:  # noqa: ANN001
        data = fsrc.read()
        fdst.write(data[: len(data) // 2])
        fdst.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    shutil._fastcopy_sendfile = half_then_die  # type: ignore[attr-defined]  # noqa: SLF001
    shutil.copyfileobj = half_then_die


def test_sigkill_while_the_backup_is_copied_leaves_a_whole_backup(tmp_path: Path) -> None:
    path = tmp_path / "meeting.brief"
    save_brief(path, A)
    save_brief(path, B)  # meeting.brief = B, meeting.brief.bak = A
    assert backup_path(path).read_bytes() == A_BYTES

    def save_and_die_mid_copy() -> None:
        _kill_half_way_through_copies()
        save_brief(path, A)

    _crash_after(save_and_die_mid_copy)
    assert path.read_bytes() == B_BYTES  # the brief itself is always whole
    assert _backup_whole(path)


def test_random_kills_never_damaged_a_backup(fork_trials: Trials) -> None:
    assert fork_trials.damaged_backups == 0, f"{fork_trials.damaged_backups}/{fork_trials.runs} trials"


CHILD = textwrap.dedent(
    """
    import sys
    from briefer.model import brief_from_bytes
    from briefer.storage import save_brief
    path, a, b = sys.argv[1:4]
    briefs = [brief_from_bytes(open(p, "rb").read()).brief for p in (b, a)]
    print("ready", flush=True)
    i = 0
    while True:
        save_brief(path, briefs[i % 2])
        i += 1
    """
)


def test_sigkill_of_a_fresh_interpreter_during_saves(tmp_path: Path) -> None:
    rng = random.Random(SEED + 1)
    path = tmp_path / "meeting.brief"
    (tmp_path / "a.src").write_bytes(A_BYTES)
    (tmp_path / "b.src").write_bytes(B_BYTES)
    save_brief(path, A)
    for _ in range(SPAWN_TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(tmp_path / "a.src"), str(tmp_path / "b.src")],
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.01, 0.15))
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.stdout.close()
        _check(path)
        if not _backup_whole(path):
            save_brief(path, A)  # counted by the fork trials; start again from whole files
    assert load_brief(path).brief in (A, B)


# --------------------------------------------------------------------------
# Autosave and recovery after a crash
# --------------------------------------------------------------------------


def _crash_after(action) -> None:  # noqa: ANN001
    """Run ``action`` in a child that then dies by SIGKILL (no clean-up,
    no save on exit: what a power cut or a crash looks like)."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            action()
        finally:
            os.kill(os.getpid(), signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def test_autosave_recovery_brings_back_unsaved_edits(tmp_path: Path) -> None:
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="Kushner–Netanyahu", summary="As saved."))
    saved_bytes = path.read_bytes()

    def edit_autosave_then_crash() -> None:
        brief = load_brief(path).brief
        brief.summary = "Edited tonight, never saved: عباس 简报."
        brief.risks = [{"risk": "New risk typed before the crash", "owner": "Desk"}]
        time.sleep(0.01)  # the autosave is newer than the file
        write_autosave(brief, path)

    _crash_after(edit_autosave_then_crash)
    assert path.read_bytes() == saved_bytes  # the file itself was not touched
    info = find_recovery(path)
    assert info is not None
    assert info.loaded.brief.summary == "Edited tonight, never saved: عباس 简报."
    assert info.loaded.brief.risks[0].risk == "New risk typed before the crash"
    # once the user saves the recovered brief, the autosave is no longer offered
    save_brief(path, info.loaded.brief)
    assert find_recovery(path) is None


def test_untitled_brief_recovered_after_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "data"))
    _crash_after(lambda: write_autosave(Brief(title="Never saved anywhere", summary="Only in memory."), None, "u1"))
    [info] = list_untitled_recoveries()
    assert info.untitled_id == "u1"
    assert info.loaded.brief.summary == "Only in memory."


def test_sigkill_during_autosaves_keeps_a_whole_autosave(tmp_path: Path) -> None:
    rng = random.Random(SEED + 2)
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="On disk"))
    time.sleep(0.01)
    write_autosave(A, path)
    auto = path.with_name(path.name + ".autosave")
    for _ in range(30):
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child
            try:
                while True:
                    write_autosave(B, path)
                    write_autosave(A, path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        assert auto.read_bytes() in (A_BYTES, B_BYTES)
        info = find_recovery(path)
        assert info is not None and info.loaded.brief in (A, B)
