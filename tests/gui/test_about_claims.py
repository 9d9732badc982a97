"""Help ▸ About Briefer says only what is true (issue 13): which fonts the
Word export embeds, and that every library it names is one Briefer uses."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from helpers.interface import interface_language
from briefer.export import docx_fonts
from briefer.gui.about import COMPONENTS, about_html


def _word_embeds(family: str) -> bool:
    scripts = {name for _script, name, _faces in docx_fonts.script_faces()}
    return family in scripts or bool(docx_fonts.latin_faces(family))


def test_each_font_row_says_whether_word_files_embed_it():
    rows = [(name, use) for name, lic, use in COMPONENTS if "Font License" in lic]
    assert rows
    for name, use in rows:
        families = ["Noto Sans", "Noto Sans SC", "Noto Sans JP", "Noto Sans KR"] if "/" in name else [name]
        for family in families:
            if _word_embeds(family):
                assert "PDF and Word exports" in use and "name" not in use, (family, use)
            else:
                assert "Word files name it" in use, (family, use)


def test_every_library_named_is_installed_and_every_dependency_is_named():
    text = about_html()
    # pyproject.toml, not the installed metadata: an editable install's
    # metadata keeps the dependencies of the day it was made
    with open(Path(__file__).resolve().parents[2] / "pyproject.toml", "rb") as f:
        requires = tomllib.load(f)["project"]["dependencies"]
    wanted = {re.split(r"[<>=\[ ;]", r)[0].lower() for r in requires}
    named = text.lower()
    aliases = {"pillow": "pillow", "fonttools": "fonttools", "pyside6-essentials": "pyside6", "pyside6-addons": "pyside6",
               "rendercv-fonts": "noto sans", "python-bidi": "python-bidi"}
    for package in wanted:
        if package.startswith("fontpkg-"):
            package = package.removeprefix("fontpkg-").replace("-", " ")
        assert aliases.get(package, package) in named, package


def test_the_about_box_is_in_the_interface_language(qapp):

    with interface_language(qapp, "fr_FR"):
        text = about_html()
    assert "licence MIT" in text and "hors ligne" in text and "exports PDF et Word" in text
