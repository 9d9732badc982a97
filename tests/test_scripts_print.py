"""Twelve scripts print with real glyphs and come back out of the PDF's text
layer as typed (issue 12, item 8): Latin, Greek, Cyrillic, Arabic,
Persian/Urdu, Hebrew, Chinese, Japanese, Korean, Devanagari (Hindi), Thai
and Tamil.  Arabic, Devanagari, Thai and Tamil are shaped by HarfBuzz; the
text layer holds letters, never Arabic presentation forms.  Bold Hebrew
embeds a bold Hebrew font; a name in kanji with ``language: ja`` prints with
the Japanese font, in PDF and in Word."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import unicodedata
import zipfile

import pytest
import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics

from briefer.export import fonts
from briefer.export.layout import LayoutTree, Para, Run
from helpers.exporting import builtin, export_to
from briefer.export.docx import write_docx
from briefer.export.pdf import write_pdf
from briefer.export.scripts import Script, split_scripts
from briefer.model import Brief

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="needs pdftotext and pdffonts (apt-get install poppler-utils)",
)

# One line per script: (script of its letters, the face that must print it, the text).
SAMPLES = [
    (Script.LATIN, "NotoSans-Regular", "Minister Müller meets the delegation"),
    (Script.LATIN, "NotoSans-Regular", "Ελένη Παπαδοπούλου υπουργός"),
    (Script.LATIN, "NotoSans-Regular", "Сергей Лавров министр"),
    (Script.ARABIC, "NotoSansArabic-Regular", "حماس في غزة تجتمع اليوم مع الوفد"),
    (Script.ARABIC, "NotoSansArabic-Regular", "وزارت امور خارجه ایران گفتگو"),
    (Script.ARABIC, "NotoSansArabic-Regular", "پاکستان کے وزیر اعظم نے کہا ٹھیک ہے"),
    (Script.HEBREW, "Heebo-Regular", "שלום עולם ראש הממשלה"),
    (Script.HAN, "NotoSansSC-Regular", "习近平 国家主席"),
    (Script.KANA, "NotoSansJP-Regular", "たなか ひろし さん"),
    (Script.HANGUL, "NotoSansKR-Regular", "김민준 외교부 장관"),
    (Script.DEVANAGARI, "NotoSansDevanagari-Regular", "भारत के प्रधानमंत्री श्री नरेन्द्र मोदी किसान"),
    (Script.THAI, "NotoSansThai-Regular", "กระทรวงการต่างประเทศ กล่าวว่า ประเทศไทย ครั้งต่อไป"),
    (Script.TAMIL, "NotoSansTamil-Regular", "தமிழ்நாடு முதலமைச்சர் கொண்டு"),
]
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
# Marks a text extractor adds around right-to-left text, and spaces.
_IGNORED = re.compile(r"[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]+")


def _pdf(blocks: list, **kw: object) -> bytes:
    out = io.BytesIO()
    write_pdf(LayoutTree(title="Scripts", blocks=blocks, **kw), out)
    return out.getvalue()


def _pdftotext(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


def _embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """PostScript name (subset tag removed) -> embedded, from pdffonts."""
    out = subprocess.run(["pdffonts", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
    fonts_in: dict[str, bool] = {}
    for line in out.splitlines()[2:]:
        cols = line.split()
        name = cols[0].split("+", 1)[-1]
        emb = cols[-5]  # emb sub uni object ID: emb is the fifth column from the end
        fonts_in[name] = fonts_in.get(name, False) or emb == "yes"
    return fonts_in


@pytest.fixture(scope="module")
def scripts_pdf() -> bytes:
    return _pdf([Para((Run(text),)) for _, _, text in SAMPLES])


def test_each_script_is_set_in_a_font_that_has_its_glyphs(scripts_pdf: bytes) -> None:
    embedded = _embedded_fonts(scripts_pdf)
    for script, face, text in SAMPLES:
        assert fonts.face_for_script(script, "Noto Sans") == face
        assert embedded.get(face), (face, embedded)
        letters = "".join(part for sc, part in split_scripts(text) if sc == script)
        # HarfBuzz, given the very font file that is embedded, draws every
        # letter with a real glyph (glyph 0 is .notdef, the empty box).
        buf = hb.Buffer()
        buf.add_str(letters)
        buf.guess_segment_properties()
        hb.shape(hb.Font(pdfmetrics.getFont(face).hbFace), buf, {})
        assert buf.glyph_infos and all(g.codepoint != 0 for g in buf.glyph_infos), (face, text)


def test_every_word_of_every_script_is_searchable_in_the_text_layer(scripts_pdf: bytes) -> None:
    text = _pdftotext(scripts_pdf)
    words = {_IGNORED.sub("", w) for w in text.split()}
    for _, _, line in SAMPLES:
        for word in line.split():
            assert word in words, (word, line)  # logical order, also for Arabic, Persian and Urdu


def test_no_arabic_presentation_forms_in_the_text_layer(scripts_pdf: bytes) -> None:
    text = _pdftotext(scripts_pdf)
    assert "حماس" in text
    assert not PRESENTATION_FORMS.findall(text)


def test_urdu_letters_are_in_the_arabic_font() -> None:
    face = fonts.face_for_script(Script.ARABIC, "Noto Sans")
    for ch in "ےںٹڈڑھپچژگیک":
        assert fonts.has_glyph(face, ch), unicodedata.name(ch)


def test_shaping_joins_letters_and_forms_conjuncts() -> None:
    # What HarfBuzz changes is what reportlab alone printed wrong: Arabic in
    # its joining forms, Devanagari's conjunct in क्ष, Tamil's two-part vowel.
    from reportlab.pdfbase.ttfonts import ShapedStr

    from briefer.export.pdf_shaping import shape_text

    for script, word in ((Script.ARABIC, "حماس"), (Script.DEVANAGARI, "क्षत्रिय"), (Script.TAMIL, "கொண்டு")):
        face = fonts.face_for_script(script, "Noto Sans")
        shaped = shape_text(word, face)
        assert isinstance(shaped, ShapedStr), script
        font = pdfmetrics.getFont(face)
        nominal = [font.face.charToGlyph[ord(ch)] for ch in word]
        drawn = [font.face.charToGlyph[ord(ch)] for ch in shaped]
        assert drawn != nominal and drawn != nominal[::-1], script


def test_latin_text_is_not_shaped() -> None:
    from briefer.export.pdf_shaping import shape_text
    from briefer.export.pdf_text import needs_shaping

    assert not needs_shaping("Ελένη Müller Сергей 习近平 שלום")
    assert needs_shaping("Talks with हिन्दी")
    assert shape_text("Minister", fonts.latin_face("Noto Sans")) == "Minister"


def _glyph_texts(pdf: bytes, postscript_name: str) -> list[str]:
    """What each glyph of the named font reads as (its ToUnicode entries)."""
    from pypdf import PdfReader

    texts: list[str] = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            if str(font["/BaseFont"]).split("+", 1)[-1] != postscript_name:
                continue
            cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
            for hexes in re.findall(r"^<[0-9A-F]{2}> <((?:[0-9A-F]{4})*)>$", cmap, re.M):
                texts.append(bytes.fromhex(hexes).decode("utf-16-be"))
    return texts


def test_headings_in_hindi_are_shaped_and_searchable() -> None:
    from briefer.export.layout import Heading

    pdf = _pdf([Heading("भारत के प्रधानमंत्री", key="b"), Para((Run("y"),))])
    words = {_IGNORED.sub("", w) for w in _pdftotext(pdf).split()}
    assert {"भारत", "के", "प्रधानमंत्री"} <= words
    # Shaped: a conjunct is one glyph that reads as several letters ("त्र").
    faces = [name for name in _embedded_fonts(pdf) if name.startswith("NotoSansDevanagari")]
    assert any(len(t) > 1 for face in faces for t in _glyph_texts(pdf, face)), faces


def test_a_right_to_left_marking_reads_in_logical_order() -> None:
    pdf = _pdf([Para((Run("Body"),))], marking="سري — गोपनीय — Secret")
    text = _IGNORED.sub(" ", _pdftotext(pdf))
    for word in ("سري", "गोपनीय", "Secret"):
        assert word in text.split()
    assert not PRESENTATION_FORMS.findall(text)


def test_bold_hebrew_embeds_a_bold_hebrew_font() -> None:
    pdf = _pdf([Para((Run("ראש הממשלה", bold=True),)), Para((Run("שלום"),))])
    embedded = _embedded_fonts(pdf)
    assert embedded.get("Heebo-Bold") and embedded.get("Heebo-Regular"), embedded
    assert "ראש" in _pdftotext(pdf)


def test_bold_arabic_and_hindi_embed_bold_fonts() -> None:
    pdf = _pdf([Para((Run("حماس", bold=True), Run(" भारत", bold=True)))])
    embedded = _embedded_fonts(pdf)
    assert embedded.get("NotoSansArabic-Bold") and embedded.get("NotoSansDevanagari-Bold"), embedded


def _brief_with(name: str, language: str | None) -> Brief:
    participant = {"name": name} if language is None else {"name": name, "language": language}
    return Brief.model_validate({"title": "Visit", "participants": [participant]})


def test_a_kanji_name_with_language_ja_prints_with_the_japanese_font() -> None:
    out = io.BytesIO()
    export_to(_brief_with("山田太郎", "ja"), out, "pdf", builtin("bilateral"))
    embedded = _embedded_fonts(out.getvalue())
    assert embedded.get("NotoSansJP-Bold"), embedded
    assert "NotoSansSC-Bold" not in embedded
    assert "山田太郎" in _pdftotext(out.getvalue())


def test_a_kanji_name_without_a_language_prints_with_the_chinese_font() -> None:
    out = io.BytesIO()
    export_to(_brief_with("山田太郎", None), out, "pdf", builtin("bilateral"))
    embedded = _embedded_fonts(out.getvalue())
    assert embedded.get("NotoSansSC-Bold") and "NotoSansJP-Bold" not in embedded, embedded


def _document_xml(brief: Brief) -> str:
    out = io.BytesIO()
    export_to(brief, out, "docx", builtin("bilateral"))
    with zipfile.ZipFile(out) as z:
        return z.read("word/document.xml").decode()


def test_word_marks_a_kanji_name_with_language_ja_as_japanese() -> None:
    body = _document_xml(_brief_with("山田太郎", "ja"))
    run = body[body.index("山田太郎") - 600 : body.index("山田太郎")]
    assert 'w:eastAsia="Noto Sans JP"' in run and '<w:lang w:eastAsia="ja-JP"/>' in run
    body = _document_xml(_brief_with("山田太郎", None))
    run = body[body.index("山田太郎") - 600 : body.index("山田太郎")]
    assert 'w:eastAsia="Noto Sans SC"' in run and '<w:lang w:eastAsia="zh-CN"/>' in run


def test_word_names_the_fonts_of_the_new_scripts() -> None:
    out = io.BytesIO()
    write_docx(LayoutTree(title="t", blocks=[Para((Run("भारत ไทย தமிழ்"),))]), out)
    with zipfile.ZipFile(out) as z:
        body = z.read("word/document.xml").decode()
    for font, lang in (("Noto Sans Devanagari", "hi-IN"), ("Noto Sans Thai", "th-TH"), ("Noto Sans Tamil", "ta-IN")):
        assert f'w:cs="{font}"' in body and f'w:bidi="{lang}"' in body


def test_a_bracket_after_an_arabic_word_in_an_english_line_stays_after_it() -> None:
    # "the word حماس (Hamas)": the bracket is set in the Arabic font with the
    # word before it, but is not part of the shaped word; it must not be
    # carried to the word's other side.
    from briefer.export.pdf_shaping import shape_text
    from briefer.export.pdf_text import visual_order

    face = fonts.face_for_script(Script.ARABIC, "Noto Sans")
    word = shape_text("حماس", face)
    pieces = ["the word ", word + " (", "Hamas)"]
    out = visual_order(pieces, rtl=False, shaped_rtl=[False, True, False])
    assert [src for src, _ in out] == [0, 1, 2]
    assert out[1][1] == str(word) + " ("  # the glyphs as shaped, then the space and the bracket


def test_an_rtl_line_keeps_each_shaped_word_whole_and_the_words_in_reading_order() -> None:
    from briefer.export.pdf_shaping import shape_text
    from briefer.export.pdf_text import visual_order

    face = fonts.face_for_script(Script.ARABIC, "Noto Sans")
    first, second = shape_text("حماس", face), shape_text("غزة", face)
    out = visual_order([first + " " + second], rtl=True, shaped_rtl=[True])
    assert out == [(0, str(second) + " " + str(first))]  # the first word read is on the right
