"""The ``briefer`` command.

::

    briefer                      open the app
    briefer FILE.brief           open a brief in the app
    briefer --example            open the app with the example brief
    briefer validate FILE [--strict]
    briefer new -o FILE [--template NAME] [--title TEXT] [--force]
    briefer export FILE [--format pdf|docx] [-o OUT|-] [--template NAME] [--pdf-standard ua-1|a-2a|a-2b|none] [--release-at LEVEL] [--force]
    briefer export FILE --copies [--recipients LIST.csv] --out-dir DIR [--release-at LEVEL] [--force]
    briefer follow-up FILE -o NEW.brief [--force]
    briefer book new -o BOOK.briefbook BRIEF… [--title TEXT] [--force]
    briefer book export BOOK.briefbook [--format pdf|docx] [-o OUT|-] [--pdf-standard ua-1|a-2a|a-2b] [--release-at LEVEL] [--force]
    briefer templates
    briefer people import FILE.csv|FILE.vcf [--team]
    briefer people list [--json]
    briefer people update FILE.brief
    briefer draft FILE.txt -o OUT.brief [--template NAME] [--force]
    briefer import FILE.docx -o OUT.brief [--force]

Every error a user can cause is one line on stderr that names the file,
and exit status 2; never a traceback.  An unexpected internal error is one
line too, with exit status 1 (set ``BRIEFER_DEBUG=1`` for the traceback).
``validate --strict`` exits 3 when the brief has an error; Ctrl+C, 130.

This module imports no Qt, reportlab or python-docx at import time: the app
is imported only when a window is opened and a writer only when ``export``
runs, so ``validate``, ``new`` and ``templates`` work on a bare server.
:func:`main` builds the template library once (built-in, user and team
templates: :func:`briefer.templates.build_library`) and hands it to the
command that runs, or to the app.

Adding a subcommand: write ``_add_NAME(parser)`` and
``_run_NAME(args, library)`` and add one :class:`Command` row to
:data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, BinaryIO, NoReturn

from briefer import __version__

if TYPE_CHECKING:
    from briefer.templates import TemplateLibrary

EXIT_OK = 0
EXIT_INTERNAL = 1
"""An internal error ("please report it"); Python's own status for a crash."""
EXIT_USER_ERROR = 2
"""A problem with the user's input: a missing file, a wrong option, …"""
EXIT_PROBLEMS = 3
"""``validate --strict``: the file reads, but the brief has an error."""
EXIT_INTERRUPTED = 130
"""Ctrl+C (128 + SIGINT, as shells report it)."""


class UserError(Exception):
    """A mistake the user can fix; ``str()`` is the one line to print."""


def _err(line: str) -> None:
    print(_one_line(line), file=sys.stderr)


def _one_line(text: str) -> str:
    """``text`` with line breaks shown as ``\\n``: one message, one line, even
    when a file name holds a newline."""
    return text.replace("\r", "\\r").replace("\n", "\\n")


def _escape_char(ch: str) -> str:
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t", '"': '\\"', "\\": "\\\\"}
    if ch in named:
        return named[ch]
    return f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}"


def shown(name: str) -> str:
    """A file name as a message shows it: as it is when every character is
    printable, else in double quotes with line breaks, control and bidi
    characters and undecodable bytes escaped (``"a\\nb.brief"``)."""
    if name.isprintable():
        return name
    return '"' + "".join(ch if ch.isprintable() and ch not in '"\\' else _escape_char(ch) for ch in name) + '"'


def _text_arg(value: str, option: str) -> str:
    """A text option as the user typed it.  Under a terminal whose encoding
    is not UTF-8 (a C locale without UTF-8 mode) Python hands non-ASCII
    bytes over as U+DC80…U+DCFF; UTF-8 bytes are read as UTF-8, anything
    else is refused with the reason."""
    if not any("\udc80" <= ch <= "\udcff" for ch in value):
        return value
    try:
        return os.fsencode(value).decode("utf-8")
    except UnicodeError:
        raise UserError(
            f"{option}: the terminal's encoding is not UTF-8, so the text cannot be read; "
            "use a UTF-8 locale (for example LANG=C.UTF-8) or run with PYTHONUTF8=1"
        ) from None


MAX_WARNING_LINES = 10
"""How many warnings of one file are printed before "and N more"."""


def _count(n: int) -> str:
    return f"{n:,}".replace(",", " ")


# --------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------


def _add_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the .brief file to check")
    p.add_argument(
        "--strict",
        action="store_true",
        help="treat unknown keys (typos, fields from a newer Briefer) as errors (exit 2), "
        "and exit 3 when the brief has a problem of severity error (an empty summary, no marking, …)",
    )


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _summary(brief) -> str:  # noqa: ANN001 - a Brief; kept lazy for import speed
    title = brief.title if len(brief.title) <= 60 else brief.title[:59] + "…"
    counts = [
        _plural(len(brief.participants), "participant"),
        _plural(len(brief.key_points), "key point"),
        _plural(len(brief.risks), "risk"),
        _plural(len(brief.open_issues), "open issue"),
    ]
    return f"brief “{title}” ({', '.join(counts)})"


def _warn_missing_template(library: TemplateLibrary, name: str, brief: object) -> None:
    warning = library.missing_warning(brief.layout.template)  # type: ignore[attr-defined]
    if warning:
        _err(f"warning: {shown(name)}: {warning}")


def _more(name: str, total: int, what: str, prefix: str) -> None:
    """The line after the first :data:`MAX_WARNING_LINES` of ``total``."""
    rest = total - MAX_WARNING_LINES
    if rest > 0:
        _err(f"{prefix}{name}: and {_count(rest)} more {what}{'s' if rest > 1 else ''}")


