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


def test_the_ts_files_hold_the_code_s_strings_all_translated_and_the_qm_files_are_built_from_them():
    assert translations.check() == []


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
