"""Exports off the UI thread, with progress, Cancel and a result message.

:class:`ExportRunner` runs :func:`briefer.export.formats.export_brief` on a worker
thread (a :class:`~.background.BackgroundQueue`) on a *copy* of the brief (the user keeps typing
into the original), reports progress as a percentage and can be cancelled:
the writer's cancel check then raises ``ExportCancelled`` and, because
exports to a path are written atomically, no file is left behind.

:class:`ExportController` is the user-facing flow around it: the file
dialog (remembering the last folder, naming the file after the brief's
title), a ``QProgressDialog`` whose Cancel works, and the final message with
"Open file" / "Show in folder".  The file dialog carries a Template
combo (default: the brief's own template), so the same brief can be
exported in another office's layout, and a Version combo: the full brief,
or the releasable version for a reader at one level of the template's
marking scheme (nothing above it is anywhere in the file).

:class:`CopiesController` makes numbered copies (the Distribution page's
button, File ▸ Export Numbered Copies…): one PDF per recipient in a folder
and the register ``distribution.csv``, laid out once and stamped per copy
in the background; existing files are replaced only after the user agreed,
and a failure half way names the copies written.

Every export holds the export package's render lock
(:func:`briefer.export.running.render_turn`) while it runs, and writes
through :func:`briefer.storage.atomic.atomic_write`: a cancelled or failed
export leaves no file behind and an existing one untouched.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QGridLayout, QLabel, QMessageBox, QProgressDialog, QWidget

from ..export.copies import CopiesError, CopiesHalted
from ..export.formats import STANDARD_LABELS, STANDARD_PDF, Format, export_brief
from ..export.running import ExportCancelled, ExportError, render_turn
from ..model import Brief, BriefFileError
from ..model.text import clean_for_display
from ..storage.atomic import ReadOnlyFileError, SaveError, atomic_write, check_target
from ..templates import DEFAULT_TEMPLATE, Template, TemplateLibrary, TemplateNotFound, builtin_templates
from ..templates.markings import ReleaseRefused, release_level, releasable
from .background import BackgroundQueue
from .i18n import count_text
from .messages import confirm
from .reveal import open_file, show_folder
from .settings import AppSettings

log = logging.getLogger(__name__)

def _tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def describe_export_error(err: BaseException) -> str:
    """One sentence for the user about a failed export."""
    if isinstance(err, (SaveError, ExportError, BriefFileError, TemplateNotFound, CopiesError, CopiesHalted)):
        return str(err)
    if isinstance(err, ReleaseRefused):
        return _tr("No releasable version can be made: %s.") % str(err)
    return _tr("The export failed because of an internal error (%s: %s). Your brief is safe; please report this.") % (
        type(err).__name__,
        err,
    )


class _Signals(QObject):
    progress = Signal(int)
    done = Signal(object)  # pages (int | None)
    failed = Signal(str)
    cancelled = Signal()


class _ExportTask:
    def __init__(
        self, brief: Brief, target: str, fmt: Format, template: Template, signals: _Signals, stop: threading.Event,
        ended: threading.Event,
    ):
        self.brief, self.target, self.fmt, self.template = brief, target, fmt, template
        self.signals, self.stop, self.ended = signals, stop, ended
        self._last_percent = -1
        self.replace_read_only = False
        self.release_at: str | None = None
        self.pdf_standard: str | None = None

    def _progress(self, fraction: float) -> None:
        percent = max(0, min(100, int(fraction * 100)))
        if percent != self._last_percent:
            self._last_percent = percent
            self.signals.progress.emit(percent)

    def __call__(self) -> None:
        try:
            self._run()
        finally:
            self.ended.set()  # what ExportRunner.wait waits for

    def _run(self) -> None:
        try:
            with render_turn(self.stop.is_set):
                if self.stop.is_set():
                    raise ExportCancelled()
                with atomic_write(
                    self.target, keep_backup=False, action="write", replace_read_only=self.replace_read_only
                ) as out:
                    pages = export_brief(
                        self.brief,
                        out,
                        self.fmt,
                        self.template,
                        progress=self._progress,
                        cancel=self.stop.is_set,
                        release_at=self.release_at,
                        pdf_standard=self.pdf_standard,
                    )
        except ExportCancelled:
            self.signals.cancelled.emit()
        except Exception as e:  # noqa: BLE001 - every failure becomes a message
            log.exception("export to %s failed", self.target)
            self.signals.failed.emit(describe_export_error(e))
        else:
            self.signals.done.emit(pages)


class ExportRunner(QObject):
    """Runs one export at a time on a worker thread.

    Signals: ``progress(percent)``, ``finished(target, pages)``,
    ``failed(message)``, ``cancelled(target)``; exactly one of the last
    three ends every :meth:`start`.
    """

    progress = Signal(int)
    finished = Signal(str, object)
    failed = Signal(str)
    cancelled = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._background = BackgroundQueue("export")
        self._stop = threading.Event()
        self._ended = threading.Event()
        self._ended.set()  # nothing running
        self._running = False
        self._target = ""
        self._signals: _Signals | None = None

    @property
    def running(self) -> bool:
        return self._running

    def start(
        self,
        brief: Brief,
        target: str | os.PathLike[str],
        fmt: Format,
        template: Template,
        replace_read_only: bool = False,
        pdf_standard: str | None = None,
        release_at: str | None = None,
    ) -> None:
        """Export a snapshot of ``brief`` printed with ``template`` to the
        file ``target`` as ``fmt`` ("pdf"/"docx"); ``replace_read_only`` when
        the user agreed to replace a read-only file; ``pdf_standard`` the
        kind of PDF (None: the template's); ``release_at``: the releasable
        version for a reader at that level."""
        if self._running:
            raise RuntimeError("an export is already running")
        self._running = True
        self._target = os.fspath(target)
        self._stop = threading.Event()
        signals = _Signals()  # lives in this (the UI) thread; the task emits across threads
        signals.progress.connect(self.progress)
        signals.done.connect(self._done)
        signals.failed.connect(self._failed)
        signals.cancelled.connect(self._cancelled)
        self._signals = signals
        snapshot = brief.model_copy(deep=True)
        self._ended = threading.Event()
        task = _ExportTask(snapshot, self._target, fmt, template, signals, self._stop, self._ended)
        task.replace_read_only = replace_read_only
        task.release_at = release_at
        task.pdf_standard = pdf_standard
        self._background.submit(task)

    def cancel(self) -> None:
        """Ask the running export to stop; ``cancelled`` follows."""
        self._stop.set()

    def wait(self, msecs: int) -> bool:
        """Block until the export task has ended (at window close, after
        :meth:`cancel`); True if it did within ``msecs``."""
        return self._ended.wait(msecs / 1000)

    def _finish(self) -> None:
        self._running = False
        self._signals = None

    def _done(self, pages: object) -> None:
        self._finish()
        self.finished.emit(self._target, pages)

    def _failed(self, message: str) -> None:
        self._finish()
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self._finish()
        self.cancelled.emit(self._target)


def suggested_file_name(title: str, ext: str) -> str:
    """A file name from the brief's title: no path separators or characters
    Windows refuses; any script kept; at most 80 characters."""
    name = re.sub(r'[\\/:*?"<>|]+', " ", clean_for_display(title)).strip().strip(".")
    name = re.sub(r"\s+", " ", name)[:80].strip() or "brief"
    return f"{name}.{ext}"


def template_choices(library: TemplateLibrary, brief: Brief) -> tuple[list[tuple[str, str]], str]:
    """``([(name, title), …], default name)`` for the export template
    picker: every template in the library (built-in, user, team); the
    default is the brief's own template when it is installed here, else
    the app's default template."""
    try:
        entries = library.entries()
    except Exception:  # noqa: BLE001 - a broken user folder still leaves the built-ins
        log.exception("could not read the user's templates")
        entries = [(t, "built-in") for t in builtin_templates().values()]
    choices = [(t.name, t.display_title) for t, _source in entries]
    names = [n for n, _ in choices]
    own = brief.layout.template
    default = own if own in names else next((n for n in names if own and n.casefold() == own.casefold()), DEFAULT_TEMPLATE)
    return choices, default


def fill_versions(combo: QComboBox, template: Template | None, keep: str | None = None) -> None:
    """The Version choices: the full brief, then one releasable version per
    level of ``template``'s marking scheme (data: None or the level)."""
    combo.clear()
    combo.addItem(QCoreApplication.translate("ExportController", "Everything (the full brief)"), None)
    if template is not None:
        for level in template.scheme.levels:
            combo.addItem(
                QCoreApplication.translate("ExportController", "Releasable at %s: what such a reader may see") % level.name,
                level.name,
            )
    combo.setCurrentIndex(max(0, combo.findData(keep)) if keep else 0)


def pdf_defaults(library: TemplateLibrary, names: list[str]) -> dict[str, str]:
    """Template name → the kind of PDF it exports by default."""
    out = {}
    for name in names:
        try:
            out[name] = library.get(name).layout.pdf_standard or STANDARD_PDF
        except Exception:  # noqa: BLE001 - a template that no longer reads: the standard PDF
            out[name] = STANDARD_PDF
    return out


class ExportFileDialog(QFileDialog):
    """The export file dialog with Template and Version combos under the
    file name (Qt's own dialog, since a native one cannot take extra
    widgets) and, for a PDF, a PDF combo: a standard PDF, an accessible one
    (PDF/UA) or an archival one (PDF/A-2); it starts at the chosen
    template's default.  Version: the full brief, or the releasable version
    for a reader at one level of the template's marking scheme."""

    def __init__(
        self,
        parent: QWidget | None,
        caption: str,
        path: str,
        name_filter: str,
        choices: list[tuple[str, str]],
        default: str,
        own: str | None,
        pdf_defaults: dict[str, str] | None = None,
        library: TemplateLibrary | None = None,
    ):
        super().__init__(parent, caption, os.path.dirname(path), name_filter)
        self.setObjectName("exportFileDialog")
        self.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        self.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        self.setFileMode(QFileDialog.FileMode.AnyFile)
        self.selectFile(os.path.basename(path))
        self.template_combo = QComboBox(self)
        self.template_combo.setObjectName("exportTemplate")
        for name, title in choices:
            label = title if name != own else QCoreApplication.translate("ExportController", "%s (this brief's template)") % title
            self.template_combo.addItem(label, name)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(default)))
        label = QLabel(QCoreApplication.translate("ExportController", "&Template:"), self)
        label.setBuddy(self.template_combo)
        self.library = library
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("exportVersion")
        self.version_combo.setToolTip(
            QCoreApplication.translate(
                "ExportController",
                "A releasable version holds only the parts marked at or below the level: nothing above it is "
                "anywhere in the file, and numbers close up.",
            )
        )
        self._fill_versions()
        self.template_combo.currentIndexChanged.connect(lambda _i: self._fill_versions())
        version_label = QLabel(QCoreApplication.translate("ExportController", "&Version:"), self)
        version_label.setBuddy(self.version_combo)
        grid = self.layout()
        if isinstance(grid, QGridLayout):
            for lab, combo in ((label, self.template_combo), (version_label, self.version_combo)):
                row = grid.rowCount()
                grid.addWidget(lab, row, 0)
                grid.addWidget(combo, row, 1, 1, max(1, grid.columnCount() - 2))
        self.pdf_combo: QComboBox | None = None
        self._pdf_defaults = pdf_defaults
        if pdf_defaults is not None:
            self.pdf_combo = QComboBox(self)
            self.pdf_combo.setObjectName("exportPdfStandard")
            for key, text in STANDARD_LABELS.items():
                self.pdf_combo.addItem(QCoreApplication.translate("ExportController", text), key)
            self.pdf_combo.setToolTip(
                QCoreApplication.translate(
                    "ExportController",
                    "Accessible and archival PDFs are tagged: a screen reader follows the headings, lists and tables, "
                    "and skips the marking, page numbers and watermark.",
                )
            )
            pdf_label = QLabel(QCoreApplication.translate("ExportController", "&PDF:"), self)
            pdf_label.setBuddy(self.pdf_combo)
            if isinstance(grid, QGridLayout):
                row = grid.rowCount()
                grid.addWidget(pdf_label, row, 0)
                grid.addWidget(self.pdf_combo, row, 1, 1, max(1, grid.columnCount() - 2))
            self.template_combo.currentIndexChanged.connect(self._template_changed)
            self._template_changed()

    def _template_changed(self) -> None:
        """The PDF choice follows the template's default until changed."""
        if self.pdf_combo is None or self._pdf_defaults is None:
            return
        key = self._pdf_defaults.get(self.template_combo.currentData() or "", STANDARD_PDF)
        self.pdf_combo.setCurrentIndex(max(0, self.pdf_combo.findData(key)))

    def _fill_versions(self) -> None:
        template = None
        if self.library is not None and self.template_combo.currentData():
            try:
                template = self.library.get(self.template_combo.currentData())
            except TemplateNotFound:
                template = None
        fill_versions(self.version_combo, template, self.version_combo.currentData())

    def chosen_template(self) -> str | None:
        return self.template_combo.currentData()

    def chosen_release(self) -> str | None:
        return self.version_combo.currentData()

    def chosen_pdf_standard(self) -> str | None:
        """"ua-1", "a-2a", "a-2b", or STANDARD_PDF; None for a Word export."""
        return self.pdf_combo.currentData() if self.pdf_combo is not None else None


