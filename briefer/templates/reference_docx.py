"""Checking a Word reference document before anything opens it.

A template may carry a ``.docx`` whose styles (Normal, Heading 1–3, Title,
Subtitle, tables, header and footer) the Word export starts from, so the
output looks like the office's own documents.  That file arrives with a
template from a colleague's mail or a shared drive: it is hostile input.
:func:`load_reference_docx` looks at it with :mod:`zipfile` and a locked-down
lxml parser *before* python-docx ever sees it, and refuses:

* anything that is not a zip, or is bigger than :data:`MAX_COMPRESSED_BYTES`;
* zip bombs: more than :data:`MAX_ENTRIES` entries, more than
  :data:`MAX_UNCOMPRESSED_BYTES` in total, or one entry that expands more
  than :data:`MAX_RATIO` times (sizes are the ones actually read, not the
  ones the zip's directory claims);
* macros: a ``vbaProject.bin`` or any macro-enabled content type
  (``.docm``/``.dotm``, ``vbaProject``, ActiveX);
* external relationships (``TargetMode="External"`` in any ``.rels``:
  an attached template on a server, a remote image, a linked file), which
  would make Word reach out to the network when the export is opened;
* any XML part with a DOCTYPE, entity declaration or processing trick
  (billion laughs, external entities), or that is not well-formed XML;
* a package without the parts a Word document needs.

Every refusal is a :class:`ReferenceDocxError` whose ``str()`` is one
sentence.  Nothing here renders placeholders: a template's text is data.
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

MAX_COMPRESSED_BYTES = 5 * 1024 * 1024
"""A reference document holds styles and perhaps a logo; 5 MB is plenty
(and keeps a template file, which carries it as base64, under its limit)."""
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_ENTRIES = 1000
MAX_RATIO = 100
"""Ordinary Word XML compresses 5–20×; a part that expands more than this is a bomb."""
_RATIO_FLOOR = 1024 * 1024
"""Small parts may compress absurdly well (a run of spaces): the ratio check
applies only once a part has expanded past this."""

_REQUIRED_PARTS = ("[Content_Types].xml", "word/document.xml")
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_MACRO_MARKERS = ("macroenabled", "vbaproject", "vbadata", "activex")
_READ_CHUNK = 64 * 1024


class ReferenceDocxError(ValueError):
    """The Word reference document is refused; ``str()`` says why in one sentence."""


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        dtd_validation=False,
        remove_pis=False,
    )


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """The entry's bytes, read in chunks so a bomb is stopped as soon as it
    passes the ratio or the total budget, whatever its header claims."""
    out = bytearray()
    compressed = max(info.compress_size, 1)
    with zf.open(info) as fh:
        while True:
            chunk = fh.read(_READ_CHUNK)
            if not chunk:
                break
            out += chunk
            if len(out) > budget:
                raise ReferenceDocxError(
                    f"The Word reference document expands to more than {MAX_UNCOMPRESSED_BYTES // (1024 * 1024)} MB; "
                    "it is refused as a possible zip bomb."
                )
            if len(out) > _RATIO_FLOOR and len(out) / compressed > MAX_RATIO:
                raise ReferenceDocxError(
                    f"The part {info.filename} of the Word reference document expands more than {MAX_RATIO} times; "
                    "it is refused as a possible zip bomb."
                )
    return bytes(out)


def _check_xml(name: str, data: bytes) -> etree._Element:
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ReferenceDocxError(
            f"The part {name} of the Word reference document declares a DOCTYPE or entities; "
            "Word never writes them, so the file is refused."
        )
    try:
        root = etree.fromstring(data, _parser())
    except etree.XMLSyntaxError as e:
        raise ReferenceDocxError(f"The part {name} of the Word reference document is not well-formed XML ({e.msg}).") from None
    if root.getroottree().docinfo.doctype:
        raise ReferenceDocxError(f"The part {name} of the Word reference document declares a DOCTYPE; it is refused.")
    return root


def _check_relationships(name: str, root: etree._Element) -> None:
    for rel in root.iter("{*}Relationship"):
        if (rel.get("TargetMode") or "").casefold() == "external":
            kind = posixpath.basename(rel.get("Type") or "link")
            raise ReferenceDocxError(
                f"The Word reference document links to something outside the file ({kind} in {name}); "
                "such links are refused. Save the document without links to templates, images or files elsewhere."
            )


def _check_content_types(root: etree._Element) -> None:
    for item in root:
        content_type = (item.get("ContentType") or "").casefold()
        if any(m in content_type for m in _MACRO_MARKERS):
            raise ReferenceDocxError(
                "The Word reference document is macro-enabled (.docm/.dotm); save it as a plain .docx without macros."
            )


def load_reference_docx(data: bytes) -> bytes:
    """Check ``data`` as a Word reference document and return it unchanged.
    Raises :class:`ReferenceDocxError`."""
    if not isinstance(data, (bytes, bytearray)):
        raise ReferenceDocxError("The Word reference document must be the bytes of a .docx file.")
    if len(data) > MAX_COMPRESSED_BYTES:
        raise ReferenceDocxError(
            f"The Word reference document is {len(data) / 1e6:.1f} MB; "
            f"at most {MAX_COMPRESSED_BYTES // (1024 * 1024)} MB is accepted."
        )
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReferenceDocxError("The Word reference document is not a .docx file (it is not a zip package).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
            if len(infos) > MAX_ENTRIES:
                raise ReferenceDocxError(
                    f"The Word reference document has {len(infos)} parts; at most {MAX_ENTRIES} are accepted."
                )
            names = {i.filename for i in infos}
            for required in _REQUIRED_PARTS:
                if required not in names:
                    raise ReferenceDocxError(f"The Word reference document has no {required}; it is not a Word document.")
            budget = MAX_UNCOMPRESSED_BYTES
            for info in infos:
                lowered = info.filename.casefold()
                if info.flag_bits & 0x1:
                    raise ReferenceDocxError("The Word reference document is encrypted; save it without a password.")
                if posixpath.basename(lowered).startswith("vbaproject") or "/activex/" in f"/{lowered}":
                    raise ReferenceDocxError(
                        "The Word reference document contains macros (vbaProject.bin); save it as a plain .docx without macros."
                    )
                if info.is_dir():
                    continue
                content = _read_entry(zf, info, budget)
                budget -= len(content)
                if lowered.endswith(_XML_SUFFIXES):
                    root = _check_xml(info.filename, content)
                    if lowered.endswith(".rels"):
                        _check_relationships(info.filename, root)
                    elif lowered == "[content_types].xml":
                        _check_content_types(root)
    except ReferenceDocxError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, RuntimeError) as e:
        raise ReferenceDocxError(f"The Word reference document is a damaged zip package ({e}).") from None
    return bytes(data)


# What a reference is for: the relationship types of the main document's
# parts that the Word export takes (see briefer.export.docx_reference).
TAKEN_PART_TYPES = ("styles", "numbering", "theme", "fontTable", "settings")
_OFFICE_DOCUMENT = "/officeDocument"
_PLUMBING = ("[content_types].xml", "_rels/.rels", "docprops/core.xml", "docprops/app.xml")
_DROPPED_KINDS = (
    ("webextension", "a web add-in (task pane) that Word would load from the network"),
    ("embeddings/", "embedded objects (OLE)"),
    ("activex", "ActiveX controls"),
    ("customxml/", "custom XML data"),
    ("people.xml", "author identities (people.xml)"),
    ("footnotes.xml", "footnotes"),
    ("endnotes.xml", "endnotes"),
    ("comments", "comments"),
    ("media/", "pictures"),
    ("header", "headers (the brief writes its own, in the reference's Header style)"),
    ("footer", "footers (the brief writes its own, in the reference's Footer style)"),
    ("docprops/custom.xml", "custom document properties"),
    ("glossary/", "building blocks (glossary)"),
    ("afchunk", "imported HTML or text (altChunk)"),
)


def _resolve(base_dir: str, target: str) -> str:
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(base_dir, target))


def _relationships(zf: zipfile.ZipFile, rels_name: str, base_dir: str) -> list[tuple[str, str]]:
    """``(type, part name)`` of the internal relationships in ``rels_name``."""
    try:
        root = _check_xml(rels_name, zf.read(rels_name))
    except KeyError:
        return []
    found = []
    for rel in root.iter("{*}Relationship"):
        if (rel.get("TargetMode") or "").casefold() == "external":
            continue
        found.append((rel.get("Type") or "", _resolve(base_dir, rel.get("Target") or "")))
    return found


def _main_document(zf: zipfile.ZipFile) -> str:
    for kind, name in _relationships(zf, "_rels/.rels", ""):
        if kind.endswith(_OFFICE_DOCUMENT):
            return name
    return "word/document.xml"


def reference_parts(data: bytes) -> dict[str, bytes]:
    """The parts of an already checked reference that the Word export takes,
    by kind (one of :data:`TAKEN_PART_TYPES`), found through the main
    document's relationships.  Raises :class:`ReferenceDocxError`."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            main = _main_document(zf)
            folder, name = posixpath.split(main)
            out: dict[str, bytes] = {}
            for kind, part in _relationships(zf, posixpath.join(folder, "_rels", name + ".rels"), folder):
                short = kind.rsplit("/", 1)[-1]
                if short in TAKEN_PART_TYPES and short not in out:
                    try:
                        out[short] = zf.read(part)
                    except KeyError:
                        continue  # a relationship to a missing part: nothing to take
            return out
    except (zipfile.BadZipFile, OSError, RuntimeError) as e:
        raise ReferenceDocxError(f"The Word reference document is a damaged zip package ({e}).") from None


