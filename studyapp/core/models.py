"""The tables of StudyApp (SQLModel). The schema is created and changed only by Alembic revisions
in ``studyapp/core/migrations``; ``SQLModel.metadata`` is their target.

Design notes
- A *fact* is the unit of memory: several questions (forms) can ask the same fact, and a learner
  has one scheduling state per fact (``FactState``), whichever form a fact is asked in.
- ``ReviewLog`` is append-only, except that undo removes the newest row of a learner together with
  restoring ``FactState`` from the snapshot the row keeps (``state_before``).
- All times are UTC; lists and small records are JSON columns (portable to PostgreSQL).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, Index, UniqueConstraint, event
from sqlmodel import Field, SQLModel

# Question statuses
ACTIVE, SUSPENDED, DELETED = "active", "suspended", "deleted"
STATUSES = (ACTIVE, SUSPENDED, DELETED)

# Question kinds (forms). "short" items carry choices and may be shown typed or as multiple choice.
KINDS = ("short", "cloze", "truefalse", "ordering", "matching")


def _json_list() -> Any:
    return Field(default_factory=list, sa_column=Column(JSON, nullable=False))


def _json_dict() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Article(SQLModel, table=True):
    __tablename__ = "article"
    id: Optional[int] = Field(default=None, primary_key=True)
    title: str
    source: str = ""  # "file", "url", "paste", "sample", ...: where it came from
    path: str = ""  # the file name or folder entry it was imported from
    url: str = ""
    published: Optional[date] = None
    text: str  # the cleaned text; question offsets point into it
    content_hash: str = Field(sa_column_kwargs={"unique": True}, max_length=64)
    language: str = "en"
    imported_at: datetime


class Tag(SQLModel, table=True):
    __tablename__ = "tag"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(sa_column_kwargs={"unique": True})


class ArticleTag(SQLModel, table=True):
    __tablename__ = "article_tag"
    article_id: int = Field(foreign_key="article.id", primary_key=True, ondelete="CASCADE")
    tag_id: int = Field(foreign_key="tag.id", primary_key=True, ondelete="CASCADE")


class Fact(SQLModel, table=True):
    """One thing to know, found in an article (e.g. the end year of Japanese rule of Korea)."""

    __tablename__ = "fact"
    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", index=True, ondelete="CASCADE")
    kind: str  # answer type: year, date, person, place, org, number, duration, quote, term, ...
    key: str  # a stable description within the article, e.g. "period-end:colonial rule"
    answer: str
    sentence_start: int = 0
    sentence_end: int = 0


class Question(SQLModel, table=True):
    __tablename__ = "question"
    __table_args__ = (Index("ix_question_article_status", "article_id", "status"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    article_id: int = Field(foreign_key="article.id", ondelete="CASCADE")
    fact_id: int = Field(foreign_key="fact.id", index=True, ondelete="CASCADE")
    kind: str = "short"
    answer_type: str = ""  # year, person, place, ...: what the answer is, for checking and choices
    prompt: str
    answer: str
    accepted: list[str] = _json_list()  # other accepted answers
    choices: list[str] = _json_list()  # wrong choices (the key is added when shown, shuffled)
    source_sentence: str = ""
    source_start: int = 0  # offsets of the source sentence in Article.text
    source_end: int = 0
    quality: float = 0.0
    status: str = Field(default=ACTIVE, max_length=16)
    edited: bool = False  # changed by a person: re-generation must not overwrite it
    extra: dict[str, Any] = _json_dict()  # form-specific data (ordering items, matching pairs, ...)
    created_at: datetime
    updated_at: datetime


class Learner(SQLModel, table=True):
    __tablename__ = "learner"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(sa_column_kwargs={"unique": True})
    created_at: datetime
    last_used_at: Optional[datetime] = None


class FactState(SQLModel, table=True):
    """FSRS memory state of one learner for one fact."""

    __tablename__ = "fact_state"
    __table_args__ = (Index("ix_fact_state_learner_due", "learner_id", "due"),)
    learner_id: int = Field(foreign_key="learner.id", primary_key=True, ondelete="CASCADE")
    fact_id: int = Field(foreign_key="fact.id", primary_key=True, ondelete="CASCADE")
    state: int = 1  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: Optional[int] = 0
    stability: Optional[float] = None
    difficulty: Optional[float] = None
    due: datetime
    last_review: Optional[datetime] = None
    reps: int = 0
    lapses: int = 0


class ReviewLog(SQLModel, table=True):
    __tablename__ = "review_log"
    __table_args__ = (
        Index("ix_review_log_learner_time", "learner_id", "reviewed_at"),
        Index("ix_review_log_question", "question_id"),
        # Covers every column the statistics aggregate: a million reviews without reading the rows.
        Index("ix_review_log_stats", "learner_id", "reviewed_at", "correct", "response_ms", "counted",
              "rating", "stability_before"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    learner_id: int = Field(foreign_key="learner.id", ondelete="CASCADE")
    question_id: int = Field(foreign_key="question.id", ondelete="CASCADE")
    fact_id: int = Field(foreign_key="fact.id", ondelete="CASCADE")
    reviewed_at: datetime
    answer_given: str = ""
    correct: bool = False
    rating: int = 0  # fsrs.Rating 1-4; 0 when the answer did not count for scheduling
    response_ms: int = 0
    counted: bool = True  # False for a practice run the learner chose not to count
    session_id: Optional[int] = None  # the class session it was given in, if any
    state_before: Optional[dict[str, Any]] = Field(default=None, sa_column=Column(JSON))
    # FSRS stability just before the review (state_before["stability"]), kept as a column so that
    # statistics find mature reviews without parsing JSON; filled on insert by the listener below.
    stability_before: Optional[float] = None


@event.listens_for(ReviewLog, "before_insert")
def _copy_stability_before(_mapper, _connection, row: ReviewLog) -> None:
    if row.stability_before is None and row.state_before:
        row.stability_before = row.state_before.get("stability")


class Setting(SQLModel, table=True):
    """Typed settings as JSON values; learner_id 0 holds program-wide settings."""

    __tablename__ = "setting"
    __table_args__ = (UniqueConstraint("learner_id", "key"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    learner_id: int = 0
    key: str
    value: Any = Field(default=None, sa_column=Column(JSON))
