"""The import pipeline as a user meets it: bad input refused with one clear line and nothing written,
duplicates recognised, each article stored whole with its questions or not at all."""

import importlib.util
import json
import subprocess
import sys

import pytest
from sqlmodel import select

from documents import docx_bytes, epub_bytes, pdf_bytes, scanned_pdf_bytes, zip_bomb_bytes
from studyapp.cli import main
from studyapp.core.importing import pipeline
from studyapp.core.importing.readers import MAX_FILE_BYTES, MAX_TEXT_CHARS
from studyapp.core.models import Article, Fact, Question

ARTICLE = ("Tram line approved\n\n"
           "The city council approved the new tram line on Tuesday after a debate that lasted six hours. "
           "Construction will begin in March 2027 and is expected to cost 410 million euros, officials said. "
           "Maria Lopez, the mayor of the city since 2019, called it the largest project in its history.\n")
GOOD_PDF = pdf_bytes(["The council approved the tram line on Tuesday after a debate of six hours."])


def bad_inputs(folder):
    """(file name, contents, start of the expected message after "<name>: ")."""
    epub = epub_bytes([["Some text here."]])
    cases = [
        ("empty.txt", b"", "the file is empty."),
        ("blank.md", b" \n\n \n", "the file is empty."),
        ("image.txt", bytes(range(256)) * 20, "this is a binary file, not text"),
        ("clutter.txt", b"Share  Comment  Print\n\nAdvertisement\n", "there is no article text in it"),
        ("notes.xyz", b"some text", "files of type .xyz cannot be imported (supported: .txt, .md"),
        ("old.doc", b"\xd0\xcf\x11\xe0 old word", "old Word .doc files cannot be read; save it as .docx"),
        ("scan.pdf", scanned_pdf_bytes(), "the PDF has no text layer (scanned pages?)"),
        ("cut.pdf", GOOD_PDF[: len(GOOD_PDF) // 3], "the PDF is damaged or not a PDF ("),
        ("fake.pdf", b"%PDF-1.7\nthis is not really a PDF\n", "the PDF is damaged or not a PDF ("),
        ("cut.docx", docx_bytes(["Some text here."])[:2000], "the Word document is damaged or not a .docx file ("),
        ("plain.docx", b"just text, not a zip", "the Word document is damaged or not a .docx file ("),
        ("cut.epub", epub[: len(epub) // 2], "the e-book is damaged or not an EPUB file ("),
        ("empty-zip.epub", zip_bomb_bytes("readme.txt", 0), "the e-book is damaged or not an EPUB file ("),
        ("bomb.docx", zip_bomb_bytes("word/document.xml", 150), "the file would expand to 150 MB"),
        ("ratio.epub", zip_bomb_bytes("OEBPS/ch1.xhtml", 20), "the file would expand to 20 MB, 1,0"),
        ("long.txt", ("word " * (MAX_TEXT_CHARS // 5 + 1)).encode(), "the text is too long (2,000,005 characters; "
                                                                     "the limit is 2,000,000)"),
    ]
    paths = []
    for name, data, message in cases:
        (folder / name).write_bytes(data)
        paths.append((folder / name, message))
    huge = folder / "huge.txt"
    with huge.open("wb") as stream:  # sparse: no 50 MB written to the disk
        stream.truncate(MAX_FILE_BYTES + 1)
    paths.append((huge, "the file is too large (50 MB; the limit is 50 MB)."))
    return paths


def count_rows(app, model) -> int:
    with app.session() as session:
        return len(session.exec(select(model)).all())


def test_each_bad_input_gets_one_clear_line_and_nothing_is_written(studyapp, tmp_path):
    cases = bad_inputs(tmp_path)
    results = studyapp.importer.import_inputs([str(path) for path, _ in cases])
    assert [r.status for r in results] == ["error"] * len(cases)
    for (path, expected), result in zip(cases, results):
        assert result.message.startswith(f"{path.name}: {expected}"), result.message
        assert "\n" not in result.message and result.article_id is None
    assert count_rows(studyapp, Article) == 0


def test_one_bad_file_does_not_stop_the_others_and_the_cli_exits_non_zero(home, tmp_path, capsys):
    (tmp_path / "a-good.txt").write_text(ARTICLE, "utf-8")
    (tmp_path / "b-empty.txt").write_bytes(b"")
    (tmp_path / "c-good.pdf").write_bytes(GOOD_PDF)
    code = main(["import", str(tmp_path), "--questions", "2"])
    out, err = capsys.readouterr()
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0].startswith("[1/3] imported") and "a-good.txt: “Tram line approved”" in lines[0]
    assert lines[1] == "[2/3] failed     b-empty.txt: the file is empty."
    assert lines[2].startswith("[3/3] imported")
    assert lines[3] == "2 imported, 0 already in the library, 1 failed."
    assert err.strip() == "studyapp: b-empty.txt: the file is empty."


def test_duplicate_is_reported_and_not_stored_twice(home, tmp_path, capsys):
    first = tmp_path / "tram.txt"
    first.write_text(ARTICLE, "utf-8")
    # The same article again: other quotes, spaces and line breaks, another encoding and format.
    second = tmp_path / "tram-copy.docx"
    second.write_bytes(docx_bytes(ARTICLE.replace("  ", " ").split("\n\n")))
    assert main(["import", str(first), "--json", "--questions", "2"]) == 0
    [imported] = json.loads(capsys.readouterr().out)
    assert main(["import", str(second), str(first), "--json"]) == 0
    results = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in results] == ["duplicate", "duplicate"]
    assert results[0]["article_id"] == imported["article_id"]
    assert results[0]["message"] == "Already in the library as “Tram line approved”."
    assert set(results[0]) == {"path", "status", "article_id", "title", "published", "n_questions", "message",
                               "warnings"}  # warnings: issue 23 (e.g. lines read in another encoding)
    main(["articles", "--json"])
    assert len(json.loads(capsys.readouterr().out)) == 1


def test_article_and_questions_are_one_transaction(studyapp, tmp_path, monkeypatch):
    path = tmp_path / "tram.txt"
    path.write_text(ARTICLE, "utf-8")
    calls = []

    def fail_after_first_fact(session, article_id, facts, now):
        original(session, article_id, facts[:1], now)
        session.flush()
        calls.append(article_id)
        raise RuntimeError("disk full")

    original = pipeline._store_facts
    monkeypatch.setattr(pipeline, "_store_facts", fail_after_first_fact)
    [failed] = studyapp.importer.import_inputs([str(path)], max_facts=3)
    assert calls, "the questions were being written when it failed"
    assert failed.status == "error"
    assert failed.message == ("tram.txt: unexpected error while importing (RuntimeError: disk full); nothing of it "
                              "was stored. Please report this.")
    assert (count_rows(studyapp, Article), count_rows(studyapp, Fact), count_rows(studyapp, Question)) == (0, 0, 0)

    monkeypatch.setattr(pipeline, "_store_facts", original)
    [result] = studyapp.importer.import_inputs([str(path)], max_facts=3)
    assert result.status == "imported" and result.n_questions == count_rows(studyapp, Question) > 0


def test_non_english_article_is_stored_with_its_language_and_no_questions(studyapp, tmp_path):
    path = tmp_path / "tram-fr.txt"
    path.write_text("Le tramway est approuvé\n\nLe conseil municipal a approuvé mardi la nouvelle ligne de tramway "
                    "après un débat de six heures. Les travaux commenceront en mars 2027.", "utf-8")
    [result] = studyapp.importer.import_inputs([str(path)])
    assert result.status == "imported" and result.n_questions == 0
    assert result.message == "Imported; the text is in French (fr), and questions are generated for English only."
    assert studyapp.articles.get(result.article_id).language == "fr"


def test_pasted_text_keeps_the_given_title(studyapp):
    result = studyapp.importer.import_text("Share Comment\n\n" + ARTICLE, title="My tram notes", max_facts=2)
    article = studyapp.articles.get(result.article_id)
    assert (article.title, article.source) == ("My tram notes", "paste")
    assert article.text.startswith("The city council approved")


def test_question_lists_go_to_the_exchange_part_or_say_not_yet(studyapp, tmp_path):
    path = tmp_path / "questions.csv"
    path.write_text("question,answer\nWhen was the tram line approved?,Tuesday\n", "utf-8")
    [result] = studyapp.importer.import_inputs([str(path)])
    if importlib.util.find_spec("studyapp.core.exchange.manager") is None:
        assert result.message == "questions.csv: question files cannot be imported yet."
        assert count_rows(studyapp, Article) == 0
    else:  # the exchange part stores the list as one article with its questions
        assert (result.path, result.status, result.n_questions) == (str(path), "imported", 1)
        assert count_rows(studyapp, Question) == 1


def test_importing_the_pipeline_loads_no_format_library():
    code = ("import sys, studyapp.core.importing.pipeline as p; "
            "print(sorted(m for m in ('trafilatura', 'pypdf', 'docx', 'lxml', 'spacy', 'langdetect', "
            "'charset_normalizer', 'dateparser') if m in sys.modules))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_article_stored_meanwhile_by_another_program_is_a_duplicate(studyapp):
    from studyapp.core.importing.extract import extract_text

    first = studyapp.importer.import_text(ARTICLE, max_facts=2)
    # A bulk import read the stored hashes before the other program stored the same article.
    again = studyapp.importer.import_extracted(extract_text(ARTICLE), max_facts=2, known=set())
    assert (again.status, again.article_id) == ("duplicate", first.article_id)
    assert count_rows(studyapp, Article) == 1