class ExportController(QObject):
    """The Export PDF… / Export Word… flow of one window."""

    def __init__(self, window: QWidget, settings: "AppSettings", library: TemplateLibrary):
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.library = library
        self.runner = ExportRunner(self)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._finished)
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self._dialog: QProgressDialog | None = None
        self._queue: list[tuple[str, str, bool]] = []  # files still to write in this export
        self._results: list[tuple[str, object]] = []
        self._then: Callable[[list[tuple[str, object]]], None] | None = None
        self._snapshot: Brief | None = None
        self._template: Template | None = None
        self._release_at: str | None = None
        self._pdf_standard: str | None = None
        self.chosen_template: str | None = None
        """The template picked in the last export dialog (a name)."""
        self.chosen_pdf_standard: str | None = None
        """The kind of PDF picked in the last export dialog (see :data:`STANDARD_LABELS`)."""
        self.chosen_release: str | None = None
        """The version picked in the last export dialog: None (the full brief) or a level."""

    def tr(self, text: str) -> str:  # noqa: D102
        return QCoreApplication.translate("ExportController", text)

    # -- steps a test can replace ------------------------------------------

    def ask_target(self, brief: Brief, fmt: str, near: str | None = None) -> str | None:
        """The file to export to, with the template to use (remembered in
        ``chosen_template`` for :meth:`export`).  The dialog opens beside the
        brief's file (``near``) when it has one, else in the last export folder."""
        folder = (
            (os.path.dirname(os.path.abspath(near)) if near else None)
            or self.settings.last_export_folder()
            or os.path.expanduser("~")
        )
        default = os.path.join(folder, suggested_file_name(brief.title, fmt))
        if fmt == "both":
            default = os.path.join(folder, suggested_file_name(brief.title, "pdf"))
        captions = {"pdf": self.tr("Export PDF"), "docx": self.tr("Export Word document"),
                    "both": self.tr("Export PDF and Word")}
        filters = {"pdf": self.tr("PDF documents (*.pdf)"), "docx": self.tr("Word documents (*.docx)"),
                   "both": self.tr("PDF and Word documents (*.pdf *.docx)")}
        caption, filt = captions[fmt], filters[fmt]
        choices, chosen = template_choices(self.library, brief)
        defaults = pdf_defaults(self.library, [name for name, _ in choices]) if fmt in ("pdf", "both") else None
        dialog = ExportFileDialog(
            self.window, caption, default, filt, choices, chosen, brief.layout.template, defaults, library=self.library
        )
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        path = dialog.selectedFiles()[0]
        self.chosen_template = dialog.chosen_template()
        self.chosen_release = dialog.chosen_release()
        self.chosen_pdf_standard = dialog.chosen_pdf_standard()
        if fmt == "both":
            return path if path.lower().endswith((".pdf", ".docx")) else path + ".pdf"
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        return path

    def show_result(self, path: str, pages: object) -> None:
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export finished"))
        name = os.path.basename(path)
        if isinstance(pages, int):
            pages_text = count_text("ExportController", "%n page(s)", pages)
            box.setText(self.tr("Exported “%1” (%2).").replace("%1", name).replace("%2", pages_text))
        else:
            box.setText(self.tr("Exported “%s”.") % name)
        open_btn = box.addButton(self.tr("Open file"), QMessageBox.ButtonRole.AcceptRole)
        folder_btn = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(open_btn)
        box.exec()
        if box.clickedButton() is open_btn:
            open_file(self.window, path)
        elif box.clickedButton() is folder_btn:
            show_folder(self.window, os.path.dirname(path))

    def confirm_replace_read_only(self, name: str) -> bool:
        return confirm(self.window, self.tr("Read-only file"), self.tr("“%s” is read-only. Replace it anyway?") % name)

    def show_results(self, results: list[tuple[str, object]]) -> None:
        """The message after exporting several files at once (PDF and Word)."""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("Export finished"))
        lines = []
        for path, pages in results:
            name = os.path.basename(path)
            if isinstance(pages, int):
                lines.append("“%s” (%s)" % (name, count_text("ExportController", "%n page(s)", pages)))
            else:
                lines.append("“%s”" % name)
        box.setText(self.tr("Exported %s.") % self.tr(" and ").join(lines))
        folder_btn = box.addButton(self.tr("Show in folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(folder_btn)
        box.exec()
        if box.clickedButton() is folder_btn and results:
            show_folder(self.window, os.path.dirname(results[0][0]))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Export failed"), message)

    # -- the flow ------------------------------------------------------------

    def export(
        self,
        brief: Brief,
        fmt: str,
        target: str | None = None,
        template: str | None = None,
        near: str | None = None,
        then: Callable[[list[tuple[str, object]]], None] | None = None,
        release_at: str | None = None,
    ) -> bool:
        """Ask for a file, a template and a version (unless ``target`` is
        given), then export in the background.  ``fmt`` "both" writes the
        PDF and the Word file side by side (``name.pdf`` and ``name.docx``).
        ``template`` (a name) None means the one chosen in the dialog, else
        the brief's own; ``release_at`` likewise (None: the full brief; a
        releasable version that cannot be made is refused, saying why,
        before any file is touched).  ``then(results)``, when given, is
        called with ``[(path, pages), …]`` once every file is written,
        instead of the result message.  False if nothing was started."""
        if self.runner.running:
            return False
        pdf_standard = None
        if not target:
            self.chosen_template = None
            self.chosen_release = None
            self.chosen_pdf_standard = None
            target = self.ask_target(brief, fmt, near)
            template = template or self.chosen_template
            release_at = release_at or self.chosen_release
            pdf_standard = self.chosen_pdf_standard if fmt in ("pdf", "both") else None
        if not target:
            return False
        if fmt == "both":
            stem, ext = os.path.splitext(target)
            stem = stem if ext.lower() in (".pdf", ".docx") else target
            jobs = [(stem + ".pdf", "pdf"), (stem + ".docx", "docx")]
        else:
            jobs = [(target, fmt)]
        return self.export_files(brief, jobs, template, then, pdf_standard=pdf_standard, release_at=release_at)

    def export_files(
        self,
        brief: Brief,
        jobs: list[tuple[str, str]],
        template: str | None = None,
        then: Callable[[list[tuple[str, object]]], None] | None = None,
        pdf_standard: str | None = None,
        release_at: str | None = None,
    ) -> bool:
        """Export ``brief`` to each ``(target, fmt)`` of ``jobs`` in turn,
        under one progress dialog; see :meth:`export`.  A PDF is the kind
        ``pdf_standard`` names (None: the template's)."""
        if self.runner.running or not jobs:
            return False
        try:
            chosen = self.library.get(template) if template else self.library.for_brief(brief.layout.template)
        except TemplateNotFound as e:
            self.show_error(describe_export_error(e))
            return False
        if release_at is not None:
            try:
                releasable(brief, release_level(release_at, chosen.scheme), chosen.scheme)
            except ReleaseRefused as e:
                self.show_error(describe_export_error(e))
                return False
        queue: list[tuple[str, str, bool]] = []
        for target, fmt in jobs:
            replace_read_only = False
            try:
                check_target(target, action="export to")
            except ReadOnlyFileError:
                if not self.confirm_replace_read_only(os.path.basename(target)):
                    return False
                replace_read_only = True
            except SaveError as e:  # a symbolic link, device, FIFO, socket or folder
                self.show_error(str(e))
                return False
            queue.append((target, fmt, replace_read_only))
        target = queue[0][0]
        if then is None or len(jobs) > 1:
            self.settings.set_last_export_folder(os.path.dirname(os.path.abspath(target)))
        dialog = QProgressDialog(
            self.tr("Exporting “%s”…") % os.path.basename(target), self.tr("Cancel"), 0, 100, self.window
        )
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        dialog.canceled.connect(self.runner.cancel)
        self._dialog = dialog
        self._queue, self._results, self._then = queue[1:], [], then
        self._snapshot, self._template = brief.model_copy(deep=True), chosen
        self._pdf_standard, self._release_at = pdf_standard, release_at
        target, fmt, replace_read_only = queue[0]
        self.runner.start(  # type: ignore[arg-type]
            self._snapshot, target, fmt, chosen, replace_read_only, pdf_standard if fmt == "pdf" else None, release_at
        )
        return True

    def _close_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.runner.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None

    def _progress(self, percent: int) -> None:
        if self._dialog is not None:
            self._dialog.setValue(percent)

    def _finished(self, path: str, pages: object) -> None:
        self._results.append((path, pages))
        if self._queue:  # the next file of the same snapshot
            target, fmt, replace_read_only = self._queue.pop(0)
            if self._dialog is not None:
                self._dialog.setLabelText(self.tr("Exporting “%s”…") % os.path.basename(target))
                self._dialog.setValue(0)
            standard = self._pdf_standard if fmt == "pdf" else None
            self.runner.start(self._snapshot, target, fmt, self._template, replace_read_only, standard, self._release_at)  # type: ignore[arg-type]
            return
        self._close_dialog()
        results, then = self._results, self._then
        self._results, self._then = [], None
        if then is not None:
            then(results)
        elif len(results) == 1:
            self.show_result(*results[0])
        else:
            self.show_results(results)

    def _failed(self, message: str) -> None:
        self._queue, self._results, self._then = [], [], None
        self._close_dialog()
        self.show_error(message)

    def _cancelled(self, _path: str) -> None:
        self._queue, self._results, self._then = [], [], None
        self._close_dialog()
