"""One editor page per section of the brief.

Every page is a :class:`SectionEditor`: a QWidget with ``focus_path(path)``
so the problems panel can take the user to the field a problem names.
Form pages (Overview, Meeting, Background) are a QFormLayout in a
QScrollArea; list pages are a :class:`ListEditor` under a short heading.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QHeaderView,
    QSizePolicy,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...model import MeetingFormat, Status
from ...model.sections import CLEARANCE, ORDERABLE_KEYS
from ..edit_session import EditSession
from .fields import (
    FIELD_STYLE,
    BoundField,
    CheckField,
    DateField,
    EnumField,
    LineField,
    LongTextField,
    SuggestionField,
    TemplateField,
    TimeField,
    TimezoneField,
)
from .list_editor import ListEditor
from .participants import ParticipantsEditor
from .people import PeopleService
from .marking import MarkingField
from .not_printed import NotPrintedNotice
from .specs import CLEARANCE_SPEC, LIST_SPECS, text_list_spec


class SectionEditor(QWidget):
    """Base of every section page."""

    section_key = ""

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.setStyleSheet(FIELD_STYLE)
        self.not_printed_notices: dict[str, NotPrintedNotice] = {}
        """Section key → the notice shown while the template leaves it out."""

    def focus_path(self, path: tuple) -> bool:
        """Show and focus the widget that edits ``path``; True if there is one."""
        raise NotImplementedError

    def add_page_notice(self, key: str) -> NotPrintedNotice:
        """The not-printed notice of the page's one section, at the top of
        the page (above the form or the table)."""
        notice = NotPrintedNotice(self.doc, key, self)
        self.layout().insertWidget(0, notice)
        self.not_printed_notices[key] = notice
        return notice


class FormSection(SectionEditor):
    """A scrolling form of bound fields; ``self.fields`` maps paths to them."""

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.fields: dict[tuple, QWidget] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        # not a Tab stop: it shows no focus, and the page scrolls to the field
        # that takes the focus anyway
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll)
        self.body = QWidget(self.scroll)
        self.form = QFormLayout(self.body)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(self.body)

    def add_row(self, label: str, widget: QWidget, path: tuple | None = None) -> QWidget:
        """A labelled row; the label's mnemonic focuses the widget."""
        caption = QLabel(label, self.body)
        caption.setBuddy(widget)
        self.form.addRow(caption, widget)
        if path is not None:
            self.fields[path] = widget
        return widget

    def add_field_notice(self, key: str) -> NotPrintedNotice:
        """The not-printed notice of section ``key``, a row of the form above its field."""
        notice = NotPrintedNotice(self.doc, key, self.body, whole_page=False)
        self.form.addRow(notice)
        self.not_printed_notices[key] = notice
        return notice

    def add_marking(self, field: str, label: str) -> QWidget:
        """The marking chooser of a long-text or text-list field (``portion_markings``)."""
        path = ("portion_markings", field)
        return self.add_row(self.tr("Marking:"), MarkingField(self.doc, path, label, self.body), path)

    def add_heading(self, text: str) -> None:
        heading = QLabel(text, self.body)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        heading.setFont(font)
        heading.setContentsMargins(0, heading.fontMetrics().height() // 2, 0, 0)
        self.form.addRow(heading)

    def focus_path(self, path: tuple) -> bool:
        path = tuple(path)
        for length in range(len(path), 0, -1):
            widget = self.fields.get(path[:length])
            if widget is None:
                continue
            if isinstance(widget, TextListEditor):
                ok = widget.focus_path(path)
            else:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                ok = True
            self.scroll.ensureWidgetVisible(widget)
            return ok
        return False


class TextListEditor(ListEditor):
    """``objectives`` / ``their_objectives``: a one-column table, one item per
    row, edited in the cell (each item may use the inline markup)."""

    def __init__(self, doc: EditSession, key: str, column: str, new_text: str, noun: str, parent=None):
        super().__init__(doc, text_list_spec(key, column, new_text, noun), parent)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().hide()  # one column, named by the form label
        self.table.setWordWrap(True)  # objectives are sentences: show them whole
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.table.setToolTip(self.tr("Double-click or start typing to edit. **bold** and *italic* work here."))
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset, self.model.dataChanged):
            signal.connect(self._fit_height)
        self._fit_height()

    def _fit_height(self, *_args) -> None:
        """Grow with the rows (the page scrolls, not the table), one empty row to drop on."""
        self.table.resizeRowsToContents()
        rows = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
        empty = self.table.verticalHeader().defaultSectionSize()
        self.table.setFixedHeight(rows + empty + 2 * self.table.frameWidth())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_height()  # wrapped rows change height with the width


# --------------------------------------------------------------------------
# Form pages
# --------------------------------------------------------------------------


