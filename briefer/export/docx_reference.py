"""Starting the Word export from a template's reference document.

An office's reference ``.docx`` carries its house styles (Normal, Heading
1–3, Title, Subtitle, Caption, Header, Footer, lists, tables).  The writer
uses them instead of python-docx's defaults and leaves every style the
reference defines alone.  :func:`open_reference` builds the document the
writer starts from:

* it checks the bytes again as hostile input
  (:func:`briefer.templates.reference_docx.load_reference_docx`);
* it starts a **fresh package** (python-docx's default document) and takes
  into it, from the reference, only what a reference is for: the styles,
  the numbering (list definitions), the theme, the font table, and from the
  settings only what shapes the page and the text (:data:`SETTINGS_TAKEN`).
  Anything inside those parts that points at another part (a picture
  bullet, an embedded font, a theme picture) is removed.  Nothing else of
  the reference reaches the export: not its body, headers, footers,
  footnotes, comments, pictures, embedded objects, add-ins, custom XML,
  people, properties or document variables.  The writer writes its own
  page setup, header and footer (in the reference's Header and Footer
  styles);
* style ids are normalised by style *name*: a German Word calls Heading 1
  ``berschrift1``, the writer always refers to ``Heading1``;
* styles the writer needs that the reference lacks are copied from
  python-docx's default document (list styles with their numbering), so
  the writer can give them the house look.

It returns the document and the ids of the styles the reference defines:
:func:`briefer.export.docx_styles.apply_house_style` must not touch those.
:func:`briefer.templates.reference_docx.parts_not_taken` lists for the user
what a reference holds that is not taken.
"""

from __future__ import annotations

import copy

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.parser import parse_xml
from lxml import etree

from ..templates.reference_docx import load_reference_docx, reference_parts
from .docx_xml import w

# Word's built-in style names (as stored in w:name, case-insensitive) → the
# English style ids the writer uses.
STYLE_IDS_BY_NAME: dict[str, str] = {
    "normal": "Normal",
    "heading 1": "Heading1",
    "heading 2": "Heading2",
    "heading 3": "Heading3",
    "title": "Title",
    "subtitle": "Subtitle",
    "caption": "Caption",
    "header": "Header",
    "footer": "Footer",
    "list bullet": "ListBullet",
    "list number": "ListNumber",
    "table grid": "TableGrid",
    "normal table": "TableNormal",
    "toc heading": "TOCHeading",
    "hyperlink": "Hyperlink",
}
SETTINGS_TAKEN: tuple[str, ...] = (
    "mirrorMargins",
    "gutterAtTop",
    "defaultTabStop",
    "autoHyphenation",
    "consecutiveHyphenLimit",
    "hyphenationZone",
    "doNotHyphenateCaps",
    "bookFoldRevPrinting",
    "bookFoldPrinting",
    "bookFoldPrintingSheets",
    "characterSpacingControl",
    "compat",
    "themeFontLang",
)
"""The settings taken from a reference: page and text layout, nothing that
changes how the brief opens (no protection, tracking, mail merge, attached
template, document variables)."""

# The order of w:settings children in the schema (CT_Settings); Word wants it kept.
SETTINGS_ORDER = """writeProtection view zoom removePersonalInformation removeDateAndTime
doNotDisplayPageBoundaries displayBackgroundShape printPostScriptOverText printFractionalCharacterWidth
printFormsData embedTrueTypeFonts embedSystemFonts saveSubsetFonts saveFormsData mirrorMargins
alignBordersAndEdges bordersDoNotSurroundHeader bordersDoNotSurroundFooter gutterAtTop hideSpellingErrors
hideGrammaticalErrors activeWritingStyle proofState formsDesign attachedTemplate linkStyles
stylePaneFormatFilter stylePaneSortMethod documentType mailMerge revisionView trackRevisions doNotTrackMoves
doNotTrackFormatting documentProtection autoFormatOverride styleLockTheme styleLockQFSet defaultTabStop
autoHyphenation consecutiveHyphenLimit hyphenationZone doNotHyphenateCaps showEnvelope summaryLength
clickAndTypeStyle defaultTableStyle evenAndOddHeaders bookFoldRevPrinting bookFoldPrinting
bookFoldPrintingSheets drawingGridHorizontalSpacing drawingGridVerticalSpacing
displayHorizontalDrawingGridEvery displayVerticalDrawingGridEvery doNotUseMarginsForDrawingGridOrigin
drawingGridHorizontalOrigin drawingGridVerticalOrigin doNotShadeFormData noPunctuationKerning
characterSpacingControl printTwoOnOne strictFirstAndLastChars noLineBreaksAfter noLineBreaksBefore
savePreviewPicture doNotValidateAgainstSchema saveInvalidXml ignoreMixedContent alwaysShowPlaceholderText
doNotDemarcateInvalidXml saveXmlDataOnly useXSLTWhenSaving saveThroughXslt showXMLTags
alwaysMergeEmptyNamespace updateFields hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr
attachedSchema themeFontLang clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures
forceUpgrade captions readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags
decimalSymbol listSeparator""".split()
_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PIC_BULLET_TAGS = ("numPicBullet", "lvlPicBulletId")


def _style_id(style: etree._Element) -> str:
    return style.get(w("styleId")) or ""


