"""Spell checking as you type, in every text field of the editors.

The checking itself is :mod:`briefer.spelling` (no Qt); here are the Qt
parts: the app-wide :class:`SpellService` (language, on/off, the user's
words, dictionaries loading in a background thread), the red wavy
underline (:class:`SpellHighlighter` for long text, :class:`LineSpeller`
for one-line fields), the suggestions and "Add to Dictionary" at the top of
a field's right-click menu, and Edit ▸ Spelling.

Names of the brief's participants and stakeholders, and of the people in
the library, are never flagged.
"""

from __future__ import annotations

import functools
import gc
import logging
import time
import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QColor, QInputMethodEvent, QSyntaxHighlighter, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QWidget

from ..spelling import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Dictionaries,
    Misspelling,
    SpellChecker,
    UserWords,
    default_language_for,
    detect_language,
    name_words,
)
from ..storage import SaveError

log = logging.getLogger(__name__)

_LANGUAGE_KEY = "spelling/language"
AUTO = "auto"
"""The spelling language setting meaning: each brief's own, from its text."""
_ENABLED_KEY = "spelling/enabled"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Spelling", text)


def language_name(tag: str) -> str:
    names = {
        "en-GB": QCoreApplication.translate("Spelling", "English (United Kingdom)"),
        "en-US": QCoreApplication.translate("Spelling", "English (United States)"),
        "fr": QCoreApplication.translate("Spelling", "French"),
        "ar": QCoreApplication.translate("Spelling", "Arabic"),
    }
    return names.get(tag, tag)


def keep_out_of_the_collector() -> None:
    """Move every object alive now out of the garbage collector's reach
    (:func:`gc.freeze`).  The word lists are millions of strings that live
    as long as the process; a full collection that walked them while the
    user typed paused the UI thread for 100–170 ms (``benchmarks/preview.py``,
    M brief).  Called once the window is up and after each word list loads."""
    gc.freeze()


