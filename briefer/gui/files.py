"""The file side of one window: new, open, save, save as, revert, recent
files, the lock, autosave and recovery.

:class:`FileController` owns the window's current :class:`EditSession`,
its path (None while untitled), the :class:`~briefer.storage.BriefLock` of
that path and the autosave timer.  Whenever it replaces the document (New,
Open, Revert) it emits ``document_replaced(doc)`` and the window rebuilds
its editors.  Every question to the user goes through :class:`Prompter`, so
tests answer them without a modal dialog.

The rules it keeps:

* Nothing the user typed is lost.  A failed save leaves the brief open and
  modified (the autosave keeps running); a failed open leaves the current
  brief as it was; closing with changes asks Save / Discard / Cancel.
* A file open in another live instance is not opened silently: the user is
  told who has it since when, and may open it anyway.
* Every 60 s a modified brief is written to its recovery file (untitled
  briefs too, under a session id); on open, and at start for untitled
  briefs, a recovery newer than the file is offered back
  (Restore / Discard / Later).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
import uuid
from importlib import resources
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFileDialog, QMessageBox, QWidget

from ..model import Brief, BriefFileError, LoadedBrief, brief_from_bytes
from ..storage import (
    BriefLock,
    FileLockedError,
    RecoveryInfo,
    SaveError,
    autosave_path,
    discard_autosave,
    discard_autosaves_of,
    find_recovery,
    list_untitled_recoveries,
    load_brief,
    save_brief,
    set_aside_autosave,
    write_autosave,
)
from ..templates import TemplateLibrary
from .edit_session import EditSession
from .messages import confirm, show_message
from .settings import AppSettings

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 60_000
EXAMPLE_NAME = "kushner-netanyahu-2025-11-10.brief"
FILE_FILTER = "Briefs (*.brief)"

SaveAnswer = Literal["save", "discard", "cancel"]
RestoreAnswer = Literal["restore", "discard", "later"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileController", text)


def untitled_title() -> str:
    """The title a new blank brief starts with (the model refuses an empty one)."""
    return _tr("Untitled brief")


def load_example() -> LoadedBrief:
    """The example brief shipped with the package (read, never written)."""
    data = resources.files("briefer.resources").joinpath("examples", EXAMPLE_NAME).read_bytes()
    return brief_from_bytes(data)


class Prompter:
    """Every question the file logic asks the user, as modal dialogs.

    Tests replace these methods (``monkeypatch.setattr(prompter, ...)``)."""

    def __init__(self, parent: QWidget, library: TemplateLibrary | None = None):
        self.parent = parent
        self.library = library
        """The templates the gallery shows; a :class:`FileController` hands
        its own to a prompter made without one."""

    def ask_save_changes(self, name: str) -> SaveAnswer:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Unsaved changes"))
        box.setText(_tr("Save the changes to “%s” before closing it?") % name)
        box.setInformativeText(_tr("If you don't save, your changes since the last save are lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def ask_open_locked(self, name: str, holder: str) -> bool:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Brief already open"))
        box.setText(_tr("“%s” is already %s.") % (name, holder))
        box.setInformativeText(
            _tr("If you both edit it, the one who saves last overwrites the other's changes. Open it anyway?")
        )
        open_btn = box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_btn

    def ask_restore(self, name: str, saved_at: dt.datetime) -> RestoreAnswer:
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Recover unsaved changes"))
        box.setText(
            _tr("Briefer found changes to “%s” that were not saved (autosaved %s).")
            % (name, saved_at.strftime("%H:%M on %d %b %Y"))
        )
        box.setInformativeText(
            _tr("Restore them? Discard deletes them for good; Later keeps them as a separate brief you can open when you want.")
        )
        restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    def confirm_stop_export(self) -> bool:
        """The window is closing while an export runs: stop it?"""
        return confirm(self.parent, _tr("Export running"), _tr("An export is still running. Stop it and close the window?"))

    def confirm_revert(self, name: str) -> bool:
        return confirm(
            self.parent, _tr("Revert"), _tr("Go back to the saved version of “%s”? Your changes since then are lost.") % name
        )

    def error(self, title: str, text: str, detail: str = "") -> None:
        show_message(self.parent, title, text, detail)

    def ask_open_path(self, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, _tr("Open brief"), folder, _tr(FILE_FILTER))
        return path or None

    def ask_save_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, _tr("Save brief as"), suggested, _tr(FILE_FILTER))
        if not path:
            return None
        return path if path.lower().endswith(".brief") else path + ".brief"

    def choose_template(self, names: list[str], titles: list[str]) -> str | None:
        """The template gallery (thumbnails, import, rename…); the chosen name."""
        from PySide6.QtWidgets import QDialog

        from .templates_dialog import TemplateGallery

        assert self.library is not None, "the FileController gives its prompter the library"
        gallery = TemplateGallery(self.library, self.parent)
        if gallery.exec() != QDialog.DialogCode.Accepted:
            return None
        return gallery.selected_name()


class FileController(QObject):
    """Files of one window.  ``document_replaced(doc)`` after New/Open/Revert;
    ``state_changed()`` when the path or name changes; ``message(text)``
    for the status bar."""

    document_replaced = Signal(object)
    state_changed = Signal()
    message = Signal(str)

    def __init__(
        self, parent: QWidget, settings: AppSettings, prompter: Prompter | None = None, *, library: TemplateLibrary
    ):
        super().__init__(parent)
        self.settings = settings
        self.library = library
        self.prompter = prompter or Prompter(parent, library)
        if self.prompter.library is None:
            self.prompter.library = library
        self.doc: EditSession | None = None
        self.path: str | None = None
        self.suggested_name: str | None = None  # for an untitled copy, e.g. the example
        self.untitled_id = uuid.uuid4().hex
        self._lock: BriefLock | None = None
        # Held while this window autosaves an untitled brief, so another
        # instance starting up does not offer that live autosave as a crash
        # recovery (the same lock files as for briefs).
        self._untitled_lock: BriefLock | None = None
        self._autosave_dirty = False
        self._autosave_failed = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    # -- state ---------------------------------------------------------------

    @property
    def modified(self) -> bool:
        return self.doc is not None and not self.doc.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        if self.path:
            return os.path.basename(self.path)
        return self.suggested_name or _tr("Untitled")

    @property
    def lock_held(self) -> bool:
        return self._lock is not None and self._lock.held

    def _on_clean_changed(self, _clean: bool) -> None:
        # A bound method, not a lambda: Qt drops the connection when this
        # controller is deleted, so a dying window's undo stack cannot emit
        # into it.
        self.state_changed.emit()

    def _set_document(self, brief: Brief, path: str | None, *, suggested_name: str | None = None) -> EditSession:
        old = self.doc
        doc = EditSession(brief, self, library=self.library)
        for signal in (doc.changed, doc.structure_changed):
            signal.connect(self._mark_autosave_dirty)
        doc.reset.connect(self._mark_autosave_dirty)
        doc.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.doc, self.path, self.suggested_name = doc, path, suggested_name
        self._autosave_dirty = False
        self._autosave_failed = False
        self.document_replaced.emit(doc)
        self.state_changed.emit()
        if old is not None:
            old.deleteLater()
        return doc

    def _mark_autosave_dirty(self, *_args: object) -> None:
        self._autosave_dirty = True

    def _take_lock(self, path: str) -> BriefLock | None:
        """The lock of ``path``, asking the user when another instance has it.
        None means the user cancelled."""
        lock = BriefLock(path)
        try:
            lock.acquire()
        except FileLockedError as e:
            if not self.prompter.ask_open_locked(os.path.basename(path), e.info.describe()):
                return None
            if not e.info.on_this_host:
                # Another machine's lock cannot be checked: after a crash
                # there it would warn everyone for ever, so "Open anyway"
                # takes it over.
                lock.acquire(force=True)
            # A live window on this machine keeps its lock: this one opens
            # unlocked, so a third person is still warned while either is open.
        return lock

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _forget_untitled_autosave(self) -> None:
        try:
            discard_autosave(autosave_path(None, self.untitled_id))
        except (SaveError, ValueError):
            pass
        self._release_untitled_lock()

    def _hold_untitled_lock(self, target: os.PathLike[str] | str) -> None:
        if self._untitled_lock is not None and self._untitled_lock.brief_path == Path(os.path.realpath(target)):
            return
        self._release_untitled_lock()
        lock = BriefLock(target)
        try:
            lock.acquire()
        except FileLockedError:
            return  # another window adopted the same autosave; it keeps the lock
        self._untitled_lock = lock

    def _release_untitled_lock(self) -> None:
        if self._untitled_lock is not None:
            self._untitled_lock.release()
            self._untitled_lock = None

    # -- New -----------------------------------------------------------------

    def new_blank(self) -> bool:
        if not self.maybe_save():
            return False
        self._close_current(discard_autosave_too=True)
        self._set_document(Brief(title=untitled_title()), None)
        return True

    def new_from_template(self, name: str | None = None) -> bool:
        if name is None:
            entries = [t for t, _source in self.library.entries()]
            name = self.prompter.choose_template([t.name for t in entries], [t.display_title for t in entries])
            if name is None:
                return False
        try:
            brief = self.library.get(name).new_brief(untitled_title())
        except Exception as e:  # noqa: BLE001 - a broken template must not crash the app
            self.prompter.error(_tr("New from template"), _tr("The template “%s” could not be used.") % name, str(e))
            return False
        if not self.maybe_save():
            return False
        self._close_current(discard_autosave_too=True)
        self._set_document(brief, None)
        return True

    def open_example(self) -> None:
        """The shipped example as an untitled copy: Save asks where to save."""
        self._close_current(discard_autosave_too=True)
        self._set_document(load_example().brief, None, suggested_name=EXAMPLE_NAME)

    # -- Open ----------------------------------------------------------------

    def open_dialog(self) -> bool:
        folder = self.settings.last_open_folder() or (os.path.dirname(self.path) if self.path else os.path.expanduser("~"))
        path = self.prompter.ask_open_path(folder)
        return self.open_path(path) if path else False

    def open_path(self, path: str) -> bool:
        """Open ``path`` in this window (after asking to save the current
        brief).  On any failure the current brief stays as it was."""
        path = os.path.abspath(path)
        if self.path and os.path.abspath(self.path) == path and self.doc is not None:
            return True  # already open here
        try:
            loaded = load_brief(path)
        except BriefFileError as e:
            if not os.path.lexists(path):  # gone for good; a locked or offline share may come back
                self.settings.remove_recent_file(path)
            self.prompter.error(_tr("Could not open the brief"), str(e), self._open_advice(e))
            return False
        lock = self._take_lock(path)
        if lock is None:
            return False
        if not self.maybe_save():
            lock.release()
            return False
        self._close_current(discard_autosave_too=True)
        self._lock = lock
        self._set_document(loaded.brief, path)
        self.settings.add_recent_file(path)
        self.settings.set_last_open_folder(os.path.dirname(path))
        if loaded.migrated_from is not None:
            self.message.emit(
                _tr("Converted from an older file format (version %d); saving writes the current format.")
                % loaded.migrated_from
            )
        elif loaded.warnings:
            self.message.emit(
                _tr("Opened with %d unknown field(s) kept as they are, e.g. %s.") % (len(loaded.warnings), loaded.warnings[0].path)
            )
        self.offer_recovery()
        return True

    @staticmethod
    def _open_advice(error: BriefFileError) -> str:
        if error.reason == "newer-version":
            return _tr("Install the latest version of Briefer to open it. The file was not changed.")
        if error.reason == "permission":
            return _tr("Ask the owner of the file for access, or copy it to a folder of yours.")
        return _tr("The file was not changed. If it came by e-mail, ask the sender for a fresh copy.")

    # -- Recovery --------------------------------------------------------------

    def offer_recovery(self) -> bool:
        """Offer the autosave of the open file if it is newer.  True if restored."""
        if self.path is None or self.doc is None:
            return False
        info = find_recovery(self.path)
        return self._offer(info) if info is not None else False

    def offer_untitled_recoveries(self) -> bool:
        """At start: offer the newest autosave of an untitled brief of an
        earlier session.  True if one was restored into this window."""
        for info in list_untitled_recoveries():
            if info.untitled_id == self.untitled_id:
                continue
            return self._offer(info, untitled=True)
        return False

    def _offer(self, info: RecoveryInfo, untitled: bool = False) -> bool:
        name = info.loaded.brief.title if untitled else self.display_name
        answer = self.prompter.ask_restore(name, info.saved_at)
        if answer == "discard":
            discard_autosave(info.path)
            return False
        if answer != "restore":
            if not untitled:
                # New autosaves of this file would overwrite the changes the
                # user wants to look at later: keep them as their own brief.
                try:
                    kept = set_aside_autosave(info.path, self.display_name)
                except OSError as e:
                    self.message.emit(_tr("Could not keep the unsaved changes aside: %s") % e)
                else:
                    self.message.emit(_tr("Kept the unsaved changes as “%s”.") % str(kept))
            return False
        if untitled:
            self._close_current(discard_autosave_too=True)
            self._set_document(Brief(title=untitled_title()), None)
            assert self.doc is not None
            if info.untitled_id:
                self.untitled_id = info.untitled_id  # keep autosaving to the same file
        assert self.doc is not None
        self.doc.replace_brief(info.loaded.brief, _tr("Restore unsaved changes"))
        self.message.emit(_tr("Restored the changes autosaved at %s.") % info.saved_at.strftime("%H:%M"))
        return True

    # -- Save ------------------------------------------------------------------

    @staticmethod
    def commit_pending_edits() -> None:
        """Commit a table cell that is still being edited (Ctrl+S pressed
        mid-cell): moving focus from the cell editor to its table makes Qt's
        delegate commit it.  Form fields need nothing: they commit as the
        user types.  Called before the brief is saved, closed, replaced or
        exported."""
        widget = QApplication.focusWidget()
        view = widget
        while view is not None and not isinstance(view, QAbstractItemView):
            view = view.parentWidget()
        if view is not None and widget is not view:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Save to the current path (Save As when untitled).  True when saved."""
        self.commit_pending_edits()
        if self.doc is None:
            return False
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        self.commit_pending_edits()
        if self.doc is None:
            return False
        folder = os.path.dirname(self.path) if self.path else (self.settings.last_open_folder() or os.path.expanduser("~"))
        from .export_runner import suggested_file_name

        name = self.suggested_name or (os.path.basename(self.path) if self.path else suggested_file_name(self.doc.brief.title, "brief"))
        target = self.prompter.ask_save_path(os.path.join(folder, name))
        if not target:
            return False
        target = os.path.abspath(target)
        if self.path and target == os.path.abspath(self.path):
            return self._write(target)
        lock = BriefLock(target)
        try:
            lock.acquire()
        except FileLockedError as e:
            self.prompter.error(
                _tr("Could not save"),
                _tr("“%s” is %s.") % (os.path.basename(target), e.info.describe()),
                _tr("Choose another name, or ask them to close it first."),
            )
            return False
        if not self._write(target):
            lock.release()
            return False
        old_path = self.path
        self._release_lock()
        self._lock = lock
        self.path, self.suggested_name = target, None
        if old_path is None:
            self._forget_untitled_autosave()
        else:
            # The work now lives under the new name; the old file's autosave
            # would offer to "recover" what was in fact saved.
            discard_autosaves_of(old_path)
        self.settings.set_last_open_folder(os.path.dirname(target))
        self.state_changed.emit()
        return True

    def _write(self, path: str) -> bool:
        assert self.doc is not None
        try:
            save_brief(path, self.doc.brief)
        except (SaveError, BriefFileError) as e:
            # Secure the work now rather than in up to a minute; the autosave
            # falls back to the data folder when this folder is the problem.
            self._autosave_dirty = True
            secured = self.autosave_now() is not None or not self.modified
            advice = (
                _tr("Your brief is still open and nothing is lost; a recovery copy was written just now.")
                if secured
                else _tr("Your brief is still open. Save it to another folder or drive now: not even a recovery copy could be written.")
            )
            self.prompter.error(_tr("Could not save the brief"), str(e), advice)
            return False
        self.doc.end_merge()
        self.doc.undo_stack.setClean()
        self._autosave_dirty = False
        discard_autosaves_of(path)
        self.settings.add_recent_file(path)
        self.message.emit(_tr("Saved “%s”.") % os.path.basename(path))
        self.state_changed.emit()
        return True

    # -- Revert ----------------------------------------------------------------

    def revert(self) -> bool:
        self.commit_pending_edits()
        if self.path is None or self.doc is None:
            return False
        if self.modified and not self.prompter.confirm_revert(self.display_name):
            return False
        try:
            loaded = load_brief(self.path)
        except BriefFileError as e:
            self.prompter.error(_tr("Could not revert"), str(e), _tr("Your brief is still open as it was."))
            return False
        discard_autosaves_of(self.path)
        self._set_document(loaded.brief, self.path)
        return True

    # -- Autosave ----------------------------------------------------------------

    def autosave_now(self) -> str | None:
        """Write the recovery file if there are unsaved edits since the last
        one.  Returns the path written, or None."""
        if self.doc is None or not self.modified or not self._autosave_dirty:
            return None
        try:
            if self.path is None:
                self._hold_untitled_lock(autosave_path(None, self.untitled_id))
            target = write_autosave(self.doc.brief, self.path, None if self.path else self.untitled_id)
        except (SaveError, ValueError) as e:
            if not self._autosave_failed:  # say it once, not every minute
                self.message.emit(_tr("Autosave failed: %s") % e)
            self._autosave_failed = True
            return None
        self._autosave_dirty = False
        self._autosave_failed = False
        return os.fspath(target)

    # -- Closing -----------------------------------------------------------------

    def maybe_save(self) -> bool:
        """Ask Save / Discard / Cancel if there are unsaved changes.  True
        when it is fine to drop the current document."""
        self.commit_pending_edits()
        if not self.modified:
            return True
        answer = self.prompter.ask_save_changes(self.display_name)
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._discard_current_autosave()
            return True
        return False

    def _discard_current_autosave(self) -> None:
        if self.path:
            discard_autosaves_of(self.path)
        else:
            self._forget_untitled_autosave()

    def _close_current(self, *, discard_autosave_too: bool) -> None:
        """Let go of the current file (after :meth:`maybe_save` said yes)."""
        if discard_autosave_too and self.doc is not None and not self.modified:
            self._discard_current_autosave()
        self._release_lock()
        self._release_untitled_lock()
        if self.path is None:
            self.untitled_id = uuid.uuid4().hex

    def close(self) -> bool:
        """The window is closing: ask to save, then release the lock."""
        if not self.maybe_save():
            return False
        self.autosave_timer.stop()
        self._close_current(discard_autosave_too=True)
        return True
