"""What the classroom manager hands out: quiz specs and summaries, a session's state, answers,
the teacher's live view and scores (plain data, no database session attached)."""

from __future__ import annotations

import hashlib
import random
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

from studyapp.core.classroom.models import ClassSession, Participant
from studyapp.core.errors import InvalidInput
from studyapp.core.models import Question


@dataclass
class QuizSpec:
    """How to choose the questions of a quiz from the bank."""

    article_ids: list[int] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    text: str = ""  # words that must all appear in the prompt, answer or source sentence
    difficulty: str = "any"  # from how the class (all learners) has answered so far
    order: str = "article"
    count: int = 10
    seed: int = 0
    # Several forms of one fact (or of one source sentence) in a quiz give each other's answer away.
    several_forms: bool = False

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "QuizSpec":
        known = {k: v for k, v in (data or {}).items() if k in cls.__dataclass_fields__}
        return cls(**known)


class AlreadyAnswered(InvalidInput):
    """A second answer to the same question by the same student."""


class TimeUp(InvalidInput):
    """An answer after the question closed (shown, or its time ran out on the server's clock)."""


@dataclass
class QuizSummary:
    id: int
    name: str
    n_questions: int
    seconds_per_question: int
    updated_at: datetime
    spec: QuizSpec


@dataclass
class SessionState:
    """What every screen of a session shows: the current question and the time left."""

    session: ClassSession
    questions: list[Question]
    current: Question | None
    seconds_left: float | None  # None while no question is running
    participants: int

    @property
    def ended(self) -> bool:
        return self.session.ended_at is not None

    @property
    def finished(self) -> bool:
        return self.session.current_index >= len(self.questions)

    @property
    def closed(self) -> bool:
        """The question on screen takes no more answers (shown, or its time is up): its key may go out."""
        return self.current is not None and (self.session.revealed or self.seconds_left == 0)


@dataclass
class ClassAnswer:
    correct: bool
    answer: str  # the key, to show after the reveal
    question_id: int


@dataclass
class AnswerRequest:
    session_id: int
    participant_id: int
    question_id: int
    answer_given: str
    response_ms: int
    shown_at: datetime | None = None


@dataclass
class Joined:
    """A student in a session and the secret that proves it (given to the student only, once)."""

    participant: Participant
    token: str

    @property
    def id(self) -> int:
        return self.participant.id

    @property
    def session_id(self) -> int:
        return self.participant.session_id

    @property
    def name(self) -> str:
        return self.participant.name

    @property
    def learner_id(self) -> int:
        return self.participant.learner_id


def one_form_each(questions: list[Question]) -> list[Question]:
    """The first question of each fact and source sentence, in order: the true/false, gap-fill
    and question of one sentence would answer each other."""
    facts: set[int] = set()
    sentences: set[tuple[int, int]] = set()
    kept = []
    for question in questions:
        sentence = (question.article_id, question.source_start)
        if question.fact_id in facts or (question.source_end > question.source_start and sentence in sentences):
            continue
        facts.add(question.fact_id)
        sentences.add(sentence)
        kept.append(question)
    return kept


MAX_CHOICES = 6


def shown_choices(question: Question) -> list[str]:
    """The key among the wrong choices, in an order fixed per question (the same on every screen:
    projector, browser and desk)."""
    if not question.choices:
        return []
    options = [question.answer, *question.choices][:MAX_CHOICES]
    random.Random(question.id).shuffle(options)
    return options


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass
class LiveStatus:
    """The teacher's view of the running question: who answered and the spread of answers."""

    question: Question | None
    answered: list[str]
    waiting: list[str]
    distribution: dict[str, int]  # answer given -> count, the key included
    correct: int


@dataclass
class Score:
    label: str  # a learner's name, or a team
    correct: int
    answered: int
    members: list[str]
