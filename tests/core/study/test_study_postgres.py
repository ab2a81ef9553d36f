"""The study loop on PostgreSQL: the same answers, undo, choice of card and bank queries as on
SQLite, and a class of learners answering at once (skipped without a server)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "postgres"))
from pg_server import pg_database_url, pg_url  # noqa: E402,F401  (the fixtures)
from study_bank import add_facts  # noqa: E402

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_app(pg_url, tmp_path, clock):
    from studyapp.core.facade import StudyApp

    app = StudyApp.open(url=pg_url, data_folder=tmp_path, clock=clock)
    yield app
    app.close()


def test_answer_undo_and_cards_on_postgres(pg_app, clock):
    from sqlmodel import select

    from studyapp.core.models import FactState, ReviewLog
    from studyapp.core.questions import QuestionFilter

    learner = pg_app.learners.create("Ada").id
    facts = add_facts(pg_app, 4)
    card = pg_app.study.next_card(learner)
    first = pg_app.study.answer(learner, card.question_id, "1800", 3000, form=card.form)
    assert first.correct and first.due > clock.now()
    with pg_app.session() as session:
        before = session.get(FactState, (learner, facts[0])).model_dump()
    clock.advance(days=3)
    pg_app.study.answer(learner, card.question_id, "wrong", 3000, form="typed")
    pg_app.study.undo_last(learner)
    with pg_app.session() as session:
        assert session.get(FactState, (learner, facts[0])).model_dump() == before
        assert len(session.exec(select(ReviewLog)).all()) == 1
    practice = pg_app.study.next_card(learner, fact_ids=facts[1:3], practice=True)
    assert practice.fact_id in facts[1:3]
    counts = pg_app.study.counts(learner)
    assert counts.new_left == 3
    # Restored to its first schedule (ten minutes after the first answer), the fact is due three days on.
    rows = pg_app.questions.page(QuestionFilter(due="due", learner_id=learner), sort="due", learner_id=learner)
    assert {row.fact_id for row in rows} == {facts[0]}


def test_a_class_answers_at_once_on_postgres(pg_app):
    facts = add_facts(pg_app, 3, article_title="Class")
    learners = [pg_app.learners.create(f"Student {i}").id for i in range(12)]
    errors: list[BaseException] = []

    def student(learner_id: int) -> None:
        try:
            for _ in range(6):
                card = pg_app.study.next_card(learner_id)
                pg_app.study.answer(learner_id, card.question_id, "1800", 2500, session_id=None, form=card.form)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)

    threads = [threading.Thread(target=student, args=(learner,)) for learner in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    from sqlalchemy import func
    from sqlmodel import select

    from studyapp.core.models import FactState, ReviewLog

    with pg_app.session() as session:
        assert session.exec(select(func.count()).select_from(ReviewLog)).one() == 12 * 6
        reps = session.exec(select(func.sum(FactState.reps))).one()
    assert reps == 12 * 6 and facts
