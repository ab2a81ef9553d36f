"""A small bank written straight to the tables, so that tests do not wait for question generation."""

from __future__ import annotations


def add_facts(app, n_facts: int, *, article_title: str = "History") -> list[int]:
    """``n_facts`` year facts, each with a short (multiple choice), a cloze and a true/false question."""
    from studyapp.core.models import Article, Fact, Question

    now = app.clock.now()
    text = " ".join(f"Event {i} happened in {1800 + i}." for i in range(n_facts))
    fact_ids = []
    with app.session() as session:
        article = Article(title=article_title, text=text, content_hash=(article_title * 64)[:64], imported_at=now)
        session.add(article)
        session.flush()
        offset = 0
        for i in range(n_facts):
            sentence = f"Event {i} happened in {1800 + i}."
            fact = Fact(article_id=article.id, kind="year", key=f"e{i}", answer=str(1800 + i),
                        sentence_start=offset, sentence_end=offset + len(sentence))
            session.add(fact)
            session.flush()
            fact_ids.append(fact.id)
            year = str(1800 + i)
            for kind, prompt, answer, choices in (
                    ("short", f"When did event {i} happen?", year, ["1700", "1650", "1600"]),
                    ("cloze", f"Event {i} happened in _____.", year, ["1700", "1650", "1600"]),
                    ("truefalse", f"True or false: event {i} happened in {year}.", "True", ["False"])):
                session.add(Question(article_id=article.id, fact_id=fact.id, kind=kind, answer_type="year",
                                     prompt=prompt, answer=answer, choices=choices, source_sentence=sentence,
                                     source_start=offset, source_end=offset + len(sentence), created_at=now,
                                     updated_at=now))
            offset += len(sentence) + 1
    return fact_ids


def share_sentence(app, first: int, second: int) -> None:
    """Make fact ``second`` come from the same source sentence as ``first`` (as the gap-fill of one
    fact and the true/false of another made from one sentence)."""
    from studyapp.core.models import Fact, Question
    from sqlmodel import select

    with app.session() as session:
        one, two = session.get(Fact, first), session.get(Fact, second)
        two.sentence_start, two.sentence_end = one.sentence_start, one.sentence_end
        session.add(two)
        for question in session.exec(select(Question).where(Question.fact_id == second)).all():
            question.source_start, question.source_end = one.sentence_start, one.sentence_end
            session.add(question)
