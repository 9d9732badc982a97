"""Numbered copies: one PDF per recipient, stamped on a body laid out once.

The office sends a brief to several readers and must know who holds which
copy.  :func:`stamp_copy` takes the bytes of *any* PDF (whichever writer
made it) and returns the same pages with "Copy N of M · Name (Organisation)"
at the foot of every page and the name as a faint diagonal watermark; the
body is not laid out again, so fifty copies cost little more than one
export.  The overlay is drawn with reportlab in the bundled fonts (a name in
any script prints, shaped and in display order) and merged onto each page
with pypdf.

:func:`recipients_from_brief` and :func:`recipients_from_csv` give the
numbered list; :func:`copy_file_name` the safe ``NN-name.pdf``;
:func:`register_csv` the ``distribution.csv`` the office keeps (copy, name,
organisation, file, SHA-256).  Writing the files is the caller's (the CLI,
the app), each through the atomic write.
"""

from __future__ import annotations

import csv
import hashlib
import io
import math
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    EncodedStreamObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    StreamObject,
)
from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from .. import __version__
from ..model.brief import Brief
from ..model.text import find_forbidden_char
from ..templates.style import Style
from .pdf_text import clean, draw_line, line_pieces, pieces_width

STAMP_SIZE = 7.0  # pt: the copy line at the foot of each page
STAMP_FROM_BOTTOM_MM = 3.2  # its baseline, under the bottom marking
STAMP_COLOUR = "#3A3A3A"
WATERMARK_COLOUR = "#1F3A5F"
WATERMARK_OPACITY = 0.07
WATERMARK_MAX_SIZE = 54.0
WATERMARK_DIAGONAL_FRACTION = 0.6
MAX_RECIPIENTS = 999
REGISTER_NAME = "distribution.csv"
REGISTER_HEADER = ("copy", "name", "organisation", "file", "sha256")


class CopiesError(ValueError):
    """A recipient list that cannot give numbered copies; ``str()`` says what to fix."""


@dataclass(frozen=True)
class Copy:
    """One numbered copy: ``number`` of ``of``, for ``name`` of ``organisation``."""

    number: int
    of: int
    name: str
    organisation: str | None = None

    @property
    def holder(self) -> str:
        """"Jane Doe (FCDO)" or "Jane Doe"."""
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

    @property
    def stamp_text(self) -> str:
        return f"Copy {self.number} of {self.of} · {self.holder}"


# --------------------------------------------------------------------------
# Recipients
# --------------------------------------------------------------------------


def number_copies(entries: Sequence[tuple[str, str | None, int | None]]) -> list[Copy]:
    """``(name, organisation, copy number or None)`` → numbered copies,
    in copy order.  A given number is kept; the others take the lowest
    numbers not given, in list order.  Two entries with the same number
    are refused.  M is the highest number (so a register with gaps says so)."""
    if not entries:
        raise CopiesError("the distribution list is empty; add recipients to the brief or give --recipients LIST.csv")
    if len(entries) > MAX_RECIPIENTS:
        raise CopiesError(f"{len(entries)} recipients; at most {MAX_RECIPIENTS} numbered copies are made at once")
    given: dict[int, str] = {}
    for name, _, number in entries:
        if number is not None:
            if number in given:
                raise CopiesError(f"copy {number} is given to both {given[number]} and {name}; give each a number of its own")
            given[number] = name
    free = (n for n in range(1, 10 * MAX_RECIPIENTS) if n not in given)
    numbered = [(number if number is not None else next(free), name, org) for name, org, number in entries]
    of = max(n for n, _, _ in numbered)
    return sorted((Copy(n, of, name, org) for n, name, org in numbered), key=lambda c: c.number)


def recipients_from_brief(brief: Brief) -> list[Copy]:
    """The brief's ``distribution``, numbered."""
    return number_copies(
        [(r.name.strip(), r.organisation.strip() if r.organisation and r.organisation.strip() else None, r.copy_number) for r in brief.distribution]
    )


