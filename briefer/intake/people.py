"""People named with a title or role, split into name and title.

Only two shapes are recognised, both anchored on a closed list of role
words (:data:`ROLE_WORDS`):

* *title before name*: "Israeli Prime Minister Benjamin Netanyahu",
  "finance director Tomasz Nowak", "US envoy Jared Kushner";
* *name, title*: "Tomasz Nowak, the finance director, said".

A name is a run of capitalised words that occurs verbatim in the text; no
name is ever made up, and a surname met alone ("Netanyahu said") is merged
into the full name met elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ROLE_WORDS = (
    # Longer phrases first: the alternation takes the first that matches.
    "prime minister", "deputy prime minister", "foreign minister", "foreign secretary", "home secretary",
    "secretary of state", "secretary-general", "secretary general", "national security adviser",
    "national security advisor", "permanent secretary", "permanent representative", "special envoy",
    "special representative", "chief executive officer", "chief executive", "chief financial officer",
    "chief operating officer", "finance director", "managing director", "non-executive director",
    "executive director", "company secretary", "vice president", "vice-president", "crown prince",
    "head of delegation", "lead negotiator", "chief negotiator", "board member", "chief of staff",
    "president", "minister", "secretary", "envoy", "ambassador", "director", "chair", "chairman",
    "chairwoman", "chairperson", "ceo", "cfo", "coo", "cto", "chancellor", "king", "queen", "emir",
    "sheikh", "sultan", "governor", "mayor", "senator", "general", "admiral", "commander",
    "spokesperson", "spokesman", "spokeswoman", "adviser", "advisor", "counsellor", "consul",
    "commissioner", "treasurer", "auditor", "negotiator", "rapporteur", "deputy", "dr", "professor",
)
# Words that may stand before a role word as part of the title.
_MODIFIERS = frozenset(
    "deputy acting interim senior chief special vice associate assistant joint former outgoing incoming "
    "foreign finance defence defense health trade interior economy energy justice education "
    "regional group general executive independent non-executive top lead".split()
)
_ROLE_RE = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in ROLE_WORDS) + r")\b\.?", re.I)
_NAME_WORD = r"[A-Z\u00C0-\u024F][\w’'\-]*"
_PARTICLE = r"(?:van|von|de|da|del|der|bin|al|ibn|le|la|di|du)"
_NAME_RE = re.compile(rf"{_NAME_WORD}(?:[ \t]{{1,2}}(?:{_PARTICLE}[ \t]{{1,2}})?{_NAME_WORD}){{0,3}}")
_WORD_BEFORE_RE = re.compile(r"([\w’'\-.]+)[ \t]{1,3}$")
_TITLE_OF_NAME_RE = re.compile(
    rf"\b(?:the|its|their)[ \t]{{1,2}}([\w-]{{2,30}}(?:[ \t][\w-]{{2,30}})?[ \t]{{1,2}}(?:of|at)[ \t]{{1,2}}(?:the[ \t]{{1,2}})?"
    rf"(?:[A-Z][\w’'-]*[ \t]{{1,2}}){{0,5}}[A-Z][\w’'-]*),[ \t]{{1,2}}({_NAME_WORD}(?:[ \t]{{1,2}}{_NAME_WORD}){{1,3}})(?=[,.;])"
)
_APPOSITION_RE = re.compile(r",[ \t]{1,3}(?:the[ \t]|a[ \t]|an[ \t]|its[ \t]|their[ \t])?([^,.;:()\n]{2,80})[,.;]")

# Capitalised words that are never part of a person's name here.
_NOT_NAME = frozenset(
    "the a an and or of in on at to for with by from as but if this that these those his her their its our "
    "mr mrs ms monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december today yesterday tomorrow according meanwhile however "
    "both also said says told".split()
) | frozenset(w.lower() for w in ROLE_WORDS)
_ROLE_LOWER = frozenset(w.lower() for w in ROLE_WORDS if " " not in w)
_NATIONALITY_RE = re.compile(r"[A-Z][a-z]+(?:an|ian|ese|ish|i|ch|ic)$|[A-Z]{2,4}$")
_GENITIVE_BEFORE = ("to", "of", "for", "from", "by", "under")


@dataclass(frozen=True)
class FoundPerson:
    name: str
    title: str
    start: int
    end: int
    mentioned_in_passing: bool
    """Named only as someone else's reference point ("an adviser to
    President X"): a stakeholder rather than a participant."""


