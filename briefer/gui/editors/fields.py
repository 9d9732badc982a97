"""Form widgets bound to one field path of a :class:`EditSession`.

Every widget here follows the same contract (:class:`BoundField`):

* what the user types goes to ``doc.set_value(path, value, label)`` at once,
  so the preview, the problems panel and undo see it; consecutive keystrokes
  merge into one undo step until the field loses focus (``doc.end_merge``);
* when the document refuses a value, the field turns red (dynamic property
  ``invalid=true``, styled by :data:`FIELD_STYLE`), the reason appears under
  it and in its tooltip, and **the typed text stays** — the user fixes it
  instead of retyping it;
* when the model changes under it (undo, redo, a change of a parent such as
  a row moving, a whole-document reset), the field shows the model's value —
  unless it already shows an equivalent one, so the cursor never jumps while
  typing;
* ``set_path(None)`` detaches it (the detail form of a table with no row
  selected).

Each field is a small composite (the editor plus the error line) whose focus
proxy is the editor, so ``QLabel.setBuddy`` and ``focus_path`` land inside.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QSignalBlocker,
    QSize,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QContextMenuEvent, QKeyEvent, QKeySequence, QPainter, QTextCursor
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import word_count
from ...model.dates import DateOrder, DateParseError, parse_date, parse_partial_date
from ...model.partial_date import PartialDate
from ...model.times import TimeParseError, parse_time, time_text
from ...model.text import clean_one_line, strip_forbidden_chars
from ...templates import default_template
from ..edit_session import EditSession, FieldPath
from ..spellcheck import add_spelling_actions, attach as attach_spelling
from ..bidi import isolate
from ..i18n import with_number
from ..ui_dates import ui_date, ui_long_date, ui_month, ui_year
from .formatting import add_format_actions, install as install_formatting
from .labels import NONE_LABEL, enum_choices

FIELD_STYLE = """
*[invalid="true"] { border: 1px solid #c62828; border-radius: 3px; }
QLabel#fieldError { color: #c62828; }
QLabel#fieldNote { color: palette(text); background: palette(alternate-base);
                   border-left: 3px solid palette(highlight); padding: 2px 6px; }
QLabel#fieldHint { color: palette(placeholder-text); }
"""
"""Style sheet for an editor page: red border on refused fields, the error
line in red, a note (information, not an error) in the text colour on a
shaded band, hints in the placeholder colour (follows light/dark palettes)."""

MARKUP_HINT = QT_TRANSLATE_NOOP("LongTextField", "Blank line = new paragraph · - bullet · 1. numbered · **bold** · *italic*")


def is_under(path: FieldPath, changed: FieldPath) -> bool:
    """True when ``changed`` is ``path`` itself, one of its parents, or one of its children."""
    n = min(len(path), len(changed))
    return path[:n] == changed[:n]


def _blank_to_none(text: str) -> str | None:
    return text if text.strip() else None


class BoundField(QWidget):
    """Base of all bound fields: binding, refresh, error display."""

    committed = Signal(tuple)  # the path, after a value was accepted

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc = doc
        self.path: FieldPath | None = path
        self.label = label
        self.error: str | None = None
        self._updating = False
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.row)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("fieldError")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        outer.addWidget(self.error_label)
        doc.changed.connect(self._on_changed)
        doc.structure_changed.connect(self._on_changed)
        doc.reset.connect(self.refresh)

    # -- to be provided by subclasses -----------------------------------

    @property
    def editor(self) -> QWidget:
        raise NotImplementedError

    def show_value(self, value: Any) -> None:
        """Put the model's value into the editor (called with signals of the editor blocked)."""
        raise NotImplementedError

    def shows(self, value: Any) -> bool:
        """True when the editor already shows something equivalent to ``value``."""
        return False

    # -- binding ----------------------------------------------------------

    def _install_editor(self, editor: QWidget, stretch: int = 1) -> None:
        self.row.addWidget(editor, stretch)
        self.setFocusProxy(editor)
        editor.setAccessibleName(self.label)

    def set_path(self, path: FieldPath | None) -> None:
        self.path = path
        self.refresh()

    def model_value(self) -> Any:
        if self.path is None:
            raise LookupError("not bound")
        return self.doc.value(self.path)

    def refresh(self) -> None:
        try:
            value = self.model_value()
        except (LookupError, AttributeError, TypeError):
            self.setEnabled(False)
            self._show(None)
            self.show_error(None)
            return
        self.setEnabled(True)
        if not self.shows(value):
            self._show(value)
        self.show_error(None)
        self.apply_hint(self.doc.hint(self.path))

    def apply_hint(self, hint: str | None) -> None:
        """Show the template's hint for this field, if the editor can."""

    def _show(self, value: Any) -> None:
        self._updating = True
        blocker = QSignalBlocker(self.editor)
        try:
            self.show_value(value)
        finally:
            blocker.unblock()
            self._updating = False

    def _on_changed(self, changed: tuple) -> None:
        if self.path is not None and is_under(self.path, changed):
            self.refresh()

    def commit(self, value: Any) -> bool:
        """Send ``value`` to the document; show the refusal if there is one."""
        if self._updating or self.path is None:
            return False
        error = self.doc.set_value(self.path, value, self.label)
        self.show_error(error)
        if error is None:
            self.committed.emit(self.path)
        return error is None

    def end_merge(self) -> None:
        self.doc.end_merge()

    def show_error(self, message: str | None) -> None:
        """Red border + reason under the field, or back to normal."""
        text = f"{self.label} {message}" if message else ""  # messages read "is required…", "contains…"
        if message == self.error and self.error_label.text() == text:
            return
        self.error = message
        editor = self.editor
        editor.setProperty("invalid", bool(message))
        editor.style().unpolish(editor)
        editor.style().polish(editor)
        editor.setToolTip(text)
        self.error_label.setText(text)
        self.error_label.setVisible(bool(message))

    def focus_editor(self, select_all: bool = False) -> None:
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if select_all and isinstance(self.editor, QLineEdit):
            self.editor.selectAll()


