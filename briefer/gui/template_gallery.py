"""The template gallery ("New from Template…").

:class:`TemplateGallery` shows every template the library knows — built-in,
the user's own and the team's — as a grid of first-page thumbnails (made
off the UI thread by :class:`~.thumbnails.ThumbnailLoader`), with the
chosen one's name, source and description beside the grid.  Create (or a
double-click) accepts the dialog; :meth:`TemplateGallery.selected_name`
then names the template.  The same dialog imports template files, exports
any template to a file to share, and renames, edits and deletes the user's
own templates.  Every question goes through
:class:`~.template_prompter.TemplatePrompter`; a template file that cannot
be used becomes a message, and the gallery keeps working.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPalette, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ..model.sections import resolve_order, resolve_titles
from ..storage import SaveError
from ..storage.safe_read import read_limited
from ..templates import settings as template_settings
from ..templates import FILE_EXTENSION, Template, TemplateFileError, TemplateLibrary, TemplateNotFound, builtin_templates, template_from_bytes
from ..templates import user_templates
from ..templates.model import MAX_TEMPLATE_BYTES
from ..templates.reference_docx import describe_parts_not_taken
from .template_editor import TemplateEditor
from .template_prompter import TemplatePrompter, describe_template_error
from .thumbnails import THUMB_WIDTH, ThumbnailLoader, placeholder_image

log = logging.getLogger(__name__)

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 2
DESCRIPTION_ROLE = Qt.ItemDataRole.UserRole + 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Templates", text)


def source_label(source: str) -> str:
    """How a library source is named to the user."""
    return {"built-in": _tr("Built-in"), "user": _tr("Your template"), "team": _tr("Team template")}.get(source, source)


@dataclass(frozen=True)
class GalleryEntry:
    template: Template
    source: str  # "built-in", "user" or "team"

    @property
    def name(self) -> str:
        return self.template.name


def library_entries(library: TemplateLibrary) -> tuple[list[GalleryEntry], list[tuple[os.PathLike[str], str]]]:
    """Every template with its source, and the files that were skipped."""
    problems = library.problems()
    return [GalleryEntry(t, s) for t, s in library.entries()], problems


class ThumbnailDelegate(QStyledItemDelegate):
    """A page thumbnail with a hairline frame, the title under it (two lines
    at most) and the source in a quieter colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.thumb = QSize(THUMB_WIDTH, round(THUMB_WIDTH * 297 / 210))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        line = option.fontMetrics.lineSpacing()
        return QSize(self.thumb.width() + 24, self.thumb.height() + 16 + line * 3 + 8)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            highlight = palette.color(QPalette.ColorRole.Highlight)
            fill = QColor(highlight)
            fill.setAlpha(40)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(rect.adjusted(2, 2, -2, -2), 6, 6)
        page = QRect(rect.left() + (rect.width() - self.thumb.width()) // 2, rect.top() + 8, self.thumb.width(), self.thumb.height())
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            painter.drawPixmap(page, pixmap)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(palette.color(QPalette.ColorRole.Highlight) if selected else QColor("#C9CED6"))
        painter.drawRect(page.adjusted(0, 0, -1, -1))
        if selected:
            painter.drawRect(page.adjusted(-1, -1, 0, 0))
        line = option.fontMetrics.lineSpacing()
        text_rect = QRect(rect.left() + 6, page.bottom() + 8, rect.width() - 12, line * 2)
        font = QFont(option.font)
        font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(text_rect, flags, title).intersected(text_rect)
        painter.drawText(text_rect, flags, title)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        src_rect = QRect(rect.left() + 6, used.bottom() + 2, rect.width() - 12, line)
        painter.drawText(src_rect, Qt.AlignmentFlag.AlignHCenter, source_label(str(index.data(SOURCE_ROLE) or "")))
        painter.restore()


class TemplateGallery(QDialog):
    """New from Template: pick a template from thumbnails.

    ``selected_name()`` after ``exec()`` returns Accepted.  ``changed`` is
    emitted after an import, rename, edit or delete changed the library."""

    changed = Signal()

    def __init__(
        self,
        library: TemplateLibrary,
        parent: QWidget | None = None,
        *,
        prompter: TemplatePrompter | None = None,
        selected: str | None = None,
    ):
        super().__init__(parent)
        self.library = library
        self.setObjectName("templateGallery")
        self.setWindowTitle(self.tr("New from Template"))
        self.prompter = prompter or TemplatePrompter(self)
        self.entries: list[GalleryEntry] = []
        self.problems: list[tuple[os.PathLike[str], str]] = []
        self._placeholder = QPixmap.fromImage(placeholder_image(THUMB_WIDTH * 2, ""))
        self.loader = ThumbnailLoader(self)
        self.loader.ready.connect(self._thumbnail_ready)
        self.loader.failed.connect(self._thumbnail_failed)

        self.model = QStandardItemModel(self)
        self.view = QListView(self)
        self.view.setObjectName("templateList")
        self.view.setAccessibleName(self.tr("Templates"))
        self.view.setViewMode(QListView.ViewMode.IconMode)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.view.setUniformItemSizes(True)
        self.view.setSpacing(6)
        self.view.setWordWrap(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setItemDelegate(ThumbnailDelegate(self.view))
        self.view.setModel(self.model)
        self.view.doubleClicked.connect(lambda _i: self.accept_selection())
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_details())

        # -- details beside the grid ------------------------------------
        self.title_label = QLabel(self)
        self.title_label.setObjectName("templateTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setWeight(QFont.Weight.DemiBold)
        self.title_label.setFont(font)
        self.source_label = QLabel(self)
        self.source_label.setObjectName("templateSource")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        muted = self.source_label.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.source_label.setPalette(muted)
        self.description_label = QLabel(self)
        self.description_label.setObjectName("templateDescription")
        self.description_label.setWordWrap(True)
        self.description_label.setTextFormat(Qt.TextFormat.PlainText)
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sections_label = QLabel(self)
        self.sections_label.setObjectName("templateSections")
        self.sections_label.setWordWrap(True)
        self.sections_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sections_label.setPalette(muted)

        details = QFrame(self)
        details.setObjectName("templateDetails")
        unit = self.fontMetrics().horizontalAdvance("M")
        details.setFixedWidth(unit * 20)
        box = QVBoxLayout(details)
        box.setContentsMargins(unit, 4, 0, 0)
        box.addWidget(self.title_label)
        box.addWidget(self.source_label)
        box.addSpacing(unit // 2)
        box.addWidget(self.description_label)
        box.addSpacing(unit // 2)
        box.addWidget(self.sections_label)
        box.addStretch(1)
        # The thumbnails show the example brief in each layout; say so, or a
        # user expects the new brief to come with that text.
        self.preview_note = QLabel(
            self.tr("Pictures show the example brief in each layout. A new brief starts with the template's standing text only."),
            details,
        )
        self.preview_note.setObjectName("templatePreviewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setPalette(muted)
        box.addWidget(self.preview_note)

        # -- buttons --------------------------------------------------------
        self.import_button = QPushButton(self.tr("&Import…"), self)
        self.export_button = QPushButton(self.tr("E&xport…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.rename_button = QPushButton(self.tr("Re&name…"), self)
        self.delete_button = QPushButton(self.tr("&Delete"), self)
        self.import_button.setToolTip(self.tr("Add a .brieftemplate file to your templates"))
        self.export_button.setToolTip(self.tr("Save this template as a file to share it"))
        self.import_button.clicked.connect(self.import_template)
        self.export_button.clicked.connect(self.export_template)
        self.edit_button.clicked.connect(self.edit_template)
        self.rename_button.clicked.connect(self.rename_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.create_button = self.buttons.addButton(self.tr("&Create"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.buttons.accepted.connect(self.accept_selection)
        self.buttons.rejected.connect(self.reject)

        tools = QHBoxLayout()
        for button in (self.import_button, self.export_button, self.edit_button, self.rename_button, self.delete_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.buttons)
        top = QHBoxLayout()
        top.addWidget(self.view, 1)
        top.addWidget(details)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addLayout(tools)

        item = self.view.itemDelegate().sizeHint(self.view.viewOptions() if hasattr(self.view, "viewOptions") else QStyleOptionViewItem(), QModelIndex())
        spacing = self.view.spacing() * 2
        # four columns and two rows of thumbnails, the details beside them
        self.resize((item.width() + spacing) * 4 + unit * 20 + 64, (item.height() + spacing) * 2 + 80)
        self.reload(selected)

    # -- contents -------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the library again (after an import, a rename…) and select
        ``select``, else the current template, else the first."""
        select = select or self.selected_name()
        try:
            self.entries, self.problems = library_entries(self.library)
        except Exception as e:  # noqa: BLE001 - a broken user folder must not hide the built-ins
            log.exception("listing templates failed")
            self.entries = [GalleryEntry(t, "built-in") for t in builtin_templates().values()]
            self.problems = [(template_settings.user_templates_dir(), str(e))]
        self.model.clear()
        for entry in self.entries:
            t = entry.template
            item = QStandardItem(t.display_title)
            item.setData(self._placeholder, Qt.ItemDataRole.DecorationRole)
            item.setData(t.name, NAME_ROLE)
            item.setData(entry.source, SOURCE_ROLE)
            item.setData(t.description or "", DESCRIPTION_ROLE)
            item.setToolTip(f"{t.display_title}\n{source_label(entry.source)}" + (f"\n\n{t.description}" if t.description else ""))
            item.setEditable(False)
            self.model.appendRow(item)
            self.loader.request(t)
        row = next((i for i, e in enumerate(self.entries) if e.name == select), 0)
        if self.entries:
            self.view.setCurrentIndex(self.model.index(row, 0))
        self._update_details()

    def names(self) -> list[str]:
        return [e.name for e in self.entries]

    def titles(self) -> list[str]:
        return [e.template.display_title for e in self.entries]

    def entry(self, name: str | None = None) -> GalleryEntry | None:
        name = name if name is not None else self.selected_name()
        return next((e for e in self.entries if e.name == name), None)

    def selected_name(self) -> str | None:
        index = self.view.currentIndex() if hasattr(self, "view") else QModelIndex()
        return index.data(NAME_ROLE) if index.isValid() else None

    def select(self, name: str) -> bool:
        for row, entry in enumerate(self.entries):
            if entry.name == name:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def _update_details(self) -> None:
        entry = self.entry()
        if entry is None:
            self.title_label.setText(self.tr("No template"))
            self.source_label.clear()
            self.description_label.clear()
            self.sections_label.clear()
        else:
            t = entry.template
            titles = resolve_titles(t.layout.section_titles)
            order = [titles[k] for k in resolve_order(t.layout.sections)]
            self.title_label.setText(t.display_title)
            self.source_label.setText(source_label(entry.source))
            self.description_label.setText(t.description or self.tr("No description."))
            self.sections_label.setText(
                self.tr("Sections: %s") % ", ".join(order) + "\n" + self.tr("Page: %s, style: %s") % (t.layout.page_size, t.layout.style)
            )
        own = entry is not None and entry.source == "user"
        for button in (self.edit_button, self.rename_button, self.delete_button):
            button.setEnabled(own)
            button.setToolTip("" if own else self.tr("Only your own templates can be changed"))
        self.export_button.setEnabled(entry is not None)
        self.create_button.setEnabled(entry is not None)

    def _thumbnail_ready(self, name: str, image: QImage) -> None:
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(NAME_ROLE) == name:
                item.setData(QPixmap.fromImage(image), Qt.ItemDataRole.DecorationRole)

    def _thumbnail_failed(self, name: str, message: str) -> None:
        pixmap = QPixmap.fromImage(placeholder_image(THUMB_WIDTH * 2, self.tr("No preview")))
        for row in range(self.model.rowCount()):
            item = self.model.item(row)
            if item.data(NAME_ROLE) == name:
                item.setData(pixmap, Qt.ItemDataRole.DecorationRole)
                item.setToolTip(item.toolTip() + "\n\n" + self.tr("The preview could not be made: %s") % message)

    # -- actions ----------------------------------------------------------------

    def accept_selection(self) -> None:
        if self.selected_name() is not None:
            self.accept()

    def import_template(self) -> str | None:
        """Import a template file into the user's templates.  The imported
        template's name, or None (cancelled or refused, with a message)."""
        path = self.prompter.ask_import_path()
        if not path:
            return None
        title = self.tr("Could not import the template")
        try:
            try:
                template = user_templates.import_template_file(self.library, path)
            except user_templates.TemplateExistsError as e:
                if isinstance(e, user_templates.BuiltinNameError):
                    raise
                name = template_from_bytes(read_limited(path, MAX_TEMPLATE_BYTES)).name
                if not self.prompter.confirm_overwrite(name):
                    return None
                template = user_templates.import_template_file(self.library, path, overwrite=True)
        except TemplateFileError as e:
            self.prompter.error(title, self.tr("“%s” is not a template Briefer can use: %s.") % (os.path.basename(path), str(e).rstrip(".")))
            return None
        except (user_templates.UserTemplateError, SaveError, OSError) as e:
            self.prompter.error(title, describe_template_error(e))
            return None
        self.reload(template.name)
        self.changed.emit()
        reference = template.layout.reference_docx_bytes()
        notice = describe_parts_not_taken(reference) if reference else None
        if notice:
            self.prompter.info(self.tr("Word reference document"), notice)
        return template.name

    def export_template(self) -> bool:
        entry = self.entry()
        if entry is None:
            return False
        path = self.prompter.ask_export_path(os.path.join(os.path.expanduser("~"), user_templates.slug(entry.name) + FILE_EXTENSION))
        if not path:
            return False
        try:
            user_templates.export_template_file(self.library, entry.name, path)
        except (user_templates.UserTemplateError, SaveError, TemplateNotFound, OSError) as e:
            self.prompter.error(self.tr("Could not export the template"), describe_template_error(e))
            return False
        return True

    def rename_template(self) -> bool:
        entry = self.entry()
        if entry is None or entry.source != "user":
            return False
        new = self.prompter.ask_new_name(entry.name)
        if not new or new == entry.name:
            return False
        try:
            user_templates.rename_user_template(self.library, entry.name, new)
        except (user_templates.UserTemplateError, SaveError, TemplateNotFound, TemplateFileError) as e:
            self.prompter.error(self.tr("Could not rename the template"), describe_template_error(e))
            return False
        self.reload(new.strip())
        self.changed.emit()
        return True

    def delete_template(self) -> bool:
        entry = self.entry()
        if entry is None or entry.source != "user":
            return False
        if not self.prompter.confirm_delete(entry.template.display_title):
            return False
        try:
            user_templates.delete_user_template(self.library, entry.name)
        except (user_templates.UserTemplateError, TemplateNotFound) as e:
            self.prompter.error(self.tr("Could not delete the template"), describe_template_error(e))
            return False
        self.reload()
        self.changed.emit()
        return True

    def edit_template(self) -> bool:
        entry = self.entry()
        if entry is None or entry.source != "user":
            return False
        editor = TemplateEditor(entry.template, self)
        if editor.exec() != QDialog.DialogCode.Accepted:
            return False
        return self._save_edited(editor.template())

    def _save_edited(self, template: Template) -> bool:
        try:
            user_templates.save_user_template(self.library, template, overwrite=True)
        except (user_templates.UserTemplateError, SaveError) as e:
            self.prompter.error(self.tr("Could not save the template"), describe_template_error(e))
            return False
        self.reload(template.name)
        self.changed.emit()
        return True

    def done(self, result: int) -> None:  # noqa: D102 - stop rendering when the dialog closes
        self.loader.shutdown()
        super().done(result)



__all__ = ["GalleryEntry", "TemplateGallery", "ThumbnailDelegate", "library_entries", "source_label"]
