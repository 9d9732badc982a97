"""Cell editors for the columns of a :class:`ListTableModel`: text, enum, date."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .fields import DATE_UNSET, CleanLineEdit, OptionalDateEdit
from .labels import NONE_LABEL, enum_choices


class TextDelegate(QStyledItemDelegate):
    """Text cells: pasted line breaks and control characters are cleaned as
    they arrive (as in the form fields), so a paste is never refused whole."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = CleanLineEdit(parent)
        editor.setFrame(False)
        return editor


class EnumDelegate(QStyledItemDelegate):
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


class DateDelegate(QStyledItemDelegate):
    """A date edit with a calendar popup; its "Not set" value clears the date."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        return OptionalDateEdit(parent)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(value if value is not None and value.isValid() else DATE_UNSET)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.date(), Qt.ItemDataRole.EditRole)
