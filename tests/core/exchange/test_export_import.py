"""``studyapp export`` and the import of question lists, as a user runs them: what is exported and
imported again is the same set of questions; errors are one line and leave no file behind."""

import json
import sqlite3
import zipfile

import pytest
from sqlmodel import select

from exchange_examples import ITEMS, identities, of_kinds
from studyapp.cli import main
from studyapp.core.exchange import anki, csv_list, gift, moodle_xml
from studyapp.core.exchange.items import item_from_question
from studyapp.core.exchange.manager import list_article
from studyapp.core.importing.extract import ExtractedArticle
from studyapp.core.importing.pipeline import content_hash, store_article
from studyapp.core.models import Question


def add_article(app, items=ITEMS, title="Exchange sample"):
    text, facts = list_article(items)
    with app.session() as session:
        article = store_article(session, ExtractedArticle(title=title, text=text), content_hash(text + title),
                                facts, app.clock.now())
    return article.id


def article_items(app, article_id):
    with app.session() as session:
        rows = session.exec(select(Question).where(Question.article_id == article_id).order_by(Question.id)).all()
    return [item_from_question(q) for q in rows]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt, suffix, module", [("csv", "csv", csv_list), ("gift", "gift", gift),
                                                  ("moodle", "xml", moodle_xml)])
def test_export_then_import_gives_the_same_questions(studyapp, tmp_path, capsys, fmt, suffix, module):
    article_id = add_article(studyapp)
    out = tmp_path / f"sample.{suffix}"
    code, printed, err = run(capsys, "export", "--format", fmt, str(out), "--article", str(article_id))
    assert code == 0, err
    expected = of_kinds(ITEMS, module.KINDS)
    assert printed.startswith(f"{len(expected)} questions written to {out}")
    assert "Left out" in printed and "1 ordering" in printed

    result = studyapp.exports.import_question_list(out)
    assert result.status == "imported" and result.n_questions == len(expected)
    assert result.title == "sample"
    assert identities(article_items(studyapp, result.article_id)) == identities(expected)
    again = studyapp.exports.import_question_list(out)
    assert again.status == "duplicate" and again.article_id == result.article_id


