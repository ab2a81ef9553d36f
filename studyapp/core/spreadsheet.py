"""Every CSV file StudyApp writes goes through ``csv_writer``: a cell that a spreadsheet would run as a
formula (text starting with =, +, -, @, a tab or a carriage return) gets an apostrophe in front, so
``=HYPERLINK(...)`` typed as a student's name or answer reaches the teacher's spreadsheet as text.

``restore_cell`` undoes it when StudyApp reads its own CSV back (a question list exported and imported
again keeps "-5 + 3" as it was)."""

from __future__ import annotations

import csv
from typing import Any, Iterable, TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """``value`` as a spreadsheet will show it, never run it; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def restore_cell(text: str) -> str:
    """The text ``neutralise`` was given (for reading StudyApp's own CSV files back)."""
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        return text[1:]
    return text


class SafeCsvWriter:
    """``csv.writer`` with every cell passed through ``neutralise``."""

    def __init__(self, handle: TextIO, **options: Any):
        self._writer = csv.writer(handle, **options)

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._writer.writerow([neutralise(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: TextIO, **options: Any) -> SafeCsvWriter:
    return SafeCsvWriter(handle, **options)
