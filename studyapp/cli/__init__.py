"""The ``studyapp`` command. Without a subcommand it opens the window; ``studyapp FILE...`` (as a
file manager starts it) opens the window and imports the files there.

Each concern adds its subcommands from its own module (``COMMAND_MODULES``): a module has
``register(subparsers)`` and sets ``func`` on its parsers. Nothing heavy is imported here, so that
``studyapp`` opens its window quickly.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

COMMAND_MODULES = (
    "studyapp.cli.library_commands",
    "studyapp.cli.screenshot_command",
    "studyapp.cli.bench_command",
    "studyapp.cli.exchange_commands",
    "studyapp.cli.progress_commands",
    "studyapp.cli.classroom_commands",
    "studyapp.cli.safety_commands",
)


def build_parser(*, commands: bool = True) -> argparse.ArgumentParser:
    """The whole parser; without ``commands``, only the options the window takes."""
    parser = argparse.ArgumentParser(
        prog="studyapp", usage="%(prog)s [options] [COMMAND ... | FILE ...]",
        description="Turn articles into questions and study them. Without a command, opens the window; "
                    "with files or web addresses, opens the window and imports them.",
    )
    add_common_options(parser)
    if not commands:
        return parser
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def split_files(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], list[str]]:
    """(options, files) when the first word after the options is not a command, else (argv, []).

    A file named like a command ("import") is still a command: write ./import to open the file.
    """
    commands = next(action.choices for action in parser._actions if isinstance(action, argparse._SubParsersAction))
    options, rest = _leading_options(parser, argv)
    if rest is None:
        return options, argv[len(options) + 1:]
    if not rest or rest[0] in commands:
        return argv, []
    return options, rest


def _leading_options(parser: argparse.ArgumentParser, argv: list[str]) -> tuple[list[str], list[str] | None]:
    """(the options before the first other word, with their values; the words after them), the
    second None when a ``--`` ended the options."""
    valued = {option for action in parser._actions if action.nargs is None and action.option_strings
              for option in action.option_strings}
    options: list[str] = []
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            return options, None
        if not word.startswith("-") or word == "-":
            break
        options.append(word)
        if word in valued:
            options.extend(argv[index + 1:index + 2])
            index += 1
        index += 1
    return options, argv[index:]


def _window_only(argv: list[str]) -> argparse.Namespace | None:
    """The options when ``argv`` only opens the window (the desktop's plain start): parsed without
    importing every command's module, which would delay the window's first frame."""
    parser = build_parser(commands=False)
    options, rest = _leading_options(parser, argv)
    if rest != [] or any(word in ("-h", "--help") for word in options):
        return None
    args = parser.parse_args(argv)
    args.command, args.files = None, []
    return args


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: $STUDYAPP_HOME or the user data folder)")
    parser.add_argument("--database-url", metavar="URL",
                        help="database URL (default: $STUDYAPP_DATABASE_URL or the SQLite file in the data folder)")
    parser.add_argument("--learner", metavar="NAME", help="learner profile to use (default: the last one used)")


def missing_display(environ=None, platform: str | None = None) -> str | None:
    """Why the window cannot open here, checked before Qt (which would abort with its own
    messages); None when a display (or an explicit Qt platform such as offscreen) is there."""
    environ = os.environ if environ is None else environ
    platform = platform or sys.platform
    if not platform.startswith("linux") and "bsd" not in platform:
        return None
    if any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")):
        return None
    return ("StudyApp needs a graphical display to open its window, and none was found (DISPLAY and "
            "WAYLAND_DISPLAY are not set); use the command line: studyapp --help")


def main(argv: list[str] | None = None) -> int:
    from studyapp.core.errors import StudyAppError

    argv = list(sys.argv[1:] if argv is None else argv)
    args = _window_only(argv)
    if args is None:
        parser = build_parser()
        argv, files = split_files(parser, argv)
        args = parser.parse_args(argv)
        args.files = files
    try:
        if args.command is None:
            problem = missing_display()
            if problem:
                print(f"studyapp: {problem}", file=sys.stderr)
                return 1
            from studyapp.gui.app import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # The reader went away (``studyapp questions | head``): stop quietly, as other tools do.
        # Python flushes stdout again at exit; point it at nothing so that flush cannot fail too.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a command ended by a closed pipe
    except StudyAppError as error:
        print(f"studyapp: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("studyapp: interrupted", file=sys.stderr)
        return 130
