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

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, QSize, QStringListModel, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStyle,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...model import word_count
from ...model.text import clean_one_line, strip_forbidden_chars
from ...templates import default_template
from ..edit_session import EditSession, FieldPath
from .labels import NONE_LABEL, enum_choices

FIELD_STYLE = """
*[invalid="true"] { border: 1px solid #c62828; border-radius: 3px; }
QLabel#fieldError { color: #c62828; }
QLabel#fieldHint { color: palette(placeholder-text); }
"""
"""Style sheet for an editor page: red border on refused fields, the error
line in red, hints in the placeholder colour (follows light/dark palettes)."""

MARKUP_HINT = "Blank line = new paragraph · - bullet · 1. numbered · **bold** · *italic*"


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


def _is_undo_redo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)


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


class _PlainTextEdit(QPlainTextEdit):
    """Plain text only; pasted control characters are dropped; reports focus loss."""

    focus_lost = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)  # the brief's undo stack is the only history

    def event(self, event: QEvent) -> bool:  # noqa: D102 - Qt's name
        return _leave_undo_to_the_app(event) or super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if _is_undo_redo(event):
            event.ignore()
            return
        super().keyPressEvent(event)

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
        self._edit.setMinimumHeight(fm.lineSpacing() * lines + frame + margins.top() + margins.bottom())
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
        self.hint_label = QLabel(self.tr(MARKUP_HINT), self)
        self.hint_label.setObjectName("fieldHint")
        self.hint_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.hint_label.setToolTip(self.hint_label.text())
        self.count_label = QLabel(self)
        self.count_label.setObjectName("fieldHint")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        foot.addWidget(self.hint_label, 1)
        foot.addWidget(self.count_label)
        self.layout().insertLayout(1, foot)
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
        self.count_label.setText(self.tr("1 word") if n == 1 else self.tr("%n words", "", n))

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
        if not self._updating:
            self.commit(self._edit.toPlainText())


# --------------------------------------------------------------------------
# Dates and times (optional: a clear button empties them)
# --------------------------------------------------------------------------

DATE_FORMAT = "d MMM yyyy"
"""How dates are shown and typed: unambiguous in every country (10 Nov 2025)."""

DATE_UNSET = QDate(1000, 1, 1)
"""The minimum date of a DateField stands for "no date" (shown as "Not set")."""


def to_qdate(value: dt.date | None) -> QDate:
    return DATE_UNSET if value is None else QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date | None:
    if not value.isValid() or value == DATE_UNSET:
        return None
    return dt.date(value.year(), value.month(), value.day())


class OptionalDateEdit(QDateEdit):
    """A QDateEdit whose minimum means "not set"; stepping or opening the
    calendar from "not set" starts at today, not in the year 1000."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATE_FORMAT)
        self.setMinimumDate(DATE_UNSET)
        self.setMaximumDate(QDate(9999, 12, 31))
        self.setSpecialValueText(self.tr("Not set"))
        self.setDate(DATE_UNSET)
        self.calendarWidget().installEventFilter(self)

    def is_unset(self) -> bool:
        return self.date() == DATE_UNSET

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.is_unset():
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Typing a digit over "Not set" starts from today's date, day first.
        if self.is_unset() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.calendarWidget() and event.type() == QEvent.Type.Show and self.is_unset():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(obj, event)


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


class DateField(_ClearableField):
    """An optional date: calendar popup, keyboard editing, and a clear button."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        self._edit = OptionalDateEdit(self)
        self._edit.dateChanged.connect(self._on_date_changed)
        self._edit.editingFinished.connect(self.end_merge)
        self._install_clearable(self._edit, self.tr("Clear the date"))
        self.refresh()

    @property
    def editor(self) -> OptionalDateEdit:
        return self._edit

    def show_value(self, value: Any) -> None:
        self._edit.setDate(to_qdate(value))
        self.clear_button.setEnabled(value is not None)

    def shows(self, value: Any) -> bool:
        return from_qdate(self._edit.date()) == value

    def _on_date_changed(self, value: QDate) -> None:
        self.clear_button.setEnabled(not self._edit.is_unset())
        self.commit(from_qdate(value))

    def is_unset(self) -> bool:
        return self._edit.is_unset()

    def clear(self) -> None:
        self.end_merge()
        self._edit.setDate(DATE_UNSET)
        self.end_merge()


class OptionalTimeEdit(QTimeEdit):
    """A QTimeEdit (HH:mm) that can also show "not set" ("--:--").  While
    unset, stepping starts at 09:00."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.unset = True
        self._apply_unset()

    def _apply_unset(self) -> None:
        self.setSpecialValueText("--:--" if self.unset else "")

    def set_value(self, value: dt.time | None) -> None:
        self.unset = value is None
        self._apply_unset()
        self.setTime(QTime(0, 0) if value is None else QTime(value.hour, value.minute))

    def value(self) -> dt.time | None:
        if self.unset:
            return None
        t = self.time()
        return dt.time(t.hour(), t.minute())

    def mark_set(self) -> None:
        if self.unset:
            self.unset = False
            self._apply_unset()

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.unset:
            self.mark_set()
            self.setTime(QTime(9, 0))
        else:
            super().stepBy(steps)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        # Typing a digit over "--:--" types the hour, as in an empty field.
        if self.unset and event.text().isdigit():
            self.mark_set()
            self.setTime(QTime(0, 0))
            self.setCurrentSectionIndex(0)
            self.setSelectedSection(self.sectionAt(0))
        super().keyPressEvent(event)


class TimeField(_ClearableField):
    """An optional 24-hour time (HH:mm) with a clear button."""

    def __init__(self, doc: EditSession, path: FieldPath | None, label: str, parent: QWidget | None = None):
        super().__init__(doc, path, label, parent)
        self._edit = OptionalTimeEdit(self)
        self._edit.timeChanged.connect(self._on_time_changed)
        self._edit.editingFinished.connect(self._on_editing_finished)
        self._install_clearable(self._edit, self.tr("Clear the time"))
        self.refresh()

    @property
    def editor(self) -> OptionalTimeEdit:
        return self._edit

    def show_value(self, value: Any) -> None:
        self._edit.set_value(value)
        self.clear_button.setEnabled(value is not None)

    def shows(self, value: Any) -> bool:
        return self._edit.value() == value

    def _on_editing_finished(self) -> None:
        # "00:00" typed over "--:--" changes no value, so no timeChanged: commit here.
        if not self._edit.unset and self.path is not None and not self.shows(self.model_value()):
            self.commit(self._edit.value())
        self.end_merge()

    def _on_time_changed(self, _value: QTime) -> None:
        if self._updating:
            return
        self._edit.mark_set()
        self.clear_button.setEnabled(True)
        self.commit(self._edit.value())

    def is_unset(self) -> bool:
        return self._edit.unset

    def clear(self) -> None:
        self.end_merge()
        if self.commit(None):
            self._show(None)
        self.end_merge()


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
