"""Paper: the worksheet PDF has the title, numbered questions and choices but no answers; the answer
key has the answers with the letters the worksheet shows. Reached from the File menu and the CLI."""

import re
import unicodedata

import pytest
from pypdf import PdfReader

from studyapp.core.exchange.items import ExchangeItem, QuestionSet, matching_answer, ordering_answer, truefalse_item

PAIRS = (("Marie Curie", "physicist"), ("Alexander Fleming", "bacteriologist"), ("Ada Lovelace", "mathematician"))
ORDER = ("The printing press", "The steam engine", "The telephone", "The World Wide Web")
QUESTION_SET = QuestionSet("Science & history {week 3}", [
    ExchangeItem(prompt="Which element did Marie Curie name after her home country?", answer="Polonium",
                 choices=("Radium", "Uranium", "Thorium"), source="She named polonium after Poland."),
    ExchangeItem(prompt="Who discovered penicillin in 1928?", answer="Alexander Fleming",
                 accepted=("Fleming",)),
    truefalse_item("True or false: the telephone was patented in 1876.", True),
    ExchangeItem(prompt="Match each person to their field.", answer=matching_answer(PAIRS), kind="matching",
                 pairs=PAIRS),
    ExchangeItem(prompt="Put these inventions in order, earliest first.", answer=ordering_answer(ORDER),
                 kind="ordering", order=ORDER),
])


def pdf_text(path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def flat(text: str) -> str:
    # NFKC undoes the ligatures (ﬁ) the PDF text layer keeps
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_worksheet_has_questions_and_choices_and_the_key_has_the_answers(qapp, tmp_path):
    from studyapp.gui.worksheet_pdf import default_key_path, write_worksheets

    out = tmp_path / "week3.pdf"
    report = write_worksheets(QUESTION_SET, str(out), default_key_path(str(out)))
    key = tmp_path / "week3-key.pdf"
    assert report.extra_paths == [str(key)] and report.n_questions == 5
    sheet = flat(pdf_text(out))
    assert "Science & history {week 3}" in sheet and "Name:" in sheet
    for number, item in enumerate(QUESTION_SET.items, 1):
        assert f"{number}. {item.prompt}" in sheet
    letters = {}
    for letter, choice in zip("ABCD", QUESTION_SET.items[0].shown_choices()):
        assert f"{letter}. {choice}" in sheet
        letters[choice] = letter
    assert "Answer:" in sheet and "Alexander Fleming" not in sheet.split("2. ")[1].split("3. ")[0]
    assert "bacteriologist" in sheet and "The telephone" in sheet

    answers = flat(pdf_text(key))
    assert "answer key" in answers
    assert f"1. {letters['Polonium']}. Polonium" in answers
    assert "She named polonium after Poland." in answers
    assert "2. Alexander Fleming (also accepted: Fleming)" in answers
    assert "3. True" in answers
    rights = QUESTION_SET.items[3].shown_right_sides()
    for left, right in PAIRS:
        assert f"{left} → {'ABC'[rights.index(right)]}. {right}" in answers
    for text in ORDER:  # each event with the number it should have been given
        assert f"{ORDER.index(text) + 1} {text}" in answers
    # the typed answer appears only on the key
    assert "(also accepted" not in sheet


def test_a_long_quiz_breaks_pages_between_questions_with_page_numbers(qapp, tmp_path):
    from studyapp.gui.worksheet_pdf import write_worksheets

    many = QuestionSet("Long quiz", [ExchangeItem(prompt=f"Question number {n} about something?", answer=f"A{n}",
                                                  choices=(f"B{n}", f"C{n}", f"D{n}")) for n in range(1, 41)])
    write_worksheets(many, str(tmp_path / "long.pdf"), str(tmp_path / "long-key.pdf"))
    pages = [flat(page.extract_text()) for page in PdfReader(str(tmp_path / "long.pdf")).pages]
    assert len(pages) > 2
    for index, page in enumerate(pages, 1):
        assert f"page {index} of {len(pages)}" in page
        # a question and its four choices stay on one page
        for number in re.findall(r"(\d+)\. Question number", page):
            assert all(f"{letter}. " in page.split(f"{number}. Question number")[1] for letter in "ABCD")


def test_same_file_for_worksheet_and_key_is_refused(qapp, tmp_path):
    from studyapp.core.errors import InvalidInput
    from studyapp.gui.worksheet_pdf import write_worksheets

    with pytest.raises(InvalidInput):
        write_worksheets(QUESTION_SET, str(tmp_path / "a.pdf"), str(tmp_path / "a.pdf"))
    assert list(tmp_path.iterdir()) == []


def test_cli_writes_worksheet_and_key(qapp, home, tmp_path, capsys):
    from studyapp.cli import main
    from studyapp.core.facade import StudyApp
    from studyapp.core.samples import import_samples_once

    app = StudyApp.open(data_folder=home)
    import_samples_once(app)
    article = app.articles.list()[0]
    app.close()
    out = tmp_path / "sheet.pdf"
    assert main(["export", "--format", "pdf", str(out), "--article", str(article.id),
                 "--answer-key", str(tmp_path / "key.pdf")]) == 0
    printed = capsys.readouterr().out
    assert f"written to {out} and {tmp_path / 'key.pdf'}" in printed
    assert article.title in flat(pdf_text(out)) and "answer key" in flat(pdf_text(tmp_path / "key.pdf"))
    assert main(["export", "--format", "csv", str(out), "--answer-key", "x.pdf"]) == 1
    assert "--answer-key goes with --format pdf" in capsys.readouterr().err


def open_dialog(window, qtbot, text):
    from studyapp.gui.export_dialog import ExportDialog

    action = next(a for a in window.file_menu.actions() if a.text() == text)
    action.trigger()
    dialog = window.findChild(ExportDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.scope.count() > 0 and dialog.save_button.isEnabled(), timeout=10_000)
    return dialog


def test_print_action_saves_worksheet_and_key_for_the_selected_article(window, qtbot, tmp_path):
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.selected_article_id() is not None, timeout=30_000)
    title = window.ctx.app.articles.get(library.selected_article_id()).title
    dialog = open_dialog(window, qtbot, "Print / Save as &PDF…")
    assert dialog.selected_format() == "pdf" and dialog.print_button.isVisible()
    assert dialog.scope.currentText() == f"Article: {title}"
    assert dialog.scope.itemText(dialog.scope.count() - 1) == "The whole library"
    dialog.export_to(str(tmp_path / "sheet.pdf"))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert "written to" in dialog.message.text()
    assert title in flat(pdf_text(tmp_path / "sheet.pdf"))
    assert f"{title}: answer key" in flat(pdf_text(tmp_path / "sheet-key.pdf"))


