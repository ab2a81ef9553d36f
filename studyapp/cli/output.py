"""Opening the facade for a command, and printing results as text or JSON."""

from __future__ import annotations

import json
import sys
from typing import Any


def open_app(args):
    from studyapp.core.facade import StudyApp

    return StudyApp.open(url=args.database_url, data_folder=args.data_dir)


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[list[Any]], headers: list[str]) -> None:
    widths = [max(len(str(x)) for x in column) for column in zip(headers, *rows)] if rows else [len(h) for h in headers]
    widths = [min(w, 60) for w in widths]
    line = "  ".join(f"{{:<{w}.{w}}}" for w in widths)
    print(line.format(*headers))
    for row in rows:
        print(line.format(*(str(x) for x in row)))


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """"1 day", "2 days" (``plural_form`` for words that do not just take an s)."""
    return f"{count} {singular if count == 1 else (plural_form or singular + 's')}"
