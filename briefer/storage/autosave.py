"""Autosave and recovery: what the GUI writes every few minutes and offers
back after a crash.

A saved brief ``kushner.brief`` autosaves to ``kushner.brief.autosave``
beside it (same folder, so it travels with the file and needs no global
registry).  An untitled brief has no folder yet, so it autosaves to the
user data folder: ``<data>/autosave/untitled-<id>.brief.autosave``, where
``<data>`` is ``$BRIEFER_DATA_DIR`` if set (tests and CI set it so they never
touch the real home folder), else platformdirs' user data dir for "Briefer".

An autosave has the bytes of a `.brief` file and is written atomically, so a
crash during an autosave leaves the previous autosave whole.  On open,
:func:`find_recovery` offers the autosave only when it is newer than the file
and loads cleanly; a damaged autosave is ignored but never deleted (the user
may still want to dig text out of it).

A saved brief's autosave lives beside the brief, where a start of the app
would never look; so each one also leaves a note in the data folder
(``<data>/autosave/saved-<digest>.where``, the brief's real path), and
:func:`list_saved_recoveries` offers them all at start.  The note goes when
the autosave does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from briefer.model.brief import Brief
from briefer.model.fileformat import BriefFileError, LoadedBrief

from .atomic import SaveError, atomic_write
from .files import bytes_to_save, load_brief
from .lock import BriefLock

AUTOSAVE_SUFFIX = ".autosave"
UNTITLED_PREFIX = "untitled-"
_UNTITLED_SUFFIX = ".brief" + AUTOSAVE_SUFFIX
_ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass
class RecoveryInfo:
    """An autosave that holds newer work than the file it belongs to."""

    path: Path
    saved_at: dt.datetime  # local time, timezone-aware
    loaded: LoadedBrief
    untitled_id: str | None = None  # set for an untitled brief's autosave
    brief_path: Path | None = None  # set for a saved brief's autosave found at start


def data_dir() -> Path:
    """Briefer's user data folder (``$BRIEFER_DATA_DIR`` wins)."""
    override = os.environ.get("BRIEFER_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("Briefer", appauthor=False))


def untitled_autosave_dir() -> Path:
    return data_dir() / "autosave"


def autosave_path(brief_path: str | os.PathLike[str] | None, untitled_id: str | None = None) -> Path:
    """Where the autosave of a brief lives.

    ``NAME.brief.autosave`` beside a saved brief; for an untitled brief
    (``brief_path`` None) ``untitled-<id>.brief.autosave`` in the user data
    folder, which is created if missing.  ``untitled_id`` is letters, digits,
    ``-`` and ``_`` only (e.g. ``uuid4().hex``).
    """
    if brief_path is not None:
        p = Path(os.path.realpath(os.fspath(brief_path)))  # beside the real file, like the .bak
        return p.with_name(p.name + AUTOSAVE_SUFFIX)
    if not untitled_id or not _ID_RE.fullmatch(untitled_id):
        raise ValueError(f"an untitled brief needs an id of letters, digits, - and _, not {untitled_id!r}")
    folder = untitled_autosave_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise SaveError(f"Could not create the autosave folder {folder}: {e.strerror or e}.") from e
    return folder / f"{UNTITLED_PREFIX}{untitled_id}{_UNTITLED_SUFFIX}"


def fallback_autosave_path(brief_path: str | os.PathLike[str]) -> Path:
    """Where a saved brief's autosave goes when its own folder cannot take
    it (read-only, gone, an offline share): the user data folder, under a
    name unique to the brief's real path."""
    real = os.path.realpath(os.fspath(brief_path))
    digest = hashlib.sha1(real.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    short = os.fsencode(Path(real).name)[:100].decode("utf-8", "ignore")  # room for the rest in 255 bytes
    return untitled_autosave_dir() / f"{short}-{digest}{AUTOSAVE_SUFFIX}"


def _autosave_candidates(brief_path: str | os.PathLike[str]) -> list[Path]:
    return [autosave_path(brief_path), fallback_autosave_path(brief_path)]


def write_autosave(
    brief: Brief, brief_path: str | os.PathLike[str] | None, untitled_id: str | None = None
) -> Path:
    """Write the autosave of ``brief`` atomically and return its path.

    A saved brief's autosave goes beside it; when that folder cannot be
    written — exactly when saving failed too — it goes to the user data
    folder instead (:func:`fallback_autosave_path`), where
    :func:`find_recovery` also looks.  Raises :class:`SaveError` (one
    sentence) only if neither can be written.
    """
    target = autosave_path(brief_path, untitled_id)
    data = bytes_to_save(brief, target, "autosave")
    try:
        with atomic_write(os.fspath(target), action="autosave") as fh:
            fh.write(data)
    except SaveError:
        if brief_path is None:
            raise
        fallback = fallback_autosave_path(brief_path)
        try:
            fallback.parent.mkdir(parents=True, exist_ok=True)
        except OSError:
            raise SaveError(f"Could not autosave “{target.name}” beside the brief or in {fallback.parent}.") from None
        with atomic_write(os.fspath(fallback), action="autosave") as fh:
            fh.write(data)
        _leave_note(brief_path)
        return fallback
    if brief_path is not None:
        discard_autosave(fallback_autosave_path(brief_path))  # superseded
        _leave_note(brief_path)
    return target


def _saved_at(st: os.stat_result) -> dt.datetime:
    return dt.datetime.fromtimestamp(st.st_mtime).astimezone()


def _recover(path: Path, untitled_id: str | None = None) -> RecoveryInfo | None:
    try:
        st = path.stat()
        loaded = load_brief(path)
    except (OSError, BriefFileError):
        return None
    return RecoveryInfo(path=path, saved_at=_saved_at(st), loaded=loaded, untitled_id=untitled_id)


def find_recovery(brief_path: str | os.PathLike[str]) -> RecoveryInfo | None:
    """The autosave of ``brief_path`` if it is newer than the file and loads.

    A missing brief file counts as older than any autosave.  A damaged
    autosave gives None and is left on disk.
    """
    try:
        file_mtime = os.stat(brief_path).st_mtime_ns
    except OSError:
        file_mtime = -1
    newest: tuple[int, Path] | None = None
    for auto in _autosave_candidates(brief_path):  # beside the brief, or the fallback
        try:
            auto_mtime = auto.stat().st_mtime_ns
        except OSError:
            continue
        if auto_mtime > file_mtime and (newest is None or auto_mtime > newest[0]):
            newest = (auto_mtime, auto)
    return _recover(newest[1]) if newest else None


def discard_autosaves_of(brief_path: str | os.PathLike[str]) -> None:
    """Delete a saved brief's autosave, wherever it was written."""
    for auto in _autosave_candidates(brief_path):
        discard_autosave(auto)
    discard_autosave(_note_path(brief_path))


_NOTE_PREFIX, _NOTE_SUFFIX = "saved-", ".where"


def _note_path(brief_path: str | os.PathLike[str]) -> Path:
    real = os.path.realpath(os.fspath(brief_path))
    digest = hashlib.sha1(real.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return untitled_autosave_dir() / f"{_NOTE_PREFIX}{digest}{_NOTE_SUFFIX}"


def _leave_note(brief_path: str | os.PathLike[str]) -> None:
    """Note in the data folder that ``brief_path`` has an autosave.  Best
    effort: without the note the autosave is still offered when the brief is
    opened."""
    note = _note_path(brief_path)
    if note.exists():
        return
    real = os.path.realpath(os.fspath(brief_path))
    with contextlib.suppress(OSError, SaveError):
        note.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(os.fspath(note), action="autosave") as fh:
            fh.write(real.encode("utf-8", "surrogateescape"))


def list_saved_recoveries() -> list[RecoveryInfo]:
    """Autosaves of saved briefs newer than their file, newest first: those
    noted in the data folder.  A brief a live window has open (it holds the
    brief's lock) is left out.  A note whose autosave is gone is removed,
    unless the brief's folder is missing (an offline share may come back); so
    is a note that cannot be read as a path (a NUL byte, bad bytes).

    Only the notes are read: no recent file is looked at, as a start must not
    wait on a network share that is unreachable.  Autosaves written before
    the notes existed have no note; they are offered, as before, when their
    brief is opened."""
    folder = untitled_autosave_dir()
    try:
        names = sorted(os.listdir(folder))
    except OSError:
        names = []
    found: dict[str, RecoveryInfo] = {}
    for name in names:
        if not (name.startswith(_NOTE_PREFIX) and name.endswith(_NOTE_SUFFIX)):
            continue
        note = folder / name
        try:
            real = os.path.realpath(os.fsdecode(note.read_bytes()))
            if real in found:
                continue
            info = find_recovery(real)
            if info is None:
                gone = not any(c.exists() for c in _autosave_candidates(real))
                if gone and os.path.isdir(os.path.dirname(real)):
                    discard_autosave(note)
                continue
            if BriefLock(real).holder() is not None:
                continue  # open in a live window, which autosaves it
        except ValueError:  # not a path: nothing can ever be found through it
            discard_autosave(note)
            continue
        except OSError:  # unreadable for now (permissions, an odd file system): asked again next start
            continue
        info.brief_path = Path(real)
        found[real] = info
    return sorted(found.values(), key=lambda r: r.saved_at, reverse=True)


def list_untitled_recoveries() -> list[RecoveryInfo]:
    """Autosaves of untitled briefs that load, newest first; those a live
    window is still writing (it holds their lock) are not recoveries."""

    folder = untitled_autosave_dir()
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    found = []
    for name in names:
        if not (name.startswith(UNTITLED_PREFIX) and name.endswith(_UNTITLED_SUFFIX)):
            continue
        ident = name[len(UNTITLED_PREFIX) : -len(_UNTITLED_SUFFIX)]
        if BriefLock(folder / name).holder() is not None:
            continue
        info = _recover(folder / name, ident)
        if info is not None:
            found.append(info)
    found.sort(key=lambda r: r.saved_at, reverse=True)
    return found


def discard_autosave(path: str | os.PathLike[str]) -> None:
    """Delete an autosave (after a save, or when the user declines recovery).

    A missing file is fine; a file that cannot be removed is left (it is
    only offered again while it is newer than the brief).
    """
    with contextlib.suppress(OSError):
        os.remove(path)


def set_aside_autosave(path: str | os.PathLike[str], name: str) -> Path:
    """Move an autosave the user chose not to restore yet out of the way of
    new autosaves: to ``<data dir>/recovered/<name> (unsaved changes
    <timestamp>).brief``, a normal brief they can open whenever they like.
    Returns the new path."""
    src = Path(path)
    folder = data_dir() / "recovered"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = _saved_at(src.stat()).strftime("%Y-%m-%d %H.%M.%S")
    safe = "".join(c if c.isalnum() or c in " -_." else "_" for c in name).strip() or "brief"
    target = folder / f"{safe[:80]} (unsaved changes {stamp}).brief"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{safe[:80]} (unsaved changes {stamp}) {n}.brief"
    shutil.move(src, target)  # the data folder may be on another drive than the brief
    return target
