"""Reviewing what the intake proposes before anything enters the brief.

:class:`IntakeReviewDialog` lists the proposals of a
:class:`~briefer.intake.proposal.Draft` with a check box each (all checked
to start with), shows the source text with the current proposal's sentence
highlighted, and lets the user edit the proposal's text.  It changes no
brief: :meth:`IntakeReviewDialog.accepted_proposals` is what the caller
applies, as one undo step.  :class:`SourceTextDialog` takes the text to
draft from: pasted, or read from a ``.txt``, ``.eml`` or ``.docx`` file.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ..intake import Draft, IntakeError, Kind, Proposal, read_source_file
from ..model.brief import Source

_HIGHLIGHT = QColor("#ffe58a")


def _qt_position(text: str, index: int) -> int:
    """A Python string index as a QTextDocument position (UTF-16 units)."""
    return len(text[:index].encode("utf-16-le")) // 2


class IntakeReviewDialog(QDialog):
    """Accept, edit or reject each proposal; OK returns, nothing is applied here."""

    def __init__(self, draft: Draft, parent: QWidget | None = None, *, title: str | None = None):
        super().__init__(parent)
        self.setObjectName("intakeReviewDialog")
        self.setWindowTitle(title or self.tr("Review the Draft"))
        self.draft = draft
        self._proposals: list[Proposal] = list(draft.proposals)

        intro = QLabel(
            self.tr("Tick what should go into the brief. Select an item to see where it came from and to edit it."),
            self,
        )
        intro.setWordWrap(True)
        self.messages = QLabel("\n".join(draft.messages), self)
        self.messages.setObjectName("intakeMessages")
        self.messages.setWordWrap(True)
        self.messages.setVisible(bool(draft.messages))

        self.proposal_list = QListWidget(self)
        self.proposal_list.setObjectName("proposalList")
        for p in self._proposals:
            item = QListWidgetItem(self._label(p), self.proposal_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setToolTip(p.text)
        self.proposal_list.currentRowChanged.connect(self._show)

        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("proposalEditor")
        self.editor.setPlaceholderText(self.tr("Select an item to edit its text"))
        self.editor.setMaximumHeight(110)
        self.editor.textChanged.connect(self._edited)
        self.edit_problem = QLabel(self)
        self.edit_problem.setObjectName("editProblem")
        self.edit_problem.setStyleSheet("color: #b00020")

        self.source_view = QTextEdit(self)
        self.source_view.setObjectName("sourceView")
        self.source_view.setReadOnly(True)
        self.source_view.setPlainText(draft.text)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.proposal_list, 1)
        left_layout.addWidget(QLabel(self.tr("Text of the selected item:"), left))
        left_layout.addWidget(self.editor)
        left_layout.addWidget(self.edit_problem)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.source_view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.accept_all_button = QPushButton(self.tr("Accept All"), self)
        self.accept_all_button.clicked.connect(self.accept_all)
        self.reject_all_button = QPushButton(self.tr("Reject All"), self)
        self.reject_all_button.clicked.connect(self.reject_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.accept_all_button)
        row.addWidget(self.reject_all_button)
        row.addStretch(1)
        row.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.messages)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.resize(1100, 680)
        if self._proposals:
            self.proposal_list.setCurrentRow(0)

    def _label(self, p: Proposal) -> str:
        text = p.text if len(p.text) <= 140 else p.text[:139] + "…"
        text = text.replace("\n", " ")
        if p.kind is Kind.TIMELINE:
            return f"{p.kind.value.capitalize()}: {p.detail} — {text}"
        detail = f"  ({p.detail})" if p.detail else ""
        return f"{p.kind.value.capitalize()}: {text}{detail}"

    # -- the current proposal ---------------------------------------------

    def _show(self, row: int) -> None:
        self.edit_problem.clear()
        if not 0 <= row < len(self._proposals):
            self.editor.blockSignals(True)
            self.editor.clear()
            self.editor.blockSignals(False)
            return
        p = self._proposals[row]
        self.editor.blockSignals(True)
        self.editor.setPlainText(p.text)
        self.editor.blockSignals(False)
        self._highlight(p.span)

    def _highlight(self, span: tuple[int, int] | None) -> None:
        if span is None:
            self.source_view.setExtraSelections([])
            return
        text = self.draft.text
        cursor = QTextCursor(self.source_view.document())
        cursor.setPosition(_qt_position(text, span[0]))
        cursor.setPosition(_qt_position(text, span[1]), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(_HIGHLIGHT)
        selection.format = fmt
        selection.cursor = cursor
        self.source_view.setExtraSelections([selection])
        shown = QTextCursor(cursor)
        shown.clearSelection()
        self.source_view.setTextCursor(shown)
        self.source_view.ensureCursorVisible()

    def highlighted_text(self) -> str:
        """The source text now highlighted (for tests and accessibility)."""
        selections = self.source_view.extraSelections()
        return selections[0].cursor.selectedText().replace("\u2029", "\n") if selections else ""

    def _edited(self) -> None:
        row = self.proposal_list.currentRow()
        if not 0 <= row < len(self._proposals):
            return
        try:
            edited = self._proposals[row].with_text(self.editor.toPlainText())
        except IntakeError as e:
            self.edit_problem.setText(str(e))
            return
        self.edit_problem.clear()
        self._proposals[row] = edited
        item = self.proposal_list.item(row)
        item.setText(self._label(edited))
        item.setToolTip(edited.text)

    # -- choosing ---------------------------------------------------------

    def _set_all(self, state: Qt.CheckState) -> None:
        for i in range(self.proposal_list.count()):
            self.proposal_list.item(i).setCheckState(state)

    def accept_all(self) -> None:
        self._set_all(Qt.CheckState.Checked)

    def reject_all(self) -> None:
        self._set_all(Qt.CheckState.Unchecked)

    def set_accepted(self, row: int, accepted: bool) -> None:
        self.proposal_list.item(row).setCheckState(Qt.CheckState.Checked if accepted else Qt.CheckState.Unchecked)

    def accepted_proposals(self) -> list[Proposal]:
        """The ticked proposals, as edited, in the order shown."""
        return [
            p
            for i, p in enumerate(self._proposals)
            if self.proposal_list.item(i).checkState() == Qt.CheckState.Checked
        ]


class SourceTextDialog(QDialog):
    """Paste the text to draft from, or read it from a file."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourceTextDialog")
        self.setWindowTitle(self.tr("Draft from Text"))
        self.source: Source | None = None
        self.source_name: str | None = None
        label = QLabel(self.tr("Paste an article, a cable, an e-mail or a read-out, or open a .txt, .eml or .docx file."), self)
        label.setWordWrap(True)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("sourceText")
        open_button = QPushButton(self.tr("Open File…"), self)
        open_button.clicked.connect(self.open_file_dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(open_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.text_edit, 1)
        layout.addLayout(row)
        self.resize(760, 520)

    def open_file_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a Text, E-mail or Word File"), "", self.tr("Text, e-mail or Word (*.txt *.eml *.docx)")
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        try:
            text, source = read_source_file(path)
        except IntakeError as e:
            QMessageBox.warning(self, self.tr("Could not read the file"), str(e))
            return False
        self.text_edit.setPlainText(text)
        self.source = source
        self.source_name = path.replace("\\", "/").rsplit("/", 1)[-1]
        return True

    def text(self) -> str:
        return self.text_edit.toPlainText()
