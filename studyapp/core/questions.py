"""The question bank: listing, searching, editing, suspending and deleting questions."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Iterable

from sqlalchemy import and_, exists, func, update
from sqlalchemy.orm import aliased
from sqlmodel import select

from studyapp.core.clock import as_utc
from studyapp.core.errors import InvalidInput, NotFound
from studyapp.core.models import DELETED, STATUSES, Article, FactState, Question

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

EDITABLE_FIELDS = ("prompt", "answer", "accepted", "choices")
DUE_FILTERS = ("due", "new", "later")
# Columns the bank can be sorted by.
SORT_KEYS = ("id", "article", "kind", "prompt", "answer", "status", "due", "updated")


OWN_ARTICLE_TITLE = "My own questions"
OWN_ARTICLE_HASH = "studyapp-own-questions"
# The forms a person can write: short answer (typed), choice, true/false, cloze (a gap to fill).
NEW_KINDS = ("short", "choice", "truefalse", "cloze")
GAP = "_____"


@dataclass
class NewQuestion:
    kind: str
    prompt: str
    answer: str
    choices: tuple[str, ...] = ()  # wrong choices (choice form)
    accepted: tuple[str, ...] = ()  # other accepted typed answers
    article_id: int | None = None

    def checked(self) -> "NewQuestion":
        """The question cleaned up, or InvalidInput with what to fix."""
        if self.kind not in NEW_KINDS:
            raise InvalidInput(f"Unknown question form {self.kind!r}; use one of {', '.join(NEW_KINDS)}.")
        prompt, answer = " ".join(self.prompt.split()), " ".join(self.answer.split())
        choices = tuple(dict.fromkeys(c for c in (" ".join(c.split()) for c in self.choices) if c))
        accepted = tuple(dict.fromkeys(a for a in (" ".join(a.split()) for a in self.accepted) if a))
        if not prompt:
            raise InvalidInput("Write the question.")
        if self.kind == "truefalse":
            if answer.casefold() not in ("true", "false"):
                raise InvalidInput("A true/false question is answered True or False.")
            answer, choices = answer.capitalize(), ()
        if not answer:
            raise InvalidInput("Write the answer.")
        if self.kind == "choice":
            if not choices:
                raise InvalidInput("A choice question needs at least one wrong choice.")
            if answer.casefold() in (c.casefold() for c in choices):
                raise InvalidInput("A wrong choice cannot be the same as the answer.")
        elif self.kind != "truefalse":
            choices = ()
        if self.kind == "cloze" and GAP not in prompt:
            if answer not in prompt:
                raise InvalidInput(f"Mark the gap with {GAP} in the sentence, or write the answer in it.")
            prompt = prompt.replace(answer, GAP, 1)
        return NewQuestion(self.kind, prompt, answer, choices, accepted, self.article_id)

    def stored_kind(self) -> str:
        return "short" if self.kind == "choice" else self.kind


@dataclass
class BankRow:
    """One line of the question bank browser."""

    id: int
    article_id: int
    article_title: str
    fact_id: int
    kind: str
    prompt: str
    answer: str
    accepted: list[str]
    choices: list[str]
    status: str
    edited: bool
    due: datetime | None  # the fact's next review for the learner; None: never studied


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
    # Scheduling of the question's fact for ``learner_id``: "" any, "due" due now (``now``),
    # "new" never studied, "later" studied and not due yet.
    due: str = ""
    learner_id: int | None = None
    now: datetime | None = None
    question_ids: tuple[int, ...] = ()  # only these (e.g. a selection in the browser)

    def apply(self, query):
        if self.due:
            if self.due not in DUE_FILTERS or self.learner_id is None:
                raise InvalidInput(f"Unknown due filter {self.due!r}; use one of {', '.join(DUE_FILTERS)}.")
            state = aliased(FactState)  # the browser's query joins FactState itself
            known = and_(state.learner_id == self.learner_id, state.fact_id == Question.fact_id)
            if self.due == "new":
                query = query.where(~exists().where(known))
            elif self.due == "due":
                query = query.where(exists().where(known, state.due <= self.now))
            else:
                query = query.where(exists().where(known, state.due > self.now))
        if self.question_ids:
            query = query.where(Question.id.in_(self.question_ids))
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
        query = self._with_time(filter).apply(select(func.count(Question.id)))
        with self.app.session() as session:
            return session.exec(query).one()

    def page(self, filter: QuestionFilter | None = None, *, sort: str = "id", descending: bool = False,
             offset: int = 0, limit: int = 200, learner_id: int | None = None) -> list[BankRow]:
        """A window of the bank for the browser: ``limit`` rows from ``offset`` in ``sort`` order, with
        the article title and the fact's due time for ``learner_id``."""
        filter = self._with_time(filter)
        learner = learner_id if learner_id is not None else filter.learner_id
        query = (select(Question.id, Question.article_id, Article.title, Question.fact_id, Question.kind,
                        Question.prompt, Question.answer, Question.accepted, Question.choices, Question.status,
                        Question.edited, FactState.due)
                 .join(Article, Article.id == Question.article_id)
                 .outerjoin(FactState, and_(FactState.fact_id == Question.fact_id,
                                            FactState.learner_id == (learner if learner is not None else -1))))
        query = filter.apply(query).order_by(*self._order(sort, descending)).offset(max(0, offset)).limit(limit)
        with self.app.session() as session:
            rows = session.exec(query).all()
        return [BankRow(*row[:11], as_utc(row[11]) if row[11] else None) for row in rows]

    def ids(self, filter: QuestionFilter | None = None, *, sort: str = "id", descending: bool = False,
            offset: int = 0, limit: int | None = None) -> list[int]:
        """Question ids of a range of the bank in browser order (for bulk actions on a selection)."""
        filter = self._with_time(filter)
        query = select(Question.id).join(Article, Article.id == Question.article_id)
        if sort == "due":
            query = query.outerjoin(FactState, and_(FactState.fact_id == Question.fact_id,
                                                    FactState.learner_id == (filter.learner_id or -1)))
        query = filter.apply(query).order_by(*self._order(sort, descending)).offset(max(0, offset))
        if limit is not None:
            query = query.limit(limit)
        with self.app.session() as session:
            return list(session.exec(query).all())

    def statuses(self, question_ids: Iterable[int]) -> dict[int, str]:
        """Current status of each question (kept by the browser to undo a bulk action)."""
        ids = list(question_ids)
        found: dict[int, str] = {}
        with self.app.session() as session:
            for start in range(0, len(ids), 500):
                found.update(session.exec(select(Question.id, Question.status)
                                          .where(Question.id.in_(ids[start:start + 500]))).all())
        return found

    def _with_time(self, filter: QuestionFilter | None) -> QuestionFilter:
        filter = filter or QuestionFilter()
        if filter.due and filter.now is None:
            filter.now = self.app.clock.now()
        return filter

    @staticmethod
    def _order(sort: str, descending: bool) -> list:
        columns = {"id": Question.id, "article": func.lower(Article.title), "kind": Question.kind,
                   "prompt": func.lower(Question.prompt), "answer": func.lower(Question.answer),
                   "status": Question.status, "due": FactState.due, "updated": Question.updated_at}
        if sort not in columns:
            raise InvalidInput(f"Cannot sort by {sort!r}; use one of {', '.join(SORT_KEYS)}.")
        column = columns[sort]
        if sort == "due":  # never-studied questions last either way
            ordered = [FactState.due.is_(None), column.desc() if descending else column]
        else:
            ordered = [column.desc() if descending else column]
        return ordered + [Question.id.desc() if descending else Question.id]

    def get(self, question_id: int) -> Question:
        with self.app.session() as session:
            question = session.get(Question, question_id)
            if question is None:
                raise NotFound(f"There is no question with id {question_id}.")
            return question

    def create(self, new: "NewQuestion") -> Question:
        """A question written by the learner, on an article or (``article_id`` None) in the library's
        own-questions article; it is its own fact, studied like any other."""
        from studyapp.core.models import Fact

        new = new.checked()
        now = self.app.clock.now()
        with self.app.session() as session:
            article_id = new.article_id if new.article_id is not None else self._own_article(session, now)
            if session.get(Article, article_id) is None:
                raise NotFound(f"There is no article with id {article_id}.")
            fact = Fact(article_id=article_id, kind="term", key=f"own:{now.timestamp()}:{new.prompt[:40]}",
                        answer=new.answer)
            session.add(fact)
            session.flush()
            question = Question(article_id=article_id, fact_id=fact.id, kind=new.stored_kind(), answer_type="term",
                                prompt=new.prompt, answer=new.answer, accepted=list(new.accepted),
                                choices=list(new.choices), source_sentence=new.prompt, quality=1.0, edited=True,
                                created_at=now, updated_at=now)
            session.add(question)
            session.flush()
            session.refresh(question)
            session.expunge(question)
        return question

    def _own_article(self, session, now) -> int:
        """The article that holds questions written without one (made on the first such question)."""
        existing = session.exec(select(Article.id).where(Article.content_hash == OWN_ARTICLE_HASH)).first()
        if existing is not None:
            return existing
        article = Article(title=OWN_ARTICLE_TITLE, source="own", text="", content_hash=OWN_ARTICLE_HASH,
                          imported_at=now)
        session.add(article)
        session.flush()
        return article.id

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
