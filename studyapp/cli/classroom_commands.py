"""``studyapp classroom ...``: saved quizzes, class sessions and their results from the command line.

Commands that need the teacher role read the passphrase without echo from the terminal, or as the
first line of standard input when it is not a terminal (for scripts); it is never printed."""

from __future__ import annotations

import getpass
import secrets
import sys

from studyapp.cli.output import open_app, plural, print_json, print_table


def register(subparsers) -> None:
    parser = subparsers.add_parser("classroom", help="saved quizzes, class sessions and their results")
    commands = parser.add_subparsers(dest="classroom_command", metavar="ACTION", required=True)

    p = commands.add_parser("passphrase", help="set the teacher passphrase (or change it)")
    p.set_defaults(func=run_passphrase)

    p = commands.add_parser("quizzes", help="list the saved quizzes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_quizzes)

    p = commands.add_parser("make-quiz", help="choose questions from the bank and save them as a quiz")
    p.add_argument("name")
    p.add_argument("--count", type=int, default=10, help="number of questions (default 10)")
    p.add_argument("--article", type=int, action="append", default=[], metavar="ID")
    p.add_argument("--kind", action="append", default=[], help="short, cloze, truefalse, ordering, matching")
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--text", default="", help="words that must appear in the question, answer or sentence")
    p.add_argument("--difficulty", default="any", help="any, new, easy, medium, hard")
    p.add_argument("--order", default="article", help="article, random, hardest")
    p.add_argument("--seed", type=int, help="for --order random: the same seed gives the same order")
    p.add_argument("--seconds", type=int, default=30, help="time per question (default 30)")
    p.add_argument("--several-forms", action="store_true",
                   help="allow two or more forms of one fact (they give each other's answer away)")
    p.add_argument("--replace", action="store_true", help="overwrite a quiz of that name")
    p.set_defaults(func=run_make_quiz)

    p = commands.add_parser("sessions", help="list class sessions, newest first")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_sessions)

    p = commands.add_parser("bench", help="benchmark: desks answering at once, class answers beside plain study")
    from studyapp.bench import classroom as bench

    bench.add_arguments(p)
    p.set_defaults(func=lambda args: bench.run(args))

    p = commands.add_parser("results", help="results of a class session (teacher only)")
    p.add_argument("session", type=int, metavar="SESSION_ID")
    p.add_argument("--csv", metavar="OUT", help="write every answer and the summaries to a CSV file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_results)


def read_passphrase(prompt: str = "Teacher passphrase: ") -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def teacher_key(app):
    return app.classroom.unlock(read_passphrase())


def run_passphrase(args) -> int:
    app = open_app(args)
    key = teacher_key(app) if app.classroom.has_teacher_passphrase() else None
    new = read_passphrase("New teacher passphrase: ")
    if sys.stdin.isatty() and read_passphrase("Again: ") != new:
        print("studyapp: the two passphrases differ; nothing changed.", file=sys.stderr)
        return 1
    app.classroom.set_teacher_passphrase(new, teacher=key)
    print("The teacher passphrase is set.")
    return 0


def run_quizzes(args) -> int:
    quizzes = open_app(args).classroom.list_quizzes()
    if args.json:
        print_json([{"name": q.name, "n_questions": q.n_questions, "seconds_per_question": q.seconds_per_question,
                     "updated_at": q.updated_at, "spec": q.spec.as_json()} for q in quizzes])
    else:
        print_table([[q.name, q.n_questions, q.seconds_per_question] for q in quizzes],
                    ["name", "questions", "seconds"])
    return 0


def run_make_quiz(args) -> int:
    from studyapp.core.classroom.manager import QuizSpec

    app = open_app(args)
    spec = QuizSpec(article_ids=args.article, kinds=args.kind, tags=args.tag, text=args.text,
                    difficulty=args.difficulty, order=args.order, count=args.count,
                    several_forms=args.several_forms,
                    seed=secrets.randbelow(1 << 31) if args.seed is None else args.seed)
    questions = app.classroom.select_questions(spec)
    if not questions:
        print("studyapp: no active question matches; widen the choice.", file=sys.stderr)
        return 1
    app.classroom.save_quiz(args.name, [q.id for q in questions], teacher=teacher_key(app),
                            seconds_per_question=args.seconds, spec=spec, replace=args.replace)
    print(f"Saved the quiz {' '.join(args.name.split())!r} with {plural(len(questions), 'question')}.")
    return 0


def run_sessions(args) -> int:
    sessions = open_app(args).classroom.list_sessions()
    rows = [{"id": s.id, "quiz": s.title, "mode": s.mode, "code": s.open_code or "", "started_at": s.started_at,
             "ended_at": s.ended_at} for s in sessions]
    if args.json:
        print_json(rows)
    else:
        print_table([[r["id"], r["quiz"], r["mode"], r["code"] or "ended", r["started_at"]] for r in rows],
                    ["id", "quiz", "mode", "code", "started"])
    return 0


def run_results(args) -> int:
    app = open_app(args)
    key = teacher_key(app)
    results = app.classroom.results(args.session, teacher=key)
    if args.csv:
        app.classroom.export_results_csv(args.session, args.csv, teacher=key)
    if args.json:
        print_json({"title": results.title,
                    "students": [{**vars(s), "share_correct": round(s.share_correct, 3)} for s in results.students],
                    "questions": [{**vars(q), "share_correct": round(q.share_correct, 3)} for q in results.questions]})
        return 0
    print(f"{results.title}: {plural(len(results.students), 'student')}, {plural(len(results.questions), 'question')}")
    print_table([[s.name, s.team, f"{s.correct}/{s.answered}", s.mean_seconds] for s in results.students],
                ["student", "team", "right", "seconds"])
    print()
    print_table([[q.position, q.prompt, f"{q.share_correct:.0%}",
                  ", ".join(f"{t} ({n})" for t, n in q.wrong_answers.items()), "; ".join(q.flags)]
                 for q in results.questions], ["#", "question", "right", "wrong answers", "review"])
    if args.csv:
        print(f"\nWrote {args.csv}")
    return 0
