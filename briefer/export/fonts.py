"""Fonts for the PDF writer: which bundled TrueType face draws which text.

reportlab has no font fallback: a character missing from the current font
prints as an empty box.  This module knows the bundled faces, registers them
with reportlab once per process (lazily: the CJK files are 6-10 MB each, so
they are only parsed when some text needs them) and answers "which face has
this character?".

Sources (all SIL OFL, shipped by pinned PyPI packages, not by us):

- ``rendercv-fonts``: static Noto Sans R/B/I/BI, Noto Sans SC/JP/KR R/B,
  Gentium Book Plus and a few other Latin families;
- ``fontpkg-noto-sans-arabic`` (Arabic, Persian, Urdu), ``fontpkg-heebo``
  (Hebrew), ``fontpkg-noto-sans-devanagari``, ``-thai`` and ``-tamil``:
  *variable* fonts.  reportlab would only ever draw their default instance,
  so static Regular and Bold instances are made with
  ``fontTools.varLib.instancer`` at first use and cached on disk
  (``$BRIEFER_CACHE_DIR`` or the user cache folder), keyed by a hash of the
  source file so a font package upgrade is picked up.  Each instance gets a
  PostScript name of its own (``Heebo-Bold``): reportlab embeds one font
  per PostScript name, so a bold instance still named ``Heebo-Regular``
  printed in the regular weight.

Arabic, Devanagari, Thai and Tamil need shaping (joined letters, conjuncts,
marks placed by the font): :func:`needs_shaping` names those faces, and
:mod:`briefer.export.pdf_shaping` shapes their text with HarfBuzz.

Registration is guarded by a lock: exports run on a worker thread while the
preview may be rendering on another.
"""

from __future__ import annotations

import atexit
import contextlib
import copy
import functools
import hashlib
import importlib
import io
import os
import shutil
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

import rendercv_fonts
from fontTools.ttLib import TTFont as FTFont
from platformdirs import user_cache_dir
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.pdfbase.ttfonts import TTFont

from .scripts import SHAPED_SCRIPTS, Script

_LOCK = threading.RLock()
_REGISTERED: dict[str, TTFont] = {}
_FILES: dict[str, Path | bytes] = {}  # face name → the TrueType file it was registered from

DEFAULT_FAMILY = "Noto Sans"


# --------------------------------------------------------------------------
# Where the files are
# --------------------------------------------------------------------------


def _rendercv_dir() -> Path:
    return Path(rendercv_fonts.__file__).parent


@functools.lru_cache(maxsize=64)
def _family_files(family: str) -> dict[tuple[bool, bool], Path] | None:
    """The four static faces of a bundled Latin family, keyed (bold, italic),
    or None when the family is not bundled (or lacks a regular face)."""
    folder = _rendercv_dir() / family
    stem = family.replace(" ", "")
    faces = {
        (False, False): folder / f"{stem}-Regular.ttf",
        (True, False): folder / f"{stem}-Bold.ttf",
        (False, True): folder / f"{stem}-Italic.ttf",
        (True, True): folder / f"{stem}-BoldItalic.ttf",
    }
    if not faces[(False, False)].is_file():
        return None
    regular = faces[(False, False)]
    bold = faces[(True, False)] if faces[(True, False)].is_file() else regular
    out = {(False, False): regular, (True, False): bold}
    out[(False, True)] = faces[(False, True)] if faces[(False, True)].is_file() else regular
    out[(True, True)] = faces[(True, True)] if faces[(True, True)].is_file() else bold
    return out


def is_bundled_family(family: str) -> bool:
    """True when ``family`` is a Latin family we can embed (TrueType)."""
    return _family_files(family) is not None


def cache_dir() -> Path:
    """Where generated static font instances are kept."""
    env = os.environ.get("BRIEFER_CACHE_DIR")
    if env:
        return Path(env) / "fonts"
    return Path(user_cache_dir("Briefer")) / "fonts"


# --------------------------------------------------------------------------
# Variable fonts → cached static instances
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class _VariableSource:
    stem: str  # registered names are f"{stem}-Regular" / f"{stem}-Bold"
    module: str  # the fontpkg_* package holding files/<name>.ttf

    def path(self) -> Path:
        mod = importlib.import_module(self.module)
        files = sorted((Path(mod.__file__).parent / "files").glob("*.ttf"))
        if not files:
            raise FileNotFoundError(f"no TrueType file in {self.module}")
        return files[0]