def recipients_from_csv(data: bytes, source: str = "the recipients file") -> list[Copy]:
    """A CSV with the header ``name,organisation`` (UTF-8, with or without a
    byte-order mark; comma or semicolon), numbered in file order."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CopiesError(f"{source} is not UTF-8 text; save it as CSV UTF-8") from None
    if not text.strip():
        raise CopiesError(f"{source} is empty; it needs the header name,organisation and one line per recipient")
    first = text.splitlines()[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = list(csv.reader(io.StringIO(text), delimiter=delimiter))
    header = [h.strip().casefold() for h in rows[0]]
    if "name" not in header:
        raise CopiesError(f"{source}: the first line must be the header name,organisation (it is {first[:60]!r})")
    name_at = header.index("name")
    org_at = next((header.index(k) for k in ("organisation", "organization") if k in header), None)
    entries: list[tuple[str, str | None, int | None]] = []
    for line, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue
        name = row[name_at].strip() if name_at < len(row) else ""
        org = row[org_at].strip() if org_at is not None and org_at < len(row) else ""
        if not name:
            raise CopiesError(f"{source}, line {line}: the name is empty; every recipient needs one")
        for value in (name, org):
            if find_forbidden_char(value) is not None or "\n" in value:
                raise CopiesError(f"{source}, line {line}: the name or organisation holds a control character or line break; remove it")
        entries.append((name, org or None, None))
    if not entries:
        raise CopiesError(f"{source} lists no recipients under its header")
    return number_copies(entries)


_UNSAFE_RE = re.compile(r"[^\w.-]+")
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def copy_file_name(copy: Copy) -> str:
    """``03-Jane-Doe.pdf``: the copy number (two digits at least, so the
    files sort) and the name as a safe file name on every system: letters
    and digits of any script, ``-`` for anything else, at most 60
    characters; never a reserved Windows name or a hidden file."""
    width = max(2, len(str(copy.of)))
    stem = unicodedata.normalize("NFC", copy.name)
    stem = _UNSAFE_RE.sub("-", stem).strip("-._")[:60].strip("-._")
    if not stem or stem.casefold() in _RESERVED:
        stem = "recipient"
    return f"{copy.number:0{width}d}-{stem}.pdf"


# --------------------------------------------------------------------------
# Stamping
# --------------------------------------------------------------------------


def _overlay(copy: Copy, width: float, height: float, family: str) -> bytes:
    """One page, ``width`` × ``height`` points, holding only the stamp."""
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height), invariant=1, pageCompression=1)
    c.setCreator(f"Briefer {__version__}")
    c.setProducer(f"Briefer {__version__}")
    # The watermark: the name, faint, corner to corner, behind nothing
    # (it is drawn over the page, so it stays faint enough to read through).
    pieces = line_pieces(clean(copy.name), family)  # the face of the copy line: one font subset per copy
    diagonal = math.hypot(width, height)
    size = WATERMARK_MAX_SIZE
    w = pieces_width(pieces, size) or 1.0
    size = min(size, size * diagonal * WATERMARK_DIAGONAL_FRACTION / w)
    c.saveState()
    c.setFillColor(HexColor(WATERMARK_COLOUR), alpha=WATERMARK_OPACITY)
    c.translate(width / 2, height / 2)
    c.rotate(math.degrees(math.atan2(height, width)))
    draw_line(c, pieces, 0, -size * 0.35, size, "center")
    c.restoreState()
    # The copy line at the foot, shrunk to fit the page's width.
    text = clean(copy.stamp_text)
    line = line_pieces(text, family)
    size = STAMP_SIZE
    room = width - 2 * 12 * mm
    full = pieces_width(line, size)
    if full > room:
        size = max(4.0, size * room / full)
    c.setFillColor(HexColor(STAMP_COLOUR))
    draw_line(c, line, width / 2, STAMP_FROM_BOTTOM_MM * mm, size, "center")
    c.showPage()
    c.save()
    return buf.getvalue()


_FORM_NAME = NameObject("/BrieferCopy")


class _Body:
    """What stamping needs of the body PDF, read once for all copies: each
    page's object number, dictionary, resources and media box; the
    trailer; where the last cross-reference section starts."""

    def __init__(self, pdf: bytes):
        self.pdf = pdf
        try:
            reader = PdfReader(io.BytesIO(pdf))
            if reader.is_encrypted:
                raise CopiesError("the PDF is encrypted; numbered copies are stamped on an unencrypted export")
            self.pages: list[tuple[int, int, DictionaryObject, DictionaryObject, tuple[float, float, float, float]]] = []
            for page in reader.pages:
                ref = page.indirect_reference
                assert ref is not None
                resources = _inherited(page, "/Resources")
                box = page.mediabox
                self.pages.append(
                    (ref.idnum, ref.generation, DictionaryObject(page), DictionaryObject(resources.get_object() if resources else {}),
                     (float(box.left), float(box.bottom), float(box.width), float(box.height)))
                )
            trailer = reader.trailer
            self.size = int(trailer["/Size"])
            self.root = trailer.raw_get("/Root")
            self.info = trailer.raw_get("/Info") if "/Info" in trailer else None
            self.id = trailer.get("/ID")
        except CopiesError:
            raise
        except Exception as e:  # pypdf's errors for a broken file are many
            raise CopiesError(f"the PDF to stamp cannot be read ({e})") from None
        at = pdf.rfind(b"startxref")
        if at < 0:
            raise CopiesError("the PDF to stamp has no cross-reference table")
        self.startxref = int(pdf[at + len(b"startxref") :].split()[0])


def _inherited(page: DictionaryObject, key: str) -> object | None:
    node: DictionaryObject | None = page
    while node is not None:
        if key in node:
            return node.raw_get(key)
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None  # type: ignore[assignment]
    return None


class _Update:
    """The objects of one incremental update, numbered after the body's."""

    def __init__(self, first: int):
        self.next = first
        self.objects: list[tuple[int, int, object]] = []
        self._moved: dict[tuple[int, int], IndirectObject] = {}

    def add(self, obj: object) -> IndirectObject:
        ref = IndirectObject(self.next, 0, None)  # type: ignore[arg-type]
        self.next += 1
        self.objects.append((ref.idnum, 0, obj))
        return ref

    def replace(self, num: int, gen: int, obj: object) -> None:
        self.objects.append((num, gen, obj))

    def adopt(self, obj: object) -> object:
        """``obj`` (from the overlay's file) with every object it refers to
        added to this update under a new number."""
        if isinstance(obj, IndirectObject):
            key = (obj.idnum, obj.generation)
            if key not in self._moved:
                target = obj.get_object()
                ref = IndirectObject(self.next, 0, None)  # type: ignore[arg-type]
                self.next += 1
                self._moved[key] = ref
                self.objects.append((ref.idnum, 0, None))
                at = len(self.objects) - 1
                self.objects[at] = (ref.idnum, 0, self.adopt(target))
            return self._moved[key]
        if isinstance(obj, StreamObject):
            copy = EncodedStreamObject()
            copy._data = obj._data  # as stored, still compressed
            for k, v in obj.items():
                if k != "/Length":
                    copy[NameObject(k)] = self.adopt(v)  # type: ignore[assignment]
            return copy
        if isinstance(obj, DictionaryObject):
            return DictionaryObject({NameObject(k): self.adopt(v) for k, v in obj.items()})
        if isinstance(obj, ArrayObject):
            return ArrayObject(self.adopt(v) for v in obj)
        return obj

    def write(self, body: _Body) -> bytes:
        out = io.BytesIO()
        out.write(body.pdf)
        if not body.pdf.endswith(b"\n"):
            out.write(b"\n")
        offsets: list[tuple[int, int, int]] = []
        for num, gen, obj in self.objects:
            offsets.append((num, gen, out.tell()))
            out.write(f"{num} {gen} obj\n".encode())
            obj.write_to_stream(out)  # type: ignore[attr-defined]
            out.write(b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 1\n0000000000 65535 f\r\n")
        for num, gen, offset in sorted(offsets):
            out.write(f"{num} 1\n{offset:010d} {gen:05d} n\r\n".encode())
        trailer = DictionaryObject(
            {NameObject("/Size"): NumberObject(max(self.next, body.size)), NameObject("/Root"): body.root, NameObject("/Prev"): NumberObject(body.startxref)}
        )
        if body.info is not None:
            trailer[NameObject("/Info")] = body.info
        if body.id is not None:
            trailer[NameObject("/ID")] = body.id
        out.write(b"trailer\n")
        trailer.write_to_stream(out)
        out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())
        return out.getvalue()


