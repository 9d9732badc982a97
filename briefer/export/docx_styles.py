"""Word styles and numbering from the looks table (:mod:`.looks`).

The writer uses Word's *built-in* styles (Normal, Heading 1–3, Title,
Subtitle, List Bullet, List Number, Caption, Header, Footer, TOC Heading,
TOC 1–2) restyled from the looks, so Word's navigation pane, outline view
and TOC field work and a reader can restyle the brief the usual way.  The
few text roles Word has no built-in for (lead, label, small, muted, table
text, table header, the marking) get styles of their own, based on Normal.

Each style is the translation of one :class:`~briefer.export.looks.Look`;
this module holds no sizes or colours of its own.  The theme fonts and
theme colours of python-docx's default template are removed so they cannot
leak through.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from lxml import etree

from .docx_xml import (
    PPR_ORDER,
    RPR_ORDER,
    border,
    el,
    no_border,
    half_points,
    hex_colour,
    on,
    replace_child,
    twips_from_pt,
    w,
)
from .looks import HEADING_LEVELS, Look, Looks

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
HEADING_STYLE_IDS = tuple(f"Heading{n}" for n in range(1, HEADING_LEVELS + 1))
TABLE_TEXT_ID = "TableText"
TABLE_HEADER_ID = "TableHeader"
MARKING_ID = "Marking"
# Text role of the looks table → Word style id (Word's built-in where it has one).
ROLE_STYLE_IDS: dict[str, str] = {
    **{role: style_id for role, style_id in PARA_STYLE_IDS.items()},
    **{f"h{n}": style_id for n, style_id in enumerate(HEADING_STYLE_IDS, start=1)},
    "table_cell": TABLE_TEXT_ID,
    "table_header": TABLE_HEADER_ID,
    "caption": "Caption",
    "contents_title": "TOCHeading",
    "contents_1": "TOC1",
    "contents_2": "TOC2",
    "banner": MARKING_ID,
    "running_header": "Header",
    "page_number": "Footer",
}
_ALIGN = {"center": "center", "end": "right"}  # start: no w:jc (the natural edge)

_THEME_FONT_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_THEME_COLOUR_ATTRS = ("themeColor", "themeShade", "themeTint")
_RTL_LANGUAGES = ("ar", "he", "fa", "ur", "yi", "ps")
_CJK_LANGUAGES = ("zh", "ja", "ko")


def _rfonts(rpr: etree._Element, family: str | None, *, cs: bool = False) -> None:
    if family is None:  # inherit the reference document's fonts
        return
    f = replace_child(rpr, "rFonts", RPR_ORDER)
    f.set(w("ascii"), family)
    f.set(w("hAnsi"), family)
    if cs:
        f.set(w("cs"), family)
        f.set(w("eastAsia"), family)


def _eighths(weight: float) -> int:
    return max(2, round(weight * 8))


def _restyle(style: etree._Element, look: Look, family: str | None, *, between_rules: bool = False) -> None:
    """Replace the run and paragraph formatting of one ``w:style`` with
    ``look``.  ``between_rules``: the rule also goes between paragraphs of
    the style (Word groups bordered paragraphs and draws a bottom border
    only under the last)."""
    ppr = style.find(w("pPr"))
    if ppr is None:
        ppr = el("pPr")
        rpr_existing = style.find(w("rPr"))
        if rpr_existing is not None:
            rpr_existing.addprevious(ppr)
        else:
            style.append(ppr)
    is_list = (style.get(w("styleId")) or "").startswith("List")
    # A list style keeps its numbering and indents (Word's list geometry).
    for tag in ("pBdr", "tabs", "jc") if is_list else ("pBdr", "numPr", "tabs", "contextualSpacing", "jc", "ind"):
        for old in ppr.findall(w(tag)):
            ppr.remove(old)
    if look.keep_with_next:
        replace_child(ppr, "keepNext", PPR_ORDER)
        replace_child(ppr, "keepLines", PPR_ORDER)
    bdr = None
    if look.rule_below is not None:
        bdr = replace_child(ppr, "pBdr", PPR_ORDER)
        border(bdr, "bottom", look.rule_below.colour, _eighths(look.rule_below.weight), round(look.rule_gap))
        if between_rules:
            border(bdr, "between", look.rule_below.colour, _eighths(look.rule_below.weight), round(look.rule_gap))
    else:
        based = style.find(w("basedOn"))
        if based is not None and based.get(w("val")) != "Normal":
            # A style based on another (TOC Heading on Heading 1) would inherit its rule.
            no_border(replace_child(ppr, "pBdr", PPR_ORDER), "bottom")
    spacing = replace_child(ppr, "spacing", PPR_ORDER)
    spacing.set(w("before"), str(twips_from_pt(look.before)))
    spacing.set(w("after"), str(twips_from_pt(look.after)))
    spacing.set(w("line"), str(round(240 * look.line_height)))
    spacing.set(w("lineRule"), "auto")
    if look.indent:
        replace_child(ppr, "ind", PPR_ORDER).set(w("left"), str(twips_from_pt(look.indent)))
    if look.align in _ALIGN:
        replace_child(ppr, "jc", PPR_ORDER).set(w("val"), _ALIGN[look.align])

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


def _doc_defaults(styles: etree._Element, body: Look, language: str) -> None:
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    if rpr is not None:
        rpr.clear()
        f = el("rFonts", rpr)
        for attr in ("ascii", "hAnsi", "cs", "eastAsia"):
            f.set(w(attr), body.family)
        el("color", rpr, val=hex_colour(body.colour))
        el("sz", rpr, val=half_points(body.size))
        el("szCs", rpr, val=half_points(body.size))
        el("lang", rpr, **_language_attrs(language))
    ppr = styles.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}")
    if ppr is not None:
        ppr.clear()
        el(
            "spacing",
            ppr,
            after=str(twips_from_pt(body.after)),
            line=str(round(240 * body.line_height)),
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


def word_looks(looks: Looks) -> dict[str, Look]:
    """Word style id → the look it is restyled to."""
    out = {ROLE_STYLE_IDS[role]: look for role, look in looks.text.items() if role in ROLE_STYLE_IDS}
    body = looks.role("body")
    item = body.but(after=body.after * looks.lists.item_after_fraction)
    out["ListBullet"] = out["ListNumber"] = item
    out["Caption"] = out["Caption"].but(before=looks.tables["grid"].gap_before_caption)
    c = looks.contents
    for style_id in ("TOC1", "TOC2"):
        out[style_id] = out[style_id].but(before=c.row_padding, rule_below=c.row_rule, rule_gap=c.row_padding)
    return out


_CUSTOM_STYLES = (
    ("Lead", "Lead"), ("Label", "Label"), ("Small", "Small"), ("Muted", "Muted"), (TABLE_TEXT_ID, "Table Text"),
    (TABLE_HEADER_ID, "Table Header"), (MARKING_ID, "Marking"),
    ("TOC1", "toc 1"), ("TOC2", "toc 2"),  # Word's own names: its TOC field uses them when it updates
    ("TOCHeading", "TOC Heading"),
)  # fmt: skip


def apply_house_style(
    document: DocxDocument, looks: Looks, language: str, *, keep: frozenset[str] = frozenset()
) -> None:
    """Restyle the built-in styles and add the custom ones.

    ``keep`` names styles an office's reference document defines: they, the
    document defaults and the fonts are left as the reference has them; only
    the styles it lacks get the house look (sizes and colours)."""
    styles = document.styles.element
    _strip_theme(styles, keep)
    body = looks.role("body")
    if not keep:
        _doc_defaults(styles, body, language)
    family = None if keep else body.family
    by_id = {s.get(w("styleId")): s for s in styles.iterfind(w("style"))}
    for style_id, name in _CUSTOM_STYLES:
        if style_id not in by_id:
            by_id[style_id] = _style_xml(style_id, name)
            styles.append(by_id[style_id])
    for style_id, look in word_looks(looks).items():
        style = by_id.get(style_id)
        if style is not None and style_id not in keep:
            _restyle(style, look, family, between_rules=style_id in ("TOC1", "TOC2"))
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


__all__ = [
    "HEADING_STYLE_IDS",
    "MARKING_ID",
    "PARA_STYLE_IDS",
    "ROLE_STYLE_IDS",
    "TABLE_HEADER_ID",
    "TABLE_TEXT_ID",
    "apply_house_style",
    "ordered_list_num",
    "word_looks",
]
