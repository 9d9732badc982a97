"""The ``briefer`` command.

::

    briefer                      open the app
    briefer FILE.brief           open a brief in the app
    briefer --example            open the app with the example brief
    briefer validate FILE [--strict]
    briefer new -o FILE [--template NAME] [--title TEXT] [--force]
    briefer export FILE [--format pdf|docx] [-o OUT] [--template NAME]
    briefer templates

Every error a user can cause is one line on stderr that names the file,
and exit status 2; never a traceback.  An unexpected internal error is one
line too, with exit status 1 (set ``BRIEFER_DEBUG=1`` for the traceback).

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
from typing import TYPE_CHECKING, NoReturn

from briefer import __version__

if TYPE_CHECKING:
    from briefer.templates import TemplateLibrary

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USER_ERROR = 2


class UserError(Exception):
    """A mistake the user can fix; ``str()`` is the one line to print."""


def _err(line: str) -> None:
    print(line, file=sys.stderr)


# --------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------


def _add_validate(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the .brief file to check")
    p.add_argument(
        "--strict",
        action="store_true",
        help="treat unknown keys (typos, fields from a newer Briefer) as errors",
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
    return f"valid brief “{title}” ({', '.join(counts)})"


def _warn_missing_template(library: TemplateLibrary, name: str, brief: object) -> None:
    warning = library.missing_warning(brief.layout.template)  # type: ignore[attr-defined]
    if warning:
        _err(f"warning: {name}: {warning}")


def _warn_problems(library: TemplateLibrary, name: str, brief: object) -> None:
    """The problems the app's panel lists (:func:`briefer.checks.check_brief`:
    among them a template not installed here and markings the template's
    scheme does not know), one warning line each: they never make the file
    invalid."""
    from briefer.checks import check_brief

    for finding in check_brief(brief, library):  # type: ignore[arg-type]
        where = f"{_path_text(finding.path)}: " if finding.path else ""
        _err(f"warning: {name}: {where}{finding.message}")


def _path_text(path: tuple[str | int, ...]) -> str:
    """``("key_points", 1, "marking")`` → ``key_points[1].marking``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _run_validate(args: argparse.Namespace, library: TemplateLibrary) -> int:
    from briefer.model.fileformat import BriefFileError
    from briefer.storage.files import load_brief

    name = args.file
    try:
        loaded = load_brief(name)
    except BriefFileError as e:
        for problem in e.problems:
            _err(f"{name}: {problem}")
        return EXIT_USER_ERROR
    if args.strict and loaded.warnings:
        for w in loaded.warnings:
            what = w.message.split(" (")[0]  # "unknown key", without "(kept as it is)"
            _err(f"{name}: {w.path}: {what} (not allowed with --strict)")
        return EXIT_USER_ERROR
    for w in loaded.warnings:
        _err(f"warning: {name}: {w}")
    _warn_problems(library, name, loaded.brief)
    note = f", migrated from format {loaded.migrated_from}" if loaded.migrated_from else ""
    print(f"{name}: {_summary(loaded.brief)}{note}")
    return EXIT_OK


# --------------------------------------------------------------------------
# new
# --------------------------------------------------------------------------


def _add_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the new brief")
    p.add_argument(
        "--template",
        metavar="NAME",
        help="start from this template's skeleton and layout (see briefer templates); default: a blank brief",
    )
    p.add_argument("--title", metavar="TEXT", help='the title (default "Untitled brief", or the template\'s)')
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists (the old one is kept as FILE.bak)")


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
    from briefer.storage.atomic import SaveError
    from briefer.storage.files import save_brief

    out = args.output
    if os.path.isdir(out):
        raise UserError(f"{out}: is a folder; give a file name such as {os.path.join(out, 'meeting.brief')}")
    if os.path.lexists(out) and not args.force:
        raise UserError(f"{out}: already exists; use --force to overwrite it (the old file is kept as {out}.bak)")
    template = _find_template(library, args.template) if args.template else None
    try:
        brief = template.new_brief(args.title) if template is not None else Brief(title=UNTITLED_TITLE if args.title is None else args.title)
    except ValidationError as e:
        problem = problems_from_validation(e)[0]
        raise UserError(f"--title: {problem.message}") from None
    try:
        save_brief(out, brief)
    except SaveError as e:
        raise UserError(str(e)) from None
    made_from = f" from the template “{template.display_title}”" if template is not None else ""
    print(f"{out}: created a new brief “{brief.title}”{made_from}")
    return EXIT_OK


# --------------------------------------------------------------------------
# export
# --------------------------------------------------------------------------

_EXPORT_FORMATS = ("pdf", "docx")
_NEVER_OVERWRITE_EXTENSIONS = (".brief", ".brieftemplate", ".bak", ".autosave")
_OWN_FORMAT_MARKERS = (b'"briefer-brief"', b'"briefer-template"')


