"""A brief's layout over its template's: the one place that rule is written.

A brief is printed with its template's layout except where the brief's own
``layout`` says otherwise (:class:`briefer.model.brief.Layout`): ``sections``
(which body sections print and in what order; None = the template's),
``section_titles`` (title overrides, blank ones ignored), ``page_size``
(None = the template's) and ``draft_watermark``.  Export, the brief layout
dialog and "save as template" all read :func:`effective_layout`.

No Qt here.
"""

from __future__ import annotations

from typing import Literal

from ..model.brief import Brief
from ..model.sections import DEFAULT_ORDER, SECTION_KEYS, resolve_order, section_is_filled
from .model import Template, TemplateLayout

PageSize = Literal["A4", "Letter"]


def brief_page_size(value: str | None) -> PageSize | None:
    """A brief's stored ``layout.page_size`` as it applies: "A4", "Letter"
    (any case, surrounding spaces ignored) or None (the template's)."""
    wanted = (value or "").strip().casefold()
    return {"a4": "A4", "letter": "Letter"}.get(wanted)  # type: ignore[return-value]


def effective_layout(template: Template, brief: Brief) -> TemplateLayout:
    """``template``'s layout with ``brief``'s own choices applied (a copy;
    neither argument changes)."""
    own = brief.layout
    titles = dict(template.layout.section_titles)
    for key, title in own.section_titles.items():
        if key in SECTION_KEYS and isinstance(title, str) and title.strip():
            titles[key] = title.strip()
    return template.layout.model_copy(
        deep=True,
        update={
            "sections": resolve_order(template.layout.sections, own.sections),
            "section_titles": titles,
            "page_size": brief_page_size(own.page_size) or template.layout.page_size,
            "draft_watermark": own.draft_watermark,
        },
    )


def hidden_filled_sections(brief: Brief, template: Template) -> list[str]:
    """Keys of sections the brief has content in that its effective layout
    does not print, so the app can warn the user."""
    shown = set(effective_layout(template, brief).sections)
    return [k for k in DEFAULT_ORDER if k not in shown and section_is_filled(brief, k)]


__all__ = ["PageSize", "brief_page_size", "effective_layout", "hidden_filled_sections"]