def _print_problems(library: TemplateLibrary, name: str, brief: object) -> tuple[int, int]:
    """The problems the app's panel lists (:func:`briefer.checks.check_brief`:
    among them a template not installed here and markings the template's
    scheme does not know), one line each with its severity, ``error:`` or
    ``warning:``, as the panel shows it; they never make the file invalid.
    How many errors and warnings."""
    from briefer.checks import check_brief

    counts = {"error": 0, "warning": 0}
    for finding in check_brief(brief, library):  # type: ignore[arg-type]
        where = f"{_path_text(finding.path)}: " if finding.path else ""
        _err(f"{finding.severity}: {name}: {where}{finding.message}")
        counts[finding.severity] += 1
    return counts["error"], counts["warning"]


def _path_text(path: tuple[str | int, ...]) -> str:
    """``("key_points", 1, "marking")`` → ``key_points[1].marking``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _run_validate(args: argparse.Namespace, library: TemplateLibrary) -> int:
    from briefer.model.fileformat import BriefFileError
    from briefer.storage.files import load_brief

    name = shown(args.file)
    try:
        loaded = load_brief(args.file)
    except BriefFileError as e:
        for problem in e.problems[:MAX_WARNING_LINES]:
            _err(f"{name}: {problem}")
        _more(name, len(e.problems), "problem", "")
        return EXIT_USER_ERROR
    warnings = loaded.warnings
    if args.strict and warnings:
        for w in warnings[:MAX_WARNING_LINES]:
            what = w.message.split(" (")[0]  # "unknown key", without "(kept as it is)"
            _err(f"{name}: {w.path}: {what} (not allowed with --strict)")
        _more(name, len(warnings), "unknown key", "")
        return EXIT_USER_ERROR
    for w in warnings[:MAX_WARNING_LINES]:
        _err(f"warning: {name}: {w}")
    _more(name, len(warnings), "warning", "warning: ")
    errors, problem_warnings = _print_problems(library, name, loaded.brief)
    note = f", migrated from format {loaded.migrated_from}" if loaded.migrated_from else ""
    print(f"{name}: {_verdict(errors, len(warnings) + problem_warnings, _summary(loaded.brief) + note)}")
    return EXIT_PROBLEMS if args.strict and errors else EXIT_OK


def _verdict(errors: int, warnings: int, summary: str) -> str:
    """Validate's summary line: "valid brief …" only when the brief has no
    problem of severity error, else the counts of its problems first."""
    if errors:
        return f"the file is valid; {_plural(errors, 'error')}, {_plural(warnings, 'warning')}: {summary}"
    return f"valid {summary}" + (f"; {_plural(warnings, 'warning')}" if warnings else "")


# --------------------------------------------------------------------------
# new
# --------------------------------------------------------------------------


def _add_force(p: argparse.ArgumentParser, metavar: str) -> None:
    """--force of a command that writes a new Briefer file (see :func:`_prepare_output`)."""
    p.add_argument(
        "--force",
        action="store_true",
        help=f"overwrite {metavar} if it exists, even when it is read-only (the old one is kept as {metavar}.bak)",
    )


def _add_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the new brief")
    p.add_argument(
        "--template",
        metavar="NAME",
        help="start from this template's skeleton and layout (see briefer templates); default: a blank brief",
    )
    p.add_argument("--title", metavar="TEXT", help='the title (default "Untitled brief", or the template\'s)')
    _add_force(p, "FILE")


def _find_template(library: TemplateLibrary, name: str):  # noqa: ANN202 - a Template; kept lazy for import speed
    """The template called ``name`` from built-in, user and team templates,
    or a :class:`UserError` naming the ones that exist.  A broken user or
    team file is skipped, never fatal."""
    from briefer.templates import TemplateNotFound

    try:
        return library.get(name)
    except TemplateNotFound as e:
        raise UserError(f"--template: {e}") from None


def _run_new(args: argparse.Namespace, library: TemplateLibrary) -> int:
    from pydantic import ValidationError

    from briefer.model.brief import UNTITLED_TITLE, Brief
    from briefer.model.fileformat import problems_from_validation

    out = args.output
    name = _prepare_output(out, args.force, None, command="new")
    title = None if args.title is None else _text_arg(args.title, "--title")
    template = _find_template(library, _text_arg(args.template, "--template")) if args.template else None
    try:
        brief = template.new_brief(title) if template is not None else Brief(title=UNTITLED_TITLE if title is None else title)
    except ValidationError as e:
        problem = problems_from_validation(e)[0]
        raise UserError(f"--title: {problem.message}") from None
    _save_new_brief(out, brief, args.force)
    made_from = f" from the template “{template.display_title}”" if template is not None else ""
    print(_one_line(f"{name}: created a new brief “{brief.title}”{made_from}"))
    return EXIT_OK


# --------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------

_PDF_STANDARD_CHOICES = ("ua-1", "a-2a", "a-2b", "none")
_PDF_STANDARD_HELP = (
    "a tagged PDF meeting a standard: ua-1 accessible (PDF/UA-1), a-2a archival and accessible "
    "(PDF/A-2a), a-2b archival (PDF/A-2b); none the standard PDF (default: the template's choice)"
)
_NEVER_OVERWRITE_EXTENSIONS = (".brief", ".brieftemplate", ".briefbook", ".bak", ".autosave")
_OWN_FORMAT_MARKERS = (b'"briefer-brief"', b'"briefer-template"', b'"briefer-book"')


def _add_export(p: argparse.ArgumentParser) -> None:
    from briefer.export.format_names import FORMATS

    p.add_argument("file", metavar="FILE", help="the .brief file to export")
    p.add_argument(
        "--format",
        choices=FORMATS,
        help="pdf or docx (default: from OUT's extension, else pdf)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the file to write, a folder to write into, or - for standard output "
        "(default: FILE with the new extension, beside FILE)",
    )
    p.add_argument(
        "--template",
        metavar="NAME",
        help="export with this template instead of the brief's own (see briefer templates)",
    )
    p.add_argument("--pdf-standard", choices=_PDF_STANDARD_CHOICES, metavar="ua-1|a-2a|a-2b|none", help=_PDF_STANDARD_HELP)
    p.add_argument(
        "--release-at",
        metavar="LEVEL",
        help="a releasable version: only what a reader at LEVEL of the template's marking scheme may see "
        "(e.g. OFFICIAL-SENSITIVE); nothing above it is anywhere in the file",
    )
    p.add_argument(
        "--copies",
        action="store_true",
        help="numbered copies: one PDF per recipient in --out-dir, 'Copy N of M' and the name on every page, "
        "and the register distribution.csv (copy, name, organisation, file, SHA-256)",
    )
    p.add_argument(
        "--recipients",
        metavar="LIST.csv",
        help="with --copies: recipients from a CSV with the header name,organisation (default: the brief's distribution list)",
    )
    p.add_argument("--out-dir", metavar="DIR", help="with --copies: the folder the copies and the register go in")
    p.add_argument(
        "--force", action="store_true", help="replace OUT even when it is a read-only file; with --copies, replace existing copies"
    )


def _check_pdf_standard(args: argparse.Namespace, fmt: str) -> None:
    if getattr(args, "pdf_standard", None) is not None and fmt != "pdf":
        raise UserError(f"--pdf-standard is for PDF; the export is {fmt}: leave it out, or use --format pdf")


def _export_target(source: str, out: str | None, fmt: str | None) -> tuple[str, str]:
    """Where to write and in which format; raises :class:`UserError` for a
    combination that cannot be right."""
    from briefer.export.format_names import format_for_path

    ext_format = None
    if out == "-":
        return out, fmt or "pdf"
    if out is not None and not os.path.isdir(out):
        ext = os.path.splitext(out)[1].lower()
        ext_format = format_for_path(out)
        if fmt is None and ext_format is None:
            what = f"the extension {ext!r}" if ext else "no extension"
            raise UserError(
                f"{shown(out)}: has {what}; name it .pdf or .docx, or say which with --format pdf|docx"
            )
        if fmt is not None and ext_format is not None and fmt != ext_format:
            raise UserError(f"{shown(out)}: is named .{ext_format} but --format is {fmt}; make them agree")
    fmt = fmt or ext_format or "pdf"
    stem = os.path.splitext(os.path.basename(source))[0] or "brief"
    if out is None:
        out = os.path.join(os.path.dirname(source), f"{stem}.{fmt}")
    elif os.path.isdir(out):
        out = os.path.join(out, f"{stem}.{fmt}")
    return out, fmt


def _looks_like_our_file(path: str) -> bool:
    """True when ``path`` is a regular file that holds a brief or template
    (by content), whatever its name says.  Read with the safe reader: a
    FIFO or device is not waited on or read."""
    from briefer.storage.safe_read import read_head

    try:
        head = read_head(path, 4096)
    except OSError:
        return False
    return any(marker in head for marker in _OWN_FORMAT_MARKERS)


def _refuse_dangerous_target(source: str, out: str, force: bool) -> None:
    from briefer.storage.atomic import ReadOnlyFileError, SaveError, check_target

    name = shown(out)
    real_out = os.path.realpath(out)
    if real_out == os.path.realpath(source) or (
        os.path.exists(out) and os.path.exists(source) and os.path.samefile(out, source)
    ):
        raise UserError(f"{name}: is the brief being exported; choose another output file with -o")
    try:
        check_target(out, action="export to", replace_read_only=force)
    except ReadOnlyFileError:
        raise UserError(f"{name}: is a read-only file; use --force to replace it, or choose another name") from None
    except SaveError as e:  # a symbolic link, device, FIFO, socket or folder
        raise UserError(str(e)) from None
    if real_out.lower().endswith(_NEVER_OVERWRITE_EXTENSIONS) or _looks_like_our_file(out):
        raise UserError(f"{name}: is a Briefer file; an export never overwrites one, choose a .pdf or .docx name")


def _check_copies_args(args: argparse.Namespace) -> None:
    """The options that go with --copies, and only with it."""
    if not args.copies:
        for option, value in (("--recipients", args.recipients), ("--out-dir", args.out_dir)):
            if value is not None:
                raise UserError(f"{option} goes with --copies; add --copies to make numbered copies")
        return
    if args.out_dir is None:
        raise UserError("--copies needs --out-dir DIR, the folder the copies and their register go in")
    if args.output is not None:
        raise UserError("--copies writes one file per recipient into --out-dir; leave out -o")
    if args.format not in (None, "pdf"):
        raise UserError("numbered copies are PDF files; leave out --format docx")
    if getattr(args, "pdf_standard", None) not in (None, "none"):
        raise UserError(
            "numbered copies are stamped on the standard PDF (the stamp is not part of a tagged or archival "
            "document); leave out --pdf-standard"
        )


def _release_check(brief, template, level: str | None) -> None:  # noqa: ANN001 - a Brief and a Template; kept lazy
    """Refuse a releasable version that cannot be made, before anything is written."""
    if level is None:
        return
    from briefer.templates.markings import ReleaseRefused, release_level, releasable

    level = _text_arg(level, "--release-at")
    try:
        releasable(brief, release_level(level, template.scheme), template.scheme)
    except ReleaseRefused as e:
        raise UserError(f"--release-at {level}: {e}") from None


def _run_export(args: argparse.Namespace, library: TemplateLibrary) -> int:
    _check_copies_args(args)
    if args.copies:
        return _run_copies(args, library)
    out, fmt = _export_output(args, "briefer export FILE")
    brief, template = _load_brief_for_export(args, library)
    _release_check(brief, template, args.release_at)

    from briefer.export.formats import export_brief

    left_out: list[str] = []
    _write_export(
        out,
        args.force,
        lambda stream: export_brief(brief, stream, fmt, template, left_out=left_out, pdf_standard=args.pdf_standard, release_at=args.release_at),  # type: ignore[arg-type]
    )
    _report_left_out("the document" if out == "-" else shown(out), left_out)
    return EXIT_OK


def _export_output(args: argparse.Namespace, command: str) -> tuple[str, str]:
    """Where ``briefer export`` or ``book export`` writes (``-`` for
    standard output) and in which format, after every check of OUT."""
    out, fmt = _export_target(args.file, args.output, args.format)
    _check_pdf_standard(args, fmt)
    if out == "-":
        _check_stdout(fmt, command)
    else:
        _refuse_dangerous_target(args.file, out, args.force)
    return out, fmt


def _write_export(out: str, force: bool, export: Callable[[BinaryIO], int | None]) -> None:
    """Run ``export`` into OUT (atomically: a failed export leaves no half
    file and the old one untouched) or, for ``-``, into standard output
    (all or nothing, from memory); say what was written."""
    from briefer.export.running import ExportError
    from briefer.storage.atomic import SaveError, atomic_write

    if out == "-":
        import io

        buffer = io.BytesIO()
        try:
            export(buffer)
        except ExportError as e:
            raise UserError(str(e)) from None
        sys.stdout.buffer.write(buffer.getvalue())
        sys.stdout.buffer.flush()
        return
    try:
        with atomic_write(out, keep_backup=False, action="write", replace_read_only=force) as stream:
            pages = export(stream)
    except (SaveError, ExportError) as e:
        raise UserError(str(e)) from None
    print(f"wrote {shown(out)} ({_plural(pages, 'page')})" if pages is not None else f"wrote {shown(out)}")


def _check_stdout(fmt: str, command: str) -> None:
    """``-o -`` is refused when standard output is a terminal."""
    if sys.stdout.isatty():
        raise UserError(
            f"-o -: standard output is a terminal, which cannot show a {fmt.upper()}; "
            f"redirect it ({command} -o - > out.{fmt}) or give a file name"
        )


def _report_left_out(what: str, left_out: list[str]) -> None:
    """Say on stderr what the template's page budget left out of ``what``."""
    if left_out:
        print(f"briefer: to keep the template's page budget, {what} is shortened: {' '.join(left_out)}", file=sys.stderr)


