"""Loading and saving brief files: what can go wrong on a real disk.

A user must never lose the file they had: whatever fails during a save (a
full disk, a read-only folder, a folder that vanished, a crash half-way
through writing), the old file is still there byte for byte and no temporary
file is left behind.  Every file that is not a brief is refused with one
sentence that names it.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from pathlib import Path

import pytest

from briefer.model import Brief, BriefFileError, brief_to_bytes
from briefer.model.fileformat import MAX_FILE_BYTES
from briefer.storage import SaveError, backup_path, load_brief, save_brief
from helpers.reads import CAN_COUNT_READS, bytes_read_during
from helpers.unprivileged import run_unprivileged

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    """A folder with one saved brief, ``meeting.brief``."""
    path = tmp_path / "meeting.brief"
    save_brief(path, Brief(title="Version one"))
    return path


def _listing(folder: Path) -> set[str]:
    return set(os.listdir(folder))


# --------------------------------------------------------------------------
# Round trip through real files
# --------------------------------------------------------------------------


def test_save_then_load_gives_an_equal_brief_and_saving_again_gives_identical_bytes(tmp_path: Path) -> None:
    original = load_brief(FIXTURES / "v2.brief").brief
    path = tmp_path / "copy.brief"
    save_brief(path, original)
    first = path.read_bytes()
    reloaded = load_brief(path).brief
    assert reloaded == original
    save_brief(path, reloaded)
    assert path.read_bytes() == first == (FIXTURES / "v2.brief").read_bytes()


def test_load_accepts_str_and_path(saved: Path) -> None:
    assert load_brief(str(saved)).brief.title == load_brief(saved).brief.title == "Version one"


def test_backup_holds_the_previous_version(saved: Path) -> None:
    v1 = saved.read_bytes()
    save_brief(saved, Brief(title="Version two"))
    assert backup_path(saved) == saved.with_name("meeting.brief.bak")
    assert backup_path(saved).read_bytes() == v1
    assert load_brief(saved).brief.title == "Version two"
    save_brief(saved, Brief(title="Version three"))
    assert load_brief(backup_path(saved)).brief.title == "Version two"


def test_first_save_makes_no_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.brief"
    save_brief(path, Brief(title="T"))
    assert _listing(tmp_path) == {"new.brief"}


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_keeps_the_file_permissions(saved: Path) -> None:
    saved.chmod(0o600)
    save_brief(saved, Brief(title="Version two"))
    assert saved.stat().st_mode & 0o777 == 0o600


# --------------------------------------------------------------------------
# Failing saves: the old file survives byte for byte, no temp file is left
# --------------------------------------------------------------------------


class _FailingFile:
    """A file that writes half of what it is given, then fails like a full disk."""

    def __init__(self, fh):  # noqa: ANN001
        self._fh = fh

    def write(self, data: bytes) -> int:
        self._fh.write(data[: len(data) // 2])
        self._fh.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __enter__(self) -> _FailingFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self._fh.close()

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._fh, name)


def test_a_failure_in_the_middle_of_writing_leaves_the_old_file_intact(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = saved.read_bytes()
    listing = _listing(saved.parent)
    real_fdopen = os.fdopen
    half_written: list[int] = []

    def failing_fdopen(fd: int, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        half_written.append(fd)
        return _FailingFile(real_fdopen(fd, *args, **kwargs))

    monkeypatch.setattr(os, "fdopen", failing_fdopen)
    with pytest.raises(SaveError) as info:
        save_brief(saved, Brief(title="Version two, much longer " * 50))
    assert half_written, "the simulated failure was not reached"
    assert "disk is full" in str(info.value) and "meeting.brief" in str(info.value)
    assert saved.read_bytes() == before
    assert _listing(saved.parent) == listing  # no temp file, no .bak of a failed save


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (PermissionError(errno.EACCES, "Permission denied"), "read-only"),
        (OSError(errno.EROFS, "Read-only file system"), "read-only"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
    ],
    ids=["eacces", "erofs", "enospc"],
)
def test_a_folder_where_no_file_can_be_created(
    saved: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, message: str
) -> None:
    before = saved.read_bytes()

    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise error

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(SaveError, match=message):
        save_brief(saved, Brief(title="Version two"))
    assert saved.read_bytes() == before
    assert _listing(saved.parent) == {"meeting.brief"}


@pytest.mark.parametrize(
    "error",
    [PermissionError(errno.EACCES, "Permission denied"), OSError(errno.ENOSPC, "No space left on device")],
    ids=["eacces", "enospc"],
)
def test_a_failing_replace_leaves_the_old_file_and_no_temp_file(
    saved: Path, monkeypatch: pytest.MonkeyPatch, error: OSError
) -> None:
    before = saved.read_bytes()

    def refuse(src, dst):  # noqa: ANN001, ANN202
        raise error

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(SaveError) as info:
        save_brief(saved, Brief(title="Version two"))
    assert "\n" not in str(info.value)
    assert saved.read_bytes() == before
    assert not [n for n in _listing(saved.parent) if n.endswith(".tmp")]


def test_a_full_disk_at_fsync_leaves_the_old_file(saved: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = saved.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SaveError, match="disk is full"):
        save_brief(saved, Brief(title="Version two"))
    assert saved.read_bytes() == before
    assert _listing(saved.parent) == {"meeting.brief"}


def test_saving_into_a_folder_that_is_gone(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="does not exist"):
        save_brief(tmp_path / "gone" / "x.brief", Brief(title="T"))


def test_saving_over_a_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "x.brief").mkdir()
    with pytest.raises(SaveError, match="folder"):
        save_brief(tmp_path / "x.brief", Brief(title="T"))


def _save_into_a_read_only_folder(folder: Path) -> None:
    saved = folder / "meeting.brief"
    save_brief(saved, Brief(title="Version one"))
    before = saved.read_bytes()
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="read-only"):
            save_brief(saved, Brief(title="Version two"))
    finally:
        folder.chmod(0o755)
    assert saved.read_bytes() == before


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_real_read_only_folder(tmp_path: Path) -> None:
    run_unprivileged(_save_into_a_read_only_folder, tmp_path)


# --------------------------------------------------------------------------
# Loading what is not a brief: one sentence naming the file
# --------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


BAD_CONTENT = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    "invalid-json": (b'{"format": "briefer-brief", "version": 1, "brief": {', "not valid JSON"),
    "wrong-envelope": (json.dumps({"title": "no envelope"}).encode(), "not a Briefer brief"),
    "newer-version": (
        json.dumps({"format": "briefer-brief", "version": 7, "brief": {"title": "T"}}).encode(),
        "format 7, this version reads up to 2",
    ),
    "invalid-utf8": (b'{"format": "briefer-brief", "brief": {"title": "caf\xe9"}}', "not UTF-8"),
    "empty": (b"  \n", "empty"),
    "missing-title": (
        json.dumps({"format": "briefer-brief", "version": 1, "brief": {"summary": "x"}}).encode(),
        "title: is required but missing",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CONTENT))
def test_bad_content_is_refused_naming_the_file(tmp_path: Path, case: str) -> None:
    data, message = BAD_CONTENT[case]
    path = _write(tmp_path, f"{case}.brief", data)
    with pytest.raises(BriefFileError) as info:
        load_brief(path)
    text = str(info.value)
    assert text.startswith(f"Could not open “{case}.brief”: ")
    assert message in text
    assert "\n" not in text
    assert info.value.path == os.fspath(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(BriefFileError, match="“nope.brief”: the file does not exist"):
        load_brief(tmp_path / "nope.brief")


def test_a_folder(tmp_path: Path) -> None:
    (tmp_path / "folder.brief").mkdir()
    with pytest.raises(BriefFileError, match="“folder.brief”: it is a folder"):
        load_brief(tmp_path / "folder.brief")


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symlinks")
def test_a_symlink_loop(tmp_path: Path) -> None:
    os.symlink("loop.brief", tmp_path / "loop.brief")
    with pytest.raises(BriefFileError, match="link loop"):
        load_brief(tmp_path / "loop.brief")


def _load_an_unreadable_file(folder: Path) -> None:
    saved = folder / "meeting.brief"
    save_brief(saved, Brief(title="Version one"))
    saved.chmod(0o000)
    try:
        with pytest.raises(BriefFileError, match="“meeting.brief”: you do not have permission to read it"):
            load_brief(saved)
    finally:
        saved.chmod(0o644)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_real_unreadable_file(tmp_path: Path) -> None:
    run_unprivileged(_load_an_unreadable_file, tmp_path)


@pytest.mark.skipif(not CAN_COUNT_READS, reason="counts reads with /proc/self/io")
def test_a_50_mb_file_is_refused_by_its_size_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.brief"
    with open(path, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: instant, takes no disk space
    load_brief(_write(tmp_path, "small.brief", brief_to_bytes(Brief(title="T"))))  # warm: imports read files too
    read, error = bytes_read_during(lambda: load_brief(path))
    assert isinstance(error, BriefFileError)
    assert "“huge.brief”: the file is 52.4 MB; a brief is at most 25 MB" in str(error)
    assert read < 1024 * 1024, f"{read} bytes read to refuse a 50 MB file"


def test_a_file_just_under_the_limit_is_read(tmp_path: Path) -> None:
    data = brief_to_bytes(Brief(title="T"))
    padded = data[:-2] + b" " * (MAX_FILE_BYTES - len(data)) + data[-2:]
    path = _write(tmp_path, "big.brief", padded)
    assert load_brief(path).brief.title == "T"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.brief")
    with pytest.raises(BriefFileError, match="not a regular file"):
        load_brief(tmp_path / "pipe.brief")


def test_every_problem_is_kept_for_the_cli(tmp_path: Path) -> None:
    data = json.dumps(
        {"format": "briefer-brief", "version": 1, "brief": {"title": "T", "participants": [{}, {"name": "\x07"}]}}
    ).encode()
    with pytest.raises(BriefFileError) as info:
        load_brief(_write(tmp_path, "two.brief", data))
    assert [p.path for p in info.value.problems] == ["participants[0].name", "participants[1].name"]
    assert "and 1 more problem" in str(info.value)


def test_backup_is_a_copy_where_the_filesystem_has_no_hard_links(tmp_path, monkeypatch):
    """Network shares and FAT drives refuse os.link: the .bak is copied instead."""
    import os

    from briefer.model import Brief
    from briefer.storage import backup_path, save_brief

    def no_links(*args, **kwargs):
        raise OSError(1, "links not supported here")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "b.brief"
    save_brief(path, Brief(title="First"))
    first = path.read_bytes()
    save_brief(path, Brief(title="Second"))
    assert backup_path(path).read_bytes() == first
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_brief_reached_through_a_symlink_keeps_one_lock_backup_and_autosave(tmp_path):
    from briefer.model import Brief
    from briefer.storage import BriefLock, FileLockedError, autosave_path, backup_path, save_brief

    real = tmp_path / "real.brief"
    link = tmp_path / "link.brief"
    save_brief(real, Brief(title="One"))
    link.symlink_to(real)
    save_brief(link, Brief(title="Two"), through_link=True)  # saving the brief opened through the link
    assert link.is_symlink() and backup_path(link) == backup_path(real) and backup_path(real).exists()
    assert autosave_path(link) == autosave_path(real)
    with BriefLock(real):
        import pytest

        with pytest.raises(FileLockedError):
            BriefLock(link).acquire()
