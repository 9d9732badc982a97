"""Bold, Italic, Bullets and Numbering for long-text fields, without
typing markup: small buttons beside the field's hint, the same entries in
its right-click menu, and Ctrl+B, Ctrl+I, Ctrl+Shift+8 (bullets),
Ctrl+Shift+7 (numbering).  They write the markup the export parses
(:mod:`briefer.model.markup_edit`), each as one undo step."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import QBoxLayout, QMenu, QPlainTextEdit, QToolButton, QWidget

from ...model.markup_edit import Edit, toggle_emphasis, toggle_list


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


def _u16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _py_index(text: str, u16: int) -> int:
    """A Qt (UTF-16) position in ``text`` as a Python index."""
    if text.isascii():
        return u16
    return len(text.encode("utf-16-le")[: 2 * u16].decode("utf-16-le", errors="ignore"))


def apply_edit(edit: QPlainTextEdit, command: Callable[[str, int, int], Edit], end_merge: Callable[[], None]) -> None:
    """Run ``command`` on the editor's text and selection and put the
    result in as one undo step (only the part that changed is replaced,
    so the view does not jump)."""
    text = edit.toPlainText()
    cursor = edit.textCursor()
    start, end = _py_index(text, cursor.selectionStart()), _py_index(text, cursor.selectionEnd())
    result = command(text, start, end)
    if result.text != text:
        prefix = 0
        limit = min(len(text), len(result.text))
        while prefix < limit and text[prefix] == result.text[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and text[-1 - suffix] == result.text[-1 - suffix]:
            suffix += 1
        end_merge()
        change = QTextCursor(edit.document())
        change.setPosition(_u16(text[:prefix]))
        change.setPosition(_u16(text[: len(text) - suffix]), QTextCursor.MoveMode.KeepAnchor)
        change.insertText(result.text[prefix : len(result.text) - suffix])
        end_merge()
    shown = edit.textCursor()
    shown.setPosition(_u16(result.text[: result.start]))
    shown.setPosition(_u16(result.text[: result.end]), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(shown)


def _bold(text: str, start: int, end: int) -> Edit:
    return toggle_emphasis(text, start, end, "**")


def _italic(text: str, start: int, end: int) -> Edit:
    return toggle_emphasis(text, start, end, "*")


def _bullets(text: str, start: int, end: int) -> Edit:
    return toggle_list(text, start, end, ordered=False)


def _numbering(text: str, start: int, end: int) -> Edit:
    return toggle_list(text, start, end, ordered=True)


def install(edit: QPlainTextEdit, foot: QBoxLayout, end_merge: Callable[[], None]) -> list[QAction]:
    """Add the formatting actions to ``edit`` (shortcuts while it has focus)
    and their buttons at the start of ``foot``; returns the actions, which
    the editor also puts in its right-click menu (``edit.format_actions``)."""
    specs = [
        ("fmtBold", _tr("Bold"), "B", "Ctrl+B", _bold),
        ("fmtItalic", _tr("Italic"), "I", "Ctrl+I", _italic),
        ("fmtBullets", _tr("Bulleted List"), "•", "Ctrl+Shift+8", _bullets),
        ("fmtNumbered", _tr("Numbered List"), "1.", "Ctrl+Shift+7", _numbering),
    ]
    actions = []
    for index, (name, text, glyph, shortcut, command) in enumerate(specs):
        action = QAction(text, edit)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.setToolTip(f"{text} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _c=False, cmd=command: apply_edit(edit, cmd, end_merge))
        edit.addAction(action)
        actions.append(action)
        button = QToolButton(edit.parentWidget())
        button.setObjectName(name + "Button")
        button.setText(glyph)
        button.setToolTip(action.toolTip())
        button.setAccessibleName(text)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to field
        font = button.font()
        font.setBold(name == "fmtBold")
        font.setItalic(name == "fmtItalic")
        button.setFont(font)
        button.clicked.connect(action.trigger)
        foot.insertWidget(index, button)
    edit.format_actions = actions  # type: ignore[attr-defined]
    return actions


def add_format_actions(edit: QWidget, menu: QMenu) -> None:
    """The formatting entries at the end of a long-text field's menu."""
    actions = getattr(edit, "format_actions", None)
    if actions:
        menu.addSeparator()
        menu.addActions(actions)
