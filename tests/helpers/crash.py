"""Crash scenarios for ``tests/test_crash_safety.py``, run in a fresh
interpreter (``python tests/helpers/crash.py COMMAND ARGS…``), never in the
pytest process: that process may have Qt threads running, and ``os.fork``
of it is unsafe.

The trial commands fork savers from *this* fresh, Qt-free interpreter (so a
trial costs milliseconds, not an interpreter start), SIGKILL them after a
seeded random delay, check the file and print the counts as JSON.  The
``*-then-crash`` commands do one thing and then SIGKILL themselves: no
clean-up, no save on exit, what a power cut or a crash looks like.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import sys
import time
from pathlib import Path

from briefer.model import AgendaItem, Brief, Participant, brief_to_bytes
from briefer.storage import atomic_write, backup_path, find_recovery, load_brief, save_brief, write_autosave


def big_brief(tag: str) -> Brief:
    """About 1.5 MB on disk, so that a save takes a few milliseconds."""
    para = f"{tag}: " + " ".join(f"word{i}-{tag}" for i in range(2000))
    return Brief(
        title=f"Brief {tag}",
        summary="\n\n".join([para] * 40),
        agenda=[AgendaItem(item=f"{tag} item {i} — ملف 简报", time="10:00") for i in range(2000)],
        participants=[Participant(name=f"{tag} person {i}", bio=para[:500]) for i in range(50)],
    )


A, B = big_brief("A"), big_brief("B")
A_BYTES, B_BYTES = brief_to_bytes(A), brief_to_bytes(B)
SCRIPT = Path(__file__).resolve()


def backup_whole(path: Path) -> bool:
    bak = backup_path(path)
    return not bak.exists() or bak.read_bytes() in (A_BYTES, B_BYTES)


def _save_forever(path: Path, chunked: bool) -> None:
    """A forked saver: save B, A, B, A … until killed.  Never returns.

    ``chunked``: write the bytes ``save_brief`` would write through the same
    ``atomic_write(keep_backup=True)``, in 16 kB pieces, so that most of the
    saver's time is spent writing (in ``save_brief`` most of it goes to
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


def _fork_and_kill(rng: random.Random, longest_s: float, work) -> None:  # noqa: ANN001
    pid = os.fork()
    if pid == 0:  # the saver
        try:
            work()
        finally:
            os._exit(0)
    time.sleep(rng.uniform(0, longest_s))  # when the kill lands, not the order of file times
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def save_trials(folder: Path, seed: int, trials: int) -> dict:
    """SIGKILL savers of one brief at random moments; count the outcomes."""
    rng = random.Random(seed)
    path = folder / "meeting.brief"
    save_brief(path, A)
    started = time.perf_counter()
    save_brief(path, A)
    one_save = time.perf_counter() - started
    t = {"runs": 0, "interrupted": 0, "damaged_files": 0, "damaged_backups": 0, "seen_a": 0, "seen_b": 0,
         "one_save_ms": one_save * 1000, "brief_mb": len(A_BYTES) / 1e6}
    for trial in range(trials):
        chunked = trial % 3 != 0  # two thirds chunked writes, one third whole save_brief calls
        _fork_and_kill(rng, 1.5 * one_save, lambda: _save_forever(path, chunked))
        t["runs"] += 1
        data = path.read_bytes()
        t["damaged_files"] += data not in (A_BYTES, B_BYTES)
        t["seen_a"] += data == A_BYTES
        t["seen_b"] += data == B_BYTES
        if not backup_whole(path):
            t["damaged_backups"] += 1
            save_brief(path, A)  # start the next trial from whole files
        temps = [p for p in folder.iterdir() if p.name.endswith(".tmp")]
        t["interrupted"] += bool(temps)  # a write was under way
        for tmp in temps:  # what the app's next save would leave behind; keep the folder small
            tmp.unlink()
    t["loads_whole"] = load_brief(path).brief in (A, B)
    return t


def autosave_trials(folder: Path, seed: int, trials: int) -> dict:
    """SIGKILL autosavers at random moments; count whole autosaves."""
    rng = random.Random(seed)
    path = folder / "meeting.brief"
    save_brief(path, Brief(title="On disk"))
    old = os.stat(path).st_mtime_ns - 60 * 10**9
    os.utime(path, ns=(old, old))  # every autosave is newer than the file
    write_autosave(A, path)
    auto = path.with_name(path.name + ".autosave")

    def autosave_forever() -> None:
        while True:
            write_autosave(B, path)
            write_autosave(A, path)

    t = {"runs": 0, "whole_autosaves": 0, "recovered": 0}
    for _ in range(trials):
        _fork_and_kill(rng, 0.03, autosave_forever)
        t["runs"] += 1
        t["whole_autosaves"] += auto.read_bytes() in (A_BYTES, B_BYTES)
        info = find_recovery(path)
        t["recovered"] += info is not None and info.loaded.brief in (A, B)
    return t


def _kill_half_way_through_copies() -> None:
    """Any file copy from now on writes half its bytes, then the process is
    SIGKILLed: a crash exactly while a copy is under way.  Hard links are
    refused, as on filesystems without them, so the backup is a copy."""

    def no_links(*args: object, **kw: object) -> None:
        raise OSError(1, "links not supported here")

    def half_then_die(fsrc, fdst, *args: object, **kw: object) -> None:  # noqa: ANN001
        data = fsrc.read()
        fdst.write(data[: len(data) // 2])
        fdst.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    os.link = no_links
    shutil._fastcopy_sendfile = half_then_die  # type: ignore[attr-defined]  # noqa: SLF001
    shutil.copyfileobj = half_then_die


def save_then_crash_mid_copy(path: Path) -> None:
    _kill_half_way_through_copies()
    save_brief(path, A)


def autosave_edits_then_crash(path: Path) -> None:
    brief = load_brief(path).brief
    brief.summary = "Edited tonight, never saved: عباس 简报."
    brief.risks = [{"risk": "New risk typed before the crash", "owner": "Desk"}]
    write_autosave(brief, path)


def autosave_untitled_then_crash() -> None:
    write_autosave(Brief(title="Never saved anywhere", summary="Only in memory."), None, "u1")


TRIALS = {"save-trials": save_trials, "autosave-trials": autosave_trials}
CRASHES = {
    "save-then-crash-mid-copy": save_then_crash_mid_copy,
    "autosave-edits-then-crash": autosave_edits_then_crash,
    "autosave-untitled-then-crash": autosave_untitled_then_crash,
}


def main(argv: list[str]) -> None:
    command, args = argv[0], argv[1:]
    if command in TRIALS:
        folder, seed, trials = Path(args[0]), int(args[1]), int(args[2])
        print(json.dumps(TRIALS[command](folder, seed, trials)), flush=True)
        return
    CRASHES[command](*(Path(a) for a in args))
    os.kill(os.getpid(), signal.SIGKILL)  # an exception above exits with 1 instead


if __name__ == "__main__":
    main(sys.argv[1:])