_ARABIC = _VariableSource("NotoSansArabic", "fontpkg_noto_sans_arabic")
_HEBREW = _VariableSource("Heebo", "fontpkg_heebo")
_DEVANAGARI = _VariableSource("NotoSansDevanagari", "fontpkg_noto_sans_devanagari")
_THAI = _VariableSource("NotoSansThai", "fontpkg_noto_sans_thai")
_TAMIL = _VariableSource("NotoSansTamil", "fontpkg_noto_sans_tamil")
_VARIABLE_SOURCES = {
    Script.ARABIC: _ARABIC,
    Script.HEBREW: _HEBREW,
    Script.DEVANAGARI: _DEVANAGARI,
    Script.THAI: _THAI,
    Script.TAMIL: _TAMIL,
}


def _postscript_name(source: Path, weight: int) -> str:
    return f"{source.stem.split('[')[0]}-{'Bold' if weight >= 700 else 'Regular' if weight == 400 else f'W{weight}'}"


def static_instance(source: Path, weight: int) -> Path | io.BytesIO:
    """A static instance of variable font ``source`` at ``weight`` (width at
    its default), from the disk cache or made now, with a PostScript name of
    its own (``Heebo-Bold``).  Returns an in-memory file when the cache
    folder cannot be written (read-only home, kiosk)."""
    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    psname = _postscript_name(source, weight)
    # "-n": instances named per weight (older cache files all say -Regular).
    target = cache_dir() / f"{source.stem.split('[')[0]}-{digest}-n-w{weight}.ttf"
    if target.is_file():
        return target
    font = FTFont(source)
    axes = {a.axisTag: a.defaultValue for a in font["fvar"].axes}
    axes["wght"] = float(weight)
    # fontTools' instancer takes about 60 ms to import, and only a start
    # with an empty font cache needs it: imported here, not at the top.
    from fontTools.varLib import instancer

    static = instancer.instantiateVariableFont(font, axes)
    for record in static["name"].names:
        if record.nameID == 6:  # the PostScript name, which PDF readers and reportlab key fonts by
            record.string = psname
    buf = io.BytesIO()
    static.save(buf)
    data = buf.getvalue()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return target
    except OSError:
        return io.BytesIO(data)


# --------------------------------------------------------------------------
# reportlab fix: ToUnicode entries beyond the Basic Multilingual Plane
# --------------------------------------------------------------------------


_REPORTLAB_TO_UNICODE_CMAP = _ttfonts.makeToUnicodeCMap


def _utf16_hex(cp: int) -> str:
    return chr(cp).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    """reportlab's ``makeToUnicodeCMap`` with two corrections.

    - Characters above U+FFFF are written as UTF-16 surrogate pairs, as the
      PDF spec requires (reportlab 5.1 writes ``<1F600>``, which readers
      decode as garbage: emoji and rare CJK characters would vanish from
      copy/paste and text extraction).  Only entries exactly as reportlab
      5.1 writes them are changed, so this does nothing once reportlab is
      fixed.  Reported upstream: see ``docs/upstream/reportlab-tounicode.md``.
    - Codes of shaped glyphs (:func:`shaped_glyph_code`) read as the text
      they stand for."""
    cmap = _REPORTLAB_TO_UNICODE_CMAP(fontname, subset)
    shaped = _SHAPED_TEXT.get(fontname.split("+", 1)[-1], {})
    if all(cp <= 0xFFFF for cp in subset) and not any(cp in shaped for cp in subset):
        return cmap
    lines = cmap.split("\n")
    header = f"{len(subset)} beginbfchar"
    if header not in lines:
        return cmap  # not the layout this patch knows
    first = lines.index(header) + 1
    for i, cp in enumerate(subset):
        if first + i >= len(lines) or lines[first + i] != "<%02X> <%04X>" % (i, cp):
            continue
        if cp in shaped:
            lines[first + i] = "<%02X> <%s>" % (i, "".join(_utf16_hex(ord(c)) for c in shaped[cp]))
        elif cp > 0xFFFF:
            lines[first + i] = "<%02X> <%s>" % (i, _utf16_hex(cp))
    return "\n".join(lines)


