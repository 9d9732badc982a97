"""Spell checking, without Qt: which words of a text are misspelt, what to
suggest instead, and the user's own word list.

The dictionaries are pyspellchecker's word-frequency lists (English,
French, Arabic, …; they install with the package, nothing is downloaded).
Its English list is American; British English is the same list plus the
regular British forms (``colour``, ``organise``, ``centre``, ``defence``,
``travelled``, ``programme``), with the common American-only forms
(``color``, ``center``, ``defense``) flagged and the British one suggested.
Words in Arabic script are always checked in Arabic and Latin-script words
in the chosen language, so a brief that mixes the two is checked right.

Never flagged: the names given in ``names`` (participants, stakeholders,
people of the library), words the user added (:class:`UserWords`), words
with a digit, acronyms in capitals, mixed-case words (``iPhone``), web and
e-mail addresses, and single letters.

Speed: a lookup is a set membership (microseconds per word); suggestions
are the known words one edit away, then two edits away within a time
budget, most frequent first.  Loading a dictionary parses it in small
chunks, so a background thread loading it never holds Python's lock long
enough for a window to stall.
"""

from __future__ import annotations

import json
import re
import threading
import time
import unicodedata
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from briefer.storage import SaveError, atomic_write
from briefer.storage.safe_read import read_limited
from briefer.storage.autosave import data_dir

# The spelling languages offered (BCP 47 tag → English name; the GUI translates).
LANGUAGES: dict[str, str] = {
    "en-GB": "English (United Kingdom)",
    "en-US": "English (United States)",
    "fr": "French",
    "ar": "Arabic",
}
DEFAULT_LANGUAGE = "en-GB"
MAX_WORD_LIST_BYTES = 2_000_000  # the user's own word list; longer is not a word list

# pyspellchecker's file for each language.
_DICTIONARY_FILE = {"en-GB": "en", "en-US": "en", "fr": "fr", "ar": "ar"}

_LETTERS = {
    "en": "abcdefghijklmnopqrstuvwxyz'",
    "fr": "abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ'-",
    "ar": "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي",
}

# A word: letters (any script, with combining marks), inner apostrophes and
# hyphens joining letters.
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u064b-\u0652\u0670\u0640]|['’](?=[^\W\d_])|-(?=[^\W\d_]))*")
# Spans never checked: addresses and paths.
_SKIP_RE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\S+|\S+\.(?:com|org|net|gov|int|pdf|docx?)\b", re.I)
_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_ARABIC_MARKS_RE = re.compile(r"[\u064b-\u0652\u0670\u0640]")  # harakat, dagger alif, tatweel
_FRENCH_ELISIONS = ("jusqu'", "lorsqu'", "puisqu'", "quoiqu'", "qu'", "l'", "d'", "j'", "m'", "n'", "s'", "t'", "c'")

# American form → British form: flagged in British English with the British
# form suggested, and used to turn suggestions into British spelling.  The
# regular patterns (-our, -ise, -yse, -tre, -ence, doubled l, -mme) are
# handled by rule (:func:`_british_to_american`); these are the American
# forms the American list holds, which a British reader marks as wrong.
US_TO_GB: dict[str, str] = {
    "color": "colour", "colors": "colours", "colored": "coloured", "colorful": "colourful",
    "honor": "honour", "honors": "honours", "honored": "honoured", "honorable": "honourable",
    "favor": "favour", "favors": "favours", "favored": "favoured", "favorite": "favourite",
    "favorable": "favourable", "labor": "labour", "neighbor": "neighbour", "neighbors": "neighbours",
    "neighboring": "neighbouring", "behavior": "behaviour", "behaviors": "behaviours",
    "harbor": "harbour", "humor": "humour", "rumor": "rumour", "rumors": "rumours",
    "vigor": "vigour", "endeavor": "endeavour", "endeavors": "endeavours", "flavor": "flavour",
    "center": "centre", "centers": "centres", "centered": "centred", "theater": "theatre",
    "meter": "metre", "meters": "metres", "liter": "litre", "fiber": "fibre", "caliber": "calibre",
    "defense": "defence", "offense": "offence", "license": "licence", "pretense": "pretence",
    "analyze": "analyse", "analyzed": "analysed", "analyzing": "analysing", "paralyze": "paralyse",
    "catalog": "catalogue", "dialog": "dialogue", "program": "programme", "programs": "programmes",
    "traveled": "travelled", "traveling": "travelling", "traveler": "traveller", "travelers": "travellers",
    "canceled": "cancelled", "canceling": "cancelling", "labeled": "labelled", "labeling": "labelling",
    "modeling": "modelling", "modeled": "modelled", "counselor": "counsellor", "fueled": "fuelled",
    "gray": "grey", "plow": "plough", "aging": "ageing", "judgment": "judgement",
    "maneuver": "manoeuvre", "maneuvers": "manoeuvres", "pediatric": "paediatric",
    "fetus": "foetus", "esthetic": "aesthetic", "enrollment": "enrolment", "fulfill": "fulfil",
    "skillful": "skilful", "willful": "wilful", "installment": "instalment",
    "jewelry": "jewellery", "mustache": "moustache", "pajamas": "pyjamas", "tire": "tyre",
    "tires": "tyres", "curb": "kerb", "airplane": "aeroplane",
}
_GB_TO_US = {gb: us for us, gb in US_TO_GB.items()}
# Words an American reader accepts too ("tire" and "curb" are also verbs;
# "program" is British for software): never flagged in British English.
_US_ALSO_BRITISH = frozenset({"tire", "tires", "curb", "program", "programs", "meter", "meters",
                              "judgment", "aging", "license", "dialog"})

_BRITISH_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"our(s|ed|ing|ite|ites|able|ably|ful|less|er|ers)?$", r"or\1"),
        (r"our(?=[a-z])", "or"),
        (r"is(e|es|ed|ing|er|ers|ation|ations|able)$", r"iz\1"),
        (r"ys(e|es|ed|ing|er|ers)$", r"yz\1"),
        (r"tre(s|d)?$", r"ter\1"),
        (r"ence(s)?$", r"ense\1"),
        (r"ll(ed|ing|er|ers)$", r"l\1"),
        (r"mme(s)?$", r"m\1"),
        (r"ogue(s)?$", r"og\1"),
        (r"ae", "e"),
        (r"oe", "e"),
    )
)


