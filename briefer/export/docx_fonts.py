"""Fonts embedded in the Word file, subsetted, the way Word embeds them.

A PC without Noto would otherwise substitute fonts and reflow every page.
Word's own form (ECMA-376 Part 1, §17.8.1 and §17.8.3.3):

* each face is a part ``word/fonts/fontN.odttf``: the TrueType file whose
  first 32 bytes are XORed with a key made from a GUID (the ``w:fontKey``),
  related to the font table with relationships of type ``…/font``;
* the font table (``word/fontTable.xml``) names the family and points at
  its faces with ``w:embedRegular``/``w:embedBold``/``w:embedItalic``/
  ``w:embedBoldItalic`` (``r:id``, ``w:fontKey``, ``w:subsetted``);
* the settings say ``w:embedTrueTypeFonts`` and ``w:saveSubsetFonts``.

Only the faces the text is set in are embedded, each cut with fontTools to
the characters it draws (and the digits page numbers need); the faces of
scripts that join or take marks keep their layout tables, so Arabic still
joins.  The keys are derived from the subset's bytes, so the same brief
gives the same file.
"""

from __future__ import annotations

import functools
import hashlib
import io
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from fontTools import subset
from fontTools.ttLib import TTFont
from lxml import etree

from . import fonts
from .docx_xml import R_NS, el, w
from .scripts import Script, char_script

OBFUSCATED_FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
FONT_TABLE_TYPE = CT.WML_FONT_TABLE
ALWAYS_KEPT = "0123456789 "  # page numbers are fields: their digits are not in the text
SHAPED_SCRIPTS = frozenset({Script.ARABIC, Script.HEBREW})  # letters join or take marks: keep GSUB/GPOS
_EMBED_TAGS = {(False, False): "embedRegular", (True, False): "embedBold", (False, True): "embedItalic", (True, True): "embedBoldItalic"}
_FONT_CHILD_ORDER = "altName panose1 charset family notTrueType pitch sig embedRegular embedBold embedItalic embedBoldItalic".split()
_SETTINGS_BEFORE = {
    w(t)
    for t in "writeProtection view zoom removePersonalInformation removeDateAndTime doNotDisplayPageBoundaries "
    "displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth printFormsData".split()
}


@dataclass(frozen=True)
class Face:
    """One face of a family as Word names it."""

    family: str
    bold: bool
    italic: bool
    source: Path | io.BytesIO


def script_faces() -> list[tuple[Script, str, tuple[Face, ...]]]:
    """For each script with a font of its own: the family name Word uses
    (:data:`briefer.export.docx_text.SCRIPT_FONTS`) and its faces."""
    out: list[tuple[Script, str, tuple[Face, ...]]] = []
    for script, family in (
        (Script.HAN, "Noto Sans SC"),
        (Script.KANA, "Noto Sans JP"),
        (Script.HANGUL, "Noto Sans KR"),
        (Script.ARABIC, "Noto Sans Arabic"),
        (Script.HEBREW, "Heebo"),
    ):
        out.append((script, family, tuple(Face(family, bold, False, fonts.script_face_file(script, bold)) for bold in (False, True))))
    return out


def latin_faces(family: str) -> tuple[Face, ...]:
    """The four faces of a bundled Latin family (none when not bundled:
    Word then substitutes, as it would without embedding)."""
    files = fonts.latin_face_files(family)
    if files is None:
        return ()
    seen: set[Path] = set()
    out = []
    for (bold, italic), path in files.items():
        if path not in seen:  # a family without an italic maps it to the regular file: Word slants it
            seen.add(path)
            out.append(Face(family, bold, italic, path))
    return tuple(out)


def font_key(data: bytes) -> str:
    """A GUID in Word's form, ``{XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}``,
    the same for the same font bytes."""
    return "{" + str(uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])).upper() + "}"


