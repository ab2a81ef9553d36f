"""``studyapp stats``, ``studyapp history`` and ``studyapp learners``: a learner's progress, their
review history as CSV or JSON, and the learner profiles."""

from __future__ import annotations

from studyapp.cli.output import open_app, plural, print_json, print_table
from studyapp.core.study.due import due_text


def _add_learner_option(parser) -> None:
    # ``studyapp --learner NAME stats`` works through the global option; this one lets the option
    # follow the command too. A distinct dest keeps argparse from overwriting the global value.
    parser.add_argument("--learner", dest="command_learner", metavar="NAME",
                        help="the learner (default: the last one used)")


def learner_name(args) -> str | None:
    return getattr(args, "command_learner", None) or getattr(args, "learner", None)


def register(subparsers) -> None:
    p = subparsers.add_parser("stats", help="a learner's progress: reviews, accuracy, due, retention, mastery")
    _add_learner_option(p)
    p.add_argument("--weakest", type=int, default=10, metavar="N", help="weakest facts to list (default 10)")
    p.add_argument("--json", action="store_true", help="print every figure as one JSON object")
    p.set_defaults(func=run_stats)

    p = subparsers.add_parser("history", help="export a learner's review history as CSV or JSON")
    p.add_argument("out", metavar="OUT", help="the file to write (.csv or .json)")
    p.add_argument("--format", choices=("csv", "json"), help="default: from the file name's ending")
    _add_learner_option(p)
    p.set_defaults(func=run_history)

    p = subparsers.add_parser("learners", help="list the learner profiles (or delete one)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--delete", metavar="NAME",
                   help="delete this learner and their whole history (the teacher's, once a passphrase is set)")
    from studyapp.cli.classroom_commands import add_passphrase_option

    add_passphrase_option(p)
    p.set_defaults(func=run_learners)


def run_stats(args) -> int:
    app = open_app(args)
    learner = app.learners.resolve(learner_name(args))
    report = app.stats.report(learner.id, weakest=max(0, args.weakest))
    data = report.as_json()
    if args.json:
        print_json(data)
        return 0

    def pct(value) -> str:
        return "-" if value is None else f"{value:.1f}%"

    print(f"Learner: {data['learner']}    (today is {data['today']}, days start at {data['day_starts']})")
    print(f"Reviews: {data['reviews_total']} in all, {data['reviews_today']} today; accuracy {pct(data['accuracy_pct'])}")
    print(f"Due: {due_text(data['due_now'])} now, {data['due_today']} by the end of today, "
          f"{sum(data['due_next_30_days'])} within 30 days")
    print(f"True retention (mature facts, last 30 days): {pct(data['retention_pct'])}; "
          f"FSRS predicts {pct(data['predicted_retention_pct'])} now")
    print(f"Streak: {plural(data['streak_days'], 'day')}; study time: {data['study_minutes']:.1f} minutes")
    if data["articles"]:
        print()
        print_table([[a["article_id"], a["title"], pct(a["mastery_pct"]), f"{a['mastered']}/{a['facts']}"]
                     for a in data["articles"]], ["id", "article", "mastery", "facts"])
    if data["weakest_facts"]:
        print()
        print_table([[f["fact_id"], f["prompt"], f["answer"], f["lapses"], f"{f['recall_pct']:.1f}%"]
                     for f in data["weakest_facts"]], ["fact", "weakest: question", "answer", "lapses", "recall"])
    return 0


def run_history(args) -> int:
    app = open_app(args)
    learner = app.learners.resolve(learner_name(args))
    count = app.stats.export_history(learner.id, args.out, args.format)
    print(f"Wrote {plural(count, 'review')} of {learner.name} to {args.out}.")
    return 0


def run_learners(args) -> int:
    app = open_app(args)
    if args.delete:
        from studyapp.cli.classroom_commands import require_teacher_if_set

        require_teacher_if_set(app, args)
        learner = app.learners.resolve(args.delete)
        app.learners.delete(learner.id)
        print(f"Deleted the learner {learner.name} and their history.")
        return 0
    learners = app.learners.list()
    rows = [{"id": l.id, "name": l.name, "created_at": l.created_at.isoformat(),
             "last_used_at": l.last_used_at.isoformat() if l.last_used_at else None} for l in learners]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["id"], r["name"], r["last_used_at"] or ""] for r in rows], ["id", "name", "last used"])
    return 0
