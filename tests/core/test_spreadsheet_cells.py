"""Every CSV StudyApp writes neutralises formula cells, and its own question lists read back unchanged."""

import csv
import io
import re
from pathlib import Path

import pytest

from studyapp.core.exchange.csv_list import read_question_list, write_csv
from studyapp.core.exchange.items import ExchangeItem
from studyapp.core.spreadsheet import neutralise

PACKAGE = Path(__file__).resolve().parents[2] / "studyapp"
HOSTILE = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "=cmd|' /C calc'!A0"]


@pytest.mark.parametrize("text", HOSTILE)
def test_a_formula_cell_becomes_text(text):
    assert neutralise(text) == "'" + text


def test_plain_text_and_numbers_are_left_alone():
    assert neutralise("Paris") == "Paris" and neutralise(-3) == -3 and neutralise("a=b") == "a=b"


def test_no_module_writes_csv_past_the_helper():
    offenders = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
                 if path.name != "spreadsheet.py" and re.search(r"csv\.(writer|DictWriter)\b", path.read_text())]
    assert offenders == []


def test_a_question_list_keeps_formula_like_text_through_export_and_import():
    items = [ExchangeItem(prompt="-5 + 3 = ?", answer="-2", choices=("=2", "+8"), kind="short", source="")]
    text = write_csv(items)
    cells = next(csv.reader(io.StringIO(text.splitlines()[1])))
    assert cells[0].startswith("'-") and cells[1] == "'-2"
    back = read_question_list(text).items[0]
    assert (back.prompt, back.answer, back.choices) == ("-5 + 3 = ?", "-2", ("=2", "+8"))
