"""The quarter-hour sums (``review_slot``) stay exactly the sums of the review log, whatever writes
the log: answers, undo, deleting a learner, an article or a question (a foreign-key cascade),
editing a review, writing a simulated history, and the upgrade that fills them; and the per-day
figures summed from them equal those read from the log itself."""

from datetime import timedelta

import pytest
from sqlalchemy import delete, text, update

from stats_history import add_article, add_state, assert_exact, old_library, stored_slots
from studyapp.core.models import Question, ReviewLog
from studyapp.core.stats.days import StudyDays
from studyapp.core.stats.models import SLOT_SECONDS


@pytest.fixture
def library(studyapp):
    app = studyapp
    with app.session() as session:
        alpha, facts, first = add_article(session, "Alpha", ["A", "B", "C"], app.clock.now())
        beta, _, second = add_article(session, "Beta", ["D", "E"], app.clock.now())
    app.test_facts = facts
    return app, {"Alpha": alpha, "Beta": beta}, {**first, **second}


def test_answers_practice_and_undo_keep_the_slots_exact(library):
    app, _, questions = library
    ann, bob = app.learners.create("Ann").id, app.learners.create("Bob").id
    app.study.answer(ann, questions["A"], "answer A", 5000)
    app.study.answer(ann, questions["B"], "wrong", 95_000)  # over the 60 s cap
    app.study.answer(bob, questions["A"], "answer A", 3000)
    assert assert_exact(app)[(ann, int(app.clock.now().timestamp()) // SLOT_SECONDS)] == (2, 1, 65_000, 0, 0)
    app.clock.advance(days=40)
    with app.session() as session:  # Ann's memory of C is mature: its next counted answer is a mature review
        add_state(session, ann, app.test_facts["C"], stability=30.0, last_review=app.clock.now() - timedelta(days=30),
                  due=app.clock.now())
    app.study.answer(ann, questions["C"], "answer C", 4000)
    app.study.answer(ann, questions["A"], "answer A", 2000, counted=False)
    slots = assert_exact(app)
    assert sum(s[3] for (learner, _), s in slots.items() if learner == ann) == 1  # one mature review
    app.study.undo_last(ann)
    app.study.undo_last(ann)
    slots = assert_exact(app)
    assert (ann, int(app.clock.now().timestamp()) // SLOT_SECONDS) not in slots  # an emptied slot goes
    app.clock.advance(minutes=20)
    app.study.undo_last(ann)  # the newest review now lies in an earlier slot
    assert assert_exact(app)


def test_deleting_a_learner_an_article_or_a_question_keeps_the_slots_exact(library):
    app, articles, questions = library
    ann, bob = app.learners.create("Ann").id, app.learners.create("Bob").id
    for hours, key in enumerate(["A", "B", "C", "D", "E"]):
        app.clock.advance(hours=hours)
        app.study.answer(ann, questions[key], f"answer {key}", 1000)
        app.study.answer(bob, questions[key], "wrong", 2000)
    assert app.learners.review_counts() == {ann: 5, bob: 5}  # the learner list's counts come from the slots
    app.learners.delete(bob)
    assert all(learner == ann for learner, _ in assert_exact(app)) and stored_slots(app)
    assert app.learners.review_counts() == {ann: 5}
    app.articles.delete(articles["Beta"])
    assert sum(s[0] for s in assert_exact(app).values()) == 3
    with app.session() as session:  # a question row deleted directly: the log follows by cascade
        session.exec(delete(Question).where(Question.id == questions["A"]))
    assert sum(s[0] for s in assert_exact(app).values()) == 2


def test_editing_a_review_moves_its_sums(library):
    app, _, questions = library
    ann = app.learners.create("Ann").id
    app.study.answer(ann, questions["A"], "wrong", 1000)
    app.study.answer(ann, questions["B"], "answer B", 1000)
    with app.session() as session:
        session.exec(update(ReviewLog).where(ReviewLog.question_id == questions["A"])
                     .values(correct=True, response_ms=70_000, stability_before=30.0, rating=3,
                             reviewed_at=app.clock.now() - timedelta(days=3)))
    assert len(assert_exact(app)) == 2


def test_a_written_history_and_its_replacement_keep_the_slots_exact(library):
    from studyapp.core.stats.simulation import seed_demo_history

    app, _, _ = library
    demo = app.learners.create("Demo").id
    assert seed_demo_history(app, demo, days=60) > 50
    first = assert_exact(app)
    seed_demo_history(app, demo, days=30)  # replaces the whole history
    assert assert_exact(app) != first


@pytest.mark.parametrize("offset, day_start", [(60, 4), (0, 0), (330, 4), (-345, 23), (-600, 4), (7, 4)])
def test_days_summed_from_slots_equal_days_read_from_the_log(library, offset, day_start):
    from studyapp.core.stats.simulation import seed_demo_history

    app, _, _ = library
    demo = app.learners.create("Demo").id
    seed_demo_history(app, demo, days=90)
    days = StudyDays(utc_offset_minutes=offset, day_start_hour=day_start)
    with app.session() as session:
        from_slots = app.stats._activity(session, demo, days)
        from_log = app.stats._activity_from_log(session, demo, days)
    assert len(from_log) > 40 and from_slots == from_log


def test_upgrading_a_0003_library_fills_the_slots_from_its_log(tmp_path):
    from studyapp.core.facade import StudyApp

    engine = old_library(tmp_path / "studyapp.sqlite3", "0003")
    with engine.begin() as connection:
        for at, correct, ms, stability in [("2026-03-02 09:00:00.000000", 1, 1000, 30.0),
                                           ("2026-03-02 09:14:59.999999", 0, 61_000, 30.0),
                                           ("2026-03-02 09:15:00.000000", 1, 2000, None)]:
            connection.execute(text("INSERT INTO review_log (learner_id, question_id, fact_id, reviewed_at, "
                                    "answer_given, correct, rating, response_ms, counted, stability_before) "
                                    "VALUES (1, 1, 1, :t, '', :c, 3, :ms, 1, :s)"),
                               {"t": at, "c": correct, "ms": ms, "s": stability})
    engine.dispose()
    app = StudyApp.open(data_folder=tmp_path)
    try:
        slots = assert_exact(app)
        assert sorted(slots.values()) == [(1, 1, 2000, 0, 0), (2, 1, 61_000, 2, 1)]
    finally:
        app.close()


def test_a_time_a_fraction_of_a_second_before_a_day_starts_stays_in_the_day_before(history):
    """SQLite rounds times to the millisecond; a due time or review 0.1 ms before 03:00 UTC (the
    start of Ann's study day) still belongs to the day before."""
    from datetime import datetime, timezone

    app = history.app
    just_before = datetime(2026, 3, 3, 2, 59, 59, 999_900, tzinfo=timezone.utc)
    with app.session() as session:
        add_state(session, history.ann, history.facts["H"], stability=5.0, last_review=app.clock.now(), due=just_before)
        session.add(ReviewLog(learner_id=history.ann, question_id=history.questions["H"], fact_id=history.facts["H"],
                              reviewed_at=just_before, correct=True, rating=3, response_ms=1000))
    before = app.stats.report(history.ann)
    assert before.due_by_day[0] == 4  # the fixture's 3 due today, and H
    assert before.activity[-1].day.isoformat() == "2026-03-02" and before.activity[-1].reviews == 2
    assert_exact(app)
