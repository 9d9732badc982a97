"""Cell editors for the columns of a :class:`ListTableModel`: text, enum, date.

Each paints its cell's text as a directional isolate in a right-to-left
interface (:class:`IsolatingDelegate`), so that an elided English cell ends
in "…" on its own right; the model's text stays plain, as Copy takes it."""

from __future__ import annotations

from enum import StrEnum

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..bidi import isolate
from ..spellcheck import attach as attach_spelling
from .fields import CleanLineEdit
from .labels import NONE_LABEL, enum_choices


class IsolatingDelegate(QStyledItemDelegate):
    """Paints (and sizes) a cell's text as a directional isolate in a
    right-to-left interface; the text as it is in a left-to-right one."""

    def displayText(self, value: Any, locale: QLocale) -> str:  # noqa: N802 - Qt's name
        return isolate(super().displayText(value, locale))


class TextDelegate(IsolatingDelegate):
    """Text cells: pasted line breaks and control characters are cleaned as
    they arrive (as in the form fields), so a paste is never refused whole;
    spelling is checked as in the form fields."""

    spell_checked = True

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = CleanLineEdit(parent)
        editor.setFrame(False)
        if self.spell_checked:
            attach_spelling(editor, _doc_of(parent))
        return editor


def _doc_of(widget: QWidget | None) -> object:
    """The EditSession of the editor page ``widget`` is in (its people's
    names are never flagged), or None."""
    while widget is not None:
        doc = getattr(widget, "doc", None)
        if doc is not None:
            return doc
        widget = widget.parentWidget()
    return None


class EnumDelegate(IsolatingDelegate):
    """A combo with the enum's labels (and "—" when optional); choosing an
    entry commits at once."""

    def __init__(self, enum: type[StrEnum], optional: bool = True, parent=None):
        super().__init__(parent)
        self.enum = enum
        self.optional = optional

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        if self.optional:
            combo.addItem(NONE_LABEL, None)
        for member, text in enum_choices(self.enum):
            combo.addItem(text, member)
        combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
        return combo

    def _commit_and_close(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(editor.findData(value), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class DateDelegate(TextDelegate):
    """Date cells are typed like the date fields (27 Nov 2026, 27/11/2026 in
    the locale's order, 2026-11-27); the model reads the text, and text that
    is not a date is refused with the reason under the table."""

    spell_checked = False

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = super().createEditor(parent, option, index)
        editor.setPlaceholderText(QCoreApplication.translate("DateDelegate", "Not set"))
        return editor
