"""Section editors: one page per section of the brief, bound to a EditSession.

The app shell uses three names::

    SECTION_KEYS                                  # the sections, in display order
    create_editor(section_key, doc, parent=None, people=None)  # -> SectionEditor
    SectionEditor.focus_path(path) -> bool        # jump to the field a problem names

Module map: ``fields`` (bound form widgets), ``table_model`` (the list table
model), ``delegates`` (enum/date cell editors), ``specs`` (what each list
shows), ``list_editor`` (table + toolbar + detail form), ``participants``
(grouping by delegation), ``people`` (the people library on the
participants page), ``photo`` (picture cleaning, no Qt) and
``photo_field`` (its widget), ``pages`` (the section pages).
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...model.sections import PAGE_KEYS
from ..edit_session import EditSession
from .pages import SectionEditor, create_page
from .people import PeopleService

SECTION_KEYS: list[str] = list(PAGE_KEYS)


def create_editor(
    section_key: str, doc: EditSession, parent: QWidget | None = None, people: PeopleService | None = None
) -> SectionEditor:
    """The editor page for one of :data:`SECTION_KEYS`."""
    if section_key not in SECTION_KEYS:
        raise KeyError(f"unknown section {section_key!r}; expected one of {', '.join(SECTION_KEYS)}")
    return create_page(section_key, doc, parent, people)


__all__ = ["SECTION_KEYS", "PeopleService", "SectionEditor", "create_editor"]
