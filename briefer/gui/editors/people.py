"""The people library in the app: searching it from the participant name
field, linking, and keeping linked participants and the library in step.

* :class:`PeopleService` — the library and its search index for one window,
  read when first needed and again when the participants page is shown.
* :class:`PersonCompleter` — the popup under the participant's name field:
  it searches the library as the user types (any script); picking a person
  fills the participant and links it, as one undo step.
* :class:`LibraryLink` — one line above the participant's form saying how
  it stands with the library, with the button that fits: *Add to library*,
  *Update from library…* (the library changed since the participant was
  taken from it: the differences, field by field, applied as one undo step)
  or *Update the library…* (the participant was edited here).
* :class:`PeoplePrompter` — the questions those ask; tests replace them.

The rules (what "behind the library" means, the fingerprint the brief keeps)
are in :mod:`briefer.people.link`; nothing here decides them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...model import Participant
from ...people.library import Entry, PeopleError, PeopleLibrary, PersonChangedError
from ...people.link import (
    FieldChange,
    differences,
    fingerprint,
    is_behind,
    person_from_participant,
    person_updated_from,
    updated_participant,
)
from ...people.model import Person
from ...people.search import PeopleIndex
from ..edit_session import EditSession
from ..bidi import isolate
from ..ui_dates import ui_date
from .specs import LIST_SPECS, tr_spec

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _tr(text: str) -> str:
    return QCoreApplication.translate("People", text)


def field_label(field: str) -> str:
    """The participant form's label for ``field`` ("Title"), one source for both."""
    for spec in LIST_SPECS["participants"].fields:
        if spec.field == field:
            return tr_spec(spec.label).replace("&", "").rstrip(":").strip()
    return field


