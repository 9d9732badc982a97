"""Templates: the `.brieftemplate` file, the built-ins and looking them up.

A template file comes from outside (a colleague's mail, a shared drive):
every way it can be wrong must end in a clear TemplateFileError naming the
field, never a traceback, and a newer file is refused naming both versions.
"""

from __future__ import annotations

import base64
import io
import json
from importlib.resources import files

import pytest
from PIL import Image as PILImage

from briefer.model.sections import DEFAULT_ORDER
from briefer.templates.style import STYLE_PRESETS
from briefer.model import BriefFileError
from briefer.templates import (
    BuiltinTemplateSource,
    Template,
    TemplateFileError,
    TemplateLibrary,
    TemplateNotFound,
    builtin_templates,
    default_template,
    builtin_library,
    template_from_bytes,
    template_to_bytes,
    template_warnings,
)


def template_named(name: str) -> Template:
    return builtin_library().get(name)


def envelope(template: dict, version: int = 1, fmt: str = "briefer-template") -> bytes:
    return json.dumps({"format": fmt, "version": version, "template": template}).encode()


def load(template: dict) -> Template:
    return template_from_bytes(envelope(template))


def error_of(template: dict | bytes) -> str:
    data = template if isinstance(template, bytes) else envelope(template)
    with pytest.raises(TemplateFileError) as info:
        template_from_bytes(data)
    return str(info.value)


def png_uri(w: int = 40, h: int = 20) -> str:
    buf = io.BytesIO()
    PILImage.new("RGB", (w, h), "#1F3A5F").save(buf, "PNG")
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


# --------------------------------------------------------------------------
# Built-ins
# --------------------------------------------------------------------------


def test_builtins_load_and_each_file_is_named_after_its_template() -> None:
    templates = builtin_templates()
    assert {"bilateral", "quick"} <= set(templates)
    folder = files("briefer.resources") / "templates"
    stems = {e.name.removesuffix(".brieftemplate") for e in folder.iterdir() if e.name.endswith(".brieftemplate")}
    assert stems == set(templates)
    for t in templates.values():
        assert t.description and t.title
        assert template_warnings(t) == []  # built-ins use only known keys
        t.new_brief()  # the skeleton is a valid brief


def test_six_builtins_each_visibly_different() -> None:
    templates = builtin_templates()
    assert list(templates) == ["bilateral", "board", "call", "press", "quick", "visit"]
    looks = {(tuple(t.layout.sections), t.layout.build_style()) for t in templates.values()}
    assert len(looks) == len(templates)
    assert len({t.layout.build_style() for t in templates.values()}) >= 4


def test_every_builtin_composes_the_example_brief() -> None:
    from briefer.export.compose import compose
    from briefer.model import brief_from_bytes

    example = (files("briefer.resources") / "examples" / "kushner-netanyahu-2025-11-10.brief").read_bytes()
    brief = brief_from_bytes(example).brief
    assert brief.layout.template in (None, "bilateral")
    for t in builtin_templates().values():
        doc = compose(brief, t)
        titles = {t.layout.section_titles.get(k) for k in t.layout.sections} - {None}
        printed = set(doc.iter_text())
        assert titles <= printed, t.name


def test_bilateral_is_the_default_and_has_every_section() -> None:
    t = default_template()
    assert t.name == "bilateral"
    assert t.layout.sections == list(DEFAULT_ORDER)


def test_quick_is_a_one_page_compact_brief() -> None:
    t = template_named("quick")
    assert t.layout.sections == ["summary", "key_points", "participants", "risks"]
    assert t.layout.page_budget == 1
    assert t.layout.build_style() == STYLE_PRESETS["compact"]
    assert t.layout.section_titles["key_points"] == "Points to make"


def test_builtins_round_trip_through_bytes() -> None:
    for t in builtin_templates().values():
        data = template_to_bytes(t)
        again = template_from_bytes(data)
        assert again == t
        assert template_to_bytes(again) == data  # deterministic


def test_unknown_template_names_the_available_ones() -> None:
    with pytest.raises(TemplateNotFound) as info:
        template_named("bilaterl")
    assert isinstance(info.value, KeyError)
    assert "'bilaterl'" in str(info.value) and "bilateral" in str(info.value) and "quick" in str(info.value)


