"""Classroom practice (``app.classroom``): saved quizzes, class sessions, answers and results."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlmodel import select

from studyapp.core.classroom.models import Quiz, QuizItem
from studyapp.core.errors import NotFound
from studyapp.core.models import Question

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp


class ClassroomManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    def quiz_questions(self, name: str) -> list[Question]:
        """The questions of the saved quiz ``name``, in the quiz's order."""
        with self.app.session() as session:
            quiz = session.exec(select(Quiz).where(Quiz.name == name)).first()
            if quiz is None:
                raise NotFound(f"There is no saved quiz called {name!r}.")
            rows = session.exec(
                select(Question).join(QuizItem, QuizItem.question_id == Question.id)
                .where(QuizItem.quiz_id == quiz.id).order_by(QuizItem.position)
            ).all()
            return list(rows)
