"""A believable review history, simulated: for the statistics screenshot (a clearly named demo
learner) and for ``studyapp bench stats`` (a throwaway database). Never used on a real learner.

Each fact is introduced on a steady schedule, then reviewed when due; the answer is right with the
FSRS probability of recall at that moment, and stability grows after a right answer and collapses
after a wrong one. Rows are written with bulk core inserts, not ORM objects one by one.
"""

from __future__ import annotations

import heapq
import json
import random
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert
from sqlmodel import select

from studyapp.core.clock import as_utc
from studyapp.core.models import ACTIVE, FactState, Question, ReviewLog
from studyapp.core.stats.models import ReviewSlot
from studyapp.core.stats.retrievability import Retrievability

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

CHUNK = 20_000


DAY = 86_400.0
STUDY_HOURS = (7, 8, 12, 18, 19, 20, 21)


def _moment(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, timezone.utc)


@dataclass
class _Memory:
    fact_id: int
    question_id: int
    stability: float | None = None
    difficulty: float = 5.0
    last_review: float | None = None  # seconds since the epoch, as all times of the simulation
    reps: int = 0
    lapses: int = 0

    def snapshot(self, due: float) -> dict | None:
        """The FactState before a review, as the study part keeps it in ``ReviewLog.state_before``."""
        if self.last_review is None:
            return None
        return {"state": 2, "step": None, "stability": self.stability, "difficulty": self.difficulty,
                "due": _moment(due).isoformat(), "last_review": _moment(self.last_review).isoformat(),
                "reps": self.reps, "lapses": self.lapses}


