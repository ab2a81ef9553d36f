"""``studyapp export``: questions to Anki, Moodle XML, GIFT, CSV, or a printable PDF worksheet.

(``studyapp import`` reads CSV/TSV question lists through the import pipeline.)
"""

from __future__ import annotations

import argparse

from studyapp.cli.output import open_app, print_json

FORMAT_HELP = """formats:
  apkg    Anki package (one note per question; importing a newer export updates the notes)
  moodle  Moodle XML (multiple choice, short answer, true/false, matching)
  gift    GIFT text for Moodle and other learning platforms (same question types)
  csv     CSV with a header: question, answer, wrong choice 1..n, kind, source sentence
  pdf     printable worksheet; the answer key goes to a second PDF, by default beside it
          as OUT-key.pdf (worksheet.pdf -> worksheet-key.pdf), or where --answer-key says

Without --article or --quiz the whole bank (every active question) is exported. Ordering
questions have no equivalent in Moodle, GIFT or CSV and are left out there (the count is printed).
The file appears complete or not at all: an error leaves no partial file and keeps an older one.

Question lists come back in with `studyapp import LIST.csv` (or .tsv): this CSV, or lines of
"term<TAB>definition" as Quizlet and others export them (the definition is asked, the term is
the answer, and the other rows' terms are the wrong choices)."""


def register(subparsers) -> None:
    p = subparsers.add_parser("export", help="export questions (Anki, Moodle XML, GIFT, CSV, PDF worksheet)",
                              description="Export questions for other programs or for paper.",
                              epilog=FORMAT_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--format", required=True, choices=("apkg", "moodle", "gift", "csv", "pdf"),
                   help="what to write (see the formats below)")
    p.add_argument("out", metavar="OUT", help="the file to write")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument("--article", type=int, metavar="ID", help="only this article's questions")
    scope.add_argument("--quiz", metavar="NAME", help="the questions of this saved quiz, in its order")
    p.add_argument("--answer-key", metavar="KEY.pdf", help="with --format pdf: where to write the answer key")
    p.add_argument("--json", action="store_true", help="print the result as JSON")
    from studyapp.cli.classroom_commands import add_passphrase_option

    add_passphrase_option(p)  # the exported keys are the teacher's once a passphrase is set
    p.set_defaults(func=run_export)


def run_export(args) -> int:
    from studyapp.core.errors import InvalidInput

    if args.answer_key and args.format != "pdf":
        raise InvalidInput("--answer-key goes with --format pdf.")
    app = open_app(args)
    from studyapp.cli.classroom_commands import require_teacher_if_set

    require_teacher_if_set(app, args)
    if args.format == "pdf":
        from studyapp.gui.worksheet_pdf import default_key_path, ensure_gui_application, write_worksheets

        question_set = app.exports.collect(article_id=args.article, quiz=args.quiz)
        ensure_gui_application()
        report = write_worksheets(question_set, args.out, args.answer_key or default_key_path(args.out))
    else:
        report = app.exports.export(args.format, args.out, article_id=args.article, quiz=args.quiz)
    if args.json:
        print_json({"path": report.path, "format": report.format, "n_questions": report.n_questions,
                    "left_out": report.left_out, "extra_paths": report.extra_paths})
    else:
        print(report.message)
    return 0
