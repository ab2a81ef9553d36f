"""The study loop of one window, without Qt: what is on screen (the phase, the card, the outcome),
the practice run, and the background steps that answer, fetch the next card and undo.

The steps (``fetch``, ``record``, ``preview``, ``undo``) read only their arguments and the core, so
a window runs them on a worker thread; the transitions (``show``, ``answered``, ...) run where the
window lives and change the state. ``tests/core/study/test_session.py`` drives the whole loop.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import Callable

from studyapp.core.study.manager import AnswerOutcome, SourceContext, StudyCard, StudyCounts, StudyManager

STALE_AFTER_S = 60.0  # a next card fetched longer ago than this is fetched again


class Phase(Enum):
    IDLE = "idle"  # nothing loaded yet
    LOADING = "loading"  # fetching a card (or undoing)
    QUESTION = "question"  # a card waits for an answer
    CHECKING = "checking"  # the answer is being recorded
    FEEDBACK = "feedback"  # the verdict, the answer and the source are shown
    EMPTY = "empty"  # nothing left to study (or a practice run finished)

    @property
    def busy(self) -> bool:
        return self in (Phase.LOADING, Phase.CHECKING)


@dataclass(frozen=True)
class Miss:
    """A question of a practice run answered wrong: the summary lists them."""

    fact_id: int
    prompt: str
    expected: str
    given: str


@dataclass
class PracticeRun:
    """A run the learner started on an article or on chosen facts: each fact once."""

    label: str
    remaining: list[int]
    counted: bool
    total: int = 0
    right: int = 0
    done: list[int] = field(default_factory=list)
    misses: list[Miss] = field(default_factory=list)

    @classmethod
    def start(cls, label: str, fact_ids: list[int], counted: bool) -> "PracticeRun":
        remaining = list(dict.fromkeys(fact_ids))
        return cls(label, remaining, counted, total=len(remaining))

    def without(self, fact_id: int) -> "PracticeRun":
        """A copy without ``fact_id``: what the next card is chosen from while this answer is recorded."""
        return replace(self, remaining=[f for f in self.remaining if f != fact_id], done=list(self.done),
                       misses=list(self.misses))

    def record(self, card: StudyCard, outcome: AnswerOutcome) -> None:
        self.remaining = [f for f in self.remaining if f != card.fact_id]
        self.done.append(card.fact_id)
        if outcome.correct:
            self.right += 1
        else:
            self.misses.append(Miss(card.fact_id, card.prompt, outcome.expected, outcome.given))

    def take_back(self, outcome: AnswerOutcome) -> None:
        """Undo: the fact is asked again, first."""
        if outcome.fact_id in self.remaining:
            return
        self.remaining.insert(0, outcome.fact_id)
        if outcome.fact_id in self.done:
            self.done.remove(outcome.fact_id)
            if outcome.correct:
                self.right -= 1
            self.misses = [miss for miss in self.misses if miss.fact_id != outcome.fact_id]

    @property
    def n_done(self) -> int:
        return self.total - len(self.remaining)


@dataclass
class Prepared:
    """What a background step returns: the outcome of an answer and what to show next."""

    outcome: AnswerOutcome | None = None
    context: SourceContext | None = None
    card: StudyCard | None = None
    counts: StudyCounts | None = None
    self_grading: bool | None = None
    fetched_at: float = 0.0  # the session's monotonic clock when it arrived


class StudySession:
    """One learner's study loop in one window."""

    def __init__(self, study: StudyManager, learner_id: int, *, monotonic: Callable[[], float] = time.monotonic):
        self.study = study
        self.learner_id = learner_id
        self.monotonic = monotonic
        self.undo_owner = uuid.uuid4().hex  # Ctrl+Z takes back only the answers this session gave
        self.phase = Phase.IDLE
        self.card: StudyCard | None = None
        self.outcome: AnswerOutcome | None = None
        self.run: PracticeRun | None = None
        self.prepared: Prepared | None = None  # the next card, fetched while the feedback shows
        self.last_card: StudyCard | None = None
        self.self_grading = False
        self.finished_run: PracticeRun | None = None  # the run whose summary is on screen
        self.shown_at = monotonic()
        self.given = ""
        self.response_ms = 0

    # Background steps (worker thread) -------------------------------------------------------
    def fetch(self, run: PracticeRun | None, avoid: int | None, with_counts: bool = True) -> Prepared:
        study, learner_id = self.study, self.learner_id
        if run is not None:
            card = study.next_card(learner_id, fact_ids=run.remaining, practice=True, avoid_fact_id=avoid) \
                if run.remaining else None
        else:
            card = study.next_card(learner_id, avoid_fact_id=avoid)
        if not with_counts:  # behind the feedback: the counts and the grading mode come separately
            return Prepared(card=card)
        return Prepared(card=card, counts=study.counts(learner_id),
                        self_grading=study.settings(learner_id).self_grading)

    def record(self, card: StudyCard, given: str, response_ms: int, self_rating: int | None,
               run: PracticeRun | None) -> Prepared:
        """Write the answer (committed before anything else) and read its source paragraph.

        The card after it is not fetched here: the feedback waits for nothing but the answer, and
        the window fetches the next card (``following``, ``fetch``) once the feedback is painted.
        A self-graded answer, whose feedback was seen already, fetches it in the same step."""
        study = self.study
        counted = run.counted if run is not None else True
        outcome = study.answer(self.learner_id, card.question_id, given, response_ms, self_rating=self_rating,
                               counted=counted, form=card.form, owner=self.undo_owner)
        if self_rating is not None:
            following = self.fetch(run.without(card.fact_id) if run is not None else None, card.fact_id,
                                   with_counts=False)
            return Prepared(outcome, card=following.card)
        context = study.source_context(outcome.article_id, outcome.source_start, outcome.source_end)
        return Prepared(outcome, context)

    def preview(self, card: StudyCard, given: str) -> Prepared:
        outcome = self.study.preview(card.question_id, given, card.form, learner_id=self.learner_id)
        return Prepared(outcome=outcome, context=self.study.source_context(
            outcome.article_id, outcome.source_start, outcome.source_end))

    def undo(self, last: StudyCard | None) -> Prepared | None:
        """Take back the newest answer; the same question comes again, in the same form."""
        study = self.study
        outcome = study.undo_last(self.learner_id, owner=self.undo_owner)  # this window's answers only
        if outcome is None:
            return None
        form = last.form if last is not None and last.question_id == outcome.question_id else None
        card = study.card_for_question(self.learner_id, outcome.question_id, form)
        return Prepared(outcome=outcome, card=card, counts=study.counts(self.learner_id))

    # Transitions (the window's thread) ------------------------------------------------------
    def show(self, card: StudyCard | None) -> Phase:
        """A new card on screen (None: nothing left; a finished run keeps its summary)."""
        self.card, self.outcome = card, None
        if card is None:
            self.finished_run, self.run = self.run, None
            self.phase = Phase.EMPTY
        else:
            self.finished_run = None
            self.phase = Phase.QUESTION
            self.shown_at = self.monotonic()
        return self.phase

    def submit(self, given: str) -> bool:
        """Take an answer to the card on screen; False when none is expected now."""
        if self.phase is not Phase.QUESTION or self.card is None:
            return False
        self.given = given
        self.response_ms = int((self.monotonic() - self.shown_at) * 1000)
        self.phase = Phase.CHECKING
        return True

    def answered(self, card: StudyCard, prepared: Prepared, run: PracticeRun | None) -> None:
        """An answer was recorded: the run moves on; the next card is fetched behind the feedback."""
        self.last_card = card
        if run is not None and run is self.run:
            run.record(card, prepared.outcome)
        self.prepared = None

    def following(self) -> tuple[PracticeRun | None, int | None]:
        """The arguments of ``fetch`` for the card after the last answer, taken on the window's
        thread: the worker gets a copy of the run, which the window may change meanwhile."""
        avoid = self.avoid
        return (self.run.without(avoid) if self.run is not None else None), avoid

    def fetched_next(self, prepared: Prepared) -> None:
        """The card after the answer arrived: it waits behind the feedback for Continue."""
        prepared.fetched_at = self.monotonic()
        self.prepared = prepared

    def show_feedback(self, outcome: AnswerOutcome) -> None:
        self.outcome = outcome
        self.phase = Phase.FEEDBACK

    @property
    def grading(self) -> bool:
        """The feedback waits for a self-grade (the answer is not recorded yet)."""
        return self.self_grading and self.outcome is not None and self.outcome.review_id is None

    def take_next(self) -> Prepared | None:
        """The card fetched behind the feedback, unless it is stale (then None: fetch again)."""
        prepared, self.prepared = self.prepared, None
        if prepared is None or self.monotonic() - prepared.fetched_at > STALE_AFTER_S:
            return None
        return prepared

    def undone(self, prepared: Prepared) -> None:
        if self.run is not None:
            self.run.take_back(prepared.outcome)
        self.prepared = None
        self.last_card = None

    def start_run(self, label: str, fact_ids: list[int], counted: bool) -> PracticeRun:
        self.run = PracticeRun.start(label, fact_ids, counted)
        self.prepared = None
        self.last_card = None
        return self.run

    def end_run(self) -> None:
        self.run = None
        self.prepared = None

    def reset(self, learner_id: int) -> None:
        """Another learner: nothing of the previous one stays."""
        self.learner_id = learner_id
        self.run = self.prepared = self.last_card = self.card = self.outcome = self.finished_run = None
        self.phase = Phase.IDLE

    @property
    def avoid(self) -> int | None:
        return self.last_card.fact_id if self.last_card else None
