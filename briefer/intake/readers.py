"""Reading the files the intake accepts: ``.txt``, ``.eml`` and ``.docx``.

Each reader checks before it reads: a regular file (not a folder, FIFO or
device, opened non-blocking so a FIFO cannot hang it), at most
:data:`MAX_FILE_BYTES`.  A Word file passes the same checks as a Word
reference document (:func:`briefer.templates.reference_docx.load_reference_docx`)
before python-docx opens it.  Every refusal is an
:class:`~briefer.intake.proposal.IntakeError` naming the file.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
import os
from email.message import EmailMessage
from pathlib import Path

from briefer.model.brief import Source
from briefer.model.text import clean_one_line
from briefer.storage.safe_read import FileTooLargeError, NotRegularFileError, read_limited

from .proposal import IntakeError
from .word_document import docx_text, open_word

MAX_FILE_BYTES = 5 * 1024 * 1024
"""No article, e-mail or Word brief worth drafting from is larger."""
TEXT_SUFFIXES = (".txt", ".text", ".md")
EMAIL_SUFFIXES = (".eml",)
WORD_SUFFIXES = (".docx",)


def _name(path: str | os.PathLike[str]) -> str:
    return os.path.basename(os.fspath(path)) or os.fspath(path)


def read_bounded(path: str | os.PathLike[str], limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes, read with the
    one safe reader (:func:`briefer.storage.safe_read.read_limited`); every
    refusal is an :class:`IntakeError` that names the file."""
    name = _name(path)
    try:
        return read_limited(path, limit)
    except FileNotFoundError:
        raise IntakeError(f"{name}: no such file; check the name and folder.") from None
    except IsADirectoryError:
        raise IntakeError(f"{name}: is a folder; choose a file.") from None
    except NotRegularFileError:
        raise IntakeError(f"{name}: is not a regular file (a device, pipe or socket); choose a file.") from None
    except FileTooLargeError as e:
        raise IntakeError(
            f"{name}: the file is {e.size / 1e6:.1f} MB; at most {limit // (1024 * 1024)} MB is read. Use a shorter extract."
        ) from None
    except PermissionError as e:
        raise IntakeError(f"{name}: cannot be read ({e.strerror}); check its permissions.") from None
    except OSError as e:
        raise IntakeError(f"{name}: cannot be read ({e.strerror}).") from None
    except ValueError:
        raise IntakeError(f"{name}: the file name contains a NUL character.") from None


def decode_text(data: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with a BOM, else
    Windows-1252.  Binary data is refused."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:8192]:
        raise IntakeError(f"{name}: is not a text file (it holds binary data); save it as plain text or paste the text.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def read_email(data: bytes, name: str) -> tuple[str, Source | None]:
    """The plain-text body of an e-mail, and a source from its headers
    (subject → title, sender → publisher, date)."""
    try:
        msg = email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # noqa: BLE001 - the email package raises many kinds on damaged input
        raise IntakeError(f"{name}: is not an e-mail message that can be read; paste its text instead.") from None
    body = None
    if isinstance(msg, EmailMessage):
        try:
            part = msg.get_body(preferencelist=("plain",))
            body = part.get_content() if part is not None else None
        except (LookupError, ValueError, AttributeError):
            body = None
    if body is None:
        raise IntakeError(f"{name}: has no plain-text body; paste its text instead.")
    subject = clean_one_line(str(msg.get("subject") or "")).strip() or None
    sender = msg.get("from")
    publisher = None
    if sender:
        display, address = email.utils.parseaddr(str(sender))
        publisher = clean_one_line(display or address).strip() or None
    date = None
    try:
        parsed = email.utils.parsedate_to_datetime(str(msg.get("date"))) if msg.get("date") else None
        date = parsed.date() if parsed else None
    except (TypeError, ValueError, IndexError):
        date = None
    source = Source(title=subject, publisher=publisher, date=date) if subject else None
    return body, source


def read_source_file(path: str | os.PathLike[str]) -> tuple[str, Source | None]:
    """The text of a ``.txt``, ``.eml`` or ``.docx`` file to draft from, and
    the source its headers name (e-mail only)."""
    name = _name(path)
    suffix = Path(os.fspath(path)).suffix.lower()
    if suffix not in TEXT_SUFFIXES + EMAIL_SUFFIXES + WORD_SUFFIXES:
        raise IntakeError(f"{name}: drafting reads .txt, .eml and .docx files; save it as one of those or paste the text.")
    data = read_bounded(path)
    if suffix in EMAIL_SUFFIXES:
        return read_email(data, name)
    if suffix in WORD_SUFFIXES:
        return docx_text(open_word(data, name)), None
    return decode_text(data, name), None
