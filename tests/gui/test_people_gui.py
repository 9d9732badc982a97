"""The people library in the app: search as you type (Hebrew, Chinese),
pick to fill and link, Add to library, Update from library as one undo
step, and offering to update the library after an edit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from briefer.gui.edit_session import EditSession
from briefer.gui.editors.participants import ParticipantsEditor
from briefer.gui.editors.people import DifferencesDialog, PeopleService
from briefer.model import Brief, Participant, Role
from briefer.people.folders import user_people_dir
from briefer.people.library import PeopleLibrary
from briefer.people.link import FieldChange, fingerprint, participant_from_person
from briefer.people.model import Person

NETANYAHU = Person(id="p-bibi", name="בנימין נתניהו", name_latin="Benjamin Netanyahu", title="Prime Minister",
                   organization="Government of Israel", delegation="Israel", bio="Serving his sixth term.")
WANG = Person(id="p-wang", name="王毅", name_latin="Wang Yi", title="Foreign Minister", organization="PRC",
              delegation="China")
OTHER = Person(id="p-ben", name="Ben Carter", title="Note-taker")


def type_text(widget, text: str) -> None:
    """One key event per character (qtbot.keyClicks cannot type non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))


def press(widget, key: Qt.Key) -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "people"


def service(folder: Path, *people: Person) -> PeopleService:
    lib = PeopleLibrary([folder], today=lambda: dt.date(2026, 12, 1))
    lib.reload()
    for p in people:
        lib.add(p)
    return PeopleService(lib)


def editor_for(qtbot, doc: EditSession, people: PeopleService) -> ParticipantsEditor:
    editor = ParticipantsEditor(doc, people=people)
    qtbot.addWidget(editor)
    editor.resize(900, 800)
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    return editor


def new_participant(qtbot, editor: ParticipantsEditor):
    editor.add_row()
    name = editor.fields["name"].editor
    name.setFocus()
    name.selectAll()
    press(name, Qt.Key.Key_Delete)
    return name