def test_lookup_ignores_case_and_returns_a_copy() -> None:
    t = template_named("QUICK")
    t.layout.page_budget = 5
    t.layout.sections.append("background")
    assert template_named("quick").layout.page_budget == 1
    assert "background" not in builtin_templates()["quick"].layout.sections


def test_a_brief_naming_a_missing_template_falls_back_to_the_default() -> None:
    library = builtin_library()
    assert library.for_brief("no such template").name == "bilateral"
    assert library.for_brief(None).name == "bilateral"
    assert library.for_brief("quick").name == "quick"
    assert library.missing_warning("no such template") is not None
    assert library.missing_warning("quick") is None


class _FakeSource:
    label = "user"

    def __init__(self, templates: dict[str, Template]):
        self._templates = templates

    def templates(self) -> dict[str, Template]:
        return self._templates


def test_a_registered_source_adds_templates_and_can_shadow_builtins() -> None:
    mine = load({"name": "quick", "description": "Our own quick brief", "layout": {"sections": ["summary"]}})
    weekly = load({"name": "weekly"})
    library = TemplateLibrary([_FakeSource({"quick": mine, "weekly": weekly}), BuiltinTemplateSource()])
    assert library.get("quick").description == "Our own quick brief"
    assert library.get("weekly").name == "weekly"
    assert [label for t, label in library.entries() if t.name == "bilateral"] == ["built-in"]
    assert library.names().count("quick") == 1
    # Another library is untouched.
    assert template_named("quick").layout.page_budget == 1


def test_new_brief_takes_the_templates_marking_and_names_the_template() -> None:
    t = load(
        {
            "name": "desk",
            "layout": {"marking": "OFFICIAL-SENSITIVE", "draft_watermark": False},
            "skeleton": {"background": "Standing text every brief carries.", "agenda": [{"item": "Welcome"}]},
        }
    )
    brief = t.new_brief("Visit of the Minister")
    assert brief.title == "Visit of the Minister"
    assert brief.marking == "OFFICIAL-SENSITIVE"
    assert brief.layout.template == "desk"
    assert brief.layout.draft_watermark is False
    assert brief.background == "Standing text every brief carries."
    assert brief.agenda[0].item == "Welcome"
    assert t.new_brief().title == "Untitled brief"


def test_a_skeleton_marking_wins_over_the_template_default() -> None:
    t = load({"name": "x", "layout": {"marking": "OFFICIAL"}, "skeleton": {"marking": "SECRET"}})
    assert t.new_brief().marking == "SECRET"


# --------------------------------------------------------------------------
# Layout values
# --------------------------------------------------------------------------


def test_style_overrides_apply_on_top_of_the_preset() -> None:
    t = load(
        {
            "name": "house",
            "layout": {
                "style": "chancery",
                "style_overrides": {
                    "accent_color": "#6b1f2a",
                    "body_size": 11,
                    "heading_rule": True,
                    "severity_fills": ["#FFFFFF", "#CCCCCC", "#888888"],
                },
            },
        }
    )
    style = t.layout.build_style()
    assert style.font_family == STYLE_PRESETS["chancery"].font_family
    assert style.accent_color == "#6B1F2A"
    assert style.body_size == 11
    assert style.heading_rule is True
    assert style.severity_fills == ("#FFFFFF", "#CCCCCC", "#888888")


def test_margins_page_size_and_logo() -> None:
    t = load(
        {
            "name": "letter",
            "layout": {"page_size": "Letter", "margins_mm": {"top": 30, "left": 18}, "logo": png_uri()},
        }
    )
    assert t.layout.page_size == "Letter"
    assert (t.layout.margins_mm.top, t.layout.margins_mm.left, t.layout.margins_mm.right) == (30, 18, 22)


def test_overview_in_a_section_list_is_accepted_and_dropped() -> None:
    assert load({"name": "x", "layout": {"sections": ["overview", "risks"]}}).layout.sections == ["risks"]


def test_an_empty_section_list_survives_a_save() -> None:
    t = load({"name": "cover only", "layout": {"sections": []}})
    assert template_from_bytes(template_to_bytes(t)).layout.sections == []


# --------------------------------------------------------------------------
# Refusing bad files
# --------------------------------------------------------------------------


def test_a_newer_template_is_refused_naming_both_versions() -> None:
    message = error_of(envelope({"name": "future"}, version=7))
    assert "newer Briefer" in message and "7" in message and "1" in message


