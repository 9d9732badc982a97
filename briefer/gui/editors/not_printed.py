"""The line at the top of a section the brief's template does not print.

"The Phone or video call template does not print this section." with a
Layout… button that opens the brief's layout on that section (as a click on
the problem does), and, for a long-text section of a template that prints
Other sections, "Move to Other sections…", which moves its text (and its
marking) into a new Other section as one undo step.  Shown only while the
template leaves the section out; both buttons are reached with Tab.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from ...checks import sections_not_printed
from ...model.sections import LONG_TEXT_SECTIONS, moved_to_other_section, resolve_titles
from ...templates.effective_layout import effective_layout
from ..brief_layout import edit_brief_layout
from ..edit_session import EditSession, FieldPath

NOTICE_STYLE = (
    "QFrame#notPrinted { background: #FFF4D6; border: 1px solid #E0B84C; border-radius: 4px; }"
    "QFrame#notPrinted QLabel { background: transparent; border: none; color: #5C4400; }"
)


class NotPrintedNotice(QFrame):
    """The notice of section ``key``; ``whole_page``: the page edits that
    section only ("this section"), else the section is named."""

    def __init__(self, doc: EditSession, key: str, parent: QWidget | None = None, *, whole_page: bool = True):
        super().__init__(parent)
        self.doc = doc
        self.key = key
        self.whole_page = whole_page
        self.setObjectName("notPrinted")
        self.setStyleSheet(NOTICE_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.label, 1)
        self.layout_button = QPushButton(self.tr("Layout…"), self)
        self.layout_button.setToolTip(self.tr("Choose the sections this brief prints"))
        self.layout_button.clicked.connect(self.open_layout)
        row.addWidget(self.layout_button)
        self.move_button: QPushButton | None = None
        if key in LONG_TEXT_SECTIONS:
            self.move_button = QPushButton(self.tr("Move to Other sections…"), self)
            self.move_button.setToolTip(self.tr("Move this text into a new Other section (Edit ▸ Undo brings it back)"))
            self.move_button.clicked.connect(self.move_to_other_sections)
            row.addWidget(self.move_button)
        for signal in (doc.changed, doc.structure_changed):
            signal.connect(self._changed)
        doc.reset.connect(self.refresh)
        self.refresh()

    def _changed(self, path: FieldPath) -> None:
        if tuple(path[:1]) == ("layout",):  # the template, or this brief's own sections
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.refresh()  # a template installed since may print it

    def section_title(self) -> str:
        """The title the section prints under (the brief's, the template's or the default)."""
        template = self.doc.library.for_brief(self.doc.brief.layout.template)
        return resolve_titles(effective_layout(template, self.doc.brief).section_titles).get(self.key, self.key)

    def refresh(self) -> None:
        template = self.doc.library.for_brief(self.doc.brief.layout.template)
        not_printed = sections_not_printed(self.doc.brief, template)
        hidden = self.key in not_printed
        if self.move_button is not None:
            # Moving the text is a way to print it: only where Other sections print.
            self.move_button.setVisible("sections" not in not_printed)
        if hidden:
            if self.whole_page:
                text = self.tr("The %s template does not print this section.") % template.title
            else:
                text = self.tr("The %s template does not print %s.") % (template.title, self.section_title())
            self.label.setText(text)
        self.setVisible(hidden)

    def open_layout(self) -> None:
        """The brief's layout at this section; the window's own way when it has one."""
        window = self.window()
        opener = getattr(window, "edit_brief_layout", None)
        if callable(opener):
            opener(section=self.key)
        else:
            edit_brief_layout(self.doc, window, section=self.key)
        self.refresh()

    def move_to_other_sections(self) -> bool:
        """Ask the new section's title, then move the text (one undo step)."""
        if not (getattr(self.doc.brief, self.key) or "").strip():
            window = self.window()
            if hasattr(window, "statusBar"):
                window.statusBar().showMessage(self.tr("There is no text to move."), 5000)
            return False
        title = self.section_title()
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Move to Other sections"))
        dialog.setLabelText(self.tr("The text moves into a new Other section called:"))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setTextValue(title)
        try:
            if dialog.exec() != QInputDialog.DialogCode.Accepted:
                return False
            chosen = " ".join(dialog.textValue().split()) or title
        finally:
            dialog.deleteLater()
        self.doc.end_merge()
        self.doc.replace_brief(
            moved_to_other_section(self.doc.brief, self.key, chosen), self.tr("Move %s to Other sections") % title
        )
        window = self.window()
        if hasattr(window, "show_section"):
            window.show_section("sections")
        return True


__all__ = ["NotPrintedNotice"]
