"""Word styles and numbering from the looks table (:mod:`.looks`).

The writer uses Word's *built-in* styles (Normal, Heading 1–3, Title,
Subtitle, List Bullet, List Number, Caption, Header, Footer, TOC Heading,
TOC 1–2) restyled from the looks, so Word's navigation pane, outline view
and TOC field work and a reader can restyle the brief the usual way.  The
few text roles Word has no built-in for (lead, label, small, muted, table
text, table header, the marking, a key point's detail) get styles of their
own, based on Normal; a participant's name has a character style, and each
kind of table a table style (its rules, its header row's shading).

Each style is the translation of one :class:`~briefer.export.looks.Look`;
this module holds no sizes or colours of its own.  Styles cascade: the
document defaults carry the body look and name the theme's body font, which
is set to the house family; every other style sets only what differs from
the style it is based on.  Theme colour references of python-docx's default
template are removed so they cannot leak through.
"""

from __future__ import annotations

from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
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
    shading,
    twips_from_pt,
    w,
)
from . import fonts
from .looks import HEADING_LEVELS, Look, Looks, TableLook

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
POINT_DETAIL_ID = "PointDetail"  # a key point's detail, indented under it
PARTICIPANT_NAME_ID = "ParticipantName"  # character style of a participant's name
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


def _restyle(
    style: etree._Element, look: Look, family: str | None, *, base: Look | None = None, between_rules: bool = False
) -> None:
    """Replace the run and paragraph formatting of one ``w:style`` with
    ``look``.  ``base``: the look of the style it is based on; the run
    formatting then sets only what differs from it (font, weight, slant,
    colour, size), and the rest cascades from Normal and the theme fonts.
    ``between_rules``: the rule also goes between paragraphs of the style
    (Word groups bordered paragraphs and draws a bottom border only under
    the last)."""
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
    spacing.set(w("line"), word_line(look))
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
    if base is None or look.family != base.family:
        _rfonts(rpr, family)
    for tag, value, based in (("b", look.bold, base and base.bold), ("i", look.italic, base and base.italic)):
        if base is None or value != based:
            for name in (tag, tag + "Cs"):  # and its complex-script twin
                if value:
                    on(name, rpr)
                else:
                    el(name, rpr, val="0")
    if base is None or look.colour != base.colour:
        el("color", rpr, val=hex_colour(look.colour))
    if base is None or look.size != base.size:
        el("sz", rpr, val=half_points(look.size))
        el("szCs", rpr, val=half_points(look.size))
    if not len(rpr):
        style.remove(rpr)


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


_A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _theme_fonts(document: DocxDocument, family: str) -> None:
    """Make ``family`` the theme's heading and body font, so Word's Design ▸
    Fonts restyles the whole brief, as in a document made in Word."""
    for rel in document.part.rels.values():
        if rel.reltype != RT.THEME or rel.is_external:
            continue
        part = rel.target_part
        theme = etree.fromstring(part.blob)
        for which in ("majorFont", "minorFont"):
            latin = theme.find(f".//{{{_A_NS}}}fontScheme/{{{_A_NS}}}{which}/{{{_A_NS}}}latin")
            if latin is not None:
                latin.set("typeface", family)
                latin.attrib.pop("panose", None)
        part._blob = etree.tostring(theme, xml_declaration=True, encoding="UTF-8", standalone=True)


def _doc_defaults(styles: etree._Element, body: Look, language: str) -> None:
    rpr = styles.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
    if rpr is not None:
        rpr.clear()
        f = el("rFonts", rpr)
        # The theme's body font (set to the family) first; the names are for readers without themes.
        f.set(w("asciiTheme"), "minorHAnsi")
        f.set(w("hAnsiTheme"), "minorHAnsi")
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
            line=word_line(body),
            lineRule="auto",
        )


def word_line(look: Look) -> str:
    """``w:spacing/@w:line`` (240ths of a single line, rule "auto") that sets
    lines ``look.leading`` apart, as the PDF does, while still letting a
    line grow for a taller script's face."""
    return str(round(240 * look.line_height / fonts.single_line_height(look.family)))


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
    out[POINT_DETAIL_ID] = body.but(indent=looks.lists.number_indent_em * body.size)
    out["Caption"] = out["Caption"].but(before=looks.tables["grid"].gap_before_caption)
    c = looks.contents
    for style_id in ("TOC1", "TOC2"):
        out[style_id] = out[style_id].but(before=c.row_padding, rule_below=c.row_rule, rule_gap=c.row_padding)
    return out


