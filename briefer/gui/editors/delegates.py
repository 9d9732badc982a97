"""Cell editors for the columns of a :class:`ListTableModel`: text, enum, date."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from .fields import CleanLineEdit
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


class DateDelegate(TextDelegate):
    """Date cells are typed like the date fields (27 Nov 2026, 27/11/2026 in
    the locale's order, 2026-11-27); the model reads the text, and text that
    is not a date is refused with the reason under the table."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = super().createEditor(parent, option, index)
        editor.setPlaceholderText(QCoreApplication.translate("DateDelegate", "Not set"))
        return editor
