"""``studyapp classroom ...``: saved quizzes, class sessions, the class server and results.

Commands that need the teacher role read the passphrase from ``--passphrase-file``, else without echo
from the terminal, else as the first line of standard input (for scripts); never from the command
line itself (other users of the machine could read it in the process list), and it is never printed."""

from __future__ import annotations

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

    p = commands.add_parser("sessions", help="list class sessions, newest first (teacher only)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_sessions)

    p = commands.add_parser("serve", help="serve a class session: students join from a browser with the code")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--quiz", metavar="NAME", help="the saved quiz to run (teacher only)")
    what.add_argument("--demo", action="store_true",
                      help="a self-paced class on the bundled sample articles, with a quiz made for it")
    p.add_argument("--host", default="0.0.0.0", metavar="ADDR",
                   help="the address to listen on (default: every network of this machine)")
    p.add_argument("--port", type=int, default=8765, metavar="N", help="the port (default 8765; 0: any free one)")
    p.add_argument("--self-paced", action="store_true", help="each student goes through the quiz at their own pace")
    p.add_argument("--idle-minutes", type=float, default=30.0,
                   help="end the session after this long with no student or teacher activity (default 30)")
    p.add_argument("--json", action="store_true", help='print one line {"url", "code"} once listening')
    p.set_defaults(func=run_serve)

    p = commands.add_parser("bench", help="benchmark: a class answering over HTTP at once")
    from studyapp.bench import classroom as bench

    bench.add_arguments(p)
    p.set_defaults(func=lambda args: bench.run(args))

    p = commands.add_parser("results", help="results of a class session (teacher only)")
    p.add_argument("session", type=int, metavar="SESSION_ID")
    p.add_argument("--csv", metavar="OUT", help="write every answer and the summaries to a CSV file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=run_results)

    for action in commands.choices.values():
        add_passphrase_option(action)


def add_passphrase_option(parser) -> None:
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help="read the teacher passphrase from the first line of FILE (for scripts)")


def read_passphrase(prompt: str = "Teacher passphrase: ", args=None) -> str:
    path = getattr(args, "passphrase_file", None)
    if path:
        from studyapp.core.errors import InvalidInput

        try:
            with open(path, encoding="utf-8") as handle:
                return handle.readline().rstrip("\r\n")
        except OSError as error:
            raise InvalidInput(f"Cannot read the passphrase file {path}: {error.strerror}.") from None
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\r\n")


def teacher_key(app, args=None):
    return app.classroom.unlock(read_passphrase(args=args))


def require_teacher_if_set(app, args) -> None:
    """For actions that are the teacher's once a class uses this library (exporting the keys,
    deleting learners): a library without a teacher passphrase is one person's own."""
    if app.classroom.has_teacher_passphrase():
        teacher_key(app, args)


def run_passphrase(args) -> int:
    app = open_app(args)
    key = teacher_key(app, args) if app.classroom.has_teacher_passphrase() else None
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
    import secrets

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
    app.classroom.save_quiz(args.name, [q.id for q in questions], teacher=teacher_key(app, args),
                            seconds_per_question=args.seconds, spec=spec, replace=args.replace)
    print(f"Saved the quiz {' '.join(args.name.split())!r} with {plural(len(questions), 'question')}.")
    return 0


def run_sessions(args) -> int:
    app = open_app(args)
    teacher_key(app, args)  # the open sessions' join codes are the teacher's to give out
    sessions = app.classroom.list_sessions()
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
    key = teacher_key(app, args)
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


def run_serve(args) -> int:
    from studyapp.cli.classroom_serve import serve

    return serve(args)