def _form(update: _Update, overlay: bytes) -> IndirectObject:
    """The overlay's one page as a form XObject in ``update``."""
    page = PdfReader(io.BytesIO(overlay)).pages[0]
    content = page.raw_get("/Contents").get_object()
    form = update.adopt(content)
    assert isinstance(form, StreamObject)
    box = page.mediabox
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0), FloatObject(box.width), FloatObject(box.height)]),
            NameObject("/Resources"): update.adopt(page.raw_get("/Resources")),
        }
    )
    return update.add(form)


def _stream(data: bytes) -> DecodedStreamObject:
    s = DecodedStreamObject()
    s.set_data(data)
    return s


def stamp_copy(pdf: bytes | _Body, copy: Copy, *, family: str | None = None) -> bytes:
    """``pdf`` with ``copy``'s stamp on every page.  The body is not laid
    out again, nor rewritten: the stamp is an incremental update appended
    to its bytes (a form drawn after each page's own content, in a saved
    and restored graphics state), so every copy holds the same body."""
    body = pdf if isinstance(pdf, _Body) else _Body(pdf)
    family = family or Style().font_family
    update = _Update(body.size)
    save = update.add(_stream(b"q\n"))
    forms: dict[tuple[float, float], IndirectObject] = {}
    draws: dict[tuple[float, float, float, float], IndirectObject] = {}
    for num, gen, page, resources, (left, bottom, width, height) in body.pages:
        key = (round(width, 2), round(height, 2))
        if key not in forms:
            forms[key] = _form(update, _overlay(copy, *key, family))
        box = (left, bottom, *key)
        if box not in draws:
            draws[box] = update.add(_stream(f"Q q 1 0 0 1 {left:g} {bottom:g} cm {_FORM_NAME} Do Q\n".encode()))
        xobjects = resources.get("/XObject")
        xobjects = DictionaryObject(xobjects.get_object() if xobjects is not None else {})
        xobjects[_FORM_NAME] = forms[key]
        new_resources = DictionaryObject(resources)
        new_resources[NameObject("/XObject")] = xobjects
        contents = page.raw_get("/Contents") if "/Contents" in page else None
        resolved = contents.get_object() if contents is not None else None
        before = list(resolved) if isinstance(resolved, ArrayObject) else [contents] if contents is not None else []
        new_page = DictionaryObject(page)
        new_page[NameObject("/Resources")] = new_resources
        new_page[NameObject("/Contents")] = ArrayObject([save, *before, draws[box]])
        update.replace(num, gen, new_page)
    return update.write(body)