class SpellService(QObject):
    """The app's spell checker and its settings.  ``changed`` when what is
    flagged may differ: a dictionary finished loading, the language or
    on/off changed, a word was added."""

    changed = Signal()
    _loaded = Signal(str)  # from the loading thread; queued to the GUI thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._settings = QSettings()
        language = self._settings.value(_LANGUAGE_KEY, AUTO)
        self.auto = language not in LANGUAGES
        # Automatic: each brief is checked in the language of its text; this
        # is the English used when its text does not tell British from American.
        self.english = default_language_for(_system_locale_name())
        if not self.english.startswith("en"):
            self.english = DEFAULT_LANGUAGE
        if self.auto:
            language = self.english
        self._detected: weakref.WeakKeyDictionary[object, tuple[str | None, float]] = weakref.WeakKeyDictionary()
        enabled = self._settings.value(_ENABLED_KEY, True)
        self.enabled = enabled not in (False, "false", "0", 0)
        self.dictionaries = _DICTIONARIES
        self._loaded.connect(lambda _name: self.changed.emit(), Qt.ConnectionType.QueuedConnection)
        self._loaded.connect(lambda _name: keep_out_of_the_collector(), Qt.ConnectionType.QueuedConnection)
        self.user_words = UserWords()
        self.checker = SpellChecker(self.dictionaries, self.user_words, language)
        self._library_names: Callable[[], Iterable[str]] = lambda: ()
        self._library_cache: frozenset[str] | None = None
        self._reading_library = False
        if self.enabled:
            self.preload()

    # -- settings ----------------------------------------------------------

    @property
    def language(self) -> str:
        return self.checker.language

    def set_language(self, language: str) -> None:
        """Check every brief in ``language`` (a key of LANGUAGES), or in the
        language of its own text (:data:`AUTO`)."""
        if language == AUTO:
            if self.auto:
                return
            self.auto = True
            self.checker.language = self.english
        else:
            if language not in LANGUAGES or (not self.auto and language == self.checker.language):
                return
            self.auto = False
            self.checker.language = language
        self.checker.forget()
        self._detected.clear()
        self._settings.setValue(_LANGUAGE_KEY, language)
        self.preload()
        self.changed.emit()

    @property
    def choice(self) -> str:
        """:data:`AUTO` or the language chosen for every brief."""
        return AUTO if self.auto else self.checker.language

    def language_for(self, doc: object) -> str:
        """The language ``doc``'s brief is checked in: the chosen one, or,
        automatically, the one its text is written in (looked at again
        every 30 s, every 2 s while it has too few words to tell)."""
        if not self.auto or doc is None:
            return self.checker.language
        now = time.monotonic()
        try:
            entry = self._detected.get(doc)
        except TypeError:  # not weakly referenceable
            entry = None
        if entry is not None and now - entry[1] < (30 if entry[0] else 2):
            return self._resolved(entry[0])
        found = detect_language(brief_text(getattr(doc, "brief", None)), self.dictionaries)
        try:
            self._detected[doc] = (found, now)
        except TypeError:
            pass
        if entry is not None and self._resolved(entry[0]) != self._resolved(found):
            QTimer.singleShot(0, self, self.changed.emit)  # recheck, outside any highlighter at work
        return self._resolved(found)

    def _resolved(self, found: str | None) -> str:
        return self.english if found in (None, "en") else found

    def redetect(self, doc: object) -> None:
        """``doc`` holds another brief now: look at its text again."""
        if self.auto:
            self._detected.pop(doc, None)
            QTimer.singleShot(0, self, self.changed.emit)

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self.enabled:
            return
        self.enabled = enabled
        self._settings.setValue(_ENABLED_KEY, enabled)
        if enabled:
            self.preload()
        self.changed.emit()

    def preload(self) -> None:
        """Start loading the chosen language's dictionary (English when the
        language is automatic) in the background.  Another one (French for
        a French brief, Arabic for words in Arabic script) loads when first
        needed: each holds about 20 MB."""
        self.dictionaries.load_in_background("en" if self.auto or self.language.startswith("en") else self.language)

    def wait_until_loaded(self, timeout_ms: int = 10_000) -> bool:
        """For tests and screenshots: load every dictionary and block until they are in."""
        names = {"en", "fr", "ar"}
        for name in names:
            self.dictionaries.load_in_background(name)
        deadline = time.monotonic() + timeout_ms / 1000
        while time.monotonic() < deadline:
            if all(self.dictionaries._loaded.get(n) is not None for n in names):  # noqa: SLF001
                QCoreApplication.processEvents()
                return True
            QCoreApplication.processEvents()
            time.sleep(0.01)
        return False

    # -- names ---------------------------------------------------------------

    def set_library_names(self, names: Callable[[], Iterable[str]]) -> None:
        """``names()``: the names of the people library (called lazily)."""
        self._library_names = names
        self._library_cache = None
        self.changed.emit()

    def library_names(self) -> frozenset[str]:
        if self._library_cache is None:
            self._reading_library = True  # reading it may report a change: not a new one
            try:
                self._library_cache = name_words(self._library_names())
            except Exception:  # noqa: BLE001 - a broken library never stops checking
                log.exception("could not read the people library's names")
                self._library_cache = frozenset()
            finally:
                self._reading_library = False
        return self._library_cache

    def library_changed(self) -> None:
        """The people library changed: recheck, later (this may be called
        while a highlighter is at work, which must not be re-entered)."""
        if self._reading_library:
            return
        self._library_cache = None
        QTimer.singleShot(0, self, self.changed.emit)

    # -- checking --------------------------------------------------------

    def misspellings(self, text: str, names: frozenset[str], language: str | None = None) -> list[Misspelling]:
        if not self.enabled or not text:
            return []
        return self.checker.misspellings(text, names | self.library_names(), language)

    def add_word(self, word: str, parent: QWidget | None = None) -> None:
        try:
            self.user_words.add(word)
        except SaveError as err:
            QMessageBox.warning(parent, _tr("Add to Dictionary"),
                                _tr("“%1” is accepted until you quit, but it could not be saved: %2")
                                .replace("%1", word).replace("%2", str(err)))
        self.checker.forget()
        self.changed.emit()


def _system_locale_name() -> str:
    return QLocale.system().name()


_SERVICE: SpellService | None = None


def _notify_loaded(name: str) -> None:
    """Runs in the loading thread: tell the service (queued to the GUI thread)."""
    service = _SERVICE
    if service is not None:
        try:
            service._loaded.emit(name)  # noqa: SLF001
        except RuntimeError:  # the service was deleted meanwhile
            pass


# The dictionaries, loaded once per process and shared (they never change).
_DICTIONARIES = Dictionaries(on_loaded=_notify_loaded)


def spell_service() -> SpellService:
    """The app's one :class:`SpellService` (made on first use)."""
    global _SERVICE  # noqa: PLW0603
    if _SERVICE is None:
        _SERVICE = SpellService(QApplication.instance())
        _SERVICE.destroyed.connect(_forget_service)
    return _SERVICE


