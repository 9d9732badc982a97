"""A handling marking is never hyphenated (walk-through A, item 2): the
example's body text printed "OFFICIAL-SENSIT-IVE" at a line end.  Checked
in the text of every page, for every built-in template and a long marking
in a narrow column, in the PDF and in Word's settings."""

from __future__ import annotations

import io
import re
import zipfile

import pytest

from briefer.model import Brief
from helpers.exporting import BUILTINS, builtin, export_to
from helpers.extract import pdf_text

MARKING = "OFFICIAL-SENSITIVE COMMERCIAL"
WORDS = ("OFFICIAL-SENSITIVE", "COMMERCIAL", "SECRET")


def brief_with_markings_in_running_text(width_words: int) -> Brief:
    filler = " ".join(["words"] * width_words)
    sentence = (f"{filler} so a reader at OFFICIAL-SENSITIVE or at SECRET or at OFFICIAL-SENSITIVE COMMERCIAL sees it. ")
    text = " ".join(sentence.replace("words", "w" * (1 + i % 9), 1) for i in range(14))
    return Brief(
        title="Markings in text",
        marking=MARKING,
        summary=text,
        background=text,
        risks=[{"risk": text, "owner": "OFFICIAL-SENSITIVE COMMERCIAL desk", "marking": MARKING}],
        open_issues=[{"issue": "OFFICIAL-SENSITIVE COMMERCIAL", "owner": "OFFICIAL-SENSITIVE", "marking": MARKING}],
    )


@pytest.mark.parametrize("name", sorted(BUILTINS.names()))
def test_no_marking_is_hyphenated_in_the_pdf(name, tmp_path):
    pieces: set[str] = set()
    for n in range(1, 12):
        out = io.BytesIO()
        export_to(brief_with_markings_in_running_text(n), out, "pdf", template=builtin(name))
        text = pdf_text(out.getvalue())
        assert "OFFICIAL-SENSITIVE COMMERCIAL" in text
        for word in re.findall(r"\S+", text):
            core = word.strip("().,;:·/")
            if ("SENSIT" in core or "OFFICI" in core or "COMMERC" in core) and core not in WORDS:
                pieces.add(core)
    assert not pieces, f"{name}: marking words broken: {sorted(pieces)}"


def test_word_never_hyphenates_a_word_in_capitals(tmp_path):
    out = io.BytesIO()
    export_to(brief_with_markings_in_running_text(3), out, "docx")
    settings = zipfile.ZipFile(out).read("word/settings.xml").decode()
    assert re.search(r'<w:doNotHyphenateCaps(?: w:val="(?:true|1|on)")?/>', settings)


@pytest.mark.slow
def test_no_marking_is_hyphenated_in_the_tagged_pdf():
    pieces: set[str] = set()
    for n in (1, 4, 7):
        out = io.BytesIO()
        export_to(brief_with_markings_in_running_text(n), out, "pdf", template=builtin("bilateral"), pdf_standard="ua-1")
        text = pdf_text(out.getvalue())
        assert "OFFICIAL-SENSITIVE COMMERCIAL" in text
        for word in re.findall(r"\S+", text):
            core = word.strip("().,;:·/")
            if ("SENSIT" in core or "OFFICI" in core or "COMMERC" in core) and core not in WORDS:
                pieces.add(core)
    assert not pieces, f"marking words broken: {sorted(pieces)}"


def test_which_words_print_whole():
    from briefer.export.unbroken import markings_in

    found = markings_in(("OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP SECRET", "SECRET//NOFORN"))
    text = "At official-sensitive, (OFFICIAL-SENSITIVE), Top Secret and SECRET//NOFORN; not Top-level or secretariat."
    assert [text[a:b] for a, b in found.spans(text)] == [
        "official-sensitive",
        "OFFICIAL-SENSITIVE",
        "Top Secret",
        "SECRET//NOFORN",
    ]
    assert markings_in(()).spans(text) == []