@pytest.mark.parametrize(("typed", "person"), [("בנימ", NETANYAHU), ("王", WANG)])
def test_typing_a_name_in_hebrew_or_chinese_offers_the_person_and_picking_links(qtbot, folder, typed, person) -> None:
    doc = EditSession(Brief(title="Meeting"))
    editor = editor_for(qtbot, doc, service(folder, NETANYAHU, WANG, OTHER))
    name = new_participant(qtbot, editor)
    type_text(name, typed)
    popup = editor.person_completer.popup()
    qtbot.waitUntil(popup.isVisible)
    shown = [editor.person_completer.completionModel().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert len(shown) == 1 and shown[0].startswith(person.name)
    press(popup, Qt.Key.Key_Down)  # moving through the popup leaves what was typed
    assert name.text() == typed and doc.brief.participants[0].name == typed
    press(popup, Qt.Key.Key_Return)
    p = doc.brief.participants[0]
    assert (p.name, p.title, p.organization, p.delegation, p.person) == (
        person.name, person.title, person.organization, person.delegation, person.id)
    assert doc.brief.layout.people == {person.id: fingerprint(person)}
    assert editor.library_link.state == "linked"
    doc.undo_stack.undo()  # picking was one step: the typed name comes back, unlinked
    assert doc.brief.participants[0].person is None and doc.brief.layout.people == {}
    assert doc.brief.participants[0].name == typed


def test_a_name_matching_nobody_shows_no_popup(qtbot, folder) -> None:
    doc = EditSession(Brief(title="Meeting"))
    editor = editor_for(qtbot, doc, service(folder, NETANYAHU, WANG))
    name = new_participant(qtbot, editor)
    type_text(name, "Zq")
    assert not editor.person_completer.popup().isVisible()
    assert doc.brief.participants[0].name == "Zq"


def test_add_to_library_writes_the_person_and_links_the_participant(qtbot, folder) -> None:
    doc = EditSession(Brief(title="Meeting", participants=[Participant(name="יעל כהן", title="Director", role=Role.MEMBER)]))
    people = service(folder)
    editor = editor_for(qtbot, doc, people)
    editor.select_row(0)
    assert editor.library_link.state == "add" and editor.library_link.add_button.isVisibleTo(editor)
    editor.library_link.add_button.click()
    p = doc.brief.participants[0]
    entry = people.get(p.person)
    assert entry is not None and (entry.person.name, entry.person.title) == ("יעל כהן", "Director")
    assert (folder / f"{p.person}.person").exists()
    assert editor.library_link.state == "linked"
    assert p.role == Role.MEMBER


def test_a_newer_library_entry_shows_and_update_applies_the_differences_as_one_step(qtbot, folder, monkeypatch) -> None:
    people = service(folder, NETANYAHU)
    brief = Brief(title="Meeting", participants=[participant_from_person(NETANYAHU)])
    brief.participants[0].role = Role.PRINCIPAL
    brief.layout.people = {NETANYAHU.id: fingerprint(NETANYAHU)}
    doc = EditSession(brief)
    colleague = PeopleLibrary([folder])
    colleague.reload()
    entry = colleague.get(NETANYAHU.id)
    colleague.save(entry.person.model_copy(update={"title": "Prime Minister of Israel", "bio": None}), entry)
    editor = editor_for(qtbot, doc, people)  # showing the page reads the library again
    editor.select_row(0)
    link = editor.library_link
    assert link.state == "pull" and "newer version" in link.label.text()
    first_cell = editor.view_index(0, 0)
    assert "newer version" in first_cell.data(Qt.ItemDataRole.ToolTipRole)  # shown in the list too
    asked = []
    monkeypatch.setattr(editor.people_prompter, "confirm_changes",
                        lambda title, text, changes, to_library: asked.append([c.field for c in changes]) or True)
    steps = doc.undo_stack.count()
    link.pull_button.click()
    assert asked == [["title", "bio"]]
    p = doc.brief.participants[0]
    assert (p.title, p.bio, p.role) == ("Prime Minister of Israel", None, Role.PRINCIPAL)
    assert link.state == "linked"
    assert editor.view_index(0, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert doc.undo_stack.count() == steps + 1
    doc.undo_stack.undo()
    assert (doc.brief.participants[0].title, doc.brief.participants[0].bio) == ("Prime Minister", "Serving his sixth term.")
    assert link.state == "pull"


def test_editing_a_linked_participant_offers_to_update_the_library(qtbot, folder, monkeypatch) -> None:
    people = service(folder, WANG)
    brief = Brief(title="Meeting", participants=[participant_from_person(WANG)])
    brief.layout.people = {WANG.id: fingerprint(WANG)}
    doc = EditSession(brief)
    editor = editor_for(qtbot, doc, people)
    editor.select_row(0)
    title = editor.fields["title"].editor
    title.setFocus()
    title.selectAll()
    type_text(title, "Director of the Office")
    link = editor.library_link
    assert link.state == "push" and link.push_button.isVisibleTo(editor)
    monkeypatch.setattr(editor.people_prompter, "confirm_changes", lambda *a, **k: True)
    link.push_button.click()
    fresh = PeopleLibrary([folder])
    fresh.reload()
    assert fresh.get(WANG.id).person.title == "Director of the Office"
    assert link.state == "linked"


def test_updating_the_library_after_a_colleagues_edit_offers_a_merge(qtbot, folder, monkeypatch) -> None:
    people = service(folder, WANG)
    brief = Brief(title="Meeting", participants=[participant_from_person(WANG)])
    brief.layout.people = {WANG.id: fingerprint(WANG)}
    doc = EditSession(brief)
    editor = editor_for(qtbot, doc, people)
    editor.select_row(0)
    doc.set_value(("participants", 0, "title"), "State Councillor")
    colleague = PeopleLibrary([folder])
    colleague.reload()
    colleague.save(colleague.get(WANG.id).person.model_copy(update={"bio": "Their bio."}), colleague.get(WANG.id))
    monkeypatch.setattr(editor.people_prompter, "confirm_changes", lambda *a, **k: True)
    offered = []
    monkeypatch.setattr(editor.people_prompter, "offer_merge", lambda e: offered.append(e.conflicts) or True)
    editor.library_link.push_button.click()
    assert offered == [[]]
    fresh = PeopleLibrary([folder])
    fresh.reload()
    assert (fresh.get(WANG.id).person.title, fresh.get(WANG.id).person.bio) == ("State Councillor", "Their bio.")


def test_the_differences_dialog_lists_each_field(qtbot) -> None:
    dialog = DifferencesDialog(None, "Update", "text", [FieldChange("title", "PM", "Prime Minister")], to_library=False)
    qtbot.addWidget(dialog)
    cells = [[dialog.table.item(0, c).text() for c in range(3)]]
    assert cells == [["Title", "PM", "Prime Minister"]]


def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot) -> None:
    dialog = DifferencesDialog(None, "Update", "The entry for <b>Ada</b> differs:", [FieldChange("title", "<i>PM</i>", None)],
                               to_library=False)
    qtbot.addWidget(dialog)
    label = dialog.findChild(QLabel)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == "The entry for <b>Ada</b> differs:"
    assert dialog.table.item(0, 1).text() == "<i>PM</i>" and dialog.table.item(0, 2).text() == "(empty)"


def test_the_window_reads_the_users_people_folder_on_the_participants_page(make_window) -> None:
    lib = PeopleLibrary([user_people_dir()])
    lib.reload()
    lib.add(WANG)
    window = make_window()
    window.files.new_blank()
    window.show_section("participants")
    editor = window.editor("participants").list_editor
    editor.add_row()
    name = editor.fields["name"].editor
    name.selectAll()
    press(name, Qt.Key.Key_Delete)
    type_text(name, "wang")
    assert [p.id for p in window.people.search("wang")] == ["p-wang"]
    assert editor.person_completer.popup().isVisible()
