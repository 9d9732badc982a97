"""The interface translations (French, Arabic): the .ts sources hold every
string of the code, all translated, with the same placeholders, and the
committed .qm files are built from them (scripts/translations.py)."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(translations)

_PLACEHOLDER = re.compile(r"%(?:\d|s|d)")


def test_the_ts_files_hold_every_string_of_the_code():
    assert translations.check("strings") == []


def test_every_string_is_translated_into_french_and_arabic():
    assert translations.check("translated") == []


def test_the_qm_files_are_built_from_the_ts_files():
    assert translations.check("built") == []


def test_every_message_of_the_checks_has_a_translatable_template():
    """The problems panel translates the checks' messages by template
    (briefer/gui/problem_text.py): each message the checks can write matches one."""
    import datetime as dt

    from briefer.checks import check_brief
    from briefer.gui.problem_text import _patterns
    from briefer.model import Brief

    briefs = [
        Brief(title="Untitled brief"),
        Brief.model_validate({
            "title": "T", "status": "final", "marking": "BANANA",
            "meeting": {"format": "phone", "timezone": "Mars/Base", "home_timezone": "Nowhere",
                        "date": "2026-01-10", "start": "10:00", "end": "09:00"},
            "participants": [{"name": "A"}],
            "risks": [{"risk": "R"}],
            "open_issues": [{"issue": "Late", "due": "2020-01-01"}, {"issue": "Soon", "due": "2026-01-09"},
                            {"issue": "No owner"}],
            "distribution": [{"name": "X", "copy_number": 1}, {"name": "Y", "copy_number": 1}],
            "agenda": [{"item": "Not printed by the quick template"}],
            "layout": {"template": "quick"},
            "clearances": [{"name": "Legal"}, {"name": "Press office", "status": "not cleared"}],
            "decisions": [{"decision": "Approve the budget"}],
            "questions": [{"question": "Will you meet Hamas?"}],
        }),
        Brief.model_validate({"title": "T", "participants": [{"name": "P", "role": "principal"}],
                              "layout": {"template": "press"}}),
    ]
    messages = []
    for brief in briefs:
        messages += [f.message for f in check_brief(brief, page_count=9, page_budget=2, today=dt.date(2026, 1, 8))]
    unmatched = [m for m in messages if not any(p.fullmatch(m) for p, _t in _patterns())]
    assert unmatched == [], "add a template for these to briefer/gui/problem_text.py, then scripts/translations.py update"
    assert len(messages) >= 20


@pytest.mark.parametrize("lang", sorted(translations.LANGUAGES))
def test_translations_keep_the_placeholders_and_one_mnemonic(lang):
    for (context, source, _comment), forms in translations._read_ts(translations.ts_path(lang)).items():
        want = sorted(_PLACEHOLDER.findall(source))
        for form in forms:
            assert sorted(_PLACEHOLDER.findall(form)) == want, (context, source, form)
            if re.search(r"&[^&\s]", source):
                assert len(re.findall(r"&[^&\s]", form)) == 1, (context, source, form)
        if "%n" in source and lang == "fr":
            assert all("%n" in form for form in forms), (context, source, forms)


def test_every_qm_is_installed_with_the_package():
    from importlib import resources

    folder = resources.files("briefer.resources").joinpath("translations")
    for lang in translations.LANGUAGES:
        assert folder.joinpath(f"briefer_{lang}.qm").is_file()


def test_arabic_turns_the_interface_right_to_left():
    forms = translations._read_ts(translations.ts_path("ar"))
    assert [f for (c, s, _m), f in forms.items() if c == "QGuiApplication" and s == "QT_LAYOUT_DIRECTION"] == [["RTL"]]