def _british_to_american(word: str) -> list[str]:
    """The American forms a British word may have (``organisation`` →
    ``organization``); empty when no rule applies."""
    out = []
    if word in _GB_TO_US:
        out.append(_GB_TO_US[word])
    for pattern, repl in _BRITISH_RULES:
        changed = pattern.sub(repl, word, count=1)
        if changed != word:
            out.append(changed)
    return out


def script_language(word: str, latin_language: str) -> str | None:
    """The dictionary a word is checked against: Arabic for Arabic script,
    ``latin_language`` for Latin script (unless it is Arabic), else None."""
    if _ARABIC_RE.search(word):
        return "ar"
    if _LATIN_RE.search(word) and latin_language != "ar":
        return latin_language
    return None


def _normalize(word: str) -> str:
    return _ARABIC_MARKS_RE.sub("", unicodedata.normalize("NFC", word.replace("’", "'"))).lower()


# --------------------------------------------------------------------------
# Dictionaries
# --------------------------------------------------------------------------


class Dictionary:
    """One word-frequency list: ``word in d``, ``d.frequency(word)``."""

    def __init__(self, frequencies: dict[str, int], alphabet: str):
        self._freq = frequencies
        self.alphabet = alphabet

    def __contains__(self, word: str) -> bool:
        return word in self._freq

    def __len__(self) -> int:
        return len(self._freq)

    def frequency(self, word: str) -> int:
        return self._freq.get(word, 0)


def _dictionary_bytes(name: str) -> bytes:
    return resources.files("spellchecker").joinpath("resources", f"{name}.json.gz").read_bytes()


def load_dictionary(name: str, chunk: int = 32_000) -> Dictionary:
    """pyspellchecker's ``name`` list (``en``, ``fr``, ``ar``), parsed about
    ``chunk`` bytes at a time (one entry per line in its files), so another
    thread runs between chunks: no step holds Python's lock for more than a
    few milliseconds."""
    raw = _dictionary_bytes(name)
    inflate = zlib.decompressobj(wbits=31)  # gzip
    pieces = []
    for i in range(0, len(raw), 64_000):
        pieces.append(inflate.decompress(raw[i : i + 64_000]))
        time.sleep(0)
    data = b"".join(pieces) + inflate.flush()
    freq: dict[str, int] = {}
    pos = data.find(b"{") + 1
    while 0 < pos < len(data):
        end = data.find(b"\n", pos + chunk)
        end = len(data) if end == -1 else end
        part = data[pos:end].decode("utf-8").strip().rstrip("}").strip().rstrip(",")
        if part:
            freq.update(json.loads("{" + part + "}"))
        pos = end
        time.sleep(0)  # let the UI thread run
    return Dictionary(freq, _LETTERS.get(name, _LETTERS["en"]))


