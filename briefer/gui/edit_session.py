"""The open brief as the GUI edits it: a Brief plus its undo stack.

Every edit goes through :class:`EditSession`, which turns it into a
``QUndoCommand``; widgets never assign to the model directly.  A field is
addressed by a *path* into the brief, e.g. ``("participants", 2, "name")``
or ``("meeting", "date")``.  After every change the session emits
``changed(path)`` so that the views showing that path (or a parent of it)
refresh themselves.

Typing in one field merges into one undo step: consecutive
:meth:`EditSession.set_value` calls on the same path merge until another
path is edited or :meth:`EditSession.end_merge` is called (a field losing
focus calls it).
"""

from __future__ import annotations

import copy
from typing import Any

from pydantic import BaseModel, ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..model import Brief, problems_from_validation
from ..templates import TemplateLibrary, builtin_library

FieldPath = tuple[str | int, ...]


def get_at(root: Any, path: FieldPath) -> Any:
    node = root
    for part in path:
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def _set_at(root: BaseModel, path: FieldPath, value: Any) -> None:
    """Assign through pydantic validation.  A list element is replaced by
    assigning a new list to its owner, so the owner validates it too."""
    parent_path, last = path[:-1], path[-1]
    if isinstance(last, int):
        owner = get_at(root, parent_path[:-1])
        items = list(getattr(owner, parent_path[-1]))
        items[last] = value
        setattr(owner, parent_path[-1], items)
    else:
        setattr(get_at(root, parent_path), last, value)


def hint_key(path: FieldPath) -> str:
    """``("key_points", 2, "point")`` → ``"key_points[].point"``: how a
    template names a field whatever its row."""
    key = ""
    for part in path:
        if isinstance(part, int):
            key += "[]"
        else:
            key += f".{part}" if key else part
    return key


def describe_error(err: ValidationError) -> str:
    """The first problem of a failed edit, as one sentence for a tooltip."""
    problems = problems_from_validation(err)
    return problems[0].message if problems else str(err)


class _Command(QUndoCommand):
    def __init__(self, doc: "EditSession", text: str):
        super().__init__(text)
        self.doc = doc


class SetValueCommand(_Command):
    MERGE_ID = 1

    def __init__(self, doc: "EditSession", path: FieldPath, old: Any, new: Any, text: str):
        super().__init__(doc, text)
        self.path, self.old, self.new = path, old, new
        self.mergeable = True

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not (isinstance(other, SetValueCommand) and self.mergeable and other.path == self.path):
            return False
        self.new = other.new
        self.setObsolete(self.new == self.old)  # typed back to where it began: no step left
        return True

    def redo(self) -> None:
        self.doc._apply(self.path, self.new)

    def undo(self) -> None:
        self.doc._apply(self.path, self.old)


class ListCommand(_Command):
    """Insert, remove or move items of a list field; undo restores the list."""

    def __init__(self, doc: "EditSession", path: FieldPath, before: list, after: list, text: str):
        super().__init__(doc, text)
        self.path, self.before, self.after = path, before, after

    def redo(self) -> None:
        self.doc._apply(self.path, list(self.after), structural=True)

    def undo(self) -> None:
        self.doc._apply(self.path, list(self.before), structural=True)


class ReplaceBriefCommand(_Command):
    def __init__(self, doc: "EditSession", before: Brief, after: Brief, text: str):
        super().__init__(doc, text)
        self.before, self.after = before, after

    def redo(self) -> None:
        self.doc._replace(self.after.model_copy(deep=True))

    def undo(self) -> None:
        self.doc._replace(self.before.model_copy(deep=True))


