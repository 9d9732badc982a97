"""The file side of one open brief, without Qt: open with its lock, save
(atomic, with ``.bak``), save as, revert, the autosave tick, recovery
offers, and letting go on close.

:class:`BriefSession` keeps the rules; it never asks the user anything.
Where the user must decide, it raises or returns what the question is about
(:class:`~briefer.storage.lock.FileLockedError` for a brief open elsewhere,
:class:`~briefer.storage.autosave.RecoveryInfo` for unsaved work found on
disk), and the caller — the GUI's thin adapter ``gui/files.py``, or a test —
asks and calls back with the answer.  The brief being edited stays with the
caller; the session is given it when it must write it.

The rules:

* A brief open in another live instance is not opened silently: opening
  raises :class:`FileLockedError` until the caller says "open anyway".
  Another machine's lock is then taken over (it cannot be checked, and after
  a crash there it would warn everyone for ever); a live window on this
  machine keeps its lock and this session opens unlocked.
* Each autosave tick writes the recovery file when there are unsaved edits
  since the last one: beside a saved brief, or for an untitled brief under
  its session id in the data folder, whose lock this session then holds so
  that another instance does not offer live work as a crash recovery.
* A save or save-as that works discards the autosaves it supersedes; one
  that fails leaves everything as it was, and the caller secures the work
  with an autosave at once.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from briefer.model.brief import Brief
from briefer.model.fileformat import LoadedBrief

from .atomic import SaveError
from .autosave import (
    RecoveryInfo,
    autosave_path,
    discard_autosave,
    discard_autosaves_of,
    find_recovery,
    list_saved_recoveries,
    list_untitled_recoveries,
    set_aside_autosave,
    write_autosave,
)
from .files import load_brief, save_brief
from .lock import BriefLock, FileLockedError


@dataclass
class AutosaveResult:
    """What one autosave tick did: ``written`` is the recovery file written
    (None when there was nothing to write or it failed); ``error`` is set
    only on the first of a run of failures, so a caller says it once."""

    written: Path | None = None
    error: str | None = None


class BriefSession:
    """The file state of one open brief: its path (None while untitled), the
    name an untitled copy suggests for Save As, the lock, and the autosave."""

    def __init__(self) -> None:
        self.path: str | None = None
        self.suggested_name: str | None = None
        self.untitled_id = uuid.uuid4().hex
        self._lock: BriefLock | None = None
        self._untitled_lock: BriefLock | None = None
        self._edited_since_autosave = False
        self._autosave_failing = False

    # -- state ---------------------------------------------------------------

    @property
    def lock_held(self) -> bool:
        return self._lock is not None and self._lock.held

    def file_name(self) -> str | None:
        """The base name of the file, or the suggested name of an untitled
        copy; None for a plain untitled brief."""
        return os.path.basename(self.path) if self.path else self.suggested_name

    def note_edit(self) -> None:
        """The brief changed: the next autosave tick writes it."""
        self._edited_since_autosave = True

    # -- open ------------------------------------------------------------------

    @staticmethod
    def read(path: str) -> LoadedBrief:
        """The brief at ``path``.  Raises :class:`BriefFileError` (one
        sentence naming the file); nothing is changed."""
        return load_brief(path)

    @staticmethod
    def lock_for_open(path: str, *, anyway: bool = False) -> BriefLock:
        """The lock of ``path`` for opening it.  Raises
        :class:`FileLockedError` when another live instance has it, unless
        ``anyway`` (the user chose "open anyway").  Give it to :meth:`adopt`
        or release it."""
        lock = BriefLock(path)
        try:
            lock.acquire()
        except FileLockedError as e:
            if not anyway:
                raise
            if not e.info.on_this_host:
                lock.acquire(force=True)
        return lock

    def adopt(self, path: str | None, lock: BriefLock | None = None, *, suggested_name: str | None = None) -> None:
        """The caller now edits the brief of ``path`` (None: untitled), opened
        with ``lock``.  Call :meth:`let_go` for the previous brief first."""
        self.path, self.suggested_name = path, suggested_name
        self._lock = lock
        self._edited_since_autosave = False
        self._autosave_failing = False

    def let_go(self, *, modified: bool, clean_up_autosave: bool = True) -> None:
        """Stop editing the current brief: release its locks, and delete its
        autosave when the brief holds nothing unsaved (``modified`` False)
        and ``clean_up_autosave``.  An untitled brief gets a fresh session
        id, so the next one autosaves under its own name."""
        if clean_up_autosave and not modified:
            self.discard_autosave()
        self.release_lock()
        self.release_untitled_lock()
        if self.path is None:
            self.untitled_id = uuid.uuid4().hex

    def release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def release_untitled_lock(self) -> None:
        if self._untitled_lock is not None:
            self._untitled_lock.release()
            self._untitled_lock = None

    # -- save ------------------------------------------------------------------

    def save(self, brief: Brief, *, replace_read_only: bool = False) -> None:
        """Write ``brief`` to the current path (atomically, the previous
        version kept as ``.bak``) and discard its autosave.  The path is the
        file the user opened: a symbolic link there is followed to the brief
        it leads to.  Raises :class:`SaveError` (a read-only file:
        :class:`~briefer.storage.atomic.ReadOnlyFileError` unless
        ``replace_read_only``) or :class:`BriefFileError`; the file is then
        as it was.  The session must have a path."""
        if self.path is None:
            raise ValueError("an untitled brief is saved with save_as")
        save_brief(self.path, brief, through_link=True, replace_read_only=replace_read_only)
        self._edited_since_autosave = False
        discard_autosaves_of(self.path)

    def save_as(self, brief: Brief, target: str, *, replace_read_only: bool = False) -> None:
        """Write ``brief`` to ``target`` and go on under that name: its lock
        replaces the old one, and the old name's (or the untitled) autosave
        goes, since the work is now saved.  Raises :class:`FileLockedError`
        when another instance has ``target`` open, :class:`SaveError` or
        :class:`BriefFileError` when it cannot be written; the session is
        then unchanged.  A new name that is a symbolic link, device or FIFO
        is refused (:class:`~briefer.storage.atomic.UnsafeTargetError`), a
        read-only file as in :meth:`save`."""
        target = os.path.abspath(target)
        if self.path and target == os.path.abspath(self.path):
            self.save(brief, replace_read_only=replace_read_only)
            return
        lock = BriefLock(target)
        lock.acquire()  # FileLockedError: the caller says who has it
        try:
            save_brief(target, brief, replace_read_only=replace_read_only)
        except BaseException:
            lock.release()
            raise
        old_path = self.path
        self.release_lock()
        self._lock = lock
        self.path, self.suggested_name = target, None
        self._edited_since_autosave = False
        if old_path is None:
            self._forget_untitled_autosave()
        else:
            discard_autosaves_of(old_path)
        discard_autosaves_of(target)

    def revert(self) -> LoadedBrief:
        """The saved version of the current file; its autosave is discarded.
        Raises :class:`BriefFileError`, with nothing changed."""
        if self.path is None:
            raise ValueError("an untitled brief has no saved version")
        loaded = load_brief(self.path)
        discard_autosaves_of(self.path)
        self._edited_since_autosave = False
        self._autosave_failing = False
        return loaded

    # -- autosave ----------------------------------------------------------------

    def autosave_tick(self, brief: Brief, *, modified: bool) -> AutosaveResult:
        """Write the recovery file if the brief has unsaved edits since the
        last autosave (``modified``: it differs from the saved file)."""
        if not modified or not self._edited_since_autosave:
            return AutosaveResult()
        try:
            if self.path is None:
                self._hold_untitled_lock(autosave_path(None, self.untitled_id))
            written = write_autosave(brief, self.path, None if self.path else self.untitled_id)
        except (SaveError, ValueError) as e:
            first = not self._autosave_failing
            self._autosave_failing = True
            return AutosaveResult(error=str(e) if first else None)
        self._edited_since_autosave = False
        self._autosave_failing = False
        return AutosaveResult(written=written)

    def discard_autosave(self) -> None:
        """Delete the autosave of the current brief (the user discarded the
        changes)."""
        if self.path:
            discard_autosaves_of(self.path)
        else:
            self._forget_untitled_autosave()

    def _forget_untitled_autosave(self) -> None:
        try:
            discard_autosave(autosave_path(None, self.untitled_id))
        except (SaveError, ValueError):
            pass
        self.release_untitled_lock()

    def _hold_untitled_lock(self, target: Path) -> None:
        if self._untitled_lock is not None and self._untitled_lock.brief_path == Path(os.path.realpath(target)):
            return
        self.release_untitled_lock()
        lock = BriefLock(target)
        try:
            lock.acquire()
        except FileLockedError:
            return  # another window adopted the same autosave; it keeps the lock
        self._untitled_lock = lock

    # -- recovery ----------------------------------------------------------------

    def recovery(self) -> RecoveryInfo | None:
        """Unsaved work of the open file found on disk (an autosave newer
        than the file), to offer back."""
        return find_recovery(self.path) if self.path is not None else None

    def untitled_recoveries(self) -> list[RecoveryInfo]:
        """Untitled autosaves of earlier sessions (not this one's, not a live
        window's), newest first."""
        found = [r for r in list_untitled_recoveries() if r.untitled_id != self.untitled_id]
        for info in found:
            _remove_stale_lock(info.path)  # left by the session that crashed
        return found

    @staticmethod
    def saved_recoveries() -> list[RecoveryInfo]:
        """Unsaved work of saved briefs that no live window has open (left by
        a session that crashed), newest first.  The crashed session's locks
        of those briefs go."""
        found = list_saved_recoveries()
        for info in found:
            if info.brief_path is not None:
                _remove_stale_lock(info.brief_path)
        return found

    @staticmethod
    def discard_recovery(info: RecoveryInfo) -> None:
        """The user does not want ``info`` back: delete it."""
        if info.brief_path is not None:
            discard_autosaves_of(info.brief_path)
        else:
            discard_autosave(info.path)

    @staticmethod
    def set_aside_recovery(info: RecoveryInfo, name: str) -> Path:
        """Keep ``info`` as a brief of its own in the data folder, out of the
        way of new autosaves.  Raises :class:`OSError`."""
        return set_aside_autosave(info.path, name)

    def continue_untitled(self, info: RecoveryInfo) -> None:
        """The untitled brief now being edited is the one restored from
        ``info``: autosave to the same file from now on."""
        if info.untitled_id:
            self.untitled_id = info.untitled_id
            self._hold_untitled_lock(info.path)


def _remove_stale_lock(path: Path) -> None:
    """Remove the lock of ``path`` if no live process holds it (taking a
    stale lock over, then giving it back, removes it); a live one stays."""
    lock = BriefLock(path)
    try:
        lock.acquire()
    except FileLockedError:
        return
    lock.release()


__all__ = ["AutosaveResult", "BriefSession"]