# --------------------------------------------------------------------------
# The user's words
# --------------------------------------------------------------------------


def user_words_path() -> Path:
    """``words.txt`` in the ``spelling`` folder of Briefer's user data folder."""
    return data_dir() / "spelling" / "words.txt"


class UserWords:
    """The words the user added to the dictionary: one per line, UTF-8,
    shared by every language."""

    def __init__(self, path: Path | None = None):
        self.path = path if path is not None else user_words_path()
        self._words: set[str] = set()
        self._lock = threading.Lock()
        self.reload()

    def reload(self) -> None:
        words = self._read_listed() or set()  # an unreadable list: checking goes on without it
        with self._lock:
            self._words = words | {_normalize(w) for w in words}

    def __contains__(self, word: str) -> bool:
        return word in self._words or _normalize(word) in self._words

    def add(self, word: str) -> None:
        """Add ``word`` and save the list.  Raises :class:`SaveError` with a
        sentence that says what to do when the file cannot be written (the
        word is still accepted for this session)."""
        word = word.strip()
        if not word or word in self:
            return
        with self._lock:
            self._words |= {word, _normalize(word)}
        listed = self._read_listed()
        if listed is None:
            # Writing now would replace the words already saved with this one.
            raise SaveError(
                f"Could not read your dictionary “{self.path}”, so “{word}” is accepted for this session only; "
                "check the file's permissions."
            )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise SaveError(
                f"Could not save your dictionary: the folder “{self.path.parent}” cannot be made ({err.strerror or err})."
            ) from err
        with atomic_write(str(self.path), action="save the dictionary") as f:  # raises SaveError with advice
            f.write(("\n".join(sorted(listed | {word})) + "\n").encode("utf-8"))

    def _read_listed(self) -> set[str] | None:
        """The words saved in the list (empty when there is no list yet), or
        None when the list is there but cannot be read."""
        try:
            text = read_limited(self.path, MAX_WORD_LIST_BYTES).decode("utf-8", errors="replace")
        except (FileNotFoundError, NotADirectoryError):
            return set()  # no list yet
        except OSError:
            return None
        return {w.strip() for w in text.splitlines() if w.strip()}


# --------------------------------------------------------------------------
# Checking
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Misspelling:
    start: int
    length: int
    word: str


def name_words(names: Iterable[str | None]) -> frozenset[str]:
    """The words of people's names, normalised, for :class:`SpellChecker`."""
    out: set[str] = set()
    for name in names:
        if name:
            for m in _WORD_RE.finditer(name):
                w = _normalize(m.group(0))
                out.add(w)
                out.update(_normalize(p) for p in re.split(r"['’-]", m.group(0)) if p)
    return frozenset(out)


