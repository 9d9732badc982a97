"""Issue 14: every built-in template prints what real briefs of its kind
carry.  One format-2 brief with decisions, questions, clearances, a contact,
logistics and two time zones is exported with each built-in template, in
both formats, and the printed text is read back."""

from __future__ import annotations

import io
import re

import pytest

from briefer.export.compose import compose
from briefer.export.layout import Heading, Para, Table
from briefer.model import Brief
from helpers.exporting import BUILTINS, builtin, export_to
from helpers.extract import docx_all_xml, docx_text, pdf_text

TEMPLATES = BUILTINS.names()

DECISION = "Approve the 2026 budget of the stabilisation fund"
RECOMMENDATION = "Approve, with a review after six months"
QUESTION = "Will the UK send troops to the force"
ANSWER = "Its composition is for the contributors and the parties to agree"
CONTACT = ("Sarah Levy", "+44 20 7946 0000", "s.levy@example.org")
CLEARED = "Head of desk, MENAD (cleared with comments, 9 Nov 2025)"
BOTH_ZONES = "10:00–11:30 Jerusalem (08:00–09:30 London)"
LOGISTICS = "Dress: lounge suit"


def practice_brief(**extra) -> Brief:
    return Brief.model_validate(
        {
            "title": "Meeting on Phase Two",
            "marking": "OFFICIAL",
            "summary": "The bottom line.",
            "meeting": {
                "date": "2025-11-10",
                "start": "10:00",
                "end": "11:30",
                "timezone": "Asia/Jerusalem",
                "home_timezone": "Europe/London",
                "location": "Jerusalem",
                "format": "in-person",
            },
            "contact": dict(zip(("name", "phone", "email"), CONTACT)),
            "clearances": [
                {"name": "Head of desk", "office": "MENAD", "status": "cleared with comments", "date": "2025-11-09"},
                {"name": "Director", "status": "pending"},
            ],
            "decisions": [{"decision": DECISION, "recommendation": RECOMMENDATION}],
            "questions": [{"question": QUESTION + "?", "answer": ANSWER + "."}],
            "logistics": f"- {LOGISTICS}\n- Gifts: none",
            "key_points": [{"point": "Disarmament is the crux.", "priority": "high"}],
            "participants": [{"name": "Jared Kushner", "title": "US envoy", "delegation": "United States", "role": "principal"}],
            "agenda": [{"time": "10:00", "place": "Prime Minister's Office", "item": "Talks", "lead": "Both"}],
            **extra,
        }
    )


def flat(text: str) -> str:
    """Extracted text with every line wrap one space; a word hyphenated at a
    line end ("Dir-\nector") whole again."""
    text = re.sub(r"(?<=[a-z])[-\u2010]\n(?=[a-z])", "", text.replace("\u00ad", ""))
    return re.sub(r"\s+", " ", text).strip()


def printed(name: str, fmt: str, brief: Brief | None = None) -> str:
    """The text of ``brief`` exported with the built-in ``name``: ``pdf``,
    ``tagged`` (the Typst PDF/UA writer) or ``docx``."""
    out = io.BytesIO()
    if fmt == "tagged":
        export_to(brief or practice_brief(), out, "pdf", builtin(name), pdf_standard="ua-1")
        # Typst's text layer may split a word where a line could break
        # ("pend ing", or a soft hyphen): compare without either.
        return re.sub(r"[\s\u00ad]+", "", pdf_text(out.getvalue()))
    export_to(brief or practice_brief(), out, fmt, builtin(name))
    return flat(docx_text(out.getvalue(), headers=False) if fmt == "docx" else pdf_text(out.getvalue()))


def _in(fmt: str, part: str) -> str:
    """``part`` as :func:`printed` gives it for ``fmt``."""
    return re.sub(r"\s+", "", part) if fmt == "tagged" else part


