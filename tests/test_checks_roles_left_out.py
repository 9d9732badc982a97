"""A template that leaves some participants' roles out (press) is not a
render that was shortened: the page-budget warning speaks only of what the
render left out (a local name once hid the parameter)."""

from __future__ import annotations

from briefer.checks import check_brief
from briefer.model import Brief
from helpers.exporting import builtin


def test_roles_a_template_leaves_out_are_not_reported_as_a_shortened_export():
    brief = Brief.model_validate({"title": "T", "participants": [{"name": "P", "role": "principal"}],
                                  "layout": {"template": "press"}})
    messages = [f.message for f in check_brief(brief, template=builtin("press"))]
    assert any(m.startswith("No participant is printed") for m in messages)
    assert not any("export is shortened" in m for m in messages), messages
    shortened = check_brief(brief, template=builtin("press"), left_out=["Background"])
    assert any("export is shortened: Background" in f.message for f in shortened)
