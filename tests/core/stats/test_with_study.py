"""Statistics over answers given through the study part, and the schema they rely on."""

from sqlalchemy import text
from sqlmodel import select

from stats_history import add_article, old_library
from studyapp.core.models import ReviewLog


def test_answers_count_undo_takes_them_back_and_maturity_comes_from_the_state_before(studyapp):
    app, clock = studyapp, studyapp.clock
    app.settings.set("utc_offset_minutes", 0)
    app.settings.set("day_start_hour", 0)
    with app.session() as session:
        _, _, questions = add_article(session, "Alpha", ["A"], clock.now())
    ann = app.learners.create("Ann")
    question = questions["A"]
    app.study.answer(ann.id, question, "answer A", 5000)
    clock.advance(days=40)
    app.study.answer(ann.id, question, "answer A", 5000)
    report = app.stats.report(ann.id).as_json()
    assert (report["reviews_total"], report["reviews_today"], report["streak_days"]) == (2, 1, 1)
    with app.session() as session:
        logs = session.exec(select(ReviewLog).order_by(ReviewLog.id)).all()
    assert logs[0].stability_before is None  # a new fact has no state before
    assert logs[1].stability_before == logs[1].state_before["stability"]
    mature = logs[1].stability_before >= 21
    assert report["retention_by_period"]["today"]["reviews"] == int(mature)
    app.study.undo_last(ann.id)
    report = app.stats.report(ann.id).as_json()
    assert (report["reviews_total"], report["reviews_today"], report["streak_days"]) == (1, 0, 0)


def test_cached_past_days_follow_a_removed_review(studyapp):
    """Undo on the day after (the newest review lies in a past study day) must not leave it counted."""
    app, clock = studyapp, studyapp.clock
    app.settings.set("utc_offset_minutes", 0)
    app.settings.set("day_start_hour", 0)
    with app.session() as session:
        _, _, questions = add_article(session, "Alpha", ["A", "B"], clock.now())
    ann = app.learners.create("Ann")
    app.study.answer(ann.id, questions["A"], "answer A", 5000)
    app.study.answer(ann.id, questions["B"], "wrong", 5000)
    clock.advance(days=1)
    assert app.stats.report(ann.id).total.reviews == 2  # yesterday's reviews now come from the cache
    app.study.undo_last(ann.id)
    assert app.stats.report(ann.id).total.reviews == 1
    app.study.answer(ann.id, questions["B"], "answer B", 5000)
    assert [(a.reviews, a.correct) for a in app.stats.report(ann.id).activity] == [(1, 1), (1, 1)]


def test_upgrade_fills_stability_before_from_older_reviews(tmp_path):
    from alembic import command

    from studyapp.core.db import alembic_config

    engine = old_library(tmp_path / "old.sqlite3", "0002")
    config = alembic_config(engine)
    now = "2026-03-02 09:00:00.000000"
    with engine.begin() as connection:
        for state in ('{"stability": 33.5}', None):
            connection.execute(text("INSERT INTO review_log (learner_id, question_id, fact_id, reviewed_at, answer_given, "
                                    "correct, rating, response_ms, counted, state_before) "
                                    "VALUES (1, 1, 1, :t, '', 1, 3, 1000, 1, :s)"), {"t": now, "s": state})
    command.upgrade(config, "head")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT stability_before FROM review_log ORDER BY id")).scalars().all() == [33.5, None]
    engine.dispose()