# --------------------------------------------------------------------------
# One line of text
# --------------------------------------------------------------------------


class CleanLineEdit(QLineEdit):
    """A QLineEdit for user text that the model will accept.

    Pasted or typed line breaks and control characters (text copied from
    Word carries U+000B) are cleaned as they arrive, so what the user sees is
    what the model stores and nothing is refused silently.  Undo and Redo are
    left to the application: the brief's undo stack is the only history, so
    Ctrl+Z means the same wherever the cursor is."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.textEdited.connect(self._clean)

    def _clean(self, text: str) -> None:
        cleaned = clean_one_line(text)
        if cleaned != text:
            cursor = max(0, self.cursorPosition() - (len(text) - len(cleaned)))
            self.setText(cleaned)
            self.setCursorPosition(cursor)
            self.textEdited.emit(cleaned)  # listeners connected after us see the clean text too

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt's name
        return _leave_undo_to_the_app(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_undo_redo(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        menu = context_menu_with_app_undo(self)
        add_spelling_actions(self, menu, event.pos(), event.reason() == QContextMenuEvent.Reason.Keyboard)
        menu.exec(event.globalPos())
        menu.deleteLater()


def _is_undo_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


def context_menu_with_app_undo(widget: QWidget) -> QMenu:
    """The widget's standard context menu, its Undo and Redo doing what
    Edit ▸ Undo and Redo do (the brief's undo stack; the widget keeps no
    history of its own, so Qt's own entries would always be greyed)."""
    menu = widget.createStandardContextMenu()
    window = widget.window()
    for name, app_name in (("edit-undo", "actUndo"), ("edit-redo", "actRedo")):
        own = next((a for a in menu.actions() if a.objectName() == name), None)
        app_action = window.findChild(QAction, app_name) if window is not None else None
        if own is None or app_action is None:
            continue
        own.setEnabled(app_action.isEnabled())
        # The same key as the Edit menu shows, on both entries alike (Qt's
        # own text names the platform's default, or none on some desktops).
        keys = app_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        own.setText(own.text().split("\t")[0] + (f"\t{keys}" if keys else ""))
        own.triggered.disconnect()
        own.triggered.connect(app_action.trigger)
    return menu


def _leave_undo_to_the_app(event: QEvent) -> bool:
    """For a text widget's ``event()``: True (handled) for the Undo/Redo
    shortcut override, which is ignored so the Edit menu's actions fire."""
    if event.type() == QEvent.Type.ShortcutOverride and _is_undo_redo(event):
        event.ignore()
        return True
    return False


class LineField(BoundField):
    """A QLineEdit for a *text* field."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None,
                 placeholder: str = ""):
        super().__init__(doc, path, label, parent)
        self._edit = CleanLineEdit(self)
        self._placeholder = placeholder
        self._edit.setPlaceholderText(placeholder)
        self._edit.setMinimumWidth(self._edit.fontMetrics().averageCharWidth() * 24)
        self._edit.textEdited.connect(self._on_edited)
        self._edit.editingFinished.connect(self.end_merge)
        self._install_editor(self._edit)
        self.spelling = attach_spelling(self._edit, doc)
        self.refresh()

    @property
    def editor(self) -> QLineEdit:
        return self._edit

    def show_value(self, value: Any) -> None:
        self._edit.setText("" if value is None else str(value))
        self._edit.setCursorPosition(0) if not self._edit.hasFocus() else None

    def apply_hint(self, hint: str | None) -> None:
        self._edit.setPlaceholderText(hint or self._placeholder)

    def shows(self, value: Any) -> bool:
        return _blank_to_none(self._edit.text()) == value

    def _on_edited(self, text: str) -> None:
        if text == clean_one_line(text):  # the cleaned text follows as a second signal
            self.commit(text)


# --------------------------------------------------------------------------
# Long text with markup
# --------------------------------------------------------------------------


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when it has less room than its
    text (the whole text is in the tooltip), so it never runs into the
    widget beside it."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)

    def full_text(self) -> str:
        return self.text()

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment()), self.shown_text())
        painter.end()


class _PlainTextEdit(QPlainTextEdit):
    """Plain text only; pasted control characters are dropped; reports focus loss.

    It grows with its text: never shorter than the lines it was made with,
    and as tall as its wrapped text, so the page scrolls (keeping the
    cursor in view) instead of a small box with a scroll bar of its own."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)  # the brief's undo stack is the only history
        self._base_height = 0
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_text)
        self.document().contentsChanged.connect(self._fit_timer.start)
        self._view_timer = QTimer(self)  # after the page's layout has taken the new height
        self._view_timer.setSingleShot(True)
        self._view_timer.setInterval(0)
        self._view_timer.timeout.connect(self._keep_cursor_in_view)
        self.cursorPositionChanged.connect(self._view_timer.start)

    @property
    def base_height(self) -> int:
        return self._base_height

    def set_base_height(self, height: int) -> None:
        self._base_height = height
        self.fit_text()

    def text_height(self) -> int:
        """The height that shows the whole text at the current width."""
        fm = self.fontMetrics()
        margins = self.contentsMargins()
        width = max(1, self.viewport().width() - 2 * int(self.document().documentMargin()) - 1)
        lines = 0
        block = self.document().begin()
        while block.isValid():
            text = block.text()
            if text:
                rect = fm.boundingRect(0, 0, width, 1 << 24, int(Qt.TextFlag.TextWordWrap), text)
                lines += max(1, round(rect.height() / fm.lineSpacing()))
            else:
                lines += 1
            block = block.next()
        frame = 2 * self.frameWidth() + 2 * int(self.document().documentMargin())
        return fm.lineSpacing() * (lines + 1) + frame + margins.top() + margins.bottom()

    def fit_text(self) -> None:
        height = max(self._base_height, self.text_height())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)
            self._view_timer.start()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self._fit_timer.start()  # wrapping changed

    def _keep_cursor_in_view(self) -> None:
        if self.window().focusWidget() is not self:
            return
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if parent is not None:
            rect = self.cursorRect()
            centre = self.viewport().mapTo(parent.widget(), rect.center())
            parent.ensureVisible(centre.x(), centre.y(), 0, rect.height() * 2)

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt's name
        return _leave_undo_to_the_app(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_undo_redo(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt's name
        menu = context_menu_with_app_undo(self)
        add_spelling_actions(self, menu, event.pos(), event.reason() == QContextMenuEvent.Reason.Keyboard)
        add_format_actions(self, menu)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def insertFromMimeData(self, source) -> None:  # noqa: N802 - Qt's name
        if source.hasText():
            self.insertPlainText(strip_forbidden_chars(source.text()))

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.focus_lost.emit()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        # Ask for the minimum (N lines), not QAbstractScrollArea's fixed
        # 256×192, so a form gives spare room to tables, not to empty text.
        hint = super().sizeHint()
        return QSize(hint.width(), self.minimumHeight())


class LongTextField(BoundField):
    """A plain-text editor for *long text*, with the markup hint and a word count."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None,
                 lines: int = 5, placeholder: str = "", expanding: bool = False):
        super().__init__(doc, path, label, parent)
        self._edit = _PlainTextEdit(self)
        self._edit.setTabChangesFocus(True)  # keyboard users can Tab out of the field
        self._placeholder = placeholder
        self._edit.setPlaceholderText(placeholder)
        fm = self._edit.fontMetrics()
        margins = self._edit.contentsMargins()
        frame = 2 * self._edit.frameWidth() + 2 * int(self._edit.document().documentMargin())
        self._edit.set_base_height(fm.lineSpacing() * lines + frame + margins.top() + margins.bottom())
        self._edit.setMinimumWidth(fm.averageCharWidth() * 30)
        # ``expanding``: take the spare height of the page (Background, detail
        # forms); otherwise stay at ``lines`` lines (form pages with many fields).
        vertical = QSizePolicy.Policy.Expanding if expanding else QSizePolicy.Policy.Preferred
        self._edit.setSizePolicy(QSizePolicy.Policy.Expanding, vertical)
        if expanding:
            self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._edit.textChanged.connect(self._on_text_changed)
        self._edit.focus_lost.connect(self.end_merge)
        self._install_editor(self._edit)
        # Hint and count on one line under the editor.
        foot = QHBoxLayout()
        foot.setContentsMargins(0, 0, 0, 0)
        self.hint_label = ElidedLabel(self.tr(MARKUP_HINT), self)
        self.hint_label.setObjectName("fieldHint")
        foot.setSpacing(fm.averageCharWidth() * 2)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("fieldHint")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        foot.addWidget(self.hint_label, 1)
        foot.addWidget(self.count_label)
        self.layout().insertLayout(1, foot)
        self.format_actions = install_formatting(self._edit, foot, self.end_merge)
        self.spelling = attach_spelling(self._edit, doc)
        self.refresh()
        self._update_count()

    @property
    def editor(self) -> QPlainTextEdit:
        return self._edit

    def apply_hint(self, hint: str | None) -> None:
        self._edit.setPlaceholderText(hint or self._placeholder)

    def words(self) -> int:
        return word_count(self._edit.toPlainText())

    def _update_count(self) -> None:
        n = self.words()
        self.count_label.setText(self.tr("1 word") if n == 1 else with_number(self.tr("%n words", "", n), n))

    def show_value(self, value: Any) -> None:
        cursor = self._edit.textCursor()
        pos = cursor.position()
        bar = self._edit.verticalScrollBar().value()
        self._edit.setPlainText("" if value is None else str(value))
        if self._edit.hasFocus():
            cursor = self._edit.textCursor()
            cursor.setPosition(min(pos, len(self._edit.toPlainText())))
            self._edit.setTextCursor(cursor)
            self._edit.verticalScrollBar().setValue(bar)
        else:
            self._edit.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_count()

    def shows(self, value: Any) -> bool:
        return _blank_to_none(self._edit.toPlainText()) == value

    def _on_text_changed(self) -> None:
        self._update_count()
        if self._updating or self.path is None:
            return
        # The spell checker's underline changes the document's formats, which
        # QPlainTextEdit reports as a text change: only a real edit is committed.
        if self.error is None and self.shows(self.model_value()):
            return
        self.commit(self._edit.toPlainText())


# --------------------------------------------------------------------------
# Dates and times (optional: a clear button empties them)
# --------------------------------------------------------------------------

def locale_date_order(locale: QLocale | None = None) -> DateOrder:
    """The order of day, month and year in ``locale``'s short date format
    (``27/11/2026`` in the UK, ``11/27/2026`` in the US, ``2026/11/27`` in Japan)."""
    fmt = (locale or QLocale()).dateFormat(QLocale.FormatType.ShortFormat)
    positions = {part: fmt.find(ch) for part, ch in (("d", "d"), ("m", "M"), ("y", "y"))}
    if min(positions.values()) < 0:
        return "dmy"
    order = "".join(sorted(positions, key=positions.__getitem__))
    return order if order in ("dmy", "mdy", "ymd") else "dmy"  # type: ignore[return-value]


def locale_month_names(locale: QLocale | None = None) -> dict[str, int]:
    """``locale``'s month names, long and short, lower case → month number."""
    locale = locale or QLocale()
    names: dict[str, int] = {}
    for month in range(1, 13):
        for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            for name in (locale.monthName(month, kind), locale.standaloneMonthName(month, kind)):
                if name:
                    names[name.lower().rstrip(".")] = month
    return names


def parse_typed_date(text: str, locale: QLocale | None = None) -> dt.date:
    """What a person typed into a date field, read in ``locale`` (default:
    the application's); :class:`DateParseError` says what to type instead."""
    return parse_date(text, locale_date_order(locale), locale_month_names(locale))


def parse_typed_partial_date(text: str, locale: QLocale | None = None) -> PartialDate:
    """Like :func:`parse_typed_date`, and also ``Nov 2026`` or ``2026`` (a timeline's dates)."""
    return parse_partial_date(text, locale_date_order(locale), locale_month_names(locale))


def date_text(value: dt.date | PartialDate | None) -> str:
    """How a date field and a date cell show a date, in the interface
    language: ``27 Nov 2026``, ``27 nov. 2026``, ``Nov 27, 2026`` where the
    month comes first (``Nov 2026`` or ``2026`` for a date known to the month
    or the year).  Every spelling shown is one the field reads back."""
    if value is None:
        return ""
    if isinstance(value, PartialDate):
        if value.month is None:
            return ui_year(value.year)
        if value.day is None:
            return ui_month(value.year, value.month)
        return ui_date(dt.date(value.year, value.month, value.day))
    return ui_date(value)


def understood_text(value: dt.date | PartialDate) -> str:
    """The date spelled out in the interface language, to confirm what was
    typed: ``Friday 27 November 2026``, ``vendredi 27 novembre 2026``."""
    if isinstance(value, PartialDate):
        full = value.to_date()
        return ui_long_date(full) if full else date_text(value)
    return ui_long_date(value)


def date_hint(partial: bool = False) -> str:
    """What to type into a date field, in the interface language, with
    examples the field reads: the locale's spelling, its all-digit order,
    and ISO."""
    example = dt.date(2026, 11, 27)
    if partial:
        return QCoreApplication.translate("DateField", "type a date such as %1, %2 or %3").replace(
            "%1", isolate(ui_date(example))).replace("%2", isolate(ui_month(2026, 11))).replace("%3", isolate(ui_year(2026)))
    numeric = {"dmy": "27/11/2026", "mdy": "11/27/2026", "ymd": "2026/11/27"}[locale_date_order()]
    return QCoreApplication.translate("DateField", "type a date such as %1, %2 or %3").replace(
        "%1", isolate(ui_date(example))).replace("%2", isolate(numeric)).replace("%3", isolate("2026-11-27"))


class DateLineEdit(CleanLineEdit):
    """The text box of a date field: empty means "not set"; Alt+Down (or
    F4) opens the calendar, as in a combo box."""

    calendar_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.calendar_requested.emit()
            return
        super().keyPressEvent(event)


class CalendarPopup(QCalendarWidget):
    """The calendar a date field opens: Enter, a click or a double click
    picks the date; Escape closes it without a change."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.clicked.connect(self._pick)
        self.activated.connect(self._pick)

    def _pick(self, date: QDate) -> None:
        self.hide()
        self.picked.emit(date)

    def open_at(self, anchor: QWidget, date: dt.date | None) -> None:
        day = QDate.currentDate() if date is None else QDate(date.year, date.month, date.day)
        self.setSelectedDate(day)
        self.adjustSize()
        self.move(anchor.mapToGlobal(anchor.rect().bottomLeft()))
        self.show()
        self.setFocus(Qt.FocusReason.PopupFocusReason)


def _clear_button(parent: QWidget, tooltip: str) -> QToolButton:
    button = QToolButton(parent)
    button.setIcon(parent.style().standardIcon(QStyle.StandardPixmap.SP_LineEditClearButton))
    button.setToolTip(tooltip)
    button.setAccessibleName(tooltip)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


class _ClearableField(BoundField):
    """A field for an optional value: its editor and a clear button that is
    enabled only while there is something to clear."""

    clear_button: QToolButton

    def _install_clearable(self, editor: QWidget, tooltip: str) -> None:
        self._install_editor(editor, 0)
        self.clear_button = _clear_button(self, tooltip)
        self.clear_button.clicked.connect(self.clear)
        self.row.addWidget(self.clear_button)
        self.row.addStretch(1)

    def is_unset(self) -> bool:
        raise NotImplementedError

    def clear(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        super().refresh()
        self.clear_button.setEnabled(self.isEnabled() and not self.is_unset())


_NOT_TYPING = object()


class TypedField(_ClearableField):
    """An optional value typed as text and read by a Qt-free parser (a date,
    a time of day).

    Empty is "not set" (the placeholder says so).  While typing, the line
    beside the field says what the text was understood as, and the value is
    stored at once; text the parser refuses is kept, shown red with what to
    type, and not stored: the brief keeps its value until the text names
    one.  When the field is left, it shows the stored value in the app's
    one spelling (``27 Nov 2026``, ``14:30``).  The clear button stores
    "not set".  Subclasses provide the parser and the spellings."""

    parse_error: type[ValueError] = ValueError
    """What :meth:`parse` raises for text that is not a value; ``str()`` ends with what to type."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None,
                 edit: CleanLineEdit | None = None):
        super().__init__(doc, path, label, parent)
        self._edit = edit or CleanLineEdit()
        self._edit.setParent(self)
        self._edit.setPlaceholderText(self.tr("Not set"))
        self._edit.textEdited.connect(self._on_edited)
        self._edit.editingFinished.connect(self._on_editing_finished)
        self._install_clearable(self._edit, "")
        # Beside the field, in the room the row leaves, never under it: a
        # line that came and went under the field moved the fields below it
        # while the user typed (a click aimed at the next field missed).
        self.understood = QLabel(self)
        self.understood.setObjectName("fieldHint")
        self.understood.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.understood.setMinimumWidth(0)
        self.understood.hide()
        self.row.insertWidget(self.row.count() - 1, self.understood, 10)  # before the row's stretch
        # What to type, for text refused key by key, beside the field too (its tooltip has all of it).
        self.layout().removeWidget(self.error_label)
        self.error_label.setWordWrap(False)
        self.error_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.error_label.setMinimumWidth(0)
        self.row.insertWidget(self.row.indexOf(self.understood), self.error_label, 10)
        self._typing_from: Any = _NOT_TYPING  # the brief's value when the current typing began
        self._keeping_text = False
        self._edit.installEventFilter(self)  # Escape gives the stored value back

    def describe(self, sample: str, tooltip: str, clear_tooltip: str) -> None:
        """Width for ``sample`` (the longest usual text), the editor's and the clear button's tooltips."""
        self._edit.setMinimumWidth(self._edit.fontMetrics().horizontalAdvance(sample) + 12)
        self._edit.setToolTip(tooltip)
        self.clear_button.setToolTip(clear_tooltip)
        self.clear_button.setAccessibleName(clear_tooltip)

    # -- to be provided by subclasses -----------------------------------

    def parse(self, text: str) -> Any:
        """The value ``text`` names, or :attr:`parse_error`."""
        raise NotImplementedError

    def text_for(self, value: Any) -> str:
        """How the field shows a stored value ("" for not set)."""
        raise NotImplementedError

    def understood_for(self, value: Any) -> str:
        """The value spelled out, to confirm what was typed."""
        raise NotImplementedError

    def not_yet(self, reason: str) -> str:
        """The error for text that is not a value yet (``reason`` says what to type)."""
        raise NotImplementedError

    def nothing_kept(self) -> str:
        """What the line beside the field says when refused text leaves the brief with no value."""
        raise NotImplementedError

    # -- the mechanism ----------------------------------------------------

    def show_error(self, message: str | None) -> None:
        super().show_error(message)
        self.error_label.setToolTip(self.error_label.text())
        if message is None and self._typing_from is not _NOT_TYPING and self.understood.text():
            self.understood.show()  # the error made room for it while the text was refused

    @property
    def editor(self) -> CleanLineEdit:
        return self._edit

    def show_value(self, value: Any) -> None:
        self._edit.setText(self.text_for(value))
        self.clear_button.setEnabled(value is not None)
        self.understood.hide()

    def shows(self, value: Any) -> bool:
        if self._keeping_text:
            return True
        try:
            return self._typed() == value
        except self.parse_error:
            return False

    def _typed(self) -> Any:
        text = self._edit.text()
        if not text.strip():
            return None
        return self.parse(text)

    def _on_edited(self, text: str) -> None:
        if text != clean_one_line(text):
            return  # the cleaned text follows as a second signal
        if self._typing_from is _NOT_TYPING and self.path is not None:
            try:
                self._typing_from = self.model_value()
            except (LookupError, AttributeError, TypeError):
                pass
        try:
            value = self._typed()
        except self.parse_error as e:
            self._back_to_typing_start()
            self.show_error(self.not_yet(str(e).split("; ", 1)[-1]))
            self._say(self.tr("Not stored: %s") % self._kept())
            return
        self._say(self.tr("Understood: %s") % self.understood_for(value) if value is not None else self.tr("Not set"))
        self.clear_button.setEnabled(value is not None)
        self.commit(value)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self._edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self.path is not None
            and (self.error is not None or self._typing_from is not _NOT_TYPING)
        ):
            self.restore_stored()
            return True
        return super().eventFilter(watched, event)

    def restore_stored(self) -> None:
        """Escape while typing: the brief goes back to the value it had when
        the typing began, and the field shows it (refused text is dropped)."""
        self._back_to_typing_start()
        self._end_typing()
        try:
            value = self.model_value()
        except (LookupError, AttributeError, TypeError):
            value = None
        self._show(value)
        self.show_error(None)
        self.understood.hide()

    def _back_to_typing_start(self) -> None:
        """Text typed key by key passes through values (``2`` on the way to
        ``25:00``); when the text is refused, the brief goes back to the value
        it had before the typing, in the same undo step, and the text stays."""
        if self._typing_from is _NOT_TYPING or self.path is None:
            return
        self._keeping_text = True
        try:
            self.doc.set_value(self.path, self._typing_from, self.label)
        finally:
            self._keeping_text = False

    def _end_typing(self) -> None:
        self._typing_from = _NOT_TYPING
        self.end_merge()

    def _kept(self) -> str:
        try:
            kept = self.model_value()
        except (LookupError, AttributeError, TypeError):
            kept = None
        return self.tr("the brief keeps %s") % self.text_for(kept) if kept is not None else self.nothing_kept()

    def _say(self, text: str) -> None:
        self.understood.setText(text)
        self.understood.setToolTip(text)  # the whole line where a narrow window cuts it
        # Beside refused text the room is the error's (what to type); what the brief keeps joins its tooltip.
        self.understood.setVisible(bool(text) and self.error is None)
        if self.error is not None and text:
            self.error_label.setToolTip(f"{self.error_label.text()}\n{text}")

    def _on_editing_finished(self) -> None:
        try:
            value = self._typed()
        except self.parse_error:
            self._end_typing()
            return  # the text and its error stay until the user fixes them
        self.understood.hide()
        if self.path is not None and self.error is None:
            self._show(value)  # in the app's one spelling
        self._end_typing()

    def is_unset(self) -> bool:
        return not self._edit.text().strip()

    def set_path(self, path: FieldPath | None) -> None:
        self._typing_from = _NOT_TYPING
        super().set_path(path)

    def clear(self) -> None:
        self._end_typing()
        if self.commit(None):
            self._show(None)
        self.end_merge()


