"""Drafting a brief from pasted text and importing an existing Word brief.

Both propose, the user decides: the result is a list of
:class:`~briefer.intake.proposal.Proposal`, and only the accepted ones enter
a brief (:func:`~briefer.intake.proposal.apply_proposals`).  No Qt here.

This module is the intake's front door.  The three functions below import
their modules on first use, here and nowhere else in the package:
dateparser and python-docx take a quarter of a second each to import, and
the app's first window, which offers these commands in its menus, must not
wait for them (``tests/gui/test_app.py`` checks python-docx).  Everything
else is imported as usual.
"""

from __future__ import annotations

import os

from .proposal import Draft, ImportedBrief, IntakeError, Kind, Proposal, apply_proposals
from briefer.model.brief import Source as _Source


def draft_from_text(text: str, *, source_name: str | None = None, source: _Source | None = None) -> Draft:
    """See :func:`briefer.intake.draft.draft_from_text`."""
    from .draft import draft_from_text as draft  # noqa: PLC0415 - the front door (see above)

    return draft(text, source_name=source_name, source=source)


def read_source_file(path: str | os.PathLike[str]) -> tuple[str, _Source | None]:
    """See :func:`briefer.intake.readers.read_source_file`."""
    from .readers import read_source_file as read  # noqa: PLC0415 - the front door (see above)

    return read(path)


def import_word_brief(path: str | os.PathLike[str]) -> ImportedBrief:
    """See :func:`briefer.intake.word_import.import_word_brief`."""
    from .word_import import import_word_brief as read  # noqa: PLC0415 - the front door (see above)

    return read(path)


__all__ = [
    "Draft",
    "ImportedBrief",
    "IntakeError",
    "Kind",
    "Proposal",
    "apply_proposals",
    "draft_from_text",
    "import_word_brief",
    "read_source_file",
]
