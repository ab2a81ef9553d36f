"""A known review history for the statistics tests (fixture ``history``), written as rows (the way the study part writes
them) with the injected clock at 2026-03-02 09:00 UTC.

The learner "Ann" lives at UTC+1 and her study day starts at 04:00 local time, so a study day runs
from 03:00 UTC to 03:00 UTC the next day; today is 2026-03-02.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

import pytest

from sqlmodel import select

from studyapp.core.models import ACTIVE, SUSPENDED, Article, Fact, FactState, Question, ReviewLog
from studyapp.core.stats.models import SLOT_SECONDS, ReviewSlot
from studyapp.core.stats.report import ANSWER_TIME_CAP_MS, MATURE_DAYS


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


# (reviewed_at, correct, response_ms, stability before the review, counted)
ANN_REVIEWS = [
    (utc(2026, 1, 15, 10), False, 4000, 50.0, True),   # mature, wrong; outside the last 30 days
    (utc(2026, 2, 26, 10), True, 4000, 20.9, True),    # not mature (20.9 < 21)
    (utc(2026, 2, 28, 10), True, 4000, 21.0, True),    # mature: the boundary is inclusive
    (utc(2026, 2, 28, 11), True, 4000, 40.0, False),   # a practice run: never mature
    (utc(2026, 3, 1, 12), True, 10_000, 30.0, True),   # mature, right
    (utc(2026, 3, 1, 13), False, 4000, 25.0, True),    # mature, wrong
    (utc(2026, 3, 2, 2, 30), False, 90_000, None, True),  # 03:30 local: still the study day 1 March; 60 s cap
    (utc(2026, 3, 2, 8), True, 5000, None, True),      # today
]


@dataclass
class History:
    app: object
    ann: int
    bob: int
    articles: dict[str, int] = field(default_factory=dict)
    facts: dict[str, int] = field(default_factory=dict)
    questions: dict[str, int] = field(default_factory=dict)


def add_article(session, title: str, facts: list[str], now: datetime, suspended: tuple[str, ...] = ()) -> tuple[int, dict, dict]:
    article = Article(title=title, text=f"{title}.", content_hash=title, imported_at=now)
    session.add(article)
    session.flush()
    fact_ids, question_ids = {}, {}
    for key in facts:
        fact = Fact(article_id=article.id, kind="term", key=key, answer=f"answer {key}")
        session.add(fact)
        session.flush()
        question = Question(article_id=article.id, fact_id=fact.id, prompt=f"What is {key}?", answer=f"answer {key}",
                            status=SUSPENDED if key in suspended else ACTIVE, created_at=now, updated_at=now)
        session.add(question)
        session.flush()
        fact_ids[key], question_ids[key] = fact.id, question.id
    return article.id, fact_ids, question_ids


def add_state(session, learner_id: int, fact_id: int, *, stability: float | None, last_review: datetime | None,
              due: datetime, lapses: int = 0, reps: int = 1) -> None:
    session.add(FactState(learner_id=learner_id, fact_id=fact_id, state=2, stability=stability, difficulty=5.0,
                          due=due, last_review=last_review, lapses=lapses, reps=reps))


@pytest.fixture
def history(studyapp) -> History:
    return build_history(studyapp)


def build_history(app) -> History:
    now = app.clock.now()
    ann = app.learners.create("Ann").id
    bob = app.learners.create("Bob").id
    app.settings.set("utc_offset_minutes", 60)
    app.settings.set("day_start_hour", 4)
    h = History(app, ann, bob)
    with app.session() as session:
        a1, f1, q1 = add_article(session, "Alpha", ["A", "B", "C", "D"], now)
        a2, f2, q2 = add_article(session, "Beta", ["E", "F", "G", "H"], now, suspended=("G",))
        a3, _, _ = add_article(session, "Gamma (no facts)", [], now)
        h.articles = {"Alpha": a1, "Beta": a2, "Gamma": a3}
        h.facts, h.questions = {**f1, **f2}, {**q1, **q2}
        for when, correct, ms, stability, counted in ANN_REVIEWS:
            session.add(ReviewLog(learner_id=ann, question_id=q1["A"], fact_id=f1["A"], reviewed_at=when,
                                  correct=correct, rating=(3 if correct else 1) if counted else 0, response_ms=ms,
                                  counted=counted,
                                  state_before=None if stability is None else {"stability": stability}))
        # Bob's history must never show in Ann's figures.
        for day in range(5):
            session.add(ReviewLog(learner_id=bob, question_id=q1["B"], fact_id=f1["B"],
                                  reviewed_at=now - timedelta(days=day, hours=1), correct=False, rating=1,
                                  response_ms=3000, state_before={"stability": 100.0}))
        add_state(session, bob, f1["B"], stability=100.0, last_review=now, due=now, lapses=9)
        # Ann's memory: due dates around the study-day boundaries (03:00 UTC).
        add_state(session, ann, f1["A"], stability=10.0, last_review=now - timedelta(days=5), due=utc(2026, 2, 20, 12))
        add_state(session, ann, f1["B"], stability=2.0, last_review=now - timedelta(days=20), due=utc(2026, 3, 2, 20),
                  lapses=3, reps=6)
        add_state(session, ann, f1["C"], stability=7.0, last_review=now - timedelta(days=7), due=utc(2026, 3, 3, 2),
                  lapses=1)
        add_state(session, ann, f1["D"], stability=100.0, last_review=now - timedelta(hours=1), due=utc(2026, 3, 3, 3))
        add_state(session, ann, f2["E"], stability=2.5, last_review=now - timedelta(days=2, hours=23),
                  due=utc(2026, 3, 31, 12), lapses=3)
        add_state(session, ann, f2["F"], stability=20.0, last_review=now - timedelta(days=30), due=utc(2026, 4, 1, 12))
        add_state(session, ann, f2["G"], stability=1.0, last_review=now - timedelta(days=40), due=utc(2026, 3, 2, 10),
                  lapses=7)  # its only question is suspended: not due, not counted
    return h


def sums_from_log(app) -> dict:
    """The slots recomputed in Python from every review, by the report's definitions."""
    sums: dict = {}
    with app.session() as session:
        for log in session.exec(select(ReviewLog)).all():
            key = (log.learner_id, int(log.reviewed_at.timestamp()) // SLOT_SECONDS)
            mature = log.counted and log.rating > 0 and (log.stability_before or 0) >= MATURE_DAYS
            add = (1, int(log.correct), min(max(log.response_ms, 0), ANSWER_TIME_CAP_MS), int(mature),
                   int(mature and log.correct))
            sums[key] = tuple(a + b for a, b in zip(sums.get(key, (0,) * 5), add))
    return sums


def stored_slots(app) -> dict:
    with app.session() as session:
        return {(s.learner_id, s.slot): (s.reviews, s.correct, s.study_ms, s.mature, s.mature_correct)
                for s in session.exec(select(ReviewSlot)).all()}


def assert_exact(app) -> dict:
    slots = stored_slots(app)
    assert slots == sums_from_log(app)
    return slots


def old_library(path, revision: str):
    """A database file at an older ``revision`` holding one learner (Ann, id 1) and one active
    question (id 1, fact 1), written with plain SQL as that revision's program would have."""
    from alembic import command
    from sqlalchemy import text

    from studyapp.core.db import alembic_config, create_db_engine

    engine = create_db_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), revision)
    now = "2026-03-02 09:00:00.000000"
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO learner (id, name, created_at) VALUES (1, 'Ann', :t)"), {"t": now})
        connection.execute(text("INSERT INTO article (id, title, source, path, url, text, content_hash, language, "
                                "imported_at) VALUES (1, 'A', '', '', '', 'x', 'h', 'en', :t)"), {"t": now})
        connection.execute(text("INSERT INTO fact (id, article_id, kind, key, answer, sentence_start, sentence_end) "
                                "VALUES (1, 1, 'term', 'k', 'a', 0, 0)"))
        connection.execute(text("INSERT INTO question (id, article_id, fact_id, kind, answer_type, prompt, answer, "
                                "accepted, choices, source_sentence, source_start, source_end, quality, status, edited, "
                                "extra, created_at, updated_at) VALUES (1, 1, 1, 'short', '', 'q', 'a', '[]', '[]', '', "
                                "0, 0, 0, 'active', 0, '{}', :t, :t)"), {"t": now})
    return engine