@pytest.mark.parametrize("fmt", ["pdf", "docx", pytest.param("tagged", marks=pytest.mark.slow)])
@pytest.mark.parametrize("name", TEMPLATES)
def test_every_cover_prints_the_meeting_time_in_both_zones_the_contact_and_the_clearance(name, fmt):
    text = printed(name, fmt)
    assert _in(fmt, BOTH_ZONES) in text
    for part in CONTACT:
        assert _in(fmt, part) in text
    assert _in(fmt, "Cleared by") in text and _in(fmt, CLEARED) in text and _in(fmt, "Director (pending)") in text
    # The meeting's facts come first and are labelled as the meeting's.
    assert text.index(_in(fmt, "Meeting date")) < text.index("Contact") < text.index(_in(fmt, "Cleared by"))
    assert "Asia/Jerusalem" not in text and "Europe/London" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx", pytest.param("tagged", marks=pytest.mark.slow)])
def test_board_prints_its_decisions_first_each_with_its_recommendation(fmt):
    text = printed("board", fmt)
    at = lambda part, *start: text.index(_in(fmt, part), *start)  # noqa: E731
    start = at("Decisions required")
    assert at("The Board is asked to:") > start
    assert at(DECISION) < at("Recommendation: " + RECOMMENDATION)
    for later in ("Summary", "Points for the chair", "Attendance"):
        assert at(later, start) > at(RECOMMENDATION)


def test_board_prints_decisions_as_its_first_section_and_not_the_purpose_under_it():
    tree = compose(practice_brief(purpose="Why the paper is here."), builtin("board"))
    headings = [b for b in tree.blocks if isinstance(b, Heading) and b.level == 1]
    assert [h.key for h in headings][:2] == ["decisions", "summary"]
    assert headings[0].text == "Decisions required"
    purpose = next(h for h in headings if h.key == "purpose")
    assert purpose.text != "Decisions required"
    titles = builtin("board").layout.section_titles
    assert "'" not in "".join(titles.values())  # typographic apostrophes, like every label


@pytest.mark.parametrize("fmt", ["pdf", "docx", pytest.param("tagged", marks=pytest.mark.slow)])
def test_press_prints_questions_and_answers_not_a_risk_register(fmt):
    brief = practice_brief(risks=[{"risk": "A risk to nobody", "likelihood": "high", "impact": "high"}])
    text = printed("press", fmt, brief)
    q = text.index(_in(fmt, "Q " + QUESTION + "?")) if _in(fmt, "Q " + QUESTION) in text else text.index("Q" + _in(fmt, QUESTION))
    assert text.index(_in(fmt, "A " + ANSWER)) > q or text.index("A" + _in(fmt, ANSWER)) > q
    assert _in(fmt, "Difficult questions") not in text and _in(fmt, "Risk matrix") not in text


def _cell_text(cell) -> str:
    return "".join(r.text for p in cell.blocks if isinstance(p, Para) for r in p.runs)


def test_press_prints_q_and_the_question_in_bold_and_the_answer_after_an_a():
    tree = compose(practice_brief(), builtin("press"))
    (table,) = [b for b in tree.blocks if isinstance(b, Table) and any(QUESTION in _cell_text(c) for row in b.rows for c in row)]
    (q_row,) = [row for row in table.rows if QUESTION in _cell_text(row[1])]
    assert _cell_text(q_row[0]) == "Q"
    assert all(r.bold for c in q_row for p in c.blocks for r in p.runs)
    a_row = table.rows[table.rows.index(q_row) + 1]
    assert _cell_text(a_row[0]) == "A" and ANSWER in _cell_text(a_row[1])
    assert not any(r.bold for p in a_row[1].blocks for r in p.runs)


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_call_has_likely_questions_and_no_risk_register_or_heat_map(fmt):
    brief = practice_brief(risks=[{"risk": "Talks stall", "likelihood": "high", "impact": "high"}])
    text = printed("call", fmt, brief)
    assert "Likely questions" in text and ANSWER in text
    assert "Talks stall" not in text and "Risk matrix" not in text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_visit_prints_the_timed_programme_with_places_and_the_logistics(fmt):
    text = printed("visit", fmt)
    assert "Day programme" in text and "Prime Minister's Office" in text
    assert text.index("Day programme") < text.index("Logistics") < text.index(LOGISTICS)


