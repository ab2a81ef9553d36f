"""The ``studyapp`` command. Without a subcommand it opens the window.

Each concern adds its subcommands from its own module (``COMMAND_MODULES``): a module has
``register(subparsers)`` and sets ``func`` on its parsers. Nothing heavy is imported here, so that
``studyapp`` opens its window quickly.
"""

from __future__ import annotations

import argparse
import importlib
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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="studyapp",
        description="Turn articles into questions and study them. Without a command, opens the window.",
    )
    add_common_options(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def add_common_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", metavar="DIR", help="data folder (default: $STUDYAPP_HOME or the user data folder)")
    parser.add_argument("--database-url", metavar="URL",
                        help="database URL (default: $STUDYAPP_DATABASE_URL or the SQLite file in the data folder)")
    parser.add_argument("--learner", metavar="NAME", help="learner profile to use (default: the last one used)")


def main(argv: list[str] | None = None) -> int:
    from studyapp.core.errors import StudyAppError

    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from studyapp.gui.app import run_gui

            return run_gui(args)
        return int(args.func(args) or 0)
    except StudyAppError as error:
        print(f"studyapp: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("studyapp: interrupted", file=sys.stderr)
        return 130
