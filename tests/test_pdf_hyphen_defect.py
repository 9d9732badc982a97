"""A defect the version 2 property test found (not a version 2 matter):
in a risk table's owner cell, a word with a hyphen ("Ľ-wħě") printed
without its hyphen ("Ľwħě") when the cell mixed fonts (a CJK ideograph
from the supplementary plane earlier on the line) and wrapped: reportlab's
embedded-hyphen breaking dropped it.  The PDF writer no longer breaks at
embedded hyphens (words break at pyphen's hyphenation points, or are split
when wider than the line)."""

from __future__ import annotations

import io

from briefer.model import Brief
from helpers.exporting import export_to
from helpers import pdf_text
from helpers.compare import missing_words

OWNER = "ĎÐ<\U000892b9·\U000f13f1\\jæmě𨷓 Ľ-wħě îû\U0003ef89.ᆢħ\U00054c4c\U0009bae6Ã\U000e109cĶ🏻 \U0004c713 ćA j𬶕óÎ"


def test_a_hyphen_inside_a_word_in_a_table_cell_is_printed() -> None:
    brief = Brief(
        title="t",
        risks=[
            {
                "risk": "\U0009ccd7úĺ\U000b9fd7ľ\U00062e8aþ¿%° ·\U000a6472\U000e6097\U000ba6b6\"-ĞMí n5L\U000be9e3 Ħ\U000cf44a "
                "\U000929e5 Àġ¼³òù¿\U000897ba¥Ì²Å",
                "owner": "ćË\xadćȺĸķ9Oö <vĮ Ô]º\U0008f858KÐ|â ĺCiÒ",
                "likelihood": "low",
                "impact": "medium",
                "mitigation": "W \U000e9867c\U000dc347Pz½\U0003bcacp©🏻P0 ċrČ\U000f096e𮛆ó\U000a38d1ñāĹÏX Érď ôá Ù2āÀĂ\U0010507c",
            },
            {"risk": "ÜL#÷D ¿h§ Ć\U0007c094ÂÚË\U00088f4dÐÓĥ", "owner": OWNER, "likelihood": "low", "impact": "medium"},
        ],
    )
    out = io.BytesIO()
    export_to(brief, out, "pdf")
    assert missing_words(OWNER, pdf_text(out.getvalue())) == []
