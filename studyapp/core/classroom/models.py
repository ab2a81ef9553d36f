"""Tables of classroom practice: saved quizzes, class sessions, who joined them and what they answered.

Design notes
- A class answer is stored twice on purpose: in ``session_answer`` (what the class results show) and,
  through the study manager, in the learner's own ``review_log`` (what their FSRS schedule uses).
- ``session_answer`` has one row per (session, participant, question): the unique constraint is what
  keeps a class answering at once from duplicating anything, on SQLite and PostgreSQL alike.
- A join code is unique among *open* sessions only: ``open_code`` holds the code while the session is
  open and NULL once it ended (NULLs never collide), which needs no dialect-specific partial index.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, Column, UniqueConstraint
from sqlmodel import Field, SQLModel

# How a session is run. DESKS: students join the teacher's class server from a browser or StudyApp
PROJECTOR, HOTSEAT, TEAMS, DESKS = "projector", "hotseat", "teams", "desks"
MODES = (PROJECTOR, HOTSEAT, TEAMS, DESKS)
# Who moves to the next question: the teacher for everyone, or each student alone
TEACHER_PACED, SELF_PACED = "teacher", "self"


class Quiz(SQLModel, table=True):
    __tablename__ = "quiz"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(sa_column_kwargs={"unique": True})
    seconds_per_question: int = 30
    # How the questions were chosen (articles, kinds, difficulty, tags, order, count), to rebuild it
    spec: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime
    updated_at: datetime


class QuizItem(SQLModel, table=True):
    __tablename__ = "quiz_item"
    __table_args__ = (UniqueConstraint("quiz_id", "position"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    quiz_id: int = Field(foreign_key="quiz.id", index=True, ondelete="CASCADE")
    position: int
    question_id: int = Field(foreign_key="question.id", index=True, ondelete="CASCADE")


class ClassSession(SQLModel, table=True):
    __tablename__ = "class_session"
    id: Optional[int] = Field(default=None, primary_key=True)
    quiz_id: Optional[int] = Field(default=None, foreign_key="quiz.id", index=True, ondelete="SET NULL")
    title: str  # the quiz name when it started: results stay readable if the quiz is deleted
    code: str = Field(max_length=8, index=True)
    open_code: Optional[str] = Field(default=None, max_length=8, sa_column_kwargs={"unique": True})
    mode: str = Field(default=DESKS, max_length=16)
    paced: str = Field(default=TEACHER_PACED, max_length=16)
    seconds_per_question: int = 30
    question_ids: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    current_index: int = -1  # -1: waiting for students; the teacher moves it on
    question_started_at: Optional[datetime] = None
    revealed: bool = False
    started_at: datetime
    ended_at: Optional[datetime] = None


class Participant(SQLModel, table=True):
    __tablename__ = "participant"
    __table_args__ = (UniqueConstraint("session_id", "learner_id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="class_session.id", index=True, ondelete="CASCADE")
    learner_id: int = Field(foreign_key="learner.id", ondelete="CASCADE")
    name: str  # the learner's name when they joined
    team: str = ""
    joined_at: datetime
    # SHA-256 of the student's bearer token (the token itself only ever goes to the student)
    token_hash: Optional[str] = Field(default=None, max_length=64, sa_column_kwargs={"unique": True}, index=True)


class SessionAnswer(SQLModel, table=True):
    __tablename__ = "session_answer"
    __table_args__ = (UniqueConstraint("session_id", "participant_id", "question_id"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    session_id: int = Field(foreign_key="class_session.id", index=True, ondelete="CASCADE")
    participant_id: int = Field(foreign_key="participant.id", ondelete="CASCADE")
    question_id: int = Field(foreign_key="question.id", ondelete="CASCADE")
    answer_given: str = ""
    correct: bool = False
    response_ms: int = 0
    answered_at: datetime


class TeacherCredential(SQLModel, table=True):
    """The teacher passphrase, only as a salted scrypt hash (never the passphrase itself)."""

    __tablename__ = "teacher_credential"
    id: Optional[int] = Field(default=None, primary_key=True)
    salt: str  # hex
    hash: str  # hex
    params: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    changed_at: datetime
