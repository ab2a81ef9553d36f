"""``studyapp FILE...``, as a file manager starts it: the window opens on the library and imports the
files in the background, with the import dialog's progress and results."""

from __future__ import annotations

from studyapp.cli import build_parser, split_files
from studyapp.gui.article_import_dialog import ArticleImportDialog

GIFT = "::Colonial rule:: When did Japan's colonial rule of Korea end? {=1945 ~1910 ~1950 ~1965}\n"


def parse(argv):
    parser = build_parser()
    options, files = split_files(parser, argv)
    args = parser.parse_args(options)
    args.files = files
    return args


def test_words_after_the_options_are_files_unless_the_first_is_a_command():
    args = parse(["--data-dir", "/d", "a.txt", "b.gift"])
    assert (args.data_dir, args.command, args.files) == ("/d", None, ["a.txt", "b.gift"])
    args = parse(["--data-dir=/d", "import", "a.txt"])
    assert (args.command, args.files) == ("import", [])
    assert parse(["--", "import"]).files == ["import"]  # a file named like a command
    assert parse([]).files == []


def test_files_given_on_the_command_line_are_imported_in_the_window(qtbot, home, tmp_path):
    from studyapp.gui.app import build_window, create_application, import_when_open
    from studyapp.gui.worker import wait_for_tasks

    quiz = tmp_path / "korea.gift"
    quiz.write_text(GIFT, encoding="utf-8")
    article = tmp_path / "tram.txt"
    article.write_text("Lyon opens tram line 5\n\nThe city of Lyon opened tram line 5 on 3 May 1994 after six years "
                       "of work. The line cost 40 million euros and carries 9,000 passengers a day.\n", encoding="utf-8")
    args = parse(["--data-dir", str(home), str(article), str(quiz)])
    create_application()
    ctx, window = build_window(args)
    qtbot.addWidget(window)
    import_when_open(ctx, args.files)
    window.show()
    library = window.views["library"]
    qtbot.waitUntil(lambda: library.findChild(ArticleImportDialog) is not None, timeout=60_000)
    dialog = library.findChild(ArticleImportDialog)
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)
    assert [(r.path, r.status) for r in dialog.results] == [(str(article), "imported"), (str(quiz), "imported")]
    assert window.current_view() is library
    wait_for_tasks()
    questions = ctx.app.questions.list()
    assert "When did Japan's colonial rule of Korea end?" in [q.prompt for q in questions]
    ctx.app.close()
