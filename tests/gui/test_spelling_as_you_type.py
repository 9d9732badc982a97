"""Spell checking as you type (issue 13): misspelt words get a red wavy
underline, the right-click menu offers suggestions that replace the word as
one undo step, "Add to Dictionary" remembers a word, and the names of the
brief's people are never flagged."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QApplication, QMenu

from briefer.gui.edit_session import EditSession
from briefer.gui.editors import create_editor
from briefer.gui.spellcheck import speller_of, spell_service
from briefer.model import Brief
from briefer.spelling import user_words_path


def _page(qtbot, key, brief):
    doc = EditSession(brief)
    page = create_editor(key, doc)
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    assert spell_service().wait_until_loaded()
    return doc, page


def _summary_edit(page):
    return page.findChild(object, "summary") if False else _field(page, ("summary",)).editor


def _field(page, path):
    from briefer.gui.editors.fields import BoundField

    for field in page.findChildren(BoundField):
        if tuple(field.path or ()) == path:
            return field
    raise AssertionError(f"no field {path}")


def _underlined_words(edit) -> list[str]:
    """The words drawn with the spell-check underline in a QPlainTextEdit."""
    out = []
    block = edit.document().begin()
    while block.isValid():
        text = block.text()
        for r in block.layout().formats():
            if r.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline:
                out.append(text[r.start : r.start + r.length])
        block = block.next()
    return out


def _type(qtbot, widget, text):
    for ch in text:
        qtbot.keyClick(widget, ch) if ch != " " else qtbot.keyClick(widget, Qt.Key.Key_Space)


def _right_click_and_pick(qtbot, edit, pos: QPoint, pick):
    """Right-click ``edit`` at ``pos`` and, in the menu that opens, trigger
    the action ``pick(menu)`` returns (by pressing its key path: Down until
    it is active, then Return).  Returns the texts of the menu's actions."""
    seen: list[list[str]] = []

    def answer():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, answer)
            return
        seen.append([a.text() for a in menu.actions()])
        target = pick(menu)
        if target is None:
            menu.close()
            return
        for _ in range(len(menu.actions()) + 1):
            if menu.activeAction() is target:
                break
            qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    # Through the window, as the platform delivers a click: Qt makes the
    # context-menu event from it (a click sent to the widget itself would not).
    viewport = edit.viewport() if hasattr(edit, "viewport") else edit
    window = viewport.window()
    qtbot.mouseClick(window.windowHandle(), Qt.MouseButton.RightButton, pos=viewport.mapTo(window, pos))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen[0]


def _suggestion(text):
    return lambda menu: next(a for a in menu.actions() if a.text() == text)


def _position_of(edit, index) -> QPoint:
    from PySide6.QtGui import QTextCursor

    cursor = QTextCursor(edit.document())
    cursor.setPosition(index + 1)
    return edit.cursorRect(cursor).center()


def test_a_misspelt_word_is_underlined_and_a_suggestion_replaces_it_as_one_undo_step(qtbot):
    doc, page = _page(qtbot, "overview", Brief(title="T"))
    edit = _field(page, ("summary",)).editor
    edit.setFocus()
    _type(qtbot, edit, "The goverment will decide")
    qtbot.waitUntil(lambda: _underlined_words(edit) == ["goverment"], timeout=3000)
    assert doc.brief.summary == "The goverment will decide"

    actions = _right_click_and_pick(qtbot, edit, _position_of(edit, 6), _suggestion("government"))
    assert actions[0] == "government"
    assert any(t.startswith("Add “goverment” to Dictionary") for t in actions)
    qtbot.waitUntil(lambda: doc.brief.summary == "The government will decide", timeout=3000)
    assert edit.toPlainText() == "The government will decide"
    qtbot.waitUntil(lambda: _underlined_words(edit) == [], timeout=3000)

    # One undo step takes back the replacement only, the typing stays.
    doc.undo_stack.undo()
    assert doc.brief.summary == "The goverment will decide"
    doc.undo_stack.redo()
    assert doc.brief.summary == "The government will decide"


def test_names_of_participants_and_stakeholders_are_never_flagged(qtbot):
    brief = Brief(title="T", participants=[{"name": "Jared Kushner"}], stakeholders=[{"name": "Hamas Politburo"}])
    doc, page = _page(qtbot, "overview", brief)
    edit = _field(page, ("summary",)).editor
    edit.setFocus()
    _type(qtbot, edit, "Kushner met Netanyahu and the Politburo")
    qtbot.waitUntil(lambda: _underlined_words(edit) == ["Netanyahu"], timeout=3000)
    # Adding the participant unflags the name at once.
    doc.insert_item(("participants",), 1, doc.brief.participants[0].model_copy(update={"name": "Benjamin Netanyahu"}))
    qtbot.waitUntil(lambda: _underlined_words(edit) == [], timeout=3000)


