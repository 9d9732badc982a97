"""Page budgets: compose a brief at the gentlest compaction that fits.

A template's ``page_budget`` is a layout goal.  :func:`compose_within_budget`
composes the brief as it is, has the PDF writer count the pages, and while
they are over the budget composes again at the next of
:data:`~briefer.export.compose.COMPACTION_STEPS`.  The document it returns
is what both writers print, so a Word file holds what the PDF holds, and its
``left_out`` says what was left out to fit.  When even the last step does
not fit, the last step's document is returned: its page count is over the
budget, and the checks say so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from ..model import Brief
from ..templates.model import Template
from .compose import COMPACTION_STEPS, compose
from .layout import LayoutTree

PageCounter = Callable[[LayoutTree], int]
"""The pages ``doc`` prints on (the PDF writer's count)."""


def compose_within_budget(
    brief: Brief,
    template: Template,
    count_pages: PageCounter,
    *,
    today: dt.date | None = None,
    release_at: str | None = None,
    first_step: int = 0,
    steps: list[int] | None = None,
) -> tuple[LayoutTree, int | None]:
    """The document to print ``brief`` with ``template`` and the page count
    ``count_pages`` measured for it (None when the template has no budget
    and nothing was measured).  ``release_at``: the releasable version for
    a reader at that level (:func:`~briefer.export.compose.compose`).

    ``first_step`` (an index of :data:`COMPACTION_STEPS`) starts the search
    there instead of at the gentlest step: the live preview passes the step
    of its last render so one measure usually suffices while the user
    types; the result is then only a guess (a gentler step may fit now) and
    the preview checks it with a search from 0 once typing pauses.  The
    index of the step printed is appended to ``steps`` when a list is given."""
    budget = template.layout.page_budget
    if not budget or budget <= 0:
        if steps is not None:
            steps.append(0)
        return compose(brief, template, today=today, release_at=release_at), None
    index = max(0, min(first_step, len(COMPACTION_STEPS) - 1))
    doc = compose(brief, template, today=today, compaction=COMPACTION_STEPS[index], release_at=release_at)
    pages = count_pages(doc)
    while pages > budget and index + 1 < len(COMPACTION_STEPS):
        index += 1
        doc = compose(brief, template, today=today, compaction=COMPACTION_STEPS[index], release_at=release_at)
        pages = count_pages(doc)
    if steps is not None:
        steps.append(index)
    return doc, pages


__all__ = ["PageCounter", "compose_within_budget"]
