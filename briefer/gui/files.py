"""The file side of one window: the Qt adapter of
:class:`~briefer.storage.session.BriefSession`.

The session (no Qt) keeps the policy: the lock, save with ``.bak``, save
as, revert, autosave and recovery.  :class:`FileController` holds the
window's current :class:`EditSession`, asks the user through
:class:`Prompter` when the session needs a decision, shows its messages, and
runs the autosave timer.  Whenever it replaces the document (New, Open,
Revert) it emits ``document_replaced(doc)`` and the window rebuilds its
editors.  Tests answer the prompter's questions without a modal dialog.
New from template takes the template from the window's template library.

The rules the two keep together:

* Nothing the user typed is lost.  A failed save leaves the brief open and
  modified (the autosave keeps running); a failed open leaves the current
  brief as it was; closing with changes asks Save / Discard / Cancel.
* A file open in another live instance is not opened silently: the user is
  told who has it since when, and may open it anyway.
* Every 60 s a modified brief is written to its recovery file (untitled
  briefs too, under a session id); at start (every recovery of a session
  that ended without saving, untitled or not: ``gui/app.py``) and on open,
  a recovery newer than the file is offered back (Restore / Discard / Later).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from typing import Literal

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from ..model import Brief, BriefFileError
from ..model.followup import make_follow_up
from ..storage import (
    EXAMPLE_NAME,
    BriefSession,
    FileLockedError,
    ReadOnlyFileError,
    RecoveryInfo,
    SaveError,
    load_example,
)
from ..templates import TemplateLibrary
from .edit_session import EditSession
from .export_runner import suggested_file_name
from .i18n import count_text
from .messages import confirm, show_message
from .settings import AppSettings
from .template_gallery import TemplateGallery
from .bidi import isolate
from .ui_dates import ui_date, ui_time

log = logging.getLogger(__name__)

AUTOSAVE_INTERVAL_MS = 60_000
FILE_FILTER = "Briefs (*.brief)"

SaveAnswer = Literal["save", "discard", "cancel"]
RestoreAnswer = Literal["restore", "discard", "later"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileController", text)


MAX_LISTED_PROBLEMS = 8
"""How many problems a question lists before "…and N more"."""


def untitled_title() -> str:
    """The title a new blank brief starts with (the model refuses an empty one)."""
    return _tr("Untitled brief")


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
        box.setText(_tr("Save the changes to “%s” before closing it?") % isolate(name))
        box.setInformativeText(_tr("If you don't save, your changes since the last save are lost."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        box.button(QMessageBox.StandardButton.Discard).setText(_tr("&Discard"))  # Alt+D, as Save has Alt+S
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
        box.setText(_tr("“%s” is already %s.") % (isolate(name), holder))
        box.setInformativeText(
            _tr("If you both edit it, the one who saves last overwrites the other's changes. Open it anyway?")
        )
        open_btn = box.addButton(_tr("Open anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is open_btn

    def _ask_restore_box(self, text: str, informative: str) -> RestoreAnswer:
        """The recovery question: Restore (the default), Discard or Later."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Recover unsaved changes"))
        box.setText(text)
        box.setInformativeText(informative)
        restore = box.addButton(_tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(_tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)
        box.exec()
        clicked = box.clickedButton()
        return "restore" if clicked is restore else "discard" if clicked is discard else "later"

    @staticmethod
    def _found_changes(name: str, saved_at: dt.datetime) -> str:
        return _tr("Briefer found changes to “%s” that were not saved (autosaved at %s on %s).") % (
            isolate(name), isolate(ui_time(saved_at.time())), isolate(ui_date(saved_at.date()))
        )

    def ask_restore(self, name: str, saved_at: dt.datetime) -> RestoreAnswer:
        return self._ask_restore_box(
            self._found_changes(name, saved_at),
            _tr("Restore them? Discard deletes them for good; Later keeps them as a separate brief you can open when you want."),
        )

    def ask_restore_at_start(
        self, name: str, saved_at: dt.datetime, file_path: str | None, *, file_gone: bool = False, new_window: bool = True
    ) -> RestoreAnswer:
        """At start: unsaved work of a session that ended without saving it,
        of the brief at ``file_path`` (None: an untitled brief called
        ``name``), which is no longer there when ``file_gone``.  Restore
        opens it in a window of its own when ``new_window``, else in this one."""
        if file_path is None:
            text = _tr("Briefer found an untitled brief, “%s”, that was never saved (autosaved at %s on %s).") % (
                isolate(name), isolate(ui_time(saved_at.time())), isolate(ui_date(saved_at.date()))
            )
        else:
            text = self._found_changes(os.path.basename(file_path), saved_at)
        if file_path is not None and file_gone:
            what = (
                _tr("The file %s is no longer there: it was moved or deleted.") % isolate(file_path)
                + " "
                + (_tr("Restore opens the changes in a window of its own as an untitled brief, to save where you like.")
                   if new_window else
                   _tr("Restore opens the changes in this window as an untitled brief, to save where you like."))
            )
        elif file_path is None:
            what = (_tr("Restore opens it in a window of its own as an untitled brief, to save where you like.")
                    if new_window else
                    _tr("Restore opens it in this window as an untitled brief, to save where you like."))
        else:
            what = (_tr("Restore opens %s in a window of its own with these changes; the file itself changes only when you save.")
                    if new_window else
                    _tr("Restore opens %s in this window with these changes; the file itself changes only when you save.")) % isolate(file_path)
        return self._ask_restore_box(
            text, what + "\n\n" + _tr("Discard deletes the changes for good. Later keeps them: Briefer asks again at its next start.")
        )

    def confirm_export_with_errors(self, problems: list[str]) -> bool:
        """The brief is marked Final but has errors: export it anyway?"""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Final brief with errors"))
        box.setText(_tr("This brief is marked Final, but it has errors:"))
        shown = problems[:MAX_LISTED_PROBLEMS]  # a box as tall as 40 errors would not fit the screen
        lines = [f"• {p}" for p in shown]
        if len(problems) > len(shown):
            lines.append(count_text("FileController", "…and %n more: see the Problems panel.", len(problems) - len(shown)))
        box.setInformativeText("\n".join(lines) + "\n\n" + _tr("Export it anyway?"))
        export = box.addButton(_tr("&Export Anyway"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is export

    def confirm_stop_export(self) -> bool:
        """The window is closing while an export runs: stop it?"""
        return confirm(self.parent, _tr("Export running"), _tr("An export is still running. Stop it and close the window?"))

    def confirm_revert(self, name: str) -> bool:
        return confirm(
            self.parent, _tr("Revert"), _tr("Go back to the saved version of “%s”? Your changes since then are lost.") % isolate(name)
        )

    def confirm_replace_read_only(self, name: str) -> bool:
        return confirm(self.parent, _tr("Read-only file"), _tr("“%s” is read-only. Replace it anyway?") % isolate(name))

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

        assert self.library is not None, "the FileController gives its prompter the library"
        gallery = TemplateGallery(self.library, self.parent)
        if gallery.exec() != QDialog.DialogCode.Accepted:
            return None
        return gallery.selected_name()


class FileController(QObject):
    """Files of one window.  ``document_replaced(doc)`` after New/Open/Revert;
    ``state_changed()`` when the path, name or saved state changes;
    ``message(text)`` for the status bar."""

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
        self.session = BriefSession()
        self.doc: EditSession | None = None
        self._example_doc: EditSession | None = None
        self.untitled_number = 1
        """Which untitled brief of the app this one is while it has no file (the window sets it)."""
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(AUTOSAVE_INTERVAL_MS)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()

    # -- state ---------------------------------------------------------------

    @property
    def path(self) -> str | None:
        """The file being edited; None while untitled."""
        return self.session.path

    @property
    def showing_example(self) -> bool:
        """True while the brief edited is the example opened by
        :meth:`open_example` (changed or not)."""
        return self.doc is not None and self.doc is self._example_doc

    @property
    def modified(self) -> bool:
        return self.doc is not None and not self.doc.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        """The file name, or "Untitled" for a brief with no file yet (the
        example too: it is an untitled copy); "Untitled 2", "Untitled 3"…
        when other windows hold untitled briefs (:attr:`untitled_number`)."""
        if self.path:
            return os.path.basename(self.path)
        return _tr("Untitled") if self.untitled_number <= 1 else _tr("Untitled %d") % self.untitled_number

    @property
    def lock_held(self) -> bool:
        return self.session.lock_held

    def _on_clean_changed(self, _clean: bool) -> None:
        # A bound method, not a lambda: Qt drops the connection when this
        # controller is deleted, so a dying window's undo stack cannot emit
        # into it.
        self.state_changed.emit()

    def _note_edit(self, *_args: object) -> None:
        self.session.note_edit()

    def _set_document(self, brief: Brief) -> EditSession:
        """Edit ``brief`` from now on (the session has adopted its file)."""
        old = self.doc
        doc = EditSession(brief, self, library=self.library)
        for signal in (doc.changed, doc.structure_changed):
            signal.connect(self._note_edit)
        doc.reset.connect(self._note_edit)
        doc.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.doc = doc
        self.document_replaced.emit(doc)
        self.state_changed.emit()
        if old is not None:
            old.deleteLater()
        return doc

    def _let_go(self) -> None:
        """Let go of the current file (after :meth:`maybe_save` said yes)."""
        self.session.let_go(modified=self.modified, clean_up_autosave=self.doc is not None)

    # -- New -----------------------------------------------------------------

    def new_blank(self) -> bool:
        if not self.maybe_save():
            return False
        self._let_go()
        self.session.adopt(None)
        self._set_document(Brief(title=untitled_title()))
        return True

    def ask_template_name(self) -> str | None:
        """The name of the template the user picks in the gallery, or None."""
        entries = [t for t, _source in self.library.entries()]
        return self.prompter.choose_template([t.name for t in entries], [t.display_title for t in entries])

    def ask_follow_up_path(self) -> str | None:
        """The brief the user picks to follow up (from this brief's folder,
        else the last one opened), or None."""
        folder = os.path.dirname(self.path) if self.path else self.settings.last_open_folder() or os.path.expanduser("~")
        return self.prompter.ask_open_path(folder) or None

    def new_from_template(self, name: str | None = None) -> bool:
        if name is None:
            name = self.ask_template_name()
            if name is None:
                return False
        try:
            brief = self.library.get(name).new_brief(untitled_title())
        except Exception as e:  # noqa: BLE001 - a broken template must not crash the app
            self.prompter.error(_tr("New from template"), _tr("The template “%s” could not be used.") % name, str(e))
            return False
        if not self.maybe_save():
            return False
        self._let_go()
        self.session.adopt(None)
        self._set_document(brief)
        return True

    def new_follow_up(self, path: str | None = None) -> bool:
        """A new untitled brief following up the brief at ``path`` (asked
        for when None): see :func:`briefer.model.followup.make_follow_up`."""
        if path is None:
            path = self.ask_follow_up_path()
            if path is None:
                return False
        path = os.path.abspath(path)
        try:
            previous = self.session.read(path).brief
        except BriefFileError as e:
            self.prompter.error(_tr("New follow-up brief"), str(e), self._open_advice(e))
            return False
        if not self.maybe_save():
            return False
        self._let_go()
        self.session.adopt(None)
        self._set_document(make_follow_up(previous, path=path, today=dt.date.today()))
        return True

    def open_example(self) -> None:
        """The shipped example as an untitled copy: Save asks where to save,
        suggesting the example's file name."""
        self._let_go()
        self.session.adopt(None, suggested_name=EXAMPLE_NAME)
        self._example_doc = self._set_document(load_example().brief)

    # -- Open ----------------------------------------------------------------

    def open_dialog(self) -> bool:
        folder = self.settings.last_open_folder() or (os.path.dirname(self.path) if self.path else os.path.expanduser("~"))
        path = self.prompter.ask_open_path(folder)
        return self.open_path(path) if path else False

    def open_path(self, path: str, recovered: RecoveryInfo | None = None) -> bool:
        """Open ``path`` in this window (after asking to save the current
        brief).  On any failure the current brief stays as it was.
        ``recovered``: unsaved work of this file the user chose at start to
        restore; it replaces the saved brief (not yet saved) instead of
        being offered again."""
        path = os.path.abspath(path)
        if self.path and os.path.abspath(self.path) == path and self.doc is not None:
            return True  # already open here
        try:
            loaded = self.session.read(path)
        except BriefFileError as e:
            if not os.path.lexists(path):  # gone for good; a locked or offline share may come back
                self.settings.remove_recent_file(path)
            self.prompter.error(_tr("Could not open the brief"), str(e), self._open_advice(e))
            return False
        try:
            lock = self.session.lock_for_open(path)
        except FileLockedError as e:
            if not self.prompter.ask_open_locked(os.path.basename(path), e.info.describe()):
                return False
            lock = self.session.lock_for_open(path, anyway=True)
        if not self.maybe_save():
            lock.release()
            return False
        self._let_go()
        self.session.adopt(path, lock)
        self._set_document(loaded.brief)
        self.settings.add_recent_file(path)
        self.settings.set_last_open_folder(os.path.dirname(path))
        if loaded.migrated_from is not None:
            self.message.emit(
                _tr("Converted from an older file format (version %d); saving writes the current format.")
                % loaded.migrated_from
            )
        elif loaded.warnings:
            self.message.emit(
                count_text("FileController", "Opened with %n unknown field(s) kept as they are, e.g. %1.",
                           len(loaded.warnings)).replace("%1", loaded.warnings[0].path)
            )
        if recovered is not None:
            self._restore(recovered)
        else:
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
        if self.doc is None:
            return False
        info = self.session.recovery()
        return self._offer(info) if info is not None else False

    def offer_untitled_recoveries(self) -> bool:
        """At start: offer the newest autosave of an untitled brief of an
        earlier session.  True if one was restored into this window."""
        found = self.session.untitled_recoveries()
        return self._offer(found[0], untitled=True) if found else False

    def restore_untitled(self, info: RecoveryInfo, suggested_name: str | None = None) -> None:
        """Make this window's brief the untitled one autosaved in ``info``
        (the user chose to restore it); Save As suggests ``suggested_name``.
        A saved brief's autosave (its file is gone) becomes an untitled
        brief's: written as such at once, the old one deleted."""
        self._let_go()
        self.session.adopt(None, suggested_name=suggested_name)
        self.session.continue_untitled(info)  # keep autosaving to the same file
        self._set_document(Brief(title=untitled_title()))
        self._restore(info)
        if info.brief_path is not None and self.autosave_now() is not None:
            self.session.discard_recovery(info)  # only once the work is safe under its new name

    def _restore(self, info: RecoveryInfo) -> None:
        assert self.doc is not None
        self.doc.replace_brief(info.loaded.brief, _tr("Restore unsaved changes"))
        self.message.emit(_tr("Restored the changes autosaved at %s.") % isolate(ui_time(info.saved_at.time())))

    def _offer(self, info: RecoveryInfo, untitled: bool = False) -> bool:
        name = info.loaded.brief.title if untitled else self.display_name
        answer = self.prompter.ask_restore(name, info.saved_at)
        if answer == "discard":
            self.session.discard_recovery(info)
            return False
        if answer != "restore":
            if not untitled:
                # New autosaves of this file would overwrite the changes the
                # user wants to look at later: keep them as their own brief.
                try:
                    kept = self.session.set_aside_recovery(info, self.display_name)
                except OSError as e:
                    self.message.emit(_tr("Could not keep the unsaved changes aside: %s") % e)
                else:
                    self.message.emit(_tr("Kept the unsaved changes as “%s”.") % isolate(str(kept)))
            return False
        if untitled:
            self.restore_untitled(info)
        else:
            self._restore(info)
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
        try:
            try:
                self.session.save(self.doc.brief)
            except ReadOnlyFileError:
                if not self.prompter.confirm_replace_read_only(os.path.basename(self.path)):
                    return False
                self.session.save(self.doc.brief, replace_read_only=True)
        except (SaveError, BriefFileError) as e:
            self._save_failed(e)
            return False
        self._saved()
        return True

    def save_as(self) -> bool:
        self.commit_pending_edits()
        if self.doc is None:
            return False
        folder = os.path.dirname(self.path) if self.path else (self.settings.last_open_folder() or os.path.expanduser("~"))
        name = self.session.file_name() or suggested_file_name(self.doc.brief.title, "brief")
        target = self.prompter.ask_save_path(os.path.join(folder, name))
        if not target:
            return False
        try:
            try:
                self.session.save_as(self.doc.brief, target)
            except ReadOnlyFileError:
                if not self.prompter.confirm_replace_read_only(os.path.basename(target)):
                    return False
                self.session.save_as(self.doc.brief, target, replace_read_only=True)
        except FileLockedError as e:
            self.prompter.error(
                _tr("Could not save"),
                _tr("“%s” is %s.") % (isolate(os.path.basename(target)), e.info.describe()),
                _tr("Choose another name, or ask them to close it first."),
            )
            return False
        except (SaveError, BriefFileError) as e:
            self._save_failed(e)
            return False
        self.settings.set_last_open_folder(os.path.dirname(os.path.abspath(target)))
        self._saved()
        return True

    def _saved(self) -> None:
        assert self.doc is not None and self.path is not None
        self.doc.end_merge()
        self.doc.undo_stack.setClean()
        self.settings.add_recent_file(self.path)
        self.message.emit(_tr("Saved “%s”.") % isolate(os.path.basename(self.path)))
        self.state_changed.emit()

    def _save_failed(self, error: Exception) -> None:
        # Secure the work now rather than in up to a minute; the autosave
        # falls back to the data folder when this folder is the problem.
        self.session.note_edit()
        secured = self.autosave_now() is not None or not self.modified
        advice = (
            _tr("Your brief is still open and nothing is lost; a recovery copy was written just now.")
            if secured
            else _tr("Your brief is still open. Save it to another folder or drive now: not even a recovery copy could be written.")
        )
        self.prompter.error(_tr("Could not save the brief"), str(error), advice)

    # -- Revert ----------------------------------------------------------------

    def revert(self) -> bool:
        self.commit_pending_edits()
        if self.path is None or self.doc is None:
            return False
        if self.modified and not self.prompter.confirm_revert(self.display_name):
            return False
        try:
            loaded = self.session.revert()
        except BriefFileError as e:
            self.prompter.error(_tr("Could not revert"), str(e), _tr("Your brief is still open as it was."))
            return False
        self._set_document(loaded.brief)  # the same file: the session keeps its lock
        return True

    # -- Autosave ----------------------------------------------------------------

    def autosave_now(self) -> str | None:
        """Write the recovery file if there are unsaved edits since the last
        one.  Returns the path written, or None."""
        if self.doc is None:
            return None
        result = self.session.autosave_tick(self.doc.brief, modified=self.modified)
        if result.error is not None:
            self.message.emit(_tr("Autosave failed: %s") % result.error)
        return os.fspath(result.written) if result.written is not None else None

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
            self.session.discard_autosave()
            return True
        return False

    def close(self) -> bool:
        """The window is closing: ask to save, then release the lock."""
        if not self.maybe_save():
            return False
        self.autosave_timer.stop()
        self._let_go()
        return True
