"""The editor of one list section: a table, a toolbar, and a detail form.

Layout, top to bottom: the toolbar (Add, Duplicate, Delete, Move up, Move
down), the table (a :class:`ListTableModel`, cells editable in place, rows
draggable), a line for a refused cell edit, and — in a splitter under the
table — the detail form of the current row with *all* its fields, long ones
included.

Keyboard: Ctrl+Shift+A adds a row, Ctrl+Shift+D duplicates, Delete (in the
table) deletes, Ctrl+Shift+Up/Down move the current row; all act while focus
is anywhere inside the editor.  Deleting asks nothing; Edit ▸ Undo brings
the rows back.  In the table, as in a spreadsheet, F2, Enter or a double
click edits a cell (a stray key never overwrites one), and Tab leaves the
table; F6 goes from a row to its form and back.  The current row is always
the selected one, and the form always shows it.

Copy, Cut and Paste (Ctrl+C, Ctrl+X, Ctrl+V in the table, or its right-click
menu) carry whole rows, with every field, between briefs open in other
windows: the clipboard holds them as :data:`ITEMS_MIME` JSON, and as text.
Pasting plain text adds one row per line.  A paste is one undo step.  A
row whose marking is "as the brief" takes the marking of the brief it was
copied from, set on the row, when pasted into a brief marked otherwise, so
nothing is pasted at a lower marking without a word.
"""

from __future__ import annotations

import copy
import json
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QEvent, QItemSelection, QItemSelectionModel, QMimeData, QModelIndex, Qt
from pydantic import BaseModel, ValidationError
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model.text import strip_bidi_controls
from ...templates.markings import PORTION_FIELDS, carried_marking, effective_marking, raised_marking
from ..edit_session import EditSession, FieldPath
from ..focus_look import paint_current_cell, show_focus_in_selection
from ..settings import AppSettings
from .delegates import DateDelegate, EnumDelegate, TextDelegate
from .fields import BoundField, DateField, EnumField, LineField, LongTextField
from .marking import MarkingDelegate, MarkingField
from .photo_field import PhotoField
from .specs import FieldSpec, ListSpec, tr_spec
from .table_model import ListTableModel


ITEMS_MIME = "application/x-briefer-list-items+json"
"""Rows on the clipboard: ``{"list": key, "items": [item as in a .brief],
"marking": the marking of the brief they come from}``."""


def make_field(doc: EditSession, spec: FieldSpec, path: FieldPath | None, parent: QWidget) -> BoundField:
    """The bound widget for one detail-form field."""
    label = tr_spec(spec.label).replace("&", "").rstrip(":").strip()
    if spec.kind == "long":
        return LongTextField(doc, path, label, parent, lines=spec.lines,
                             placeholder=tr_spec(spec.placeholder) if spec.placeholder else "", expanding=True)
    if spec.kind == "enum":
        return EnumField(doc, path, label, spec.enum, parent, optional=spec.optional)
    if spec.kind in ("date", "partial-date"):
        return DateField(doc, path, label, parent, partial=spec.kind == "partial-date")
    if spec.kind == "photo":
        return PhotoField(doc, path, label, parent)
    if spec.kind == "marking":
        return MarkingField(doc, path, label, parent)
    return LineField(doc, path, label, parent, placeholder=tr_spec(spec.placeholder) if spec.placeholder else "")