def _forget_service() -> None:
    global _SERVICE  # noqa: PLW0603
    _SERVICE = None


def reset_spell_service() -> None:
    """Drop the app's service (tests: the next one reads the settings and
    the user's words of the next test's folders)."""
    global _SERVICE  # noqa: PLW0603
    service, _SERVICE = _SERVICE, None
    if service is not None:
        service.deleteLater()


# --------------------------------------------------------------------------
# Names of the brief's people
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def _names_of(names: tuple[str, ...]) -> frozenset[str]:
    return name_words(names)


def brief_names(brief: object) -> frozenset[str]:
    """The words of the names of a brief's participants and stakeholders."""
    if brief is None:
        return frozenset()
    names = [p.name for p in getattr(brief, "participants", ())]
    names += [s.name for s in getattr(brief, "stakeholders", ())]
    return _names_of(tuple(n for n in names if n))


def brief_text(brief: object) -> str:
    """Enough of a brief's prose to tell its language."""
    if brief is None:
        return ""
    parts = [getattr(brief, key, None) for key in ("title", "subtitle", "summary", "purpose", "background")]
    for key, fields in (("key_points", ("point", "detail")), ("risks", ("risk", "detail")),
                        ("open_issues", ("issue", "detail"))):
        for item in list(getattr(brief, key, ()))[:20]:
            parts += [getattr(item, f, None) for f in fields]
    parts += list(getattr(brief, "objectives", ()))[:20]
    return "\n".join(p for p in parts if isinstance(p, str))


def _doc_names(doc: object) -> Callable[[], frozenset[str]]:
    return lambda: brief_names(getattr(doc, "brief", None))


class _DocWatcher(QObject):
    """Rechecks a field when the people of its brief change (a participant
    added or renamed) and when the session holds another brief (whose
    language may differ).  Later, from the event loop, never inside the
    session's signal (a field may be refilling its text right then); a child
    of the field's checker, so it goes with it and Qt disconnects it."""

    def __init__(self, doc: object, owner: QObject, recheck: Callable[[], None]):
        super().__init__(owner)
        self._doc = doc
        self._recheck = recheck
        self._names = brief_names(getattr(doc, "brief", None))
        self._replaced = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._check)
        for name in ("changed", "structure_changed"):
            getattr(doc, name).connect(self.on_changed)
        if hasattr(doc, "reset"):
            doc.reset.connect(self.on_reset)

    def on_changed(self, *_args: object) -> None:
        self._timer.start()

    def on_reset(self, *_args: object) -> None:
        self._replaced = True
        self._timer.start()

    def _check(self) -> None:
        if self._replaced:
            self._replaced = False
            spell_service().redetect(self._doc)
        names = brief_names(getattr(self._doc, "brief", None))
        if names != self._names:
            self._names = names
            self._recheck()


def _watch_names(doc: object, owner: QObject, recheck: Callable[[], None]) -> None:
    if doc is not None and hasattr(doc, "changed") and hasattr(doc, "structure_changed"):
        _DocWatcher(doc, owner, recheck)


def _underline_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
    fmt.setUnderlineColor(QColor("#d32f2f"))
    return fmt