def test_bilateral_prints_points_to_make_before_the_who_s_who():
    tree = compose(practice_brief(), builtin("bilateral"))
    keys = [b.key for b in tree.blocks if isinstance(b, Heading) and b.level == 1]
    assert keys.index("key_points") < keys.index("participants")


@pytest.mark.parametrize("fmt", ["pdf"])
def test_the_priority_tag_stays_whole_on_the_line_of_the_point_s_last_word(fmt):
    """Points of every length, so that some line end falls at each place in
    the tag: no line ends with the "·", none starts with the label."""
    points = [{"point": "Press " + "the partners " * n + f"now{n}.", "priority": "high"} for n in range(2, 26)]
    out = io.BytesIO()
    export_to(Brief.model_validate({"title": "Points", "key_points": points}), out, fmt, builtin("quick"))
    lines = [line.strip() for line in pdf_text(out.getvalue()).splitlines()]
    assert not [line for line in lines if line.endswith("·")]
    assert not [line for line in lines if line.startswith(("High", "priority", "·"))]
    for n in range(2, 26):
        assert any(f"now{n}." in line and "High\u00a0priority" in line.replace(" ", "\u00a0") for line in lines), n


def test_the_risk_table_has_a_legend_for_its_colour_stripe_and_the_matrix_names_the_colours():
    brief = practice_brief(risks=[{"risk": "Talks stall", "likelihood": "high", "impact": "high"}])
    tables = [b for b in compose(brief, builtin("bilateral")).blocks if isinstance(b, Table) and b.caption]
    risk_table, matrix = tables[0], tables[1]
    assert "green low, amber medium, red high" in risk_table.caption
    assert "number" in risk_table.caption
    assert matrix.kind == "matrix" and "green low, amber medium, red high" in matrix.caption
    assert "light" not in matrix.caption
    unrated = practice_brief(risks=[{"risk": "Talks stall"}])
    assert not [b for b in compose(unrated, builtin("bilateral")).blocks if isinstance(b, Table) and b.caption]


ARABIC_NAME = "محمد بن سلمان"


def _x_of_text_containing(pdf: bytes, predicate) -> list[float]:
    from pypdf import PdfReader  # noqa: PLC0415 - only this test reads positions

    xs: list[float] = []

    def visit(text, cm, tm, font, size):  # noqa: ANN001
        if text.strip() and predicate(text):
            xs.append(tm[4] * cm[0] + cm[4])

    for page in PdfReader(io.BytesIO(pdf)).pages:
        page.extract_text(visitor_text=visit)
    return xs


def test_an_arabic_only_name_keeps_the_left_margin_of_a_left_to_right_brief():
    brief = Brief.model_validate(
        {"title": "Meeting with the Saudi delegation", "participants": [
            {"name": ARABIC_NAME, "title": "Crown Prince", "delegation": "Saudi Arabia", "role": "principal"},
            {"name": "Jared Kushner", "title": "US envoy", "delegation": "Saudi Arabia"},
        ]}
    )
    out = io.BytesIO()
    export_to(brief, out, "pdf", builtin("bilateral"))
    arabic = _x_of_text_containing(out.getvalue(), lambda t: any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in t))
    latin = _x_of_text_containing(out.getvalue(), lambda t: "Jared" in t)
    assert arabic and latin
    assert min(arabic) < latin[0] + 5  # at the left margin, with the Latin name, not at the far right