def _load_brief_for_export(args: argparse.Namespace, library: TemplateLibrary):  # noqa: ANN202 - (Brief, Template); kept lazy
    source = args.file
    brief = _load_or_fail(source)
    if args.template:
        template = _find_template(library, _text_arg(args.template, "--template"))
    else:
        _warn_missing_template(library, source, brief)  # the brief may name a user or team template
        template = library.for_brief(brief.layout.template)
    return brief, template


_MAX_RECIPIENTS_BYTES = 4 * 1024 * 1024


def _recipients(args: argparse.Namespace, brief):  # noqa: ANN001, ANN202 - a Brief → list[Copy]; kept lazy
    from briefer.export.copies import CopiesError, recipients_from_brief, recipients_from_csv
    from briefer.storage.safe_read import describe_read_error, read_limited

    try:
        if args.recipients is None:
            return recipients_from_brief(brief)
        try:
            data = read_limited(args.recipients, _MAX_RECIPIENTS_BYTES)
        except OSError as e:
            raise UserError(f"{shown(args.recipients)}: {describe_read_error(e)}") from None
        return recipients_from_csv(data, shown(args.recipients))
    except CopiesError as e:
        raise UserError(str(e) if args.recipients else f"{shown(args.file)}: {e}") from None


def _run_copies(args: argparse.Namespace, library: TemplateLibrary) -> int:
    """``export --copies``: lay the brief out once, stamp a copy per recipient."""
    brief, template = _load_brief_for_export(args, library)
    _release_check(brief, template, args.release_at)
    copies = _recipients(args, brief)

    from briefer.export.copies import CopiesHalted, planned_files
    from briefer.export.formats import write_copies
    from briefer.storage.atomic import SaveError, atomic_write

    folder = args.out_dir
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UserError(f"{shown(folder)}: is not a folder; --out-dir names the folder the copies go in")
    if not os.path.isdir(folder):
        try:
            os.mkdir(folder)
        except OSError as e:
            raise UserError(f"{shown(folder)}: cannot be made ({e.strerror or e}); make the folder or choose another") from None
    existing = [name for name in planned_files(copies) if os.path.lexists(os.path.join(folder, name))]
    if existing and not args.force:
        more = f" and {_plural(len(existing) - 1, 'other')}" if len(existing) > 1 else ""
        raise UserError(
            f"{shown(os.path.join(folder, existing[0]))}{more} already exist; choose an empty folder, "
            "or use --force to replace them"
        )

    import io

    from briefer.export.formats import export_brief
    from briefer.export.running import ExportError

    body = io.BytesIO()
    left_out: list[str] = []
    try:
        # the standard PDF whatever the template's default: the stamp is not part of a tagged document
        pages = export_brief(brief, body, "pdf", template, left_out=left_out, release_at=args.release_at, pdf_standard="none")
    except ExportError as e:
        raise UserError(str(e)) from None

    def write(name: str, data: bytes) -> None:
        with atomic_write(os.path.join(folder, name), keep_backup=False, action="write", replace_read_only=args.force) as out:
            out.write(data)

    try:
        rows = write_copies(body.getvalue(), copies, write)
    except CopiesHalted as e:
        cause = e.cause
        reason = str(cause) if isinstance(cause, SaveError) else (cause.strerror if isinstance(cause, OSError) and cause.strerror else str(cause))
        if e.file == "distribution.csv":
            raise UserError(f"{shown(folder)}: the register distribution.csv was not written ({reason}); "
                            f"the {len(e.written)} copies were") from None
        done = ", ".join(f for _, f, _ in e.written) or "none"
        raise UserError(f"{shown(folder)}: copy {e.copy.number} ({e.file}) was not written ({reason}); "
                        f"written whole: {done}; no register was written") from None
    print(f"wrote {_plural(len(rows), 'copy', 'copies')} of {_plural(int(pages or 0), 'page')} and distribution.csv to {shown(folder)}")
    _report_left_out("each copy", left_out)
    return EXIT_OK


