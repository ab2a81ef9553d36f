"""Learner profiles. Each has its own scheduling state and review history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import delete, func
from sqlmodel import select

from studyapp.core.errors import InvalidInput, NotFound
from studyapp.core.names import clean_label
from studyapp.core.models import FactState, Learner, ReviewLog, Setting
from studyapp.core.stats.models import ReviewSlot

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp

DEFAULT_LEARNER = "Me"
MAX_NAME = 60


def clean_name(name: str) -> str:
    return clean_label(name, limit=MAX_NAME, empty="A learner's name cannot be empty.",
                       too_long="A learner's name can have at most {limit} characters.")


class LearnerManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    def list(self) -> list[Learner]:
        with self.app.session() as session:
            return list(session.exec(select(Learner).order_by(func.lower(Learner.name))).all())

    def find(self, name: str) -> Learner | None:
        with self.app.session() as session:
            return session.exec(select(Learner).where(Learner.name == clean_name(name))).first()

    def get(self, learner_id: int) -> Learner:
        with self.app.session() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotFound(f"There is no learner with id {learner_id}.")
            return learner

    def create(self, name: str) -> Learner:
        name = clean_name(name)
        with self.app.session() as session:
            if session.exec(select(Learner).where(Learner.name == name)).first():
                raise InvalidInput(f"There is already a learner called {name!r}.")
            learner = Learner(name=name, created_at=self.app.clock.now())
            session.add(learner)
            session.flush()
            return learner

    def get_or_create(self, name: str) -> Learner:
        return self.find(name) or self.create(name)

    def rename(self, learner_id: int, name: str) -> Learner:
        name = clean_name(name)
        with self.app.session() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotFound(f"There is no learner with id {learner_id}.")
            other = session.exec(select(Learner).where(Learner.name == name)).first()
            if other is not None and other.id != learner_id:
                raise InvalidInput(f"There is already a learner called {name!r}.")
            learner.name = name
            session.add(learner)
            return learner

    def delete(self, learner_id: int) -> None:
        """Delete a learner with their scheduling state, history and settings."""
        with self.app.session() as session:
            if session.get(Learner, learner_id) is None:
                raise NotFound(f"There is no learner with id {learner_id}.")
            # Their review sums go first: the log's delete trigger then finds nothing left to
            # subtract (a million reviews go in 14 s instead of 20).
            session.exec(delete(ReviewSlot).where(ReviewSlot.learner_id == learner_id))
            session.exec(delete(ReviewLog).where(ReviewLog.learner_id == learner_id))
            session.exec(delete(FactState).where(FactState.learner_id == learner_id))
            session.exec(delete(Setting).where(Setting.learner_id == learner_id))
            session.exec(delete(Learner).where(Learner.id == learner_id))

    def use(self, learner_id: int) -> Learner:
        """Mark a learner as the one in use: the window opens with them next time."""
        with self.app.session() as session:
            learner = session.get(Learner, learner_id)
            if learner is None:
                raise NotFound(f"There is no learner with id {learner_id}.")
            learner.last_used_at = self.app.clock.now()
            session.add(learner)
            return learner

    def review_counts(self) -> dict[int, int]:
        """Reviews in each learner's history (learners without any are left out)."""
        with self.app.session() as session:
            rows = session.exec(select(ReviewSlot.learner_id, func.sum(ReviewSlot.reviews))
                                .group_by(ReviewSlot.learner_id).having(func.sum(ReviewSlot.reviews) > 0)).all()
            return {learner_id: int(n) for learner_id, n in rows}

    def last_used(self) -> Learner | None:
        with self.app.session() as session:
            return session.exec(
                select(Learner).order_by(Learner.last_used_at.desc().nulls_last(), Learner.id)
            ).first()

    def resolve(self, name: str | None = None) -> Learner:
        """The learner a command reports on, without changing which one the window opens with:
        the one named (who must exist), else the last one used (the default one on a new library)."""
        if name:
            learner = self.find(name)
            if learner is None:
                known = ", ".join(repr(l.name) for l in self.list()) or "none yet"
                raise NotFound(f"There is no learner called {clean_name(name)!r} (learners: {known}).")
            return learner
        return self.last_used() or self.create(DEFAULT_LEARNER)

    def current(self, name: str | None = None) -> Learner:
        """The learner named ``name`` (created if new), else the last one used, else the default."""
        if name:
            learner = self.get_or_create(name)
        else:
            learner = self.last_used() or self.create(DEFAULT_LEARNER)
        return self.use(learner.id)