class PeopleService(QObject):
    """The people library of one window and its search index."""

    changed = Signal()

    def __init__(self, library: PeopleLibrary, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self._index: PeopleIndex | None = None
        self.problems: list[tuple[object, str]] = []

    def reload(self) -> None:
        """Read the folders again if any of them changed since the last read."""
        if self._index is not None and not self.library.folders_changed():
            return
        self.problems = list(self.library.reload())
        self._index = PeopleIndex(self.library.people())
        self.changed.emit()

    def _ensure(self) -> PeopleIndex:
        if self._index is None:
            self.reload()
        assert self._index is not None
        return self._index

    def search(self, text: str, limit: int = 12) -> list[Person]:
        if not text.strip():
            return []
        return self._ensure().search(text, limit)

    def get(self, person_id: str | None) -> Entry | None:
        self._ensure()
        return self.library.get(person_id)

    def add(self, person: Person) -> Entry:
        self._ensure()
        entry = self.library.add(person)
        self._after_write()
        return entry

    def save(self, person: Person, base: Entry) -> Entry:
        entry = self.library.save(person, base)
        self._after_write()
        return entry

    def new_id(self) -> str:
        self._ensure()
        return self.library.new_id()

    def _after_write(self) -> None:
        self._index = PeopleIndex(self.library.people())
        self.changed.emit()


class PeoplePrompter:
    """The questions of the people library, as modal dialogs."""

    def __init__(self, parent: QWidget):
        self.parent = parent

    def confirm_changes(self, title: str, text: str, changes: list[FieldChange], to_library: bool) -> bool:
        return DifferencesDialog(self.parent, title, text, changes, to_library).exec() == QDialog.DialogCode.Accepted

    def _box(self, icon: QMessageBox.Icon, title: str, text: str, detail: str) -> QMessageBox:
        """A message box that shows names as typed (never as rich text)."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(detail)
        return box

    def offer_merge(self, error: PersonChangedError) -> bool:
        detail = _tr("Save your changes together with theirs?")
        if error.conflicts:
            fields = ", ".join(field_label(f) for f in error.conflicts)
            detail = _tr("You both changed: %s. Keep your version of those and take the rest of theirs?") % fields
        box = self._box(QMessageBox.Icon.Question, _tr("Changed by someone else"), str(error), detail)
        box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Save

    def show_error(self, text: str) -> None:
        box = self._box(QMessageBox.Icon.Warning, _tr("People library"), text, _tr("Nothing in the brief was changed."))
        box.exec()


class DifferencesDialog(QDialog):
    """The fields that would change, side by side; OK applies them all."""

    def __init__(self, parent: QWidget | None, title: str, text: str, changes: list[FieldChange], to_library: bool):
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        intro = QLabel(text, self)
        intro.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed, never as markup
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(len(changes), 3, self)
        now, then = (_tr("In the library now"), _tr("In this brief (will be saved to the library)")) if to_library else (
            _tr("In this brief now"), _tr("In the library (will be used)"))
        self.table.setHorizontalHeaderLabels([_tr("Field"), now, then])
        for row, change in enumerate(changes):
            old, new = (change.in_library, change.in_brief) if to_library else (change.in_brief, change.in_library)
            for col, text_ in enumerate((field_label(change.field), _shown(old), _shown(new))):
                item = QTableWidgetItem(text_)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 320)


def _shown(value: str | None) -> str:
    if value is None:
        return _tr("(empty)")
    if value.startswith("data:image/"):
        return _tr("(a photo)")
    return value


class PersonCompleter(QCompleter):
    """Library search under a name field.  ``picked(person_id)`` when the
    user chooses someone from the popup."""

    picked = Signal(str)

    def __init__(self, people: PeopleService, edit: QLineEdit):
        super().__init__(edit)
        self.people = people
        self.results = QStandardItemModel(self)
        self.setModel(self.results)
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setMaxVisibleItems(10)
        # Attached with setWidget, not QLineEdit.setCompleter: the field keeps
        # what the user typed while they move through the popup; picking a
        # row fills the whole participant (``picked``).
        self.setWidget(edit)
        edit.textEdited.connect(self._search)
        self.activated[QModelIndex].connect(self._activated)

    def _search(self, text: str) -> None:
        self.results.clear()
        for person in self.people.search(text):
            about = ", ".join(filter(None, (person.title, person.organization)))
            latin = f" ({person.name_latin})" if person.name_latin and person.name_latin != person.name else ""
            item = QStandardItem(f"{person.name}{latin}" + (f" — {about}" if about else ""))
            item.setData(person.id, PERSON_ID_ROLE)
            self.results.appendRow(item)
        if self.results.rowCount():
            self.complete()
        else:
            self.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        person_id = index.data(PERSON_ID_ROLE)
        if person_id:
            self.picked.emit(person_id)


class LibraryLink(QWidget):
    """How the current participant stands with the library, and the one
    action that fits."""

    def __init__(self, doc: EditSession, people: PeopleService, prompter: PeoplePrompter, parent: QWidget | None = None):
        super().__init__(parent)
        self.doc, self.people, self.prompter = doc, people, prompter
        self.row: int | None = None
        self.state = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("fieldHint")
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.add_button = QPushButton(_tr("Add to library"), self)
        self.add_button.setToolTip(_tr("Keep this person in your people library, to take into other briefs"))
        self.pull_button = QPushButton(_tr("Update from library…"), self)
        self.push_button = QPushButton(_tr("Update the library…"), self)
        self.push_button.setToolTip(_tr("Save what this brief says about the person to the library entry"))
        for button in (self.add_button, self.pull_button, self.push_button):
            layout.addWidget(button)
        self.add_button.clicked.connect(self.add_to_library)
        self.pull_button.clicked.connect(self.update_from_library)
        self.push_button.clicked.connect(self.update_library)
        doc.changed.connect(lambda *_: self.refresh())
        doc.structure_changed.connect(lambda *_: self.refresh())
        doc.reset.connect(self.refresh)
        people.changed.connect(self.refresh)

    # -- state ----------------------------------------------------------

    def set_row(self, row: int | None) -> None:
        self.row = row
        self.refresh()

    def participant(self) -> Participant | None:
        items = self.doc.brief.participants
        return items[self.row] if self.row is not None and 0 <= self.row < len(items) else None

    def refresh(self) -> None:
        p = self.participant()
        entry = self.people.get(p.person) if p is not None and p.person else None
        buttons = {"add": self.add_button, "pull": self.pull_button, "push": self.push_button}
        if p is None:
            state, text = "none", ""
        elif not p.person:
            state, text = "add", _tr("Not in the people library.")
        elif entry is None:
            state, text = "add", _tr("Taken from a people library entry that is not in yours.")
        elif is_behind(self.doc.brief, p, entry.person):
            updated = isolate(ui_date(entry.person.updated)) if entry.person.updated else ""
            state, text = "pull", _tr("The library has a newer version of this person (updated %s).") % updated
        elif differences(p, entry.person):
            state, text = "push", _tr("Changed in this brief since it was taken from the library.")
        else:
            state, text = "linked", _tr("From the people library.")
        self.state = state
        self.label.setText(text)
        for key, button in buttons.items():
            button.setVisible(key == state)
        self.setVisible(p is not None)

    # -- actions ----------------------------------------------------------

    def _link(self, row: int, new: Participant, person: Person, step: str) -> None:
        """Replace the participant and keep the entry's fingerprint: one undo step."""
        people = dict(self.doc.brief.layout.people)
        people[person.id] = fingerprint(person)
        self.doc.end_merge()
        self.doc.undo_stack.beginMacro(step)
        try:
            self.doc.set_value(("participants", row), new, step=step)
            self.doc.set_value(("layout", "people"), people, step=step)
        finally:
            self.doc.undo_stack.endMacro()

    def take_person(self, row: int, person_id: str) -> None:
        """Fill the participant at ``row`` from the library and link it."""
        entry = self.people.get(person_id)
        items = self.doc.brief.participants
        if entry is None or not 0 <= row < len(items):
            return
        new = updated_participant(items[row], entry.person)
        self._link(row, new, entry.person, _tr("Take %s from the library") % entry.person.name)

    def add_to_library(self) -> None:
        p, row = self.participant(), self.row
        if p is None or row is None:
            return
        try:
            person_id = p.person if p.person and self.people.get(p.person) is None else self.people.new_id()
            entry = self.people.add(person_from_participant(p, person_id))
        except (PeopleError, ValueError) as e:
            self.prompter.show_error(str(e))
            return
        linked = p.model_copy(deep=True)
        linked.person = entry.person.id
        self._link(row, linked, entry.person, _tr("Add %s to the library") % p.name)

    def update_from_library(self) -> None:
        p, row = self.participant(), self.row
        entry = self.people.get(p.person) if p is not None and p.person else None
        if entry is None or row is None:
            return
        changes = differences(p, entry.person)
        if changes and not self.prompter.confirm_changes(
            _tr("Update from library"),
            _tr("The library's entry for %s differs from this brief in these fields:") % p.name,
            changes,
            to_library=False,
        ):
            return
        self._link(row, updated_participant(p, entry.person), entry.person, _tr("Update %s from the library") % p.name)

    def update_library(self) -> None:
        p, row = self.participant(), self.row
        entry = self.people.get(p.person) if p is not None and p.person else None
        if entry is None or row is None:
            return
        changes = differences(p, entry.person)
        if not changes or not self.prompter.confirm_changes(
            _tr("Update the library"),
            _tr("Save what this brief says about %s to the people library?") % p.name,
            changes,
            to_library=True,
        ):
            return
        wanted = person_updated_from(entry.person, p)
        try:
            saved = self.people.save(wanted, entry)
        except PersonChangedError as e:
            if e.current is None or not self.prompter.offer_merge(e):
                return
            try:
                saved = self.people.save(e.merged, e.current)
            except PeopleError as again:
                self.prompter.show_error(str(again))
                return
        except PeopleError as e:
            self.prompter.show_error(str(e))
            return
        # The brief now matches the entry as saved: remember that version.
        new = updated_participant(p, saved.person)
        self._link(row, new, saved.person, _tr("Update the library entry of %s") % p.name)