# Shaped glyphs: per PostScript name, code -> the text the glyph stands for,
# and (glyph id, text) -> code.  Codes are in Supplementary Private Use
# Area-A, out of the way of the fonts' own characters and of reportlab's
# private codes (U+E000..).
_SHAPED_TEXT: dict[str, dict[int, str]] = {}
_SHAPED_CODE: dict[str, dict[tuple[int, str, float], int]] = {}
_FIRST_SHAPED_CODE = 0xF0000
_LAST_SHAPED_CODE = 0xFFFFD


def shaped_glyph_code(font: TTFont, gid: int, text: str, width: float) -> int | None:
    """A code that draws glyph ``gid`` of ``font`` with advance ``width``
    (per 1000 units of size) and reads as ``text`` in the PDF text layer;
    made on first use, the same afterwards.  None when the private area is
    used up."""
    name = font.face.name.decode("latin-1")
    with _LOCK:
        codes = _SHAPED_CODE.setdefault(name, {})
        code = codes.get((gid, text, width))
        if code is None:
            code = _FIRST_SHAPED_CODE + len(codes)
            if code > _LAST_SHAPED_CODE:
                return None
            codes[(gid, text, width)] = code
            _SHAPED_TEXT.setdefault(name, {})[code] = text
            font.face.charToGlyph[code] = gid
            font.face.charWidths[code] = width
        return code


_ttfonts.makeToUnicodeCMap = _to_unicode_cmap

# --------------------------------------------------------------------------
# Registration
# --------------------------------------------------------------------------


def _register(name: str, file: Path | io.BytesIO) -> TTFont:
    with _LOCK:
        font = _REGISTERED.get(name)
        if font is None:
            font = TTFont(name, file)
            pdfmetrics.registerFont(font)
            _REGISTERED[name] = font
            _FILES[name] = file.getvalue() if isinstance(file, io.BytesIO) else file
        return font


def _face_name(family: str, bold: bool, italic: bool) -> str:
    stem = family.replace(" ", "")
    return f"{stem}-" + {(False, False): "Regular", (True, False): "Bold", (False, True): "Italic", (True, True): "BoldItalic"}[(bold, italic)]


_LATIN_NAMES: dict[tuple[str, bool, bool], str] = {}


def latin_face(family: str, bold: bool = False, italic: bool = False) -> str:
    """Register (once) and name the face of a bundled Latin family; unknown
    families fall back to Noto Sans."""
    known = _LATIN_NAMES.get((family, bold, italic))
    if known is not None:
        return known
    requested = family
    files = _family_files(family) or _family_files(DEFAULT_FAMILY)
    if _family_files(family) is None:
        family = DEFAULT_FAMILY
    assert files is not None, "rendercv-fonts is missing Noto Sans"
    name = _face_name(family, bold, italic)
    if name not in _REGISTERED:
        _register(name, files[(bold, italic)])
    _LATIN_NAMES[(requested, bold, italic)] = name
    return name


_CJK_STEMS = {Script.HAN: "NotoSansSC", Script.KANA: "NotoSansJP", Script.HANGUL: "NotoSansKR"}


def cjk_face(script: Script, bold: bool = False) -> str:
    stem = _CJK_STEMS.get(script, "NotoSansSC")
    name = f"{stem}-{'Bold' if bold else 'Regular'}"
    if name not in _REGISTERED:
        _register(name, _rendercv_dir() / DEFAULT_FAMILY / f"{name}.ttf")
    return name


def _variable_face(source: _VariableSource, bold: bool) -> str:
    name = f"{source.stem}-{'Bold' if bold else 'Regular'}"
    if name not in _REGISTERED:
        with _LOCK:  # one thread makes the instance, the others wait for it
            if name not in _REGISTERED:
                _register(name, static_instance(source.path(), 700 if bold else 400))
    return name


def arabic_face(bold: bool = False) -> str:
    return _variable_face(_ARABIC, bold)


def hebrew_face(bold: bool = False) -> str:
    return _variable_face(_HEBREW, bold)


_SHAPED_FACES = frozenset(f"{_VARIABLE_SOURCES[sc].stem}-{w}" for sc in SHAPED_SCRIPTS for w in ("Regular", "Bold"))
_RTL_FACES = frozenset(f"{_ARABIC.stem}-{w}" for w in ("Regular", "Bold"))