class SpellChecker:
    """Checks text in ``language`` (a key of :data:`LANGUAGES`) with the
    dictionaries that ``dictionaries`` returns (name → Dictionary or None
    while it is loading: then nothing in that language is flagged)."""

    def __init__(self, dictionaries: Callable[[str], Dictionary | None], user_words: UserWords,
                 language: str = DEFAULT_LANGUAGE):
        self._dictionary = dictionaries
        self.user_words = user_words
        self.language = language if language in LANGUAGES else DEFAULT_LANGUAGE
        self._cache: dict[tuple[str, str], bool] = {}

    # -- one word ------------------------------------------------------

    def _skip(self, word: str, names: frozenset[str]) -> bool:
        if len(word) < 2 or any(ch.isdigit() for ch in word):
            return True
        letters = [ch for ch in word if ch.isalpha()]
        if len(letters) > 1 and all(ch.isupper() for ch in letters):
            return True  # NATO, UNRWA
        if any(ch.isupper() for ch in word[1:]) and not word.isupper():
            return True  # iPhone, McDonald
        norm = _normalize(word)
        return norm in names or word in self.user_words

    def is_correct(self, word: str, names: frozenset[str] = frozenset(), language: str | None = None) -> bool:
        """True when ``word`` is not to be flagged (also while its dictionary
        loads); ``language``: the text's, instead of :attr:`language`."""
        if self._skip(word, names):
            return True
        language = script_language(word, language or self.language)
        if language is None:
            return True
        dictionary = self._dictionary(_DICTIONARY_FILE[language])
        if dictionary is None:
            return True
        norm = _normalize(word)
        key = (norm, language)
        known = self._cache.get(key)
        if known is None:
            if len(self._cache) > 100_000:
                self._cache.clear()
            known = self._cache[key] = self._known(norm, language, dictionary, frozenset())
        if known or not names:
            return known
        return self._known(norm, language, dictionary, names)  # "Kushner's", "Kushner-Netanyahu"

    def forget(self) -> None:
        """Drop remembered answers (after a word was added)."""
        self._cache.clear()

    def _known(self, norm: str, language: str, d: Dictionary, names: frozenset[str]) -> bool:
        if language == "en-GB" and norm in US_TO_GB and norm not in _US_ALSO_BRITISH:
            return False
        if norm in d or norm in names or norm in self.user_words:
            return True
        if norm.endswith("'s") and len(norm) > 3:
            return self._known(norm[:-2], language, d, names)
        if language == "en-GB" and any(us in d for us in _british_to_american(norm)):
            return True
        if language == "fr":
            for prefix in _FRENCH_ELISIONS:
                if norm.startswith(prefix):
                    rest = norm[len(prefix):]
                    return not rest or self._known(rest, language, d, names)
        if "-" in norm:  # cease-fire, vice-présidente: each part known
            parts = [part for part in norm.split("-") if part]
            return bool(parts) and all(self._known(part, language, d, names) for part in parts)
        if language == "ar":
            for prefix in ("وال", "بال", "لل", "فال", "كال", "و", "ف", "ب", "ل", "ك"):
                if norm.startswith(prefix) and len(norm) - len(prefix) >= 2 and norm[len(prefix):] in d:
                    return True
        return False

    # -- text ------------------------------------------------------------

    def misspellings(self, text: str, names: frozenset[str] = frozenset(), language: str | None = None) -> list[Misspelling]:
        """The misspelt words of ``text``, by position (a Python string index);
        ``language``: the text's, instead of :attr:`language`."""
        if "@" in text or "/" in text or "." in text:  # blank out addresses, keeping positions
            text = _SKIP_RE.sub(lambda m: " " * len(m.group(0)), text)
        out = []
        for m in _WORD_RE.finditer(text):
            word = m.group(0)
            if not self.is_correct(word, names, language):
                out.append(Misspelling(m.start(), len(word), word))
        return out

    def word_at(self, text: str, index: int) -> Misspelling | None:
        """The word of ``text`` at ``index`` (cursor position), misspelt or not."""
        for m in _WORD_RE.finditer(text):
            if m.start() <= index <= m.end():
                return Misspelling(m.start(), m.end() - m.start(), m.group(0))
        return None

    # -- suggestions -----------------------------------------------------

    def suggestions(self, word: str, limit: int = 6, budget: float = 0.2, language: str | None = None) -> list[str]:
        """Known words close to ``word``, best first, in ``word``'s case;
        edits of two letters are tried for at most ``budget`` seconds."""
        language = script_language(word, language or self.language) or language or self.language
        d = self._dictionary(_DICTIONARY_FILE[language])
        if d is None:
            return []
        norm = _normalize(word)
        ranked: list[str] = []
        if language == "en-US":
            ranked += [w for w in _british_to_american(norm) if w in d]
        if language == "en-GB" and norm in US_TO_GB:
            ranked.append(US_TO_GB[norm])
        one = _edits1(norm, d.alphabet)
        ranked += sorted((w for w in one if w in d), key=lambda w: (-d.frequency(w), w))
        if len(ranked) < 3 and not (ranked and len(norm) > 10):  # a long word one edit off is found
            # Two edits away, where one of the two is a deletion, a swap or a
            # vowel for another (a doubled or swapped letter, or a wrong vowel,
            # plus one more slip): some thousands of
            # strings, the same on any machine; ``budget`` only stops a
            # pathological case.
            deadline = time.perf_counter() + budget
            found: set[str] = set()
            seeds = one[: 2 * len(norm) - 1]  # the deletions and swaps
            if d.alphabet.startswith("abc"):  # and a vowel for another (sep*e*rate)
                seeds += [norm[:i] + v + norm[i + 1 :] for i, ch in enumerate(norm) if ch in "aeiou" for v in "aeiou" if v != ch]
            for e in seeds:
                found.update(w for w in _edits1(e, d.alphabet) if w in d)
                if time.perf_counter() > deadline:
                    break
            ranked += sorted(found - set(ranked) - {norm}, key=lambda w: (-d.frequency(w), w))
        if language == "en-GB":
            ranked = [US_TO_GB.get(w, w) if w not in _US_ALSO_BRITISH else w for w in ranked]
        out: list[str] = []
        for w in ranked:
            w = _same_case(w, word)
            if w not in out and _normalize(w) != norm:
                out.append(w)
            if len(out) == limit:
                break
        return out


