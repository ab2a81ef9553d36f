"""Text is normalised once, at the door (issue 23, points 7 and 8): control characters, file names
that are not UTF-8 or hold a newline, mixed encodings, true/false answers written as "Yes", and inputs
that were refused for the wrong reason. Each case was reproduced before the fix."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parents[1] / "importing"))
from documents import pdf_bytes  # noqa: E402

from studyapp.cli import main  # noqa: E402
from studyapp.core.importing.normalise import display_name, normalise_text  # noqa: E402
from studyapp.core.paths import DATABASE_FILE  # noqa: E402
from studyapp.core.questions import QuestionFilter  # noqa: E402

ARTICLE = ("Japan ruled Korea as a colony from 1910. The colonial rule of Korea ended in 1945, when Japan "
           "surrendered at the end of the Second World War. Korea was then divided at the 38th parallel.")


def stored_texts(home) -> list[str]:
    connection = sqlite3.connect(home / DATABASE_FILE)
    try:
        rows = connection.execute("SELECT title, text FROM article UNION ALL SELECT prompt, answer FROM question "
                                  "UNION ALL SELECT name, '' FROM learner").fetchall()
    finally:
        connection.close()
    return [value for row in rows for value in row]


def controls_in(values) -> list[str]:
    return [v for v in values if any(ch in v for ch in "\x00\x1b\x07\x93\x94\x85")]


def test_nul_and_escape_past_the_first_8_kb_are_removed_and_the_moodle_export_is_xml(studyapp, home, tmp_path):
    path = tmp_path / "long.txt"
    body = ("Filler sentence about nothing at all. " * 250).encode()  # over 8 KB before the NULs
    path.write_bytes(body + b"\n\n" + ARTICLE.replace("1945", "\x1b[31m1945\x1b[0m\x00").encode() + b"\x00\x07")
    [result] = studyapp.importer.import_inputs([str(path)])
    assert result.status == "imported", result.message
    assert controls_in(stored_texts(home)) == []
    out = tmp_path / "quiz.xml"
    studyapp.exports.export("moodle", out, article_id=result.article_id)
    ET.parse(out)  # well-formed: no control character reached the file


def test_pasted_text_names_and_answers_lose_their_control_characters(studyapp, home):
    result = studyapp.importer.import_text("The\x00 " + ARTICLE + "\x1b]0;title\x07", title="Korea\x00 1945")
    assert result.status == "imported"
    learner = studyapp.learners.create("Ada\x00\x1b[2J Lovelace")
    assert learner.name == "Ada[2J Lovelace"
    card = studyapp.study.next_card(learner.id)
    studyapp.study.answer(learner.id, card.question_id, "19\x0045\x1b", 900)
    connection = sqlite3.connect(home / DATABASE_FILE)
    [given] = connection.execute("SELECT answer_given FROM review_log").fetchone()
    connection.close()
    assert given == "1945"
    assert controls_in(stored_texts(home)) == []


def test_cp1252_quotes_read_as_latin_1_are_repaired_not_kept_as_c1_controls():
    assert normalise_text("He said \x93yes\x94 \x96 twice\x85\x81") == "He said “yes” – twice…"


def test_a_file_mixing_utf8_and_cp1252_is_decoded_line_by_line_with_a_warning(studyapp, tmp_path):
    path = tmp_path / "mixed.txt"
    lines = [ARTICLE.encode(), "The Café Zürich opened in 1911 near the station.".encode("utf-8"),
             "Its owner called it “the best café in Zürich” in 1920.".encode("cp1252")]
    path.write_bytes(b"\n\n".join(lines))
    [result] = studyapp.importer.import_inputs([str(path)])
    assert result.status == "imported"
    text = studyapp.articles.get(result.article_id).text
    assert "Café Zürich" in text and "“the best café in Zürich”" in text and "Ã" not in text
    assert result.warnings == ["mixed.txt: the file mixes text encodings; line 5 was not UTF-8 and was read as "
                               "Windows-1252: check them."]
    assert result.warnings[0] in result.message and result.as_json()["warnings"] == result.warnings


def test_a_file_name_that_is_not_utf8_is_read_and_shown_with_replacement_characters(home, tmp_path, capsys):
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/Caf\xe9 notes.txt"  # Latin-1 bytes in a UTF-8 system
    with open(raw, "wb") as handle:
        handle.write(ARTICLE.encode())
    assert main(["--data-dir", str(home), "import", str(folder), "--json"]) == 0
    [result] = json.loads(capsys.readouterr().out)
    assert result["status"] == "imported" and result["path"].endswith("Caf\ufffd notes.txt")
    assert main(["--data-dir", str(home), "import", os.fsdecode(raw)]) == 0  # a duplicate, said on one line
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("[1/1] duplicate") and "Caf\ufffd notes.txt" in out[0]


def test_a_newline_in_a_file_name_does_not_split_the_progress_line(home, tmp_path, capsys):
    path = tmp_path / "two\nlines.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["--data-dir", str(home), "import", str(path)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 2 and out[0].startswith("[1/1] imported") and "two\ufffdlines.txt" in out[0]
    assert display_name(b"a\nb\xff") == "a\ufffdb\ufffd"


@pytest.mark.parametrize("truth, falsity", [("Yes", "No"), ("T", "F"), ("vrai", "faux"), ("true", "FALSE"),
                                            ("Ja", "Nein")])
def test_true_false_rows_from_a_csv_are_true_or_false_and_export_with_the_right_key(studyapp, tmp_path, truth,
                                                                                      falsity):
    path = tmp_path / f"quiz-{truth}.csv"
    path.write_text(f"question,answer,kind\nJapan's rule of Korea ended in 1945.,{truth},truefalse\n"
                    f"Korea was never divided.,{falsity},truefalse\n", encoding="utf-8")
    result = studyapp.exports.import_question_list(path)
    questions = studyapp.questions.list(QuestionFilter(article_id=result.article_id))
    assert [(q.answer, list(q.choices)) for q in questions] == [("True", ["False"]), ("False", ["True"])]
    learner = studyapp.learners.create("Ada").id
    for question in questions:  # answerable: the key is one of the two buttons
        assert studyapp.study.answer(learner, question.id, question.answer, 900, form="truefalse").correct
    gift = tmp_path / "quiz.gift"
    studyapp.exports.export("gift", gift, article_id=result.article_id)
    assert gift.read_text(encoding="utf-8").count("{TRUE}") == 1 and "{FALSE}" in gift.read_text(encoding="utf-8")


def test_a_csv_list_with_nul_bytes_is_stored_clean(studyapp, home, tmp_path):
    path = tmp_path / "terms.csv"
    path.write_bytes(b"Capital of Korea\x00,Seoul\x1b\nCapital of Japan,Tok\x00yo\n")
    result = studyapp.exports.import_question_list(path)
    assert result.status == "imported"
    assert controls_in(stored_texts(home)) == []


def test_a_pdf_whose_length_refers_to_itself_is_damaged_not_a_scan(studyapp, tmp_path):
    data = pdf_bytes(["Japan ruled Korea from 1910 until 1945, when the Second World War ended in Asia."])
    # the content stream's /Length points at an object that points at itself
    start = data.index(b"/Length ")
    end = data.index(b">>", start)
    length_ref = b"/Length 999 0 R"
    data = data[:start] + length_ref + data[end:]
    data = data.replace(b"xref", b"999 0 obj 999 0 R endobj\nxref", 1)
    path = tmp_path / "loop.pdf"
    path.write_bytes(data)
    [result] = studyapp.importer.import_inputs([str(path)])
    assert result.status == "error"
    assert result.message.startswith("loop.pdf: the PDF is damaged or not a PDF")
    assert "text layer" not in result.message


def test_headings_only_markdown_is_refused_with_the_reason(studyapp, home, capsys, tmp_path):
    path = tmp_path / "outline.md"
    path.write_text("---\ntitle: Outline\n---\n# Korea\n\n## 1910\n\n## 1945 ##\n\nThe end\n=======\n", encoding="utf-8")
    assert main(["--data-dir", str(home), "import", str(path)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["studyapp: outline.md: there is no text to make questions from (the file holds only headings)."]


def test_a_question_stored_before_the_door_still_exports_as_well_formed_xml(studyapp, home, tmp_path):
    studyapp.importer.import_text(ARTICLE)
    connection = sqlite3.connect(home / DATABASE_FILE)  # as a library imported by an earlier version holds it
    connection.execute("UPDATE question SET prompt = prompt || ' \x1b[31mred\x1b[0m'")
    connection.commit()
    connection.close()
    out = tmp_path / "quiz.xml"
    studyapp.exports.export("moodle", out)
    ET.parse(out)
