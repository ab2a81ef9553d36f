"""Self-study: the next card to show, answering it (checked, scheduled with FSRS, logged and
committed in one short transaction) and undoing the last answer.

The loop is scriptable without the GUI::

    card = app.study.next_card(learner_id)
    outcome = app.study.answer(learner_id, card.question_id, "1945", 4200, form=card.form)

Concurrency: ``answer`` reads and writes one learner's ``FactState`` row inside a single
transaction; on PostgreSQL the row is locked (``SELECT ... FOR UPDATE``), on SQLite the write lock
is taken by the first write and held to the commit. Different learners touch different rows, so a
class of 30 answering at once never overwrites each other's state.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Iterable

from sqlalchemy import and_, bindparam, exists, func, literal
from sqlalchemy.orm import aliased
from sqlmodel import select

from studyapp.core.clock import as_utc
from studyapp.core.errors import InvalidInput, NotFound
from studyapp.core.importing.normalise import normalise_text
from studyapp.core.models import ACTIVE, Article, Fact, FactState, Question, ReviewLog
from studyapp.core.study import scheduling
from studyapp.core.study.answer_check import check_answer, normalize
from studyapp.core.study.due import COUNT_CAP, due_text
from studyapp.core.study.read_ahead import (DEFAULT_NEW_PER_DAY, DEFAULT_RETENTION, NEW_PER_DAY_KEY,  # noqa: F401
                                            RETENTION_KEY, SELF_GRADING_KEY, TYPED_FIRST_KEY, ReadAhead,
                                            StudySettings, read_ahead, setting_rows, settings_from_rows)
from studyapp.core.study.scheduling import CHOICE, CLOZE, ORDERING, TRUEFALSE, TYPED

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

RETENTION_RANGE, NEW_PER_DAY_RANGE = (0.70, 0.97), (0, 9999)
LEARN_AHEAD = timedelta(minutes=20)  # when nothing else is left, a fact in its learning steps may come early
DAY_STARTS_AT_HOUR = 4  # local time: a late-night session still belongs to the day before
ORDER_SEPARATOR = " → "
MAX_OPTIONS = 4
CANDIDATES = 8  # facts looked at for siblings answered today before the full check
NEW_COUNT_CAP = 200  # new facts looked for when counting those left for today


@dataclass
class StudyCard:
    """One question to show, in the form chosen for its fact."""

    question_id: int
    fact_id: int
    article_id: int
    article_title: str
    form: str  # choice, typed, cloze, truefalse, ordering
    prompt: str
    options: list[str] = field(default_factory=list)  # choice: key + wrong ones, shuffled; ordering: items
    answer_type: str = ""
    reason: str = "new"  # new, due, learning (early), practice
    due: datetime | None = None
    stability: float | None = None


@dataclass
class AnswerOutcome:
    correct: bool
    near_miss: bool
    expected: str
    given: str
    rating: int  # stored rating: 0 when the answer did not count for scheduling
    question_id: int
    fact_id: int
    article_id: int
    source_sentence: str
    source_start: int
    source_end: int
    due: datetime | None  # when the fact is due next (None for a new fact after undo)
    review_id: int | None
    counted: bool = True
    form: str = ""
    accepted: list[str] = field(default_factory=list)
    # Self-grading: how long until the fact comes again for each grade (1-4), computed by fsrs
    # for this fact now; shown on the Again / Hard / Good / Easy buttons.
    intervals: dict[int, timedelta] = field(default_factory=dict)


@dataclass(frozen=True)
class StudyCounts:
    due: int  # facts due now (capped at COUNT_CAP)
    new_left: int  # new facts that may still be introduced today
    next_due: datetime | None  # the earliest future review

    @property
    def due_text(self) -> str:
        """The due count as the header, the statistics and the command line print it."""
        return due_text(self.due)



@dataclass(frozen=True)
class SourceContext:
    """The paragraph around a question's source sentence, for showing it highlighted."""

    title: str
    paragraph: str
    start: int  # offsets of the sentence within ``paragraph``
    end: int


