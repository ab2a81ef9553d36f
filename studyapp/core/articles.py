"""Articles in the library."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import func
from sqlmodel import select

from studyapp.core.errors import InvalidInput, NotFound
from studyapp.core.models import ACTIVE, Article, Question

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    published: date | None
    source: str
    url: str
    language: str
    n_questions: int

    def as_json(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
            "language": self.language,
            "n_questions": self.n_questions,
        }


class ArticleManager:
    def __init__(self, app: "StudyApp"):
        self.app = app

    def list(self) -> list[ArticleSummary]:
        """All articles, newest import first, with their number of active questions."""
        counts = (
            select(Question.article_id, func.count(Question.id).label("n"))
            .where(Question.status == ACTIVE)
            .group_by(Question.article_id)
            .subquery()
        )
        query = (
            select(Article.id, Article.title, Article.published, Article.source, Article.url,
                   Article.language, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.article_id == Article.id)
            .order_by(Article.imported_at.desc(), Article.id.desc())
        )
        with self.app.session() as session:
            return [ArticleSummary(*row) for row in session.exec(query).all()]

    def count(self) -> int:
        with self.app.session() as session:
            return session.exec(select(func.count(Article.id))).one()

    def get(self, article_id: int) -> Article:
        with self.app.session() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise NotFound(f"There is no article with id {article_id}.")
            return article

    def rename(self, article_id: int, title: str) -> Article:
        title = " ".join(title.split())
        if not title:
            raise InvalidInput("A title cannot be empty.")
        with self.app.session() as session:
            article = session.get(Article, article_id)
            if article is None:
                raise NotFound(f"There is no article with id {article_id}.")
            article.title = title
            session.add(article)
        return article

    def delete(self, article_id: int) -> None:
        """Delete an article with its facts, questions and their review history."""
        from sqlalchemy import delete

        from studyapp.core.models import ArticleTag, Fact, FactState, ReviewLog

        with self.app.session() as session:
            if session.get(Article, article_id) is None:
                raise NotFound(f"There is no article with id {article_id}.")
            fact_ids = select(Fact.id).where(Fact.article_id == article_id)
            session.exec(delete(ReviewLog).where(ReviewLog.fact_id.in_(fact_ids)))
            session.exec(delete(FactState).where(FactState.fact_id.in_(fact_ids)))
            session.exec(delete(Question).where(Question.article_id == article_id))
            session.exec(delete(Fact).where(Fact.article_id == article_id))
            session.exec(delete(ArticleTag).where(ArticleTag.article_id == article_id))
            session.exec(delete(Article).where(Article.id == article_id))