@pytest.mark.parametrize(
    "data, expected",
    [
        (b"", "empty"),
        (b"\x00\x01binary", "binary, not a template"),
        (b"{not json", "not valid JSON"),
        (b'{"format": "briefer-template", "format": "x"}', "appears twice"),
        (json.dumps({"format": "briefer-brief", "version": 1, "brief": {"title": "x"}}).encode(), "a brief, not a template"),
        (json.dumps({"format": "something", "version": 1}).encode(), "not a Briefer template"),
        (json.dumps({"format": "briefer-template", "version": "1", "template": {}}).encode(), '"version"'),
        (json.dumps({"format": "briefer-template", "version": 0, "template": {}}).encode(), "never existed"),
        (json.dumps({"format": "briefer-template", "version": 1}).encode(), 'no "template" object'),
        (b"[" * 100_000, "nested too deeply"),
    ],
)
def test_files_that_are_not_templates_get_a_clear_message(data: bytes, expected: str) -> None:
    assert expected in error_of(data)


@pytest.mark.parametrize(
    "template, path, expected",
    [
        ({}, "name", "required"),
        ({"name": "  "}, "name", "must not be empty"),
        ({"name": "x", "layout": {"sections": ["summary", "gossip"]}}, "layout.sections", "'gossip' is not a section"),
        ({"name": "x", "layout": {"sections": ["risks", "risks"]}}, "layout.sections", "listed twice"),
        ({"name": "x", "layout": {"section_titles": {"risk": "Risks"}}}, "layout.section_titles", "'risk' is not a section"),
        ({"name": "x", "layout": {"section_titles": {"risks": "a\nb"}}}, "layout.section_titles", "one line"),
        ({"name": "x", "layout": {"style": "glitter"}}, "layout.style", "known styles: ministry"),
        ({"name": "x", "layout": {"style_overrides": {"accent_color": "navy"}}}, "layout.style_overrides", "#RRGGBB"),
        ({"name": "x", "layout": {"style_overrides": {"body_size": 400}}}, "layout.style_overrides", "between"),
        ({"name": "x", "layout": {"style_overrides": {"font": "Arial"}}}, "layout.style_overrides", "not a style setting"),
        ({"name": "x", "layout": {"page_size": "A3"}}, "layout.page_size", "A4"),
        ({"name": "x", "layout": {"margins_mm": {"top": 0}}}, "layout.margins_mm.top", "between 15 and 60"),
        ({"name": "x", "layout": {"margins_mm": {"left": 2}}}, "layout.margins_mm.left", "between 8 and 60"),
        ({"name": "x", "layout": {"page_budget": 0}}, "layout.page_budget", "greater than or equal to 1"),
        ({"name": "x", "layout": {"toc_min_pages": True}}, "layout.toc_min_pages", "integer"),
        ({"name": "x", "layout": {"logo": "data:image/gif;base64,R0lGOD"}}, "layout.logo", "PNG or JPEG"),
        ({"name": "x", "skeleton": {"participants": [{"title": "No name"}]}}, "skeleton", "participants[0].name"),
        ({"name": "x", "skeleton": {"summary": "bell \x07"}}, "skeleton", "U+0007"),
        ({"name": "x", "hints": {"sumary": "typo"}}, "hints", "'sumary' does not name a brief field"),
        ({"name": "x", "description": "esc \x1b"}, "description", "control character"),
    ],
)
def test_bad_template_content_names_the_field(template: dict, path: str, expected: str) -> None:
    with pytest.raises(TemplateFileError) as info:
        template_from_bytes(envelope(template))
    assert any(p.path == path and expected in p.message for p in info.value.problems), info.value.problems
    assert isinstance(info.value, BriefFileError)  # handled like any bad input file


def test_unknown_keys_are_kept_and_reported() -> None:
    t = load({"name": "x", "reference_docx": "house.docx", "layout": {"columns": 2}})
    assert {p.path for p in template_warnings(t)} == {"reference_docx", "layout.columns"}
    again = json.loads(template_to_bytes(t))["template"]
    assert again["reference_docx"] == "house.docx" and again["layout"]["columns"] == 2


def test_hints_are_kept_for_the_app() -> None:
    t = load({"name": "x", "hints": {"participants[].bio": "Two lines", "meeting.location": "Room"}})
    assert t.hints["participants[].bio"] == "Two lines"
