"""The brief template: a skeleton brief, hints and layout choices, and its
`.brieftemplate` file envelope.

``docs/template-format.md`` is the contract for the file; this module is its
code.  A template file comes from a colleague's mail or a shared drive and
is treated as hostile: :func:`template_from_bytes` reads it with the same
strict JSON rules as a brief (:func:`briefer.model.fileformat.parse_json`)
and every way it can be wrong ends in a :class:`TemplateFileError` that
names the field path, never in a traceback.

Like the brief model, every object keeps keys it does not know
(``extra="allow"``) so a template from a newer minor release loses nothing.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..model.sections import DEFAULT_ORDER, OVERVIEW, ORDERABLE_KEYS, SECTION_KEYS
from .style import STYLE_PRESETS, Style, style_preset
from ..model.brief import UNTITLED_TITLE, Brief, Role, Text, decode_photo
from ..model.fileformat import BriefFileError, Problem, open_envelope, parse_json, problems_from_validation
from ..model.text import describe_char, find_forbidden_char, normalize_newlines
from .markings import DEFAULT_SCHEME, SCHEMES, MarkingScheme, scheme_named
from .reference_docx import ReferenceDocxError, load_reference_docx

FORMAT_NAME = "briefer-template"
CURRENT_VERSION = 1
FILE_EXTENSION = ".brieftemplate"
MAX_TEMPLATE_BYTES = 12 * 1024 * 1024
"""A template is text plus at most a 2 MiB logo and a 5 MB Word reference
document, both as base64; anything bigger is not one."""

DEFAULT_PRESET = "ministry"


PdfStandard = Literal["ua-1", "a-2a", "a-2b"]
"""The standards a tagged PDF export can meet (``--pdf-standard``)."""
PDF_STANDARDS: tuple[PdfStandard, ...] = ("ua-1", "a-2a", "a-2b")


class TemplateFileError(BriefFileError):
    """A file that is not a readable template.  ``str()`` is one sentence;
    ``problems`` lists every problem with its field path (e.g.
    ``layout.sections[2]``).  A subclass of :class:`BriefFileError` so that
    code reporting bad input files (the CLI) handles both alike."""


# --------------------------------------------------------------------------
# Value checks
# --------------------------------------------------------------------------

_COLOR_RE = re.compile(r"#[0-9A-Fa-f]{6}")
_STYLE_FIELDS = {f.name: f for f in dataclasses.fields(Style)}
_MAX_SIZE_PT = 96.0


def _check_number(value: Any, what: str, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{what} must be a number")
    if not low <= value <= high:
        raise ValueError(f"{what} must be between {low:g} and {high:g}, not {value:g}")
    return float(value)


def _check_color(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _COLOR_RE.fullmatch(value):
        raise ValueError(f"{what} must be a colour written #RRGGBB, not {value!r}")
    return value.upper()


def _check_style_value(name: str, value: Any) -> Any:
    """The value of one Style override, checked by what the field holds."""
    if name not in _STYLE_FIELDS:
        raise ValueError(f"{name!r} is not a style setting; known: {', '.join(sorted(_STYLE_FIELDS))}")
    default = getattr(style_preset(None), name)
    what = name
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{what} must be true or false")
        return value
    if isinstance(default, float):
        if name == "line_spacing":
            return _check_number(value, what, 0.8, 3.0)
        if name == "watermark_opacity":
            return _check_number(value, what, 0.05, 1.0)
        return _check_number(value, what, 0.0 if name.endswith("_pt") else 4.0, _MAX_SIZE_PT)
    if isinstance(default, tuple):
        if not isinstance(value, list) or len(value) != len(default):
            raise ValueError(f"{what} must be a list of {len(default)} values")
        if isinstance(default[0], str):
            return tuple(_check_color(v, f"each of {what}") for v in value)
        return tuple(_check_number(v, f"each of {what}", 4.0, _MAX_SIZE_PT) for v in value)
    if name == "font_family":
        if not isinstance(value, str) or not value.strip() or len(value) > 80 or find_forbidden_char(value):
            raise ValueError(f"{what} must be a font name")
        return value.strip()
    return _check_color(value, what)  # every other text setting is a colour


def _check_long(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{what} must be text")
    value = normalize_newlines(value)
    bad = find_forbidden_char(value)
    if bad is not None:
        raise ValueError(f"{what} contains the control character {describe_char(bad)}; remove it")
    return value


_BRIEF_FIELDS = frozenset(Brief.model_fields)
_HINT_ROOT_RE = re.compile(r"[a-z_]+")


# --------------------------------------------------------------------------
# Models
# --------------------------------------------------------------------------


class _TemplatePart(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=True)

    def unknown_keys(self, path: str = "") -> list[str]:
        """Paths of keys this version does not know (kept, reported as warnings)."""
        out = [f"{path}.{k}" if path else k for k in (self.model_extra or {})]
        for name in type(self).model_fields:
            value = getattr(self, name)
            if isinstance(value, _TemplatePart):
                out += value.unknown_keys(f"{path}.{name}" if path else name)
        return out


class Margins(_TemplatePart):
    """Page margins in millimetres."""

    top: float = 25
    right: float = 22
    bottom: float = 22
    left: float = 22

    @field_validator("top", "bottom", mode="before")
    @classmethod
    def _band(cls, v: Any) -> float:
        # The top and bottom margins carry the marking, running header and
        # page number: below 15 mm they would crowd each other.
        return _check_number(v, "a top or bottom margin", 15, 60)

    @field_validator("right", "left", mode="before")
    @classmethod
    def _margin(cls, v: Any) -> float:
        return _check_number(v, "a margin", 8, 60)


class TemplateLayout(_TemplatePart):
    """How briefs made from the template look when exported."""

    sections: list[str] = Field(default_factory=lambda: list(DEFAULT_ORDER))
    """Body sections to print, in order; a section not listed is not printed."""
    section_titles: dict[str, str] = Field(default_factory=dict)
    page_size: Literal["A4", "Letter"] = "A4"
    margins_mm: Margins = Field(default_factory=Margins)
    style: str = DEFAULT_PRESET
    """A preset name from :data:`briefer.templates.style.STYLE_PRESETS`."""
    style_overrides: dict[str, Any] = Field(default_factory=dict)
    """Single :class:`Style` settings that replace the preset's."""
    logo: str | None = None
    """A PNG or JPEG data URI printed on the cover."""
    marking: Text = None
    """The handling marking new briefs start with (export uses the brief's)."""
    marking_scheme: str = DEFAULT_SCHEME
    """A key of :data:`briefer.templates.markings.SCHEMES`: the levels the
    briefs' markings are read against."""
    portion_marks: bool | None = None
    """Print each portion's short form before it, "(S) "; None: only for
    the us scheme, where marking every portion is the rule."""
    release_note: bool = False
    """A releasable version says under its cover that it omits material
    above its level.  Off by default: nothing gives a removal away."""
    page_budget: Annotated[int, Field(ge=1, le=1000, strict=True)] | None = None
    """Pages the brief should fit in; the app warns when it runs over."""
    toc_min_pages: Annotated[int, Field(ge=1, le=1000, strict=True)] | None = None
    """Add a table of contents when the document runs longer than this."""
    draft_watermark: bool = True
    """Whether new briefs print DRAFT while they are drafts."""
    risk_matrix: bool = True
    """Print the likelihood × impact heat map under the risk table."""
    decisions_lead: Text = None
    """The sentence printed before the numbered decisions, e.g. "The Board is asked to:"."""
    participants_leave_out_roles: list[Role] = Field(default_factory=list)
    """Roles the participants section does not print: a press brief lists
    the interviewer and the outlets, not our principal and advisers."""
    whos_who_table_over: Annotated[int, Field(ge=0, le=1000, strict=True)] | None = None
    """With more participants than this, the who's-who prints as a compact
    table (photo, name, role, one line) and the full biographies go to an
    annex at the end; None: always one entry per participant."""
    reference_docx: str | None = None
    """A Word document (.docx, base64) whose styles the Word export uses;
    checked as hostile input (:mod:`.reference_docx`) when the template is read."""
    pdf_standard: PdfStandard | None = None
    """The PDF export's default: a tagged PDF meeting this standard
    ("ua-1": accessible, PDF/UA-1; "a-2a"/"a-2b": archival, PDF/A-2),
    written by Typst, instead of the standard PDF."""

    @field_validator("sections", mode="before")
    @classmethod
    def _sections(cls, v: Any) -> Any:
        if not isinstance(v, list):
            raise ValueError("must be a list of section keys")
        out: list[str] = []
        for i, key in enumerate(v):
            if key == OVERVIEW:
                continue  # the cover is always first; accept it and move on
            if not isinstance(key, str) or key not in ORDERABLE_KEYS:
                raise ValueError(
                    f"item {i + 1}: {key!r} is not a section; known sections: {', '.join(DEFAULT_ORDER)}"
                )
            if key in out:
                raise ValueError(f"item {i + 1}: the section {key!r} is listed twice")
            out.append(key)
        return out

    @field_validator("section_titles", mode="before")
    @classmethod
    def _titles(cls, v: Any) -> Any:
        if v is None:
            return {}
        if not isinstance(v, dict):
            raise ValueError("must be an object of section key to title")
        out = {}
        for key, title in v.items():
            if key not in SECTION_KEYS:
                raise ValueError(f"{key!r} is not a section; known sections: {', '.join(SECTION_KEYS)}")
            if not isinstance(title, str) or not title.strip() or "\n" in title or find_forbidden_char(title):
                raise ValueError(f"the title of {key!r} must be one line of text")
            out[key] = title.strip()
        return out

    @field_validator("style", mode="before")
    @classmethod
    def _style(cls, v: Any) -> Any:
        if v is None:
            return DEFAULT_PRESET
        if v not in STYLE_PRESETS:
            raise ValueError(f"{v!r} is not a style; known styles: {', '.join(STYLE_PRESETS)}")
        return v

    @field_validator("marking_scheme", mode="before")
    @classmethod
    def _marking_scheme(cls, v: Any) -> Any:
        if v is None:
            return DEFAULT_SCHEME
        if not isinstance(v, str):
            raise ValueError(f"must be the name of a marking scheme: one of {', '.join(SCHEMES)}")
        return scheme_named(v).key

    @field_validator("style_overrides", mode="before")
    @classmethod
    def _overrides(cls, v: Any) -> Any:
        if v is None:
            return {}
        if not isinstance(v, dict):
            raise ValueError("must be an object of style setting to value")
        for name, value in v.items():
            _check_style_value(name, value)
        return dict(v)

    @field_validator("logo", mode="before")
    @classmethod
    def _logo(cls, v: Any) -> Any:
        if v is None or v == "":
            return None
        if not isinstance(v, str):
            raise ValueError("must be a data URI of a PNG or JPEG image")
        decode_photo(v)  # same rules as a participant's photo (type, size)
        return v

    @field_validator("reference_docx", mode="before")
    @classmethod
    def _reference_docx(cls, v: Any) -> Any:
        if v is None or v == "":
            return None
        if not isinstance(v, str):
            raise ValueError("must be a .docx file as base64 text")
        try:
            data = base64.b64decode("".join(v.split()), validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("must be a .docx file as base64 text; it is not valid base64") from None
        try:
            load_reference_docx(data)
        except ReferenceDocxError as e:
            raise ValueError(str(e)) from None
        return "".join(v.split())

    def reference_docx_bytes(self) -> bytes | None:
        """The Word reference document's bytes (already checked), or None."""
        return base64.b64decode(self.reference_docx) if self.reference_docx else None

    @field_validator("margins_mm", mode="before")
    @classmethod
    def _margins(cls, v: Any) -> Any:
        return {} if v is None else v

    def build_style(self) -> Style:
        """The preset with this layout's overrides applied."""
        base = style_preset(self.style)
        if not self.style_overrides:
            return base
        changes = {name: _check_style_value(name, value) for name, value in self.style_overrides.items()}
        return base.with_(**changes)


class Template(_TemplatePart):
    """A named starting point for briefs: skeleton content, hints and layout."""

    name: str
    """The template's identifier, e.g. ``bilateral`` (``briefer new --template NAME``)."""
    title: Text = None
    """The name shown in the gallery, e.g. "Bilateral meeting"; defaults to ``name``."""
    description: str | None = None
    layout: TemplateLayout = Field(default_factory=TemplateLayout)
    skeleton: dict[str, Any] = Field(default_factory=dict)
    """Brief data new briefs start with (standing text, prefilled rows)."""
    hints: dict[str, str] = Field(default_factory=dict)
    """Field path (``summary``, ``participants[].bio``) → placeholder text in
    the app.  Hints are never printed."""

    @property
    def scheme(self) -> MarkingScheme:
        """The marking scheme named by ``layout.marking_scheme``."""
        return SCHEMES[self.layout.marking_scheme]

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, v: Any) -> Any:
        if not isinstance(v, str) or not v.strip():
            raise ValueError("is required and must not be empty")
        if "\n" in v or "\r" in v or find_forbidden_char(v) or len(v) > 100:
            raise ValueError("must be one line of text of at most 100 characters")
        return v.strip()

    @field_validator("description", mode="before")
    @classmethod
    def _description(cls, v: Any) -> Any:
        if v is None:
            return None
        v = _check_long(v, "the description")
        return v if v.strip() else None

    @field_validator("layout", mode="before")
    @classmethod
    def _layout(cls, v: Any) -> Any:
        return {} if v is None else v

    @field_validator("skeleton", mode="before")
    @classmethod
    def _skeleton(cls, v: Any) -> Any:
        if v is None:
            return {}
        if not isinstance(v, dict):
            raise ValueError("must be an object holding brief fields")
        data = dict(v)
        data["title"] = data.get("title") or UNTITLED_TITLE
        try:
            Brief.model_validate(data)
        except ValidationError as e:
            first = problems_from_validation(e)[0]
            raise ValueError(f"is not valid brief content: {first}") from None
        return v

    @field_validator("hints", mode="before")
    @classmethod
    def _hints(cls, v: Any) -> Any:
        if v is None:
            return {}
        if not isinstance(v, dict):
            raise ValueError("must be an object of field path to hint text")
        out = {}
        for path, hint in v.items():
            root = _HINT_ROOT_RE.match(path)
            if root is None or root.group(0) not in _BRIEF_FIELDS:
                raise ValueError(f"{path!r} does not name a brief field (e.g. 'summary', 'participants[].bio')")
            out[path] = _check_long(hint, f"the hint for {path!r}")
        return out

    @property
    def display_title(self) -> str:
        return self.title or self.name

    def skeleton_brief(self, title: str | None = None) -> Brief:
        """The skeleton as a :class:`Brief` (title: ``title``, else the
        skeleton's, else "Untitled brief").  Raises ``ValidationError``."""
        data = dict(self.skeleton)
        if title is not None or not data.get("title"):
            data["title"] = title or UNTITLED_TITLE
        return Brief.model_validate(data)

    def new_brief(self, title: str | None = None) -> Brief:
        """A new brief made from this template: the skeleton's content, the
        template's default marking and watermark choice, and
        ``layout.template`` naming the template it is exported with."""
        brief = self.skeleton_brief(title)
        if brief.marking is None and self.layout.marking:
            brief.marking = self.layout.marking
        brief.layout.template = self.name
        brief.layout.draft_watermark = self.layout.draft_watermark
        return brief