class DateField(TypedField):
    """An optional date, typed or picked.

    The text box takes ``27 Nov 2026``, ``27/11/2026`` in the order of the
    user's locale, ``2026-11-27`` (and the locale's month names); the
    calendar button (or Alt+Down) picks one.  The rest is
    :class:`TypedField`: the line beside it says which date it understood
    (``Friday 27 November 2026``), text that is not a date is kept and not
    stored, and a left field shows ``27 Nov 2026``."""

    parse_error = DateParseError

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None,
                 partial: bool = False):
        super().__init__(doc, path, label, parent, edit=DateLineEdit())
        self.partial = partial  # a timeline's date: also Nov 2026 or 2026
        self.describe("30 September 2026",
                      self.tr("Type a date such as 27 Nov 2026 or 2026-11-27; Alt+Down opens the calendar"),
                      self.tr("Clear the date"))
        self._edit.calendar_requested.connect(self.open_calendar)
        self.calendar_button = QToolButton(self)
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.clicked.connect(self.open_calendar)
        self.row.insertWidget(1, self.calendar_button)
        self.calendar = CalendarPopup(self)
        self.calendar.hide()
        self.calendar.picked.connect(self._on_picked)
        self.refresh()

    @property
    def editor(self) -> DateLineEdit:
        return self._edit

    def parse(self, text: str) -> dt.date | PartialDate:
        return parse_typed_partial_date(text) if self.partial else parse_typed_date(text)

    def text_for(self, value: Any) -> str:
        return date_text(value)

    def understood_for(self, value: Any) -> str:
        return understood_text(value)

    def not_yet(self, reason: str) -> str:
        # the parser's reason is English: the hint is said in the interface language
        return self.tr("is not a date yet: ") + date_hint(self.partial)

    def nothing_kept(self) -> str:
        return self.tr("the brief has no date here")

    def open_calendar(self) -> None:
        if not self.isEnabled():
            return
        try:
            current = self._typed()
        except DateParseError:  # the text is not a date: the calendar opens on the stored one
            try:
                current = self.model_value()
            except (LookupError, AttributeError, TypeError):
                current = None
        if isinstance(current, PartialDate):
            current = current.first_day()
        self.calendar.open_at(self._edit, current)

    def _on_picked(self, date: QDate) -> None:
        value = dt.date(date.year(), date.month(), date.day())
        self._end_typing()
        if self.commit(value):
            self._show(value)
            self.clear_button.setEnabled(True)
            self.understood.hide()
        self.end_merge()
        self._edit.setFocus(Qt.FocusReason.PopupFocusReason)


