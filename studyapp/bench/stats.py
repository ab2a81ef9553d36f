"""Statistics on a big history: time ``app.stats.report`` (every figure of the statistics view and
of ``studyapp stats``) over a throwaway database holding a simulated history of N reviews: the
first report (nothing prepared yet in the process: SQL statements compiled, tables read into
SQLite's cache) and the following ones (as the view redraws after each answer).

Printed beside it, measured in the same run: a bare ``SELECT count(*)`` over the learner's reviews,
the least any statistic over the whole log must pay, and the ratio of the two.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from datetime import datetime, timedelta, timezone

TARGET_MS = 1000.0
REVIEWS_PER_FACT = 6
FACTS_PER_ARTICLE = 400


def add_arguments(parser) -> None:
    parser.add_argument("--reviews", type=int, default=1_000_000, help="reviews in the history (default 1,000,000)")
    parser.add_argument("--days", type=int, default=730, help="days the history spans (default 730)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5; the median is printed)")
    parser.add_argument("--json", action="store_true")


def build_library(app, n_facts: int, now: datetime) -> list[tuple[int, int]]:
    """Articles, facts and one question per fact, by bulk insert; returns (fact_id, question_id)."""
    from sqlalchemy import insert

    from studyapp.core.models import Article, Fact, Question
    from studyapp.core.stats.simulation import first_questions

    stamp = now
    n_articles = max(1, -(-n_facts // FACTS_PER_ARTICLE))
    with app.session() as session:
        session.execute(insert(Article.__table__), [
            {"title": f"Bench article {a + 1}", "source": "bench", "path": "", "url": "", "text": "",
             "content_hash": f"bench-{a}", "language": "en", "imported_at": stamp} for a in range(n_articles)])
        article_ids = [row[0] for row in session.execute(Article.__table__.select().with_only_columns(
            Article.__table__.c.id).order_by(Article.__table__.c.id))]
        session.execute(insert(Fact.__table__), [
            {"article_id": article_ids[f % n_articles], "kind": "year", "key": f"fact {f}", "answer": str(1000 + f),
             "sentence_start": 0, "sentence_end": 0} for f in range(n_facts)])
        fact_rows = session.execute(Fact.__table__.select().with_only_columns(
            Fact.__table__.c.id, Fact.__table__.c.article_id)).all()
        session.execute(insert(Question.__table__), [
            {"article_id": article_id, "fact_id": fact_id, "kind": "short", "answer_type": "year",
             "prompt": f"When? ({fact_id})", "answer": "1900", "accepted": [], "choices": [],
             "source_sentence": "", "source_start": 0, "source_end": 0, "quality": 1.0, "status": "active",
             "edited": False, "extra": {}, "created_at": stamp, "updated_at": stamp}
            for fact_id, article_id in fact_rows])
    return first_questions(app)


def _time_ms(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def run(args) -> int:
    from sqlalchemy import func
    from sqlmodel import select

    from studyapp.core.clock import FixedClock
    from studyapp.core.facade import StudyApp
    from studyapp.core.models import ReviewLog
    from studyapp.core.stats.days import StudyDays
    from studyapp.core.stats.simulation import simulate, write_history

    now = datetime(2026, 11, 28, 20, 0, tzinfo=timezone.utc)
    with tempfile.TemporaryDirectory(prefix="studyapp-bench-stats-") as folder:
        app = StudyApp.open(data_folder=folder, clock=FixedClock(now))
        try:
            setup_start = time.perf_counter()
            learner = app.learners.create("Bench learner")
            questions = build_library(app, max(20, args.reviews // REVIEWS_PER_FACT), now)
            log, states = simulate(questions, learner.id, now - timedelta(days=args.days), now,
                                   max_reviews=args.reviews)
            write_history(app, learner.id, log, states)
            n_reviews, n_facts = len(log), len(states)
            del log, states
            setup_s = time.perf_counter() - setup_start
            days = StudyDays(utc_offset_minutes=0)

            def scan() -> None:
                with app.session() as session:
                    session.exec(select(func.count()).where(ReviewLog.learner_id == learner.id)).one()

            report_ms, scan_ms = [], []
            # numpy is imported once per process (the window imports it with its first report):
            # timed on its own, so that the first report's figure is the statistics' own.
            import_ms = _time_ms(lambda: __import__("numpy"))
            # The first report pays for compiling its statements and filling SQLite's cache.
            start = time.perf_counter()
            report = app.stats.report(learner.id, days=days)
            first_ms = (time.perf_counter() - start) * 1000
            for _ in range(args.runs):  # interleaved, so both see the same machine load
                report_ms.append(_time_ms(lambda: app.stats.report(learner.id, days=days)))
                scan_ms.append(_time_ms(scan))
        finally:
            app.close()
    median, scan_median = statistics.median(report_ms), statistics.median(scan_ms)
    result = {
        "reviews": n_reviews, "facts_reviewed": n_facts, "days": args.days, "runs": args.runs,
        "first_stats_ms": round(first_ms, 1), "numpy_import_ms": round(import_ms, 1),
        "stats_ms_median": round(median, 1), "stats_ms_max": round(max(report_ms), 1),
        "count_scan_ms_median": round(scan_median, 1), "ratio_to_count_scan": round(median / scan_median, 2),
        "target_ms": TARGET_MS, "within_target": max(first_ms, median) <= TARGET_MS, "setup_s": round(setup_s, 1),
        "check_reviews_total": report.total.reviews,
    }
    if args.json:
        print(json.dumps(result))
    else:
        print(f"statistics over {n_reviews:,} reviews ({n_facts:,} facts): first {result['first_stats_ms']} ms "
              f"(+ {result['numpy_import_ms']} ms importing numpy once), "
              f"then {result['stats_ms_median']} ms median (max {result['stats_ms_max']} ms, {args.runs} runs); "
              f"a bare count scan: "
              f"{result['count_scan_ms_median']} ms; ratio {result['ratio_to_count_scan']}; "
              f"target {TARGET_MS:.0f} ms: {'met' if result['within_target'] else 'NOT met'} "
              f"(setup {result['setup_s']} s)")
    return 0