# --------------------------------------------------------------------------
# The file
# --------------------------------------------------------------------------


def _as_template_error(err: BriefFileError) -> TemplateFileError:
    """parse_json speaks of briefs; a template file's messages speak of templates."""
    return TemplateFileError(
        [Problem(p.path, p.message.replace("a brief", "a template")) for p in err.problems]
    )


def template_from_bytes(data: bytes) -> Template:
    """Read a whole `.brieftemplate` file.  Raises :class:`TemplateFileError`."""
    if len(data) > MAX_TEMPLATE_BYTES:
        raise TemplateFileError(
            f"the file is {len(data) / 1e6:.1f} MB; a template is at most {MAX_TEMPLATE_BYTES // (1024 * 1024)} MB"
        )
    try:
        doc = parse_json(data)
    except BriefFileError as e:
        raise _as_template_error(e) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT_NAME:
        if isinstance(doc, dict) and doc.get("format") == "briefer-brief":
            raise TemplateFileError("this is a brief, not a template; open it as a brief")
        raise TemplateFileError(f'this is not a Briefer template (no "format": "{FORMAT_NAME}" in the file)')
    content, _version = open_envelope(
        doc, content_key="template", current=CURRENT_VERSION, oldest=1, error=TemplateFileError, kind="template ", verb="use"
    )
    try:
        return Template.model_validate(content)
    except ValidationError as e:
        raise TemplateFileError(problems_from_validation(e)) from None
    except RecursionError:
        raise TemplateFileError("the file is nested too deeply to be a template") from None


def template_warnings(template: Template) -> list[Problem]:
    """Keys the template holds that this version does not know (kept)."""
    return [Problem(p, "unknown key (kept as it is)") for p in template.unknown_keys()]


def template_to_data(template: Template) -> dict[str, Any]:
    return template.model_dump(mode="json", exclude_none=True)


def template_to_bytes(template: Template) -> bytes:
    """The file content for ``template``: deterministic, UTF-8, two-space indent."""
    doc = {"format": FORMAT_NAME, "version": CURRENT_VERSION, "template": template_to_data(template)}
    text = json.dumps(doc, ensure_ascii=False, indent=2, allow_nan=False)
    return (text + "\n").encode("utf-8")


__all__ = [
    "FORMAT_NAME",
    "CURRENT_VERSION",
    "FILE_EXTENSION",
    "MAX_TEMPLATE_BYTES",
    "PDF_STANDARDS",
    "PdfStandard",
    "TemplateFileError",
    "Margins",
    "TemplateLayout",
    "Template",
    "template_from_bytes",
    "template_to_bytes",
    "template_to_data",
    "template_warnings",
]