def _add_export(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the .brief file to export")
    p.add_argument(
        "--format",
        choices=_EXPORT_FORMATS,
        help="pdf or docx (default: from OUT's extension, else pdf)",
    )
    p.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="the file to write, or a folder to write into (default: FILE with the new extension, beside FILE)",
    )
    p.add_argument(
        "--template",
        metavar="NAME",
        help="export with this template instead of the brief's own (see briefer templates)",
    )


def _export_target(source: str, out: str | None, fmt: str | None) -> tuple[str, str]:
    """Where to write and in which format; raises :class:`UserError` for a
    combination that cannot be right."""
    ext_format = None
    if out is not None and not os.path.isdir(out):
        ext = os.path.splitext(out)[1].lower()
        ext_format = ext.lstrip(".") if ext.lstrip(".") in _EXPORT_FORMATS else None
        if fmt is None and ext_format is None:
            shown = f"the extension {ext!r}" if ext else "no extension"
            raise UserError(
                f"{out}: has {shown}; name it .pdf or .docx, or say which with --format pdf|docx"
            )
        if fmt is not None and ext_format is not None and fmt != ext_format:
            raise UserError(f"{out}: is named .{ext_format} but --format is {fmt}; make them agree")
    fmt = fmt or ext_format or "pdf"
    stem = os.path.splitext(os.path.basename(source))[0] or "brief"
    if out is None:
        out = os.path.join(os.path.dirname(source), f"{stem}.{fmt}")
    elif os.path.isdir(out):
        out = os.path.join(out, f"{stem}.{fmt}")
    return out, fmt


def _looks_like_our_file(path: str) -> bool:
    """True when ``path`` exists and holds a brief or template (by content),
    whatever its name says."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False
    return any(marker in head for marker in _OWN_FORMAT_MARKERS)


def _refuse_dangerous_target(source: str, out: str) -> None:
    real_out = os.path.realpath(out)
    if real_out == os.path.realpath(source) or (
        os.path.exists(out) and os.path.exists(source) and os.path.samefile(out, source)
    ):
        raise UserError(f"{out}: is the brief being exported; choose another output file with -o")
    if real_out.lower().endswith(_NEVER_OVERWRITE_EXTENSIONS) or _looks_like_our_file(real_out):
        raise UserError(f"{out}: is a Briefer file; an export never overwrites one, choose a .pdf or .docx name")


def _run_export(args: argparse.Namespace, library: TemplateLibrary) -> int:
    from briefer.model.fileformat import BriefFileError
    from briefer.storage.files import load_brief

    source = args.file
    out, fmt = _export_target(source, args.output, args.format)
    _refuse_dangerous_target(source, out)
    try:
        brief = load_brief(source).brief
    except BriefFileError as e:
        problems = e.problems
        more = f" (and {_plural(len(problems) - 1, 'more problem')}; see briefer validate {source})" if len(problems) > 1 else ""
        raise UserError(f"{source}: {problems[0]}{more}") from None
    if args.template:
        template = _find_template(library, args.template)
    else:
        _warn_missing_template(library, source, brief)  # the brief may name a user or team template
        template = library.for_brief(brief.layout.template)

    from briefer.export.formats import export_brief
    from briefer.export.running import ExportError
    from briefer.storage.atomic import SaveError, atomic_write

    left_out: list[str] = []
    try:
        with atomic_write(out, keep_backup=False, action="write") as stream:
            pages = export_brief(brief, stream, fmt, template, left_out=left_out)  # type: ignore[arg-type]
    except (SaveError, ExportError) as e:
        raise UserError(str(e)) from None
    if pages is not None:
        print(f"wrote {out} ({_plural(pages, 'page')})")
    else:
        print(f"wrote {out}")
    if left_out:
        print(f"briefer: to keep the template's page budget, {out} is shortened: {' '.join(left_out)}", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------


def _add_templates(p: argparse.ArgumentParser) -> None:
    del p  # no options


def _run_templates(args: argparse.Namespace, library: TemplateLibrary) -> int:
    del args
    for path, message in library.problems():
        _err(f"warning: {path}: skipped: {message}")
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
        raise UserError(f"{path}: the file does not exist")
    if _no_screen():
        # Qt would abort the process with a plugin error; say what to do instead.
        raise UserError(
            "briefer: cannot open the app: there is no screen (DISPLAY and WAYLAND_DISPLAY are not set); "
            "run it from a desktop session, or use the command line: briefer export FILE"
        )
    try:
        from briefer.gui.app import run_app
    except ImportError as e:
        raise UserError(_gui_import_hint(e)) from None
    return int(run_app(path, example, library) or 0)


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
    Command("templates", "list the built-in, user and team templates", _add_templates, _run_templates),
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
            "Exit status: 0 ok, 2 a problem with your input, 1 an internal error."
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
        return 130
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
