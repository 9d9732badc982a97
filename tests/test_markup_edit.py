"""Bold, italic, bullets and numbering written as the markup the export
parses (briefer.model.markup_edit), checked through that parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefer.model.markup_edit import toggle_emphasis, toggle_list
from briefer.model.text import Span, TextList, TextParagraph, parse_long_text


def test_bold_wraps_the_selection_and_the_parser_reads_it_bold():
    e = toggle_emphasis("Press for a deal now", 10, 16, "**")
    assert e.text == "Press for **a deal** now"
    assert e.text[e.start : e.end] == "a deal"
    assert parse_long_text(e.text) == [TextParagraph((Span("Press for "), Span("a deal", bold=True), Span(" now")))]


def test_toggling_twice_gives_the_text_back():
    once = toggle_emphasis("Press for a deal now", 10, 16, "**")
    twice = toggle_emphasis(once.text, once.start, once.end, "**")
    assert twice.text == "Press for a deal now"
    assert twice.text[twice.start : twice.end] == "a deal"


def test_italic_inside_bold_and_off_again():
    e = toggle_emphasis("**a deal**", 2, 8, "*")
    assert e.text == "***a deal***"
    assert parse_long_text(e.text) == [TextParagraph((Span("a deal", bold=True, italic=True),))]
    back = toggle_emphasis(e.text, e.start, e.end, "*")
    assert back.text == "**a deal**"


def test_a_selection_inside_a_word_takes_the_word_and_no_selection_the_word_at_the_cursor():
    assert toggle_emphasis("the agreement text", 7, 9, "**").text == "the **agreement** text"
    assert toggle_emphasis("the agreement text", 8, 8, "*").text == "the *agreement* text"
    e = toggle_emphasis("end. ", 5, 5, "**")
    assert (e.text, e.start) == ("end. ****", 7)


def test_spaces_at_the_selection_ends_stay_outside_the_markers():
    assert toggle_emphasis("say  this  now", 3, 11, "**").text == "say  **this**  now"


def test_each_line_is_wrapped_and_list_marks_stay_outside():
    text = "- first point\n- second point"
    e = toggle_emphasis(text, 0, len(text), "**")
    assert e.text == "- **first point**\n- **second point**"
    (lst,) = parse_long_text(e.text)
    assert isinstance(lst, TextList) and all(item[0].bold for item in lst.items)


def test_bullets_and_numbering_on_the_lines_of_the_selection():
    text = "Intro\nfirst\nsecond\n\nafter"
    e = toggle_list(text, 7, 14, ordered=False)
    assert e.text == "Intro\n- first\n- second\n\nafter"
    e = toggle_list(e.text, e.start, e.end, ordered=True)
    assert e.text == "Intro\n1. first\n2. second\n\nafter"
    e = toggle_list(e.text, e.start, e.end, ordered=True)
    assert e.text == "Intro\nfirst\nsecond\n\nafter"
    blocks = parse_long_text(toggle_list(text, 7, 14, ordered=True).text)
    assert isinstance(blocks[1], TextList) and blocks[1].ordered and len(blocks[1].items) == 2


def test_numbering_follows_on_from_the_item_above():
    text = "1. one\n2. two\nthree"
    assert toggle_list(text, len(text) - 2, len(text) - 2, ordered=True).text == "1. one\n2. two\n3. three"


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab *-\n1.é", max_size=30), st.data())
def test_never_loses_a_letter(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    for edit in (toggle_emphasis(text, start, end, "**"), toggle_emphasis(text, start, end, "*"),
                 toggle_list(text, start, end, True), toggle_list(text, start, end, False)):
        letters = lambda s: sorted(ch for ch in s if ch.isalpha())  # noqa: E731
        assert letters(edit.text) == letters(text)
        assert 0 <= edit.start <= edit.end <= len(edit.text)


@pytest.mark.parametrize("marker", ["*", "**"])
def test_a_bad_marker_is_refused(marker):
    with pytest.raises(ValueError):
        toggle_emphasis("x", 0, 1, marker + "_")


def test_the_cursor_in_a_bold_or_italic_phrase_takes_the_emphasis_off():
    e = toggle_emphasis("Press for **a deal** now", 15, 15, "**")
    assert (e.text, e.text[e.start : e.end]) == ("Press for a deal now", "a deal")
    e = toggle_emphasis("Press *for a deal* now", 9, 9, "*")
    assert e.text == "Press for a deal now"
    assert toggle_emphasis("**bold** and *it*", 14, 14, "**").text == "**bold** and ***it***"
