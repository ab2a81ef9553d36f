"""``studyapp classroom serve``: run a class session from the command line.

With ``--quiz`` the teacher's saved quiz runs on the teacher's library (passphrase needed); with
``--demo`` a throwaway library gets the bundled sample articles and a quiz made from them, and the
session is self-paced, so a student who joins gets the first question at once. In a terminal, a
teacher-paced session is moved on with Enter (next question), r (show the answer) and e (end)."""

from __future__ import annotations

import json
import secrets
import signal
import sys
import tempfile
import threading
from pathlib import Path

from studyapp.cli.output import open_app

DEMO_QUESTIONS = 10


def demo_library(folder: Path):
    """A library in ``folder`` with the sample articles, a quiz of their multiple-choice questions
    and a passphrase nobody needs to know; (app, teacher key, quiz name)."""
    from studyapp.core.classroom.manager import QuizSpec
    from studyapp.core.facade import StudyApp
    from studyapp.core.samples import sample_files

    app = StudyApp.open(data_folder=folder)
    for path in sample_files():
        print(f"Reading the sample {path.stem}…", file=sys.stderr, flush=True)
        app.importer.import_text(path.read_text(encoding="utf-8"), source="sample")
    questions = [q for q in app.classroom.select_questions(QuizSpec(count=10_000, order="random", seed=7))
                 if q.choices][:DEMO_QUESTIONS]
    key = app.classroom.set_teacher_passphrase(secrets.token_urlsafe(16))
    app.classroom.save_quiz("Demo", [q.id for q in questions], teacher=key, seconds_per_question=30)
    return app, key, "Demo"


def serve(args) -> int:
    from studyapp.cli.classroom_commands import teacher_key

    if args.demo:
        with tempfile.TemporaryDirectory(prefix="studyapp-demo-") as folder:
            app, key, quiz = demo_library(Path(folder))
            try:
                return _run(args, app, key, quiz, self_paced=True)
            finally:
                app.close()
    app = open_app(args)
    try:
        return _run(args, app, teacher_key(app, args), args.quiz, self_paced=args.self_paced)
    finally:
        app.close()


def _run(args, app, key, quiz: str, *, self_paced: bool) -> int:
    from studyapp.classroom_server.runner import ClassServer
    from studyapp.core.classroom.models import DESKS, SELF_PACED, TEACHER_PACED

    row = app.classroom.open_session(quiz, teacher=key, mode=DESKS, paced=SELF_PACED if self_paced else TEACHER_PACED)
    server = ClassServer(app.classroom, row.id, clock=app.clock, host=args.host, port=args.port,
                         idle_minutes=args.idle_minutes, teacher=key)
    try:
        server.start()
    except BaseException:
        app.classroom.end_session(row.id, teacher=key)
        raise
    if args.json:
        print(json.dumps({"url": server.url, "code": server.code}), flush=True)
    else:
        print(f"Class “{row.title}” (session {row.id}) is open.\n"
              f"  Students open {server.url} (or scan {server.join_url})\n"
              f"  and enter the code {server.code}.", flush=True)
        if not self_paced and sys.stdin.isatty():
            print("  Enter: next question · r Enter: show the answer · e Enter: end the session", flush=True)
        else:
            print("  Ctrl+C ends the session.", flush=True)
    if not self_paced and sys.stdin.isatty():
        threading.Thread(target=_teacher_keys, args=(app, row.id, key, server), daemon=True).start()
    # A service manager's stop (SIGTERM) ends the session cleanly too, as Ctrl+C does.
    signal.signal(signal.SIGTERM, lambda _signum, _frame: server.stop("stopped"))
    server.wait()
    if not args.json:
        reason = {"idle": "nobody was active for a while"}.get(server.stop_reason, server.stop_reason)
        print(f"The session has ended ({reason}). Results: studyapp classroom results {row.id}")
    return 0


def _teacher_keys(app, session_id: int, key, server) -> None:
    from studyapp.core.errors import StudyAppError

    for line in sys.stdin:
        command = line.strip().lower()
        try:
            if command in ("e", "end", "q", "quit"):
                server.stop("ended by the teacher")
                return
            state = (app.classroom.reveal(session_id, teacher=key) if command in ("r", "reveal")
                     else app.classroom.next_question(session_id, teacher=key))
        except StudyAppError as error:
            print(f"studyapp: {error}", file=sys.stderr)
            continue
        if state.current is None:
            print("All questions done; e Enter ends the session.")
        else:
            shown = "answer shown" if state.session.revealed else f"{state.seconds_left:.0f} s"
            print(f"Question {state.session.current_index + 1} of {len(state.questions)} ({shown})")
