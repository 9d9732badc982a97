"""Drafting a brief from pasted text and importing an existing Word brief.

Both propose, the user decides: the result is a list of
:class:`~briefer.intake.proposal.Proposal`, and only the accepted ones enter
a brief (:func:`~briefer.intake.proposal.apply_proposals`).  No Qt here.
"""

from .draft import MAX_INPUT_CHARS, draft_from_text
from .proposal import Draft, IntakeError, Kind, Proposal, apply_proposals
from .readers import read_source_file
from .word_import import ImportedBrief, import_word_brief

__all__ = [
    "MAX_INPUT_CHARS",
    "Draft",
    "IntakeError",
    "Kind",
    "Proposal",
    "ImportedBrief",
    "apply_proposals",
    "import_word_brief",
    "draft_from_text",
    "read_source_file",
]