class StudyManager:
    def __init__(self, app: "StudyApp"):
        self.app = app
        # Undo records: (owner, learner) -> ids of the answers that owner gave, oldest first. Two
        # windows on one learner each take back only their own answers (Ctrl+Z in one window took
        # back the answer given in the other).
        self._given_by: dict[tuple[str, int], list[int]] = {}
        self._undo_lock = threading.Lock()

    # Settings ------------------------------------------------------------------------------
    def settings(self, learner_id: int = 0) -> StudySettings:
        """The learner's study settings; those a learner has not set come from the program-wide ones."""
        with self.app.session() as session:
            return self._settings_in(session, learner_id)

    @staticmethod
    def _settings_in(session, learner_id: int) -> StudySettings:
        return settings_from_rows(setting_rows(session, [learner_id]), learner_id)

    @staticmethod
    def read_ahead(session, learner_ids: Iterable[int], fact_ids: Iterable[int]) -> ReadAhead:
        """For ``record``'s ``ahead``: a batch's settings and scheduling rows in two statements."""
        return read_ahead(session, learner_ids, fact_ids)

    def save_settings(self, learner_id: int, *, desired_retention: float | None = None,
                      new_per_day: int | None = None, self_grading: bool | None = None,
                      typed_first: bool | None = None) -> StudySettings:
        """Validate and store study settings (learner_id 0: for everybody)."""
        if desired_retention is not None:
            low, high = RETENTION_RANGE
            if not low <= float(desired_retention) <= high:
                raise InvalidInput(f"Desired retention must be between {low:.0%} and {high:.0%}.")
            self.app.settings.set(RETENTION_KEY, round(float(desired_retention), 3), learner_id=learner_id)
        if new_per_day is not None:
            low, high = NEW_PER_DAY_RANGE
            if not low <= int(new_per_day) <= high:
                raise InvalidInput(f"The daily limit of new facts must be between {low} and {high}.")
            self.app.settings.set(NEW_PER_DAY_KEY, int(new_per_day), learner_id=learner_id)
        if self_grading is not None:
            self.app.settings.set(SELF_GRADING_KEY, bool(self_grading), learner_id=learner_id)
        if typed_first is not None:
            self.app.settings.set(TYPED_FIRST_KEY, bool(typed_first), learner_id=learner_id)
        return self.settings(learner_id)

    # Choosing what to ask -------------------------------------------------------------------
    def next_card(self, learner_id: int, *, article_id: int | None = None, fact_ids: Iterable[int] | None = None,
                  practice: bool = False, avoid_fact_id: int | None = None) -> StudyCard | None:
        """The next question: due reviews first (most overdue first), then new facts within the daily
        limit, then facts in their learning steps that are due within a few minutes.

        ``practice`` (a run the learner started on an article or a list of facts) ignores due dates
        and the new-fact limit: every fact in ``fact_ids``/``article_id`` comes in turn, the one due
        soonest first. ``avoid_fact_id`` (the fact just answered) comes again only if nothing else is left.
        """
        now = self.app.clock.now()
        wanted = list(fact_ids) if fact_ids is not None else None
        if wanted is not None and not wanted:
            return None
        with self.app.session() as session:
            active = exists().where(Question.fact_id == FactState.fact_id, Question.status == ACTIVE)
            scope = _scope(article_id, wanted)
            settings = self._settings_in(session, learner_id)
            typed_first = settings.typed_first
            if practice:
                waiting = self.waiting_facts(session, learner_id, now, among=wanted)
                picked = self._practice_pick(session, learner_id, article_id, wanted, avoid_fact_id, waiting)
                return self._card(session, learner_id, picked, "practice", now, typed_first=typed_first) \
                    if picked else None
            due_rows = self._fresh(session, learner_id, now, FactState.fact_id, select(FactState.fact_id).where(
                FactState.learner_id == learner_id, FactState.due <= now, active, *scope(FactState.fact_id))
                .order_by(FactState.due))
            # A due review beats a new fact even when it is the fact just answered.
            picked = _first_not(due_rows, avoid_fact_id) or (due_rows[0] if due_rows else None)
            if picked:
                return self._card(session, learner_id, picked, "due", now, typed_first=typed_first)
            if self._new_today(session, learner_id, now) < settings.new_per_day:
                candidates = self._new_facts(session, learner_id, scope, limit=CANDIDATES)
                waiting = self.waiting_facts(session, learner_id, now, among=candidates) if candidates else set()
                if candidates and len(waiting) == len(candidates) == CANDIDATES:  # look past a run of them
                    waiting = self.waiting_facts(session, learner_id, now)
                    candidates = self._new_facts(session, learner_id, scope, limit=2, waiting=waiting)
                picked = _first_not([f for f in candidates if f not in waiting], avoid_fact_id)
                if picked:
                    return self._card(session, learner_id, picked, "new", now, typed_first=typed_first)
            soon = self._fresh(session, learner_id, now, FactState.fact_id, select(FactState.fact_id).where(
                FactState.learner_id == learner_id, FactState.due <= now + LEARN_AHEAD, FactState.state != 2,
                active, *scope(FactState.fact_id)).order_by(FactState.due))
            picked = _first_not(soon, avoid_fact_id)
            if picked:
                return self._card(session, learner_id, picked, "learning", now, typed_first=typed_first)
            # Only the fact just answered is left: ask it again rather than stop.
            if soon:
                return self._card(session, learner_id, soon[0], "learning", now, typed_first=typed_first)
            return None

    def _fresh(self, session, learner_id: int, now: datetime, column, query) -> list[int]:
        """The first two fact ids of ``query`` that do not wait for tomorrow. Only the first few
        candidates are checked (the full set of waiting facts costs more than the whole choice)."""
        rows = session.exec(query.limit(CANDIDATES)).all()
        waiting = self.waiting_facts(session, learner_id, now, among=rows) if rows else set()
        fresh = [fact_id for fact_id in rows if fact_id not in waiting]
        if not fresh and len(rows) == CANDIDATES:
            waiting = self.waiting_facts(session, learner_id, now)
            fresh = session.exec(query.where(column.not_in(waiting)).limit(2)).all()
        return fresh[:2]

    @staticmethod
    def waiting_facts(session, learner_id: int, now: datetime, among: Iterable[int] | None = None) -> set[int]:
        """Facts that wait until the next study day (Anki buries siblings): those that share a
        source sentence with a fact answered today, other than the facts answered today themselves.
        Their questions, or the feedback's highlighted sentence, would give each other's answers away.
        An answer counts when it was scheduled (a practice run not counted buries nothing).
        ``among``: only these facts are looked at."""
        params = {"learner": learner_id, "since": day_start(now)}
        if among is None:
            return set(session.execute(_WAITING_FACTS, params).scalars())
        return set(session.execute(_WAITING_AMONG, {**params, "among": list(among)}).scalars())

    def card_for_question(self, learner_id: int, question_id: int, form: str | None = None,
                          reason: str = "due") -> StudyCard:
        """A card for one question (after undo the same question is asked again, in the same form)."""
        with self.app.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise NotFound(f"There is no question with id {question_id}.")
            return self._card(session, learner_id, question.fact_id, reason, self.app.clock.now(),
                              only=(question_id, form), typed_first=self._settings_in(session, learner_id).typed_first)

    def counts(self, learner_id: int, *, now: datetime | None = None) -> StudyCounts:
        """The one source of "due" figures: the study header, the statistics and ``studyapp stats``
        all show this count of facts due now (with an active question)."""
        now = as_utc(now or self.app.clock.now())
        with self.app.session() as session:
            active = exists().where(Question.fact_id == FactState.fact_id, Question.status == ACTIVE)
            due_ids = (select(FactState.fact_id).where(FactState.learner_id == learner_id, FactState.due <= now, active)
                       .limit(COUNT_CAP).subquery())
            due = session.exec(select(func.count()).select_from(due_ids)).one()
            next_due = session.exec(select(FactState.due).where(FactState.learner_id == learner_id,
                                                                FactState.due > now, active)
                                    .order_by(FactState.due).limit(1)).first()
            limit = self._settings_in(session, learner_id).new_per_day
            left = max(0, limit - self._new_today(session, learner_id, now))
            wanted = min(left, NEW_COUNT_CAP)
            available = len(self._new_facts(session, learner_id, _scope(None, None), limit=wanted)) if wanted else 0
        # Finding NEW_COUNT_CAP new facts is enough to say the day's limit can be met.
        new_left = left if available >= NEW_COUNT_CAP else min(left, available)
        return StudyCounts(due, new_left, as_utc(next_due) if next_due else None)

    def fact_ids(self, *, article_id: int | None = None) -> list[int]:
        """Facts with an active question, in reading order: the facts of a "study this article" run."""
        with self.app.session() as session:
            query = (select(Question.fact_id, func.min(Question.source_start).label("at"))
                     .where(Question.status == ACTIVE).group_by(Question.fact_id).order_by("at", Question.fact_id))
            if article_id is not None:
                query = query.where(Question.article_id == article_id)
            return [fact_id for fact_id, _ in session.exec(query).all()]

    def source_context(self, article_id: int, start: int, end: int) -> SourceContext:
        """The paragraph around ``text[start:end]`` of an article."""
        with self.app.session() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise NotFound(f"There is no article with id {article_id}.")
            text = article.text
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        begin = text.rfind("\n", 0, start) + 1
        finish = text.find("\n", end)
        finish = len(text) if finish < 0 else finish
        return SourceContext(article.title, text[begin:finish], start - begin, end - begin)

    # Answering ------------------------------------------------------------------------------
    def answer(self, learner_id: int, question_id: int, answer_given: str, response_ms: int, *,
               self_rating: int | None = None, counted: bool = True, session_id: int | None = None,
               form: str | None = None, owner: str | None = None) -> AnswerOutcome:
        """Check an answer, schedule the fact (when ``counted``), log it, and commit: all in one transaction.

        ``form`` is the form the question was shown in (``StudyCard.form``); a choice, true/false or
        ordering answer must match exactly, a typed one is checked leniently. ``owner`` (a window's
        token) records the answer as that owner's, for ``undo_last(..., owner=...)``."""
        with self.app.session() as session:
            outcome = self.record(session, learner_id, question_id, answer_given, response_ms,
                                  self_rating=self_rating, counted=counted, session_id=session_id, form=form)
        if owner is not None:  # after the commit: only an answer on disk can be taken back
            with self._undo_lock:
                self._given_by.setdefault((owner, learner_id), []).append(outcome.review_id)
        return outcome

    def record(self, session, learner_id: int, question_id: int, answer_given: str, response_ms: int, *,
               self_rating: int | None = None, counted: bool = True, session_id: int | None = None,
               form: str | None = None, ahead: ReadAhead | None = None) -> AnswerOutcome:
        """``answer`` inside the caller's transaction (a class answer and its review commit together).
        With ``ahead`` (a batch of answers), settings and scheduling rows come from it, and nothing
        is written until the caller's transaction flushes: the outcome carries no review id."""
        if self_rating is not None and self_rating not in (1, 2, 3, 4):
            raise InvalidInput("A self-grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).")
        given = normalise_text(str(answer_given or ""))[:1000]  # a NUL failed on PostgreSQL
        response_ms = max(0, int(response_ms))
        now = self.app.clock.now()
        if counted:
            settings = ahead.settings[learner_id] if ahead is not None else self._settings_in(session, learner_id)
        question = session.get(Question, question_id)
        if question is None:
            raise NotFound(f"There is no question with id {question_id}; it may have been deleted.")
        form = form or _default_form(question)
        correct, near_miss = judge(question, given, form)
        rating = self_rating or scheduling.auto_rating(correct, near_miss, response_ms, form)
        if ahead is not None:
            row = ahead.states.get((learner_id, question.fact_id))
        else:
            row = session.exec(select(FactState).where(FactState.learner_id == learner_id,
                                                       FactState.fact_id == question.fact_id)
                               .with_for_update()).first()
        before = scheduling.snapshot(row)
        if counted:
            card = scheduling.review(scheduling.card_from_row(question.fact_id, row), rating, now,
                                     settings.desired_retention)
            if row is None:
                row = FactState(learner_id=learner_id, fact_id=question.fact_id, due=card.due)
            lapsed = rating == scheduling.AGAIN and row.state == 2
            row.state, row.step = int(card.state), card.step
            row.stability, row.difficulty = card.stability, card.difficulty
            row.due, row.last_review = card.due, card.last_review
            row.reps, row.lapses = row.reps + 1, row.lapses + (1 if lapsed else 0)
            session.add(row)
            if ahead is not None:
                ahead.states[(learner_id, question.fact_id)] = row
        log = ReviewLog(learner_id=learner_id, question_id=question_id, fact_id=question.fact_id,
                        reviewed_at=now, answer_given=given, correct=correct,
                        rating=rating if counted else 0, response_ms=response_ms, counted=counted,
                        session_id=session_id, state_before=before)
        if ahead is None:
            session.add(log)
            session.flush()
        else:
            ahead.logs.append(log)
        return _outcome(question, log, given, near_miss, row.due if row is not None else None, form)

    def preview(self, question_id: int, answer_given: str, form: str | None = None, *,
                learner_id: int | None = None) -> AnswerOutcome:
        """Check an answer without recording it (self-grading shows the answer before the grade),
        with the interval each grade would give the learner's fact now."""
        now = self.app.clock.now()
        with self.app.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise NotFound(f"There is no question with id {question_id}; it may have been deleted.")
            form = form or _default_form(question)
            correct, near_miss = judge(question, str(answer_given or ""), form)
            log = ReviewLog(learner_id=0, question_id=question_id, fact_id=question.fact_id,
                            reviewed_at=now, correct=correct, rating=0)
            outcome = _outcome(question, log, str(answer_given or ""), near_miss, None, form)
            if learner_id is not None:
                row = session.get(FactState, (learner_id, question.fact_id))
                outcome.intervals = self._intervals(question.fact_id, row, now, learner_id)
            return outcome

    def _intervals(self, fact_id: int, row: FactState | None, now: datetime, learner_id: int) -> dict[int, timedelta]:
        retention = self.settings(learner_id).desired_retention
        card = scheduling.card_from_row(fact_id, row)
        return {rating: scheduling.review(card, rating, now, retention).due - as_utc(now)
                for rating in (scheduling.AGAIN, scheduling.HARD, scheduling.GOOD, scheduling.EASY)}

    def undo_last(self, learner_id: int, *, owner: str | None = None) -> AnswerOutcome | None:
        """Take back the learner's newest answer: its log row goes and the fact's scheduling state
        is restored exactly as it was. Answers given in class are not undone here (None).

        With ``owner``, the newest answer that owner gave (``answer(..., owner=...)``) instead; None
        when it has none left, or when the same fact was answered since elsewhere (restoring the state
        from before would wipe that answer out)."""
        with self._undo_lock:
            mine = list(self._given_by.get((owner, learner_id), [])) if owner is not None else None
        with self.app.session() as session:
            query = select(ReviewLog).where(ReviewLog.learner_id == learner_id)
            if mine is not None:
                if not mine:
                    return None
                query = query.where(ReviewLog.id == mine[-1])
            log = session.exec(query.order_by(ReviewLog.id.desc()).limit(1).with_for_update()).first()
            if mine is not None:
                with self._undo_lock:
                    self._given_by[(owner, learner_id)].remove(mine[-1])
                if log is None or self._answered_since(session, log):
                    return None
            if log is None or log.session_id is not None:
                return None
            row = session.exec(select(FactState).where(FactState.learner_id == learner_id,
                                                       FactState.fact_id == log.fact_id).with_for_update()).first()
            due = row.due if row is not None else None
            if log.counted:
                if not log.state_before:
                    if row is not None:
                        session.delete(row)
                    due = None
                else:
                    values = scheduling.restore_values(log.state_before)
                    if row is None:
                        row = FactState(learner_id=learner_id, fact_id=log.fact_id, **values)
                    else:
                        for name, value in values.items():
                            setattr(row, name, value)
                    session.add(row)
                    due = values["due"]
            question = session.get(Question, log.question_id)
            outcome = _outcome(question, log, log.answer_given, False, due, "")
            outcome.review_id = None
            session.delete(log)
            return outcome

    @staticmethod
    def _answered_since(session, log: ReviewLog) -> bool:
        return session.exec(select(ReviewLog.id).where(ReviewLog.learner_id == log.learner_id,
                                                       ReviewLog.fact_id == log.fact_id,
                                                       ReviewLog.id > log.id).limit(1)).first() is not None

    def last_undoable(self, learner_id: int, *, owner: str | None = None) -> bool:
        """Whether ``undo_last`` has something to take back."""
        if owner is not None:
            with self._undo_lock:
                return bool(self._given_by.get((owner, learner_id)))
        with self.app.session() as session:
            newest = session.exec(select(ReviewLog.id, ReviewLog.session_id).where(ReviewLog.learner_id == learner_id)
                                  .order_by(ReviewLog.id.desc()).limit(1)).first()
        return newest is not None and newest[1] is None

    # Internals -----------------------------------------------------------------------------
    def _new_today(self, session, learner_id: int, now: datetime) -> int:
        """New facts introduced today: counted reviews of a fact that had no memory yet."""
        return session.exec(select(func.count()).select_from(ReviewLog).where(
            ReviewLog.learner_id == learner_id, ReviewLog.reviewed_at >= day_start(now),
            ReviewLog.counted.is_(True), ReviewLog.stability_before.is_(None))).one()

    @staticmethod
    def _new_facts(session, learner_id: int, scope, limit: int, waiting: set[int] = frozenset()) -> list[int]:
        known = exists().where(FactState.learner_id == learner_id, FactState.fact_id == Question.fact_id)
        fresh = [Question.fact_id.not_in(waiting)] if waiting else []
        rows = session.exec(select(Question.fact_id).where(Question.status == ACTIVE, ~known, *fresh,
                                                           *scope(Question.fact_id))
                            .order_by(Question.fact_id).limit(limit * 6)).all()
        return list(dict.fromkeys(rows))[:limit]  # a fact has several questions

    @staticmethod
    def _practice_pick(session, learner_id: int, article_id: int | None, wanted: list[int] | None,
                       avoid: int | None, waiting: set[int] = frozenset()) -> int | None:
        """The fact due soonest; siblings of facts answered today come after every other fact."""
        scope = _scope(article_id, wanted)
        due = func.min(FactState.due)
        later = Question.fact_id.in_(waiting) if waiting else literal(False)
        rows = session.exec(select(Question.fact_id)
                            .outerjoin(FactState, and_(FactState.fact_id == Question.fact_id,
                                                       FactState.learner_id == learner_id))
                            .where(Question.status == ACTIVE, *scope(Question.fact_id))
                            .group_by(Question.fact_id)
                            .order_by(later, due.is_(None), due, Question.fact_id)
                            .limit(2)).all()
        return _first_not(rows, avoid) or (rows[0] if rows else None)

    def _card(self, session, learner_id: int, fact_id: int, reason: str, now: datetime,
              only: tuple[int, str | None] | None = None, typed_first: bool = False) -> StudyCard | None:
        questions = session.exec(select(Question).where(Question.fact_id == fact_id, Question.status == ACTIVE)
                                 .order_by(Question.id)).all()
        if only is not None:
            questions = [q for q in questions if q.id == only[0]] or [session.get(Question, only[0])]
        if not questions:
            return None
        state = session.get(FactState, (learner_id, fact_id))
        stability = state.stability if state is not None else None
        last_asked = dict(session.exec(
            select(ReviewLog.question_id, func.max(ReviewLog.reviewed_at))
            # "+ 0" keeps SQLite on the question index: on the learner's index it read the learner's
            # whole log (465 ms on a 100,000-question bank with half a year of history).
            .where(ReviewLog.learner_id + 0 == learner_id, ReviewLog.question_id.in_([q.id for q in questions]))
            .group_by(ReviewLog.question_id)).all())
        last_asked = {qid: as_utc(when) for qid, when in last_asked.items()}
        today = day_start(now)
        asked_today = [q for q in questions if q.id in last_asked and last_asked[q.id] >= today]
        if only is None and asked_today:
            # A fact in its learning steps comes back in the question it was answered in today:
            # its other forms wait for another day (the feedback just showed their answer).
            questions = [max(asked_today, key=lambda q: last_asked[q.id])]
        if only is not None and only[1]:
            question_id, form = only
        else:
            picked = scheduling.choose_form([(q.id, q.kind, bool(q.choices)) for q in questions],
                                            stability, last_asked,
                                            typed_first=typed_first)
            if picked is None:
                return None
            question_id, form = picked
        question = next(q for q in questions if q.id == question_id)
        title = session.exec(select(Article.title).where(Article.id == question.article_id)).first() or ""
        # Shuffled the same way for the same review, differently the next time.
        rng = random.Random(f"{learner_id}:{question.id}:{state.reps if state else 0}")
        return StudyCard(question_id=question.id, fact_id=fact_id, article_id=question.article_id,
                         article_title=title, form=form, prompt=question.prompt,
                         options=_options(question, form, rng), answer_type=question.answer_type,
                         reason=reason, due=as_utc(state.due) if state else None, stability=stability)