class OverviewEditor(FormSection):
    section_key = "overview"

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(doc, parent)
        d = doc
        self.add_row(self.tr("&Title:"), LineField(d, ("title",), self.tr("Title"), self.body,
                     placeholder=self.tr("What the meeting is (required)")), ("title",))
        self.add_row(self.tr("S&ubtitle:"), LineField(d, ("subtitle",), self.tr("Subtitle"), self.body), ("subtitle",))
        self.add_row(self.tr("&Reference:"), LineField(d, ("reference",), self.tr("Reference"), self.body,
                     placeholder=self.tr("File or reference number")), ("reference",))
        levels = d.library.for_brief(d.brief.layout.template).scheme.names()  # the levels its markings are read against
        self.add_row(self.tr("&Marking:"), SuggestionField(d, ("marking",), self.tr("Marking"), levels, self.body),
                     ("marking",))
        self.add_row(self.tr("&Status:"), EnumField(d, ("status",), self.tr("Status"), Status, self.body, optional=False),
                     ("status",))
        self.add_row(self.tr("Temp&late:"), TemplateField(d, ("layout", "template"), self.tr("Template"), self.body),
                     ("layout", "template"))
        watermark = CheckField(d, ("layout", "draft_watermark"), self.tr("Draft watermark"),
                               self.tr("Print a DRAFT &watermark while the status is Draft"), self.body)
        self.form.addRow("", watermark)
        self.fields[("layout", "draft_watermark")] = watermark
        self.add_row(self.tr("Prepared &by:"), LineField(d, ("prepared_by",), self.tr("Prepared by"), self.body,
                     placeholder=self.tr("Author, office")), ("prepared_by",))
        self.add_row(self.tr("Prepared &for:"), LineField(d, ("prepared_for",), self.tr("Prepared for"), self.body,
                     placeholder=self.tr("The principal who will read it")), ("prepared_for",))
        self.add_row(self.tr("Prepared &on:"), DateField(d, ("prepared_on",), self.tr("Prepared on"), self.body),
                     ("prepared_on",))
        self.add_heading(self.tr("Summary and purpose"))
        self.add_field_notice("summary")
        self.add_row(self.tr("Summar&y:"), LongTextField(d, ("summary",), self.tr("Summary"), self.body, lines=8,
                     placeholder=self.tr("The bottom line, up front")), ("summary",))
        self.add_marking("summary", self.tr("Summary marking"))
        self.add_field_notice("purpose")
        self.add_row(self.tr("&Purpose:"), LongTextField(d, ("purpose",), self.tr("Purpose"), self.body, lines=6,
                     placeholder=self.tr("Why the meeting happens, who asked for it")), ("purpose",))
        self.add_marking("purpose", self.tr("Purpose marking"))
        self.add_heading(self.tr("Objectives"))
        column = QT_TRANSLATE_NOOP("ListColumns", "Objective")
        new_text = QT_TRANSLATE_NOOP("ListSpecs", "New objective")
        noun = QT_TRANSLATE_NOOP("ListSpecs", "objective")
        self.add_field_notice("objectives")
        self.objectives = TextListEditor(d, "objectives", column, new_text, noun, self.body)
        self.add_row(self.tr("O&ur objectives:"), self.objectives, ("objectives",))
        self.add_marking("objectives", self.tr("Our objectives' marking"))
        self.add_field_notice("their_objectives")
        self.their_objectives = TextListEditor(d, "their_objectives", column, new_text, noun, self.body)
        self.add_row(self.tr("T&heir objectives:"), self.their_objectives, ("their_objectives",))
        self.add_marking("their_objectives", self.tr("Their objectives' marking"))


class MeetingEditor(FormSection):
    section_key = "meeting"

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(doc, parent)
        d = doc
        self.add_row(self.tr("&Date:"), DateField(d, ("meeting", "date"), self.tr("Date"), self.body), ("meeting", "date"))
        self.add_row(self.tr("&Start:"), TimeField(d, ("meeting", "start"), self.tr("Start"), self.body), ("meeting", "start"))
        self.add_row(self.tr("&End:"), TimeField(d, ("meeting", "end"), self.tr("End"), self.body), ("meeting", "end"))
        self.add_row(self.tr("&Time zone:"), TimezoneField(d, ("meeting", "timezone"), self.tr("Time zone"), self.body),
                     ("meeting", "timezone"))
        home = TimezoneField(d, ("meeting", "home_timezone"), self.tr("Home time zone"), self.body)
        home.setToolTip(self.tr("The principal's home zone: times print in both zones when it differs."))
        self.add_row(self.tr("&Home time zone:"), home, ("meeting", "home_timezone"))
        self.add_row(self.tr("&Location:"), LineField(d, ("meeting", "location"), self.tr("Location"), self.body,
                     placeholder=self.tr("City, building, room")), ("meeting", "location"))
        self.add_row(self.tr("&Format:"), EnumField(d, ("meeting", "format"), self.tr("Format"), MeetingFormat, self.body),
                     ("meeting", "format"))