# --------------------------------------------------------------------------
# follow-up
# --------------------------------------------------------------------------


def _add_follow_up(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the .brief file to follow up")
    p.add_argument("-o", "--output", metavar="NEW", required=True, help="where to write the new brief")
    _add_force(p, "NEW")


def _load_or_fail(path: str):  # noqa: ANN202 - a Brief; kept lazy for import speed
    from briefer.model.fileformat import BriefFileError
    from briefer.storage.files import load_brief

    try:
        return load_brief(path).brief
    except BriefFileError as e:
        problems = e.problems
        more = f" (and {_plural(len(problems) - 1, 'more problem')}; see briefer validate {shown(path)})" if len(problems) > 1 else ""
        raise UserError(f"{shown(path)}: {problems[0]}{more}") from None


def _run_follow_up(args: argparse.Namespace, library: TemplateLibrary) -> int:
    del library  # the follow-up is made from the previous brief alone
    import datetime as dt

    from briefer.model.followup import make_follow_up

    out = args.output
    name = _prepare_output(out, args.force, ".brief", command="follow-up", example="follow-up.brief", noun="new brief")
    if os.path.exists(out) and os.path.exists(args.file) and os.path.samefile(out, args.file):
        raise UserError(f"{name}: is the brief being followed up; choose another name with -o")
    previous = _load_or_fail(args.file)
    relative = os.path.relpath(os.path.abspath(args.file), os.path.dirname(os.path.abspath(out)))
    brief = make_follow_up(previous, path=relative, today=dt.date.today())
    _save_new_brief(out, brief, args.force)
    print(_one_line(f"{name}: created a follow-up of “{previous.title}”, carrying {_plural(len(brief.open_issues), 'open issue')}"))
    return EXIT_OK


# --------------------------------------------------------------------------
# book
# --------------------------------------------------------------------------


def _add_book(p: argparse.ArgumentParser) -> None:
    from briefer.export.format_names import FORMATS

    sub = p.add_subparsers(dest="book_command", metavar="ACTION", title="actions", parser_class=_Parser, required=True)
    new = sub.add_parser("new", help="write a trip book of the given briefs, in that order")
    new.add_argument("-o", "--output", metavar="BOOK", required=True, help="the .briefbook file to write")
    new.add_argument("briefs", metavar="BRIEF", nargs="+", help="the .brief files, in the order they print")
    new.add_argument("--title", metavar="TEXT", help="the book's title (default: Trip book)")
    _add_force(new, "BOOK")
    export = sub.add_parser("export", help="print a trip book as one PDF or Word document")
    export.add_argument("file", metavar="BOOK", help="the .briefbook file")
    export.add_argument("--format", choices=FORMATS, help="pdf or docx (default: from OUT's extension, else pdf)")
    export.add_argument("-o", "--output", metavar="OUT", help="the file to write (default: BOOK with the new extension)")
    export.add_argument("--pdf-standard", choices=_PDF_STANDARD_CHOICES, metavar="ua-1|a-2a|a-2b|none", help=_PDF_STANDARD_HELP.replace(" (default: the template's choice)", " (the default)"))
    export.add_argument(
        "--release-at",
        metavar="LEVEL",
        help="a releasable book: each brief as only a reader at LEVEL of its template's marking scheme may see it "
        "(e.g. OFFICIAL-SENSITIVE); nothing above it is anywhere in the file",
    )
    export.add_argument("--force", action="store_true", help="replace OUT even when it is a read-only file")


def _run_book(args: argparse.Namespace, library: TemplateLibrary) -> int:
    return _run_book_new(args) if args.book_command == "new" else _run_book_export(args, library)


def _run_book_new(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from briefer.model.book import BOOK_EXTENSION, Book, BookBrief
    from briefer.model.fileformat import problems_from_validation
    from briefer.storage.atomic import SaveError
    from briefer.storage.books import relative_brief_file, save_book

    out = args.output
    name = _prepare_output(out, args.force, BOOK_EXTENSION, command="book new", example="trip.briefbook", noun="book")
    files = [relative_brief_file(out, path) for path in args.briefs]
    for path, file in zip(args.briefs, files):
        if files.count(file) > 1:
            raise UserError(f"{shown(path)}: is given twice; list each brief once")
        _load_or_fail(path)  # a book of briefs that do not open is no use
    title = _text_arg(args.title, "--title") if args.title is not None else "Trip book"
    try:
        book = Book(title=title, briefs=[BookBrief(file=f) for f in files])
    except ValidationError as e:
        raise UserError(f"--title: {problems_from_validation(e)[0].message}") from None
    try:
        save_book(out, book, replace_read_only=args.force)
    except SaveError as e:
        raise UserError(str(e)) from None
    print(f"{name}: created a trip book of {_plural(len(files), 'brief')}")
    return EXIT_OK


def _run_book_export(args: argparse.Namespace, library: TemplateLibrary) -> int:
    from briefer.model.book import BookFileError
    from briefer.storage.books import load_book, load_book_briefs

    source = args.file
    out, fmt = _export_output(args, "briefer book export BOOK")
    try:
        book = load_book(source).book
        loaded = load_book_briefs(source, book)
    except BookFileError as e:
        problems = e.problems
        more = f" (and {_plural(len(problems) - 1, 'more problem')})" if len(problems) > 1 else ""
        raise UserError(f"{shown(source)}: {problems[0]}{more}; nothing was printed") from None
    from briefer.export.formats import export_book

    templates = [library.for_brief(b.layout.template) for b in loaded.briefs]  # a brief may name a user or team template
    release_at = None
    if args.release_at is not None:
        from briefer.export.book import check_book_release
        from briefer.templates.markings import ReleaseRefused

        release_at = _text_arg(args.release_at, "--release-at")
        try:
            check_book_release(book, loaded.briefs, templates, release_at)
        except ReleaseRefused as e:
            raise UserError(f"--release-at {release_at}: {e}; nothing was printed") from None
    _write_export(
        out,
        args.force,
        lambda stream: export_book(book, loaded.briefs, templates, stream, fmt, pdf_standard=args.pdf_standard, release_at=release_at),  # type: ignore[arg-type]
    )
    return EXIT_OK


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------


def _add_templates(p: argparse.ArgumentParser) -> None:
    del p  # no options


def _run_templates(args: argparse.Namespace, library: TemplateLibrary) -> int:
    del args
    for path, message in library.problems():
        _err(f"warning: {shown(str(path))}: skipped: {message}")
    entries = library.entries()
    width = max((len(t.name) for t, _ in entries), default=0)
    for template, source in entries:
        about = template.display_title
        if template.description:
            about += " — " + " ".join(template.description.split())
        print(f"{template.name:<{width}}  {source:<8}  {about}")
    return EXIT_OK


# --------------------------------------------------------------------------
# Opening the app
# --------------------------------------------------------------------------

_QT_SYSTEM_LIBS = "libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libx11-6"


def _gui_import_hint(e: ImportError) -> str:
    missing = e.name or ""
    if missing.startswith("PySide6") or missing == "shiboken6":
        return "briefer: cannot open the app: PySide6 is not installed; install it with: pip install PySide6-Essentials==6.11.3 PySide6-Addons==6.11.3"
    if ".so" in str(e) or "DLL" in str(e):
        return (
            f"briefer: cannot open the app: a system library Qt needs is missing ({e}); "
            f"on Debian/Ubuntu install them with: sudo apt-get install {_QT_SYSTEM_LIBS}"
        )
    if missing.startswith("briefer"):
        return "briefer: cannot open the app: this installation of Briefer has no desktop app (briefer.gui); reinstall Briefer"
    return f"briefer: cannot open the app: {e}; reinstall Briefer with its dependencies (pip install briefer)"


def _no_screen() -> bool:
    """True on Linux/BSD without a display server to open a window on (and
    no platform chosen explicitly, as the tests do with offscreen)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def open_app(path: str | None, example: bool, library: TemplateLibrary) -> int:
    """Start the desktop app with ``library``; imports Qt only now."""
    if path is not None and not os.path.exists(path):
        raise UserError(f"{shown(path)}: the file does not exist")
    if _no_screen():
        # Qt would abort the process with a plugin error; say what to do instead.
        raise UserError(
            "briefer: cannot open the app: there is no screen (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run it from a desktop session, or use the command line: briefer export FILE"
        )
    from briefer.export.worker import WORKER

    WORKER.warm_up()  # the preview's process loads the writers and fonts while Qt loads
    try:
        from briefer.gui.app import run_app
    except ImportError as e:
        WORKER.shutdown()
        raise UserError(_gui_import_hint(e)) from None
    return int(run_app(path, example, library) or 0)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------


def _add_people(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="people_command", metavar="ACTION", title="actions", required=True, parser_class=_Parser)
    imp = sub.add_parser("import", help="add people from a CSV or vCard file; the same person is merged")
    imp.add_argument("file", metavar="FILE", help="a .csv (header name,title,organization,delegation,bio) or .vcf file")
    imp.add_argument("--team", action="store_true", help="add new people to the (first) team people folder")
    imp.set_defaults(people_run=_run_people_import)
    lst = sub.add_parser("list", help="list the people of the library with their ids")
    lst.add_argument("--json", action="store_true", help="print JSON (every field but the photo, and the folder)")
    lst.set_defaults(people_run=_run_people_list)
    upd = sub.add_parser("update", help="refresh a brief's participants taken from the library")
    upd.add_argument("file", metavar="FILE", help="the .brief file; saved in place, the old one kept as FILE.bak")
    upd.set_defaults(people_run=_run_people_update)


def _run_people(args: argparse.Namespace, library: TemplateLibrary) -> int:
    del library  # people do not depend on templates
    return args.people_run(args)


def _people_library(*, team: bool = False):  # noqa: ANN202 - a PeopleLibrary; kept lazy for import speed
    """The user's and team people folders, read; files that cannot be read
    are named on stderr and skipped."""
    from briefer.people.folders import people_folders, team_people_dirs
    from briefer.people.library import PeopleLibrary

    folders = people_folders()
    if team:
        teams = team_people_dirs()
        if not teams:
            raise UserError("briefer people import --team: no team people folder is set; set BRIEFER_TEAM_PEOPLE")
        folders = [teams[0], *(f for f in folders if f != teams[0])]
    library = PeopleLibrary(folders)
    for path, message in library.reload():
        _err(f"warning: {path}: skipped: {message}")
    return library


def _run_people_import(args: argparse.Namespace) -> int:
    from pathlib import Path

    from briefer.people.importing import ImportFileError, import_people, read_import_file

    name = args.file
    try:
        candidates, problems = read_import_file(Path(name))
    except ImportFileError as e:
        raise UserError(f"{name}: {e}") from None
    report = import_people(_people_library(team=args.team), candidates, problems)
    for line in report.lines():
        print(line)
    for problem in report.problems:
        _err(f"{name}: {problem}")
    skipped = report.skipped()
    print(
        f"{name}: {_plural(len(report.added), 'person', 'people')} added, {len(report.merged)} merged"
        + (f", {len(report.unchanged)} already in the library" if report.unchanged else "")
        + (f", {len(skipped)} skipped (see above)" if skipped else "")
    )
    return EXIT_USER_ERROR if skipped else EXIT_OK


def _run_people_list(args: argparse.Namespace) -> int:
    import json

    entries = _people_library().entries()
    if args.json:
        rows = [{**e.person.model_dump(mode="json", exclude={"photo"}), "folder": str(e.folder)} for e in entries]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not entries:
        print("The people library is empty; add people with: briefer people import FILE.csv")
    for e in entries:
        p = e.person
        latin = f" ({p.name_latin})" if p.name_latin else ""
        about = ", ".join(filter(None, (p.title, p.organization)))
        print(f"{p.id}\t{p.name}{latin}" + (f"\t{about}" if about else ""))
    return EXIT_OK


def _change_text(value: str | None) -> str:
    if value is None:
        return "(empty)"
    if value.startswith("data:"):
        return "(a photo)"
    one_line = " ".join(value.split())
    return f"“{one_line if len(one_line) <= 50 else one_line[:49] + '…'}”"


def _run_people_update(args: argparse.Namespace) -> int:
    from briefer.model.fileformat import BriefFileError
    from briefer.people.link import refresh_brief
    from briefer.storage.atomic import SaveError
    from briefer.storage.files import load_brief, save_brief
    from briefer.storage.lock import BriefLock, FileLockedError

    name = args.file
    try:
        with BriefLock(name):
            loaded = load_brief(name)
            new, updates, missing = refresh_brief(loaded.brief, _people_library())
            if updates:
                save_brief(name, new)
    except FileLockedError as e:
        raise UserError(f"{name}: {e} Close it there, then update it.") from None
    except BriefFileError as e:
        raise UserError(str(e)) from None
    except SaveError as e:
        raise UserError(str(e)) from None
    for person_id in missing:
        _err(f"warning: {name}: a participant is linked to {person_id}, which is not in the library; left as it is")
    for update in updates:
        print(f"{update.name}:")
        for change in update.changes:
            print(f"  {change.field}: {_change_text(change.in_brief)} → {_change_text(change.in_library)}")
    print(f"{name}: {_plural(len(updates), 'participant')} updated from the library")
    return EXIT_OK


# --------------------------------------------------------------------------
# draft and import (briefer.intake)
# --------------------------------------------------------------------------


def _add_draft(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the article, cable, e-mail or read-out (.txt, .eml or .docx)")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="where to write the drafted brief")
    p.add_argument("--template", metavar="NAME", help="start from this template (see briefer templates)")
    _add_force(p, "OUT")


def _prepare_output(
    out: str,
    force: bool,
    ext: str | None,
    *,
    command: str,
    example: str = "meeting.brief",
    noun: str = "brief",
) -> str:
    """Check OUT, the new Briefer file a command writes, before anything is
    read or written; returns its name as messages show it.  Refused: ``-``
    (a brief is a file, not a stream), a folder, a name not ending in
    ``ext``, a link, device or FIFO (whatever --force says), and an existing
    file without --force.  A read-only file is replaced with --force (the
    save is then called with ``replace_read_only=force``)."""
    from briefer.storage.atomic import SaveError, check_target

    name = shown(out)
    if out == "-":
        raise UserError(
            f"-o -: briefer {command} writes a {noun} file, not standard output; give a file name such as {example}"
        )
    if os.path.isdir(out):
        raise UserError(f"{name}: is a folder; give a file name such as {shown(os.path.join(out, example))}")
    if ext is not None and not out.lower().endswith(ext):
        raise UserError(f"{name}: name the {noun} {ext}")
    try:
        check_target(out, replace_read_only=True)  # links, devices, FIFOs: whatever --force says
    except SaveError as e:
        raise UserError(str(e)) from None
    if os.path.lexists(out) and not force:
        raise UserError(f"{name}: already exists; use --force to overwrite it (the old file is kept as {shown(out + '.bak')})")
    return name


def _save_new_brief(out: str, brief, force: bool) -> None:  # noqa: ANN001 - a Brief; kept lazy for import speed
    from briefer.storage.atomic import SaveError
    from briefer.storage.files import save_brief

    try:
        save_brief(out, brief, replace_read_only=force)
    except SaveError as e:
        raise UserError(str(e)) from None


def _run_draft(args: argparse.Namespace, library: TemplateLibrary) -> int:
    from briefer.intake import IntakeError, apply_proposals, draft_from_text, read_source_file
    from briefer.model.brief import UNTITLED_TITLE, Brief

    name = _prepare_output(args.output, args.force, None, command="draft")
    template = _find_template(library, args.template) if args.template else None
    try:
        text, source = read_source_file(args.file)
    except IntakeError as e:
        raise UserError(str(e)) from None
    try:
        draft = draft_from_text(text, source_name=os.path.basename(args.file), source=source)
    except IntakeError as e:
        raise UserError(f"{shown(args.file)}: {e}") from None
    start = template.new_brief(None) if template is not None else Brief(title=UNTITLED_TITLE)
    brief = apply_proposals(start, draft.proposals)
    _save_new_brief(args.output, brief, args.force)
    for message in draft.messages:
        _err(f"note: {shown(args.file)}: {message}")
    counts = ", ".join(f"{n} {kind}" for kind, n in draft.counts().items())
    print(_one_line(f"{name}: drafted “{brief.title}” from {shown(args.file)} ({counts})"))
    return EXIT_OK


def _add_import(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the Word brief (.docx)")
    p.add_argument("-o", "--output", metavar="OUT", required=True, help="where to write the imported brief")
    _add_force(p, "OUT")


def _run_import(args: argparse.Namespace, library: TemplateLibrary) -> int:
    del library  # the brief is read from the Word file alone
    from briefer.intake import IntakeError, import_word_brief

    name = _prepare_output(args.output, args.force, None, command="import")
    try:
        imported = import_word_brief(args.file)
    except IntakeError as e:
        raise UserError(str(e)) from None
    _save_new_brief(args.output, imported.brief, args.force)
    print(_one_line(f"{name}: imported “{imported.brief.title}” from {shown(args.file)}"))
    for line in imported.report:
        print(f"  {line}")
    return EXIT_OK


# --------------------------------------------------------------------------
# The command table and the parser
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, TemplateLibrary], int]


COMMANDS: list[Command] = [
    Command("validate", "check that a .brief file is valid; one line per problem", _add_validate, _run_validate),
    Command("new", "write a new brief, blank or from a template", _add_new, _run_new),
    Command("export", "export a brief to PDF or Word", _add_export, _run_export),
    Command("follow-up", "start the next brief of a series from a previous one", _add_follow_up, _run_follow_up),
    Command("book", "make and print trip books: book new, book export", _add_book, _run_book),
    Command("templates", "list the built-in, user and team templates", _add_templates, _run_templates),
    Command("people", "the people library: import, list, update a brief's participants", _add_people, _run_people),
    Command("draft", "draft a brief from an article, cable, e-mail or read-out", _add_draft, _run_draft),
    Command("import", "import an existing Word brief (.docx)", _add_import, _run_import),
]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER_ERROR, f"{self.prog}: {message} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefer",
        description="Write briefing documents for a principal; export them as PDF and Word.",
        epilog=(
            "Without a command, briefer opens the app: `briefer` (empty), "
            "`briefer FILE.brief` (open a brief), `briefer --example` (the example brief). "
            "Exit status: 0 ok, 1 an internal error (please report it), 2 a problem with your input, "
            "3 `validate --strict` found an error in the brief, 130 interrupted (Ctrl+C)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"briefer {__version__}")
    parser.add_argument("--example", action="store_true", help="open the app with the example brief")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands", parser_class=_Parser)
    for cmd in COMMANDS:
        p = sub.add_parser(cmd.name, help=cmd.help, description=cmd.help)
        cmd.add_arguments(p)
        p.set_defaults(run=cmd.run)
    return parser


def _build_library() -> TemplateLibrary:
    from briefer.templates import build_library

    return build_library()


def _dispatch(argv: list[str]) -> int:
    names = {c.name for c in COMMANDS}
    if argv and not argv[0].startswith("-") and argv[0] not in names:
        first = argv[0]
        if not first.lower().endswith(".brief"):
            raise UserError(f"briefer: {first!r} is neither a command nor a .brief file (see briefer --help)")
        if len(argv) > 1:
            raise UserError(f"briefer: to open {first}, give no other arguments (see briefer --help)")
        return open_app(first, example=False, library=_build_library())
    args = build_parser().parse_args(argv)
    if args.command is None:
        return open_app(None, example=args.example, library=_build_library())
    return args.run(args, _build_library())


def _tolerant_streams() -> None:
    """Never crash printing a name in a script the terminal cannot show."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            pass


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point: returns the exit status."""
    _tolerant_streams()
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except UserError as e:
        _err(str(e))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        _err("briefer: interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:  # `briefer validate x | head -0`: the reader left
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except SystemExit as e:  # argparse: --help, --version, usage errors
        return e.code if isinstance(e.code, int) else (0 if e.code is None else EXIT_USER_ERROR)
    except Exception as e:  # noqa: BLE001 - the last line of defence
        if os.environ.get("BRIEFER_DEBUG") == "1":
            raise
        _err(f"briefer: internal error: {type(e).__name__}: {e}; please report it (set BRIEFER_DEBUG=1 for details)")
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
