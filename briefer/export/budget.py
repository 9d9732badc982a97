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
from .looks import looks_for

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
    last = len(COMPACTION_STEPS) - 1
    index = max(0, min(first_step, last))

    def at(i: int) -> LayoutTree:
        return compose(brief, template, today=today, compaction=COMPACTION_STEPS[i], release_at=release_at)

    doc = at(index)
    estimate = _estimate(doc)
    if index == 0 and estimate <= budget / 2 - 1:
        # Far inside the budget by the estimate (within a page of the PDF):
        # nothing to measure, so a Word export renders no PDF to count.
        if steps is not None:
            steps.append(0)
        return doc, None
    pages = count_pages(doc)
    while pages > budget and index < last:
        # Each measure is a whole PDF render (seconds for a long brief):
        # skip the steps that the estimate, scaled to what was just
        # measured, says cannot fit; the last step is always tried.
        scale = pages / max(estimate, 0.1)
        index += 1
        doc = at(index)
        estimate = _estimate(doc)
        while index < last and estimate * scale > budget * SKIP_MARGIN:
            index += 1
            doc = at(index)
            estimate = _estimate(doc)
        pages = count_pages(doc)
    if steps is not None:
        steps.append(index)
    return doc, pages


SKIP_MARGIN = 1.5
"""A step is measured unless its scaled estimate is half as long again as
the budget: the estimate sees text, not every spacing, and a step skipped
wrongly prints a brief more compact than it needed to be.  Long briefs far
over their budget go straight to the steps that can fit."""


def _estimate(doc: LayoutTree) -> float:
    return looks_for(doc.style, doc.page).estimated_pages(doc.iter_text())


__all__ = ["PageCounter", "compose_within_budget"]