def needs_shaping(face: str) -> bool:
    """True for the faces whose text must go through HarfBuzz (Arabic,
    Devanagari, Thai, Tamil); Latin, Hebrew and CJK print as they are."""
    return face in _SHAPED_FACES


def is_rtl_face(face: str) -> bool:
    """True for the shaped faces whose words HarfBuzz lays out right to left."""
    return face in _RTL_FACES


def face_for_script(script: Script, family: str, bold: bool = False, italic: bool = False) -> str:
    """The face that draws ``script`` (Latin/Greek/Cyrillic in ``family``)."""
    source = _VARIABLE_SOURCES.get(script)
    if source is not None:
        return _variable_face(source, bold)
    if script in _CJK_STEMS:
        return cjk_face(script, bold)
    return latin_face(family, bold, italic)


def latin_face_files(family: str) -> dict[tuple[bool, bool], Path] | None:
    """The files of a bundled Latin family keyed (bold, italic), or None
    (for the Word writer, which embeds them)."""
    return _family_files(family)


@functools.lru_cache(maxsize=16)
def single_line_height(family: str) -> float:
    """The height of one line of ``family`` set solid, as a multiple of the
    font size, as Word and LibreOffice measure it (OS/2 win ascent plus
    descent over units per em); 1.0 for a family we do not carry.  Word's
    "multiple" line spacing is a multiple of this, where the PDF's leading
    is a multiple of the size: the Word writer divides by it so both print
    lines the same distance apart."""
    files = _family_files(family)
    if files is None:
        return 1.0
    font = FTFont(files[(False, False)], lazy=True)
    os2 = font["OS/2"]
    return (os2.usWinAscent + os2.usWinDescent) / font["head"].unitsPerEm


def script_face_file(script: Script, bold: bool = False) -> Path | io.BytesIO:
    """The TrueType file of the face that draws ``script`` (CJK, Arabic,
    Hebrew), regular or bold: what the PDF embeds, for the Word writer."""
    if script == Script.ARABIC:
        return static_instance(_ARABIC.path(), 700 if bold else 400)
    if script == Script.HEBREW:
        return static_instance(_HEBREW.path(), 700 if bold else 400)
    stem = _CJK_STEMS.get(script, "NotoSansSC")
    return _rendercv_dir() / DEFAULT_FAMILY / f"{stem}-{'Bold' if bold else 'Regular'}.ttf"


def has_glyph(face: str, ch: str) -> bool:
    """True when registered ``face`` maps ``ch`` to a real glyph."""
    font = _REGISTERED.get(face)
    if font is None:
        return False
    return ord(ch) in font.face.charToGlyph


def fallback_face(ch: str, family: str, bold: bool = False, italic: bool = False) -> str | None:
    """A face that has ``ch``: the family, then Noto Sans, then the CJK fonts
    (they carry arrows, stars, check marks, circled numbers).  None when no
    bundled font has it (most emoji)."""
    for face in (latin_face(family, bold, italic), latin_face(DEFAULT_FAMILY, bold, italic)):
        if has_glyph(face, ch):
            return face
    for script in (Script.KANA, Script.HAN, Script.HANGUL):
        face = cjk_face(script, bold)
        if has_glyph(face, ch):
            return face
    return None


MISSING_FACE = "Briefer-MissingGlyph"


def _missing_glyph_font() -> TTFont:
    """The private copy of Noto Sans behind :data:`MISSING_FACE` (made once;
    call with ``_LOCK`` held)."""
    font = _REGISTERED.get(MISSING_FACE)
    if font is None:
        files = _family_files(DEFAULT_FAMILY)
        assert files is not None
        font = TTFont(MISSING_FACE, files[(False, False)])
        # A private copy of the face: its own character map and widths, and
        # its own PostScript name (reportlab aliases fonts that share one).
        font.face = copy.copy(font.face)
        font.face.charToGlyph = dict(font.face.charToGlyph)
        font.face.charWidths = dict(font.face.charWidths)
        font.face.name = b"NotoSans-MissingGlyph"
        pdfmetrics.registerFont(font)
        _REGISTERED[MISSING_FACE] = font
    return font