def _waiting_facts_query():
    """Built once: building the aliased join on every call cost more than running it. "Answered
    today" reads the memory state's last review (a primary-key lookup per sibling) rather than the
    day's log."""
    seen, seen_state, own_state = aliased(Fact), aliased(FactState), aliased(FactState)
    answered_own = exists().where(own_state.learner_id == bindparam("learner"), own_state.fact_id == Fact.id,
                                  own_state.last_review >= bindparam("since"))
    return (select(Fact.id).distinct()
            .join(seen, and_(seen.article_id == Fact.article_id, seen.id != Fact.id,
                             Fact.sentence_start < seen.sentence_end, Fact.sentence_end > seen.sentence_start))
            .join(seen_state, and_(seen_state.learner_id == bindparam("learner"), seen_state.fact_id == seen.id,
                                   seen_state.last_review >= bindparam("since")))
            .where(~answered_own))


_WAITING_FACTS = _waiting_facts_query()
_WAITING_AMONG = _WAITING_FACTS.where(Fact.id.in_(bindparam("among", expanding=True)))


def _options(question: Question, form: str, rng: random.Random) -> list[str]:
    if form == CHOICE:
        wrong = list(question.choices)[:MAX_OPTIONS - 1]
        options = [question.answer, *wrong]
        rng.shuffle(options)
        return options
    if form == TRUEFALSE:
        return ["True", "False"]
    if form == ORDERING:
        items = list(question.extra.get("items") or question.answer.split(ORDER_SEPARATOR.strip()))
        items = [item.strip() for item in items]
        shuffled = items[:]
        for _ in range(5):  # never show the order already solved
            rng.shuffle(shuffled)
            if shuffled != items or len(items) < 2:
                break
        return shuffled
    return []


