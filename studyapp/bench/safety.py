"""Data safety figures: backup, check and restore times on a library of N reviews (a plain file copy
of the same database timed beside them, interleaved, as the floor), and answers kept after SIGKILL.

The crash part starts a child process that answers questions through the facade and prints
"recorded <id>" after each answer returns, kills it with SIGKILL after a random number of answers,
and counts how many of the printed ids are in the review log.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path


def add_arguments(parser) -> None:
    parser.add_argument("--reviews", type=int, default=200_000, help="reviews in the library (default 200,000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each operation (median printed)")
    parser.add_argument("--kills", type=int, default=10, help="study sessions killed with SIGKILL (default 10)")
    parser.add_argument("--session", type=int, default=500, help="answers in each study session (default 500)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("FOLDER", "LEARNER", "ANSWERS"), help=argparse.SUPPRESS)


def _child(folder: str, learner_id: int, answers: int) -> None:
    from studyapp.core.facade import StudyApp

    app = StudyApp.open(data_folder=folder)
    last = None
    for _ in range(answers):
        card = app.study.next_card(learner_id, practice=True, article_id=1, avoid_fact_id=last)
        outcome = app.study.answer(learner_id, card.question_id, "1900", 1500)
        last = card.fact_id
        print(f"recorded {outcome.review_id}", flush=True)


def _ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _timings(app, runs: int) -> dict:
    from studyapp.core.safety.backups import check_file
    from studyapp.core.db import quick_check
    from studyapp.core.paths import sqlite_path

    path = sqlite_path(app.url)
    copy_target = path.with_name("plain-copy.sqlite3")
    times: dict[str, list[float]] = {"backup_ms": [], "file_copy_ms": [], "quick_check_ms": [],
                                     "integrity_check_ms": [], "restore_ms": []}
    made = None
    for _ in range(runs):  # interleaved, so that each sees the same machine load
        app.clock.advance(days=1)  # one copy per day is kept: every run adds one
        start = time.perf_counter()
        made = app.backups.backup_now()
        times["backup_ms"].append((time.perf_counter() - start) * 1000)
        times["file_copy_ms"].append(_ms(lambda: shutil.copyfile(path, copy_target)))
        times["quick_check_ms"].append(_ms(lambda: quick_check(path)))
        times["integrity_check_ms"].append(_ms(lambda: check_file(path)))
        times["restore_ms"].append(_ms(lambda: app.backups.restore(made.path)))
    result = {name: round(statistics.median(values), 1) for name, values in times.items()}
    result["backup_to_file_copy_ratio"] = round(result["backup_ms"] / max(result["file_copy_ms"], 0.01), 2)
    result["database_mb"] = round(path.stat().st_size / 1e6, 1)
    result["backup_mb"] = round(made.size / 1e6, 1)
    return result


def _kills(folder: Path, learner_id: int, kills: int, session: int, rng: random.Random) -> list[dict]:
    import sqlite3

    from studyapp.core.safety.backups import check_file

    def review_ids() -> set[int]:
        connection = sqlite3.connect(folder / "studyapp.sqlite3")
        try:
            return {row[0] for row in connection.execute("SELECT id FROM review_log")}
        finally:
            connection.close()

    rows = []
    seen = review_ids()  # the simulated history
    for _ in range(kills):
        kill_after = rng.randint(1, session - 1)
        child = subprocess.Popen([sys.executable, "-m", "studyapp.bench.safety", "--child", str(folder),
                                  str(learner_id), str(session)], stdout=subprocess.PIPE, text=True)
        printed: list[int] = []
        for line in child.stdout:
            printed.append(int(line.split()[1]))
            if len(printed) >= kill_after:
                os.kill(child.pid, signal.SIGKILL)
                break
        printed.extend(int(line.split()[1]) for line in child.stdout)
        child.wait()
        child.stdout.close()
        database = folder / "studyapp.sqlite3"
        stored = review_ids()
        new = stored - seen
        seen |= stored
        rows.append({"shown_as_recorded": len(printed), "found": len(set(printed) & stored),
                     "committed_not_shown": len(new - set(printed)), "file_sound": check_file(database).ok})
    return rows


def run(args) -> int:
    if args.child:
        _child(args.child[0], int(args.child[1]), int(args.child[2]))
        return 0
    from studyapp.bench.stats import REVIEWS_PER_FACT, build_library
    from studyapp.core.clock import FixedClock
    from studyapp.core.facade import StudyApp
    from studyapp.core.stats.simulation import simulate, write_history

    now = datetime(2026, 11, 28, 20, 0, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-safety-") as name:
        folder = Path(name)
        app = StudyApp.open(data_folder=folder, clock=FixedClock(now))
        try:
            learner = app.learners.create("Bench learner")
            questions = build_library(app, max(20, args.reviews // REVIEWS_PER_FACT), now)
            log, states = simulate(questions, learner.id, now - timedelta(days=365), now, max_reviews=args.reviews)
            write_history(app, learner.id, log, states)
            result = {"reviews": len(log), "questions": len(questions)}
            del log, states
            result.update(_timings(app, args.runs))
        finally:
            app.close()
    # The crashes get a library of their own, studied in real time from the start: the simulated
    # history above is dated by the bench's fixed clock.
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-crash-") as name:
        folder = Path(name)
        app = StudyApp.open(data_folder=folder)
        build_library(app, 400, app.clock.now())
        student = app.learners.create("Crash learner")
        app.close()
        kills = _kills(folder, student.id, args.kills, args.session, random.Random(8))
    result["kills"] = kills
    result["answers_shown_as_recorded"] = sum(k["shown_as_recorded"] for k in kills)
    result["answers_found"] = sum(k["found"] for k in kills)
    result["files_sound"] = sum(k["file_sound"] for k in kills)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    print(f"library: {result['questions']:,} questions, {result['reviews']:,} reviews, "
          f"{result['database_mb']} MB (backup file {result['backup_mb']} MB)")
    print(f"backup (online backup API, checked, fsynced): {result['backup_ms']} ms median of {args.runs}; "
          f"plain file copy {result['file_copy_ms']} ms; ratio {result['backup_to_file_copy_ratio']}")
    print(f"quick check on open {result['quick_check_ms']} ms; full integrity check {result['integrity_check_ms']} ms; "
          f"restore {result['restore_ms']} ms")
    print(f"SIGKILL during {args.kills} study sessions of {args.session} answers: "
          f"{result['answers_shown_as_recorded']} answers shown as recorded, {result['answers_found']} found "
          f"afterwards; {result['files_sound']}/{args.kills} files pass the integrity check")
    for number, kill in enumerate(kills, 1):
        print(f"  kill {number}: shown {kill['shown_as_recorded']}, found {kill['found']}, "
              f"committed but not yet shown {kill['committed_not_shown']}")
    return 0


if __name__ == "__main__":  # the child of the crash part
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    sys.exit(run(parser.parse_args()))
