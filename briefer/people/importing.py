"""Importing people from CSV and vCard files.

* **CSV**: UTF-8 with or without a byte-order mark, any script, separated
  by commas (or, when the header has none, by semicolons or tabs, as
  spreadsheets save it in some countries), a header row naming the columns: ``name,title,organization,delegation,bio`` (in any
  order; ``name`` is required; ``name_latin``, ``pronunciation`` and ``id``
  are read too; other columns are reported and ignored).
* **vCard** 3.0 and 4.0: ``FN`` (the name; a second ``FN`` in Latin
  letters after a name in another script is the Latin name), ``TITLE``, ``ORG`` (its units
  joined by ", "), ``NOTE`` (the bio), ``PHOTO`` (inline base64 in vCard 3,
  a ``data:`` URI in vCard 4, any picture :mod:`briefer.images` reads,
  stored as it cleans it; a photo given as a link is not fetched), and
  ``UID`` when it is a usable id.  Folded lines, ``\\,`` ``\\;`` ``\\n``
  escapes and parameters are understood.

A row or card that cannot be read is reported with its line number and the
rest is imported.  The same person found twice — the same id, or the same
name and organisation once case and accents are ignored — is merged into one
entry and the merge is reported: the imported values fill in and replace the
entry's, field by field.
"""

from __future__ import annotations

import base64
import binascii
import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from briefer.images import MAX_SOURCE_BYTES, ImageError, photo_from_bytes
from briefer.model.fileformat import problems_from_validation
from briefer.storage.safe_read import describe_read_error, read_limited

from .library import MERGED_FIELDS, PeopleError, PeopleLibrary, PersonChangedError
from .model import Person, is_person_id
from .search import normalise

MAX_IMPORT_BYTES = 64 * 1024 * 1024
CSV_COLUMNS = ("name", "title", "organization", "delegation", "bio", "name_latin", "pronunciation", "id")


class ImportFileError(PeopleError):
    """The whole file cannot be imported (not UTF-8, no header, not a vCard)."""


@dataclass
class Candidate:
    """One person read from the file, before it meets the library."""

    line: int
    fields: dict[str, str]


@dataclass
class ImportReport:
    added: list[Person] = field(default_factory=list)
    merged: list[tuple[Person, list[str]]] = field(default_factory=list)  # (entry, fields it took)
    unchanged: list[Person] = field(default_factory=list)  # found in the library with nothing new
    problems: list[str] = field(default_factory=list)  # "line 7: …"

    def skipped(self) -> list[str]:
        """The problems that left someone out of the import (the rest are notes)."""
        return [p for p in self.problems if "skipped" in p]

    def lines(self) -> list[str]:
        out = [f"added {p.name} ({p.id})" for p in self.added]
        out += [f"merged into {p.name} ({p.id}): {', '.join(f)}" for p, f in self.merged]
        out += [f"already in the library: {p.name} ({p.id})" for p in self.unchanged]
        return out


# --------------------------------------------------------------------------
# CSV
# --------------------------------------------------------------------------