def test_csv_import_through_studyapp_import(home, tmp_path, capsys):
    tsv = tmp_path / "Cell biology.tsv"
    tsv.write_text("mitochondrion\tthe powerhouse of the cell\nribosome\tmakes proteins from amino acids\n"
                   "nucleus\tholds the chromosomes\nchloroplast\tcarries out photosynthesis\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(tsv), "--json")
    assert code == 0, err
    [result] = json.loads(out)
    assert result["status"] == "imported" and result["n_questions"] == 4 and result["title"] == "Cell biology"
    code, out, _ = run(capsys, "questions", "--article", str(result["article_id"]), "--json")
    questions = json.loads(out)
    by_prompt = {q["prompt"]: q for q in questions}
    question = by_prompt["the powerhouse of the cell"]
    assert question["answer"] == "mitochondrion"
    # wrong choices are the other rows' answers
    assert sorted(question["choices"]) == ["chloroplast", "nucleus", "ribosome"]
    assert question["source_sentence"] == "the powerhouse of the cell"
    _, out, _ = run(capsys, "articles", "--json")
    article = json.loads(out)[0]
    assert "holds the chromosomes" in article["text"]

    code, out, _ = run(capsys, "import", str(tsv), "--json")
    assert json.loads(out)[0]["status"] == "duplicate"


def test_source_offsets_of_an_imported_list_point_at_its_sentences(studyapp):
    article_id = add_article(studyapp)
    text = studyapp.articles.get(article_id).text
    with studyapp.session() as session:
        for question in session.exec(select(Question).where(Question.article_id == article_id)):
            assert text[question.source_start:question.source_end] == question.source_sentence


def test_anki_package_holds_one_note_and_card_per_question(studyapp, tmp_path, capsys):
    article_id = add_article(studyapp)
    out = tmp_path / "deck.apkg"
    code, _, err = run(capsys, "export", "--format", "apkg", str(out), "--article", str(article_id))
    assert code == 0, err
    with zipfile.ZipFile(out) as package:
        assert "collection.anki2" in package.namelist()
        (tmp_path / "collection.anki2").write_bytes(package.read("collection.anki2"))
    db = sqlite3.connect(tmp_path / "collection.anki2")
    notes = db.execute("select flds, tags, mid from notes order by id").fetchall()
    assert len(notes) == len(ITEMS)
    assert db.execute("select count(*) from cards").fetchone()[0] == len(ITEMS)
    models = json.loads(db.execute("select models from col").fetchone()[0])
    model = models[str(anki.MODEL.model_id)]
    assert model["name"] == "StudyApp question" and [f["name"] for f in model["flds"]] == list(anki.FIELDS)
    decks = json.loads(db.execute("select decks from col").fetchone()[0])
    assert "StudyApp::Exchange sample" in {d["name"] for d in decks.values()}
    db.close()

    read = [anki_fields(flds) for flds, _, _ in notes]
    for item in ITEMS:
        if item.kind in ("short", "cloze"):
            assert (item.prompt, item.answer, set(item.choices) | {item.answer} if item.choices else set()) in [
                (prompt, answer, options) for prompt, answer, options, _ in read]
    assert any(source == ITEMS[1].source for *_, source in read)
    matching, ordering = ITEMS[6], ITEMS[7]
    [(_, answer, shown, _)] = [r for r in read if r[0] == matching.prompt]
    assert shown == {left for left, _ in matching.pairs} | {right for _, right in matching.pairs}
    assert all(f"{left} → {right}" in answer for left, right in matching.pairs)
    [(_, answer, shown, _)] = [r for r in read if r[0] == ordering.prompt]
    assert shown == set(ordering.order)
    assert answer.index(ordering.order[0]) < answer.index(ordering.order[1]) < answer.index(ordering.order[2])


def anki_fields(flds: str):
    import html
    import re

    prompt, options, answer, source = flds.split("\x1f")
    shown = {html.unescape(x) for x in re.findall(r"<li>(.*?)</li>", options)}
    return html.unescape(prompt), html.unescape(answer), shown, html.unescape(source)


def test_long_term_lists_get_three_other_terms_as_choices(studyapp, tmp_path):
    path = tmp_path / "vocabulary.tsv"
    path.write_text("".join(f"word{n}\tmeaning number {n}\n" for n in range(2000)), encoding="utf-8")
    items = studyapp.exports.read_question_file(path).items
    assert len(items) == 2000
    assert all(len(i.choices) == 3 and i.answer not in i.choices and len(set(i.choices)) == 3 for i in items)


def test_anki_ids_are_stable_so_a_new_export_updates_the_notes(studyapp, tmp_path, capsys):
    article_id = add_article(studyapp)
    guids = []
    for name in ("one.apkg", "two.apkg"):
        run(capsys, "export", "--format", "apkg", str(tmp_path / name), "--article", str(article_id))
        with zipfile.ZipFile(tmp_path / name) as package:
            (tmp_path / "c.anki2").write_bytes(package.read("collection.anki2"))
        db = sqlite3.connect(tmp_path / "c.anki2")
        guids.append(db.execute("select guid from notes order by guid").fetchall())
        guids.append(db.execute("select did from cards limit 1").fetchall())
        db.close()
    assert guids[0] == guids[2] and guids[1] == guids[3]


def test_quiz_export_keeps_the_quiz_order(studyapp, tmp_path, capsys):
    article_id = add_article(studyapp)
    with studyapp.session() as session:
        ids = list(session.exec(select(Question.id).where(Question.article_id == article_id)))
    teacher = studyapp.classroom.set_teacher_passphrase("correct horse battery")
    chosen = [ids[3], ids[0], ids[1]]
    studyapp.classroom.save_quiz("Friday quiz", chosen, teacher=teacher)
    out = tmp_path / "friday.gift"
    secret = tmp_path / "passphrase.txt"  # the keys are the teacher's once a passphrase is set
    secret.write_text("correct horse battery\n")
    code, printed, err = run(capsys, "export", "--format", "gift", str(out), "--quiz", "Friday quiz",
                             "--passphrase-file", str(secret))
    assert code == 0, err
    read = gift.read_gift(out.read_text(encoding="utf-8")).items
    assert [i.prompt for i in read] == [ITEMS[3].prompt, ITEMS[0].prompt, ITEMS[1].prompt]
    assert "$CATEGORY: $course$/top/Friday quiz" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("argv, message", [
    (["--article", "999"], "no article with id 999"),
    (["--quiz", "Nope"], "no saved quiz called 'Nope'"),
])
def test_unknown_article_or_quiz_is_one_line_and_writes_nothing(studyapp, tmp_path, capsys, argv, message):
    add_article(studyapp)
    out = tmp_path / "out.gift"
    out.write_text("my old file", encoding="utf-8")
    code, _, err = run(capsys, "export", "--format", "gift", str(out), *argv)
    assert code == 1 and message in err and len(err.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "my old file"


def test_unwritable_path_is_one_line_and_leaves_no_file(studyapp, tmp_path, capsys):
    article_id = add_article(studyapp)
    for target, reason in ((tmp_path / "missing" / "out.csv", "does not exist"), (tmp_path, "is a folder")):
        code, _, err = run(capsys, "export", "--format", "csv", str(target), "--article", str(article_id))
        assert code == 1 and reason in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_a_failure_while_writing_leaves_neither_part_nor_broken_file(studyapp, tmp_path, capsys, monkeypatch):
    article_id = add_article(studyapp)
    out = tmp_path / "deck.apkg"

    def broken(title, items, path, timestamp=None):
        with open(path, "wb") as handle:
            handle.write(b"half a package")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(anki, "write_apkg", broken)
    code, _, err = run(capsys, "export", "--format", "apkg", str(out), "--article", str(article_id))
    assert code == 1 and "the disk is full" in err and len(err.strip().splitlines()) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]


def test_bad_question_lists_are_clear_errors(studyapp, tmp_path):
    from studyapp.core.errors import ImportFailed

    empty = tmp_path / "empty.csv"
    empty.write_text("just one column\nand another line\n", encoding="utf-8")
    with pytest.raises(ImportFailed, match="no questions found"):
        studyapp.exports.import_question_list(empty)
    broken = tmp_path / "broken.xml"
    broken.write_text("<quiz><question>", encoding="utf-8")
    with pytest.raises(ImportFailed, match="not valid XML"):
        studyapp.exports.import_question_list(broken)
    assert studyapp.articles.count() == 0


def test_export_of_an_empty_library_says_so(home, tmp_path, capsys):
    code, _, err = run(capsys, "export", "--format", "csv", str(tmp_path / "all.csv"))
    assert code == 1 and "no active questions" in err
    assert not (tmp_path / "all.csv").exists()


def test_questions_of_other_types_are_left_out_and_counted(studyapp, tmp_path):
    path = tmp_path / "from moodle.gift"
    path.write_text("How many legs has a spider? {#8}\n\nDescribe osmosis. {}\n\n"
                    "Which planet is largest? {=Jupiter ~Mars ~Venus}\n", encoding="utf-8")
    result = studyapp.exports.import_question_list(path)
    assert result.status == "imported" and result.n_questions == 1
    assert "2 questions of other types were left out" in result.message and "How many legs" in result.message
    xml = tmp_path / "essays.xml"
    xml.write_text('<quiz><question type="essay"><questiontext format="html"><text>Discuss.</text>'
                   '</questiontext></question></quiz>', encoding="utf-8")
    from studyapp.core.errors import ImportFailed

    left_out = r"no questions found.*1 question of another type was left out: “Discuss\.” \(essay\)"
    with pytest.raises(ImportFailed, match=left_out):
        studyapp.exports.import_question_list(xml)
