"""The template editor: a template's layout, with a live preview.

:class:`TemplateEditor` edits a *copy* of a template: which body sections
are printed and in what order (a checkable list; drag or Move up/down),
their titles (edit in place; a blank title goes back to the default), page
size, style preset, a cover logo, the default handling marking, the
marking scheme the briefs' markings are read against, whether portion marks
("(S)") print, whether a releasable version says it omits material, the
page budget and when to add a table of contents.  The right half is a
:class:`~.preview.PreviewPane` showing the sample brief
(:func:`~.thumbnails.sample_brief`) exported with the edited template,
re-rendered off the UI thread about half a second after the last change.

Every change of an option is one step of the dialog's undo stack (Undo
and Redo buttons, Ctrl+Z and Ctrl+Shift+Z outside a text field, whose own
Ctrl+Z undoes typing); typing in one field is one step until another
option changes.  Cancel throws every change away.

``template()`` returns the edited template; saving it is the caller's job
(the gallery writes it with ``save_user_template(..., overwrite=True)``).
The logo goes through the same picture pipeline as participants' photos
(first frame, metadata stripped, at most 600 px, size-capped).
"""

from __future__ import annotations

import base64
import os
import threading

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..export.formats import STANDARD_LABELS, STANDARD_PDF, render_pdf_bytes
from ..images import ImageError
from ..storage.picture_files import photo_from_file
from ..model import Brief
from ..templates import Template
from ..templates.markings import SCHEMES
from ..templates.style import STYLE_PRESETS
from .fit import scrolling
from .preview import PreviewPane, form_beside_preview
from .section_order import SectionOrderBox
from .thumbnails import sample_brief

PREVIEW_DELAY_MS = 500

STYLE_LABELS = {
    "ministry": "Ministry — navy, sans serif",
    "chancery": "Chancery — green, serif",
    "compact": "Compact — black and grey, small",
    "boardroom": "Boardroom — burgundy",
}


