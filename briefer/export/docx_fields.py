"""Word fields and the DRAFT watermark: the parts python-docx has no API for.

A field is four runs: ``fldChar begin``, the instruction (``PAGE``,
``NUMPAGES``, ``TOC …``), ``fldChar separate``, the cached result Word shows
until it updates the field, ``fldChar end``.

The watermark is built the way Word itself writes one (Design ▸ Watermark):
a VML WordArt shape (shape type 136, a text path) in a header paragraph,
rotated 315°, centred on the margins, behind the text, in a light fill with
transparency.  Word, LibreOffice and Google Docs all draw that form.
"""

from __future__ import annotations

from lxml import etree

from .layout import Run
from .docx_text import RunLook, add_runs
from .docx_xml import clean_text, el, hex_colour, text_node
from .looks import CONTENTS_DEPTH


def _fld_char(p: etree._Element, kind: str, rpr: etree._Element | None) -> None:
    r = el("r", p)
    if rpr is not None:
        r.append(_copy(rpr))
    el("fldChar", r, fldCharType=kind)


def _copy(e: etree._Element) -> etree._Element:
    return etree.fromstring(etree.tostring(e))


def add_field(p: etree._Element, instruction: str, placeholder: str, rpr: etree._Element | None = None) -> None:
    """Append a complex field (``instruction``, e.g. ``PAGE``) to ``p``,
    showing ``placeholder`` until Word computes it.  ``rpr`` (optional)
    formats every run of the field."""
    _fld_char(p, "begin", rpr)
    r = el("r", p)
    if rpr is not None:
        r.append(_copy(rpr))
    instr = el("instrText", r)
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {instruction} "
    _fld_char(p, "separate", rpr)
    r = el("r", p)
    if rpr is not None:
        r.append(_copy(rpr))
    text_node(r, placeholder)
    _fld_char(p, "end", rpr)


def add_page_x_of_y(p: etree._Element, template: str, look: RunLook) -> None:
    """``template`` like ``"Page {page} of {pages}"``: the literal parts
    become runs, ``{page}``/``{pages}`` become PAGE/NUMPAGES fields."""
    rpr = None
    if look.bold or look.colour:
        rpr = el("rPr")
        if look.bold:
            el("b", rpr)
        if look.colour:
            el("color", rpr, val=hex_colour(look.colour))
    rest = clean_text(template)
    while rest:
        i_page, i_pages = rest.find("{page}"), rest.find("{pages}")
        hits = [(i, tok) for i, tok in ((i_page, "{page}"), (i_pages, "{pages}")) if i >= 0]
        if not hits:
            add_runs(p, (Run(rest),), look=look)
            break
        i, tok = min(hits)
        if i:
            add_runs(p, (Run(rest[:i]),), look=look)
        add_field(p, "PAGE" if tok == "{page}" else "NUMPAGES", "1", rpr)
        rest = rest[i + len(tok) :]


TOC_INSTRUCTION = f'TOC \\o "1-{CONTENTS_DEPTH}" \\h \\z \\u'


def toc_paragraphs(entries: list[tuple[int, str]]) -> list[etree._Element]:
    """A TOC field whose current result already lists ``entries``
    (``(level, heading text)``, level 1 or 2), one paragraph each in Word's
    "TOC 1"/"TOC 2" styles.  A reader who never updates fields (LibreOffice,
    a phone, a printer's RIP) still sees the contents; Word replaces the list
    with page numbers when it updates the field."""
    paragraphs = []
    for level, text in entries:
        p = el("p")
        el("pStyle", el("pPr", p), val=f"TOC{min(max(level, 1), CONTENTS_DEPTH)}")
        paragraphs.append(p)
    first, last = paragraphs[0], paragraphs[-1]
    _fld_char(first, "begin", None)
    instr = el("instrText", el("r", first))
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    instr.text = f" {TOC_INSTRUCTION} "
    _fld_char(first, "separate", None)
    for p, (_level, text) in zip(paragraphs, entries):
        text_node(el("r", p), clean_text(text))
    _fld_char(last, "end", None)
    return paragraphs


def toc_paragraph(placeholder: str) -> etree._Element:
    """A paragraph holding a TOC field over the contents' heading levels with
    hyperlinked entries; Word fills it on open (``w:updateFields``) or
    when the reader updates it."""
    p = el("p")
    add_field(p, TOC_INSTRUCTION, clean_text(placeholder))
    return p


# --------------------------------------------------------------------------
# Watermark
# --------------------------------------------------------------------------

_VML_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)

# Word's own definition of WordArt shape type 136 ("plain text").
_SHAPETYPE_136 = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    "<v:formulas>"
    '<v:f eqn="sum #0 0 10800"/><v:f eqn="prod #0 2 1"/><v:f eqn="sum 21600 0 @1"/>'
    '<v:f eqn="sum 0 0 @2"/><v:f eqn="sum 21600 0 @3"/><v:f eqn="if @0 @3 0"/>'
    '<v:f eqn="if @0 21600 @1"/><v:f eqn="if @0 0 @2"/><v:f eqn="if @0 @4 21600"/>'
    '<v:f eqn="mid @5 @6"/><v:f eqn="mid @8 @5"/><v:f eqn="mid @7 @8"/>'
    '<v:f eqn="mid @6 @7"/><v:f eqn="sum @6 0 @5"/>'
    "</v:formulas>"
    '<v:path textpathok="t" o:connecttype="custom" o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" '
    'o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
)


WATERMARK_ID_PREFIX = "PowerPlusWaterMarkObject"
"""Word's Design ▸ Watermark ▸ Remove Watermark removes the header shapes
whose id starts with this."""


def watermark_run(text: str, *, font: str, colour: str, box_pt: tuple[float, float], number: int = 1) -> etree._Element:
    """A ``w:r`` holding the diagonal watermark ``text`` (for a header
    paragraph).  ``box_pt`` is the length of the text along its diagonal
    and its height (:meth:`~briefer.export.looks.Looks.watermark_box`);
    ``number`` tells apart the shapes of a document's headers."""
    text = " ".join(clean_text(text).split()) or "DRAFT"
    width_pt, height_pt = box_pt
    style = (
        "position:absolute;margin-left:0;margin-top:0;"
        f"width:{width_pt:.1f}pt;height:{height_pt:.1f}pt;rotation:315;z-index:-251654144;"
        "mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        "mso-position-vertical:center;mso-position-vertical-relative:margin"
    )
    xml = (
        f"<w:r {_VML_NS}><w:rPr><w:noProof/></w:rPr><w:pict>"
        f"{_SHAPETYPE_136}"
        f'<v:shape id="{WATERMARK_ID_PREFIX}{int(number)}" o:spid="_x0000_s{2048 + int(number)}" type="#_x0000_t136" '
        'o:allowincell="f" stroked="f">'
        "<v:textpath/>"
        '<w10:wrap anchorx="margin" anchory="margin"/>'
        "</v:shape></w:pict></w:r>"
    )
    run = etree.fromstring(xml)
    # Attributes set through lxml, so the user's text is escaped, never parsed.
    shape = run.find(f".//{{{_V}}}shape")
    shape.set("style", style)
    shape.set("fillcolor", f"#{hex_colour(colour)}")
    textpath = shape.find(f"{{{_V}}}textpath")
    family = font.replace('"', "").replace(";", "")
    textpath.set("style", f'font-family:"{family}";font-size:1pt')
    textpath.set("string", text)
    return run


_V = "urn:schemas-microsoft-com:vml"


__all__ = ["WATERMARK_ID_PREFIX", "add_field", "add_page_x_of_y", "toc_paragraph", "watermark_run"]
