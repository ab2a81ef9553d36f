"""A class answered on another teacher's server, kept in the student's own library: when a question
closes, the desk records the verdict here, so the student's own FSRS schedule knows it too.

The question is copied (prompt, key, wrong choices) into an article named after the class; asking it
again later reuses the copy, so the history of a question given in several classes is one."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from sqlmodel import select

from studyapp.core.models import Article, Fact, Question
from studyapp.core.study.scheduling import CHOICE

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp
    from studyapp.core.study.manager import AnswerOutcome


def record_class_verdict(app: "StudyApp", learner_id: int, class_title: str, prompt: str, key: str,
                         choices: list[str], given: str, response_ms: int) -> "AnswerOutcome":
    title = f"Class: {class_title}"[:200]
    now = app.clock.now()
    with app.session() as session:
        marker = "class:" + hashlib.sha256(title.encode()).hexdigest()
        article = session.exec(select(Article).where(Article.content_hash == marker)).first()
        if article is None:
            article = Article(title=title, source="class", text="", content_hash=marker, imported_at=now)
            session.add(article)
            session.flush()
        question = session.exec(select(Question).where(Question.article_id == article.id,
                                                       Question.prompt == prompt)).first()
        if question is None:
            fact = Fact(article_id=article.id, kind="class", key=hashlib.sha256(prompt.encode()).hexdigest()[:40],
                        answer=key)
            session.add(fact)
            session.flush()
            question = Question(article_id=article.id, fact_id=fact.id, prompt=prompt, answer=key,
                                choices=[c for c in choices if c != key], created_at=now, updated_at=now)
            session.add(question)
            session.flush()
        question_id = question.id
    return app.study.answer(learner_id, question_id, given, response_ms, form=CHOICE if choices else None)
