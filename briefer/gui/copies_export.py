"""Numbered copies from the app: File ▸ Export Numbered Copies… and the
Distribution page's button.

The same work as ``briefer export FILE --copies --out-dir DIR``: the brief
(or its releasable version at a level) is laid out once, each recipient of
the brief's distribution list gets a stamped PDF (:mod:`briefer.export.copies`),
and the register ``distribution.csv`` lists each file with its SHA-256.
It runs off the UI thread with a progress dialog whose Cancel works; each
file is written atomically, so a cancel or a failure leaves no partial
copy, and the message names the copies that were written.  Files already
in the folder are replaced only after the user said so.
"""

from __future__ import annotations

import io
import logging
import os
import threading

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from ..export.copies import CopiesError, CopiesHalted, Copy, planned_files, recipients_from_brief
from ..export.formats import STANDARD_PDF, export_brief, write_copies
from ..export.running import ExportCancelled, render_turn
from ..model import Brief
from ..storage.atomic import atomic_write
from ..templates import Template, TemplateLibrary
from ..templates.markings import ReleaseRefused, release_level, releasable
from .background import BackgroundQueue
from .export_runner import describe_export_error, fill_versions
from .i18n import count_text, number
from .messages import confirm
from .reveal import show_folder
from .settings import AppSettings

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CopiesExport", text)


class _Signals(QObject):
    progress = Signal(int)
    done = Signal(object)  # the register rows
    failed = Signal(str)
    cancelled = Signal()


class _CopiesTask:
    def __init__(self, brief: Brief, template: Template, release_at: str | None, folder: str, copies: list[Copy],
                 signals: _Signals, stop: threading.Event):
        self.brief, self.template, self.release_at, self.folder, self.copies = brief, template, release_at, folder, copies
        self.signals, self.stop = signals, stop

    def _write(self, name: str, data: bytes) -> None:
        with atomic_write(os.path.join(self.folder, name), keep_backup=False, action="write", replace_read_only=True) as out:
            out.write(data)

    def __call__(self) -> None:
        try:
            with render_turn(self.stop.is_set):
                body = io.BytesIO()
                export_brief(self.brief, body, "pdf", self.template, release_at=self.release_at, cancel=self.stop.is_set,
                             pdf_standard=STANDARD_PDF,  # the stamp is not part of a tagged document
                             progress=lambda f: self.signals.progress.emit(int(30 * f)))
                rows = write_copies(body.getvalue(), self.copies, self._write, cancel=self.stop.is_set,
                                    progress=lambda i, n: self.signals.progress.emit(30 + int(70 * i / n)))
        except ExportCancelled:
            self.signals.cancelled.emit()
        except CopiesHalted as e:
            if isinstance(e.cause, InterruptedError) and not e.written:
                self.signals.cancelled.emit()
            elif isinstance(e.cause, InterruptedError):
                done = ", ".join(f for _, f, _ in e.written)
                self.signals.failed.emit(_tr("Cancelled. Copies written whole: %s; no register was written.") % done)
            else:
                self.signals.failed.emit(str(e))
        except Exception as e:  # noqa: BLE001 - every failure becomes a message
            log.exception("numbered copies into %s failed", self.folder)
            self.signals.failed.emit(describe_export_error(e))
        else:
            self.signals.done.emit(rows)


