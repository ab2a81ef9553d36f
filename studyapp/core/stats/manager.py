"""``app.stats``: a learner's progress, computed from the review log's quarter-hour sums
(``review_slot``) and the learner's memory states, and the export of their review history."""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable

from sqlalchemy import and_, bindparam, case, func
from sqlmodel import select

from studyapp.core.clock import as_utc
from studyapp.core.atomic_file import write_atomically
from studyapp.core.errors import InvalidInput, NotFound
from studyapp.core.spreadsheet import csv_writer
from studyapp.core.models import ACTIVE, Article, Fact, FactState, Learner, Question, ReviewLog
from studyapp.core.stats.days import StudyDays, study_days_for
from studyapp.core.stats.models import SLOT_SECONDS, ReviewSlot
from studyapp.core.stats.report import (ANSWER_TIME_CAP_MS, FORECAST_DAYS, MATURE_DAYS, Activity,
                                        ArticleMastery, ProgressReport, WeakFact)
from studyapp.core.stats.retrievability import Retrievability, sql_epoch_seconds
from studyapp.core.study.scheduling import AGAIN

REVIEW_STATE = 2  # fsrs.State.Review

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

HISTORY_FORMATS = ("csv", "json")
HISTORY_COLUMNS = ("reviewed_at", "learner", "article_id", "article_title", "fact_id", "question_id",
                   "prompt", "expected_answer", "answer_given", "correct", "rating", "response_ms",
                   "counted", "session_id")
WEAKEST_ORDERS = ("recall", "lapses")


@dataclass(frozen=True)
class _Facts:
    """Parallel numpy arrays, one entry per fact of the learner that is still asked."""

    learner_id: int
    fact_id: Any
    article_id: Any
    lapses: Any
    recall: Any  # FSRS retrievability now; 0 for a fact never reviewed or not recalled since its last lapse
    reviewed: Any  # bool: has a memory state with a last review
    recalled: Any  # bool: answered right since its last lapse (its newest counted answer was not Again)
    due_s: Any  # due time in seconds since 1970 (NaN when unknown)
    facts_per_article: dict[int, int]  # facts with an active question, by the question's article


def _numbers(connection, query, width: int, nulls: bool = True):
    """The rows of a query of numbers as a 2-D float array (NULL: NaN; ``nulls=False`` promises
    none, for a faster conversion). Read from the driver's cursor: SQLAlchemy's row objects cost
    more than the query, and numbers need no conversion."""
    import numpy

    result = connection.execute(query)
    try:
        rows = result.cursor.fetchall()
    finally:
        result.close()
    if nulls:
        return numpy.array(rows, dtype=float).reshape(len(rows), width)
    return numpy.fromiter(itertools.chain.from_iterable(rows), dtype=float, count=len(rows) * width).reshape(-1, width)


class StatsManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    def study_days(self, now: datetime | None = None) -> StudyDays:
        return study_days_for(self.app, now or self.app.clock.now())

    # The report ------------------------------------------------------------------------------
    def report(self, learner_id: int, *, now: datetime | None = None, days: StudyDays | None = None,
               weakest: int = 20) -> ProgressReport:
        """Every figure of the statistics view and of ``studyapp stats`` for one learner."""
        now = as_utc(now or self.app.clock.now())
        days = days or self.study_days(now)
        with self.app.session() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotFound(f"There is no learner with id {learner_id}.")
            activity = self._activity(session, learner_id, days)
            facts = self._facts(session, learner_id, now)
            due = self._due_forecast(facts, days, now)
            articles = self._mastery(session, facts)
            weak = self._weakest(session, facts, weakest, "recall")
        due_now = self.app.study.counts(learner_id, now=now).due
        recalls = facts.recall[facts.reviewed]
        return ProgressReport(
            learner_id=learner_id, learner=learner.name, now=now, days=days, activity=activity,
            due_by_day=due, due_now=due_now, predicted_retention=float(recalls.mean()) if len(recalls) else None,
            facts_reviewed=int(len(recalls)), articles=articles, weakest=weak)

    def _activity(self, session, learner_id: int, days: StudyDays) -> list[Activity]:
        """The learner's activity per study day, summed from the quarter-hour slots of
        ``review_slot`` (kept exact by triggers; see ``studyapp.core.stats.models``): a few
        thousand rows instead of every review. A day that does not start on a whole quarter of an
        hour (an odd offset typed into the settings) is read from the log itself."""
        import numpy

        shift_s = days.shift_minutes * 60
        if shift_s % SLOT_SECONDS:
            return self._activity_from_log(session, learner_id, days)
        slot = ReviewSlot
        query = (select(slot.slot, slot.reviews, slot.correct, slot.study_ms, slot.mature, slot.mature_correct)
                 .where(slot.learner_id == learner_id, slot.reviews > 0).order_by(slot.slot))
        table = _numbers(session.connection(), query, 6).astype(numpy.int64)
        if not len(table):
            return []
        # A slot lies within one study day: day boundaries fall on whole slots (checked above).
        day_numbers = (table[:, 0] * SLOT_SECONDS + shift_s) // 86_400
        firsts = numpy.flatnonzero(numpy.r_[True, day_numbers[1:] != day_numbers[:-1]])
        sums = numpy.add.reduceat(table[:, 1:], firsts, axis=0).tolist()
        epoch = date(1970, 1, 1)
        return [Activity(epoch + timedelta(days=int(day_numbers[i])), *sums[n]) for n, i in enumerate(firsts)]

    def _activity_from_log(self, session, learner_id: int, days: StudyDays) -> list[Activity]:
        """The same per-day figures read from the log itself: one aggregate over the covering
        index ``ix_review_log_stats`` for each day's time range (the same SQL on every database)."""
        log = ReviewLog
        bounds = [log.learner_id == learner_id]
        first, last = session.exec(select(func.min(log.reviewed_at), func.max(log.reviewed_at)).where(*bounds)).one()
        if first is None:
            return []
        mature = and_(log.counted.is_(True), log.rating > 0, log.stability_before >= MATURE_DAYS)
        right = log.correct.is_(True)
        query = (
            select(func.count(),
                   func.sum(case((right, 1), else_=0)),
                   func.sum(case((log.response_ms > ANSWER_TIME_CAP_MS, ANSWER_TIME_CAP_MS),
                                 (log.response_ms > 0, log.response_ms), else_=0)),
                   func.sum(case((mature, 1), else_=0)),
                   func.sum(case((and_(mature, right), 1), else_=0)))
            .where(log.learner_id == learner_id, log.reviewed_at >= bindparam("start"),
                   log.reviewed_at < bindparam("end"))
        )
        # After a day without reviews, one index seek jumps to the next day with some: a sparse
        # history costs a query per study day, not per calendar day.
        next_review = select(func.min(log.reviewed_at)).where(*bounds, log.reviewed_at >= bindparam("start"))
        connection = session.connection()
        day, final = days.day_of(first), days.day_of(last)
        result = []
        while day <= final:
            start, end = days.start_of(day), days.start_of(day + timedelta(days=1))
            n, right_n, ms, mature_n, mature_right = connection.execute(query, {"start": start, "end": end}).one()
            if n:
                result.append(Activity(day, int(n), int(right_n), int(ms), int(mature_n), int(mature_right)))
                day += timedelta(days=1)
                continue
            following = connection.execute(next_review, {"start": end}).scalar()
            if following is None:
                break
            day = days.day_of(following)
        return result

    def _facts(self, session, learner_id: int, now: datetime) -> "_Facts":
        """The learner's memory of every fact that is still asked; recall, mastery, due days and
        the weakest facts are then computed with numpy (a learner with a million reviews has over a
        hundred thousand facts: one pass, no per-fact Python).

        A fact's article is its questions' article (a question is always made from a fact of its
        own article): read from the covering index ix_question_status_article_fact, that is
        cheaper than joining the fact table or filtering the states by a subquery."""
        import numpy

        connection = session.connection()
        pairs = _numbers(connection, select(Question.fact_id, Question.article_id).where(Question.status == ACTIVE),
                         2, nulls=False)
        pairs = pairs[numpy.lexsort((pairs[:, 1], pairs[:, 0]))]  # by fact id, then article id
        pairs = pairs[numpy.r_[True, (pairs[1:] != pairs[:-1]).any(axis=1)]]  # each pair once
        articles, per_article = numpy.unique(pairs[:, 1], return_counts=True)
        dialect = self.app.engine.dialect.name
        states = _numbers(connection, select(
            FactState.fact_id, FactState.lapses, FactState.stability,
            sql_epoch_seconds(FactState.last_review, dialect), sql_epoch_seconds(FactState.due, dialect),
            FactState.state)
            # In key order, SQLite reads the states along the table; unordered, it picks the due
            # index and jumps around the table for every row (twice as slow).
            .where(FactState.learner_id == learner_id).order_by(FactState.fact_id), 6)
        if not len(pairs):  # nothing is asked any more
            states = states[:0]
            pairs = numpy.zeros((1, 2))
        asked_at = numpy.minimum(numpy.searchsorted(pairs[:, 0], states[:, 0]), len(pairs) - 1)  # both by fact id
        keep = pairs[asked_at, 0] == states[:, 0]
        fact_id, lapses, stability, last_s, due_s, state = states[keep].T
        reviewed = numpy.isfinite(stability) & numpy.isfinite(last_s)
        recalled = reviewed & ((state == REVIEW_STATE) | numpy.isin(fact_id, self._recalled_learning(session, learner_id)))
        now_s = math.floor(as_utc(now).timestamp())
        elapsed = numpy.floor_divide(now_s - numpy.where(reviewed, last_s, now_s), 86_400)
        # fsrs counts whole days, so every fact reviewed today has R = 1, even one answered wrong a
        # minute ago: such a fact is not recalled until the learner gets it right again.
        recall = numpy.where(recalled, Retrievability().of_arrays(stability, elapsed), 0.0)
        return _Facts(learner_id, fact_id.astype(int), pairs[asked_at[keep], 1].astype(int), lapses.astype(int),
                      recall, reviewed, recalled, due_s, dict(zip(articles.tolist(), per_article.tolist())))

    @staticmethod
    def _recalled_learning(session, learner_id: int) -> list[int]:
        """Facts in their (re)learning steps whose newest counted answer was right. A fact in the
        Review state was answered right since its last lapse by definition (Again sends it back to
        relearning), so only the few facts in learning need their newest answer read from the log."""
        log = ReviewLog
        learning = select(FactState.fact_id).where(FactState.learner_id == learner_id,
                                                   FactState.state != REVIEW_STATE)
        newest = (select(func.max(log.id)).where(log.learner_id == learner_id, log.counted.is_(True),
                                                 log.rating > 0, log.fact_id.in_(learning))
                  .group_by(log.fact_id))
        return list(session.exec(select(log.fact_id).where(log.id.in_(newest), log.rating > AGAIN)).all())

    def _due_forecast(self, facts: "_Facts", days: StudyDays, now: datetime) -> list[int]:
        import numpy

        today = days.day_of(now)
        ends = numpy.array([days.start_of(today + timedelta(days=i + 1)).timestamp() for i in range(FORECAST_DAYS)])
        due = facts.due_s[numpy.isfinite(facts.due_s)]
        buckets = numpy.searchsorted(ends, due, side="right")  # bucket i: due before the end of day i
        return numpy.bincount(buckets[buckets < FORECAST_DAYS], minlength=FORECAST_DAYS).astype(int).tolist()

    def _mastery(self, session, facts: "_Facts") -> list[ArticleMastery]:
        import numpy

        totals = facts.facts_per_article
        target = self.app.study.settings(facts.learner_id).desired_retention
        ids, counts = numpy.unique(facts.article_id[facts.recalled & (facts.recall > target)], return_counts=True)
        mastered = dict(zip(ids.tolist(), counts.tolist()))
        articles = session.exec(select(Article.id, Article.title).order_by(func.lower(Article.title), Article.id)).all()
        return [ArticleMastery(article_id, title, int(totals.get(article_id, 0)), int(mastered.get(article_id, 0)))
                for article_id, title in articles]

    def _weakest(self, session, facts: "_Facts", limit: int, order: str) -> list[WeakFact]:
        import numpy

        if order not in WEAKEST_ORDERS:
            raise InvalidInput(f"Order the weakest facts by one of: {', '.join(WEAKEST_ORDERS)}.")
        candidates = numpy.flatnonzero(facts.reviewed)
        keys = ((facts.fact_id, -facts.lapses, facts.recall) if order == "recall"
                else (facts.fact_id, facts.recall, -facts.lapses))  # numpy.lexsort: the last key sorts first
        if 0 < limit < len(candidates):  # sort only the facts that can be among the first `limit`
            first_key = keys[-1][candidates]
            candidates = candidates[first_key <= numpy.partition(first_key, limit - 1)[limit - 1]]
        chosen = candidates[numpy.lexsort(tuple(k[candidates] for k in keys))][:limit].tolist()
        if not chosen:
            return []
        ids = [int(facts.fact_id[i]) for i in chosen]
        first_question = (
            select(Question.fact_id, func.min(Question.id).label("qid"))
            .where(Question.fact_id.in_(ids), Question.status == ACTIVE)
            .group_by(Question.fact_id)
            .subquery()
        )
        details = {
            row[0]: row[1:]
            for row in session.exec(
                select(Fact.id, Fact.article_id, Article.title, Question.prompt, Fact.answer, FactState.reps)
                .join(Article, Article.id == Fact.article_id)
                .join(first_question, first_question.c.fact_id == Fact.id)
                .join(Question, Question.id == first_question.c.qid)
                .join(FactState, and_(FactState.fact_id == Fact.id, FactState.learner_id == facts.learner_id))
            ).all()
        }
        weak = []
        for i in chosen:
            fact_id = int(facts.fact_id[i])
            if fact_id in details:
                article_id, title, prompt, answer, reps = details[fact_id]
                weak.append(WeakFact(fact_id, article_id, title, prompt, answer, int(facts.lapses[i]), reps,
                                     float(facts.recall[i])))
        return weak

    # Smaller questions the views ask -------------------------------------------------------
    def mastery(self, learner_id: int, now: datetime | None = None) -> dict[int, ArticleMastery]:
        """Mastery per article id (the library's column)."""
        now = as_utc(now or self.app.clock.now())
        with self.app.session() as session:
            return {m.article_id: m for m in self._mastery(session, self._facts(session, learner_id, now))}

    def weakest_facts(self, learner_id: int, limit: int = 20, order: str = "recall",
                      now: datetime | None = None) -> list[WeakFact]:
        """The facts the learner is most likely to have forgotten ("recall"), or has forgotten most
        often ("lapses")."""
        now = as_utc(now or self.app.clock.now())
        with self.app.session() as session:
            return self._weakest(session, self._facts(session, learner_id, now), limit, order)

    # Export -------------------------------------------------------------------------------------
    def history_rows(self, learner_id: int) -> Iterable[dict]:
        """The learner's review log, oldest first, one dict per review (``HISTORY_COLUMNS``)."""
        log = ReviewLog
        query = (
            select(log.reviewed_at, Learner.name, Fact.article_id, Article.title, log.fact_id, log.question_id,
                   Question.prompt, Question.answer, log.answer_given, log.correct, log.rating,
                   log.response_ms, log.counted, log.session_id)
            .join(Learner, Learner.id == log.learner_id)
            .join(Fact, Fact.id == log.fact_id)
            .join(Article, Article.id == Fact.article_id)
            .outerjoin(Question, Question.id == log.question_id)
            .where(log.learner_id == learner_id)
            .order_by(log.reviewed_at, log.id)
        )
        with self.app.session() as session:
            for row in session.execute(query.execution_options(yield_per=5000)):
                record = dict(zip(HISTORY_COLUMNS, row))
                record["reviewed_at"] = as_utc(record["reviewed_at"]).isoformat()
                record["correct"], record["counted"] = bool(record["correct"]), bool(record["counted"])
                yield record

    def export_history(self, learner_id: int, path: str | Path, fmt: str | None = None) -> int:
        """Write the learner's review history to ``path`` as CSV or JSON; returns the number of reviews.

        The file is written beside the target and renamed into place, so a failure never leaves a
        half-written export (nor destroys an older file of the same name)."""
        path = Path(path)
        fmt = (fmt or path.suffix.lstrip(".")).lower()
        if fmt not in HISTORY_FORMATS:
            raise InvalidInput(f"Export the history as {' or '.join(HISTORY_FORMATS)} "
                               f"(give --format or a file name ending in .csv or .json).")
        if not path.parent.is_dir():
            raise InvalidInput(f"The folder {path.parent} does not exist.")
        with self.app.session() as session:
            if session.get(Learner, learner_id) is None:
                raise NotFound(f"There is no learner with id {learner_id}.")
        count = 0

        def write(temporary: Path) -> None:
            nonlocal count
            with open(temporary, "w", encoding="utf-8", newline="") as out:
                if fmt == "csv":
                    writer = csv_writer(out)
                    writer.writerow(HISTORY_COLUMNS)
                    for record in self.history_rows(learner_id):
                        writer.writerow([record[column] for column in HISTORY_COLUMNS])
                        count += 1
                else:
                    out.write("[")
                    for record in self.history_rows(learner_id):
                        out.write(",\n " if count else "\n ")
                        out.write(json.dumps(record, ensure_ascii=False))
                        count += 1
                    out.write("\n]\n" if count else "]\n")

        write_atomically(path, write)
        return count