PORTION_MARK_CHOICES = (
    (None, QT_TRANSLATE_NOOP("TemplateEditor", "As the scheme expects (US: every portion; others: none)")),
    (True, QT_TRANSLATE_NOOP("TemplateEditor", "Print them, e.g. (S) before a SECRET paragraph")),
    (False, QT_TRANSLATE_NOOP("TemplateEditor", "Do not print them")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("TemplateEditor", text)


TYPED_OPTIONS = frozenset({"description", "marking", "decisions_lead", "page_budget", "toc_min_pages", "whos_who_table_over"})
"""Options typed or stepped a little at a time: one undo step while only one of them changes."""


def _changed_options(before: dict, after: dict) -> frozenset[str]:
    """The names of the layout options (and ``description``) that differ."""
    out = {k for k in set(before["layout"]) | set(after["layout"]) if before["layout"].get(k) != after["layout"].get(k)}
    if before.get("description") != after.get("description"):
        out.add("description")
    return frozenset(out)


class _OptionsChanged(QUndoCommand):
    """One change of the editor's options: the template before and after
    (as JSON data); undo and redo show the other one in every control."""

    def __init__(self, editor: "TemplateEditor", before: dict, after: dict):
        super().__init__(_tr("Change template"))
        self.editor, self.before, self.after = editor, before, after
        self.changed = _changed_options(before, after)
        self._done = True  # the controls already show ``after``

    def id(self) -> int:  # noqa: D102 - Qt's merge key
        return 1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        """Typing on in the same text field, or stepping the same spin box, is one step."""
        if not isinstance(other, _OptionsChanged) or other.changed != self.changed or not self.changed <= TYPED_OPTIONS:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:  # noqa: D102
        if self._done:
            self._done = False
            return
        self.editor._show_options(self.after)

    def undo(self) -> None:  # noqa: D102
        self.editor._show_options(self.before)


def _choice_in_tooltip(combo: QComboBox) -> None:
    """The combo's tooltip starts with its choice, whole (a narrow box cuts
    it: "As the scheme expects (US: every porti"), then says what it is for."""
    about = combo.toolTip()

    def say(_index: int = 0) -> None:
        combo.setToolTip(f"{combo.currentText()}\n\n{about}" if about else combo.currentText())

    combo.currentIndexChanged.connect(say)
    say()


class TemplateEditor(QDialog):
    """Edit one template's layout with a live preview."""

    def __init__(self, template: Template, parent: QWidget | None = None, *, delay_ms: int = PREVIEW_DELAY_MS):
        super().__init__(parent)
        self.setObjectName("templateEditor")
        self.setWindowTitle(self.tr("Edit Template — %s") % template.display_title)
        self._original = template.model_copy(deep=True)
        self._logo: str | None = template.layout.logo
        self._preview_template = self._original
        self._preview_lock = threading.Lock()
        layout = template.layout

        # -- sections -----------------------------------------------------------
        self.sections_box = SectionOrderBox(self)
        self.sections_box.set_sections(layout.sections, layout.section_titles)
        self.sections = self.sections_box.list
        self.up_button = self.sections_box.up_button
        self.down_button = self.sections_box.down_button
        self.reset_title_button = self.sections_box.reset_title_button
        self.sections_box.changed.connect(lambda *_: self._changed())
        sections_box = self.sections_box

        # -- page and style ---------------------------------------------------
        self.description_edit = QPlainTextEdit(template.description or "", self)
        self.description_edit.setObjectName("descriptionEdit")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 2 + 12)
        self.page_size = QComboBox(self)
        self.page_size.setObjectName("pageSize")
        self.page_size.addItem("A4", "A4")
        self.page_size.addItem("US Letter", "Letter")
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(layout.page_size)))
        self.style_combo = QComboBox(self)
        self.style_combo.setObjectName("stylePreset")
        for name in STYLE_PRESETS:
            self.style_combo.addItem(_tr(STYLE_LABELS.get(name, name)), name)
        self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(layout.style)))
        self.marking = QLineEdit(layout.marking or "", self)
        self.marking.setObjectName("marking")
        self.marking.setPlaceholderText(self.tr("e.g. OFFICIAL-SENSITIVE (none if empty)"))
        self.marking_scheme = QComboBox(self)
        self.marking_scheme.setObjectName("markingScheme")
        for key, scheme in SCHEMES.items():
            self.marking_scheme.addItem(f"{scheme.title} ({', '.join(scheme.names())})", key)
        self.marking_scheme.setCurrentIndex(max(0, self.marking_scheme.findData(layout.marking_scheme)))
        # The list shows each scheme's levels in full; the closed box need not.
        self.marking_scheme.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.marking_scheme.setMinimumContentsLength(24)
        self.marking_scheme.view().setMinimumWidth(self.marking_scheme.view().sizeHintForColumn(0) + 24)
        self.marking_scheme.setToolTip(
            self.tr("The levels the markings of this template's briefs are read against: the marking choosers, "
                    "the banner, the reader filter and the releasable versions all use them.")
        )
        self.portion_marks = QComboBox(self)
        self.portion_marks.setObjectName("portionMarks")
        for value, label in PORTION_MARK_CHOICES:
            self.portion_marks.addItem(_tr(label), value)
        self.portion_marks.setCurrentIndex(max(0, [v for v, _ in PORTION_MARK_CHOICES].index(layout.portion_marks)))
        self.portion_marks.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.portion_marks.setMinimumContentsLength(24)
        self.portion_marks.view().setMinimumWidth(self.portion_marks.view().sizeHintForColumn(0) + 24)
        self.portion_marks.setToolTip(self.tr("A portion mark is the short form of a part's marking, printed before it."))
        self.release_note = QCheckBox(self.tr("&Releasable versions say they omit material above their level"), self)
        self.release_note.setObjectName("releaseNote")
        self.release_note.setChecked(layout.release_note)
        self.release_note.setToolTip(
            self.tr("Off: nothing in a releasable version gives away that anything was left out. "
                    "On: a line under its cover says it omits material marked above its level.")
        )
        self.page_budget = QSpinBox(self)
        self.page_budget.setObjectName("pageBudget")
        self.page_budget.setRange(0, 1000)
        self.page_budget.setSpecialValueText(self.tr("No limit"))
        self.page_budget.setSuffix(self.tr(" pages"))
        self.page_budget.setValue(layout.page_budget or 0)
        self.toc_pages = QSpinBox(self)
        self.toc_pages.setObjectName("tocPages")
        self.toc_pages.setRange(0, 1000)
        self.toc_pages.setSpecialValueText(self.tr("Never"))
        self.toc_pages.setPrefix(self.tr("when longer than "))
        self.toc_pages.setSuffix(self.tr(" pages"))
        self.toc_pages.setValue(layout.toc_min_pages or 0)
        self.whos_who = QSpinBox(self)
        self.whos_who.setObjectName("whosWhoTableOver")
        self.whos_who.setRange(-1, 1000)
        self.whos_who.setSpecialValueText(self.tr("Never"))
        self.whos_who.setPrefix(self.tr("with more than "))
        self.whos_who.setSuffix(self.tr(" participants"))
        self.whos_who.setValue(-1 if layout.whos_who_table_over is None else layout.whos_who_table_over)
        self.whos_who.setToolTip(self.tr("Print the who's who as a compact table (photo, name, role, one line) "
                                         "with the biographies in an annex at the end."))
        self.decisions_lead = QLineEdit(layout.decisions_lead or "", self)
        self.decisions_lead.setObjectName("decisionsLead")
        self.decisions_lead.setPlaceholderText(self.tr("e.g. The Board is asked to:"))
        self.pdf_standard = QComboBox(self)
        self.pdf_standard.setObjectName("pdfStandard")
        for key, label in STANDARD_LABELS.items():
            self.pdf_standard.addItem(_tr(label), key)
        self.pdf_standard.setCurrentIndex(max(0, self.pdf_standard.findData(layout.pdf_standard or STANDARD_PDF)))
        self.pdf_standard.setToolTip(
            self.tr("What Export PDF… writes by default for briefs of this template (the export dialog can still choose another)")
        )
        self.logo_label = QLabel(self)
        self.logo_label.setObjectName("logoPreview")
        self.logo_label.setFixedSize(QSize(96, 48))
        self.logo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_label.setFrameShape(QLabel.Shape.StyledPanel)
        self.logo_button = QPushButton(self.tr("Choose…"), self)
        self.logo_remove = QPushButton(self.tr("Remove"), self)
        self.logo_button.clicked.connect(self.choose_logo)
        self.logo_remove.clicked.connect(lambda: self.set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_label)
        logo_row.addWidget(self.logo_button)
        logo_row.addWidget(self.logo_remove)
        logo_row.addStretch(1)
        form_box = QGroupBox(self.tr("Page and style"), self)
        form = QFormLayout(form_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Descr&iption:"), self.description_edit)
        form.addRow(self.tr("&Page size:"), self.page_size)
        form.addRow(self.tr("&Style:"), self.style_combo)
        form.addRow(self.tr("Cover logo:"), logo_row)
        form.addRow(self.tr("Default &marking:"), self.marking)
        form.addRow(self.tr("Marking sc&heme:"), self.marking_scheme)
        form.addRow(self.tr("Portion mar&ks:"), self.portion_marks)
        form.addRow("", self.release_note)
        form.addRow(self.tr("Page &budget:"), self.page_budget)
        form.addRow(self.tr("&Contents page:"), self.toc_pages)
        form.addRow(self.tr("Compact &who's who:"), self.whos_who)
        form.addRow(self.tr("Decisions &lead:"), self.decisions_lead)
        form.addRow(self.tr("PDF e&xport:"), self.pdf_standard)
        for signal in (
            self.page_size.currentIndexChanged,
            self.style_combo.currentIndexChanged,
            self.marking.textChanged,
            self.marking_scheme.currentIndexChanged,
            self.portion_marks.currentIndexChanged,
            self.release_note.toggled,
            self.page_budget.valueChanged,
            self.toc_pages.valueChanged,
            self.whos_who.valueChanged,
            self.decisions_lead.textChanged,
            self.pdf_standard.currentIndexChanged,
        ):
            signal.connect(lambda *_: self._changed())

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(sections_box, 1)
        left_layout.addWidget(form_box)

        # -- preview -------------------------------------------------------------
        self.preview = PreviewPane(self, render=self._render, delay_ms=delay_ms)
        self.preview.set_brief_source(self._sample)
        splitter = form_beside_preview(self, scrolling(left, self), self.preview)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("editorError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #9B1C1C;")
        self.error_label.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.undo_stack = QUndoStack(self)
        self.undo_button = QPushButton(self.tr("U&ndo"), self)
        self.undo_button.setObjectName("templateUndo")
        self.redo_button = QPushButton(self.tr("R&edo"), self)
        self.redo_button.setObjectName("templateRedo")
        for button, slot, can in ((self.undo_button, self.undo_stack.undo, self.undo_stack.canUndoChanged),
                                  (self.redo_button, self.undo_stack.redo, self.undo_stack.canRedoChanged)):
            button.setAutoDefault(False)
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, slot=slot: slot())
            can.connect(button.setEnabled)
        for keys, slot in ((QKeySequence.StandardKey.Undo, self.undo_stack.undo), (QKeySequence.StandardKey.Redo, self.undo_stack.redo)):
            for key in QKeySequence.keyBindings(keys):
                QShortcut(key, self, slot)  # a focused text field takes Ctrl+Z for its own typing first
        bottom = QHBoxLayout()
        bottom.addWidget(self.undo_button)
        bottom.addWidget(self.redo_button)
        bottom.addWidget(self.error_label, 1)
        bottom.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addLayout(bottom)

        # Wide enough at 1366×768 for the whole options column (no sideways
        # scroll bar, in French and Arabic too) beside a readable preview; on a
        # smaller screen (fitted when shown) the preview gives way first.
        unit = self.fontMetrics().horizontalAdvance("M")
        width = unit * 125
        self.resize(width, unit * 70)
        bar = QApplication.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        form_width = min(left.minimumSizeHint().width() + bar + unit * 2, width * 11 // 20)  # the whole form, if it can
        splitter.setSizes([max(unit * 40, form_width), width - max(unit * 40, form_width)])
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        for combo in (self.page_size, self.style_combo, self.marking_scheme, self.portion_marks, self.pdf_standard):
            _choice_in_tooltip(combo)
        self._show_logo()
        self._restoring = False
        try:
            self._shown = self.template().model_dump(mode="json")  # the first undo step is the user's first change
        except ValueError:
            self._shown = self._original.model_dump(mode="json")
        self._changed()

    # -- the edited template --------------------------------------------------

    def section_keys(self) -> list[str]:
        """Ticked sections in list order."""
        return self.sections_box.section_keys()

    def section_titles(self) -> dict[str, str]:
        """Titles that differ from the defaults."""
        return self.sections_box.title_overrides()

    def template(self) -> Template:
        """The template with the dialog's choices.  Raises ``ValueError``
        (pydantic) if a value is refused, e.g. a marking with a control character."""
        data = self._original.model_dump(mode="json")
        layout = data["layout"]
        layout["sections"] = self.section_keys()
        layout["section_titles"] = self.section_titles()
        layout["page_size"] = self.page_size.currentData()
        layout["style"] = self.style_combo.currentData()
        layout["logo"] = self._logo
        layout["marking"] = self.marking.text().strip() or None
        layout["marking_scheme"] = self.marking_scheme.currentData()
        layout["portion_marks"] = self.portion_marks.currentData()
        layout["release_note"] = self.release_note.isChecked()
        layout["page_budget"] = self.page_budget.value() or None
        layout["toc_min_pages"] = self.toc_pages.value() or None
        layout["whos_who_table_over"] = None if self.whos_who.value() < 0 else self.whos_who.value()
        layout["decisions_lead"] = self.decisions_lead.text().strip() or None
        standard = self.pdf_standard.currentData()
        layout["pdf_standard"] = None if standard in (None, STANDARD_PDF) else standard
        data["description"] = self.description_edit.toPlainText().strip() or None
        return Template.model_validate(data)

    # -- edits -------------------------------------------------------------------

    def move_current(self, delta: int) -> None:
        self.sections_box.move_current(delta)

    def reset_current_title(self) -> None:
        self.sections_box.reset_current_title()

    def set_section_title(self, key: str, title: str) -> None:
        self.sections_box.set_section_title(key, title)

    def ask_logo_path(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), os.path.expanduser("~"), self.tr("Pictures (*.png *.jpg *.jpeg)")
        )
        return path or None

    def choose_logo(self) -> bool:
        path = self.ask_logo_path()
        if not path:
            return False
        try:
            photo = photo_from_file(path)
        except ImageError as e:
            QMessageBox.warning(self, self.tr("Logo not used"), str(e))
            return False
        self.set_logo(photo.data_uri)
        return True

    def set_logo(self, data_uri: str | None) -> None:
        self._logo = data_uri
        self._show_logo()
        self._changed()

    def _show_logo(self) -> None:
        self.logo_remove.setEnabled(self._logo is not None)
        if not self._logo:
            self.logo_label.setPixmap(QPixmap())
            self.logo_label.setText(self.tr("No logo"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(base64.b64decode(self._logo.split(",", 1)[1]))
        self.logo_label.setPixmap(pixmap.scaled(self.logo_label.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))

    def _show_options(self, data: dict) -> None:
        """Show the template ``data`` (JSON, as ``template()`` dumps it) in every control (undo, redo)."""
        template = Template.model_validate(data)
        layout = template.layout
        self._restoring = True
        try:
            self.sections_box.set_sections(layout.sections, layout.section_titles)
            self.description_edit.setPlainText(template.description or "")
            self.page_size.setCurrentIndex(max(0, self.page_size.findData(layout.page_size)))
            self.style_combo.setCurrentIndex(max(0, self.style_combo.findData(layout.style)))
            self._logo = layout.logo
            self._show_logo()
            self.marking.setText(layout.marking or "")
            self.marking_scheme.setCurrentIndex(max(0, self.marking_scheme.findData(layout.marking_scheme)))
            self.portion_marks.setCurrentIndex([v for v, _ in PORTION_MARK_CHOICES].index(layout.portion_marks))
            self.release_note.setChecked(layout.release_note)
            self.page_budget.setValue(layout.page_budget or 0)
            self.toc_pages.setValue(layout.toc_min_pages or 0)
            self.whos_who.setValue(-1 if layout.whos_who_table_over is None else layout.whos_who_table_over)
            self.decisions_lead.setText(layout.decisions_lead or "")
            self.pdf_standard.setCurrentIndex(max(0, self.pdf_standard.findData(layout.pdf_standard or STANDARD_PDF)))
        finally:
            self._restoring = False
        self._shown = data
        self._changed()

    def _record(self, template: Template) -> None:
        """One undo step from what the controls showed to ``template``."""
        after = template.model_dump(mode="json")
        if self._restoring or after == self._shown:
            return
        before, self._shown = self._shown, after
        self.undo_stack.push(_OptionsChanged(self, before, after))

    def _changed(self) -> None:
        """Check the choices, record them as an undo step and schedule a preview of them."""
        if getattr(self, "_restoring", True):
            return
        try:
            template = self.template()
        except ValueError as e:
            errors = getattr(e, "errors", None)
            message = str(errors()[0]["msg"]).removeprefix("Value error, ") if callable(errors) else str(e)
            self.error_label.setText(message)
            self.error_label.show()
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        self.error_label.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self._record(template)
        with self._preview_lock:
            self._preview_template = template
        self.preview.schedule()

    # -- preview -------------------------------------------------------------------

    def _sample(self) -> Brief:
        with self._preview_lock:
            return sample_brief(self._preview_template)

    def _render(self, brief: Brief, cancel) -> tuple[bytes, int, int | None]:
        with self._preview_lock:
            template = self._preview_template
        data, pages = render_pdf_bytes(brief, template, cancel=cancel)
        return data, pages, template.layout.page_budget

    # -- closing ---------------------------------------------------------------------

    def _accept(self) -> None:
        try:
            self.template()
        except ValueError:
            return
        self.accept()

    def done(self, result: int) -> None:  # noqa: D102 - no render may outlive the dialog
        self.preview.shutdown()
        super().done(result)


def edit_template(template: Template, parent: QWidget | None = None) -> Template | None:
    """Show the editor for ``template``; the edited template, or None."""
    editor = TemplateEditor(template, parent)
    if editor.exec() != QDialog.DialogCode.Accepted:
        return None
    return editor.template()


__all__ = ["PREVIEW_DELAY_MS", "STYLE_LABELS", "TemplateEditor", "edit_template"]