def test_printing_goes_through_the_same_pages(window, qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    dialog = open_dialog(window, qtbot, "Print / Save as &PDF…")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer, answer_key=True)
    qtbot.waitUntil(lambda: "printer" in dialog.message.text(), timeout=20_000)
    assert "answer key" in flat(pdf_text(tmp_path / "printed.pdf"))


def test_export_dialog_writes_an_anki_package_and_reports_bad_folders(window, qtbot, tmp_path):
    import zipfile

    dialog = open_dialog(window, qtbot, "&Export questions…")
    assert dialog.selected_format() == "apkg" and not dialog.print_button.isVisible()
    dialog.scope.setCurrentIndex(dialog.scope.count() - 1)  # the whole library
    dialog.export_to(str(tmp_path / "missing" / "all.apkg"))
    qtbot.waitUntil(lambda: "does not exist" in dialog.message.text(), timeout=20_000)
    assert dialog.save_button.isEnabled()
    dialog.export_to(str(tmp_path / "all.apkg"))
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=20_000)
    assert zipfile.ZipFile(tmp_path / "all.apkg").testzip() is None
    assert dialog.message.text().startswith(f"{dialog.report.n_questions} questions written to")


def test_saved_quizzes_are_offered_in_the_export_dialog(window, qtbot):
    app = window.ctx.app
    qtbot.waitUntil(lambda: app.questions.count() > 0, timeout=30_000)
    ids = [q.id for q in app.questions.list(limit=3)]
    teacher = app.classroom.set_teacher_passphrase("a long enough passphrase")
    app.classroom.save_quiz("Friday", ids, teacher=teacher)
    dialog = open_dialog(window, qtbot, "&Export questions…")
    texts = [dialog.scope.itemText(i) for i in range(dialog.scope.count())]
    assert "Saved quiz: Friday (3 questions)" in texts
    from studyapp.gui.export_dialog import ExportDialog

    chosen = ExportDialog(window.ctx, window, fmt="pdf", quiz="Friday")
    qtbot.addWidget(chosen)
    qtbot.waitUntil(lambda: chosen.scope.count() > 0, timeout=10_000)
    assert chosen.scope.currentText() == "Saved quiz: Friday (3 questions)"