def simulate(questions: list[tuple[int, int]], learner_id: int, start: datetime, end: datetime,
             max_reviews: int | None = None, seed: int = 7, practice_share: float = 0.0,
             slip: float = 0.0) -> tuple[list[dict], list[dict]]:
    """Review rows and final FactState rows for (fact_id, question_id) pairs studied from ``start``
    until ``end`` (or until ``max_reviews``). On ``practice_share`` of the study days the learner
    also runs an uncounted practice of a few facts; ``slip`` is the chance of a wrong answer to a
    fact that is remembered."""
    rng = random.Random(seed)
    recall = Retrievability()
    first, last = as_utc(start).timestamp(), as_utc(end).timestamp()
    memories = [_Memory(fact_id, question_id) for fact_id, question_id in questions]
    # New facts arrive over the first 70% of the period, a few each day.
    heap = [(first + (last - first) * 0.7 * i / max(1, len(memories)), i) for i in range(len(memories))]
    heapq.heapify(heap)
    skipped_days = {d for d in range(int((last - first) // DAY) + 2) if rng.random() < 0.12}
    log: list[dict] = []
    while heap and (max_reviews is None or len(log) < max_reviews):
        due, index = heapq.heappop(heap)
        when = due // DAY * DAY + rng.choice(STUDY_HOURS) * 3600 + rng.randrange(3600)
        if when < due:
            when += DAY
        while int((when - first) // DAY) in skipped_days:
            when += DAY
        if when > last:
            continue
        memory = memories[index]
        if memory.stability is None:
            correct = rng.random() < 0.75
        else:
            elapsed_days = int((when - memory.last_review) // DAY)
            remembered = rng.random() < (1 + recall.factor * elapsed_days / memory.stability) ** recall.decay
            correct = remembered and rng.random() >= slip
        log.append({"learner_id": learner_id, "question_id": memory.question_id, "fact_id": memory.fact_id,
                    "reviewed_at": _moment(when), "answer_given": "", "correct": correct,
                    "rating": 3 if correct else 1, "response_ms": int(rng.lognormvariate(8.8, 0.6)),
                    "counted": True, "session_id": None, "state_before": memory.snapshot(due),
                    "stability_before": memory.stability})
        if memory.stability is None:
            memory.stability = 2.3 if correct else 0.4
        elif correct:
            memory.stability *= 2.2 + rng.random()
        else:
            memory.stability = max(0.3, memory.stability * 0.25)
            memory.lapses += 1
        memory.difficulty = min(10.0, max(1.0, memory.difficulty + (-0.3 if correct else 0.9)))
        memory.last_review, memory.reps = when, memory.reps + 1
        heapq.heappush(heap, (when + DAY * max(memory.stability, 0.25), index))
    if practice_share:
        log.extend(_practice_runs(memories, learner_id, first, last, skipped_days, practice_share, rng))
        log.sort(key=lambda row: row["reviewed_at"])
    next_due = {index: due for due, index in heap}
    states = [{"learner_id": learner_id, "fact_id": m.fact_id, "state": 2 if m.stability >= 1 else 3,
               "step": None, "stability": m.stability, "difficulty": m.difficulty,
               "due": _moment(next_due.get(index, m.last_review + DAY * m.stability)),
               "last_review": _moment(m.last_review), "reps": m.reps, "lapses": m.lapses}
              for index, m in enumerate(memories) if m.last_review is not None]
    return log, states


def _practice_runs(memories: list[_Memory], learner_id: int, first: float, last: float, skipped_days: set[int],
                   share: float, rng: random.Random) -> list[dict]:
    rows = []
    for day in range(int((last - first) // DAY)):
        if day in skipped_days or rng.random() >= share:
            continue
        moment = first + day * DAY + rng.choice(STUDY_HOURS) * 3600
        for memory in rng.sample(memories, min(len(memories), rng.randint(4, 8))):
            moment += rng.randint(5, 40)
            rows.append({"learner_id": learner_id, "question_id": memory.question_id, "fact_id": memory.fact_id,
                         "reviewed_at": _moment(moment), "answer_given": "", "correct": rng.random() < 0.8,
                         "rating": 0, "response_ms": int(rng.lognormvariate(8.8, 0.6)), "counted": False,
                         "session_id": None, "state_before": None, "stability_before": None})
    return rows


def _sqlite_value(value):
    """A value as SQLAlchemy stores it in SQLite (UTC text times, JSON text), for the fast path."""
    if isinstance(value, datetime):
        return as_utc(value).strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, dict):
        return json.dumps(value)
    return value


def write_history(app: "StudyApp", learner_id: int, log: list[dict], states: list[dict]) -> None:
    """Replace the learner's scheduling state and history with ``log`` and ``states`` in one transaction.

    On SQLite the rows go straight to the driver's executemany (a million reviews in seconds);
    elsewhere through SQLAlchemy core inserts."""
    with app.session() as session:
        session.exec(delete(ReviewSlot).where(ReviewSlot.learner_id == learner_id))  # see LearnerManager.delete
        session.exec(delete(ReviewLog).where(ReviewLog.learner_id == learner_id))
        session.exec(delete(FactState).where(FactState.learner_id == learner_id))
        for table, rows in ((ReviewLog.__table__, log), (FactState.__table__, states)):
            if not rows:
                continue
            names = [name for name in rows[0]]
            if app.is_sqlite:
                sql = f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
                cursor = session.connection().connection.cursor()
                for offset in range(0, len(rows), CHUNK):
                    cursor.executemany(sql, [tuple(_sqlite_value(row[name]) for name in names)
                                             for row in rows[offset:offset + CHUNK]])
            else:
                for offset in range(0, len(rows), CHUNK):
                    session.execute(insert(table), rows[offset:offset + CHUNK])


def first_questions(app: "StudyApp", limit: int | None = None) -> list[tuple[int, int]]:
    """(fact_id, question_id) of the first active question of each fact."""
    with app.session() as session:
        from sqlalchemy import func

        query = (select(Question.fact_id, func.min(Question.id)).where(Question.status == ACTIVE)
                 .group_by(Question.fact_id).order_by(Question.fact_id))
        if limit:
            query = query.limit(limit)
        return [(int(f), int(q)) for f, q in session.exec(query).all()]


def seed_demo_history(app: "StudyApp", learner_id: int, days: int = 120, now: datetime | None = None) -> int:
    """Give a demo learner ``days`` days of simulated study of the library; returns the reviews written."""
    now = as_utc(now or app.clock.now())
    questions = first_questions(app)
    log, states = simulate(questions, learner_id, now - timedelta(days=days), now, practice_share=0.45, slip=0.08)
    write_history(app, learner_id, log, states)
    return len(log)