class TimeField(TypedField):
    """An optional time of day, typed: ``14:30``, ``1430``, ``14.30``,
    ``14h30``, ``2:30 pm``, ``9`` (see :func:`briefer.model.times.parse_time`).
    The rest is :class:`TypedField`: the line beside it says which time it
    understood, ``25:00`` or text is kept and not stored, and a left field
    shows the stored time as ``14:30`` (24-hour)."""

    parse_error = TimeParseError

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        self.describe("12:30 pm.", self.tr("Type a time such as 14:30, 1430 or 2:30 pm"), self.tr("Clear the time"))
        self.refresh()

    def parse(self, text: str) -> dt.time:
        return parse_time(text)

    def text_for(self, value: Any) -> str:
        return time_text(value)

    def understood_for(self, value: Any) -> str:
        twelve = f"{value.hour % 12 or 12}:{value.minute:02d} {'pm' if value.hour >= 12 else 'am'}"
        return f"{time_text(value)} ({twelve})"

    def not_yet(self, reason: str) -> str:
        # the parser's reason is English: the hint is said in the interface language
        hint = self.tr("type a time such as %1, %2 or %3").replace("%1", isolate("14:30")).replace("%2", isolate("1430"))
        return self.tr("is not a time yet: ") + hint.replace("%3", isolate("2:30 pm"))

    def nothing_kept(self) -> str:
        return self.tr("the brief has no time here")