# --------------------------------------------------------------------------
# Long text: a syntax highlighter
# --------------------------------------------------------------------------


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underline under the misspelt words of a QPlainTextEdit."""

    def __init__(self, edit: QPlainTextEdit, names: Callable[[], frozenset[str]], doc: object = None):
        super().__init__(edit.document())
        self.setObjectName("spellHighlighter")
        self._names = names
        self._doc = doc
        self._format = _underline_format()
        self.service = spell_service()
        self.service.changed.connect(self.rehighlight)

    def language(self) -> str:
        return self.service.language_for(self._doc)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt's name
        for m in self.service.misspellings(text, self._names(), self.language()):
            start, length = _utf16_span(text, m.start, m.length)
            self.setFormat(start, length, self._format)

    def flagged(self) -> list[str]:
        """The words underlined now (for tests)."""
        text = self.document().toPlainText()
        out = []
        for line in text.split("\n"):
            out += [m.word for m in self.service.misspellings(line, self._names(), self.language())]
        return out


def _utf16_span(text: str, start: int, length: int) -> tuple[int, int]:
    """Qt counts UTF-16 code units; Python counts code points."""
    if text.isascii() or all(ord(ch) < 0x10000 for ch in text):
        return start, length
    before = len(text[:start].encode("utf-16-le")) // 2
    return before, len(text[start : start + length].encode("utf-16-le")) // 2


# --------------------------------------------------------------------------
# One line: formats through an input-method event
# --------------------------------------------------------------------------


class LineSpeller(QObject):
    """Red wavy underline under the misspelt words of a QLineEdit, set as
    the line edit's text formats (QLineEdit has no highlighter; an
    input-method event with format attributes is Qt's way to style a span)."""

    def __init__(self, edit: QLineEdit, names: Callable[[], frozenset[str]], doc: object = None):
        super().__init__(edit)
        self.setObjectName("lineSpeller")
        self._edit = edit
        self._names = names
        self._doc = doc
        self._format = _underline_format()
        self._shown: list[tuple[int, int]] = []
        self.service = spell_service()
        self.service.changed.connect(self.recheck)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.recheck)
        edit.textChanged.connect(self._timer.start)
        self._composing = False  # an input method (Japanese, Chinese…) is composing: leave it alone
        edit.installEventFilter(self)
        self.recheck()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self._edit and event.type() == QEvent.Type.InputMethod and event is not self._own_event:
            self._composing = bool(event.preeditString())
            if not self._composing:
                self._timer.start()
        return False

    def language(self) -> str:
        return self.service.language_for(self._doc)

    def misspellings(self) -> list[Misspelling]:
        return self.service.misspellings(self._edit.text(), self._names(), self.language())

    _own_event: QInputMethodEvent | None = None

    def recheck(self) -> None:
        if self._composing:
            return  # after the composition ends
        text = self._edit.text()
        spans = [_utf16_span(text, m.start, m.length) for m in self.misspellings()]
        if spans == self._shown:
            return
        self._shown = spans
        cursor = self._edit.cursorPosition()
        attrs = [
            QInputMethodEvent.Attribute(QInputMethodEvent.AttributeType.TextFormat, start - cursor, length, self._format)
            for start, length in spans
        ]
        event = QInputMethodEvent("", attrs)
        self._own_event = event
        try:
            QCoreApplication.sendEvent(self._edit, event)
        finally:
            self._own_event = None

    def flagged(self) -> list[str]:
        return [m.word for m in self.misspellings()]


# --------------------------------------------------------------------------
# Attaching to fields, and the right-click menu
# --------------------------------------------------------------------------


def attach(edit: QPlainTextEdit | QLineEdit, doc: object = None) -> QObject:
    """Spell-check ``edit``; ``doc`` (an EditSession) supplies the names
    never flagged.  Returns the highlighter or line speller."""
    names = _doc_names(doc)
    if isinstance(edit, QPlainTextEdit):
        checker: QObject = SpellHighlighter(edit, names, doc)
        recheck = checker.rehighlight
    else:
        checker = LineSpeller(edit, names, doc)
        recheck = checker.recheck
    edit.setProperty("spellChecked", True)
    _watch_names(doc, checker, recheck)
    return checker


def speller_of(edit: QWidget) -> QObject | None:
    if isinstance(edit, QPlainTextEdit):
        return edit.document().findChild(QSyntaxHighlighter, "spellHighlighter")
    return edit.findChild(QObject, "lineSpeller")


def _misspelling_at(edit: QWidget, pos: QPoint | None) -> tuple[Misspelling, int] | None:
    """The misspelt word under ``pos`` (widget coordinates; None: at the
    text cursor, for a menu opened from the keyboard) and the offset of its
    paragraph in the whole text, or None."""
    service = spell_service()
    speller = speller_of(edit)
    if speller is None or not service.enabled:
        return None
    names = speller._names()  # noqa: SLF001
    if isinstance(edit, QPlainTextEdit):
        cursor = edit.textCursor() if pos is None else edit.cursorForPosition(pos)
        block = cursor.block()
        text, offset, index = block.text(), block.position(), cursor.positionInBlock()
    else:
        text, offset = edit.text(), 0
        index = edit.cursorPosition() if pos is None else edit.cursorPositionAt(pos)
    index = len(text.encode("utf-16-le")[: index * 2].decode("utf-16-le", errors="ignore"))
    word = service.checker.word_at(text, index)
    if word is None or service.checker.is_correct(word.word, names | service.library_names(), speller.language()):
        return None
    return word, offset