def _decode(data: bytes, what: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ImportFileError(
            f"the {what} file is not UTF-8 text (bad byte at position {e.start}); save it as UTF-8 and import it again"
        ) from None


def read_csv(data: bytes) -> tuple[list[Candidate], list[str]]:
    """The people of a CSV file and the problems met, by line number."""
    text = _decode(data, "CSV")
    first = text.split("\n", 1)[0]
    # A spreadsheet saved where the decimal mark is a comma separates with ";".
    delimiter = max((",", ";", "\t"), key=first.count) if first.count(",") == 0 else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    problems: list[str] = []
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFileError("the CSV file is empty; it needs a header row: name,title,organization,delegation,bio") from None
    except csv.Error as e:
        raise ImportFileError(f"line 1 (the header) cannot be read: {e}") from None
    columns = [h.strip().lower() for h in header]
    if "name" not in columns:
        raise ImportFileError("the CSV file's first row has no “name” column; it needs the header name,title,organization,delegation,bio")
    for h in columns:
        if h and h not in CSV_COLUMNS:
            problems.append(f"line 1: the column “{h}” is not a person field and is ignored")
    out: list[Candidate] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as e:
            problems.append(f"line {start}: {e}; the rest of the file is skipped")
            break
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            problems.append(f"line {start}: has {len(row)} fields where the header has {len(columns)}; skipped")
            continue
        fields = {c: v.strip() for c, v in zip(columns, row, strict=True) if c in CSV_COLUMNS and v.strip()}
        out.append(Candidate(start, fields))
    return out, problems


# --------------------------------------------------------------------------
# vCard
# --------------------------------------------------------------------------

_PROP_RE = re.compile(r"^(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9-]+)((?:;[^:]*)?):(.*)$", re.S)


def _unfold(text: str) -> list[tuple[int, str]]:
    """Logical lines with the number of the physical line each starts on."""
    lines: list[tuple[int, str]] = []
    for number, raw in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        if raw[:1] in (" ", "\t") and lines:
            lines[-1] = (lines[-1][0], lines[-1][1] + raw[1:])
        else:
            lines.append((number, raw))
    return lines


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_unescaped(value: str, sep: str) -> list[str]:
    return [_unescape(p) for p in re.split(r"(?<!\\)" + re.escape(sep), value)]


def _params(text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in filter(None, text.split(";")):
        key, _, value = part.partition("=")
        if not _:  # vCard 2.1 style bare type, e.g. ";JPEG;BASE64"
            key, value = ("ENCODING", part) if part.upper() in ("B", "BASE64") else ("TYPE", part)
        out[key.upper()] = value.strip('"')
    return out


def _photo_payload(params: dict[str, str], value: str) -> str:
    """The base64 data of an inline photo: a ``data:`` URI (vCard 4) or
    ``ENCODING=b`` (vCard 3).  What kind of picture it is, the image
    pipeline finds out from the data itself."""
    value = value.strip()
    if value.startswith("data:"):
        head, comma, payload = value.partition(",")
        if not comma or not head.endswith(";base64"):
            raise ValueError("the photo is a data URI without base64 data; the person is imported without it")
        return payload
    if params.get("ENCODING", "").upper() in ("B", "BASE64"):
        return value
    raise ValueError("the photo is a link, which is not fetched; the person is imported without it")


def _photo_from_payload(payload: str) -> str:
    """A photo data URI made by :mod:`briefer.images` from base64 data:
    upright, sRGB, at most 600 pixels a side, no metadata, PNG or JPEG.
    ValueError says what is wrong."""
    payload = re.sub(r"\s+", "", payload)
    if len(payload) > MAX_SOURCE_BYTES * 4 // 3 + 4:
        raise ValueError(f"The photo is larger than {MAX_SOURCE_BYTES // 2**20} MB.")
    try:
        data = base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("The photo is not valid base64 data.") from None
    try:
        return photo_from_bytes(data).data_uri
    except ImageError as e:
        raise ValueError(str(e)) from None


def _is_latin(text: str) -> bool:
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


def read_vcard(data: bytes) -> tuple[list[Candidate], list[str]]:
    """The people of a vCard file and the problems met, by line number."""
    text = _decode(data, "vCard")
    out: list[Candidate] = []
    problems: list[str] = []
    card: dict[str, str] | None = None
    begin = 0
    bad = False
    for number, line in _unfold(text):
        if not line.strip():
            continue
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if card is not None:
                problems.append(f"line {begin}: the card has no END:VCARD; skipped")
            card, begin, bad = {}, number, False
            continue
        if card is None:
            problems.append(f"line {number}: text outside BEGIN:VCARD … END:VCARD; ignored")
            continue
        if upper == "END:VCARD":
            if not bad and "name" not in card:
                problems.append(f"line {begin}: the card has no FN (formatted name); skipped")
            elif not bad:
                out.append(Candidate(begin, card))
            card = None
            continue
        m = _PROP_RE.match(line)
        if not m:
            problems.append(f"line {number}: “{line[:40]}” is not a vCard property; the card is skipped")
            bad = True
            continue
        name, params, value = m.group(1).upper(), _params(m.group(2)), m.group(3)
        if name == "FN":
            # vCard 4 may give the name twice (ALTID), in its script and in
            # Latin letters: the first is the name, a Latin one after it the
            # Latin name.
            text_ = _unescape(value).strip()
            if "name" not in card:
                card["name"] = text_
            elif text_ != card["name"] and _is_latin(text_) and not _is_latin(card["name"]):
                card["name_latin"] = text_
        elif name == "TITLE":
            card["title"] = _unescape(value).strip()
        elif name == "ORG":
            card["organization"] = ", ".join(p.strip() for p in _split_unescaped(value, ";") if p.strip())
        elif name == "NOTE":
            card["bio"] = _unescape(value).strip()
        elif name == "UID":
            uid = value.strip().lower().removeprefix("urn:uuid:")
            if is_person_id(uid):
                card["id"] = uid
        elif name == "PHOTO":
            try:
                card["photo"] = _photo_payload(params, value)
            except ValueError as e:
                problems.append(f"line {number}: {e}")
    if card is not None:
        problems.append(f"line {begin}: the card has no END:VCARD; skipped")
    if not begin:
        raise ImportFileError("the file holds no vCard (no BEGIN:VCARD line)")
    return out, problems


# --------------------------------------------------------------------------
# Into the library
# --------------------------------------------------------------------------


def _match_key(name: str, organization: str | None) -> tuple[str, str]:
    return (" ".join(normalise(name).split()), " ".join(normalise(organization or "").split()))


def _person_problem(line: int, err: ValidationError) -> str:
    first = problems_from_validation(err)[0]
    return f"line {line}: {first}; skipped"


def read_import_file(path: Path) -> tuple[list[Candidate], list[str]]:
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".vcf", ".vcard"):
        raise ImportFileError(f"“{path.name}” is neither a .csv nor a .vcf file")
    try:
        data = read_limited(path, MAX_IMPORT_BYTES)
    except OSError as e:
        raise ImportFileError(f"could not read “{path.name}”: {describe_read_error(e)}") from None
    return read_csv(data) if suffix == ".csv" else read_vcard(data)


def import_people(library: PeopleLibrary, candidates: list[Candidate], problems: list[str] | None = None) -> ImportReport:
    """Add or merge ``candidates`` into ``library`` (already loaded)."""
    report = ImportReport(problems=list(problems or []))
    by_key = {_match_key(e.person.name, e.person.organization): e.person.id for e in library.entries()}
    touched: dict[str, int] = {}  # id → index in report.merged, so one entry is reported once
    added_ids: set[str] = set()
    for cand in candidates:
        fields = dict(cand.fields)
        wanted_id = fields.pop("id", None)
        if "photo" in fields:
            try:
                fields["photo"] = _photo_from_payload(fields["photo"])
            except ValueError as e:
                who = fields.get("name", "the person")
                report.problems.append(f"line {cand.line}: {who} is imported without the photo: {e}")
                del fields["photo"]
        try:
            probe = Person(id=wanted_id or "probe", **fields)
        except ValidationError as e:
            report.problems.append(_person_problem(cand.line, e))
            continue
        existing_id = wanted_id if wanted_id and library.get(wanted_id) else by_key.get(_match_key(probe.name, probe.organization))
        try:
            if existing_id is None:
                person = probe.model_copy(update={"id": wanted_id or library.new_id()})
                entry = library.add(person)
                by_key[_match_key(person.name, person.organization)] = person.id
                report.added.append(entry.person)
                added_ids.add(person.id)
                continue
            taken = _merge_into(library, existing_id, probe)
        except PeopleError as e:
            report.problems.append(f"line {cand.line}: {str(e).rstrip('.')}; skipped")
            continue
        entry = library.get(existing_id)
        assert entry is not None
        if existing_id in added_ids:
            index = next(i for i, p in enumerate(report.added) if p.id == existing_id)
            report.added[index] = entry.person
            continue
        if existing_id in touched:
            old = report.merged[touched[existing_id]][1]
            report.merged[touched[existing_id]] = (entry.person, list(dict.fromkeys(old + taken)))
        else:
            touched[existing_id] = len(report.merged)
            report.merged.append((entry.person, taken))
    report.unchanged = [p for p, taken in report.merged if not taken]
    report.merged = [(p, taken) for p, taken in report.merged if taken]
    return report


def _merge_into(library: PeopleLibrary, person_id: str, incoming: Person, attempts: int = 3) -> list[str]:
    """Fill in and replace the entry's fields from ``incoming``; the fields
    taken.  A colleague's save in between is read again and merged again."""
    for _ in range(attempts):
        entry = library.get(person_id)
        assert entry is not None
        updated = entry.person.model_copy(deep=True)
        taken = []
        for name in MERGED_FIELDS:
            value, old = getattr(incoming, name), getattr(updated, name)
            if value is None or (isinstance(old, str) and normalise(value) == normalise(old)):
                continue  # blank keeps what is there; a change of case or accents only is not news
            if value != old:
                setattr(updated, name, value)
                taken.append(name)
        if not taken:
            return []
        try:
            library.save(updated, entry)
            return taken
        except PersonChangedError as e:
            if e.current is None:
                raise PeopleError(f"“{entry.person.name}” was deleted from the library while importing; import again") from None
            library.remember(e.current)  # the version on disk now: merge into it again
    raise PeopleError(f"“{incoming.name}” keeps being changed by someone else; import again later")