class EditSession(QObject):
    """One open brief.  ``changed(path)`` names what changed (a list path
    for structural changes); ``reset()`` means "reload everything"."""

    changed = Signal(tuple)
    structure_changed = Signal(tuple)
    reset = Signal()

    def __init__(self, brief: Brief, parent: QObject | None = None, *, library: TemplateLibrary | None = None):
        """``library``: the templates this brief can use (the app passes the
        one it built; the built-ins alone when not given)."""
        super().__init__(parent)
        self.brief = brief
        self.library = library if library is not None else builtin_library()
        self.undo_stack = QUndoStack(self)
        self._hints: dict[str, str] = {}
        self._hints_template: str | None | bool = False  # False: not looked up yet

    def tr(self, text: str) -> str:  # noqa: D102 - short alias
        return QCoreApplication.translate("EditSession", text)

    # -- reading ---------------------------------------------------------

    def value(self, path: FieldPath) -> Any:
        return get_at(self.brief, path)

    def hint(self, path: FieldPath | None) -> str | None:
        """The brief's template's hint for a field (shown as placeholder
        text, never printed), e.g. for ``("key_points", 2, "point")`` the
        hint keyed ``"key_points[].point"``."""
        if path is None:
            return None
        name = self.brief.layout.template
        if name != self._hints_template:
            self._hints = dict(self.library.for_brief(name).hints)
            self._hints_template = name
        return self._hints.get(hint_key(path))

    # -- editing (each call is one undoable step) ------------------------

    def set_value(
        self, path: FieldPath, value: Any, label: str | None = None, *, step: str | None = None
    ) -> str | None:
        """Set one field.  Returns None, or a sentence saying why the value
        was refused (the model is unchanged then).

        Typing edits carry a ``label`` ("Edit Title") and merge while the same
        field is typed in; an edit made in one go (a dialog's OK) passes its
        whole undo text as ``step`` and stays a step of its own."""
        old = self.value(path)
        if old == value:
            return None
        try:
            self._check(path, value)
        except ValidationError as e:
            return describe_error(e)
        text = step or self.tr("Edit %s") % (label or str(path[-1]).replace("_", " "))
        command = SetValueCommand(self, path, copy.deepcopy(old), value, text)
        if step is not None:
            self.end_merge()  # neither merges into the step before...
            command.mergeable = False  # ...nor takes in the one after
        self.undo_stack.push(command)
        return None

    def end_merge(self) -> None:
        """The next edit starts a new undo step (called when a field loses focus)."""
        cmd = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(cmd, SetValueCommand):
            cmd.mergeable = False

    def insert_item(self, path: FieldPath, index: int, item: Any, label: str | None = None) -> None:
        items = list(self.value(path))
        after = items[:index] + [item] + items[index:]
        self.undo_stack.push(ListCommand(self, path, items, after, label or self.tr("Add row")))

    def insert_items(self, path: FieldPath, index: int, new: list[Any], label: str | None = None) -> None:
        """Insert several items at ``index`` as one undoable step (a paste)."""
        if not new:
            return
        items = list(self.value(path))
        after = items[:index] + list(new) + items[index:]
        self.undo_stack.push(ListCommand(self, path, items, after, label or self.tr("Paste rows")))

    def remove_items(self, path: FieldPath, indices: list[int], label: str | None = None) -> None:
        items = list(self.value(path))
        drop = set(indices)
        after = [x for i, x in enumerate(items) if i not in drop]
        if len(after) != len(items):
            self.undo_stack.push(ListCommand(self, path, items, after, label or self.tr("Delete row")))

    def move_item(self, path: FieldPath, src: int, dst: int, label: str | None = None) -> None:
        items = list(self.value(path))
        if src == dst or not (0 <= src < len(items)) or not (0 <= dst < len(items)):
            return
        after = list(items)
        after.insert(dst, after.pop(src))
        self.undo_stack.push(ListCommand(self, path, items, after, label or self.tr("Move row")))

    def replace_brief(self, brief: Brief, label: str) -> None:
        self.undo_stack.push(ReplaceBriefCommand(self, self.brief.model_copy(deep=True), brief, label))

    # -- internals used by commands --------------------------------------

    def _check(self, path: FieldPath, value: Any) -> None:
        """Validate on a shallow copy of the owning object, so a refused
        value never touches the model and a keystroke costs little."""
        if isinstance(path[-1], int):
            owner_path, attr = path[:-2], path[-2]
            items = list(get_at(self.brief, path[:-1]))
            items[path[-1]] = value
            value = items
        else:
            owner_path, attr = path[:-1], path[-1]
        trial = get_at(self.brief, owner_path).model_copy()
        setattr(trial, attr, value)

    def _apply(self, path: FieldPath, value: Any, structural: bool = False) -> None:
        _set_at(self.brief, path, copy.deepcopy(value))
        (self.structure_changed if structural else self.changed).emit(path)

    def _replace(self, brief: Brief) -> None:
        self.brief = brief
        self.reset.emit()