def test_an_arabic_only_name_in_word_keeps_the_paragraph_left_to_right():
    brief = Brief.model_validate({"title": "Meeting", "participants": [{"name": ARABIC_NAME, "title": "Crown Prince"}]})
    out = io.BytesIO()
    export_to(brief, out, "docx", builtin("bilateral"))
    xml = docx_all_xml(out.getvalue())
    para = xml[xml.rfind("<w:p>", 0, xml.find(ARABIC_NAME.split()[0])) if "<w:p>" in xml else 0 : xml.find(ARABIC_NAME.split()[0])]
    assert "<w:bidi/>" not in para[para.rfind("<w:p") :]


def test_word_isolates_each_right_to_left_name_so_brackets_stay_on_their_side():
    brief = Brief.model_validate({"title": "Meeting", "stakeholders": [{"name": "Hamas (حماس)", "position": "Refuses."}]})
    out = io.BytesIO()
    export_to(brief, out, "docx", builtin("bilateral"))
    xml = docx_all_xml(out.getvalue())
    assert ">Hamas (</w:t>" in xml
    assert "\u2068حماس\u2069</w:t>" in xml  # FSI … PDI around the Arabic only
    assert ">)</w:t>" in xml


def _people(n: int) -> list[dict]:
    return [
        {"name": f"Person {i}", "title": f"Title {i}", "organization": f"Org {i}", "delegation": "Israel" if i % 2 else "United States",
         "role": "member", "bio": f"The biography of person {i}.", "pronunciation": f"PER-son {i}"}
        for i in range(n)
    ]


def test_bilateral_prints_a_compact_who_s_who_with_biographies_in_an_annex_over_eight_participants():
    tree = compose(practice_brief(participants=_people(9)), builtin("bilateral"))
    headings = [b for b in tree.blocks if isinstance(b, Heading) and b.level == 1]
    assert headings[-1].key == "biographies" and headings[-1].text == "Annex: biographies"
    start = tree.blocks.index(next(h for h in headings if h.key == "participants"))
    end = tree.blocks.index(next(h for h in headings if h.key != "participants" and tree.blocks.index(h) > start))
    whos_who = tree.blocks[start:end]
    tables = [b for b in whos_who if isinstance(b, Table)]
    assert [c.title for c in tables[0].columns] == ["Name", "Role", "Position"]
    assert sum(len(t.rows) for t in tables) == 9
    section_text = " ".join(_cell_text(c) for t in tables for row in t.rows for c in row)
    assert "Title 3, Org 3" in section_text and "biography" not in section_text
    annex = " ".join(tree.iter_text()[-60:])
    for i in range(9):
        assert f"The biography of person {i}." in annex and f"PER-son {i}" in annex


def test_eight_participants_or_a_template_without_the_option_print_full_entries():
    for brief, name in ((practice_brief(participants=_people(8)), "bilateral"), (practice_brief(participants=_people(12)), "board")):
        tree = compose(brief, builtin(name))
        assert not [b for b in tree.blocks if isinstance(b, Heading) and b.key == "biographies"]
        assert "The biography of person 0." in tree.iter_text()


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_the_compact_who_s_who_and_its_annex_print_in_both_formats(fmt):
    text = printed("bilateral", fmt, practice_brief(participants=_people(10)))
    assert text.index("Person 9") < text.index("Annex: biographies") < text.index("The biography of person 9.")


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_press_lists_the_interviewer_and_the_outlet_not_our_principal_and_advisers(fmt):
    people = [
        {"name": "Our Minister", "title": "Foreign Secretary", "role": "principal"},
        {"name": "Our Press Officer", "title": "Head of News", "role": "advisor"},
        {"name": "Jane Interviewer", "title": "Presenter", "organization": "BBC Radio 4, Today"},
    ]
    text = printed("press", fmt, practice_brief(participants=people))
    after = text[text.index("Interviewer and outlets") :]
    assert "Jane Interviewer" in after and "Presenter, BBC Radio 4, Today" in after
    assert "Our Minister" not in text and "Our Press Officer" not in text
