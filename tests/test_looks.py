"""The looks table is writer-neutral, complete, and what both writers print.

Another writer (HTML, say) must need nothing but the layout tree and the
looks table: the table imports no writer library and has a look for every
role the layout tree uses.
"""

from __future__ import annotations

import ast
import io
import subprocess
import sys
import typing
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from briefer.export import looks as looks_module
from briefer.export.layout import LayoutTree, Heading, KeyValue, Para, ParaStyle, Run, Table, TableOfContents
from briefer.export.docx import write_docx
from briefer.export.docx_styles import word_looks
from briefer.export.looks import CONTENTS_DEPTH, HEADING_LEVELS, Look, TextRole, looks_for
from briefer.templates.style import STYLE_PRESETS

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_the_looks_table_imports_no_writer_library() -> None:
    tree = ast.parse(Path(looks_module.__file__).read_text(encoding="utf-8"))
    imported = {
        (node.module or "") if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, (ast.Import, ast.ImportFrom))
        for alias in node.names
    }
    assert imported <= {"__future__", "dataclasses", "typing", "templates.style", "layout"}, imported
    code = (
        "import sys\n"
        "from briefer.templates.style import Style\n"
        "from briefer.export.looks import looks_for\n"
        "looks_for(Style())\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'reportlab', 'docx', 'PySide6'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("preset", sorted(STYLE_PRESETS))
def test_every_role_of_the_layout_tree_has_a_look(preset: str) -> None:
    looks = looks_for(STYLE_PRESETS[preset])
    roles = set(typing.get_args(TextRole))
    assert set(looks.text) == roles
    assert set(typing.get_args(ParaStyle)) <= roles  # every Para.style
    assert {f"h{n}" for n in range(1, HEADING_LEVELS + 1)} <= roles  # every heading level
    assert {f"contents_{n}" for n in range(1, CONTENTS_DEPTH + 1)} <= roles  # every contents level
    kinds = typing.get_args(typing.get_type_hints(Table)["kind"])
    assert set(looks.tables) == set(kinds)  # every Table.kind
    for kind in kinds:
        assert looks.tables[kind].text in roles and looks.tables[kind].header in roles
    for look in looks.text.values():
        assert isinstance(look, Look) and look.size > 0 and look.colour.startswith("#")


def test_an_html_writer_needs_only_the_tree_and_the_looks() -> None:
    """A few lines of CSS from the looks: no reportlab, no Word."""
    looks = looks_for(STYLE_PRESETS["ministry"])

    def css(role: str) -> str:
        look = looks.role(role)  # type: ignore[arg-type]
        return (
            f".{role}{{font:{'bold ' if look.bold else ''}{look.size}pt/{look.line_height} '{look.family}';"
            f"color:{look.colour};margin:{look.before}pt 0 {look.after}pt {look.indent}pt}}"
        )

    sheet = "\n".join(css(role) for role in looks.text)
    widths = looks.column_widths([1, 1, 1, 1], "matrix")
    assert ".h1{font:bold" in sheet and ".table_cell{" in sheet and ".banner{" in sheet
    assert len(widths) == 4 and widths[1] == widths[2] == widths[3] < widths[0] * 2


def _styles_xml(data: bytes) -> etree._Element:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return etree.fromstring(z.read("word/styles.xml"))


@pytest.mark.parametrize("preset", ["ministry", "compact"])
def test_the_word_styles_are_the_looks(preset: str) -> None:
    """Each Word style carries its look's size, colour, weight and spacing:
    the Word writer adds no layout numbers of its own."""
    doc = LayoutTree(
        title="t",
        blocks=[Heading("H", 1), Para((Run("x"),)), KeyValue([("Date", (Run("today"),))]), TableOfContents()],
        style=STYLE_PRESETS[preset],
        marking="OFFICIAL",
        toc_min_pages=1,
    )
    buf = io.BytesIO()
    write_docx(doc, buf)
    styles = _styles_xml(buf.getvalue())
    for style_id, look in word_looks(looks_for(doc.style, doc.page)).items():
        style = styles.find(f"{W}style[@{W}styleId='{style_id}']")
        assert style is not None, style_id
        spacing = style.find(f"{W}pPr/{W}spacing")

        def effective(tag: str, style: etree._Element | None = style) -> etree._Element | None:
            """A run property as Word resolves it: the style, the styles it
            is based on, then the document defaults (styles cascade)."""
            while style is not None:
                found = style.find(f"{W}rPr/{W}{tag}")
                if found is not None:
                    return found
                based = style.find(f"{W}basedOn")
                style = None if based is None else styles.find(f"{W}style[@{W}styleId='{based.get(f'{W}val')}']")
            return styles.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr/{W}{tag}")

        assert effective("sz").get(f"{W}val") == str(round(look.size * 2)), style_id
        assert effective("color").get(f"{W}val") == look.colour.lstrip("#").upper(), style_id
        bold = effective("b")
        assert (bold is not None and bold.get(f"{W}val") != "0") == look.bold, style_id
        assert spacing.get(f"{W}after") == str(round(look.after * 20)), style_id
        assert spacing.get(f"{W}before") == str(round(look.before * 20)), style_id


def test_word_key_value_label_column_is_the_looks_fraction() -> None:
    doc = LayoutTree(title="t", blocks=[KeyValue([("Date", (Run("today"),))])])
    buf = io.BytesIO()
    write_docx(doc, buf)
    with zipfile.ZipFile(buf) as z:
        body = etree.fromstring(z.read("word/document.xml"))
    label, value = (int(g.get(f"{W}w")) for g in body.iter(f"{W}gridCol"))
    fraction = looks_for(doc.style).key_value.label_fraction
    assert abs(label / (label + value) - fraction) < 0.001


@pytest.mark.parametrize("preset", ["ministry", "compact"])
def test_the_pdf_styles_are_the_looks(preset: str) -> None:
    """Each reportlab paragraph style is its look: size, leading, colour,
    weight and spacing (the PDF writer adds no layout numbers of its own)."""
    from briefer.export import fonts
    from briefer.export.pdf import _styles

    looks = looks_for(STYLE_PRESETS[preset])
    styles = _styles(looks, "en-GB")
    assert set(styles) == set(looks.text)
    for role, look in looks.text.items():
        ps = styles[role].para
        assert (ps.fontSize, ps.leading, ps.spaceBefore, ps.spaceAfter, ps.leftIndent) == (
            look.size,
            look.leading,
            look.before,
            look.after,
            look.indent,
        ), role
        assert ps.textColor.hexval()[2:].upper() == look.colour.lstrip("#").upper(), role
        assert ps.fontName == fonts.latin_face(look.family, look.bold, look.italic), role