def _normalise_style_ids(styles: etree._Element) -> None:
    """Rename built-in styles to the writer's ids, fixing every reference
    to them inside styles.xml (basedOn, next, link)."""
    renames: dict[str, str] = {}
    taken = {_style_id(s) for s in styles.iterfind(w("style"))}
    for style in styles.iterfind(w("style")):
        name_el = style.find(w("name"))
        name = (name_el.get(w("val")) if name_el is not None else "") or ""
        wanted = STYLE_IDS_BY_NAME.get(name.strip().casefold())
        old = _style_id(style)
        if wanted and old != wanted and wanted not in taken:
            renames[old] = wanted
            taken.add(wanted)
    if not renames:
        return
    for style in styles.iterfind(w("style")):
        old = _style_id(style)
        if old in renames:
            style.set(w("styleId"), renames[old])
        for tag in ("basedOn", "next", "link"):
            ref = style.find(w(tag))
            if ref is not None and ref.get(w("val")) in renames:
                ref.set(w("val"), renames[ref.get(w("val"))])


def _copy_numbering(style: etree._Element, source: DocxDocument, target: DocxDocument) -> None:
    """Give a copied list style its own numbering definition in ``target``."""
    num_id_el = style.find(f"{w('pPr')}/{w('numPr')}/{w('numId')}")
    if num_id_el is None:
        return
    src_numbering = source.part.numbering_part.element
    src_num = src_numbering.num_having_numId(int(num_id_el.get(w("val"))))
    abstract_id = src_num.abstractNumId.val
    src_abstract = next(
        a for a in src_numbering.iterfind(w("abstractNum")) if a.get(w("abstractNumId")) == str(abstract_id)
    )
    numbering = target.part.numbering_part.element
    used = [int(a.get(w("abstractNumId"))) for a in numbering.iterfind(w("abstractNum"))]
    new_abstract_id = max(used, default=-1) + 1
    abstract = copy.deepcopy(src_abstract)
    abstract.set(w("abstractNumId"), str(new_abstract_id))
    for nsid in abstract.iterfind(w("nsid")):
        abstract.remove(nsid)
    first_num = numbering.find(w("num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # abstractNum elements come before num elements
    else:
        numbering.append(abstract)
    num = numbering.add_num(new_abstract_id)
    num_id_el.set(w("val"), str(num.numId))


def _fill_missing_styles(word: DocxDocument) -> None:
    """Copy from python-docx's default document every style the reference
    lacks, with the styles they are based on."""
    default = python_docx.Document()
    styles = word.styles.element
    have = {_style_id(s) for s in styles.iterfind(w("style"))}
    for style in default.styles.element.iterfind(w("style")):
        if _style_id(style) in have:
            continue
        copied = copy.deepcopy(style)
        copied.attrib.pop(w("default"), None)  # the reference keeps its own defaults
        _copy_numbering(copied, default, word)
        styles.append(copied)
        have.add(_style_id(copied))


def _strip_part_references(root: etree._Element) -> None:
    """Remove every element that points at another part (an ``r:`` id):
    a taken part must not lead to anything that was not taken."""
    doomed = [e for e in root.iter() if any(k.startswith(f"{{{_R_NS}}}") for k in e.attrib)]
    for e in doomed:
        parent = e.getparent()
        if parent is not None:
            parent.remove(e)


def _take_settings(target: etree._Element, reference: etree._Element) -> None:
    """Give ``target`` (the fresh settings) the reference's values of
    :data:`SETTINGS_TAKEN`, in schema order."""
    for tag in SETTINGS_TAKEN:
        for old in target.findall(w(tag)):
            target.remove(old)
        for new in reference.findall(w(tag)):
            target.append(copy.deepcopy(new))
    rank = {f"{{{_W_NS}}}{tag}": i for i, tag in enumerate(SETTINGS_ORDER)}
    children = list(target)
    children.sort(key=lambda e: rank.get(e.tag, len(rank)))  # stable: other namespaces stay last, in order
    for child in children:
        target.append(child)


def _set_xml_part(part: object, blob: bytes) -> None:
    """Put ``blob`` into a part of the fresh package (an XML part or a plain one)."""
    root = parse_xml(blob)
    _strip_part_references(root)
    if hasattr(part, "_element"):
        part._element = root  # type: ignore[attr-defined]
    else:
        part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)  # type: ignore[attr-defined]


def _part_by_type(word: DocxDocument, reltype: str) -> object | None:
    for rel in word.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return rel.target_part
    return None


def open_reference(data: bytes) -> tuple[DocxDocument, frozenset[str]]:
    """A fresh document holding the reference's styles, numbering, theme,
    font table and layout settings, and the ids of the styles the reference
    defines (to be left as they are).  Raises
    :class:`~briefer.templates.reference_docx.ReferenceDocxError`."""
    load_reference_docx(data)
    taken = reference_parts(data)
    word = python_docx.Document()
    if "styles" in taken:
        _set_xml_part(word.part._styles_part, taken["styles"])
    if "numbering" in taken:
        numbering = parse_xml(taken["numbering"])
        for tag in _PIC_BULLET_TAGS:
            for old in list(numbering.iter(w(tag))):
                old.getparent().remove(old)
        _set_xml_part(word.part.numbering_part, etree.tostring(numbering))
    for key, reltype in (("theme", RT.THEME), ("fontTable", RT.FONT_TABLE)):
        part = _part_by_type(word, reltype)
        if key in taken and part is not None:
            _set_xml_part(part, taken[key])
    if "settings" in taken:
        reference_settings = parse_xml(taken["settings"])
        _take_settings(word.settings.element, reference_settings)
    styles = word.styles.element
    _normalise_style_ids(styles)
    defined = frozenset(_style_id(s) for s in styles.iterfind(w("style")))
    _fill_missing_styles(word)
    return word, defined


__all__ = ["SETTINGS_ORDER", "SETTINGS_TAKEN", "STYLE_IDS_BY_NAME", "open_reference"]
