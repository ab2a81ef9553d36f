"""Question lists as CSV or TSV: "term<TAB or comma>definition" lines as Quizlet and others export
them, and StudyApp's own CSV export (a header with question, answer, wrong choices, kind, source).

A list without a header is read as term, definition: the definition is asked, the term answered.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from studyapp.core.exchange.items import CLOZE, FALSE, SHORT, TRUE, TRUEFALSE, ExchangeItem, truth_value
from studyapp.core.spreadsheet import csv_writer, restore_cell

KINDS = (SHORT, CLOZE, TRUEFALSE)
PROMPT_NAMES = {"question", "prompt", "definition", "back"}
ANSWER_NAMES = {"answer", "term", "front"}
CHOICE_NAME = re.compile(r"(wrong )?(choice|distractor|option)s?\s*\d*")
KIND_NAME = "kind"
SOURCE_NAMES = {"source sentence", "source"}


def write_csv(items: list[ExchangeItem]) -> str:
    n_choices = max((len(item.choices) for item in items), default=0)
    buffer = io.StringIO()
    writer = csv_writer(buffer, lineterminator="\r\n")
    writer.writerow(["question", "answer", *(f"wrong choice {n}" for n in range(1, n_choices + 1)),
                     "kind", "source sentence"])
    for item in items:
        choices = list(item.choices) + [""] * (n_choices - len(item.choices))
        writer.writerow([item.prompt, item.answer, *choices, item.kind, item.source])
    return buffer.getvalue()


@dataclass
class QuestionList:
    items: list[ExchangeItem]
    choices_given: bool  # the file has wrong-choice columns (then rows without choices are typed)


def read_question_list(text: str) -> QuestionList:
    """The rows of a CSV/TSV list that have both a question and an answer, in file order."""
    lines = text.splitlines(keepends=True)
    while lines and _is_directive(lines[0]):
        lines.pop(0)
    body = "".join(lines)
    rows = [row for row in csv.reader(io.StringIO(body), delimiter=_delimiter(lines))
            if any(cell.strip() for cell in row)]
    if not rows:
        return QuestionList([], False)
    columns = _header(rows[0])
    if columns is None:
        columns = {"answer": [0], "prompt": [1]}  # term, definition
    else:
        rows = rows[1:]
    if max(max(indexes) for indexes in columns.values()) == 1:
        # A two-column list: an unquoted comma inside the second column split it, so rejoin the rest.
        rows = [[row[0], ",".join(row[1:])] for row in rows]
    items = []
    for row in rows:
        prompt, answer = _cell(row, columns, "prompt"), _cell(row, columns, "answer")
        if not prompt or not answer:
            continue
        choices = (_cell(row, {"c": [i]}, "c") for i in columns.get("choices", []))
        kind = _cell(row, columns, "kind")
        kind = kind if kind in KINDS else SHORT
        wrong = tuple(dict.fromkeys(c for c in choices if c and c != answer))
        if kind == TRUEFALSE:
            truth = truth_value(answer)
            if truth is None:
                kind = SHORT
            else:
                answer, wrong = truth, (FALSE if truth == TRUE else TRUE,)
        items.append(ExchangeItem(prompt=prompt, answer=answer, choices=wrong, kind=kind,
                                  source=_cell(row, columns, "source")))
    return QuestionList(items, "choices" in columns)


def _is_directive(line: str) -> bool:
    # Anki's plain-text exports start with "#separator:tab", "#html:false", ...
    return bool(re.match(r"#\w+:", line))


def _delimiter(lines: list[str]) -> str:
    sample = lines[:20]
    counts = {d: sum(line.count(d) for line in sample) for d in ("\t", ",", ";")}
    if counts["\t"]:
        return "\t"
    return "," if counts[","] >= counts[";"] else ";"


def _header(first: list[str]) -> dict[str, list[int]] | None:
    columns: dict[str, list[int]] = {}
    for index, raw in enumerate(first):
        name = " ".join(raw.casefold().split())
        role = ("prompt" if name in PROMPT_NAMES else "answer" if name in ANSWER_NAMES
                else "kind" if name == KIND_NAME else "source" if name in SOURCE_NAMES
                else "choices" if CHOICE_NAME.fullmatch(name) else None)
        if role:
            columns.setdefault(role, []).append(index)
    return columns if "prompt" in columns and "answer" in columns else None


def _cell(row: list[str], columns: dict[str, list[int]], role: str) -> str:
    indexes = columns.get(role)
    return " ".join(restore_cell(row[indexes[0]]).split()) if indexes and indexes[0] < len(row) else ""