def _edits1(word: str, alphabet: str) -> list[str]:
    """Every string one edit from ``word``, once each, in a fixed order:
    deletions, swaps, replacements, insertions."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    transposes = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in alphabet]
    inserts = [a + c + b for a, b in splits for c in alphabet]
    return list(dict.fromkeys(deletes + transposes + replaces + inserts))


def _same_case(suggestion: str, word: str) -> str:
    if word.isupper() and len(word) > 1:
        return suggestion.upper()
    if word[:1].isupper():
        return suggestion[:1].upper() + suggestion[1:]
    return suggestion


# --------------------------------------------------------------------------
# Loading in the background
# --------------------------------------------------------------------------


class Dictionaries:
    """The loaded dictionaries, each loaded once in a background thread the
    first time it is asked for; ``on_loaded(name)`` runs in that thread."""

    def __init__(self, on_loaded: Callable[[str], None] | None = None):
        self._loaded: dict[str, Dictionary] = {}
        self._loading: set[str] = set()
        self._lock = threading.Lock()
        self.on_loaded = on_loaded

    def __call__(self, name: str) -> Dictionary | None:
        d = self._loaded.get(name)
        if d is None:
            self.load_in_background(name)
        return d

    def load_in_background(self, name: str) -> None:
        with self._lock:
            if name in self._loaded or name in self._loading:
                return
            self._loading.add(name)
        threading.Thread(target=self._load, args=(name,), name=f"spelling-{name}", daemon=True).start()

    def load_now(self, name: str) -> Dictionary:
        d = self._loaded.get(name)
        if d is None:
            d = self._loaded[name] = load_dictionary(name)
        return d

    def _load(self, name: str) -> None:
        try:
            d = load_dictionary(name)
        except (OSError, ValueError):
            with self._lock:
                self._loading.discard(name)
            return  # no dictionary: nothing is flagged in that language
        self._loaded[name] = d
        with self._lock:
            self._loading.discard(name)
        if self.on_loaded is not None:
            self.on_loaded(name)


# The commonest words of each language: enough to tell English from French
# in a few lines, without loading the French list.
_ENGLISH_WORDS = frozenset(
    "the and of to is in that for with on are was be by this it as at from have has not or an will we our "
    "their they he she his her its which who would should can may".split())
_FRENCH_WORDS = frozenset(
    "le la les des du de et est une un dans pour que qui pas sur au aux ce cette il elle nous vous ils elles "
    "sont avec par plus ont été être son sa ses leur leurs mais ou où aussi entre".split())


def detect_language(text: str, dictionaries: Callable[[str], Dictionary | None]) -> str | None:
    """The spelling language a text is written in, from its Latin-script
    words: French or English by their commonest words, and British or
    American English by the forms used (``colour``, ``organise`` against
    ``color``, ``center``).  None when there are too few words to tell, or
    the English list is not loaded yet; "en" when the text is English with
    nothing to tell the two apart."""
    words = []
    for m in _WORD_RE.finditer(text):
        if _LATIN_RE.search(m.group(0)):
            words.append(_normalize(m.group(0)))
            if len(words) == 2000:
                break
    if len(words) < 5:
        return None
    french = sum(1 for w in words if w in _FRENCH_WORDS or w.startswith(("l'", "d'", "qu'", "n'", "s'")))
    english = sum(1 for w in words if w in _ENGLISH_WORDS)
    if french > english:
        return "fr"
    if english == 0:
        return None
    en = dictionaries("en")
    if en is None:
        return None
    american = sum(1 for w in words if w in US_TO_GB and w not in _US_ALSO_BRITISH)
    british = sum(1 for w in words if w in _GB_TO_US or (w not in en and any(us in en for us in _british_to_american(w))))
    if british > american:
        return "en-GB"
    if american > british:
        return "en-US"
    return "en"


def default_language_for(locale_name: str) -> str:
    """The spelling language for a locale name (``en_US`` → ``en-US``,
    ``fr_CA`` → ``fr``, ``ar_EG`` → ``ar``, others → British English)."""
    tag = locale_name.replace("_", "-")
    if tag in LANGUAGES:
        return tag
    primary = tag.split("-")[0].lower()
    if primary == "en":
        return "en-US" if tag.upper().endswith(("-US", "-PH")) else "en-GB"
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


__all__ = [
    "DEFAULT_LANGUAGE", "LANGUAGES", "US_TO_GB", "Dictionaries", "Dictionary", "Misspelling", "SpellChecker",
    "UserWords", "default_language_for", "detect_language", "load_dictionary", "name_words", "script_language", "user_words_path",
]
