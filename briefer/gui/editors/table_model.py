"""A Qt table model over one list of a brief, e.g. ``("risks",)``.

:class:`ListTableModel` shows the list's items as rows and some of their
fields as columns (:class:`Column`).  It holds no copy of the data: every
``data()`` call reads the document, and every ``setData()`` goes through
``doc.set_value`` (one undo step per cell edit).  A refused value returns
False and is reported through :attr:`ListTableModel.edit_refused`.

The document replaces a whole list on insert/remove/move (that is what makes
undo simple); the model works out what happened by comparing the new list
with the one it last showed, and tells the views with the precise
``beginInsertRows``/``beginRemoveRows``/``beginMoveRows`` calls, so that
selection and scroll position survive, falling back to a reset only for
changes it cannot describe.

Rows can be dragged to a new place: ``mimeData`` carries the row numbers
under :data:`ROW_MIME`, ``dropMimeData`` calls ``doc.move_item``.  The view's
"remove the source after a move" step does nothing because the model does
not implement ``removeRows``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ...model.dates import DateParseError
from ...templates.markings import UnknownMarkingError, at_or_below, effective_marking
from ..edit_session import EditSession, FieldPath
from .fields import date_text, is_under, parse_typed_date, parse_typed_partial_date
from .labels import enum_label

ROW_MIME = "application/x-briefer-rows"

_TR_CONTEXT = "ListColumns"


def tr_column(text: str) -> str:
    return QCoreApplication.translate(_TR_CONTEXT, text)


@dataclass(frozen=True)
class Column:
    """One column: the item's ``field`` (None: the item is itself the text,
    as in ``objectives``), its untranslated ``header``, and its ``kind``:
    ``text``, ``long`` (shown on one line, edited in the detail form),
    ``enum`` (with ``enum``), ``date``, ``number`` (a whole number) or
    ``marking`` (a portion's marking, shown as a chip)."""

    field: str | None
    header: str
    kind: str = "text"
    enum: type[StrEnum] | None = None
    optional: bool = True


def _one_line(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


WITHHELD_COLOUR = "#9A9A9A"
"""A row the preview's reader would not get: grey and struck through."""


class ListTableModel(QAbstractTableModel):
    edit_refused = Signal(str)  # a sentence naming the column and the reason
    edit_accepted = Signal()

    def __init__(self, doc: EditSession, list_path: FieldPath, columns: list[Column],
                 parent=None, label_for: Callable[[Column], str] | None = None):
        super().__init__(parent)
        self.doc = doc
        self.list_path = tuple(list_path)
        self.columns = list(columns)
        self._shown: list[Any] = list(self._items())
        self._label_for = label_for
        self._reader: str | None = None  # the preview's reader level: rows above it are shown faded
        doc.changed.connect(self._on_changed)
        doc.structure_changed.connect(self._on_structure_changed)
        doc.reset.connect(self._on_reset)

    # -- reading ----------------------------------------------------------

    def _items(self) -> list[Any]:
        return list(self.doc.value(self.list_path))

    def item(self, row: int) -> Any:
        return self.doc.value(self.list_path)[row]

    def path_of(self, row: int, column: int | None = None) -> FieldPath:
        if column is None or self.columns[column].field is None:
            return (*self.list_path, row)
        return (*self.list_path, row, self.columns[column].field)

    def column_of(self, field: str | None) -> int:
        for i, col in enumerate(self.columns):
            if col.field == field:
                return i
        return -1

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    # -- the reader filter ---------------------------------------------------

    def set_reader_level(self, level: str | None) -> None:
        """Fade the rows a reader at ``level`` (of the brief's marking scheme)
        would not get; None shows every row as it is."""
        if level == self._reader:
            return
        self._reader = level
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def withheld(self, row: int) -> bool:
        """True when the reader level is set and the row's item is above it
        (or names no level, which no releasable version prints)."""
        if self._reader is None:
            return False
        item = self.item(row)
        if not hasattr(item, "marking"):
            return False
        scheme = self.doc.library.for_brief(self.doc.brief.layout.template).scheme
        level = scheme.level(self._reader)
        if level is None:
            return False
        try:
            return not at_or_below(effective_marking(item, self.doc.brief), level, scheme)
        except UnknownMarkingError:
            return True

    def raw_value(self, row: int, column: int) -> Any:
        item = self.item(row)
        field = self.columns[column].field
        return item if field is None else getattr(item, field)

    def display_text(self, row: int, column: int) -> str:
        value = self.raw_value(row, column)
        if value is None:
            return ""
        col = self.columns[column]
        if col.kind == "enum":
            return enum_label(value)
        if col.kind in ("date", "partial-date"):
            return date_text(value)
        return _one_line(str(value))

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        row, column = index.row(), index.column()
        try:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.display_text(row, column)  # plain: the delegates isolate it when they paint
            if role == Qt.ItemDataRole.EditRole:
                value = self.raw_value(row, column)
                kind = self.columns[column].kind
                if kind in ("date", "partial-date"):
                    return date_text(value)  # edited as text: 27 Nov 2026
                if kind == "enum":
                    return value
                return "" if value is None else str(value)
            if role == Qt.ItemDataRole.ForegroundRole and self.withheld(row):
                return QBrush(QColor(WITHHELD_COLOUR))
            if role == Qt.ItemDataRole.FontRole and self.withheld(row):
                font = QFont()
                font.setStrikeOut(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole and self.withheld(row):
                return QCoreApplication.translate("ListTableModel", "Not in what a reader at %s sees") % self._reader
            if role == Qt.ItemDataRole.ToolTipRole:
                value = self.raw_value(row, column)
                if isinstance(value, str) and (len(value) > 60 or "\n" in value):
                    return value
        except (IndexError, AttributeError):
            return None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr_column(self.columns[section].header) if 0 <= section < len(self.columns) else None
        return str(section + 1)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
        if self.columns[index.column()].kind != "long":
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing ------------------------------------------------------------

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.columns[index.column()]
        if col.kind in ("date", "partial-date") and isinstance(value, str):
            parse = parse_typed_partial_date if col.kind == "partial-date" else parse_typed_date
            try:
                value = parse(value) if value.strip() else None
            except DateParseError as e:
                self.edit_refused.emit(f"{tr_column(col.header)}: {e}")
                return False
        elif col.kind == "enum":
            value = None if value in (None, "") else col.enum(value) if col.enum else value
        elif col.kind == "number" and isinstance(value, str):
            text = value.strip()
            if text and not text.isdecimal():
                self.edit_refused.emit(
                    f"{tr_column(col.header)} "
                    + QCoreApplication.translate("ListTableModel", "must be a whole number such as 3, or empty.")
                )
                return False
            value = int(text) if text else None
        elif isinstance(value, str) and not value.strip():
            if col.field is None:  # an item of a list of text: blank would silently drop it
                self.edit_refused.emit(
                    QCoreApplication.translate("ListTableModel", "An item cannot be empty; delete the row instead.")
                )
                return False
            value = None
        label = self._label_for(col) if self._label_for else tr_column(col.header).lower()
        self.doc.end_merge()
        error = self.doc.set_value(self.path_of(index.row(), index.column()), value, label)
        self.doc.end_merge()
        if error:
            self.edit_refused.emit(f"{tr_column(col.header)} {error}")
            return False
        self.edit_accepted.emit()
        return True

    # -- drag and drop ---------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [ROW_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = {"list": list(self.list_path), "model": id(self), "rows": rows}
        mime = QMimeData()
        mime.setData(ROW_MIME, json.dumps(payload).encode("utf-8"))
        return mime

    def _rows_in(self, data: QMimeData) -> list[int] | None:
        if data is None or not data.hasFormat(ROW_MIME):
            return None
        try:
            payload = json.loads(bytes(data.data(ROW_MIME)).decode("utf-8"))
        except ValueError:
            return None
        if payload.get("model") != id(self) or tuple(payload.get("list", ())) != self.list_path:
            return None
        rows = [r for r in payload.get("rows", []) if isinstance(r, int) and 0 <= r < len(self._shown)]
        return rows or None

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        return action == Qt.DropAction.MoveAction and self._rows_in(data) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802
        """Move the dragged rows so they land before ``row`` (or before the
        row dropped on, or at the end).  All of them move as one undo step."""
        rows = self._rows_in(data)
        if rows is None or action != Qt.DropAction.MoveAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._shown)
        self.move_rows(rows, row)
        return True

    def move_rows(self, rows: list[int], before: int) -> None:
        """Move ``rows`` (kept in their order) to stand before row ``before``."""
        rows = sorted(set(rows))
        n = len(self._shown)
        before = max(0, min(before, n))
        order = list(range(n))
        moving = [order[r] for r in rows]
        rest = [i for i in order if i not in set(rows)]
        insert_at = before - sum(1 for r in rows if r < before)
        new_order = rest[:insert_at] + moving + rest[insert_at:]
        if new_order == order:
            return
        stack = self.doc.undo_stack
        stack.beginMacro(QCoreApplication.translate("ListTableModel", "Move rows") if len(rows) > 1
                         else QCoreApplication.translate("ListTableModel", "Move row"))
        try:
            current = list(order)
            for target, original in enumerate(new_order):
                src = current.index(original)
                if src != target:
                    self.doc.move_item(self.list_path, src, target)
                    current.insert(target, current.pop(src))
        finally:
            stack.endMacro()

    # -- following the document ------------------------------------------

    def _on_reset(self) -> None:
        """The whole brief was replaced (Replace All, its undo, revert): when
        the list has as many rows as before, only their data changed — the
        views keep their current row and selection; else they start again."""
        new = self._items()
        if len(new) == len(self._shown):
            self._shown = new
            if new:
                self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(self.columns) - 1))
            return
        self.beginResetModel()
        self._shown = new
        self.endResetModel()

    def _on_structure_changed(self, path: tuple) -> None:
        if is_under(self.list_path, path) and len(path) <= len(self.list_path):
            self.sync()

    def _on_changed(self, path: tuple) -> None:
        if not is_under(self.list_path, path):
            return
        if len(path) <= len(self.list_path):
            self.sync()  # the list itself, or a parent, was replaced
            return
        items = self._items()
        if len(items) != len(self._shown):  # a list of text drops blank items
            self.sync()
            return
        row = path[len(self.list_path)]
        if not isinstance(row, int) or not 0 <= row < len(items):
            return
        self._shown[row] = items[row]
        if len(path) > len(self.list_path) + 1:
            col = self.column_of(path[len(self.list_path) + 1])
            if col >= 0:
                self.dataChanged.emit(self.index(row, col), self.index(row, col))
            return
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def sync(self) -> None:
        """Tell the views how the list changed since it was last shown."""
        old, new = self._shown, self._items()
        if self._describe(old, new):
            return
        self.beginResetModel()
        self._shown = new
        self.endResetModel()

    def _describe(self, old: list, new: list) -> bool:
        """Emit precise row signals for a single insert block, removals or a
        single move; False when the change is something else."""
        n_old, n_new = len(old), len(new)
        prefix = 0
        while prefix < min(n_old, n_new) and old[prefix] == new[prefix]:
            prefix += 1
        if n_old == n_new:
            if prefix == n_old:
                self._shown = new
                if n_new:
                    self.dataChanged.emit(self.index(0, 0), self.index(n_new - 1, len(self.columns) - 1))
                return True
            suffix = 0
            while suffix < n_old - prefix and old[n_old - 1 - suffix] == new[n_new - 1 - suffix]:
                suffix += 1
            lo, hi = prefix, n_old - 1 - suffix  # the changed span
            if old[lo + 1 : hi + 1] == new[lo:hi] and old[lo] == new[hi]:  # lo moved down to hi
                self.beginMoveRows(QModelIndex(), lo, lo, QModelIndex(), hi + 1)
                self._shown = new
                self.endMoveRows()
                return True
            if old[lo:hi] == new[lo + 1 : hi + 1] and old[hi] == new[lo]:  # hi moved up to lo
                self.beginMoveRows(QModelIndex(), hi, hi, QModelIndex(), lo)
                self._shown = new
                self.endMoveRows()
                return True
            return False
        if n_new > n_old:
            count = n_new - n_old
            if old[prefix:] == new[prefix + count :]:
                self.beginInsertRows(QModelIndex(), prefix, prefix + count - 1)
                self._shown = new
                self.endInsertRows()
                return True
            return False
        # Removals: ``new`` must be ``old`` with some items taken out.
        removed: list[int] = []
        j = 0
        for i, item in enumerate(old):
            if j < n_new and item == new[j]:
                j += 1
            else:
                removed.append(i)
        if j != n_new:
            return False
        for i in reversed(removed):
            self.beginRemoveRows(QModelIndex(), i, i)
            del self._shown[i]
            self.endRemoveRows()
        self._shown = new
        return True