class ListTableView(QTableView):
    """The table of a list editor: Enter or Return starts editing the
    current cell (F2 and a double click do too), Tab and Shift+Tab move to
    the next widget instead of the next cell."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed)
        show_focus_in_selection(self)  # the strong highlight only while the table has the focus
        self.stretch_column: int | None = None
        self.least_stretch_width = 0
        self._preferred: dict[int, int] = {}
        self._squeezed = False

    def set_column_widths(self, preferred: dict[int, int], stretch_column: int | None, least_stretch_width: int) -> None:
        """The widths the other columns get when there is room; in a narrow
        table they give way so the stretching column (the name, the
        point) keeps ``least_stretch_width``."""
        self._preferred = dict(preferred)
        self.stretch_column, self.least_stretch_width = stretch_column, least_stretch_width
        for column, width in preferred.items():
            self.setColumnWidth(column, width)
        self._fit_columns()

    def _fit_columns(self) -> None:
        if self.stretch_column is None or not self._preferred:
            return
        others = sum(self._preferred.values())
        room = self.viewport().width() - self.least_stretch_width
        if room >= others:
            if self._squeezed:  # room again: back to the preferred widths
                self._squeezed = False
                for column, width in self._preferred.items():
                    self.setColumnWidth(column, width)
            return
        self._squeezed = True
        least = self.fontMetrics().averageCharWidth() * 6
        factor = max(room, 0) / others
        for column, width in self._preferred.items():
            self.setColumnWidth(column, max(least, int(width * factor)))

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_columns()

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        paint_current_cell(self)  # where the keyboard is, clearly

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            show_focus_in_selection(self)

    def focusInEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.viewport().update()  # the whole selection changes colour, not only the current cell

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        editing = self.state() == QAbstractItemView.State.EditingState
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not editing and not event.modifiers():
            index = self.currentIndex()
            if index.isValid() and self.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event):
                return
        super().keyPressEvent(event)


TABLE_ROWS_MIN = 4
"""The fewest rows a list page's table shows, however small the window."""
TABLE_ROWS_MAX = 10
"""The most rows it takes room for before the form under it (it scrolls beyond)."""


def _theme_icon(name: str) -> QIcon:
    return QIcon.fromTheme(name)


