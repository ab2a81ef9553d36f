"""How the class has answered each question so far, for choosing a quiz by difficulty."""

from __future__ import annotations

from sqlalchemy import case, func
from sqlmodel import select

from studyapp.core.models import ReviewLog


def answer_history(session, question_ids: list[int]) -> dict[int, tuple[int, int]]:
    history: dict[int, tuple[int, int]] = {}
    for start in range(0, len(question_ids), 500):
        rows = session.exec(
            select(ReviewLog.question_id, func.count(ReviewLog.id),
                   func.sum(case((ReviewLog.correct, 1), else_=0)))
            .where(ReviewLog.question_id.in_(question_ids[start:start + 500]))
            .group_by(ReviewLog.question_id)
        ).all()
        history.update({qid: (n, int(right or 0)) for qid, n, right in rows})
    return history


def difficulty(wrong_share: float | None) -> str:
    if wrong_share is None:
        return "new"
    if wrong_share < 0.2:
        return "easy"
    return "hard" if wrong_share > 0.5 else "medium"
