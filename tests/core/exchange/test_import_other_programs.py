"""`studyapp import` takes GIFT, Moodle XML and Anki packages as they come from those programs: each
file becomes one article whose questions are the file's (HTML stripped, cloze notes as gaps)."""

from __future__ import annotations

import json
import shutil
import zipfile

import genanki
import pytest

from studyapp.cli import main
from studyapp.core.exchange.anki_read import plain_text, read_apkg

GIFT = """// a quiz
::capital:: What is the capital of Peru? {=Lima ~Quito ~Bogotá}
The Pacific is the largest ocean. {T}
"""

MOODLE = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="shortanswer">
    <name><text>q1</text></name>
    <questiontext format="html"><text><![CDATA[<p>Which metal is liquid at room temperature?</p>]]></text></questiontext>
    <answer fraction="100"><text>Mercury</text></answer>
  </question>
</quiz>
"""


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def questions_of(capsys, article_id):
    _, out, _ = run(capsys, "questions", "--article", str(article_id), "--json")
    return {q["prompt"]: q for q in json.loads(out)}


@pytest.mark.parametrize("name, text, prompt, answer", [
    ("geography.gift", GIFT, "What is the capital of Peru?", "Lima"),
    ("metals.xml", MOODLE, "Which metal is liquid at room temperature?", "Mercury"),
])
def test_studyapp_import_reads_gift_and_moodle_xml(home, tmp_path, capsys, name, text, prompt, answer):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), "--json")
    assert code == 0, err
    [result] = json.loads(out)
    assert result["status"] == "imported", result["message"]
    assert questions_of(capsys, result["article_id"])[prompt]["answer"] == answer


def _apkg(tmp_path, name="deck.apkg") -> str:
    basic = genanki.Model(1607392319, "Basic", fields=[{"name": "Front"}, {"name": "Back"}],
                          templates=[{"name": "Card 1", "qfmt": "{{Front}}", "afmt": "{{Back}}"}])
    cloze = genanki.Model(998877661, "Cloze", model_type=genanki.Model.CLOZE, fields=[{"name": "Text"}],
                          templates=[{"name": "Cloze", "qfmt": "{{cloze:Text}}", "afmt": "{{cloze:Text}}"}])
    deck = genanki.Deck(2059400110, "Chemistry")
    deck.add_note(genanki.Note(model=basic, fields=["What is the symbol of <b>gold</b>?<br>", "Au&nbsp;"]))
    deck.add_note(genanki.Note(model=basic, fields=["<div>Atomic number of carbon</div>", "<i>6</i>"]))
    deck.add_note(genanki.Note(model=cloze, fields=["Water boils at {{c1::100}} °C at sea level."]))
    deck.add_note(genanki.Note(model=basic, fields=["A card with no answer", ""]))
    path = tmp_path / name
    genanki.Package(deck).write_to_file(str(path))
    return str(path)


def test_anki_package_notes_become_questions_with_html_stripped(tmp_path):
    read = read_apkg(_apkg(tmp_path))
    pairs = {(item.kind, item.prompt, item.answer) for item in read.items}
    assert pairs == {("short", "What is the symbol of gold?", "Au"), ("short", "Atomic number of carbon", "6"),
                     ("cloze", "Water boils at _____ °C at sea level.", "100")}
    assert read.skipped and "no answer" in read.skipped[0]


def test_anki_21_collection_is_read_first(tmp_path):
    source = _apkg(tmp_path)
    newer = tmp_path / "newer.apkg"
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(newer, "w") as new:
        collection = old.read("collection.anki2")
        new.writestr("collection.anki21", collection)
        new.writestr("collection.anki2", b"not a database: older Anki versions get a placeholder")
        new.writestr("media", "{}")
    assert len(read_apkg(newer).items) == 3


def test_studyapp_import_takes_an_anki_package(home, tmp_path, capsys):
    path = _apkg(tmp_path, "Chemistry deck.apkg")
    code, out, err = run(capsys, "import", path, "--json")
    assert code == 0, err
    [result] = json.loads(out)
    assert result["status"] == "imported" and result["n_questions"] == 3 and result["title"] == "Chemistry deck"
    assert questions_of(capsys, result["article_id"])["What is the symbol of gold?"]["answer"] == "Au"


def test_a_broken_package_is_one_clear_line(home, tmp_path, capsys):
    bad = tmp_path / "broken.apkg"
    bad.write_bytes(b"this is not a zip")
    code, out, err = run(capsys, "import", str(bad), "--json")
    [result] = json.loads(out)
    assert result["status"] == "error" and result["message"] == "broken.apkg: not an Anki package (.apkg files are zip archives)."


def test_plain_text_of_fields():
    assert plain_text("a<br/>b&amp;c [sound:x.mp3]") == "a b&c"
    assert plain_text("") == ""