def parts_not_taken(data: bytes) -> list[str]:
    """What a checked reference holds that the Word export does not take,
    in words, for telling the user when a template is saved: its body text,
    document variables, and every part other than the styles, numbering,
    theme, font table and settings (each kind named once)."""
    found: list[str] = []

    def note(what: str) -> None:
        if what not in found:
            found.append(what)

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        main = _main_document(zf)
        folder, name = posixpath.split(main)
        taken = {part for kind, part in _relationships(zf, posixpath.join(folder, "_rels", name + ".rels"), folder)
                 if kind.rsplit("/", 1)[-1] in TAKEN_PART_TYPES}
        try:
            body = _check_xml(main, zf.read(main))
            if "".join(body.itertext()).strip():
                note("the document's own text")
        except KeyError:
            pass
        for part, blob in ((p, zf.read(p)) for p in taken if p.endswith("settings.xml")):
            if b"docVars" in blob:
                note("document variables")
        for info in zf.infolist():
            lowered = info.filename.casefold()
            if info.is_dir() or info.filename in taken or lowered == main.casefold() or lowered in _PLUMBING:
                continue
            if lowered.endswith(".rels"):
                continue
            kind = next((what for marker, what in _DROPPED_KINDS if marker in lowered), None)
            note(kind or f"the part {info.filename}")
    return found


def describe_parts_not_taken(data: bytes) -> str | None:
    """One sentence for the user when a template with this reference is
    saved or imported: what the Word export leaves out; None when nothing."""
    dropped = parts_not_taken(data)
    if not dropped:
        return None
    return (
        "Word exports take the styles, lists, theme, fonts and page settings of this template's "
        f"Word reference document; the rest of it is never used: {'; '.join(dropped)}."
    )


__all__ = [
    "MAX_COMPRESSED_BYTES",
    "MAX_ENTRIES",
    "MAX_RATIO",
    "MAX_UNCOMPRESSED_BYTES",
    "ReferenceDocxError",
    "TAKEN_PART_TYPES",
    "describe_parts_not_taken",
    "load_reference_docx",
    "parts_not_taken",
    "reference_parts",
]