class ListEditor(QWidget):
    """Table + toolbar + detail form for ``spec.list_path``.  ``proxy`` (a
    QSortFilterProxyModel) may regroup the rows for display; the model's
    order, which is the exported order, is unchanged by it."""

    def __init__(self, doc: EditSession, spec: ListSpec, parent: QWidget | None = None, proxy: QAbstractProxyModel | None = None):
        super().__init__(parent)
        self.doc = doc
        self.spec = spec
        self.list_path = spec.list_path
        self.model = ListTableModel(doc, spec.list_path, spec.columns, self)
        self.proxy = proxy
        if proxy is not None:
            proxy.setParent(self)
            proxy.setSourceModel(self.model)
        self.reorder_enabled = True

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        layout.addWidget(self.toolbar)

        self.table = ListTableView(self)
        self.table.setModel(self.view_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setAlternatingRowColors(proxy is None)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setAccessibleName(tr_spec(spec.noun))
        self._delegates = [TextDelegate(self.table)]
        self.table.setItemDelegate(self._delegates[0])  # enum and date columns get their own below
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        char = self.table.fontMetrics().averageCharWidth()
        stretch: int | None = None
        preferred: dict[int, int] = {}
        for i, col in enumerate(spec.columns):
            if col.kind == "enum":
                delegate = EnumDelegate(col.enum, col.optional, self.table)
                self.table.setItemDelegateForColumn(i, delegate)
                self._delegates.append(delegate)
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                preferred[i] = char * 16
            elif col.kind == "marking":
                delegate = MarkingDelegate(doc, self.table)
                self.table.setItemDelegateForColumn(i, delegate)
                self._delegates.append(delegate)
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                preferred[i] = char * 22
            elif col.kind in ("date", "partial-date"):
                delegate = DateDelegate(self.table)
                self.table.setItemDelegateForColumn(i, delegate)
                self._delegates.append(delegate)
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                preferred[i] = char * 16
            elif not col.optional and stretch is None:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
                stretch = i
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Interactive)
                preferred[i] = char * (10 if col.field == "time" else 18)
        self.table.set_column_widths(preferred, stretch, char * 18)
        self.table.setMinimumHeight(self._table_height_for(TABLE_ROWS_MIN))

        self.table_error = QLabel(self)
        self.table_error.setObjectName("fieldError")
        self.table_error.setWordWrap(True)
        self.table_error.hide()
        self.model.edit_refused.connect(self._show_table_error)
        self.model.edit_accepted.connect(self.table_error.hide)
        self.table_note = QLabel(self)
        self.table_note.setObjectName("fieldNote")
        self.table_note.setWordWrap(True)
        self.table_note.hide()
        self.model.edit_refused.connect(self.table_note.hide)
        self.model.edit_accepted.connect(self.table_note.hide)

        top = QWidget(self)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.table)
        top_layout.addWidget(self.table_error)
        top_layout.addWidget(self.table_note)
        self.table_footer = top_layout
        """Widgets about the table's view (Group by delegation) go here, under it."""

        self.fields: dict[str, BoundField] = {}
        self.detail_scroll: QScrollArea | None = None
        if spec.fields:
            self.splitter = QSplitter(Qt.Orientation.Vertical, self)
            self.splitter.setChildrenCollapsible(False)
            self.splitter.addWidget(top)
            self.splitter.addWidget(self._build_detail())
            # The table takes what its rows need (TABLE_ROWS_MIN to
            # TABLE_ROWS_MAX rows), the form the rest; once the user drags the
            # handle, the table keeps the height they chose (remembered).
            self.splitter.setStretchFactor(0, 0)
            self.splitter.setStretchFactor(1, 1)
            self._table_top = top
            self._table_height_chosen = AppSettings().list_table_height(self._splitter_name)
            self.splitter.splitterMoved.connect(self._remember_table_height)
            layout.addWidget(self.splitter, 1)
        else:
            layout.addWidget(top, 1)

        self._build_actions()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: (self._sync_current(), self._keep_current_selected()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._keep_current_selected())
        self._row_before_reset: int | None = None
        self.view_model.modelAboutToBeReset.connect(self._remember_row)
        self.view_model.modelReset.connect(self._restore_row)
        for signal in (self.view_model.rowsInserted, self.view_model.rowsRemoved, self.view_model.rowsMoved,
                       self.view_model.modelReset, self.view_model.layoutChanged):
            signal.connect(lambda *_: self._sync_current())
        if spec.fields:
            for signal in (self.view_model.rowsInserted, self.view_model.rowsRemoved, self.view_model.modelReset):
                signal.connect(lambda *_: self._fit_splitter())
        if self.model.rowCount() and spec.fields:
            self.select_row(0)  # the detail form shows something from the start
        self._sync_current()
        self._keep_current_selected()

    # -- the table's share of the page --------------------------------------

    @property
    def _splitter_name(self) -> str:
        return ".".join(str(part) for part in self.list_path)

    def _table_height_for(self, rows: int) -> int:
        """The height of the table showing ``rows`` rows, header and frame included."""
        header = self.table.horizontalHeader()
        header_height = header.sizeHint().height() if not header.isHidden() else 0
        return header_height + rows * self.table.verticalHeader().defaultSectionSize() + 2 * self.table.frameWidth() + 2

    def _table_height_wanted(self) -> int:
        """What the table's rows need (and an empty line under them for the
        eye), TABLE_ROWS_MIN to TABLE_ROWS_MAX rows."""
        rows = max(TABLE_ROWS_MIN, min(TABLE_ROWS_MAX, self.view_model.rowCount() + 1))
        height = self._table_height_for(rows)
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().sizeHint().height()
        return height

    def _fit_splitter(self) -> None:
        splitter = getattr(self, "splitter", None)
        if splitter is None or not self.isVisible():
            return
        total = sum(splitter.sizes())
        if total <= 0:
            return
        extras = self._table_top.sizeHint().height() - self.table.sizeHint().height()  # the lines under the table
        least = self.table.minimumHeight() + max(0, extras)
        wanted = (self._table_height_chosen if self._table_height_chosen is not None
                  else self._table_height_wanted() + max(0, extras))
        form_least = splitter.widget(1).minimumSizeHint().height()
        top = max(least, min(wanted, total - form_least))
        if splitter.sizes()[0] != top:
            splitter.setSizes([top, total - top])

    def _remember_table_height(self, pos: int, _index: int) -> None:
        """The user dragged the handle: the table keeps that height, on this page and the next time."""
        self._table_height_chosen = self.splitter.sizes()[0]
        AppSettings().set_list_table_height(self._splitter_name, self._table_height_chosen)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_splitter()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_splitter()

    def set_reader_level(self, level: str | None) -> None:
        """Fade the rows a reader at ``level`` would not get (the preview's reader filter)."""
        self.model.set_reader_level(level)

    # -- structure ------------------------------------------------------

    @property
    def view_model(self):
        return self.proxy if self.proxy is not None else self.model

    def _build_detail(self) -> QWidget:
        self.detail_group = QGroupBox(self.tr("Selected %s") % tr_spec(self.spec.noun), self)
        form = QFormLayout(self.detail_group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        for fspec in self.spec.fields:
            widget = make_field(self.doc, fspec, None, self.detail_group)
            label = QLabel(tr_spec(fspec.label), self.detail_group)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.fields[fspec.field] = widget
        self.empty_hint = QLabel(self)
        self.empty_hint.setObjectName("fieldHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setText(
            self.tr("No %s selected. Press Add (Ctrl+Shift+A) to create one.") % tr_spec(self.spec.noun)
        )
        self.detail_stack = QStackedWidget(self)
        self.detail_scroll = QScrollArea(self)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # shows no focus: Tab goes to its fields
        self.detail_scroll.setWidget(self.detail_group)
        self.detail_stack.addWidget(self.detail_scroll)
        self.detail_stack.addWidget(self.empty_hint)
        return self.detail_stack

    def _build_actions(self) -> None:
        noun = tr_spec(self.spec.noun)

        def action(text: str, tip: str, icon: str, shortcut, slot, widget=None) -> QAction:
            act = QAction(_theme_icon(icon), text, self)
            act.setToolTip(tip)
            if shortcut is not None:
                act.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
                act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                act.setToolTip(f"{tip} ({act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            act.triggered.connect(slot)
            (widget or self).addAction(act)
            self.toolbar.addAction(act)
            return act

        self.add_action = action(self.tr("Add"), self.tr("Add a %s after the selected one") % noun, "list-add",
                                 "Ctrl+Shift+A", self.add_row)
        self.duplicate_action = action(self.tr("Duplicate"), self.tr("Duplicate the selected %s") % noun,
                                       "edit-copy", "Ctrl+Shift+D", self.duplicate_row)
        self.delete_action = action(self.tr("Delete"), self.tr("Delete the selected rows (Undo brings them back)"),
                                    "list-remove", None, self.delete_rows)
        # Delete key only while the table has focus, so it never steals Delete from text fields.
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.delete_action)
        self.toolbar.addSeparator()
        self.up_action = action(self.tr("Move up"), self.tr("Move the selected %s up") % noun, "go-up",
                                "Ctrl+Shift+Up", lambda: self.move_current(-1))
        self.down_action = action(self.tr("Move down"), self.tr("Move the selected %s down") % noun, "go-down",
                                  "Ctrl+Shift+Down", lambda: self.move_current(+1))
        self.cut_action = self._table_action(self.tr("Cu&t Rows"), QKeySequence.StandardKey.Cut, self.cut_rows)
        self.copy_action = self._table_action(self.tr("&Copy Rows"), QKeySequence.StandardKey.Copy, self.copy_rows)
        self.paste_action = self._table_action(self.tr("&Paste Rows"), QKeySequence.StandardKey.Paste, self.paste_rows)
        self.table.removeAction(self.delete_action)
        self.table.addAction(self.delete_action)  # last in the right-click menu
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.form_focus_action = QAction(self.tr("Go to the Form or the Table"), self)
        self.form_focus_action.setShortcut(QKeySequence(Qt.Key.Key_F6))
        self.form_focus_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.form_focus_action.triggered.connect(self.toggle_form_focus)
        self.addAction(self.form_focus_action)
        for act in self.toolbar.actions():
            button = self.toolbar.widgetForAction(act)
            if isinstance(button, QToolButton):
                button.setAccessibleName(act.text())

    def _table_action(self, text: str, key: QKeySequence.StandardKey, slot) -> QAction:
        """An action of the table only (its keys never reach text fields)."""
        act = QAction(text, self.table)
        act.setShortcut(QKeySequence(key))
        act.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(act)
        return act

    # -- clipboard ----------------------------------------------------------

    def copy_rows(self) -> int:
        """Put the selected rows on the clipboard; how many."""
        rows = self.selected_rows()
        if not rows:
            return 0
        items = [self.model.item(r) for r in rows]
        data = [i.model_dump(mode="json", by_alias=True) if isinstance(i, BaseModel) else i for i in items]
        mime = QMimeData()
        brief = self.doc.brief
        # rows of a text list are marked as one list; other rows each (blank: as the brief)
        marking = effective_marking(self.spec.key, brief) if self.spec.key in PORTION_FIELDS else brief.marking
        payload = {"list": self.spec.key, "items": data, "marking": marking}
        mime.setData(ITEMS_MIME, json.dumps(payload, ensure_ascii=False).encode())
        lines = []
        for r in rows:
            cells = [self.model.index(r, c).data() for c in range(self.model.columnCount())]
            lines.append("\t".join(str(c) for c in cells if c not in (None, "")))
        mime.setText("\n".join(lines))
        QApplication.clipboard().setMimeData(mime)
        return len(rows)

    def cut_rows(self) -> None:
        if self.copy_rows():
            self.delete_rows()

    def paste_rows(self) -> int:
        """Insert the rows on the clipboard after the current row (one undo
        step); plain text makes one row per line.  How many were added."""
        mime = QApplication.clipboard().mimeData()
        if mime is None:
            return 0
        self.table_note.hide()
        try:
            items, handled_at = self._items_from(mime)
        except ValueError as e:
            self._show_table_error(str(e))
            return 0
        if not items:
            return 0
        row = self.current_row()
        at = self.model.rowCount() if row is None else row + 1
        self.doc.end_merge()
        noun = tr_spec(self.spec.noun)
        label = self.tr("Paste %s") % noun if len(items) == 1 else self.tr("Paste %n rows", "", len(items))
        raised = self._raised_list_marking(handled_at)
        if raised is None:
            self.doc.insert_items(self.list_path, at, items, label)
            self.table_error.hide()
        else:  # a text list marked lower than the rows: the list takes their marking, in the same step
            stack = self.doc.undo_stack
            stack.beginMacro(label)
            try:
                self.doc.insert_items(self.list_path, at, items, label)
                self.doc.set_value(("portion_markings", self.spec.key), raised, step=label)
            finally:
                stack.endMacro()
            self.table_error.hide()
            self.table_note.setText(
                self.tr("The pasted rows were handled at %s: this list is now marked %s.") % (raised, raised)
            )
            self.table_note.show()
        self.select_row(at)
        if len(items) > 1:
            first, last = self.view_index(at), self.view_index(at + len(items) - 1)
            self.table.selectionModel().select(
                QItemSelection(first, last),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
        self.table.setFocus()
        return len(items)

    def _items_from(self, mime: QMimeData) -> tuple[list[Any], str | None]:
        """The rows on the clipboard, and the marking they were handled at
        (None: not said, as with plain text)."""
        sample = self.spec.new_item()
        if mime.hasFormat(ITEMS_MIME):
            try:
                payload = json.loads(bytes(mime.data(ITEMS_MIME)).decode("utf-8"))
                source, data = str(payload["list"]), list(payload["items"])
                marked = payload.get("marking")
                if marked is not None and not isinstance(marked, str):
                    raise TypeError
            except (ValueError, KeyError, TypeError):
                raise ValueError(self.tr("The clipboard holds rows Briefer cannot read.")) from None
            if source != self.spec.key:
                raise ValueError(
                    self.tr("The clipboard holds rows of another list (%s): paste them there.")
                    % source.replace("_", " ")
                )
            try:
                if isinstance(sample, BaseModel):
                    return [self._keeping_marking(type(sample).model_validate(d), marked) for d in data], marked
                return [self.spec.make_item(str(d)) for d in data], marked
            except ValidationError as e:
                raise ValueError(self.tr("The rows on the clipboard do not fit this list: %s") % e.errors()[0]["msg"]) from None
        if mime.hasText():
            # direction marks another program kept from what it showed are not text
            lines = [strip_bidi_controls(line).strip() for line in mime.text().splitlines()]
            try:
                return [self.spec.make_item(line) for line in lines if line], None
            except (ValidationError, ValueError) as e:
                raise ValueError(self.tr("The text on the clipboard does not fit this list: %s") % e) from None
        return [], None

    def _raised_list_marking(self, source: str | None) -> str | None:
        """For a text list (marked as one list), the marking it must take so
        that rows handled at ``source`` are not pasted lower; else None."""
        key = self.spec.key
        if source is None or key not in PORTION_FIELDS:
            return None
        brief = self.doc.brief
        scheme = self.doc.library.for_brief(brief.layout.template).scheme
        return raised_marking(source, effective_marking(key, brief), scheme)

    def _keeping_marking(self, item: BaseModel, source: str | None) -> BaseModel:
        """``item``, copied from a brief marked ``source``, with the marking
        it was handled at set on it when this brief is marked otherwise."""
        if "marking" not in type(item).model_fields:
            return item
        carried = carried_marking(item, source, self.doc.brief.marking)
        return item if carried is None else item.model_copy(update={"marking": carried})

    # -- rows -------------------------------------------------------------

    def current_row(self) -> int | None:
        """The current row in the model's (exported) order, or None."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        if self.proxy is not None:
            index = self.proxy.mapToSource(index)
        return index.row() if index.isValid() else None

    def selected_rows(self) -> list[int]:
        rows = set()
        for index in self.table.selectionModel().selectedRows():
            if self.proxy is not None:
                index = self.proxy.mapToSource(index)
            rows.add(index.row())
        if not rows and self.current_row() is not None:
            rows.add(self.current_row())
        return sorted(rows)

    def view_index(self, row: int, column: int = 0) -> QModelIndex:
        index = self.model.index(row, column)
        return self.proxy.mapFromSource(index) if self.proxy is not None else index

    def select_row(self, row: int, column: int = 0) -> None:
        index = self.view_index(row, column)
        if not index.isValid():
            return
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _remember_row(self) -> None:
        self._row_before_reset = self.current_row()

    def _restore_row(self) -> None:
        """After the list was shown afresh, the row that was current stays
        current (the last row when the list is shorter now)."""
        row, self._row_before_reset = self._row_before_reset, None
        if row is not None and self.model.rowCount():
            self.select_row(min(row, self.model.rowCount() - 1))

    def _sync_current(self) -> None:
        row = self.current_row()
        for field, widget in self.fields.items():
            path = None if row is None else (*self.list_path, row, field)
            if widget.path != path:
                widget.set_path(path)
        if self.fields:
            self.detail_stack.setCurrentIndex(0 if row is not None else 1)
        self._update_actions()

    def _keep_current_selected(self) -> None:
        """The highlighted rows always include the current one (the one the
        form shows): keys that move only the current row (Ctrl+arrows,
        Ctrl+Tab) or deselect it select it alone."""
        index = self.table.currentIndex()
        selection = self.table.selectionModel()
        if index.isValid() and not selection.isRowSelected(index.row(), index.parent()):
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.select(index, flags)
        self._update_actions()

    def toggle_form_focus(self) -> None:
        """F6: from the table to the current row's form, and back."""
        if self.table.hasFocus() or self.table.isAncestorOf(QApplication.focusWidget()):
            if self.fields and self.current_row() is not None:
                self.focus_first_field()
        else:
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _update_actions(self) -> None:
        row = self.current_row()
        count = self.model.rowCount()
        has = row is not None
        self.duplicate_action.setEnabled(has)
        self.delete_action.setEnabled(has)
        self.up_action.setEnabled(has and self.reorder_enabled and row > 0)
        self.down_action.setEnabled(has and self.reorder_enabled and row < count - 1)

    def _show_table_error(self, message: str) -> None:
        self.table_error.setText(message)
        self.table_error.show()

    def set_reorder_enabled(self, enabled: bool, reason: str = "") -> None:
        """Turn drag-reordering and Move up/down on or off (off while grouped)."""
        self.reorder_enabled = enabled
        self.table.setDragEnabled(enabled)
        for act in (self.up_action, self.down_action):
            act.setStatusTip(reason)
        self.table.setToolTip("" if enabled else reason)
        self._update_actions()

    # -- actions --------------------------------------------------------

    def add_row(self) -> None:
        row = self.current_row()
        at = self.model.rowCount() if row is None else row + 1
        self.doc.end_merge()
        self.doc.insert_item(self.list_path, at, self.spec.new_item(), self.tr("Add %s") % tr_spec(self.spec.noun))
        self.select_row(at)
        self.focus_first_field(select_all=True)

    def focus_first_field(self, select_all: bool = False) -> None:
        first = self.spec.first_field
        if first is not None and first in self.fields:
            self.fields[first].focus_editor(select_all)
            self._ensure_visible(self.fields[first])
        else:
            index = self.table.currentIndex()
            if index.isValid():
                self.table.setFocus()
                self.table.edit(index)

    def duplicate_row(self) -> None:
        row = self.current_row()
        if row is None:
            return
        item: Any = copy.deepcopy(self.model.item(row))
        self.doc.end_merge()
        self.doc.insert_item(self.list_path, row + 1, item, self.tr("Duplicate %s") % tr_spec(self.spec.noun))
        self.select_row(row + 1)

    def delete_rows(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.doc.end_merge()
        label = self.tr("Delete %s") % tr_spec(self.spec.noun) if len(rows) == 1 else self.tr("Delete %n rows", "", len(rows))
        self.doc.remove_items(self.list_path, rows, label)
        count = self.model.rowCount()
        if count:
            self.select_row(min(rows[0], count - 1))
        self.table.setFocus()

    def move_current(self, step: int) -> None:
        row = self.current_row()
        if row is None or not self.reorder_enabled:
            return
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        self.doc.end_merge()
        self.doc.move_item(self.list_path, row, target, self.tr("Move %s") % tr_spec(self.spec.noun))
        self.select_row(target)

    # -- navigation -----------------------------------------------------

    def _ensure_visible(self, widget: QWidget) -> None:
        if self.detail_scroll is not None:
            self.detail_scroll.ensureWidgetVisible(widget)

    def focus_path(self, path: tuple) -> bool:
        """Select the row of ``path`` and focus its field (or the table)."""
        n = len(self.list_path)
        if tuple(path[:n]) != self.list_path:
            return False
        if len(path) == n:
            self.table.setFocus()
            return True
        row = path[n]
        if not isinstance(row, int) or not 0 <= row < self.model.rowCount():
            return False
        field = path[n + 1] if len(path) > n + 1 else None
        column = max(self.model.column_of(field), 0) if field is not None else 0
        self.select_row(row, column)
        if field is not None and field in self.fields:
            self.fields[field].focus_editor()
            self._ensure_visible(self.fields[field])
        else:
            self.table.setFocus()
        return True
