"""A handling marking on a line of its own ("OFFICIAL-SENSITIVE",
"CONFIDENTIAL — UK EYES ONLY") at the top of a text or a Word brief."""

from __future__ import annotations

import re

_MARKING_RE = re.compile(
    r"(?:TOP SECRET|SECRET|OFFICIAL(?:[- ]SENSITIVE)?|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|PROTECTED(?: [ABC])?"
    r"|COMMERCIAL IN CONFIDENCE|SENSITIVE|INTERNAL(?: ONLY)?|NATO (?:UNCLASSIFIED|RESTRICTED|CONFIDENTIAL|SECRET))"
    r"(?:[ \t]{0,3}[-–—/:][ \t]{0,3}|[ \t]{1,3})?(?:[A-Z][A-Z0-9 ,/-]{0,60})?"
)


_LABEL_RE = re.compile(r"(?:SECURITY[ \t]+)?(?:CLASSIFICATION|MARKING|PROTECTIVE MARKING)[ \t]*:[ \t]*", re.I)


def marking_of_line(line: str) -> str | None:
    """The marking when ``line`` is nothing but a marking in capitals,
    perhaps after "Classification:"."""
    words = line.strip().strip("*_")
    label = _LABEL_RE.match(words)
    words = words[label.end():] if label else words
    if not words or len(words) > 80 or words != words.upper():
        return None
    return words if _MARKING_RE.fullmatch(words) else None
