"""Low-level WordprocessingML building blocks for the DOCX writer.

The writer builds the document body with lxml directly instead of going
through python-docx's proxy objects: a 400-row table through the high-level
API walks the cell grid on every access and costs seconds; plain elements
cost milliseconds.  This module knows the element names, the schema's child
order and the unit conversions; it knows nothing about briefs or styles.

Text that reaches this module is user data: :func:`clean_text` strips the
characters XML cannot carry (a control character in a ``w:t`` makes Word
refuse the whole file), and text is only ever put into ``w:t`` nodes, never
parsed as markup.
"""

from __future__ import annotations

import re

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

_names: dict[str, str] = {}


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute (``w("p")``)."""
    name = _names.get(tag)
    if name is None:
        name = _names[tag] = f"{{{W_NS}}}{tag}"
    return name


W_VAL = w("val")

# C0/C1 controls except tab and newline, lone surrogates, and the two
# non-characters XML 1.0 forbids.
_UNSAFE_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """``text`` with Windows/old-Mac line ends made ``\\n`` and every
    character removed that XML 1.0 cannot hold (defensive: the model
    already refuses them)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE_RE.sub("", text)


# --------------------------------------------------------------------------
# Units
# --------------------------------------------------------------------------


def twips_from_mm(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def twips_from_pt(pt: float) -> int:
    return round(pt * 20)


def half_points(pt: float) -> str:
    """``w:sz`` value (half-points) for a size in points."""
    return str(round(pt * 2))


def emu_from_mm(mm: float) -> int:
    return round(mm * 36000)


def hex_colour(colour: str) -> str:
    """``"#1f3a5f"`` → ``"1F3A5F"`` (the form Word writes)."""
    return colour.lstrip("#").upper()


# --------------------------------------------------------------------------
# Elements
# --------------------------------------------------------------------------


def el(tag: str, parent: etree._Element | None = None, **attrs: str) -> etree._Element:
    """A ``w:`` element, appended to ``parent`` when given.  Attribute names
    are ``w:`` names (``val="x"`` → ``w:val="x"``)."""
    # The hot path of the writer (tens of thousands of calls for a long
    # brief): name lookups inlined.
    names = _names
    name = names.get(tag) or w(tag)
    attrib = {(names.get(k) or w(k)): v for k, v in attrs.items()} if attrs else None
    if parent is None:
        return etree.Element(name, attrib)
    return etree.SubElement(parent, name, attrib)


def on(tag: str, parent: etree._Element) -> etree._Element:
    """An on/off property element that is simply present (``<w:b/>``)."""
    return etree.SubElement(parent, w(tag))


def text_node(parent: etree._Element, text: str) -> None:
    """Append ``w:t`` with ``text`` (spaces preserved)."""
    t = etree.SubElement(parent, w("t"))
    t.set(XML_SPACE, "preserve")
    t.text = text


def border(parent: etree._Element, side: str, colour: str, eighths: int, space: int = 0) -> None:
    """One ``single`` border line (width in eighths of a point)."""
    etree.SubElement(
        parent,
        w(side),
        {W_VAL: "single", w("sz"): str(eighths), w("space"): str(space), w("color"): hex_colour(colour)},
    )


def no_border(parent: etree._Element, side: str) -> None:
    etree.SubElement(parent, w(side), {W_VAL: "nil"})


def shading(parent: etree._Element, fill: str) -> None:
    etree.SubElement(parent, w("shd"), {W_VAL: "clear", w("color"): "auto", w("fill"): hex_colour(fill)})


# Child order of w:pPr and w:rPr in the schema: Word rejects a file whose
# property children are out of order, so builders sort what they add.
PPR_ORDER = {
    name: i
    for i, name in enumerate(
        "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
        "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
        "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
        "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange".split()
    )
}
RPR_ORDER = {
    name: i
    for i, name in enumerate(
        "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
        "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
        "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath".split()
    )
}


def sort_children(props: etree._Element, order: dict[str, int]) -> None:
    """Put the children of a ``w:pPr``/``w:rPr`` into schema order."""
    kids = list(props)
    prefix = len(W_NS) + 2

    def key(e: etree._Element) -> int:
        return order.get(e.tag[prefix:], len(order))

    kids.sort(key=key)
    props[:] = kids


def replace_child(parent: etree._Element, tag: str, order: dict[str, int]) -> etree._Element:
    """Drop any existing ``w:tag`` child of ``parent`` and insert a fresh
    one in schema order; return it."""
    for old in parent.findall(w(tag)):
        parent.remove(old)
    new = etree.SubElement(parent, w(tag))
    sort_children(parent, order)
    return new
