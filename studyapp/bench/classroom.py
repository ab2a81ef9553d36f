"""A class answering at once: N desks (threads, each with its own StudyApp and engine on one
database) answer Q questions. Side by side in the same run, in alternating rounds: the same answers
given through ``app.study.answer`` alone (what studying costs) and through ``app.classroom.answer``
(claiming the class slot, the study answer, the class result). Prints wall time, answers per second,
p50/p99 per answer, the class/study ratios, and checks that nothing was lost or duplicated.

The database is a throwaway: a SQLite file in a temporary folder, or with ``--server`` a uniquely
named database created on that PostgreSQL server (the role needs CREATEDB) and dropped at the end.
"""

from __future__ import annotations

import json
import secrets
import statistics
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

PASSPHRASE = "bench passphrase"


def add_arguments(parser) -> None:
    parser.add_argument("--server", metavar="URL", help="PostgreSQL server URL (default: a SQLite file)")
    parser.add_argument("--students", type=int, default=30, help="desks answering at once (default 30)")
    parser.add_argument("--questions", type=int, default=20, help="questions each (default 20)")
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of each side (default 2)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


@contextmanager
def throwaway_database(server: str | None, folder: Path) -> Iterator[str]:
    if not server:
        yield f"sqlite:///{folder / 'bench.sqlite3'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url

    parsed = make_url(server)
    name = f"studyapp_bench_{secrets.token_hex(4)}"
    admin = psycopg.connect(parsed.set(drivername="postgresql").render_as_string(hide_password=False),
                            autocommit=True)
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield parsed.set(database=name).render_as_string(hide_password=False)
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def write_bank(app, n_questions: int) -> list[tuple[int, str]]:
    """One article with ``n_questions`` multiple-choice questions; returns (id, key) pairs."""
    from studyapp.core.models import Article, Fact, Question

    now = app.clock.now()
    made = []
    with app.session() as session:
        article = Article(title="Bench", source="bench", text="Year 1900 to 2100.", content_hash="bench",
                          imported_at=now)
        session.add(article)
        session.flush()
        for n in range(n_questions):
            year = str(1900 + n)
            fact = Fact(article_id=article.id, kind="year", key=f"year:{n}", answer=year)
            session.add(fact)
            session.flush()
            question = Question(article_id=article.id, fact_id=fact.id, prompt=f"Which year is number {n}?",
                                answer=year, choices=[str(2000 + n), str(2100 + n), str(1800 + n)],
                                created_at=now, updated_at=now)
            session.add(question)
            session.flush()
            made.append((question.id, year))
    return made


def _desks(url: str, folder: Path, students: int, answer_all) -> tuple[float, list[float]]:
    """Run ``answer_all(app, desk_number, latencies)`` on every desk at once; (wall seconds, latencies)."""
    from studyapp.core.facade import StudyApp

    start = threading.Barrier(students + 1)
    latencies: list[float] = []

    def desk(number: int) -> None:
        app = StudyApp.open(url=url, data_folder=folder)
        try:
            own: list[float] = []
            start.wait()
            answer_all(app, number, own)
            latencies.extend(own)
        finally:
            app.close()

    with ThreadPoolExecutor(students) as pool:
        futures = [pool.submit(desk, n) for n in range(students)]
        start.wait()
        began = time.perf_counter()
        for future in futures:
            future.result()
        return time.perf_counter() - began, latencies


def _timed(own: list[float], call) -> None:
    began = time.perf_counter()
    call()
    own.append((time.perf_counter() - began) * 1000)


def run(args) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from studyapp.core.classroom.models import SELF_PACED, SessionAnswer
    from studyapp.core.facade import StudyApp
    from studyapp.core.models import ReviewLog

    figures: dict[str, dict] = {"study": {"wall": [], "lat": []}, "class": {"wall": [], "lat": []}}
    problems = []
    with tempfile.TemporaryDirectory() as temporary, throwaway_database(args.server, Path(temporary)) as url:
        folder = Path(temporary)
        teacher = StudyApp.open(url=url, data_folder=folder)
        try:
            bank = write_bank(teacher, args.questions)
            key = teacher.classroom.set_teacher_passphrase(PASSPHRASE)
            teacher.classroom.save_quiz("Bench", [qid for qid, _ in bank], teacher=key)
            for round_number in range(args.rounds):
                learners = [teacher.learners.get_or_create(f"Plain {round_number}-{n}").id
                            for n in range(args.students)]

                def study_only(app, number, own):
                    for qid, year in bank:
                        _timed(own, lambda: app.study.answer(learners[number], qid, year, 4000, form="choice"))

                wall, lat = _desks(url, folder, args.students, study_only)
                figures["study"]["wall"].append(wall)
                figures["study"]["lat"].extend(lat)

                row = teacher.classroom.open_session("Bench", teacher=key, paced=SELF_PACED)

                def in_class(app, number, own):
                    me = app.classroom.join(row.code, f"Desk {round_number}-{number}")
                    for qid, year in bank:
                        _timed(own, lambda: app.classroom.answer(row.id, me.id, qid, year, 4000))

                wall, lat = _desks(url, folder, args.students, in_class)
                figures["class"]["wall"].append(wall)
                figures["class"]["lat"].extend(lat)
                with teacher.session() as session:
                    stored = session.exec(select(func.count(SessionAnswer.id))
                                          .where(SessionAnswer.session_id == row.id)).one()
                    logged = session.exec(select(func.count(ReviewLog.id))
                                          .where(ReviewLog.session_id == row.id)).one()
                expected = args.students * args.questions
                if stored != expected or logged != expected:
                    problems.append(f"round {round_number}: {stored} class answers and {logged} reviews, "
                                    f"expected {expected} of each")
                teacher.classroom.end_session(row.id, teacher=key)
        finally:
            teacher.close()

    answers = args.students * args.questions
    report = {"database": "postgresql" if args.server else "sqlite", "students": args.students,
              "questions": args.questions, "rounds": args.rounds, "problems": problems}
    for side, data in figures.items():
        lat = sorted(data["lat"])
        report[side] = {"wall_s": round(statistics.median(data["wall"]), 3),
                        "answers_per_s": round(answers / statistics.median(data["wall"]), 1),
                        "p50_ms": round(lat[len(lat) // 2], 1), "p99_ms": round(lat[int(len(lat) * 0.99)], 1)}
    report["class_over_study_p50"] = round(report["class"]["p50_ms"] / report["study"]["p50_ms"], 2)
    report["class_over_study_wall"] = round(report["class"]["wall_s"] / report["study"]["wall_s"], 2)
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{args.students} desks x {args.questions} questions on {report['database']}, "
              f"{args.rounds} alternating rounds (medians of the rounds)")
        for side in ("study", "class"):
            f = report[side]
            print(f"  {side:5}  {f['wall_s']:7.2f} s  {f['answers_per_s']:7.1f} answers/s  "
                  f"p50 {f['p50_ms']:6.1f} ms  p99 {f['p99_ms']:6.1f} ms")
        print(f"  class/study: p50 x{report['class_over_study_p50']}, wall x{report['class_over_study_wall']}")
        print("  lost or duplicated: " + ("; ".join(problems) if problems else "nothing"))
    return 1 if problems else 0
