"""The question bank: listing, searching, editing, suspending and deleting questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable

from sqlalchemy import func, update
from sqlmodel import select

from studyapp.core.errors import InvalidInput, NotFound
from studyapp.core.models import DELETED, STATUSES, Question

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

EDITABLE_FIELDS = ("prompt", "answer", "accepted", "choices")


def question_json(question: Question) -> dict:
    return {
        "id": question.id,
        "article_id": question.article_id,
        "fact_id": question.fact_id,
        "kind": question.kind,
        "answer_type": question.answer_type,
        "prompt": question.prompt,
        "answer": question.answer,
        "accepted": list(question.accepted),
        "choices": list(question.choices),
        "source_sentence": question.source_sentence,
        "status": question.status,
        "quality": round(question.quality, 3),
        "edited": question.edited,
    }


@dataclass
class QuestionFilter:
    """What the bank browser and the command line can ask for."""

    article_id: int | None = None
    text: str = ""  # matched against prompt, answer and source sentence
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = field(default_factory=lambda: ("active", "suspended"))

    def apply(self, query):
        if self.article_id is not None:
            query = query.where(Question.article_id == self.article_id)
        if self.kinds:
            query = query.where(Question.kind.in_(self.kinds))
        if self.statuses:
            query = query.where(Question.status.in_(self.statuses))
        for word in self.text.split():
            pattern = f"%{word}%"
            query = query.where(
                Question.prompt.ilike(pattern) | Question.answer.ilike(pattern)
                | Question.source_sentence.ilike(pattern)
            )
        return query


class QuestionManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    def list(self, filter: QuestionFilter | None = None, *, offset: int = 0, limit: int | None = None,
             order_by=None) -> list[Question]:
        query = (filter or QuestionFilter()).apply(select(Question))
        query = query.order_by(*(order_by if order_by is not None else (Question.article_id, Question.id)))
        if offset:
            query = query.offset(offset)
        if limit is not None:
            query = query.limit(limit)
        with self.app.session() as session:
            return list(session.exec(query).all())

    def count(self, filter: QuestionFilter | None = None) -> int:
        query = (filter or QuestionFilter()).apply(select(func.count(Question.id)))
        with self.app.session() as session:
            return session.exec(query).one()

    def get(self, question_id: int) -> Question:
        with self.app.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise NotFound(f"There is no question with id {question_id}.")
            return question

    def edit(self, question_id: int, **changes) -> Question:
        """Change prompt, answer, accepted answers or choices; the question is marked as edited."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise InvalidInput(f"These fields cannot be edited: {', '.join(sorted(unknown))}.")
        for name in ("prompt", "answer"):
            if name in changes:
                changes[name] = " ".join(str(changes[name]).split())
                if not changes[name]:
                    raise InvalidInput(f"The {name} of a question cannot be empty.")
        for name in ("accepted", "choices"):
            if name in changes:
                changes[name] = _clean_list(changes[name])
        with self.app.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise NotFound(f"There is no question with id {question_id}.")
            for name, value in changes.items():
                setattr(question, name, value)
            if question.answer.casefold() in (c.casefold() for c in question.choices):
                raise InvalidInput("A wrong choice cannot be the same as the answer.")
            question.edited = True
            question.updated_at = self.app.clock.now()
            session.add(question)
        return question

    def set_status(self, question_ids: Iterable[int], status: str) -> int:
        """Suspend, delete (soft) or reactivate questions; returns how many changed."""
        if status not in STATUSES:
            raise InvalidInput(f"Unknown status {status!r}; use one of {', '.join(STATUSES)}.")
        ids = list(question_ids)
        if not ids:
            return 0
        changed = 0
        with self.app.session() as session:
            for start in range(0, len(ids), 500):
                result = session.exec(
                    update(Question)
                    .where(Question.id.in_(ids[start:start + 500]))
                    .values(status=status, updated_at=self.app.clock.now())
                )
                changed += result.rowcount
        return changed

    def delete(self, question_ids: Iterable[int]) -> int:
        return self.set_status(question_ids, DELETED)


def _clean_list(values) -> list[str]:
    if isinstance(values, str):
        values = values.split("|")
    seen: list[str] = []
    for value in values:
        value = " ".join(str(value).split())
        if value and value.casefold() not in (s.casefold() for s in seen):
            seen.append(value)
    return seen
