"""Bundled fonts: the right face for each script, static instances of the
variable Arabic/Hebrew fonts cached on disk, bidi display order per line."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from briefer.export import fonts
from briefer.export.layout import Run
from briefer.export.pdf_text import Face, clean, runs_markup, visual_order
from briefer.export.scripts import Script


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    cache = tmp_path_factory.getbasetemp() / "font-cache"
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(cache))
    return cache / "fonts"


def test_faces_cover_their_scripts() -> None:
    samples = {
        Script.LATIN: "Ελένη Сергей Müller",
        Script.ARABIC: "حماس",
        Script.HEBREW: "שלום",
        Script.HAN: "习近平",
        Script.KANA: "たなか",
        Script.HANGUL: "김민준",
    }
    for script, text in samples.items():
        face = fonts.face_for_script(script, "Noto Sans")
        missing = [ch for ch in text if ch != " " and not fonts.has_glyph(face, ch)]
        assert not missing, (script, face, missing)


def test_unknown_family_falls_back_to_noto_sans() -> None:
    assert fonts.latin_face("No Such Family", bold=True) == "NotoSans-Bold"
    assert fonts.latin_face("Gentium Book Plus") == "GentiumBookPlus-Regular"
    assert fonts.is_bundled_family("Gentium Book Plus") and not fonts.is_bundled_family("Arial")


@pytest.mark.slow  # several seconds: make test leaves it to CI (make test-all runs it)
def test_static_instances_are_cached_per_weight(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Call the disk cache directly: arabic_face() registers once per process,
    # so whether it makes files here would depend on which test ran first.
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(tmp_path))
    _cache = tmp_path / "fonts"
    source = fonts._ARABIC.path()
    first = fonts.static_instance(source, 400)
    fonts.static_instance(source, 700)
    assert fonts.static_instance(source, 400) == first  # the second call reuses the file
    made = sorted(p.name for p in _cache.glob("NotoSansArabic-*.ttf"))
    assert len(made) == 2 and made[0].endswith("-w400.ttf") and made[1].endswith("-w700.ttf")
    for path in _cache.glob("NotoSansArabic-*.ttf"):
        font = TTFont(path)
        assert "fvar" not in font and "gvar" not in font  # really static
    weights = {p.name[-8:-4]: TTFont(p)["OS/2"].usWeightClass for p in _cache.glob("NotoSansArabic-*.ttf")}
    assert weights == {"w400": 400, "w700": 700}


def test_instance_reused_from_disk(_cache: Path, tmp_path: Path) -> None:
    source = next(Path(__import__("fontpkg_heebo").__file__).parent.joinpath("files").glob("*.ttf"))
    first = fonts.static_instance(source, 400)
    assert isinstance(first, Path) and first.is_file()
    stamp = first.stat().st_mtime_ns
    assert fonts.static_instance(source, 400) == first
    assert first.stat().st_mtime_ns == stamp


def test_unwritable_cache_still_gives_a_font(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("BRIEFER_CACHE_DIR", str(blocker))
    source = next(Path(__import__("fontpkg_heebo").__file__).parent.joinpath("files").glob("*.ttf"))
    got = fonts.static_instance(source, 700)
    assert not isinstance(got, Path) and got.getvalue()[:4] in (b"\x00\x01\x00\x00", b"true")


def test_registration_is_thread_safe() -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            for script in (Script.HAN, Script.KANA, Script.HANGUL, Script.HEBREW):
                fonts.face_for_script(script, "Noto Sans", bold=True)
        except BaseException as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors


def test_markup_escapes_user_text_and_names_fonts() -> None:
    markup = runs_markup((Run("<b>x</b> & 北京 حماس"),), Face("Noto Sans"))
    assert "&lt;b&gt;x&lt;/b&gt; &amp; " in markup
    assert '<font name="NotoSansSC-Regular">北京' in markup
    assert '<font name="NotoSansArabic-Regular">' in markup
    assert "حماس" in markup  # letters as typed: HarfBuzz shapes them when the line is set


def test_japanese_han_uses_the_japanese_face() -> None:
    markup = runs_markup((Run("田中 たなか"),), Face("Noto Sans"))
    assert "NotoSansJP-Regular" in markup and "NotoSansSC" not in markup


def test_clean_drops_control_characters() -> None:
    assert clean("a\x00b\x07c\td\ne") == "abc d\ne"


def test_visual_order_per_line() -> None:
    # Mixed line, LTR base: the Arabic word is reversed in place.
    assert visual_order(["Hamas (", "حماس", ")"], rtl=False) == [(0, "Hamas ("), (1, "سامح"), (2, ")")]
    # RTL base: the first logical word ends up rightmost; brackets mirror.
    out = "".join(t for _, t in visual_order(["שלום (עולם)"], rtl=True))
    assert out == "(םלוע) םולש"


# --------------------------------------------------------------------------
# The ToUnicode patch (docs/upstream/reportlab-tounicode.md)
# --------------------------------------------------------------------------


def test_tounicode_patch_is_installed() -> None:
    from reportlab.pdfbase import ttfonts

    assert ttfonts.makeToUnicodeCMap is fonts._to_unicode_cmap


def test_tounicode_writes_characters_beyond_the_bmp_as_surrogate_pairs() -> None:
    cmap = fonts._to_unicode_cmap("F+ABCDEF", [0x20, 0x41, 0x1F600, 0x2070E])
    lines = cmap.splitlines()
    assert "<01> <0041>" in lines  # BMP entries as reportlab writes them
    assert "<02> <D83DDE00>" in lines  # U+1F600 as UTF-16: D83D DE00
    assert "<03> <D841DF0E>" in lines  # U+2070E
    assert "<02> <1F600>" not in lines


def test_tounicode_patch_leaves_bmp_only_subsets_and_a_fixed_reportlab_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    subset = [0x41, 0x42]
    assert fonts._to_unicode_cmap("F", subset) == fonts._REPORTLAB_TO_UNICODE_CMAP("F", subset)

    def fixed_upstream(fontname: str, subset: list[int]) -> str:  # what a fixed reportlab would write
        return "\n".join([f"{len(subset)} beginbfchar", "<00> <D83DDE00>", "endbfchar"])

    monkeypatch.setattr(fonts, "_REPORTLAB_TO_UNICODE_CMAP", fixed_upstream)
    assert fonts._to_unicode_cmap("F", [0x1F600]) == fixed_upstream("F", [0x1F600])


# --------------------------------------------------------------------------
# Scripts from Unicode's data (fontTools), direction from python-bidi
# --------------------------------------------------------------------------


def test_syriac_and_thaana_are_right_to_left_scripts_without_a_font() -> None:
    from briefer.export.scripts import RTL_SCRIPTS, char_script, split_scripts

    assert char_script("ܐ") == Script.OTHER_RTL  # Syriac
    assert char_script("ދ") == Script.OTHER_RTL  # Thaana
    assert Script.OTHER_RTL in RTL_SCRIPTS
    assert split_scripts("Syriac ܫܠܡܐ") == [(Script.LATIN, "Syriac "), (Script.OTHER_RTL, "ܫܠܡܐ")]


@pytest.mark.slow  # several seconds: make test leaves it to CI (make test-all runs it)
def test_syriac_and_thaana_export_to_pdf_and_word() -> None:
    import io
    import zipfile

    from briefer.export.docx import write_docx
    from briefer.export.layout import LayoutTree, Para
    from briefer.export.pdf import write_pdf
    from helpers import pdf_text

    text = "Syriac ܫܠܡܐ and Thaana ދިވެހި here"
    doc = LayoutTree(title="t", blocks=[Para((Run(text),))])
    pdf, word = io.BytesIO(), io.BytesIO()
    write_pdf(doc, pdf)
    write_docx(doc, word)
    extracted = pdf_text(pdf.getvalue())
    for letter in "ܫܠܡܐދވހ":  # the text layer keeps every letter (printed with the fallback face)
        assert letter in extracted
    with zipfile.ZipFile(word) as z:
        body = z.read("word/document.xml").decode()
    assert body.count("<w:rtl/>") == 2  # both runs marked right to left for Word


def test_base_direction_follows_the_bidi_algorithm() -> None:
    from briefer.export.scripts import base_direction

    assert base_direction("") == "ltr"
    assert base_direction("123 שלום") == "rtl"
    assert base_direction("Hello שלום") == "ltr"
    assert base_direction("\u2067שלום\u2069 is hello") == "ltr"  # rule P2 skips isolates