def obfuscate(data: bytes, key: str) -> bytes:
    """ECMA-376 Part 1 §17.8.1: XOR the first 32 bytes of the font with the
    16 bytes of the GUID ``key`` taken from its last byte to its first.
    Applying it twice gives the font back."""
    guid = bytes.fromhex(key.strip("{}").replace("-", ""))[::-1]
    head = bytes(b ^ guid[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def subset_font(source: Path | io.BytesIO, text: str, *, shaping: bool = False) -> bytes | None:
    """``source`` cut to the characters of ``text`` it has, or None when it
    has none of them but what every document has (digits, space).

    ``shaping``: keep the OpenType layout tables (a script that joins or
    places marks needs them).  Without, they are removed before subsetting:
    fontTools reads all of them whatever it keeps, which costs seconds for
    Noto Sans, and Word applies no ligatures or kerning unless a style asks."""
    data = source.getvalue() if isinstance(source, io.BytesIO) else source.read_bytes()
    return _subset(data, "".join(sorted(set(text) | set(ALWAYS_KEPT))), shaping)


@functools.lru_cache(maxsize=32)
def _subset(data: bytes, chars: str, shaping: bool) -> bytes | None:
    font = TTFont(io.BytesIO(data))
    cmap = font.getBestCmap() or {}
    have = [ord(ch) for ch in chars if ord(ch) in cmap]
    if not any(chr(cp) not in ALWAYS_KEPT for cp in have):
        return None
    if not shaping:
        for tag in ("GSUB", "GPOS", "GDEF", "kern"):
            if tag in font:
                del font[tag]
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.hinting = False
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=have)
    subsetter.subset(font)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


FaceKey = tuple[str, bool, bool]
"""(family as Word names it, bold, italic)."""


def faces_used(stories: Iterable[etree._Element], body_family: str, bold_styles: frozenset[str], italic_styles: frozenset[str]) -> dict[FaceKey, str]:
    """The faces the text of ``stories`` (body, headers, footers) is set in
    and the characters each draws.  A run's family is its ``w:eastAsia`` or
    ``w:cs`` font when it names one (a script's own font), else the body
    family; it is bold or italic by its own properties, its character style
    or its paragraph's style (``bold_styles``/``italic_styles``)."""
    used: dict[FaceKey, list[str]] = {}
    for root in stories:
        for r in root.iter(w("r")):
            texts = [t.text or "" for t in r.iter(w("t"))]
            if not texts:
                continue
            rpr = r.find(w("rPr"))
            family, bold, italic = body_family, False, False
            p = next(r.iterancestors(w("p")), None)
            pstyle = p.find(f"{w('pPr')}/{w('pStyle')}") if p is not None else None
            if pstyle is not None:
                bold = pstyle.get(w("val")) in bold_styles
                italic = pstyle.get(w("val")) in italic_styles
            if rpr is not None:
                fonts_el = rpr.find(w("rFonts"))
                if fonts_el is not None:
                    family = fonts_el.get(w("eastAsia")) or fonts_el.get(w("cs")) or family
                rstyle = rpr.find(w("rStyle"))
                if rstyle is not None and rstyle.get(w("val")) in bold_styles:
                    bold = True
                bold = _switch(rpr.find(w("b")), bold)
                italic = _switch(rpr.find(w("i")), italic)
            used.setdefault((family, bold, italic), []).extend(texts)
        for node in root.iter("{urn:schemas-microsoft-com:vml}textpath"):
            used.setdefault((body_family, False, False), []).append(node.get("string") or "")
    return {key: "".join(parts) for key, parts in used.items()}


def _switch(e: etree._Element | None, inherited: bool) -> bool:
    """An on/off property: absent inherits, ``w:val`` 0/false turns it off."""
    if e is None:
        return inherited
    return e.get(w("val"), "true").lower() not in ("0", "false", "off")


def embed_fonts(word: DocxDocument, body_family: str, used: dict[FaceKey, str]) -> list[str]:
    """Embed the faces in ``used`` (:func:`faces_used`) that Briefer
    bundles, each subsetted to its characters; returns the families
    embedded.  A face not used is not embedded: Word makes a missing bold
    or italic from the regular face, as it does for any font."""
    files: dict[FaceKey, Face] = {(f.family, f.bold, f.italic): f for f in latin_faces(body_family)}
    shaped: set[str] = set()
    for script, family, faces in script_faces():
        for f in faces:
            files[(f.family, f.bold, False)] = f
        if script in SHAPED_SCRIPTS:
            shaped.add(family)
    texts: dict[Face, list[str]] = {}  # a family without italics draws them with its upright faces
    for (family, bold, italic), text in sorted(used.items()):
        face = files.get((family, bold, italic)) or files.get((family, bold, False)) or files.get((family, False, False))
        if face is not None:
            texts.setdefault(face, []).append(text)
    families: dict[str, list[tuple[Face, bytes]]] = {}
    for face, parts in texts.items():
        data = subset_font(face.source, "".join(parts), shaping=face.family in shaped)
        if data is not None:
            families.setdefault(face.family, []).append((face, data))
    if not families:
        return []
    table_part = _font_table_part(word)
    table = etree.fromstring(table_part.blob) if not hasattr(table_part, "element") else table_part.element
    package = word.part.package
    taken = {str(p.partname) for p in package.iter_parts()}
    n = 0
    for family, faces in families.items():
        entry = _font_entry(table, family)
        for face, data in faces:
            key = font_key(data)
            n += 1
            while f"/word/fonts/font{n}.odttf" in taken:
                n += 1
            partname = PackURI(f"/word/fonts/font{n}.odttf")
            taken.add(str(partname))
            part = Part(partname, OBFUSCATED_FONT_TYPE, obfuscate(data, key), package)
            rid = table_part.relate_to(part, RT.FONT)
            tag = _EMBED_TAGS[(face.bold, face.italic)]
            for old in entry.findall(w(tag)):
                entry.remove(old)
            embed = el(tag, entry, fontKey=key, subsetted="1")
            embed.set(f"{{{R_NS}}}id", rid)
        _order_font_children(entry)
    if not hasattr(table_part, "element"):
        table_part._blob = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)
    _settings(word)
    return list(families)


