"""Word styles and numbering from the house :class:`~briefer.export.style.Style`.

The writer uses Word's *built-in* styles (Normal, Heading 1–3, Title,
Subtitle, List Bullet, List Number, Caption, Header, Footer) restyled from
the house style, so Word's navigation pane, outline view and TOC field work
and a reader can restyle the brief the usual way.  The few paragraph kinds
Word has no built-in for (lead, label, small, muted, table text) get
styles of their own, based on Normal.

Every size, colour and font comes from ``Style``; the theme fonts and
theme colours of python-docx's default template are removed so they cannot
leak through.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as DocxDocument
from lxml import etree

from .docx_xml import (
    PPR_ORDER,
    RPR_ORDER,
    border,
    el,
    half_points,
    hex_colour,
    on,
    replace_child,
    twips_from_mm,
    twips_from_pt,
    w,
)
from ..templates.style import Style

# ParaStyle of the layout tree → Word style id.
PARA_STYLE_IDS: dict[str, str] = {
    "body": "Normal",
    "lead": "Lead",
    "title": "Title",
    "subtitle": "Subtitle",
    "label": "Label",
    "small": "Small",
    "muted": "Muted",
}
HEADING_STYLE_IDS = ("Heading1", "Heading2", "Heading3")
TABLE_TEXT_ID = "TableText"

_THEME_FONT_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_THEME_COLOUR_ATTRS = ("themeColor", "themeShade", "themeTint")
_RTL_LANGUAGES = ("ar", "he", "fa", "ur", "yi", "ps")
_CJK_LANGUAGES = ("zh", "ja", "ko")


@dataclass(frozen=True)
class _Look:
    size: float
    colour: str
    bold: bool = False
    italic: bool = False
    before: float = 0.0
    after: float = 0.0
    line: float | None = None  # multiple of single spacing
    keep_next: bool = False
    rule: str | None = None  # colour of a thin line under the paragraph
    align: str | None = None
    indent_mm: float = 0.0  # left indent


def _rfonts(rpr: etree._Element, family: str | None, *, cs: bool = False) -> None:
    if family is None:  # inherit the reference document's fonts
        return
    f = replace_child(rpr, "rFonts", RPR_ORDER)
    f.set(w("ascii"), family)
    f.set(w("hAnsi"), family)
    if cs:
        f.set(w("cs"), family)
        f.set(w("eastAsia"), family)


def _restyle(style: etree._Element, look: _Look, family: str | None) -> None:
    """Replace the run and paragraph formatting of one ``w:style``."""
    ppr = style.find(w("pPr"))
    if ppr is None:
        ppr = el("pPr")
        rpr_existing = style.find(w("rPr"))
        if rpr_existing is not None:
            rpr_existing.addprevious(ppr)
        else:
            style.append(ppr)
    is_list = (style.get(w("styleId")) or "").startswith("List")
    for tag in ("pBdr", "tabs") if is_list else ("pBdr", "numPr", "tabs", "contextualSpacing"):
        for old in ppr.findall(w(tag)):
            ppr.remove(old)
    if look.keep_next:
        replace_child(ppr, "keepNext", PPR_ORDER)
        replace_child(ppr, "keepLines", PPR_ORDER)
    if look.rule:
        bdr = replace_child(ppr, "pBdr", PPR_ORDER)
        border(bdr, "bottom", look.rule, 4, 1)
    spacing = replace_child(ppr, "spacing", PPR_ORDER)
    spacing.set(w("before"), str(twips_from_pt(look.before)))
    spacing.set(w("after"), str(twips_from_pt(look.after)))
    if look.line is not None:
        spacing.set(w("line"), str(round(240 * look.line)))
        spacing.set(w("lineRule"), "auto")
    if look.indent_mm:
        replace_child(ppr, "ind", PPR_ORDER).set(w("left"), str(twips_from_mm(look.indent_mm)))
    if look.align:
        replace_child(ppr, "jc", PPR_ORDER).set(w("val"), look.align)

    old_rpr = style.find(w("rPr"))
    if old_rpr is not None:
        style.remove(old_rpr)
    rpr = el("rPr")
    ppr.addnext(rpr)
    _rfonts(rpr, family)
    if look.bold:
        on("b", rpr)
        on("bCs", rpr)
    else:
        el("b", rpr, val="0")
        el("bCs", rpr, val="0")
    if look.italic:
        on("i", rpr)
        on("iCs", rpr)
    else:
        el("i", rpr, val="0")
        el("iCs", rpr, val="0")
    el("color", rpr, val=hex_colour(look.colour))
    el("sz", rpr, val=half_points(look.size))
    el("szCs", rpr, val=half_points(look.size))


def _style_xml(style_id: str, name: str) -> etree._Element:
    s = el("style", type="paragraph", customStyle="1", styleId=style_id)
    el("name", s, val=name)
    el("basedOn", s, val="Normal")
    el("qFormat", s)
    return s


def _language_attrs(language: str) -> dict[str, str]:
    primary = language.split("-")[0].lower()
    return {
        "val": language,
        "eastAsia": language if primary in _CJK_LANGUAGES else "zh-CN",
        "bidi": language if primary in _RTL_LANGUAGES else "ar-SA",
    }


def _doc_defaults(styles: etree._Element, st: Style, language: str) -> None:
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    if rpr is not None:
        rpr.clear()
        f = el("rFonts", rpr)
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            f.set(w(attr), st.font_family)
        el("color", rpr, val=hex_colour(st.text_color))
        el("sz", rpr, val=half_points(st.body_size))
        el("szCs", rpr, val=half_points(st.body_size))
        el("lang", rpr, **_language_attrs(language))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    if ppr is not None:
        ppr.clear()
        el(
            "spacing",
            ppr,
            after=str(twips_from_pt(st.paragraph_space_pt)),
            line=str(round(240 * st.line_spacing)),
            lineRule="auto",
        )


def _strip_theme(styles: etree._Element, keep: frozenset[str] = frozenset()) -> None:
    """Remove theme font and colour references everywhere (except in the
    ``keep`` styles): they would override the explicit values (Word
    prefers a theme attribute)."""
    if keep:
        for style in styles.iterfind(w("style")):
            if style.get(w("styleId")) not in keep:
                _strip_theme(style)
        return
    for f in styles.iter(w("rFonts")):
        for attr in _THEME_FONT_ATTRS:
            f.attrib.pop(w(attr), None)
    for c in styles.iter(w("color")):
        for attr in _THEME_COLOUR_ATTRS:
            c.attrib.pop(w(attr), None)


def apply_house_style(
    document: DocxDocument, st: Style, language: str, *, keep: frozenset[str] = frozenset()
) -> None:
    """Restyle the built-in styles and add the custom ones.

    ``keep`` names styles an office's reference document defines: they, the
    document defaults and the fonts are left as the reference has them; only
    the styles it lacks get the house look (sizes and colours)."""
    styles = document.styles.element
    _strip_theme(styles, keep)
    if not keep:
        _doc_defaults(styles, st, language)
    family = None if keep else st.font_family
    by_id = {s.get(w("styleId")): s for s in styles.iterfind(w("style"))}
    custom = (
        ("Lead", "Lead"), ("Label", "Label"), ("Small", "Small"), ("Muted", "Muted"), (TABLE_TEXT_ID, "Table Text"),
        ("TOC1", "toc 1"), ("TOC2", "toc 2"),  # Word's own names: its TOC field uses them when it updates
    )
    for style_id, name in custom:
        if style_id not in by_id:
            by_id[style_id] = _style_xml(style_id, name)
            styles.append(by_id[style_id])

    body_line = st.line_spacing
    para = st.paragraph_space_pt
    looks: dict[str, _Look] = {
        "Normal": _Look(st.body_size, st.text_color, after=para, line=body_line),
        "Lead": _Look(st.lead_size, st.text_color, after=para * 1.5, line=body_line),
        "Label": _Look(st.small_size, st.muted_color, bold=True, before=para, after=para / 3, line=body_line, keep_next=True),
        "Small": _Look(st.small_size, st.muted_color, after=para, line=body_line),
        "Muted": _Look(st.body_size, st.muted_color, after=para, line=body_line),
        TABLE_TEXT_ID: _Look(st.body_size, st.text_color, after=para / 3, line=1.15),
        "Title": _Look(st.title_size, st.accent_color, bold=True, after=para, line=1.1),
        "Subtitle": _Look(st.subtitle_size, st.muted_color, after=para * 2, line=body_line),
        "Caption": _Look(st.small_size, st.muted_color, italic=True, before=para / 2, after=para * 2, line=body_line),
        "Header": _Look(st.small_size, st.muted_color, after=0, line=1.0, align="center"),
        "Footer": _Look(st.small_size, st.muted_color, after=0, line=1.0, align="center"),
        "ListBullet": _Look(st.body_size, st.text_color, after=para / 2, line=body_line),
        "ListNumber": _Look(st.body_size, st.text_color, after=para / 2, line=body_line),
        "TOC1": _Look(st.body_size, st.text_color, bold=True, before=para / 2, after=para / 4, line=1.15),
        "TOC2": _Look(st.body_size, st.text_color, after=para / 4, line=1.15, indent_mm=5),
    }
    for level, style_id in enumerate(HEADING_STYLE_IDS, start=1):
        looks[style_id] = _Look(
            st.heading_size(level),
            st.accent_color,
            bold=True,
            before=st.heading_space_before_pt if level == 1 else st.heading_space_before_pt * 0.7,
            after=para,
            line=1.15,
            keep_next=True,
            rule=st.accent_color if level == 1 and st.heading_rule else None,
        )
    for style_id, look in looks.items():
        style = by_id.get(style_id)
        if style is not None and style_id not in keep:
            _restyle(style, look, family)
    # Headings and the TOC heading keep their outline level (navigation pane).


def ordered_list_num(document: DocxDocument, start: int) -> int:
    """A fresh ``w:num`` for one numbered list: it points at the List Number
    style's numbering definition and restarts at ``start``, so every list
    counts from its own first item instead of continuing the last one."""
    numbering = document.part.numbering_part.element
    style = document.styles.element.find(f"{w('style')}[@{w('styleId')}='ListNumber']")
    num_id = int(style.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}").get(w("val")))
    abstract_id = int(numbering.num_having_numId(num_id).abstractNumId.val)
    num = numbering.add_num(abstract_id)
    num.add_lvlOverride(ilvl=0).add_startOverride(start)
    return int(num.numId)


__all__ = ["PARA_STYLE_IDS", "HEADING_STYLE_IDS", "TABLE_TEXT_ID", "apply_house_style", "ordered_list_num"]
