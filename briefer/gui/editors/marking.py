"""Portion markings in the editors: a chooser and a coloured chip.

:class:`MarkingField` is the chooser on every list item's form and beside
every long-text field of the brief (``portion_markings``): free text with
the levels of the template's marking scheme offered, each with its colour,
so a caveat can follow the level ("SECRET//NOFORN").  Blank means "as the
brief", which the placeholder says.  Every change goes through the edit
session, so Undo takes it back.

:class:`MarkingDelegate` paints a list row's marking as a chip in the
level's colour (an unmarked row shows the brief's marking, outlined; a
marking that names no level, a red outline) and edits it with the same
choices.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from ...templates.markings import MarkingScheme, level_of
from ..edit_session import EditSession, FieldPath
from .fields import CleanLineEdit, SuggestionField

UNKNOWN_COLOUR = "#C62828"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Markings", text)


def scheme_of(doc: EditSession) -> MarkingScheme:
    """The marking scheme of the template the brief is exported with."""
    return doc.library.for_brief(doc.brief.layout.template).scheme


def level_colour(marking: str | None, scheme: MarkingScheme) -> QColor | None:
    level = level_of(marking, scheme)
    return QColor(level.colour) if level is not None else None


def level_icon(colour: str, size: int = 12) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setBrush(QColor(colour))
    p.setPen(Qt.PenStyle.NoPen)
    p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), 3, 3)
    p.end()
    return QIcon(pix)


def fill_levels(combo: QComboBox, scheme: MarkingScheme) -> None:
    combo.clear()
    for level in scheme.levels:
        combo.addItem(level_icon(level.colour), level.name)


def unmarked_hint(doc: EditSession) -> str:
    marking = (doc.brief.marking or "").strip()
    return _tr("As the brief (%s)") % marking if marking else _tr("As the brief (not marked)")


class MarkingField(SuggestionField):
    """A portion's marking: the scheme's levels offered, any caveat typed after."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(doc, path, label, [], parent)
        self._scheme_key: str | None = None
        self._fill()
        doc.changed.connect(self._on_brief_changed)

    def _on_brief_changed(self, changed: tuple) -> None:
        """The placeholder names the brief's marking; the levels are the template's."""
        if tuple(changed[:1]) == ("marking",) or tuple(changed[:2]) == ("layout", "template") or not changed:
            self._fill()

    def _fill(self) -> None:
        scheme = scheme_of(self.doc)
        if scheme.key != self._scheme_key:
            text = self._combo.currentText()
            self._combo.blockSignals(True)
            fill_levels(self._combo, scheme)
            self._combo.setCurrentIndex(-1)
            self._combo.setEditText(text)
            self._combo.blockSignals(False)
            self._scheme_key = scheme.key
        self._combo.lineEdit().setPlaceholderText(unmarked_hint(self.doc))
        self._combo.setToolTip(
            _tr("Who may read this part: a level of the %s scheme (%s), optionally followed by caveats. "
                "Blank: as the brief.") % (scheme.name, ", ".join(scheme.names()))
        )

    def refresh(self) -> None:
        if hasattr(self, "_scheme_key"):
            self._fill()  # the template or the brief's marking may have changed
        super().refresh()


class MarkingDelegate(QStyledItemDelegate):
    """A row's marking as a chip in its level's colour; edited with the levels offered."""

    def __init__(self, doc: EditSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc

    # -- painting ---------------------------------------------------------

    def chip(self, own: str | None) -> tuple[str, QColor | None, str, bool]:
        """(text, fill colour or None, tooltip, outlined-in-red)."""
        scheme = scheme_of(self.doc)
        if own and own.strip():
            colour = level_colour(own, scheme)
            if colour is None:
                return own.strip(), None, _tr("“%s” names no level of the %s scheme") % (own.strip(), scheme.name), True
            return own.strip(), colour, _tr("Marked %s") % own.strip(), False
        brief = (self.doc.brief.marking or "").strip()
        return brief, None, _tr("Not marked: handled at the brief's marking (%s)") % (brief or _tr("none")), False

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        own = index.data(Qt.ItemDataRole.EditRole)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        text, fill, _tip, unknown = self.chip(own)
        if not text:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = opt.font
        font.setBold(fill is not None)
        font.setPointSizeF(max(font.pointSizeF() * 0.9, 6.0))
        painter.setFont(font)
        metrics = painter.fontMetrics()
        rect = opt.rect.adjusted(4, 3, -4, -3)
        width = min(rect.width(), metrics.horizontalAdvance(text) + 14)
        chip = QRectF(rect.left(), rect.top(), width, rect.height())
        radius = chip.height() / 2
        if fill is not None:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawRoundedRect(chip, radius, radius)
            painter.setPen(QColor("#FFFFFF"))
        else:
            colour = QColor(UNKNOWN_COLOUR) if unknown else opt.palette.color(opt.palette.ColorRole.PlaceholderText)
            pen = QPen(colour)
            pen.setStyle(Qt.PenStyle.DashLine if unknown else Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(chip, radius, radius)
            painter.setPen(colour)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(chip.width()) - 10)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, shown)
        painter.restore()

    def helpEvent(self, event: QEvent, view: QAbstractItemView, option: QStyleOptionViewItem, index: QModelIndex) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            QToolTip.showText(event.globalPos(), self.chip(index.data(Qt.ItemDataRole.EditRole))[2], view)
            return True
        return super().helpEvent(event, view, option, index)

    # -- editing ----------------------------------------------------------

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setLineEdit(CleanLineEdit(combo))
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        fill_levels(combo, scheme_of(self.doc))
        combo.lineEdit().setPlaceholderText(unmarked_hint(self.doc))
        combo.activated.connect(lambda _i, c=combo: self._commit_and_close(c))
        return combo

    def _commit_and_close(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value: Any = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(-1)
        editor.setEditText(value or "")

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


__all__ = ["MarkingDelegate", "MarkingField", "level_colour", "scheme_of"]