_CUSTOM_STYLES = (
    ("Lead", "Lead"), ("Label", "Label"), ("Small", "Small"), ("Muted", "Muted"), (TABLE_TEXT_ID, "Table Text"),
    (TABLE_HEADER_ID, "Table Header"), (MARKING_ID, "Marking"), (POINT_DETAIL_ID, "Point Detail"),
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
    looks_by_id = word_looks(looks)
    for style_id, look in looks_by_id.items():
        style = by_id.get(style_id)
        if style is not None and style_id not in keep:
            based = style.find(w("basedOn"))
            base_id = based.get(w("val")) if based is not None else None
            if base_id in keep:
                base = None  # the office's style: its formatting is not ours to know
            elif base_id is None or base_id == "Normal":
                base = None if keep else body  # Normal and the document defaults are the body look
            else:
                base = looks_by_id.get(base_id)
            _restyle(style, look, family, base=base, between_rules=style_id in ("TOC1", "TOC2"))
    if not keep:
        _theme_fonts(document, body.family)
    # Headings and the TOC heading keep their outline level (navigation pane).
    if PARTICIPANT_NAME_ID not in by_id:
        styles.append(_character_style(PARTICIPANT_NAME_ID, "Participant Name", bold=True))
    for kind, (style_id, name) in TABLE_STYLE_IDS.items():
        for old in styles.findall(f"{w('style')}[@{w('styleId')}='{style_id}']"):
            styles.remove(old)
        styles.append(_table_style(style_id, name, looks.tables[kind]))


TABLE_STYLE_IDS: dict[str, tuple[str, str]] = {
    "grid": ("BrieferGrid", "Briefer Grid"),
    "matrix": ("BrieferMatrix", "Briefer Matrix"),
    "plain": ("BrieferPlain", "Briefer Plain"),
}
"""Table kind → (style id, name): the kind's rules and header shading."""
_TABLE_SIDES = ("top", "left", "bottom", "right", "insideH", "insideV")


def _table_style(style_id: str, name: str, look: TableLook) -> etree._Element:
    """A table style: the grid lines, and the header row's (and a row
    header column's) shading as conditional formatting, so a reader who
    adds a row or restyles the table keeps the house look."""
    s = el("style", type="table", customStyle="1", styleId=style_id)
    el("name", s, val=name)
    el("basedOn", s, val="TableNormal")
    el("uiPriority", s, val="59")
    tblpr = el("tblPr", s)
    borders = el("tblBorders", tblpr)
    for side in _TABLE_SIDES:
        if look.rules is None:
            no_border(borders, side)
        else:
            border(borders, side, look.rules.colour, max(2, round(look.rules.weight * 8)))
    if look.header_fill:
        conditions = ("firstRow", "firstCol") if look.row_header else ("firstRow",)
        for kind in conditions:
            shading(el("tcPr", el("tblStylePr", s, type=kind)), look.header_fill)
    return s


def _character_style(style_id: str, name: str, *, bold: bool) -> etree._Element:
    """A character style that sets only what differs from the paragraph's
    text (the rest cascades from the paragraph style)."""
    s = el("style", type="character", customStyle="1", styleId=style_id)
    el("name", s, val=name)
    el("basedOn", s, val="DefaultParagraphFont")
    el("uiPriority", s, val="1")
    el("qFormat", s)
    rpr = el("rPr", s)
    if bold:
        on("b", rpr)
        on("bCs", rpr)
    return s


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


def point_indents(looks: Looks) -> tuple[int, int]:
    """(number indent, bullet indent) of a point list in twips: a point's
    text and detail start at the first, the detail's bullets at the sum."""
    body, lists = looks.role("body"), looks.lists
    return twips_from_pt(lists.number_indent_em * body.size), twips_from_pt(lists.bullet_indent_em * body.size)


def point_list_num(document: DocxDocument, looks: Looks, start: int) -> int:
    """A numbering definition for one list of points (level 0: "1.", "2." …
    from ``start``; level 1: the bullets of a point's detail) and the
    ``w:num`` that uses it; returns its id."""
    numbering = document.part.numbering_part.element
    ids = [int(a.get(w("abstractNumId"))) for a in numbering.iterfind(w("abstractNum"))]
    abstract_id = max(ids, default=-1) + 1
    number, bullet = point_indents(looks)
    abstract = el("abstractNum", abstractNumId=str(abstract_id))
    el("multiLevelType", abstract, val="hybridMultilevel")
    for ilvl, fmt, text, left, hanging in (
        (0, "decimal", "%1.", number, number),
        (1, "bullet", looks.lists.bullet, number + bullet, bullet),
    ):
        lvl = el("lvl", abstract, ilvl=str(ilvl))
        el("start", lvl, val=str(start if ilvl == 0 else 1))
        el("numFmt", lvl, val=fmt)
        el("lvlText", lvl, val=text)
        el("lvlJc", lvl, val="left")
        el("ind", el("pPr", lvl), left=str(left), hanging=str(hanging))
        if ilvl == 0:
            rpr = el("rPr", lvl)
            on("b", rpr)
            on("bCs", rpr)
    first_num = numbering.find(w("num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # every abstractNum comes before the nums
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    return int(num.numId)


__all__ = [
    "HEADING_STYLE_IDS",
    "MARKING_ID",
    "PARTICIPANT_NAME_ID",
    "POINT_DETAIL_ID",
    "PARA_STYLE_IDS",
    "ROLE_STYLE_IDS",
    "TABLE_HEADER_ID",
    "TABLE_STYLE_IDS",
    "TABLE_TEXT_ID",
    "apply_house_style",
    "ordered_list_num",
    "point_indents",
    "point_list_num",
    "word_looks",
]
