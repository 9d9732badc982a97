"""The ``briefer`` command.

::

    briefer                      open the app
    briefer FILE.brief           open a brief in the app
    briefer --example            open the app with the example brief
    briefer validate FILE [--strict]
    briefer new -o FILE [--title TEXT] [--force]

Every error a user can cause is one line on stderr that names the file,
and exit status 2; never a traceback.  An unexpected internal error is one
line too, with exit status 1 (set ``BRIEFER_DEBUG=1`` for the traceback).

This module imports no Qt, reportlab or python-docx at import time: the app
is imported only when a window is opened, so the command works on a server.

Adding a subcommand: write ``_add_NAME(parser)`` and ``_run_NAME(args)``
and add one :class:`Command` row to :data:`COMMANDS`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import NoReturn

from briefer import __version__

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


def _run_validate(args: argparse.Namespace) -> int:
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
    note = f", migrated from format {loaded.migrated_from}" if loaded.migrated_from else ""
    print(f"{name}: {_summary(loaded.brief)}{note}")
    return EXIT_OK


# --------------------------------------------------------------------------
# new
# --------------------------------------------------------------------------


def _add_new(p: argparse.ArgumentParser) -> None:
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="where to write the new brief")
    p.add_argument("--title", metavar="TEXT", default="Untitled brief", help='the title (default "Untitled brief")')
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists (the old one is kept as FILE.bak)")


def _run_new(args: argparse.Namespace) -> int:
    from pydantic import ValidationError

    from briefer.model.brief import Brief
    from briefer.model.fileformat import problems_from_validation
    from briefer.storage.atomic import SaveError
    from briefer.storage.files import save_brief

    out = args.output
    if os.path.isdir(out):
        raise UserError(f"{out}: is a folder; give a file name such as {os.path.join(out, 'meeting.brief')}")
    if os.path.lexists(out) and not args.force:
        raise UserError(f"{out}: already exists; use --force to overwrite it (the old file is kept as {out}.bak)")
    try:
        brief = Brief(title=args.title)
    except ValidationError as e:
        problem = problems_from_validation(e)[0]
        raise UserError(f"--title: {problem.message}") from None
    try:
        save_brief(out, brief)
    except SaveError as e:
        raise UserError(str(e)) from None
    print(f"{out}: created a new brief “{brief.title}”")
    return EXIT_OK


# --------------------------------------------------------------------------
# Opening the app
# --------------------------------------------------------------------------

_QT_SYSTEM_LIBS = "libglib2.0-0 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0 libx11-6"


def _gui_import_hint(e: ImportError) -> str:
    missing = e.name or ""
    if missing.startswith("PySide6") or missing == "shiboken6":
        return "briefer: cannot open the app: PySide6 is not installed; install it with: pip install PySide6-Essentials PySide6-Pdf"
    if ".so" in str(e) or "DLL" in str(e):
        return (
            f"briefer: cannot open the app: a system library Qt needs is missing ({e}); "
            f"on Debian/Ubuntu install them with: sudo apt-get install {_QT_SYSTEM_LIBS}"
        )
    if missing.startswith("briefer"):
        return "briefer: cannot open the app: this installation of Briefer has no desktop app (briefer.gui); reinstall Briefer"
    return f"briefer: cannot open the app: {e}; reinstall Briefer with its dependencies (pip install briefer)"


def open_app(path: str | None, example: bool) -> int:
    """Start the desktop app; imports Qt only now."""
    if path is not None and not os.path.exists(path):
        raise UserError(f"{path}: the file does not exist")
    try:
        from briefer.gui.app import run_app
    except ImportError as e:
        raise UserError(_gui_import_hint(e)) from None
    return int(run_app(path, example) or 0)


# --------------------------------------------------------------------------
# The command table and the parser
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: list[Command] = [
    Command("validate", "check that a .brief file is valid; one line per problem", _add_validate, _run_validate),
    Command("new", "write a new, minimal brief", _add_new, _run_new),
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


def _dispatch(argv: list[str]) -> int:
    names = {c.name for c in COMMANDS}
    if argv and not argv[0].startswith("-") and argv[0] not in names:
        first = argv[0]
        if not first.lower().endswith(".brief"):
            raise UserError(f"briefer: {first!r} is neither a command nor a .brief file (see briefer --help)")
        if len(argv) > 1:
            raise UserError(f"briefer: to open {first}, give no other arguments (see briefer --help)")
        return open_app(first, example=False)
    args = build_parser().parse_args(argv)
    if args.command is None:
        return open_app(None, example=args.example)
    return args.run(args)


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
