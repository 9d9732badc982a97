"""Starting the Word export from a template's reference document.

An office's reference ``.docx`` carries its house styles (Normal, Heading
1–3, Title, Subtitle, Caption, Header, Footer, lists, tables).  The writer
starts from that document instead of python-docx's default and leaves every
style the reference defines alone; :func:`open_reference` prepares it:

* it checks the bytes again as hostile input
  (:func:`briefer.templates.reference_docx.load_reference_docx`);
* a Word *template* (``.dotx``) is opened as a document;
* style ids are normalised by style *name*: a German Word calls Heading 1
  ``berschrift1``, the writer always refers to ``Heading1``;
* styles the writer needs that the reference lacks are copied from
  python-docx's default document (list styles with their numbering), so
  the writer can give them the house look;
* what belongs to the office's document and not to the brief is removed:
  its body text, first-page and even-page headers, comments, custom and core
  properties, and settings that would change how the brief opens (tracked
  changes, protection, mail merge, an attached template).

It returns the document and the ids of the styles the reference defines:
:func:`briefer.export.docx_styles.apply_house_style` must not touch those.
"""

from __future__ import annotations

import copy
import io
import zipfile

import docx as python_docx
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from lxml import etree

from ..templates.reference_docx import load_reference_docx
from .docx_xml import w

_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"

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
_SETTINGS_TO_DROP = (
    "trackRevisions",
    "documentProtection",
    "writeProtection",
    "attachedTemplate",
    "mailMerge",
    "removePersonalInformation",
    "updateFields",
    "linkStyles",
)
_DROP_RELATIONSHIPS = (RT.COMMENTS, RT.CUSTOM_PROPERTIES, RT.THUMBNAIL)


def _as_document(data: bytes) -> bytes:
    """A ``.dotx`` re-labelled as a ``.docx`` (same parts, other content type)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        types = zin.read("[Content_Types].xml")
        if _TEMPLATE_TYPE not in types:
            return data
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for info in zin.infolist():
                content = zin.read(info)
                if info.filename == "[Content_Types].xml":
                    content = content.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                zout.writestr(info.filename, content)
        return out.getvalue()


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


def _clean_section(word: DocxDocument) -> None:
    body = word.element.body
    sect = body.find(w("sectPr"))
    for child in list(body):
        if child is not sect:
            body.remove(child)
    if sect is None:
        body.append(copy.deepcopy(python_docx.Document().element.body.find(w("sectPr"))))
        sect = body.find(w("sectPr"))
    for tag in ("headerReference", "footerReference"):
        for ref in sect.findall(w(tag)):
            if ref.get(w("type")) in ("first", "even"):
                sect.remove(ref)
    for tag in ("titlePg", "cols", "lnNumType", "pgNumType", "formProt"):
        for old in sect.findall(w(tag)):
            sect.remove(old)


def _clean_package(word: DocxDocument) -> None:
    settings = word.settings.element
    for tag in _SETTINGS_TO_DROP:
        for old in settings.findall(w(tag)):
            settings.remove(old)
    for old in settings.findall(w("evenAndOddHeaders")):
        settings.remove(old)
    for rels in (word.part.rels, word.part.package.rels):
        for rid, rel in list(rels.items()):
            if rel.reltype in _DROP_RELATIONSHIPS:
                rels.pop(rid)
    core = word.core_properties._element
    for child in list(core):
        core.remove(child)


def open_reference(data: bytes) -> tuple[DocxDocument, frozenset[str]]:
    """The reference document ready for the writer, and the ids of the
    styles it defines (to be left as they are).  Raises
    :class:`~briefer.templates.reference_docx.ReferenceDocxError`."""
    load_reference_docx(data)
    word = python_docx.Document(io.BytesIO(_as_document(data)))
    styles = word.styles.element
    _normalise_style_ids(styles)
    defined = frozenset(_style_id(s) for s in styles.iterfind(w("style")))
    _fill_missing_styles(word)
    _clean_section(word)
    _clean_package(word)
    return word, defined


__all__ = ["STYLE_IDS_BY_NAME", "open_reference"]