def _default_form(question: Question) -> str:
    return {"truefalse": TRUEFALSE, "ordering": ORDERING, "cloze": CLOZE}.get(question.kind, TYPED)


def judge(question: Question, given: str, form: str) -> tuple[bool, bool]:
    """(correct, near miss) of an answer to a question shown in ``form``."""
    if form == ORDERING:
        expected = question.extra.get("items") or question.answer.split(ORDER_SEPARATOR.strip())
        said = [normalize(part) for part in given.split(ORDER_SEPARATOR.strip())]
        return said == [normalize(item) for item in expected], False
    if form in (CHOICE, TRUEFALSE):
        said = normalize(given)
        return said in {normalize(a) for a in [question.answer, *question.accepted]}, False
    said = normalize(given)
    if said and said in {normalize(choice) for choice in question.choices}:
        return False, False  # one of the wrong choices, however close it is to the answer
    result = check_answer(given, question.answer, question.accepted, question.answer_type)
    return result.correct, result.near_miss


def _outcome(question: Question, log: ReviewLog, given: str, near_miss: bool, due: datetime | None,
             form: str) -> AnswerOutcome:
    return AnswerOutcome(correct=log.correct, near_miss=near_miss, expected=question.answer, given=given,
                         rating=log.rating, question_id=question.id, fact_id=question.fact_id,
                         article_id=question.article_id, source_sentence=question.source_sentence,
                         source_start=question.source_start, source_end=question.source_end,
                         due=as_utc(due) if due else None, review_id=log.id, counted=log.counted, form=form,
                         accepted=list(question.accepted))


def _first_not(rows, avoid: int | None) -> int | None:
    for fact_id in rows:
        if fact_id != avoid:
            return fact_id
    return None


def _scope(article_id: int | None, fact_ids: list[int] | None):
    """Conditions limiting a query on a fact id column to an article or a list of facts."""
    def conditions(column):
        found = []
        if fact_ids is not None:
            found.append(column.in_(fact_ids))
        if article_id is not None:
            found.append(exists().where(Fact.id == column, Fact.article_id == article_id))
        return found
    return conditions


def day_start(now: datetime) -> datetime:
    """The start of the learner's study day (4 a.m. local time) that ``now`` falls in, in UTC."""
    local = as_utc(now).astimezone()
    start = local.replace(hour=DAY_STARTS_AT_HOUR, minute=0, second=0, microsecond=0)
    if local < start:
        start -= timedelta(days=1)
    return as_utc(start)