def stamp_copies(
    pdf: bytes, copies: Iterable[Copy], *, family: str | None = None, cancel: Callable[[], bool] | None = None
) -> Iterable[tuple[Copy, bytes]]:
    """``(copy, bytes)`` for each of ``copies``, the body read once."""
    body = _Body(pdf)
    for copy in copies:
        if cancel is not None and cancel():
            return
        yield copy, stamp_copy(body, copy, family=family)


class CopiesHalted(Exception):
    """Writing the copies stopped at ``copy``: ``written`` were written
    whole (each by an atomic write), the rest and the register were not."""

    def __init__(self, written: list[tuple[Copy, str, str]], copy: Copy, file: str, cause: BaseException):
        self.written, self.copy, self.file, self.cause = written, copy, file, cause
        done = ", ".join(f for _, f, _ in written) if written else "none"
        if file == REGISTER_NAME:
            super().__init__(f"the register {REGISTER_NAME} was not written: {cause}; copies written whole: {done}")
        else:
            super().__init__(
                f"copy {copy.number} ({file}) was not written: {cause}; copies written whole: {done}; "
                f"no register ({REGISTER_NAME}) was written"
            )


def planned_files(copies: Sequence[Copy]) -> list[str]:
    """The names :func:`write_copies` writes, the register last."""
    return [*(copy_file_name(c) for c in copies), REGISTER_NAME]


def write_copies(
    pdf: bytes,
    copies: Sequence[Copy],
    write: Callable[[str, bytes], None],
    *,
    family: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancel: Callable[[], bool] | None = None,
) -> list[tuple[Copy, str, str]]:
    """Stamp ``pdf`` for each of ``copies`` and hand each copy to
    ``write(file name, bytes)`` (which must write atomically), then the
    register.  Returns ``(copy, file name, SHA-256)`` rows.  Raises
    :class:`CopiesHalted` naming what was written when a write fails or
    ``cancel()`` says stop."""
    body = _Body(pdf)
    rows: list[tuple[Copy, str, str]] = []
    for i, copy in enumerate(copies):
        file = copy_file_name(copy)
        if cancel is not None and cancel():
            raise CopiesHalted(rows, copy, file, InterruptedError("cancelled"))
        data = stamp_copy(body, copy, family=family)
        try:
            write(file, data)
        except Exception as e:  # the caller's write: a full disk, a read-only folder, …
            raise CopiesHalted(rows, copy, file, e) from e
        rows.append((copy, file, sha256(data)))
        if progress is not None:
            progress(i + 1, len(copies))
    try:
        write(REGISTER_NAME, register_csv(rows))
    except Exception as e:
        raise CopiesHalted(rows, copies[-1], REGISTER_NAME, e) from e
    return rows


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def register_csv(rows: Iterable[tuple[Copy, str, str]]) -> bytes:
    """The register: ``copy,name,organisation,file,sha256`` for each
    ``(copy, file name, SHA-256)``, UTF-8 with a byte-order mark (so a
    spreadsheet reads any script), one line per copy."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(REGISTER_HEADER)
    for copy, file, digest in rows:
        w.writerow([copy.number, _csv_safe(copy.name), _csv_safe(copy.organisation or ""), file, digest])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def _csv_safe(value: str) -> str:
    """A cell a spreadsheet shows as text: a leading ``= + - @`` would be read as a formula."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


__all__ = [
    "CopiesHalted",
    "Copy",
    "planned_files",
    "write_copies",
    "CopiesError",
    "REGISTER_HEADER",
    "REGISTER_NAME",
    "copy_file_name",
    "number_copies",
    "recipients_from_brief",
    "recipients_from_csv",
    "register_csv",
    "sha256",
    "stamp_copies",
    "stamp_copy",
]
