"""File ▸ Layout of This Brief…: one brief's own changes to its template's layout.

A brief is printed with its template's layout unless its ``layout`` says
otherwise (:class:`briefer.model.brief.Layout`): ``sections`` (which body
sections print, in what order; None = the template's), ``section_titles``
(title overrides) and ``page_size`` (None = the template's).
:func:`briefer.templates.effective_layout.effective_layout` applies them over
the template.

:class:`BriefLayoutDialog` starts from the *effective* layout (the brief's
overrides over its template), edits it with the same section list as the
template editor (:class:`~.section_order.SectionOrderBox`) next to a live
preview of the brief, and :meth:`~BriefLayoutDialog.brief_layout` returns the
brief's new ``layout`` holding only what differs from the template, so the
brief keeps following later changes to the template wherever the user did
not override it.  Sections that have content but are not ticked are marked,
because they will not print.

:func:`apply_layout` stores a layout as one undo step, "Change layout";
:func:`edit_brief_layout` is the menu command (dialog, then apply).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..model.sections import DEFAULT_TITLES, resolve_order, resolve_titles
from ..model import Brief
from ..model.brief import Layout
from ..export.formats import render_pdf_bytes
from ..templates import TemplateLibrary
from ..templates.effective_layout import brief_page_size, effective_layout, hidden_filled_sections
from .edit_session import EditSession
from .fit import scrolling
from .i18n import numbers
from .preview import PreviewPane, form_beside_preview
from .section_order import WARNING_COLOUR, SectionOrderBox

PREVIEW_DELAY_MS = 500


def _tr(text: str) -> str:
    return QCoreApplication.translate("BriefLayoutDialog", text)


class BriefLayoutDialog(QDialog):
    """Edit which sections one brief prints, in what order, under which
    titles, and on which paper, over its template's choices."""

    def __init__(
        self,
        brief: Brief,
        library: TemplateLibrary,
        parent: QWidget | None = None,
        *,
        delay_ms: int = PREVIEW_DELAY_MS,
    ):
        """``library`` is where the brief's template is looked up (the
        default template when the one it names is not installed here, as
        the export and the preview choose it)."""
        super().__init__(parent)
        self.setObjectName("briefLayoutDialog")
        self.setWindowTitle(self.tr("Layout of This Brief"))
        self._brief = brief.model_copy(deep=True)
        self._template = library.for_brief(brief.layout.template)
        tl = self._template.layout
        self._template_order = resolve_order(tl.sections)
        self._template_titles = resolve_titles(tl.section_titles)
        self._template_page = tl.page_size
        self._preview_brief = self._brief

        intro = QLabel(
            self.tr(
                "This brief is printed with the template “%s”. What you change here applies "
                "to this brief only; everything else keeps following the template."
            )
            % self._template.display_title,
            self,
        )
        intro.setObjectName("layoutIntro")
        intro.setWordWrap(True)
        missing = library.missing_warning(self._brief.layout.template)
        if missing:  # the brief names a template not installed here: say what is used instead
            intro.setText(
                self.tr(
                    "This brief names the template “%s”, which is not installed here, so it is printed "
                    "with “%s”. What you change here applies to this brief only."
                )
                % (self._brief.layout.template, self._template.display_title)
            )

        # -- sections ------------------------------------------------------------
        self.sections_box = SectionOrderBox(self, base_title_tip=self.tr("The template’s title: %s"), markable=True)
        self.sections = self.sections_box.list
        self.sections_box.changed.connect(self._changed)
        self.hidden_warning = QLabel(self)
        self.hidden_warning.setObjectName("hiddenFilledWarning")
        self.hidden_warning.setWordWrap(True)
        self.hidden_warning.setStyleSheet(f"color: {WARNING_COLOUR.name()};")
        self.hidden_warning.hide()
        icon_size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.hidden_icon = QLabel(self)
        self.hidden_icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(icon_size, icon_size)
        )
        self.hidden_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.hidden_icon.hide()
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.hidden_icon)
        warning_row.addWidget(self.hidden_warning, 1)
        self.sections_box.layout().insertLayout(2, warning_row)

        # -- page ------------------------------------------------------------------
        self.page_size = QComboBox(self)
        self.page_size.setObjectName("pageSize")
        names = {"A4": self.tr("A4"), "Letter": self.tr("US Letter")}
        self.page_size.addItem(self.tr("As the template (%s)") % names.get(self._template_page, self._template_page), None)
        for value, name in names.items():
            self.page_size.addItem(name, value)
        self.page_size.currentIndexChanged.connect(lambda _i: self._changed())
        page_form = QFormLayout()
        page_form.setContentsMargins(0, 0, 0, 0)
        page_form.addRow(self.tr("&Page size:"), self.page_size)

        self.summary = QLabel(self)
        self.summary.setObjectName("overrideSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(intro)
        left_layout.addWidget(self.sections_box, 1)
        left_layout.addLayout(page_form)
        left_layout.addWidget(self.summary)

        # -- preview ---------------------------------------------------------------
        self.preview = PreviewPane(self, render=self._render, delay_ms=delay_ms)
        self.preview.set_brief_source(lambda: self._preview_brief)
        splitter = form_beside_preview(self, scrolling(left, self), self.preview)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.reset_button = self.buttons.addButton(self.tr("&Reset to the Template"), QDialogButtonBox.ButtonRole.ResetRole)
        self.reset_button.setObjectName("resetToTemplate")
        self.reset_button.setToolTip(self.tr("Print this brief exactly as its template says (forget this brief’s changes)"))
        self.reset_button.clicked.connect(self.reset_to_template)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(splitter, 1)
        outer.addWidget(self.buttons)

        unit = self.fontMetrics().horizontalAdvance("M")
        self.resize(unit * 90, unit * 62)
        splitter.setSizes([unit * 36, unit * 54])

        effective = effective_layout(self._template, self._brief)
        self._show(
            resolve_order(effective.sections),
            resolve_titles(effective.section_titles),
            brief_page_size(self._brief.layout.page_size),
        )
        self.sections.setFocus()

    # -- showing -----------------------------------------------------------------

    def _show(self, order: list[str], titles: dict[str, str], page_size: str | None) -> None:
        self.page_size.blockSignals(True)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(page_size)))
        self.page_size.blockSignals(False)
        self.sections_box.set_sections(order, titles, base_titles=self._template_titles)  # emits changed

    def show_section(self, key: str) -> None:
        """Make ``key`` the current row of the section list (Space ticks it)."""
        item = self.sections_box.item_for(key)
        if item is not None:
            self.sections.setCurrentItem(item)
            self.sections.scrollToItem(item)
            self.sections.setFocus()

    def reset_to_template(self) -> None:
        """Show the template's layout: on OK the brief keeps no overrides."""
        self._show(self._template_order, self._template_titles, None)

    # -- the edited layout -----------------------------------------------------------

    def brief_layout(self) -> Layout:
        """The brief's ``layout`` with the dialog's choices, holding only what
        differs from the template (the rest follows the template)."""
        order = self.sections_box.section_keys()
        titles = self.sections_box.titles()
        chosen_page = self.page_size.currentData()
        data = self._brief.layout.model_dump(mode="json")
        data["sections"] = None if order == self._template_order else order
        # titles of keys this version does not know are kept as they were
        kept = {k: v for k, v in self._brief.layout.section_titles.items() if k not in DEFAULT_TITLES}
        data["section_titles"] = kept | {k: t for k, t in titles.items() if t != self._template_titles[k]}
        data["page_size"] = None if chosen_page in (None, self._template_page) else chosen_page
        return Layout.model_validate(data)

    def edited_brief(self) -> Brief:
        """A copy of the brief with the edited layout (what OK would print)."""
        brief = self._brief.model_copy(deep=True)
        brief.layout = self.brief_layout()
        return brief

    def hidden_filled(self) -> list[str]:
        """Sections the brief fills that the edited layout does not print."""
        return hidden_filled_sections(self._preview_brief, self._template)

    def _changed(self) -> None:
        self._preview_brief = self.edited_brief()
        hidden = self.hidden_filled()
        reason = self.tr("This brief has text here, but the section is not ticked, so it will not print.")
        self.sections_box.set_marked({key: reason for key in hidden})
        if hidden:
            names = ", ".join(self.sections_box.titles()[k] for k in hidden)
            self.hidden_warning.setText(self.tr("Filled in but not printed: %s.") % names)
        self.hidden_warning.setVisible(bool(hidden))
        self.hidden_icon.setVisible(bool(hidden))
        self.summary.setText(self._summary(self._preview_brief.layout))
        self.preview.schedule()

    def _summary(self, layout: Layout) -> str:
        """One sentence on what this brief changes of its template."""
        parts = []
        if layout.sections is not None:
            if set(layout.sections) == set(self._template_order):
                parts.append(self.tr("the order of the sections"))
            else:
                parts.append(self.tr("which sections are printed"))
        n = sum(1 for k in layout.section_titles if k in DEFAULT_TITLES)
        if n:
            parts.append(self.tr("1 section title") if n == 1 else numbers(self.tr("%d section titles"), n))
        if layout.page_size is not None:
            parts.append(self.tr("the page size"))
        if not parts:
            return self.tr("Same as the template.")
        return self.tr("Different from the template: %s.") % "; ".join(parts)

    # -- preview -----------------------------------------------------------------------

    def _render(self, brief: Brief, cancel) -> tuple[bytes, int, int | None]:
        data, pages = render_pdf_bytes(brief, self._template, cancel=cancel)
        return data, pages, self._template.layout.page_budget

    # -- closing -------------------------------------------------------------------------

    def done(self, result: int) -> None:  # noqa: D102 - no render may outlive the dialog
        self.preview.shutdown()
        super().done(result)


def apply_layout(doc: EditSession, layout: Layout) -> bool:
    """Store ``layout`` as the brief's, as one undo step "Change layout"
    (never merged with a neighbouring edit).  False if nothing changed."""
    if doc.brief.layout == layout:
        return False
    error = doc.set_value(("layout",), layout.model_copy(deep=True), step=_tr("Change layout"))
    return error is None


def edit_brief_layout(doc: EditSession, parent: QWidget | None = None, section: str | None = None) -> bool:
    """Show the dialog for the document's brief (at ``section`` when given);
    on OK apply it as one undo step.  True if the brief's layout changed."""
    dialog = BriefLayoutDialog(doc.brief, doc.library, parent=parent)
    if section is not None:
        dialog.show_section(section)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return apply_layout(doc, dialog.brief_layout())
    finally:
        dialog.deleteLater()


__all__ = ["BriefLayoutDialog", "apply_layout", "edit_brief_layout"]
