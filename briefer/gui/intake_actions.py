"""The app's intake commands: File ▸ New Brief from Text…, File ▸ Import
Word Brief… and Edit ▸ Add from Text….

Each shows what was found before it enters a brief (the review dialog, or
the import's report), and enters it as *one* undo step named after the
command, through the edit session's ``replace_brief``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox

from ..intake import Draft, ImportedBrief, IntakeError, Proposal, apply_proposals, draft_from_text, import_word_brief
from .i18n import count_text
from .intake_review import IntakeReviewDialog, SourceTextDialog


MAX_REPORT_LINES = 12
"""Lines of the Word import report shown before "…and N more"."""


class IntakeActions(QObject):
    """The three actions, for a main window with ``files`` (new briefs) and
    ``doc`` (the open brief's edit session)."""

    def __init__(self, window: QMainWindow):
        super().__init__(window)
        self.window = window
        self.act_new_from_text = QAction(self.tr("New Brief from &Text…"), window)
        self.act_new_from_text.setObjectName("actNewFromText")
        self.act_new_from_text.triggered.connect(lambda: self.new_from_text())
        self.act_add_from_text = QAction(self.tr("Add from &Text…"), window)
        self.act_add_from_text.setObjectName("actAddFromText")
        self.act_add_from_text.triggered.connect(lambda: self.add_from_text())
        self.act_import_word = QAction(self.tr("&Import Word Brief…"), window)
        self.act_import_word.setObjectName("actImportWord")
        self.act_import_word.triggered.connect(lambda: self.import_word())

    # -- questions (tests replace these) ------------------------------------

    def ask_text(self) -> tuple[str, dict] | None:
        """The text to draft from and the keywords for ``draft_from_text``."""
        dialog = SourceTextDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text(), {"source": dialog.source, "source_name": dialog.source_name}

    def review(self, draft: Draft, title: str) -> list[Proposal] | None:
        dialog = IntakeReviewDialog(draft, self.window, title=title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.accepted_proposals()

    def ask_word_file(self) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Import a Word Brief"), "", self.tr("Word documents (*.docx)")
        )
        return path or None

    def show_import_report(self, imported: ImportedBrief) -> bool:
        box = QMessageBox(self.window)
        box.setWindowTitle(self.tr("Import Word Brief"))
        box.setText(self.tr("“%s” was read. This is where its parts went:") % imported.brief.title)
        report = list(imported.report)
        if len(report) > MAX_REPORT_LINES:  # the whole list under Show Details, so the box fits the screen
            box.setInformativeText("\n".join(report[:MAX_REPORT_LINES]) + "\n" + count_text(
                "IntakeActions", "…and %n more under Show Details.", len(report) - MAX_REPORT_LINES))
            box.setDetailedText("\n".join(report))
        else:
            box.setInformativeText("\n".join(report))
        box.setStandardButtons(QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is box.button(QMessageBox.StandardButton.Open)

    # -- commands ---------------------------------------------------------

    def _draft(self) -> Draft | None:
        asked = self.ask_text()
        if asked is None:
            return None
        text, keywords = asked
        try:
            return draft_from_text(text, **keywords)
        except IntakeError as e:
            QMessageBox.warning(self.window, self.tr("Nothing to draft from"), str(e))
            return None

    def _enter(self, proposals: list[Proposal], step: str) -> None:
        doc = self.window.doc
        self.window.files.commit_pending_edits()
        doc.end_merge()
        doc.replace_brief(apply_proposals(doc.brief, proposals), step)

    def new_from_text(self) -> bool:
        draft = self._draft()
        if draft is None:
            return False
        accepted = self.review(draft, self.tr("New Brief from Text"))
        if accepted is None or not self.window.files.new_blank():
            return False
        self._enter(accepted, self.tr("Draft from Text"))
        return True

    def add_from_text(self) -> bool:
        if self.window.doc is None:
            return False
        draft = self._draft()
        if draft is None:
            return False
        accepted = self.review(draft, self.tr("Add from Text"))
        if not accepted:
            return False
        self._enter(accepted, self.tr("Add from Text"))
        return True

    def import_word(self) -> bool:
        path = self.ask_word_file()
        if path is None:
            return False
        try:
            imported = import_word_brief(path)
        except IntakeError as e:
            QMessageBox.warning(self.window, self.tr("Could not import the Word brief"), str(e))
            return False
        if not self.show_import_report(imported) or not self.window.files.new_blank():
            return False
        doc = self.window.doc
        doc.replace_brief(imported.brief, self.tr("Import Word Brief"))
        return True