def _font_table_part(word: DocxDocument) -> Part:
    for rel in word.part.rels.values():
        if rel.reltype == RT.FONT_TABLE and not rel.is_external:
            return rel.target_part
    blob = (
        b"<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
        b'<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>'
    )
    part = Part(PackURI("/word/fontTable.xml"), FONT_TABLE_TYPE, blob, word.part.package)
    word.part.relate_to(part, RT.FONT_TABLE)
    return part


def _font_entry(table: etree._Element, family: str) -> etree._Element:
    for f in table.iterfind(w("font")):
        if f.get(w("name")) == family:
            return f
    entry = el("font", table, name=family)
    el("charset", entry, val="00")
    el("family", entry, val="swiss")
    el("pitch", entry, val="variable")
    return entry


def _order_font_children(entry: etree._Element) -> None:
    order = {w(t): i for i, t in enumerate(_FONT_CHILD_ORDER)}
    entry[:] = sorted(entry, key=lambda e: order.get(e.tag, len(order)))


def _settings(word: DocxDocument) -> None:
    """``w:embedTrueTypeFonts`` and ``w:saveSubsetFonts``, in schema order."""
    settings = word.settings.element
    for tag in ("embedTrueTypeFonts", "saveSubsetFonts"):
        for old in settings.findall(w(tag)):
            settings.remove(old)
    anchor = None
    for child in settings:
        if child.tag not in _SETTINGS_BEFORE:
            anchor = child
            break
    for tag in ("embedTrueTypeFonts", "saveSubsetFonts"):
        new = el(tag)
        if anchor is not None:
            anchor.addprevious(new)
        else:
            settings.append(new)


__all__ = ["embed_fonts", "faces_used", "font_key", "obfuscate", "subset_font"]
