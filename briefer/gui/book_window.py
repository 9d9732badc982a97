"""The trip book window: the briefs of a book in order, its programme, a
preview of the whole book, and its export.

The window edits a :class:`~briefer.model.book.Book`; reading, writing and
printing go through :mod:`briefer.storage.books` and
:mod:`briefer.export.book`, as in ``briefer book``.  Its Version chooser
(the full book, or the releasable book for a reader at one level of the
first brief's marking scheme, as ``briefer book export --release-at``)
governs both the preview and the exports.  While the book is
untitled its briefs are listed by absolute path; saving lists them relative
to the book's folder.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections.abc import Callable

import briefer.gui  # noqa: F401  (loads pydantic before PySide6)
from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, QBuffer, QByteArray, QCoreApplication, QIODevice, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..export.formats import STANDARD_LABELS, STANDARD_PDF, export_book
from ..export.running import ExportError
from ..model.book import BOOK_EXTENSION, Book, BookBrief, BookFileError
from ..model.brief import Brief
from ..model.fileformat import BriefFileError, problems_from_validation
from ..storage.atomic import SaveError, atomic_write
from ..storage.books import brief_path, load_book, load_book_briefs, relative_brief_file, save_book
from ..storage.files import load_brief
from ..export.book import check_book_release
from ..templates import Template, TemplateLibrary, build_library
from ..templates.markings import ReleaseRefused
from .editors.marking import level_icon
from .files import Prompter, SaveAnswer
from .i18n import count_text
from .messages import show_message

BOOK_FILTER = QT_TRANSLATE_NOOP("BookWindow", "Trip books (*.briefbook)")
BRIEF_FILTER = QT_TRANSLATE_NOOP("BookWindow", "Briefs (*.brief)")
PATH_ROLE = Qt.ItemDataRole.UserRole
PROGRAMME_COLUMNS = (
    QT_TRANSLATE_NOOP("BookWindow", "Date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("BookWindow", "Time (HH:MM)"),
    QT_TRANSLATE_NOOP("BookWindow", "Item"),
    QT_TRANSLATE_NOOP("BookWindow", "Brief"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookWindow", text)


class BookPrompter:
    """The questions the book window asks; tests answer them instead."""

    def __init__(self, parent: QWidget | None = None):
        self.parent = parent
        self.pdf_standard: str | None = None
        """The kind of PDF chosen in the last export dialog (its file type)."""
        self.release_level: str | None = None
        """The version the window exports (None: the full book); the export dialog's title says it."""

    def ask_brief_paths(self, folder: str) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self.parent, _tr("Add briefs"), folder, _tr(BRIEF_FILTER))
        return paths

    def ask_book_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, _tr("Save trip book as"), suggested, _tr(BOOK_FILTER))
        if not path:
            return None
        return path if path.lower().endswith(BOOK_EXTENSION) else path + BOOK_EXTENSION

    def ask_export_path(self, suggested: str, fmt: str) -> str | None:
        """The file to export to; for a PDF the file type chosen is the kind
        of PDF (standard, accessible or archival), kept in ``pdf_standard``."""
        if fmt == "pdf":
            kinds = {f"{_tr(label)} (*.pdf)": key for key, label in STANDARD_LABELS.items()}
            name = ";;".join(kinds)
        else:
            kinds, name = {}, _tr("Word (*.docx)")
        caption = (_tr("Export trip book, releasable at %1").replace("%1", self.release_level) if self.release_level
                   else _tr("Export trip book"))
        path, chosen = QFileDialog.getSaveFileName(self.parent, caption, suggested, name)
        self.pdf_standard = kinds.get(chosen, STANDARD_PDF) if fmt == "pdf" else None
        if not path:
            return None
        return path if path.lower().endswith("." + fmt) else f"{path}.{fmt}"

    def error(self, title: str, text: str, detail: str = "") -> None:
        show_message(self.parent, title, text, detail)

    def ask_save_changes(self, name: str) -> SaveAnswer:
        """Save, discard or cancel before closing a changed book: the same
        question as for a brief."""
        return Prompter(self.parent).ask_save_changes(name)