def missing_glyph_face(ch: str) -> str:
    """A face that prints ``ch`` as Noto Sans' "missing glyph" box while the
    PDF text layer keeps the real character (so copy/paste, search and
    extraction still see the emoji).  Used for characters no bundled font
    has.  The face is a private copy of Noto Sans whose character map also
    sends such characters to glyph 0."""
    with _LOCK:
        _missing_glyph_font().face.charToGlyph.setdefault(ord(ch), 0)
    return MISSING_FACE


def invisible_face(ch: str) -> str:
    """Like :func:`missing_glyph_face`, for characters that draw nothing
    (variation selectors, format characters no font has): they map to Noto
    Sans' empty zero-width glyph, so nothing shows and the text layer keeps
    them."""
    with _LOCK:
        face = _missing_glyph_font().face
        empty = face.charToGlyph.get(0x200B)  # ZERO WIDTH SPACE: empty, no advance
        if ord(ch) not in face.charToGlyph:
            face.charToGlyph[ord(ch)] = 0 if empty is None else empty
            if empty is not None:
                face.charWidths[ord(ch)] = 0
    return MISSING_FACE


@functools.lru_cache(maxsize=8)
def outlines(face: str):  # noqa: ANN201 - fontTools.ttLib.TTFont
    """The glyph outlines of a registered face, for text that is drawn as
    shapes rather than as text (the watermark: not in the text layer)."""
    with _LOCK:
        file = _FILES[face]
    source = io.BytesIO(file) if isinstance(file, bytes) else file
    return FTFont(source, lazy=True)


def font_data(face: str) -> bytes:
    """The font file of a registered face, as bytes (for HarfBuzz, where
    text is shaped and drawn as shapes: a copy's name watermark)."""
    with _LOCK:
        file = _FILES[face]
    return file if isinstance(file, bytes) else Path(file).read_bytes()
_FOLDERS: dict[str, Path] = {}


def font_folder(family: str) -> Path:
    """A folder holding every bundled face an engine that finds fonts by
    folder (Typst) needs for text in ``family``: its four static faces,
    Noto Sans', the CJK faces and the static instances of the variable
    fonts (the same files this module gives reportlab).  Made once per
    process per family, as symbolic links (copies where links cannot be
    made) in a private temporary folder removed at exit."""
    with _LOCK:
        folder = _FOLDERS.get(family)
        if folder is not None and folder.is_dir():
            return folder
        files: dict[str, Path | bytes] = {}
        for fam in dict.fromkeys((family, DEFAULT_FAMILY)):
            for path in (_family_files(fam) or {}).values():
                files[path.name] = path
        for stem in _CJK_STEMS.values():
            for weight in ("Regular", "Bold"):
                files[f"{stem}-{weight}.ttf"] = _rendercv_dir() / DEFAULT_FAMILY / f"{stem}-{weight}.ttf"
        for source in _VARIABLE_SOURCES.values():
            for weight in (400, 700):
                made = static_instance(source.path(), weight)
                name = f"{source.stem}-{'Bold' if weight >= 700 else 'Regular'}.ttf"
                files[name] = made.getvalue() if isinstance(made, io.BytesIO) else made
        folder = Path(tempfile.mkdtemp(prefix="briefer-fonts-"))
        atexit.register(shutil.rmtree, folder, True)
        for name, file in files.items():
            target = folder / name
            if isinstance(file, bytes):
                target.write_bytes(file)
                continue
            try:
                target.symlink_to(file)
            except OSError:
                shutil.copyfile(file, target)
        _FOLDERS[family] = folder
        return folder


def registered_faces() -> list[str]:
    """Names registered so far (for tests and diagnostics)."""
    with _LOCK:
        return sorted(_REGISTERED)


__all__ = [
    "DEFAULT_FAMILY",
    "invisible_face",
    "is_rtl_face",
    "needs_shaping",
    "shaped_glyph_code",
    "arabic_face",
    "cache_dir",
    "cjk_face",
    "face_for_script",
    "fallback_face",
    "font_folder",
    "has_glyph",
    "hebrew_face",
    "is_bundled_family",
    "latin_face",
    "missing_glyph_face",
    "outlines",
    "registered_faces",
    "static_instance",
]