class CopiesDialog(QDialog):
    """Where the copies go, and which version they are of."""

    def __init__(self, parent: QWidget | None, folder: str, template: Template, count: int):
        super().__init__(parent)
        self.setObjectName("copiesDialog")
        self.setWindowTitle(_tr("Export Numbered Copies"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        form = QFormLayout(self)
        intro = QLabel(
            count_text("CopiesExport", "%n recipient(s) on the distribution list: one PDF each, and the register distribution.csv.", count),
            self,
        )
        intro.setWordWrap(True)
        form.addRow(intro)
        self.folder_edit = QLineEdit(folder, self)
        self.folder_edit.setObjectName("copiesFolder")
        browse = QPushButton(_tr("&Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        label = QLabel(_tr("&Folder:"), self)
        label.setBuddy(self.folder_edit)
        form.addRow(label, row)
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("copiesVersion")
        fill_versions(self.version_combo, template)
        version = QLabel(_tr("&Version:"), self)
        version.setBuddy(self.version_combo)
        form.addRow(version, self.version_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("Export Copies"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _tr("Folder for the copies"), self.folder_edit.text())
        if chosen:
            self.folder_edit.setText(chosen)


class CopiesController(QObject):
    """The Export Numbered Copies… flow of one window."""

    finished = Signal(str, object)  # folder, register rows
    ended = Signal()

    def __init__(self, window: QWidget, settings: AppSettings, library: TemplateLibrary):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.library = library
        self._background = BackgroundQueue("numbered copies")
        self._stop = threading.Event()
        self._running = False
        self._dialog: QProgressDialog | None = None
        self._folder = ""
        self._signals: _Signals | None = None

    @property
    def running(self) -> bool:
        return self._running

    # -- steps a test can replace ------------------------------------------

    def ask_target(self, brief: Brief, template: Template, count: int) -> tuple[str, str | None] | None:
        """(folder, release level or None) or None when cancelled."""
        start = self.settings.last_export_folder() or os.path.expanduser("~")
        dialog = CopiesDialog(self.window, os.path.join(start, "copies"), template, count)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.folder_edit.text().strip():
            return None
        return dialog.folder_edit.text().strip(), dialog.version_combo.currentData()

    def confirm_replace(self, folder: str, names: list[str]) -> bool:
        shown = ", ".join(names[:5]) + (" …" if len(names) > 5 else "")
        return confirm(
            self.window,
            _tr("Replace files?"),
            _tr("“%1” already holds %2. Replace them?").replace("%1", folder).replace("%2", shown),
        )

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, _tr("Numbered copies"), message)

    def show_result(self, folder: str, rows: list) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(_tr("Copies exported"))
        text = _tr("Wrote 1 numbered copy and the register distribution.csv.") if len(rows) == 1 else (
            _tr("Wrote %s numbered copies and the register distribution.csv.").replace("%s", number(len(rows)), 1))
        box.setText(text)
        folder_btn = box.addButton(_tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is folder_btn:
            show_folder(self.window, folder)

    # -- the flow ------------------------------------------------------------

    def export_copies(self, brief: Brief, target: tuple[str, str | None] | None = None) -> bool:
        """Ask for a folder and a version (unless ``target`` gives them),
        then make the copies in the background.  False if nothing started."""
        if self._running:
            return False
        template = self.library.for_brief(brief.layout.template)
        try:
            copies = recipients_from_brief(brief)
        except CopiesError as e:
            if not brief.distribution:
                self.show_error(_tr("The distribution list is empty: add the recipients on the Distribution page first."))
            else:
                self.show_error(str(e))
            return False
        target = target or self.ask_target(brief, template, len(copies))
        if target is None:
            return False
        folder, release_at = target
        if release_at is not None:
            try:
                releasable(brief, release_level(release_at, template.scheme), template.scheme)
            except ReleaseRefused as e:
                self.show_error(describe_export_error(e))
                return False
        if os.path.exists(folder) and not os.path.isdir(folder):
            self.show_error(_tr("“%s” is a file, not a folder; choose a folder for the copies.") % folder)
            return False
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as e:
            self.show_error(_tr("The folder “%1” cannot be made: %2").replace("%1", folder).replace("%2", e.strerror or str(e)))
            return False
        existing = [n for n in planned_files(copies) if os.path.lexists(os.path.join(folder, n))]
        if existing and not self.confirm_replace(folder, existing):
            return False
        self.settings.set_last_export_folder(os.path.dirname(os.path.abspath(folder)))
        self._folder = folder
        self._stop = threading.Event()
        signals = _Signals()
        signals.progress.connect(self._progress)
        signals.done.connect(self._done)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        self._signals = signals
        dialog = QProgressDialog(_tr("Making numbered copies…"), _tr("Cancel"), 0, 100, self.window)
        dialog.setWindowTitle(_tr("Numbered copies"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._stop.set)
        self._dialog = dialog
        self._running = True
        self._background.submit(_CopiesTask(brief.model_copy(deep=True), template, release_at, folder, copies, signals, self._stop))
        return True

    def cancel(self) -> None:
        self._stop.set()

    def wait_idle(self, msecs: int = 30000) -> bool:
        return self._background.wait_idle(msecs)

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._running = False
        self._signals = None
        self.ended.emit()

    def _progress(self, percent: int) -> None:
        if self._dialog is not None:
            self._dialog.setValue(percent)

    def _done(self, rows: list) -> None:
        self._close_dialog()
        self.finished.emit(self._folder, rows)
        self.show_result(self._folder, rows)

    def _failed(self, message: str) -> None:
        self._close_dialog()
        self.show_error(message)

    def _cancelled(self) -> None:
        self._close_dialog()


__all__ = ["CopiesController", "CopiesDialog"]
