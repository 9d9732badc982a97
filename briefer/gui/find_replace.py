"""Edit ▸ Find and Replace… (Ctrl+F): search every text of the brief —
each section, each table row and its form — with match case and whole
word; Next / Previous (F3 / Shift+F3) show each match selected in the
field that edits it; Replace changes the match shown; Replace All changes
every match in one undo step.  The searching is
:mod:`briefer.model.search` (no Qt)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ..checks import page_of
from ..model.search import Match, find_all, pattern, replace_all, replace_in, text_fields
from .section_list import section_label
from .i18n import numbers

if TYPE_CHECKING:
    from .main_window import MainWindow


class FindReplaceDialog(QDialog):
    """Non-modal; one per main window, kept while the window lives."""

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.setObjectName("findReplace")
        self.window_ = window
        self.setWindowTitle(self.tr("Find and Replace"))
        self.setModal(False)
        self._current: Match | None = None
        self._position: tuple[int, int] = (-1, -1)  # (field number, start) of the last match shown

        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findText")
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceText")
        find_label = QLabel(self.tr("Fi&nd:"), self)
        find_label.setBuddy(self.find_edit)
        replace_label = QLabel(self.tr("Replace &with:"), self)
        replace_label.setBuddy(self.replace_edit)
        self.case_check = QCheckBox(self.tr("Match &case"), self)
        self.word_check = QCheckBox(self.tr("W&hole words only"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.next_button.setDefault(True)
        self.previous_button = QPushButton(self.tr("&Previous"), self)
        self.replace_button = QPushButton(self.tr("&Replace"), self)
        self.replace_all_button = QPushButton(self.tr("Replace &All"), self)
        close_button = QPushButton(self.tr("Close"), self)
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        self.status.setWordWrap(True)

        grid = QGridLayout()
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        options = QHBoxLayout()
        options.addWidget(self.case_check)
        options.addWidget(self.word_check)
        options.addStretch(1)
        grid.addLayout(options, 2, 1)
        buttons = QVBoxLayout()
        for button in (self.next_button, self.previous_button, self.replace_button, self.replace_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close_button)
        row = QHBoxLayout()
        row.addLayout(grid, 1)
        row.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addLayout(row)
        outer.addWidget(self.status)

        self.next_button.clicked.connect(lambda: self.find_next(+1))
        self.previous_button.clicked.connect(lambda: self.find_next(-1))
        self.replace_button.clicked.connect(self.replace_current)
        self.replace_all_button.clicked.connect(self.replace_everywhere)
        close_button.clicked.connect(self.close)
        for signal in (self.find_edit.textChanged, self.case_check.toggled, self.word_check.toggled):
            signal.connect(self._criteria_changed)
        self.find_edit.textChanged.connect(self._enable)
        self._enable()

    # -- state ---------------------------------------------------------------

    def _criteria(self) -> tuple[str, bool, bool]:
        return self.find_edit.text(), self.case_check.isChecked(), self.word_check.isChecked()

    def _criteria_changed(self) -> None:
        self._current = None
        self.status.clear()

    def _enable(self) -> None:
        has = bool(self.find_edit.text())
        for button in (self.next_button, self.previous_button, self.replace_button, self.replace_all_button):
            button.setEnabled(has)

    def start(self, text: str = "") -> None:
        """Show the dialog with ``text`` (the selection, if any) to find."""
        if text and "\n" not in text:
            self.find_edit.setText(text)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.find_edit.selectAll()

    # -- finding ---------------------------------------------------------------

    def _matches(self) -> tuple[list[Match], dict[tuple, int]]:
        doc = self.window_.doc
        if doc is None:
            return [], {}
        order = {path: i for i, (path, _text) in enumerate(text_fields(doc.brief))}
        return find_all(doc.brief, *self._criteria()), order

    def find_next(self, step: int = 1) -> Match | None:
        """Show the next match after the one shown (``step`` -1: before it),
        going round the brief's end."""
        matches, order = self._matches()
        if not matches:
            self._current = None
            self.status.setText(self.tr("No matches for “%s”.") % self.find_edit.text() if self.find_edit.text() else "")
            return None
        keyed = [((order[m.path], m.start), m) for m in matches]
        if step > 0:
            after = [m for key, m in keyed if key > self._position]
            match, wrapped = (after[0], False) if after else (keyed[0][1], self._position != (-1, -1))
        else:
            before = [m for key, m in keyed if key < self._position]
            match, wrapped = (before[-1], False) if before else (keyed[-1][1], True)
        self._show(match, order)
        number = [m for _k, m in keyed].index(match) + 1
        page = page_of(match.path)
        where = section_label(page) if page else self.tr("%s (no page edits it here; it prints)") % str(
            match.path[0]).replace("_", " ").capitalize()
        text = numbers(self.tr("Match %d of %d"), number, len(matches))
        if where:
            text += " — " + where
        if wrapped:
            text += " " + self.tr("(went round the end of the brief)")
        self.status.setText(text)
        return match

    def _show(self, match: Match, order: dict[tuple, int]) -> None:
        self._current = match
        self._position = (order[match.path], match.start)
        w = self.window_
        key = page_of(match.path)
        if key is not None:
            w.show_section(key)
            editor = w.editor(key)
            focus = getattr(editor, "focus_path", None)
            if callable(focus):
                focus(tuple(match.path))
        field = w.focusWidget()
        value = w.doc.value(match.path) if w.doc is not None else None
        if isinstance(field, QLineEdit) and field.text() == value:
            field.setSelection(match.start, match.end - match.start)
        elif isinstance(field, QPlainTextEdit) and field.toPlainText() == value:
            cursor = field.textCursor()
            cursor.setPosition(match.start)
            cursor.setPosition(match.end, QTextCursor.MoveMode.KeepAnchor)
            field.setTextCursor(cursor)
            field.ensureCursorVisible()

    # -- replacing ---------------------------------------------------------------

    def replace_current(self) -> None:
        """Replace the match shown (one undo step), then show the next."""
        w = self.window_
        doc = w.doc
        match = self._current
        rx = pattern(*self._criteria())
        if doc is None or rx is None:
            return
        if match is None or not _still_there(doc.value(match.path), match, rx):
            self.find_next(+1)
            return
        w.files.commit_pending_edits()
        doc.end_merge()
        new = replace_in(doc.value(match.path), match, self.replace_edit.text())
        refused = doc.set_value(match.path, new, step=self.tr("Replace “%s”") % self.find_edit.text())
        if refused:
            self.status.setText(self.tr("Not replaced: %s") % refused)
            return
        doc.end_merge()
        order = {path: i for i, (path, _t) in enumerate(text_fields(doc.brief))}
        self._position = (order.get(match.path, self._position[0]), match.start + len(self.replace_edit.text()) - 1)
        self.find_next(+1)

    def replace_everywhere(self) -> int:
        """Replace every match in the brief as one undo step; how many."""
        w = self.window_
        doc = w.doc
        if doc is None or not self.find_edit.text():
            return 0
        w.files.commit_pending_edits()
        doc.end_merge()
        needle, case, word = self._criteria()
        brief, count, refused = replace_all(doc.brief, needle, self.replace_edit.text(), case, word)
        if count:
            doc.replace_brief(brief, self.tr("Replace All “%s”") % needle)
        text = numbers(self.tr("Replaced %d."), count) if count else self.tr("No matches for “%s”.") % needle
        if refused:
            text += " " + numbers(self.tr("%d field(s) left as they were: a required field cannot be emptied."), len(refused))
        self.status.setText(text)
        self._current, self._position = None, (-1, -1)
        return count


def _still_there(text: object, match: Match, rx) -> bool:
    return isinstance(text, str) and rx.fullmatch(text, match.start, match.end) is not None


def find_shortcuts() -> dict[str, list[QKeySequence]]:
    """The keys of the find actions, the same on every platform."""
    return {
        "find": [QKeySequence("Ctrl+F")],
        "next": [QKeySequence("F3")],
        "previous": [QKeySequence("Shift+F3")],
        "replace": [QKeySequence("Ctrl+H")],
    }


__all__ = ["FindReplaceDialog", "find_shortcuts"]
