"""A small question bank written straight into the tables (no NLP), for classroom tests."""

from __future__ import annotations

from studyapp.core.models import Article, Fact, Question

PASSPHRASE = "correct horse battery"  # the teacher passphrase of the tests
CAPITALS = [("France", "Paris"), ("Japan", "Tokyo"), ("Kenya", "Nairobi"), ("Peru", "Lima"),
            ("Canada", "Ottawa"), ("Egypt", "Cairo"), ("Chile", "Santiago"), ("Norway", "Oslo"),
            ("Spain", "Madrid"), ("India", "New Delhi"), ("Cuba", "Havana"), ("Iran", "Tehran")]


def make_bank(app, n_questions: int = 6, title: str = "Capitals", kind: str = "short") -> list[int]:
    """An article with ``n_questions`` multiple-choice questions; returns their ids in order."""
    now = app.clock.now()
    ids = []
    with app.session() as session:
        text = " ".join(f"The capital of {country} is {city}." for country, city in CAPITALS)
        article = Article(title=title, source="test", text=text * (1 + n_questions // len(CAPITALS)),
                          content_hash=f"{title}-{n_questions}-{kind}", imported_at=now)
        session.add(article)
        session.flush()
        for i in range(n_questions):
            country, city = CAPITALS[i % len(CAPITALS)]
            others = [c for _, c in CAPITALS if c != city]
            fact = Fact(article_id=article.id, kind="place", key=f"capital:{country}:{i}", answer=city)
            session.add(fact)
            session.flush()
            sentence = f"The capital of {country} is {city}."
            question = Question(article_id=article.id, fact_id=fact.id, kind=kind, answer_type="place",
                                prompt=f"What is the capital of {country}? ({i + 1})", answer=city,
                                choices=others[i % 5:i % 5 + 3], source_sentence=sentence,
                                source_start=i * 40, source_end=i * 40 + len(sentence),
                                created_at=now, updated_at=now)
            session.add(question)
            session.flush()
            ids.append(question.id)
    return ids
