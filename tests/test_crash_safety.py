"""Crash safety: a save killed at any moment leaves the complete old or the
complete new brief on disk, and autosave brings back unsaved edits.

Every crash happens in a fresh interpreter (``tests/helpers/crash.py``),
never in a fork of the pytest process, which may have Qt threads running.
In the trials, that fresh process forks savers that save two large briefs A
and B alternately to one path and kills each with SIGKILL after a random
(seeded) delay, then checks the file (so each trial costs milliseconds, not
an interpreter start).  A few trials kill a freshly started interpreter
instead, so nothing depends on fork.  The figures (trials, kills that
interrupted a write) are printed with ``-s`` and recorded in
docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from briefer.model import Brief
from briefer.storage import backup_path, find_recovery, list_untitled_recoveries, load_brief, save_brief
from helpers.crash import A, A_BYTES, B_BYTES, SCRIPT, B, backup_whole

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork and SIGKILL"),
]

SEED = 20251110
FORK_TRIALS = 150
SPAWN_TRIALS = 4
AUTOSAVE_TRIALS = 30


def _trials(command: str, folder: Path, seed: int, trials: int) -> dict:
    out = subprocess.run(
        [sys.executable, str(SCRIPT), command, str(folder), str(seed), str(trials)],
        capture_output=True, text=True, timeout=600,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def _crash(command: str, *paths: Path) -> None:
    """Run one ``*-then-crash`` scenario of helpers/crash.py; it must end by SIGKILL."""
    out = subprocess.run([sys.executable, str(SCRIPT), command, *map(str, paths)], capture_output=True, text=True, timeout=120)
    assert out.returncode == -signal.SIGKILL, f"exit {out.returncode}: {out.stderr}"


@pytest.fixture(scope="module")
def save_trials(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Run the SIGKILL trials once; the tests below look at different parts."""
    t = _trials("save-trials", tmp_path_factory.mktemp("crash"), SEED, FORK_TRIALS)
    print(
        f"\ncrash safety: {t['runs']} SIGKILL trials, {t['interrupted']} interrupted a write, "
        f"{t['damaged_files']} damaged files, {t['damaged_backups']} damaged backups "
        f"(one save {t['one_save_ms']:.1f} ms, {t['brief_mb']:.1f} MB)"
    )
    return t


def test_sigkill_during_saves_leaves_old_or_new_file(save_trials: dict) -> None:
    t = save_trials
    assert t["runs"] == FORK_TRIALS
    assert t["damaged_files"] == 0
    assert t["loads_whole"]
    assert t["seen_a"] > 0 and t["seen_b"] > 0, "both outcomes should happen"
    assert t["interrupted"] >= FORK_TRIALS // 4, "the kills should often land in the middle of a write"


def test_random_kills_never_damaged_a_backup(save_trials: dict) -> None:
    assert save_trials["damaged_backups"] == 0, f"{save_trials['damaged_backups']}/{save_trials['runs']} trials"


def test_sigkill_while_the_backup_is_copied_leaves_a_whole_backup(tmp_path: Path) -> None:
    path = tmp_path / "meeting.brief"
    save_brief(path, A)
    save_brief(path, B)  # meeting.brief = B, meeting.brief.bak = A
    assert backup_path(path).read_bytes() == A_BYTES
    _crash("save-then-crash-mid-copy", path)  # saving A dies half-way through copying the backup
    assert path.read_bytes() == B_BYTES  # the brief itself is always whole
    assert backup_whole(path)


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
        time.sleep(rng.uniform(0.01, 0.15))  # when the kill lands
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
        child.stdout.close()
        assert path.read_bytes() in (A_BYTES, B_BYTES), "damaged file"
        if not backup_whole(path):
            save_brief(path, A)  # counted by the save trials; start again from whole files
    assert load_brief(path).brief in (A, B)


# --------------------------------------------------------------------------
# Autosave and recovery after a crash
# --------------------------------------------------------------------------


def test_autosave_recovery_brings_back_unsaved_edits(tmp_path: Path) -> None:
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="Kushner–Netanyahu", summary="As saved."))
    old = path.stat().st_mtime_ns - 60 * 10**9
    os.utime(path, ns=(old, old))  # the autosave to come is newer than the file
    saved_bytes = path.read_bytes()
    _crash("autosave-edits-then-crash", path)
    assert path.read_bytes() == saved_bytes  # the file itself was not touched
    info = find_recovery(path)
    assert info is not None
    assert info.loaded.brief.summary == "Edited tonight, never saved: عباس 简报."
    assert info.loaded.brief.risks[0].risk == "New risk typed before the crash"
    # once the user saves the recovered brief, the autosave is no longer offered
    save_brief(path, info.loaded.brief)
    assert find_recovery(path) is None


def test_untitled_brief_recovered_after_a_crash() -> None:
    _crash("autosave-untitled-then-crash")  # into $BRIEFER_DATA_DIR, which the child inherits
    [info] = list_untitled_recoveries()
    assert info.untitled_id == "u1"
    assert info.loaded.brief.summary == "Only in memory."


def test_sigkill_during_autosaves_keeps_a_whole_autosave(tmp_path: Path) -> None:
    t = _trials("autosave-trials", tmp_path, SEED + 2, AUTOSAVE_TRIALS)
    assert t == {"runs": AUTOSAVE_TRIALS, "whole_autosaves": AUTOSAVE_TRIALS, "recovered": AUTOSAVE_TRIALS}