class BackgroundEditor(FormSection):
    section_key = "background"

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.add_page_notice("background")
        self.background = LongTextField(doc, ("background",), self.tr("Background"), self.body, lines=12,
                                        expanding=True)
        self.add_row(self.tr("&Background:"), self.background, ("background",))
        self.add_marking("background", self.tr("Background marking"))
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        edit = self.background.editor
        self._least_height = edit.base_height

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """The one field fills the page (and grows past it with its text)."""
        super().resizeEvent(event)
        edit = self.background.editor
        around = self.body.layout().sizeHint().height() - edit.sizeHint().height()
        edit.set_base_height(max(self._least_height, self.scroll.viewport().height() - around))


class LogisticsEditor(FormSection):
    section_key = "logistics"

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(doc, parent)
        self.add_page_notice("logistics")
        self.logistics = LongTextField(
            doc, ("logistics",), self.tr("Logistics"), self.body, lines=12, expanding=True,
            placeholder=self.tr("Arrival, security, interpretation, gifts, dress, press arrangements"),
        )
        self.add_row(self.tr("&Logistics:"), self.logistics, ("logistics",))
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)


class ClearanceEditor(SectionEditor):
    """The contact officer (name, phone, email) above the table of who
    cleared the brief; both print on the cover."""

    section_key = CLEARANCE

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(doc, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[tuple, QWidget] = {}
        contact = QWidget(self)
        form = QFormLayout(contact)
        form.setContentsMargins(9, 9, 9, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Contact officer"), contact)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        form.addRow(heading)
        rows = (
            ("name", self.tr("Contact &name:"), self.tr("Contact name"), self.tr("The officer to call about the brief")),
            ("phone", self.tr("&Phone:"), self.tr("Contact phone"), self.tr("e.g. +44 20 7946 0000")),
            ("email", self.tr("&Email:"), self.tr("Contact email"), ""),
        )
        for key, label, name, placeholder in rows:
            widget = LineField(doc, ("contact", key), name, contact, placeholder=placeholder)
            caption = QLabel(label, contact)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
            self.fields[("contact", key)] = widget
        cleared = QLabel(self.tr("Clearance"), contact)
        cleared.setFont(font)
        cleared.setContentsMargins(0, cleared.fontMetrics().height() // 2, 0, 0)
        form.addRow(cleared)
        layout.addWidget(contact)
        self.list_editor = ListEditor(doc, CLEARANCE_SPEC, self)
        layout.addWidget(self.list_editor, 1)

    def focus_path(self, path: tuple) -> bool:
        path = tuple(path)
        if path[:1] == ("clearances",):
            return self.list_editor.focus_path(path)
        widget = self.fields.get(path[:2]) or (self.fields[("contact", "name")] if path[:1] == ("contact",) else None)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


# --------------------------------------------------------------------------
# List pages
# --------------------------------------------------------------------------


class ListSection(SectionEditor):
    def __init__(self, doc: EditSession, key: str, parent: QWidget | None = None, people: PeopleService | None = None):
        super().__init__(doc, parent)
        self.section_key = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if key == "participants":
            self.list_editor: ListEditor = ParticipantsEditor(doc, self, people=people)
        else:
            self.list_editor = ListEditor(doc, LIST_SPECS[key], self)
        layout.addWidget(self.list_editor)
        if key in ORDERABLE_KEYS:  # a printed section (not the distribution list)
            self.add_page_notice(key)

    def focus_path(self, path: tuple) -> bool:
        return self.list_editor.focus_path(tuple(path))


class DistributionSection(ListSection):
    """Who gets a numbered copy, and the button that makes the copies."""

    copies_requested = Signal()

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(doc, "distribution", parent)
        intro = QLabel(
            self.tr(
                "Each recipient gets a PDF of their own: “Copy N of M” and their name at the foot of every page, "
                "the name faint across each page, and a line in the register distribution.csv with the file's "
                "SHA-256. A copy number left empty is given on export. The list is never printed in the brief."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setObjectName("fieldHint")
        self.copies_button = QPushButton(self.tr("Export &Numbered Copies…"), self)
        self.copies_button.setObjectName("exportCopiesButton")
        self.copies_button.clicked.connect(self.copies_requested)
        row = QHBoxLayout()
        row.setContentsMargins(6, 6, 6, 6)
        row.addWidget(intro, 1)
        row.addWidget(self.copies_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, row)



_FORM_PAGES = {
    "overview": OverviewEditor,
    "meeting": MeetingEditor,
    CLEARANCE: ClearanceEditor,
    "logistics": LogisticsEditor,
    "background": BackgroundEditor,
}


def create_page(
    section_key: str, doc: EditSession, parent: QWidget | None = None, people: PeopleService | None = None
) -> SectionEditor:
    """The page of ``section_key``; ``people``, the people library, serves the participants page."""
    if section_key in _FORM_PAGES:
        return _FORM_PAGES[section_key](doc, parent)
    if section_key == "distribution":
        return DistributionSection(doc, parent)
    if section_key in LIST_SPECS:
        return ListSection(doc, section_key, parent, people)
    raise KeyError(f"no editor for section {section_key!r}")


__all__ = ["SectionEditor", "BoundField", "create_page"]