def _hyphenated_pieces(doc: bytes, word: str) -> set[str]:
    """The pieces of ``word`` (any case) the PDF prints at a line end with
    a hyphen: "inter-", "Top-"."""
    text = pdf_text(doc)
    return {
        piece
        for line in text.splitlines()
        for piece in re.findall(r"(\S+-)$", line.strip())
        if word.casefold().startswith(piece[:-1].casefold()) and len(piece) < len(word)
    }


def _body(words: int, text: str) -> Brief:
    filler = " ".join(["words"] * words)
    return Brief(title="Hyphenation", summary=" ".join(f"{'w' * (1 + i % 7)} {filler} {text}" for i in range(24)))


@pytest.mark.parametrize("word", ["internationally", "INTERNATIONALLY", "Top-level", "Internal-facing"])
def test_ordinary_words_hyphenate_where_they_must(word):
    """Words in capitals and words that share a word with a marking level
    ("Top", "Internal") are not markings: they hyphenate like any other."""
    pieces: set[str] = set()
    for n in range(1, 10):
        out = io.BytesIO()
        export_to(_body(n, f"the {word} reader"), out, "pdf", template=builtin("bilateral"))
        pieces |= _hyphenated_pieces(out.getvalue(), word)
    assert pieces, f"{word} never hyphenated"


def _custom_marking_brief(n: int) -> tuple[Brief, object]:
    template = builtin("bilateral")
    template = template.model_copy(update={"layout": template.layout.model_copy(update={"marking": CUSTOM})})
    brief = template.new_brief("Custom marking")
    brief.summary = _body(n, f"marked {CUSTOM} throughout").summary
    return brief, template


CUSTOM = "Commercial-in-Confidence"


def test_a_templates_custom_marking_is_not_broken():
    pieces: set[str] = set()
    for n in range(1, 10):
        brief, template = _custom_marking_brief(n)
        out = io.BytesIO()
        export_to(brief, out, "pdf", template=template)
        text = pdf_text(out.getvalue())
        assert CUSTOM in text
        pieces |= {w for w in re.findall(r"\S+", text) if ("Commer" in w or "Confi" in w) and w.strip(".,") != CUSTOM}
    assert not pieces, f"custom marking broken: {sorted(pieces)}"


@pytest.mark.slow
def test_the_tagged_pdf_breaks_ordinary_words_and_not_a_custom_marking():
    broken: set[str] = set()
    pieces: set[str] = set()
    for n in (2, 4, 6, 8):
        out = io.BytesIO()
        export_to(_body(n, "the Top-level reader"), out, "pdf", template=builtin("bilateral"), pdf_standard="ua-1")
        pieces |= _hyphenated_pieces(out.getvalue(), "Top-level")
        brief, template = _custom_marking_brief(n)
        out = io.BytesIO()
        export_to(brief, out, "pdf", template=template, pdf_standard="ua-1")
        text = pdf_text(out.getvalue())
        broken |= {w for w in re.findall(r"\S+", text) if ("Commer" in w or "Confi" in w) and w.strip(".,") != CUSTOM}
    assert pieces, "Top-level never broken at its hyphen"
    assert not broken, f"custom marking broken: {sorted(broken)}"



def test_a_portions_marking_is_not_broken_in_the_text():
    """A marking only a portion carries is a marking too, wherever its words
    stand."""
    pieces: set[str] = set()
    for n in range(1, 10):
        brief = _body(n, f"marked {CUSTOM} throughout")
        brief.marking = "OFFICIAL"
        brief.risks = [{"risk": "Leak", "owner": "Desk", "marking": CUSTOM}]
        out = io.BytesIO()
        export_to(brief, out, "pdf", template=builtin("bilateral"))
        text = pdf_text(out.getvalue())
        pieces |= {w for w in re.findall(r"\S+", text) if ("Commer" in w or "Confi" in w) and w.strip(".,") != CUSTOM}
    assert not pieces, f"portion marking broken: {sorted(pieces)}"