def test_a_one_line_field_is_checked_and_a_suggestion_replaces_the_word(qtbot):
    doc, page = _page(qtbot, "overview", Brief(title="T"))
    field = _field(page, ("subtitle",))
    edit = field.editor
    edit.setFocus()
    _type(qtbot, edit, "Talks on the cease-fire agreemnt")
    speller = speller_of(edit)
    qtbot.waitUntil(lambda: speller.flagged() == ["agreemnt"], timeout=3000)
    x = edit.cursorRect().center().x() - 20
    _right_click_and_pick(qtbot, edit, QPoint(x, edit.height() // 2), _suggestion("agreement"))
    qtbot.waitUntil(lambda: doc.brief.subtitle == "Talks on the cease-fire agreement", timeout=3000)
    assert speller.flagged() == []
    doc.undo_stack.undo()
    assert doc.brief.subtitle == "Talks on the cease-fire agreemnt"


def test_add_to_dictionary_is_remembered_in_the_user_data_folder(qtbot):
    doc, page = _page(qtbot, "overview", Brief(title="T"))
    edit = _field(page, ("summary",)).editor
    edit.setFocus()
    _type(qtbot, edit, "Zorblat exports")
    qtbot.waitUntil(lambda: _underlined_words(edit) == ["Zorblat"], timeout=3000)
    _right_click_and_pick(qtbot, edit, _position_of(edit, 2),
                          lambda menu: next(a for a in menu.actions() if a.objectName() == "spellAddWord"))
    qtbot.waitUntil(lambda: _underlined_words(edit) == [], timeout=3000)
    assert "Zorblat" in user_words_path().read_text("utf-8").split()
    assert doc.brief.summary == "Zorblat exports"


@pytest.mark.parametrize(("language", "text", "flagged"), [
    ("en-GB", "The colour of the organisation's centre; the color of the center", ["color", "center"]),
    ("en-US", "The colour of the organization's center", ["colour"]),
    ("fr", "Le gouvernemment a présenté l'accord aujourd'hui", ["gouvernemment"]),
    ("en-GB", "قال وزيرر الخارجية", ["وزيرر"]),
])
def test_the_spelling_language_is_chosen_in_the_edit_menu(qtbot, language, text, flagged):
    doc, page = _page(qtbot, "overview", Brief(title="T"))
    spell_service().set_language(language)
    assert spell_service().wait_until_loaded()
    edit = _field(page, ("summary",)).editor
    edit.setPlainText(text)
    qtbot.waitUntil(lambda: _underlined_words(edit) == flagged, timeout=3000)


@pytest.mark.slow
def test_loading_a_dictionary_never_stalls_the_ui_thread(qtbot):
    """The dictionaries load in a background thread in small chunks: a
    timer ticking every 5 ms on the UI thread never waits long (about 15 ms
    here when the machine is idle; one ``json.loads`` of the whole list
    would hold the UI for 65–110 ms).  The bound allows for a busy machine."""
    from briefer.gui import spellcheck

    spellcheck._DICTIONARIES._loaded.pop("fr", None)
    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick():
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    from PySide6.QtCore import QTimer as _T

    timer = _T()
    timer.timeout.connect(tick)
    timer.start(5)
    spell_service().set_language("fr")
    qtbot.waitUntil(lambda: spellcheck._DICTIONARIES._loaded.get("fr") is not None, timeout=10000)
    timer.stop()
    print(f"longest UI-thread wait while loading: {max(gaps) * 1000:.1f} ms over {len(gaps)} ticks")
    assert max(gaps) < 0.1, f"the UI thread waited {max(gaps) * 1000:.0f} ms"


def test_a_table_cell_being_edited_is_checked_too(qtbot):
    """The objectives are typed in table cells: the cell editor underlines too."""
    doc, page = _page(qtbot, "overview", Brief(title="T", objectives=["Secure a comittment"]))
    from PySide6.QtWidgets import QTableView

    table = next(t for t in page.findChildren(QTableView) if t.model().rowCount() == 1)
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert editor.text() == "Secure a comittment"
    qtbot.waitUntil(lambda: speller_of(editor) is not None and speller_of(editor).flagged() == ["comittment"],
                    timeout=3000)


def test_each_brief_is_checked_in_the_language_of_its_own_text(qtbot):
    """Automatic (the default): an English brief and a French one open side
    by side are each checked in their own language, whatever the interface's."""
    english = "The cease-fire is one month old and fragile; the hardest questions remain open. Goverment"
    french = ("Le cessez-le-feu a un mois et reste fragile ; les questions les plus difficiles restent "
              "ouvertes. Gouvernemment")
    _doc_en, page_en = _page(qtbot, "overview", Brief(title="Talks", summary=english))
    _doc_fr, page_fr = _page(qtbot, "overview", Brief(title="Entretien", summary=french))
    assert spell_service().choice == "auto"
    en_edit = _field(page_en, ("summary",)).editor
    fr_edit = _field(page_fr, ("summary",)).editor
    qtbot.waitUntil(lambda: _underlined_words(en_edit) == ["Goverment"], timeout=5000)
    qtbot.waitUntil(lambda: _underlined_words(fr_edit) == ["Gouvernemment"], timeout=5000)
    assert _right_click_and_pick(qtbot, fr_edit, _position_of(fr_edit, french.index("Gouvernemment") + 2),
                                 lambda menu: None)[0] == "Gouvernement"


def test_a_one_line_field_leaves_an_input_method_s_composition_alone(qtbot):
    """Typing Japanese through an input method: the spell checker never
    sends its underline while a composition is open (it would end it)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    _doc, page = _page(qtbot, "overview", Brief(title="T"))
    edit = _field(page, ("subtitle",)).editor
    edit.setFocus()
    _type(qtbot, edit, "Talks agreemnt ")
    speller = speller_of(edit)
    qtbot.waitUntil(lambda: speller._shown != [], timeout=3000)  # "agreemnt" is underlined
    sent = []
    real_send = QCoreApplication.sendEvent
    QCoreApplication.sendEvent(edit, QInputMethodEvent("にほ", []))  # composing
    try:
        QCoreApplication.sendEvent = lambda obj, ev: sent.append(ev) or real_send(obj, ev)  # type: ignore[method-assign]
        spell_service().add_word("agreemnt")  # the underline would change: every field rechecks
        speller.recheck()
    finally:
        QCoreApplication.sendEvent = real_send  # type: ignore[method-assign]
    assert sent == []
    commit = QInputMethodEvent("", [])
    commit.setCommitString("日本")
    QCoreApplication.sendEvent(edit, commit)
    assert edit.text() == "Talks agreemnt 日本"
    assert speller.flagged() == []


def test_names_of_people_in_the_library_are_never_flagged(make_window, qtbot):
    from briefer.people.model import Person

    window = make_window()
    window.files.new_blank()
    window.show()
    window.people.add(Person(id="p-mbs", name="محمد بن سلمان", name_latin="Mohammed bin Salman"))
    window.show_section("overview")
    page = window.editor_stack.currentWidget()
    edit = _field(page, ("summary",)).editor
    assert spell_service().wait_until_loaded()
    edit.setFocus()
    _type(qtbot, edit, "Salman and Zorblat met")
    qtbot.waitUntil(lambda: _underlined_words(edit) == ["Zorblat"], timeout=5000)


def test_the_menu_key_offers_the_suggestions_for_the_word_at_the_cursor(qtbot):
    doc, page = _page(qtbot, "overview", Brief(title="T"))
    edit = _field(page, ("summary",)).editor
    edit.setFocus()
    _type(qtbot, edit, "The goverment will decide")
    for _ in range(len(" will decide") + 3):
        qtbot.keyClick(edit, Qt.Key.Key_Left)  # into "goverment", no mouse
    qtbot.waitUntil(lambda: _underlined_words(edit) == ["goverment"], timeout=3000)
    seen = []

    def answer():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, answer)
            return
        seen.append([a.text() for a in menu.actions()])
        qtbot.keyClick(menu, Qt.Key.Key_Down)
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, answer)
    # What Qt delivers for the Menu key or Shift+F10 (offscreen, QTest cannot
    # press them through the platform): a keyboard context-menu event.
    from PySide6.QtGui import QContextMenuEvent

    QApplication.sendEvent(edit, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(1, 1), edit.mapToGlobal(QPoint(1, 1))))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen[0][0] == "government"
    qtbot.waitUntil(lambda: doc.brief.summary == "The government will decide", timeout=3000)


def test_underlining_never_counts_as_an_edit(qtbot):
    """The underline changes the text's formats, which Qt reports as a text
    change: the brief must stay unmodified, with nothing to undo."""
    from briefer.gui import spellcheck

    spellcheck._DICTIONARIES._loaded.pop("fr", None)  # a dictionary arrives after the page is up
    doc, page = _page(qtbot, "overview", Brief(title="T", summary="The goverment"))  # purpose empty
    edit = _field(page, ("summary",)).editor
    qtbot.waitUntil(lambda: _underlined_words(edit) == ["goverment"], timeout=5000)
    spell_service().set_language("en-US")
    spell_service().set_language("auto")
    qtbot.wait(50)
    assert doc.undo_stack.count() == 0 and doc.undo_stack.isClean()