def _clean_name(raw: str) -> str:
    """The name at the start of a run of capitalised words; empty when the
    run holds a role word ("Transport Minister Lena Ostrova" after "Deputy":
    the title goes on, and the role word's own match finds the name)."""
    words = raw.split()
    kept: list[str] = []
    for w in words:
        bare = w.strip("’'-").rstrip("’s").lower() if w.endswith(("’s", "'s")) else w.strip("’'-").lower()
        if bare in _ROLE_LOWER:
            return ""
        if bare in _NOT_NAME:
            break
        kept.append(w)
        if w.endswith(("’s", "'s")):
            kept[-1] = w[:-2]
            break
    return " ".join(kept)


def _title_before(text: str, role_start: int, role_end: int, floor: int) -> tuple[int, str]:
    """Extend the role word leftwards over modifiers and nationalities."""
    start = role_start
    for _ in range(4):
        m = _WORD_BEFORE_RE.search(text, max(floor, start - 40), start)
        if not m:
            break
        word = m.group(1)
        if word[:1].isupper() and word.lower() not in _MODIFIERS and not _NATIONALITY_RE.fullmatch(word):
            # "Deputy Transport Minister": a capitalised word inside a title,
            # taken only when a modifier or role word stands before it.
            left = _WORD_BEFORE_RE.search(text, max(floor, m.start(1) - 40), m.start(1))
            if left and (left.group(1).lower() in _MODIFIERS or left.group(1).lower() in _ROLE_LOWER):
                start = left.start(1)
                continue
            break
        if word.lower() in _MODIFIERS or _NATIONALITY_RE.fullmatch(word):
            if word[:1].isupper() and word.lower() not in _MODIFIERS and m.start(1) == floor:
                # The first word of a sentence is capitalised anyway.
                if not _NATIONALITY_RE.fullmatch(word):
                    break
            start = m.start(1)
        else:
            break
    return start, text[start:role_end].strip().rstrip(".")


def find_people(text: str, start: int, end: int) -> list[FoundPerson]:
    """People with a title in the sentence ``text[start:end]``."""
    out: list[FoundPerson] = []
    for role in _ROLE_RE.finditer(text, start, end):
        after = role.end()
        gap = re.compile(r"[ \t]{1,2}").match(text, after, end)
        if gap:
            name_m = _NAME_RE.match(text, gap.end(), end)
            if name_m:
                name = _clean_name(name_m.group(0))
                if name and not (role.group(0)[0].islower() and role.group(0).lower() in ("general", "deputy")):
                    t_start, title = _title_before(text, role.start(), role.end(), start)
                    before = _WORD_BEFORE_RE.search(text, max(start, t_start - 20), t_start)
                    in_passing = bool(before and before.group(1).lower() in _GENITIVE_BEFORE)
                    if role.group(0).lower().rstrip(".") in ("dr", "professor"):
                        title = role.group(0).rstrip(".")
                    out.append(FoundPerson(name, title, t_start, gap.end() + len(name), in_passing))
                    continue
    # [the] title of the Organisation, Name,
    for m in _TITLE_OF_NAME_RE.finditer(text, start, end):
        title = m.group(1).strip()
        if not _ROLE_RE.match(title):
            continue
        name = _clean_name(m.group(2))
        if len(name.split()) >= 2 and name == m.group(2):
            out.append(FoundPerson(name, title, m.start(1), m.end(2), False))
    # Name, [the] title,
    for m in _NAME_RE.finditer(text, start, end):
        name = _clean_name(m.group(0))
        if len(name.split()) < 2 or name != m.group(0):
            continue
        app = _APPOSITION_RE.match(text, m.end(), end)
        if not app:
            continue
        phrase = app.group(1).strip()
        role = _ROLE_RE.search(phrase)
        if role and len(phrase.split()) <= 6 and not _NAME_RE.search(phrase[role.end():]):
            out.append(FoundPerson(name, phrase, m.start(), m.end(), False))
    return out


def merge_people(found: list[FoundPerson]) -> list[FoundPerson]:
    """One entry per person, in order of first mention: a surname alone is
    merged into the full name, and the first title found is kept."""
    full: list[FoundPerson] = []
    for p in found:
        if len(p.name.split()) >= 2 and not any(q.name == p.name for q in full):
            full.append(p)
    out: list[FoundPerson] = []
    for p in found:
        target = next((q for q in full if q.name == p.name or q.name.split()[-1] == p.name), p)
        existing = next((i for i, q in enumerate(out) if q.name == target.name), None)
        if existing is None:
            out.append(target)
        elif out[existing].mentioned_in_passing and not p.mentioned_in_passing:
            q = out[existing]
            out[existing] = FoundPerson(q.name, q.title, q.start, q.end, False)
    return out
