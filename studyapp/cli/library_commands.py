"""``studyapp import``, ``studyapp articles`` and ``studyapp questions``."""

from __future__ import annotations

import sys

from studyapp.cli.output import open_app, print_json, print_table


def register(subparsers) -> None:
    p = subparsers.add_parser("import", help="import articles from files, folders or URLs")
    p.add_argument("inputs", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--questions", type=int, metavar="N", help="facts to ask about per article (default: by length)")
    p.add_argument("--json", action="store_true", help="print one JSON object per input")
    p.set_defaults(func=run_import)

    p = subparsers.add_parser("articles", help="list the articles in the library")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_articles)

    p = subparsers.add_parser("questions", help="list the questions of the bank")
    p.add_argument("--article", type=int, metavar="ID")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_questions)


def run_import(args) -> int:
    app = open_app(args)

    def report(done: int, total: int, result) -> None:
        if not args.json:
            print(f"[{done}/{total}] {_describe(result)}", flush=True)

    results = app.importer.import_inputs(args.inputs, progress=report, max_facts=args.questions)
    if args.json:
        print_json([r.as_json() for r in results])
    else:
        counts = {s: sum(r.status == s for r in results) for s in ("imported", "duplicate", "error")}
        print(f"{counts['imported']} imported, {counts['duplicate']} already in the library, "
              f"{counts['error']} failed.")
    for result in results:
        if result.status == "error":
            print(f"studyapp: {result.message}", file=sys.stderr)  # the message names the file
    if not results:
        print("studyapp: nothing to import (no supported files found).", file=sys.stderr)
        return 1
    return 1 if any(r.status == "error" for r in results) else 0


def _describe(result) -> str:
    """One line per input for the text summary: what happened and why."""
    if result.status == "error":
        return f"failed     {result.message}"
    dated = f" ({result.published.isoformat()})" if result.published else ""
    what = "imported  " if result.status == "imported" else "duplicate "
    return f"{what} {result.path}: “{result.title}”{dated}. {result.message}"


def run_articles(args) -> int:
    app = open_app(args)
    summaries = app.articles.list()
    if args.json:
        texts = {}
        for summary in summaries:
            texts[summary.id] = app.articles.get(summary.id).text
        print_json([{**s.as_json(), "text": texts[s.id]} for s in summaries])
    else:
        print_table([[s.id, s.title, s.published or "", s.source, s.n_questions] for s in summaries],
                    ["id", "title", "published", "source", "questions"])
    return 0


def run_questions(args) -> int:
    from studyapp.core.questions import QuestionFilter, question_json

    app = open_app(args)
    if args.article is not None:
        app.articles.get(args.article)  # a clear error for an unknown id
    questions = app.questions.list(QuestionFilter(article_id=args.article))
    if args.json:
        print_json([question_json(q) for q in questions])
    else:
        print_table([[q.id, q.article_id, q.kind, q.prompt, q.answer] for q in questions],
                    ["id", "article", "kind", "prompt", "answer"])
    return 0
