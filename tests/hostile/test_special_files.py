"""Issue 11, item 5: special files where Briefer reads.

A FIFO never has a writer, so a plain ``open()`` waits forever; a link to
``/dev/zero`` has ``st_size`` 0 and never ends.  Every file Briefer reads
goes through one reader (:func:`briefer.storage.safe_read.read_limited`):
non-blocking open, ``fstat`` that it is a regular file, a byte limit.
Cases that hung run in a subprocess with a timeout, so a regression fails
instead of hanging the suite.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefer.model import Brief, brief_to_bytes
from briefer.storage.safe_read import FileTooLargeError, NotRegularFileError, read_head, read_limited

from .conftest import run_cli

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")

TEMPLATE_DIR_ENV = "BRIEFER_TEAM_TEMPLATES"


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    config, team = tmp_path / "config", tmp_path / "team"
    (config / "templates").mkdir(parents=True)
    team.mkdir()
    monkeypatch.setenv("BRIEFER_CONFIG_DIR", str(config))
    monkeypatch.setenv(TEMPLATE_DIR_ENV, str(team))
    return config, team


@pytest.fixture
def brief_file(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.brief"
    path.write_bytes(brief_to_bytes(Brief(title="Meeting")))
    return path


def _run_python(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=dict(os.environ))


# -- the reader itself ------------------------------------------------------


def test_the_reader_refuses_a_fifo_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = _run_python(
        "import sys\n"
        "from briefer.storage.safe_read import read_limited, NotRegularFileError\n"
        f"try:\n    read_limited({str(fifo)!r}, 1000)\n"
        "except NotRegularFileError as e:\n    print(e.strerror)\n"
    )
    assert done.stdout.strip() == "it is a pipe (FIFO), not a regular file", done.stderr


def test_the_reader_refuses_a_link_to_the_zero_device(tmp_path: Path) -> None:
    link = tmp_path / "zero"
    link.symlink_to("/dev/zero")
    with pytest.raises(NotRegularFileError, match="a device"):
        read_limited(link, 1000)


def test_the_reader_refuses_any_link_when_told_not_to_follow_links(tmp_path: Path) -> None:
    target = tmp_path / "secret.txt"
    target.write_bytes(b"private")
    link = tmp_path / "p-1.person"
    link.symlink_to(target)
    assert read_limited(link, 1000) == b"private"
    with pytest.raises(NotRegularFileError, match="it is a symbolic link, not a regular file"):
        read_limited(link, 1000, follow_links=False)
    assert read_limited(target, 1000, follow_links=False) == b"private"


def test_the_reader_stops_at_its_limit(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"x" * 1001)
    assert read_limited(big, 1001) == b"x" * 1001
    with pytest.raises(FileTooLargeError):
        read_limited(big, 1000)
    assert read_head(big, 10) == b"x" * 10
    zero = tmp_path / "zero"
    zero.symlink_to("/dev/zero")
    with pytest.raises(NotRegularFileError):
        read_head(zero, 10)


# -- templates and settings -------------------------------------------------


@pytest.mark.parametrize("command", ["templates", "new", "export", "validate"])
def test_a_fifo_template_in_the_team_folder_hangs_no_command(
    folders: tuple[Path, Path], brief_file: Path, tmp_path: Path, command: str
) -> None:
    _config, team = folders
    os.mkfifo(team / "trap.brieftemplate")
    args = {
        "templates": ["templates"],
        "new": ["new", "-o", str(tmp_path / "new.brief"), "--template", "bilateral"],
        "export": ["export", str(brief_file), "-o", str(tmp_path / "out.pdf")],
        "validate": ["validate", str(brief_file)],
    }[command]
    result = run_cli(*args, timeout=60)
    assert result.code == 0, result.stderr
    if command == "templates":
        assert "trap.brieftemplate: skipped: it is a pipe (FIFO), not a regular file" in result.stderr


def test_a_template_linked_to_the_zero_device_is_skipped(folders: tuple[Path, Path]) -> None:
    _config, team = folders
    (team / "zero.brieftemplate").symlink_to("/dev/zero")
    result = run_cli("templates", timeout=60)
    assert result.code == 0, result.stderr
    assert "zero.brieftemplate: skipped: it is a device, not a regular file" in result.stderr


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_special_settings_file_is_ignored(folders: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    config, _team = folders
    monkeypatch.delenv(TEMPLATE_DIR_ENV)  # the settings file names the team folder then
    settings = config / "settings.json"
    if kind == "fifo":
        os.mkfifo(settings)
    else:
        settings.symlink_to("/dev/zero")
    result = run_cli("templates", timeout=60)
    assert result.code == 0, result.stderr
    assert "bilateral" in result.stdout


# -- lock files ---------------------------------------------------------------


@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_special_lock_file_counts_as_stale(brief_file: Path, kind: str) -> None:
    lock = brief_file.with_name(brief_file.name + ".lock")
    if kind == "fifo":
        os.mkfifo(lock)
    else:
        lock.symlink_to("/dev/zero")
    done = _run_python(
        "from briefer.storage import BriefLock\n"
        f"lock = BriefLock({str(brief_file)!r})\n"
        "print(lock.holder())\n"
        "lock.acquire()\n"
        "print(lock.held)\n"
        "lock.release()\n"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["None", "True"]
    assert not os.path.lexists(lock)  # the stale one was replaced by ours, then released