class BookWindow(QMainWindow):
    """One window editing one trip book."""

    def __init__(
        self,
        *,
        prompter: BookPrompter | None = None,
        open_brief: Callable[[str], object] | None = None,
        library: TemplateLibrary | None = None,
    ):
        """``library`` gives each brief its template (the window builds
        one when none is given)."""
        super().__init__()
        self.setObjectName("bookWindow")
        self.library = library if library is not None else build_library()
        self.prompter = prompter or BookPrompter(self)
        self._open_brief = open_brief
        self.path: str | None = None
        self._extra = Book(title="Trip book")  # what the window does not edit (unknown keys), kept on save
        self.titles: dict[str, str] = {}  # brief path -> its title, for the programme's choices
        self._template_names: dict[str, str | None] = {}  # brief path -> its template's name (the Version choices)
        self._entries: dict[str, BookBrief] = {}  # brief path -> its entry as read (unknown keys kept)

        self.title_edit = QLineEdit(_tr("Trip book"), self)
        self.title_edit.setObjectName("bookTitle")
        self.subtitle_edit = QLineEdit(self)
        self.prepared_for_edit = QLineEdit(self)
        self.marking_edit = QLineEdit(self)
        form = QFormLayout()
        form.addRow(_tr("Title"), self.title_edit)
        form.addRow(_tr("Subtitle"), self.subtitle_edit)
        form.addRow(_tr("Prepared for"), self.prepared_for_edit)
        form.addRow(_tr("Marking (at least)"), self.marking_edit)
        self.version_combo = QComboBox(self)
        self.version_combo.setObjectName("bookVersion")
        self.version_combo.setToolTip(
            _tr("The whole book, or the releasable book for a reader at one level: each brief holds only the parts "
                "marked at or below it, nothing above it is anywhere in the file, and numbers close up. "
                "The preview and both exports print the version chosen here.")
        )
        self._version_scheme: str | None = None
        self._fill_versions()
        form.addRow(_tr("Version"), self.version_combo)

        self.brief_list = QListWidget(self)
        self.brief_list.setObjectName("bookBriefs")
        self.brief_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.brief_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.brief_list.itemActivated.connect(lambda _item: self.open_selected())
        self.brief_list.model().rowsMoved.connect(lambda *_: self._refresh_programme_choices())
        brief_buttons = QHBoxLayout()
        for text, slot in (
            (_tr("Add Briefs…"), self.add_briefs_dialog),
            (_tr("Remove"), self.remove_selected),
            (_tr("Open to Edit"), self.open_selected),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            brief_buttons.addWidget(button)

        self.programme = QTableWidget(0, len(PROGRAMME_COLUMNS), self)
        self.programme.setObjectName("bookProgramme")
        self.programme.setHorizontalHeaderLabels([_tr(c) for c in PROGRAMME_COLUMNS])
        self.programme.horizontalHeader().setStretchLastSection(True)
        self.programme.setColumnWidth(2, 160)
        programme_buttons = QHBoxLayout()
        for text, slot in ((_tr("Add Row"), self.add_programme_row), (_tr("Remove Row"), self.remove_programme_row)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            programme_buttons.addWidget(button)

        left = QWidget(self)
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addWidget(QLabel(_tr("Briefs, in the order they print (drag to reorder; double-click to edit):"), self))
        column.addWidget(self.brief_list)
        column.addLayout(brief_buttons)
        column.addWidget(QLabel(_tr("Programme:"), self))
        column.addWidget(self.programme)
        column.addLayout(programme_buttons)
        file_buttons = QHBoxLayout()
        for text, slot in (
            (_tr("Save"), self.save),
            (_tr("Preview"), self.preview_book),
            (_tr("Export PDF…"), lambda: self.export_dialog("pdf")),
            (_tr("Export Word…"), lambda: self.export_dialog("docx")),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            file_buttons.addWidget(button)
        column.addLayout(file_buttons)

        self.preview_label = QLabel(_tr("Preview: press Preview to print the whole book here."), self)
        self.preview_label.setObjectName("bookPreviewLabel")
        self.pdf_view = QPdfView(self)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._pdf: tuple[QPdfDocument, QBuffer] | None = None
        right = QWidget(self)
        preview_column = QVBoxLayout(right)
        preview_column.addWidget(self.preview_label)
        preview_column.addWidget(self.pdf_view)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 620])
        self.setCentralWidget(splitter)
        self.resize(1100, 750)
        self._saved = self._snapshot()
        self._update_title()

    # ------------------------------------------------------------------
    # Briefs
    # ------------------------------------------------------------------

    def brief_paths(self) -> list[str]:
        return [self.brief_list.item(i).data(PATH_ROLE) for i in range(self.brief_list.count())]

    def add_briefs(self, paths: list[str]) -> bool:
        """Add the briefs at ``paths`` at the end; each is read first, and
        one that cannot be read, or is in the book already, is refused by name."""
        listed = set(self.brief_paths())
        for path in paths:
            path = os.path.abspath(path)
            if path in listed:
                self.prompter.error(_tr("Add briefs"), _tr("“%1” is in the book already; a brief is listed once.")
                                    .replace("%1", os.path.basename(path)))
                return False
            try:
                brief = load_brief(path).brief
            except BriefFileError as e:
                self.prompter.error(_tr("Add briefs"), str(e))
                return False
            self._append_brief(path, brief)
            listed.add(path)
        self._refresh_programme_choices()
        return True

    def _append_brief(self, path: str, brief: Brief | None) -> None:
        title = brief.title if brief is not None else os.path.basename(path)
        self.titles[path] = title
        self._template_names[path] = brief.layout.template if brief is not None else None
        item = QListWidgetItem(f"{title}  —  {os.path.basename(path)}")
        item.setData(PATH_ROLE, path)
        item.setToolTip(path)
        self.brief_list.addItem(item)

    def add_briefs_dialog(self) -> bool:
        folder = os.path.dirname(self.path) if self.path else os.path.expanduser("~")
        paths = self.prompter.ask_brief_paths(folder)
        return self.add_briefs(paths) if paths else False

    def move_brief(self, row: int, to: int) -> None:
        """Move the brief at ``row`` to ``to`` (what a drag does)."""
        item = self.brief_list.takeItem(row)
        self.brief_list.insertItem(to, item)
        self._refresh_programme_choices()

    def remove_selected(self) -> None:
        row = self.brief_list.currentRow()
        if row >= 0:
            path = self.brief_list.takeItem(row).data(PATH_ROLE)
            self.titles.pop(path, None)
            self._refresh_programme_choices()

    def open_selected(self) -> None:
        item = self.brief_list.currentItem()
        if item is not None and self._open_brief is not None:
            self._open_brief(item.data(PATH_ROLE))

    # ------------------------------------------------------------------
    # Programme
    # ------------------------------------------------------------------

    def add_programme_row(self, date: str = "", time: str = "", item: str = "", brief: str | None = None) -> int:
        row = self.programme.rowCount()
        self.programme.insertRow(row)
        for col, text in enumerate((date, time, item)):
            self.programme.setItem(row, col, QTableWidgetItem(text))
        combo = QComboBox(self.programme)
        self.programme.setCellWidget(row, 3, combo)
        self._fill_choices(combo, brief)
        return row

    def remove_programme_row(self) -> None:
        row = self.programme.currentRow()
        if row >= 0:
            self.programme.removeRow(row)

    def _fill_choices(self, combo: QComboBox, chosen: str | None) -> None:
        combo.clear()
        combo.addItem("", None)
        for n, path in enumerate(self.brief_paths(), start=1):
            combo.addItem(f"{n}. {self.titles.get(path, os.path.basename(path))}", path)
            if path == chosen:
                combo.setCurrentIndex(n)

    def _refresh_programme_choices(self) -> None:
        """The programme's brief choices follow the list; a row keeps its brief
        when the briefs are reordered (and loses it when it is removed)."""
        self._fill_versions()
        for row in range(self.programme.rowCount()):
            combo = self.programme.cellWidget(row, 3)
            if isinstance(combo, QComboBox):
                self._fill_choices(combo, combo.currentData())

    def set_programme_brief(self, row: int, path: str | None) -> None:
        combo = self.programme.cellWidget(row, 3)
        index = combo.findData(os.path.abspath(path) if path else None)
        combo.setCurrentIndex(max(index, 0))

    # ------------------------------------------------------------------
    # The book
    # ------------------------------------------------------------------

    def _text(self, row: int, col: int) -> str:
        item = self.programme.item(row, col)
        return item.text().strip() if item is not None else ""

    def current_book(self, book_path: str | None = None) -> Book:
        """The book as the window shows it, its briefs listed relative to
        ``book_path`` (default: where the book is saved; absolute while
        untitled).  Raises ``ValueError`` saying which value is wrong."""
        where = book_path or self.path
        paths = self.brief_paths()
        files = [relative_brief_file(where, p) if where else p for p in paths]
        rows = []
        for row in range(self.programme.rowCount()):
            combo = self.programme.cellWidget(row, 3)
            chosen = combo.currentData() if isinstance(combo, QComboBox) else None
            rows.append(
                {
                    "date": self._text(row, 0),
                    "time": self._text(row, 1),
                    "item": self._text(row, 2),
                    "brief": paths.index(chosen) if chosen in paths else None,
                }
            )
        data = {
            **self._extra.model_dump(mode="json"),
            "title": self.title_edit.text(),
            "subtitle": self.subtitle_edit.text(),
            "prepared_for": self.prepared_for_edit.text(),
            "marking": self.marking_edit.text(),
            "briefs": [
                {**(self._entries[p].model_dump(mode="json") if p in self._entries else {}), "file": f}
                for p, f in zip(paths, files)
            ],
            "programme": rows,
        }
        try:
            book = Book.model_validate(data)
        except ValidationError as e:
            problem = problems_from_validation(e)[0]
            raise ValueError(f"{problem}: correct it and try again") from None
        book.envelope_extra = self._extra.envelope_extra
        return book

    def show_book(self, book: Book, path: str | None) -> None:
        """Show ``book`` (read from ``path``) in the window.  A brief that
        cannot be read is still listed, by its file name."""
        self.path = os.path.abspath(path) if path else None
        self._extra = book
        self.title_edit.setText(book.title)
        self.subtitle_edit.setText(book.subtitle or "")
        self.prepared_for_edit.setText(book.prepared_for or "")
        self.marking_edit.setText(book.marking or "")
        self.brief_list.clear()
        self.titles.clear()
        self._entries.clear()
        paths = []
        for entry in book.briefs:
            full = os.path.abspath(brief_path(path, entry.file)) if path else entry.file
            try:
                brief = load_brief(full).brief
            except BriefFileError:
                brief = None
            self._append_brief(full, brief)
            self._entries[full] = entry
            paths.append(full)
        self.programme.setRowCount(0)
        for row in book.programme:
            chosen = paths[row.brief] if row.brief is not None and row.brief < len(paths) else None
            self.add_programme_row(
                row.date.isoformat() if row.date else "",
                row.time.strftime("%H:%M") if row.time else "",
                row.item,
                chosen,
            )
        self._fill_versions()
        self._saved = self._snapshot()
        self._update_title()

    def open_book(self, path: str) -> bool:
        try:
            loaded = load_book(path)
        except BookFileError as e:
            self.prompter.error(_tr("Could not open the trip book"), str(e))
            return False
        self.show_book(loaded.book, path)
        return True

    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self._write(self.path)

    def save_as(self) -> bool:
        path = self.prompter.ask_book_path(self.path or os.path.join(os.path.expanduser("~"), "trip.briefbook"))
        return self._write(path) if path else False

    def _write(self, path: str) -> bool:
        try:
            book = self.current_book(path)
            save_book(path, book)
        except (ValueError, SaveError) as e:
            self.prompter.error(_tr("Could not save the trip book"), str(e))
            return False
        self.path = os.path.abspath(path)
        self._extra = book
        self._saved = self._snapshot()
        self._update_title()
        return True

    # ------------------------------------------------------------------
    # Unsaved changes
    # ------------------------------------------------------------------

    def _snapshot(self) -> object:
        """What the window shows, to compare with what was last saved or opened."""
        try:
            return self.current_book().model_dump(mode="json")
        except ValueError as e:
            return ("invalid", str(e))  # a value the book refuses is a change too

    def is_modified(self) -> bool:
        return self._snapshot() != self._saved

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        """A changed book is not closed without asking: save, discard or cancel."""
        if self.is_modified():
            name = os.path.basename(self.path) if self.path else _tr("Untitled trip book")
            answer = self.prompter.ask_save_changes(name)
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        event.accept()

    # ------------------------------------------------------------------
    # Version: the full book or a releasable one
    # ------------------------------------------------------------------

    def _fill_versions(self) -> None:
        """The Version choices: the full book, then one releasable book per
        level of the first brief's template's marking scheme (filled again
        only when that scheme changes; the choice is kept when it still exists)."""
        paths = self.brief_paths() if hasattr(self, "brief_list") else []
        scheme = self.library.for_brief(self._template_names.get(paths[0])).scheme if paths else None
        key = scheme.key if scheme is not None else None
        if key == self._version_scheme and self.version_combo.count():
            return
        self._version_scheme = key
        keep = self.version_combo.currentData()
        self.version_combo.clear()
        self.version_combo.addItem(_tr("Everything (the full book)"), None)
        for level in scheme.levels if scheme is not None else ():
            self.version_combo.addItem(
                level_icon(level.colour), _tr("Releasable at %1 (what such a reader may see)").replace("%1", level.name), level.name
            )
        self.version_combo.setCurrentIndex(max(0, self.version_combo.findData(keep)) if keep else 0)

    def release_level(self) -> str | None:
        """The level the book is printed for (None: the full book)."""
        return self.version_combo.currentData()

    def set_release_level(self, level: str | None) -> bool:
        """Choose the version; False when ``level`` is not offered."""
        index = self.version_combo.findData(level) if level else 0
        if index < 0:
            return False
        self.version_combo.setCurrentIndex(index)
        return True

    def _printable(self) -> tuple[Book, list[Brief]] | None:
        """The book and its briefs read from disk, or None after saying why
        (also when the chosen version cannot be made)."""
        try:
            book = self.current_book()
            where = self.path or os.path.join(os.getcwd(), "untitled.briefbook")
            briefs = load_book_briefs(where, book).briefs
            level = self.release_level()
            if level is not None:
                check_book_release(book, briefs, self._templates(briefs), level)
        except (ValueError, BookFileError) as e:  # ReleaseRefused is a ValueError
            self.prompter.error(_tr("The trip book cannot be printed"), str(e), _tr("Nothing was printed."))
            return None
        return book, briefs

    def _templates(self, briefs: list[Brief]) -> list[Template]:
        """Each brief's own template (the default when it is not installed here)."""
        return [self.library.for_brief(b.layout.template) for b in briefs]

    def preview_book(self) -> int:
        """Print the whole book into the preview; returns its page count (0 when it cannot be printed)."""
        printable = self._printable()
        if printable is None:
            return 0
        book, briefs = printable
        buf = io.BytesIO()
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            pages = int(export_book(book, briefs, self._templates(briefs), buf, "pdf", release_at=self.release_level()) or 0)
        finally:
            self.unsetCursor()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(buf.getvalue()))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        pdf = QPdfDocument(self)
        pdf.load(buffer)
        self.pdf_view.setDocument(pdf)
        if self._pdf is not None:
            old_pdf, old_buffer = self._pdf
            old_pdf.deleteLater()
            old_buffer.deleteLater()
        self._pdf = (pdf, buffer)
        text = count_text("BookWindow", "Preview: %n page(s), printed %1.", pages).replace("%1", f"{dt.datetime.now():%H:%M}")
        if self.release_level():
            text += " " + _tr("This is the book a reader at %1 gets.").replace("%1", self.release_level() or "")
        self.preview_label.setText(text)
        return pages

    def export(self, fmt: str, target: str, pdf_standard: str | None = None) -> bool:
        """Export the book to ``target``; a PDF is a tagged one meeting
        ``pdf_standard`` when given (see :data:`STANDARD_LABELS`)."""
        printable = self._printable()
        if printable is None:
            return False
        book, briefs = printable
        try:
            with atomic_write(target, keep_backup=False, action="write") as out:
                export_book(book, briefs, self._templates(briefs), out, fmt, pdf_standard=pdf_standard,  # type: ignore[arg-type]
                            release_at=self.release_level())
        except (SaveError, ExportError, ReleaseRefused) as e:
            self.prompter.error(_tr("Could not export the trip book"), str(e))
            return False
        name = os.path.basename(target)
        level = self.release_level()
        message = (_tr("Exported %1, releasable at %2").replace("%1", name).replace("%2", level) if level
                   else _tr("Exported %1").replace("%1", name))
        self.statusBar().showMessage(message, 8000)
        return True

    def export_dialog(self, fmt: str) -> bool:
        stem = os.path.splitext(self.path)[0] if self.path else os.path.join(os.path.expanduser("~"), "trip")
        self.prompter.release_level = self.release_level()
        target = self.prompter.ask_export_path(f"{stem}.{fmt}", fmt)
        standard = getattr(self.prompter, "pdf_standard", None) if fmt == "pdf" else None
        return self.export(fmt, target, standard) if target else False

    def _update_title(self) -> None:
        name = os.path.basename(self.path) if self.path else _tr("Untitled trip book")
        self.setWindowTitle(f"{name} — Briefer")


__all__ = ["BookPrompter", "BookWindow"]
