"""Hostile file systems: read-only folders, a full disk, files that change
under an open brief, names in any script, a missing autosave folder.

Exact outcomes: a :class:`SaveError` sentence that says what happened and
what to do, with the file on disk untouched (byte for byte) and no
temporary file left; or a save/load/export that works.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

import briefer.storage.atomic as atomic
from briefer.export import ExportCancelled
from helpers.exporting import export_to
from briefer.model import Brief
from briefer.storage import (
    SaveError,
    backup_path,
    find_recovery,
    list_untitled_recoveries,
    load_brief,
    save_brief,
    write_autosave,
)
from helpers import docx_text, pdf_text

from helpers.unprivileged import run_unprivileged

from .conftest import run_cli

OLD = Brief(title="The old version", summary="Typed last week.")
NEW = Brief(title="The new version", summary="Typed tonight.")


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    path = tmp_path / "meeting.brief"
    save_brief(path, OLD)
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(os.listdir(folder))


def _fail_mkstemp(err: int):  # noqa: ANN202
    def fake(*args: object, **kw: object) -> None:
        raise OSError(err, os.strerror(err))

    return fake


# --------------------------------------------------------------------------
# Read-only folder and full disk
# --------------------------------------------------------------------------


@pytest.mark.parametrize("err", [errno.EACCES, errno.EROFS], ids=["no-permission", "read-only-fs"])
def test_save_into_a_read_only_folder_simulated(saved: Path, monkeypatch: pytest.MonkeyPatch, err: int) -> None:
    before, listing = saved.read_bytes(), _listing(saved.parent)
    monkeypatch.setattr(tempfile, "mkstemp", _fail_mkstemp(err))
    with pytest.raises(SaveError) as info:
        save_brief(saved, NEW)
    assert str(info.value).startswith("Could not save “meeting.brief”: the folder ")
    assert "read-only or you lack permission. Save to another folder." in str(info.value)
    assert saved.read_bytes() == before and _listing(saved.parent) == listing


def _save_into_a_read_only_folder(folder: Path) -> None:
    saved = folder / "meeting.brief"
    save_brief(saved, OLD)
    before, listing = saved.read_bytes(), _listing(folder)
    folder.chmod(0o555)
    try:
        with pytest.raises(SaveError, match="read-only or you lack permission"):
            save_brief(saved, NEW)
    finally:
        folder.chmod(0o755)
    assert saved.read_bytes() == before and _listing(folder) == listing


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_save_into_a_read_only_folder_real(tmp_path: Path) -> None:
    """As a user to whom permissions apply (root writes into any folder)."""
    run_unprivileged(_save_into_a_read_only_folder, tmp_path)


@pytest.mark.parametrize("where", ["write", "fsync"])
def test_save_on_a_full_disk_simulated(saved: Path, monkeypatch: pytest.MonkeyPatch, where: str) -> None:
    before = saved.read_bytes()
    bak_before = backup_path(saved).read_bytes() if backup_path(saved).exists() else None
    listing = _listing(saved.parent)

    def enospc(*args: object, **kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "fsync":
        monkeypatch.setattr(atomic.os, "fsync", enospc)
    else:
        real_fdopen = os.fdopen

        class FullDisk:
            def __init__(self, fh) -> None:  # noqa: ANN001
                self._fh = fh

            def write(self, data: bytes) -> int:
                self._fh.write(data[: len(data) // 2])
                enospc()
                return 0

            def __getattr__(self, name: str):  # noqa: ANN204
                return getattr(self._fh, name)

            def __enter__(self):  # noqa: ANN204
                return self

            def __exit__(self, *exc: object) -> None:
                self._fh.close()

        monkeypatch.setattr(atomic.os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(SaveError) as info:
        save_brief(saved, NEW)
    assert str(info.value) == (
        "Could not save “meeting.brief”: the disk is full. Free some space or save to another drive; your work is still open."
    )
    assert saved.read_bytes() == before
    assert (backup_path(saved).read_bytes() if backup_path(saved).exists() else None) == bak_before
    assert _listing(saved.parent) == listing  # no temporary file left behind


def test_export_on_a_full_disk_keeps_the_previous_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "brief.pdf"
    export_to(OLD, target, "pdf")
    before = target.read_bytes()

    def enospc(*args: object, **kw: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", enospc)
    for fmt, name in (("pdf", "brief.pdf"), ("docx", "brief.docx")):
        with pytest.raises(SaveError, match="the disk is full"):
            export_to(NEW, tmp_path / name, fmt)
    assert target.read_bytes() == before
    assert _listing(tmp_path) == ["brief.pdf"]


def test_export_into_a_read_only_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tempfile, "mkstemp", _fail_mkstemp(errno.EACCES))
    with pytest.raises(SaveError, match="brief.docx.*read-only or you lack permission"):
        export_to(NEW, tmp_path / "brief.docx", "docx")
    assert _listing(tmp_path) == []


def test_cancelled_export_keeps_the_previous_export(tmp_path: Path) -> None:
    target = tmp_path / "brief.pdf"
    export_to(OLD, target, "pdf")
    before = target.read_bytes()
    with pytest.raises(ExportCancelled):
        export_to(NEW, target, "pdf", cancel=lambda: True)
    assert target.read_bytes() == before and _listing(tmp_path) == ["brief.pdf"]


def test_save_into_a_folder_that_vanished(tmp_path: Path) -> None:
    folder = tmp_path / "usb-stick"
    folder.mkdir()
    path = folder / "meeting.brief"
    folder.rmdir()
    with pytest.raises(SaveError, match="does not exist. Choose another folder."):
        save_brief(path, NEW)


def test_save_over_a_folder(tmp_path: Path) -> None:
    (tmp_path / "meeting.brief").mkdir()
    with pytest.raises(SaveError, match="it is a folder. Choose a file name."):
        save_brief(tmp_path / "meeting.brief", NEW)


# --------------------------------------------------------------------------
# The file changes while the brief is open
# --------------------------------------------------------------------------


def test_file_deleted_while_open_is_recreated_on_save(saved: Path) -> None:
    brief = load_brief(saved).brief
    saved.unlink()
    brief.summary = "Edited after the file was deleted."
    save_brief(saved, brief)
    assert load_brief(saved).brief.summary == "Edited after the file was deleted."


def test_file_replaced_while_open_the_replacement_survives_as_backup(saved: Path) -> None:
    brief = load_brief(saved).brief
    theirs = Brief(title="A colleague's version")
    other = saved.with_name("incoming.brief")
    save_brief(other, theirs)
    os.replace(other, saved)  # e.g. a sync client puts a new copy in place
    replaced_bytes = saved.read_bytes()
    brief.summary = "My edit."
    save_brief(saved, brief)
    assert load_brief(saved).brief.summary == "My edit."
    assert backup_path(saved).read_bytes() == replaced_bytes  # their text is not lost


def test_file_replaced_by_garbage_while_open_save_still_works(saved: Path) -> None:
    brief = load_brief(saved).brief
    saved.write_bytes(b"\x00\x01garbage")
    save_brief(saved, brief)
    assert load_brief(saved).brief == brief
    assert backup_path(saved).read_bytes() == b"\x00\x01garbage"


# --------------------------------------------------------------------------
# Names in any script
# --------------------------------------------------------------------------


def test_path_with_spaces_and_non_latin_characters(tmp_path: Path) -> None:
    folder = tmp_path / "x" / "Dossiers מסמכים"
    folder.mkdir(parents=True)
    path = folder / "Brief ملف 简报.brief"
    brief = Brief(title="Brief ملف 简报", summary="Saved under a name in three scripts.")
    save_brief(path, brief)
    assert load_brief(path).brief == brief
    save_brief(path, brief)
    assert backup_path(path).exists()
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        out = path.with_suffix(f".{fmt}")
        export_to(brief, out, fmt)
        assert "Saved under a name in three scripts." in read(out).replace("\n", " ")
    result = run_cli("validate", str(path))
    assert result.code == 0, result.stderr
    assert result.stdout.startswith(f"{path}: ") and "brief “Brief ملف 简报”" in result.stdout


# --------------------------------------------------------------------------
# Autosave
# --------------------------------------------------------------------------


def test_autosave_folder_missing_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "not" / "there" / "yet"
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(data))
    assert not data.exists()
    path = write_autosave(NEW, None, "f00d")
    assert path.parent == data / "autosave" and path.exists()
    [info] = list_untitled_recoveries()
    assert info.untitled_id == "f00d" and info.loaded.brief == NEW


def test_autosave_folder_that_cannot_be_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(blocker))
    with pytest.raises(SaveError, match="Could not create the autosave folder"):
        write_autosave(NEW, None, "f00d")


def test_autosave_beside_a_file_in_a_vanished_folder(tmp_path: Path) -> None:
    folder = tmp_path / "gone"
    folder.mkdir()
    path = folder / "meeting.brief"
    folder.rmdir()
    written = write_autosave(NEW, path)  # the folder is gone: the data folder takes it
    assert written.exists() and folder not in written.parents
    found = find_recovery(path)
    assert found is not None and found.loaded.brief == NEW
