"""The section list on the left of the main window.

One row per section of the brief (Overview, Meeting, Participants, …) with,
on the right of the row, the number of rows in a list section and a warning
or error badge when the checks found something there.  The list is a
``QListView`` over :class:`SectionListModel`; :class:`SectionBadgeDelegate`
paints the count and badge so the label stays plain text for screen readers
and keyboard search.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ..checks import Finding
from ..model.sections import PAGE_INFO, PAGE_KEYS
from ..model import Brief
from .focus_look import show_focus_in_selection
from .i18n import count_text, number

DEFAULT_SECTION_KEYS: list[str] = list(PAGE_KEYS)


CountRole = Qt.ItemDataRole.UserRole + 1
ErrorsRole = Qt.ItemDataRole.UserRole + 2
WarningsRole = Qt.ItemDataRole.UserRole + 3
KeyRole = Qt.ItemDataRole.UserRole + 4
NotPrintedRole = Qt.ItemDataRole.UserRole + 5


def not_printed_text() -> str:
    """The translated note on a section the template leaves out."""
    return QCoreApplication.translate(
        "SectionList", "Not printed with this brief's template; File ▸ Layout of This Brief… adds it."
    )


def section_label(key: str) -> str:
    """The translated label of a page key (its title in the section catalogue)."""
    page = PAGE_INFO.get(key)
    return QCoreApplication.translate("SectionList", page.title if page else key.replace("_", " ").capitalize())


class SectionListModel(QAbstractListModel):
    """Rows: sections.  Data: label, row count, errors and warnings found."""

    def __init__(self, keys: Iterable[str], parent=None):
        super().__init__(parent)
        self._keys = list(keys)
        self._counts: dict[str, int | None] = {}
        self._findings: dict[str, list[Finding]] = {}
        self._not_printed: frozenset[str] = frozenset()

    @property
    def keys(self) -> list[str]:
        return list(self._keys)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self._keys[index.row()]
        found = self._findings.get(key, [])
        errors = sum(1 for f in found if f.severity == "error")
        warnings = len(found) - errors
        count = self._counts.get(key)
        not_printed = key in self._not_printed
        if role == Qt.ItemDataRole.DisplayRole:
            return section_label(key)
        if role == KeyRole:
            return key
        if role == NotPrintedRole:
            return not_printed
        if role == Qt.ItemDataRole.FontRole and not_printed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not_printed:
            return QGuiApplication.palette().brush(QPalette.ColorRole.PlaceholderText)
        if role == CountRole:
            return count
        if role == ErrorsRole:
            return errors
        if role == WarningsRole:
            return warnings
        if role == Qt.ItemDataRole.ToolTipRole:  # the full name first (a narrow list ends it in "…")
            lines = [section_label(key)] + [f.message for f in found]
            if not_printed:
                lines.insert(1, not_printed_text())
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            parts = []
            if count is not None:
                parts.append(count_text("SectionList", "%n row(s)", count))
            if found:
                parts.append(count_text("SectionList", "%n problem(s)", len(found)))
            if not_printed:
                parts.append(not_printed_text())
            return ", ".join(parts)
        return None

    def row_of(self, key: str) -> int:
        return self._keys.index(key) if key in self._keys else -1

    def update_from(self, brief: Brief, findings: Iterable[Finding], not_printed: Iterable[str] = ()) -> None:
        """Recount rows, regroup findings and mark the sections the brief's
        template does not print; repaint only what changed."""
        counts = {k: (len(getattr(brief, k, []) or []) if k in PAGE_INFO and PAGE_INFO[k].is_list else None) for k in self._keys}
        grouped: dict[str, list[Finding]] = {}
        for f in findings:
            if f.page is not None:
                grouped.setdefault(f.page, []).append(f)
        hidden = frozenset(k for k in not_printed if k in self._keys)
        if counts == self._counts and grouped == self._findings and hidden == self._not_printed:
            return
        self._counts, self._findings, self._not_printed = counts, grouped, hidden
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))


class SectionBadgeDelegate(QStyledItemDelegate):
    """Paints the row count (muted) and a warning/error icon at the right."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        fm = option.fontMetrics
        return QSize(hint.width() + fm.horizontalAdvance("0000") + fm.height() * 2, max(hint.height(), int(fm.height() * 1.9)))

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        count = index.data(CountRole)
        errors = index.data(ErrorsRole) or 0
        warnings = index.data(WarningsRole) or 0
        style = option.widget.style() if option.widget else None
        fm = option.fontMetrics
        # The label gives way to the badges (a long title, as in French, ends in "…").
        badges = (fm.height() + fm.height() // 3 if errors or warnings else 0) + (
            fm.horizontalAdvance(number(count)) + fm.height() // 3 if count is not None else 0)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        room = opt.rect.width() - badges - fm.height()
        opt.text = fm.elidedText(opt.text, Qt.TextElideMode.ElideRight, max(room, fm.height()))
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        else:
            super().paint(painter, option, index)
        pad = max(4, fm.height() // 3)
        # At the end of the row: the right in left-to-right, the left in right-to-left.
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        edge = [option.rect.left() + pad if rtl else option.rect.right() - pad]

        def place(width: int) -> int:
            x = edge[0] if rtl else edge[0] - width
            edge[0] += (width + pad) if rtl else -(width + pad)
            return x

        painter.save()
        if errors or warnings:
            icon_px = fm.height()
            which = QStyle.StandardPixmap.SP_MessageBoxCritical if errors else QStyle.StandardPixmap.SP_MessageBoxWarning
            x = place(icon_px)
            if style is not None:
                icon = style.standardIcon(which)
                rect = QRect(x, option.rect.center().y() - icon_px // 2, icon_px, icon_px)
                icon.paint(painter, rect)
        if count is not None:
            selected = bool(option.state & QStyle.StateFlag.State_Selected)
            role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
            active = option.state & QStyle.StateFlag.State_Active  # the list has the focus: the strong highlight
            group = QPalette.ColorGroup.Active if active else QPalette.ColorGroup.Inactive
            painter.setPen(option.palette.color(group, role))
            text = number(count)
            width = fm.horizontalAdvance(text)
            rect = QRect(place(width), option.rect.top(), width, option.rect.height())
            painter.drawText(rect, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), text)
        painter.restore()


class SectionList(QListView):
    """The left column; emits ``section_selected(key)`` when the current row changes."""

    section_selected = Signal(str)

    def __init__(self, keys: Iterable[str] = DEFAULT_SECTION_KEYS, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sectionList")
        self.setAccessibleName(self.tr("Sections"))
        self.section_model = SectionListModel(keys, self)
        self.setModel(self.section_model)
        self.setItemDelegate(SectionBadgeDelegate(self))
        show_focus_in_selection(self)  # the strong highlight only while the list has the focus
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(True)
        self.selectionModel().currentRowChanged.connect(self._row_changed)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.section_selected.emit(current.data(KeyRole))

    def current_key(self) -> str | None:
        idx = self.currentIndex()
        return idx.data(KeyRole) if idx.isValid() else None

    def select(self, key: str) -> None:
        row = self.section_model.row_of(key)
        if row >= 0:
            self.setCurrentIndex(self.section_model.index(row))

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        width = max(fm.horizontalAdvance(section_label(k)) for k in self.section_model.keys) if self.section_model.keys else 0
        return QSize(width + fm.horizontalAdvance("0000") + fm.height() * 4, super().sizeHint().height())