# --------------------------------------------------------------------------
# Choices
# --------------------------------------------------------------------------


class EnumField(BoundField):
    """A combo over an enum; optional enums offer "—" for not set."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, enum: type[StrEnum],
                 parent: QWidget | None = None, optional: bool = True):
        super().__init__(doc, path, label, parent)
        self._combo = QComboBox(self)
        if optional:
            self._combo.addItem(NONE_LABEL, None)
        for member, text in enum_choices(enum):
            self._combo.addItem(text, member)
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo.activated.connect(self._on_activated)
        self._install_editor(self._combo, 0)
        self.row.addStretch(1)
        self.refresh()

    @property
    def editor(self) -> QComboBox:
        return self._combo

    def show_value(self, value: Any) -> None:
        index = self._combo.findData(value)
        self._combo.setCurrentIndex(max(index, 0))

    def shows(self, value: Any) -> bool:
        return self._combo.currentData() == value

    def _on_activated(self, index: int) -> None:
        self.commit(self._combo.itemData(index))
        self.end_merge()


class SuggestionField(BoundField):
    """Free text with suggestions (an editable combo), e.g. the handling marking."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, suggestions: list[str] | tuple[str, ...],
                 parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        self._combo = QComboBox(self)
        self._combo.setEditable(True)
        self._combo.setLineEdit(CleanLineEdit(self._combo))  # pasted line breaks cleaned, one undo history
        self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._combo.addItems(list(suggestions))
        self._combo.setMinimumWidth(self._combo.fontMetrics().averageCharWidth() * 24)
        self._combo.lineEdit().textEdited.connect(self.commit)
        self._combo.lineEdit().editingFinished.connect(self.end_merge)
        self._combo.activated.connect(self._on_activated)
        self._install_editor(self._combo)
        self.refresh()

    @property
    def editor(self) -> QComboBox:
        return self._combo

    def show_value(self, value: Any) -> None:
        self._combo.setCurrentIndex(-1)
        self._combo.setEditText("" if value is None else str(value))

    def shows(self, value: Any) -> bool:
        return _blank_to_none(self._combo.currentText()) == value

    def _on_activated(self, index: int) -> None:
        self.commit(self._combo.itemText(index))
        self.end_merge()


