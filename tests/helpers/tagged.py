"""Reading a tagged PDF the way assistive technology does: the structure
tree, the text of each structure element in the tree's order, and what the
pages mark as artifacts (page furniture a screen reader skips).

pypdf parses the file; the page content is walked here, operator by
operator: text is decoded through each font's ``/ToUnicode`` map, and the
marked-content operators (``BDC``/``BMC``/``EMC``) tell which marked-content
id (``MCID``) of its page, or which ``/Artifact``, each piece belongs to.
``/ActualText`` replaces the glyphs it spans, as a screen reader does (Typst
uses it where one glyph stands for different text: a hyphen and a
hyphenation point, shaped Arabic, right-to-left runs).
"""

from __future__ import annotations

import collections
import io
import re
import unicodedata
from dataclasses import dataclass, field

from bidi import get_display
from pypdf import PdfReader
from pypdf.generic import ContentStream, IndirectObject


@dataclass
class TaggedPdf:
    reader: PdfReader
    tags: collections.Counter = field(default_factory=collections.Counter)  # structure type → count
    order: list[tuple[int, int, int]] = field(default_factory=list)  # (element number, page index, MCID) in tree order
    elements: list[dict] = field(default_factory=list)  # every structure element, in tree order
    mcid_text: dict[tuple[int, int], str] = field(default_factory=dict)  # (page index, MCID) → text
    artifact_text: list[str] = field(default_factory=list)  # text inside /Artifact, every page
    untagged_text: list[str] = field(default_factory=list)  # text neither in a tagged element nor an artifact

    @property
    def catalog(self):  # noqa: ANN201
        return self.reader.trailer["/Root"]

    @property
    def xmp(self) -> str:
        return self.catalog["/Metadata"].get_object().get_data().decode("utf-8")

    def logical_text(self) -> str:
        """The content's text in the structure tree's order, pieces joined
        by spaces (what a screen reader reads).  Typst writes a
        right-to-left run in display order (as reportlab does): each
        piece's runs are put back in logical order with the bidi algorithm,
        as PDF readers do when they extract text."""
        pieces: list[tuple[int, str]] = []
        for element, page, mcid in self.order:
            text = self.mcid_text.get((page, mcid), "")
            if pieces and pieces[-1][0] == element:
                pieces[-1] = (element, pieces[-1][1] + text)
            else:
                pieces.append((element, text))
        return " ".join(_logical(text) for _, text in pieces)


def _strong(ch: str) -> str | None:
    kind = unicodedata.bidirectional(ch)
    return "R" if kind in ("R", "AL") else "L" if kind == "L" else None


def _logical(text: str) -> str:
    """One element's text, extracted in display order, in logical order.
    Its base direction shows at its ends: an element starting (on the left)
    with a right-to-left letter is right to left; one starting with a
    left-to-right letter and ending with a right-to-left one may be either,
    and both readings are given."""
    strong = [s for s in map(_strong, text) if s]
    if "R" not in strong:
        return text
    if strong[0] == "R":
        return get_display(text, base_dir="R")
    if strong[-1] == "L":
        return get_display(text, base_dir="L")
    return get_display(text, base_dir="L") + " " + get_display(text, base_dir="R")


def _page_index(reader: PdfReader) -> dict[int, int]:
    return {page.indirect_reference.idnum: i for i, page in enumerate(reader.pages)}


def read_tagged(data: bytes) -> TaggedPdf:
    reader = PdfReader(io.BytesIO(data), strict=True)
    pdf = TaggedPdf(reader)
    pages = _page_index(reader)

    def walk(node, page: int | None, parent: int) -> None:  # noqa: ANN001
        if isinstance(node, IndirectObject):
            node = node.get_object()
        if isinstance(node, int):
            if page is not None:
                pdf.order.append((parent, page, int(node)))
            return
        if isinstance(node, list):
            for x in node:
                walk(x, page, parent)
            return
        if not hasattr(node, "get"):
            return
        pg = node.get("/Pg")
        if pg is not None:
            page = pages.get(pg.idnum, page)
        if node.get("/Type") == "/MCR":
            if page is not None:
                pdf.order.append((parent, page, int(node["/MCID"])))
            return
        if node.get("/Type") == "/OBJR":
            return
        kind = node.get("/S")
        if kind is not None:
            pdf.tags[str(kind)] += 1
            pdf.elements.append(node)
            parent = len(pdf.elements) - 1
        kids = node.get("/K")
        if kids is not None:
            walk(kids, page, parent)

    walk(pdf.catalog["/StructTreeRoot"].get("/K"), None, -1)

    for index, page in enumerate(reader.pages):
        _read_page(pdf, index, page)
    return pdf


