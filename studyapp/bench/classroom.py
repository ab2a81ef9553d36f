"""A class answering at once, over real HTTP: the class server runs here (its own thread and loop,
as in the teacher's window) on a throwaway database, and N students in a separate process (so their
load does not share this process's interpreter lock) join, then go through Q questions at their own
pace: read the state, think for a random moment, answer. One answer in ten is sent twice (a double
tap), which must be refused. Prints the answer round-trip p50/p99 and checks, in the database, that
no answer was lost or duplicated (the class rows and the learners' FSRS reviews alike).

The database is a SQLite file in a temporary folder, or with ``--database-url`` a uniquely named
database created on that PostgreSQL server (the role needs CREATEDB) and dropped at the end.
"""

from __future__ import annotations

import json
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

PASSPHRASE = "bench passphrase"


def add_arguments(parser) -> None:
    parser.add_argument("--database-url", dest="bench_database_url", metavar="URL",
                        help="a PostgreSQL server to create the throwaway database on (default: a SQLite file)")
    parser.add_argument("--students", type=int, default=30, help="students answering at once (default 30)")
    parser.add_argument("--questions", type=int, default=20, help="questions each (default 20)")
    parser.add_argument("--think-seconds", type=float, default=2.5,
                        help="mean time a student takes before answering (default 2.5; 0: as fast as possible)")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")


@contextmanager
def throwaway_database(server: str | None, folder: Path) -> Iterator[str]:
    if not server:
        yield f"sqlite:///{folder / 'bench.sqlite3'}"
        return
    import psycopg
    from sqlalchemy.engine import make_url

    import secrets

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


def students_process(url: str, code: str, students: int, think: float, results) -> None:
    """In a child process: ``students`` browsers' worth of requests; puts a summary on ``results``."""
    import asyncio

    try:
        results.put(asyncio.run(_students(url, code, students, think)))
    except BaseException as error:  # the parent must hear of it, not wait for ever
        results.put({"crashed": f"{type(error).__name__}: {error}"})


async def _students(url: str, code: str, students: int, think: float, prefix: str = "Student") -> dict:
    import asyncio
    import random
    import time

    import httpx

    latencies: list[float] = []
    tally = {"accepted": 0, "refused_twice": 0, "other_refusals": [], "errors": []}
    # One client (one kept-alive connection) per student, as each phone has: a single client with a
    # pool of 200 connections spends its time scanning the pool, which would be timed as the server's.
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1, keepalive_expiry=30)

    async def student(number: int) -> None:
        async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
            await work_through(client, random.Random(number), f"{prefix} {number:03d}")

    async def work_through(client, rng, name: str) -> None:
        joined = await client.post("/api/join", json={"code": code, "name": name})
        if joined.status_code != 200:
            tally["errors"].append(f"join {joined.status_code}")
            return
        auth = {"Authorization": "Bearer " + joined.json()["token"]}
        while True:
            state = (await client.get("/api/state", headers=auth)).json()
            if state["phase"] != "question":
                return
            question = state["question"]
            if think:
                await asyncio.sleep(rng.uniform(0.2, 2 * think - 0.2))
            pick = rng.choice(question["choices"])
            began = time.perf_counter()
            reply = await client.post("/api/answer", json={"question": question["id"], "answer": pick}, headers=auth)
            latencies.append((time.perf_counter() - began) * 1000)
            if reply.status_code == 200 and reply.json()["accepted"]:
                tally["accepted"] += 1
            else:
                tally["other_refusals"].append(reply.text[:200])
            if rng.random() < 0.1:  # a double tap: must be refused, and recorded nowhere
                again = await client.post("/api/answer", json={"question": question["id"], "answer": pick},
                                          headers=auth)
                if again.status_code == 409:
                    tally["refused_twice"] += 1
                else:
                    tally["other_refusals"].append(f"second answer: {again.status_code} {again.text[:200]}")

    began = time.perf_counter()
    await asyncio.gather(*(student(n) for n in range(students)))
    tally["wall_s"] = time.perf_counter() - began
    tally["latencies"] = latencies
    return tally


def run(args) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from studyapp.classroom_server.runner import ClassServer
    from studyapp.core.classroom.models import DESKS, SELF_PACED, SessionAnswer
    from studyapp.core.facade import StudyApp
    from studyapp.core.models import ReviewLog

    server_url = getattr(args, "bench_database_url", None) or getattr(args, "database_url", None)
    with tempfile.TemporaryDirectory() as temporary, throwaway_database(server_url, Path(temporary)) as url:
        teacher = StudyApp.open(url=url, data_folder=Path(temporary))
        try:
            bank = write_bank(teacher, args.questions)
            key = teacher.classroom.set_teacher_passphrase(PASSPHRASE)
            teacher.classroom.save_quiz("Bench", [qid for qid, _ in bank], teacher=key, seconds_per_question=600)
            row = teacher.classroom.open_session("Bench", teacher=key, mode=DESKS, paced=SELF_PACED)
            server = ClassServer(teacher.classroom, row.id, clock=teacher.clock, host="127.0.0.1", port=0,
                                 teacher=key).start()
            try:
                import multiprocessing

                context = multiprocessing.get_context("spawn")
                results = context.Queue()
                child = context.Process(target=students_process,
                                        args=(server.url, server.code, args.students, args.think_seconds, results))
                child.start()
                tally = results.get()
                child.join()
                if "crashed" in tally:
                    raise RuntimeError(f"The simulated students stopped: {tally['crashed']}")
            finally:
                server.stop()
            with teacher.session() as session:
                stored = session.exec(select(func.count(SessionAnswer.id))
                                      .where(SessionAnswer.session_id == row.id)).one()
                reviewed = session.exec(select(ReviewLog.learner_id, ReviewLog.question_id)
                                        .where(ReviewLog.session_id == row.id)).all()
        finally:
            teacher.close()

    # Lost: answers the server accepted that are not stored with their review; duplicated: more than
    # one row per student and question. Answers never sent (a student who could not join) are problems.
    import statistics

    accepted = tally["accepted"]
    distinct_reviews = len(set(reviewed))
    lat = sorted(tally["latencies"])
    report = {
        "students": args.students, "questions": args.questions, "answers": stored,
        "lost": max(0, accepted - stored) + max(0, stored - distinct_reviews),
        "duplicated": (len(reviewed) - distinct_reviews) + max(0, stored - accepted),
        "p50_ms": round(statistics.median(lat), 1) if lat else None,
        "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))], 1) if lat else None,
        "database": "postgresql" if server_url else "sqlite",
        "think_seconds": args.think_seconds, "wall_s": round(tally["wall_s"], 1),
        "answers_per_s": round(stored / tally["wall_s"], 1) if tally["wall_s"] else None,
        "double_taps_refused": tally["refused_twice"],
        "problems": tally["errors"][:5] + tally["other_refusals"][:5],
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{args.students} students x {args.questions} questions over HTTP on {report['database']} "
              f"(mean think time {args.think_seconds} s): {report['wall_s']} s, {report['answers_per_s']} answers/s")
        print(f"  answer round-trip p50 {report['p50_ms']} ms, p99 {report['p99_ms']} ms")
        print(f"  {stored} answers stored; lost {report['lost']}, duplicated {report['duplicated']}; "
              f"{report['double_taps_refused']} double taps refused")
        for problem in report["problems"]:
            print(f"  problem: {problem}")
    return 1 if report["lost"] or report["duplicated"] or report["problems"] else 0