class TemplateField(BoundField):
    """The template the brief is exported with (``layout.template``): the
    installed templates by title; a name not installed here stays shown as
    such, so opening a brief from another office changes nothing."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        self._combo = QComboBox(self)
        self._combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._combo.activated.connect(self._on_activated)
        self._install_editor(self._combo, 0)
        self.row.addStretch(1)
        self.refresh()

    @property
    def editor(self) -> QComboBox:
        return self._combo

    def _fill(self, current: str | None) -> None:
        self._combo.clear()
        default = default_template().name
        names = []
        for template, _source in self.doc.library.entries():
            title = template.display_title
            self._combo.addItem(self.tr("%s (default)") % title if template.name == default else title, template.name)
            names.append(template.name)
        if current and current not in names:
            self._combo.addItem(self.tr("“%s” (not installed here)") % current, current)

    def show_value(self, value: Any) -> None:
        self._fill(value)
        index = self._combo.findData(value or default_template().name)
        self._combo.setCurrentIndex(max(index, 0))

    def shows(self, value: Any) -> bool:
        return self._combo.count() > 0 and self._combo.currentData() == value

    def _on_activated(self, index: int) -> None:
        self.commit(self._combo.itemData(index))
        self.end_merge()


def all_timezones() -> list[str]:
    """IANA zone names, sorted; the legacy upper-case aliases last are fine."""
    return sorted(zoneinfo.available_timezones())


class TimezoneField(BoundField):
    """An IANA time zone: type any part of the name ("jeru", "new_y") and pick
    from the matches.  Text that is not a zone is refused with a message and
    kept in the field to be corrected."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        self.zones = all_timezones()
        self._by_lower = {z.lower(): z for z in self.zones}
        self._combo = QComboBox(self)
        self._combo.setEditable(True)
        self._combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._combo.addItem("")
        self._combo.addItems(self.zones)
        self._combo.setMaxVisibleItems(15)
        self._combo.setMinimumWidth(self._combo.fontMetrics().averageCharWidth() * 28)
        self._combo.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Jerusalem"))
        self.completer = QCompleter(QStringListModel(self.zones, self), self)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self._combo.setCompleter(self.completer)
        self.completer.activated[str].connect(self._accept_text)
        self._combo.activated.connect(lambda i: self._accept_text(self._combo.itemText(i)))
        self._combo.lineEdit().editingFinished.connect(lambda: self._accept_text(self._combo.currentText()))
        self._install_editor(self._combo, 0)
        self.row.addStretch(1)
        self.refresh()

    @property
    def editor(self) -> QComboBox:
        return self._combo

    def show_value(self, value: Any) -> None:
        index = self._combo.findText(value or "", Qt.MatchFlag.MatchExactly)
        self._combo.setCurrentIndex(index)
        if index < 0:
            self._combo.setEditText(value or "")

    def shows(self, value: Any) -> bool:
        return (_blank_to_none(self._combo.currentText().strip())) == value

    def zone_for(self, text: str) -> str | None:
        """The canonical zone name for what was typed, or None if there is none."""
        return self._by_lower.get(text.strip().lower())

    def _accept_text(self, text: str) -> None:
        if self._updating or self.path is None:
            return
        text = text.strip()
        if not text:
            self.commit(None)
        else:
            zone = self.zone_for(text)
            if zone is None:
                self.show_error(self.tr("“%s” is not a time zone; pick one from the list (e.g. Asia/Jerusalem)") % text)
                return
            if self.commit(zone) and self._combo.currentText() != zone:
                self._show(zone)
        self.end_merge()


class CheckField(BoundField):
    """A check box for a boolean field."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, text: str,
                 parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        self._check = QCheckBox(text, self)
        self._check.clicked.connect(self._on_clicked)
        self._install_editor(self._check)
        self.refresh()

    @property
    def editor(self) -> QCheckBox:
        return self._check

    def show_value(self, value: Any) -> None:
        self._check.setChecked(bool(value))

    def shows(self, value: Any) -> bool:
        return self._check.isChecked() == bool(value)

    def _on_clicked(self, checked: bool) -> None:
        self.commit(checked)
        self.end_merge()