def add_spelling_actions(edit: QWidget, menu: QMenu, pos: QPoint, keyboard: bool = False) -> None:
    """Put the suggestions for the misspelt word under ``pos`` (at the text
    cursor when the menu was opened from the keyboard) and "Add to
    Dictionary" at the top of ``menu``."""
    found = _misspelling_at(edit, None if keyboard else pos)
    if found is None:
        return
    word, offset = found
    service = spell_service()
    first = menu.actions()[0] if menu.actions() else None
    suggestions = service.checker.suggestions(word.word, language=speller_of(edit).language())
    added: list[QAction] = []
    for suggestion in suggestions:
        action = QAction(suggestion, menu)
        font = action.font()
        font.setBold(True)
        action.setFont(font)
        action.setObjectName("spellSuggestion")
        action.triggered.connect(lambda _c=False, s=suggestion: replace_word(edit, offset + word.start, word.word, s))
        added.append(action)
    if not suggestions:
        none = QAction(_tr("No Suggestions"), menu)
        none.setEnabled(False)
        added.append(none)
    add = QAction(_tr("Add “%1” to Dictionary").replace("%1", word.word), menu)
    add.setObjectName("spellAddWord")
    add.triggered.connect(lambda _c=False: service.add_word(word.word, edit))
    added.append(add)
    menu.insertActions(first, added)
    menu.insertSeparator(first) if first is not None else None


def replace_word(edit: QWidget, start: int, old: str, new: str) -> None:
    """Replace ``old`` at ``start`` (code points of the whole text) with
    ``new``, as one undo step of its own."""
    field = _bound_field(edit)
    if field is not None:
        field.end_merge()
    if isinstance(edit, QPlainTextEdit):
        text = edit.toPlainText()
        if text[start : start + len(old)] != old:
            return  # the text moved on since the menu opened
        cursor = QTextCursor(edit.document())
        cursor.setPosition(_utf16_len(text[:start]))
        cursor.setPosition(_utf16_len(text[: start + len(old)]), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new)
        edit.setTextCursor(cursor)
    else:
        text = edit.text()
        if text[start : start + len(old)] != old:
            return
        new_text = text[:start] + new + text[start + len(old):]
        edit.setText(new_text)
        edit.setCursorPosition(_utf16_len(text[:start] + new))
        edit.textEdited.emit(new_text)
    if field is not None:
        field.end_merge()


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _bound_field(edit: QWidget) -> QWidget | None:
    parent = edit.parentWidget()
    while parent is not None:
        if callable(getattr(parent, "end_merge", None)):
            return parent
        parent = parent.parentWidget()
    return None


# --------------------------------------------------------------------------
# Edit ▸ Spelling
# --------------------------------------------------------------------------


def spelling_menu(parent: QWidget) -> QMenu:
    """Edit ▸ Spelling: check as you type on or off, and the language."""
    service = spell_service()
    menu = QMenu(_tr("S&pelling"), parent)
    menu.setObjectName("spellingMenu")
    toggle = menu.addAction(_tr("Check Spelling as You &Type"))
    toggle.setObjectName("actSpellCheck")
    toggle.setCheckable(True)
    toggle.setChecked(service.enabled)
    toggle.toggled.connect(service.set_enabled)
    menu.addSeparator()
    group = QActionGroup(menu)
    entries = [(AUTO, _tr("&Automatic (the Language of Each Brief)"))] + [(tag, language_name(tag)) for tag in LANGUAGES]
    for tag, name in entries:
        action = menu.addAction(name)
        action.setObjectName(f"actSpell-{tag}")
        action.setCheckable(True)
        action.setChecked(tag == service.choice)
        action.setEnabled(service.enabled)
        action.triggered.connect(lambda _c=False, t=tag: service.set_language(t))
        group.addAction(action)

    def sync() -> None:
        toggle.setChecked(service.enabled)
        for action in group.actions():
            action.setEnabled(service.enabled)
            action.setChecked(action.objectName() == f"actSpell-{service.choice}")

    service.changed.connect(sync)
    menu.destroyed.connect(lambda *_: _safe_disconnect(service.changed, sync))
    menu.addSeparator()
    note = menu.addAction(_tr("Words in Arabic script are always checked in Arabic"))
    note.setEnabled(False)
    return menu


def _safe_disconnect(signal: object, slot: Callable[..., None]) -> None:
    try:
        signal.disconnect(slot)  # type: ignore[attr-defined]
    except (RuntimeError, TypeError):
        pass


__all__ = [
    "DEFAULT_LANGUAGE", "LineSpeller", "SpellHighlighter", "SpellService", "add_spelling_actions", "attach",
    "brief_names", "language_name", "replace_word", "speller_of", "spell_service", "spelling_menu",
]