def _cmap(font) -> tuple[int, dict[int, str]]:  # noqa: ANN001
    """(code length in bytes, code → text) of a font's ``/ToUnicode``."""
    font = font.get_object()
    stream = font.get("/ToUnicode")
    if stream is None:
        return (2 if font.get("/Subtype") == "/Type0" else 1), {}
    data = stream.get_object().get_data().decode("latin-1")
    width = 2 if font.get("/Subtype") == "/Type0" else 1
    space = re.search(r"begincodespacerange\s*<([0-9A-Fa-f]+)>", data)
    if space:
        width = len(space.group(1)) // 2
    out: dict[int, str] = {}

    def text(hexes: str) -> str:
        return bytes.fromhex(hexes).decode("utf-16-be", "replace")

    for block in re.findall(r"beginbfchar(.*?)endbfchar", data, re.S):
        for src, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            out[int(src, 16)] = text(dst)
    for block in re.findall(r"beginbfrange(.*?)endbfrange", data, re.S):
        for lo, hi, dst in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block):
            lo_i, hi_i = int(lo, 16), int(hi, 16)
            if dst.startswith("["):
                for i, item in enumerate(re.findall(r"<([0-9A-Fa-f]*)>", dst)):
                    out[lo_i + i] = text(item)
            else:
                base = bytes.fromhex(dst[1:-1])
                for i in range(hi_i - lo_i + 1):
                    last = int.from_bytes(base[-2:], "big") + i
                    out[lo_i + i] = (base[:-2] + last.to_bytes(2, "big")).decode("utf-16-be", "replace")
    return width, out


def _read_page(pdf: TaggedPdf, index: int, page) -> None:  # noqa: ANN001
    stack: list[tuple[str, int | None, str | None]] = []  # (tag, MCID, ActualText)
    cmaps: dict[int, tuple[int, dict[int, str]]] = {}

    def emit(t: str) -> None:
        if not t:
            return
        if any(tag == "/Artifact" for tag, _, _ in stack):
            pdf.artifact_text.append(t)
            return
        mcid = next((m for _, m, _ in reversed(stack) if m is not None), None)
        if mcid is not None:
            key = (index, mcid)
            pdf.mcid_text[key] = pdf.mcid_text.get(key, "") + t
        elif t.strip():
            pdf.untagged_text.append(t)

    def run(content, resources) -> None:  # noqa: ANN001
        fonts = resources.get("/Font", {}) if resources is not None else {}
        xobjects = resources.get("/XObject", {}) if resources is not None else {}
        font = (1, {})
        for operands, op in ContentStream(content, pdf.reader).operations:
            if op == b"BDC":
                props = operands[1] if len(operands) > 1 else None
                props = props.get_object() if isinstance(props, IndirectObject) else props
                if not hasattr(props, "get") and resources is not None and "/Properties" in resources:
                    props = resources["/Properties"].get(props)
                mcid = props.get("/MCID") if hasattr(props, "get") else None
                actual = props.get("/ActualText") if hasattr(props, "get") else None
                stack.append((str(operands[0]), None if mcid is None else int(mcid), None if actual is None else str(actual)))
                if actual is not None:
                    emit(str(actual))
            elif op == b"BMC":
                stack.append((str(operands[0]), None, None))
            elif op == b"EMC":
                if stack:
                    stack.pop()
            elif op == b"Tf":
                ref = fonts.get(operands[0])
                if ref is None:
                    font = (1, {})
                else:
                    key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
                    font = cmaps.setdefault(key, _cmap(ref))
            elif op in (b"Tj", b"'", b'"', b"TJ"):
                if any(actual is not None for _, _, actual in stack):
                    continue
                items = operands[-1] if op == b"TJ" else [operands[-1]]
                width, table = font
                out = []
                for item in items:
                    if isinstance(item, (bytes, str)) or hasattr(item, "original_bytes"):
                        raw = item.original_bytes if hasattr(item, "original_bytes") else (item if isinstance(item, bytes) else item.encode("latin-1"))
                        for i in range(0, len(raw) - width + 1, width):
                            out.append(table.get(int.from_bytes(raw[i : i + width], "big"), ""))
                    elif isinstance(item, (int, float)) and item < -200:
                        out.append(" ")  # a wide gap in a TJ array is a space
                emit("".join(out))
            elif op in (b"Td", b"TD", b"T*", b"Tm", b"BT", b"ET"):
                emit(" ") if op in (b"BT", b"T*") else None
            elif op == b"Do":
                xobject = xobjects.get(operands[0])
                if xobject is not None:
                    xobject = xobject.get_object()
                    if xobject.get("/Subtype") == "/Form":
                        run(xobject, xobject.get("/Resources") or resources)

    resources = page.get("/Resources")
    run(page.get_contents(), resources.get_object() if resources is not None else None)


_SPACE = re.compile(r"[\s\u00ad\-]+")


def squeezed(text: str) -> str:
    """``text`` without white space and hyphens: line breaks and
    hyphenation points do not change what is read.  (Hyphens too: Typst
    draws a hyphen and a hyphenation point with one glyph and tells them
    apart with ``/ActualText``, which pypdf's extraction does not read.)"""
    return _SPACE.sub("", text)


def missing_in_order(pieces: list[str], text: str) -> list[str]:
    """The ``pieces`` not found in ``text`` in their order (white space and
    soft hyphens ignored); empty when every piece reads in order."""
    hay = squeezed(text)
    at = 0
    missing = []
    for piece in pieces:
        needle = squeezed(piece)
        if not needle:
            continue
        found = hay.find(needle, at)
        if found < 0:
            missing.append(piece)
        else:
            at = found + len(needle)
    return missing
