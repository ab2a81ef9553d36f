"""The study loop without the GUI: scheduling, logging, undo, due order, limits, concurrency."""

from __future__ import annotations

import threading

import pytest
from sqlmodel import select

from studyapp.core.errors import InvalidInput
from studyapp.core.facade import StudyApp
from studyapp.core.models import FactState, Question, ReviewLog
from studyapp.core.study.scheduling import CHOICE, TYPED, choose_form

from study_bank import add_facts


def state_of(app, learner_id, fact_id):
    with app.session() as session:
        row = session.get(FactState, (learner_id, fact_id))
        return None if row is None else row.model_dump()


def logs(app, learner_id=None):
    with app.session() as session:
        query = select(ReviewLog).order_by(ReviewLog.id)
        if learner_id is not None:
            query = query.where(ReviewLog.learner_id == learner_id)
        return list(session.exec(query).all())


def answer_right(app, learner_id, card, response_ms=4000):
    with app.session() as session:
        key = session.get(Question, card.question_id).answer
    return app.study.answer(learner_id, card.question_id, key, response_ms, form=card.form)


def test_answer_schedules_the_fact_and_logs_it(bank):
    app, learner, facts = bank
    card = app.study.next_card(learner)
    assert card.reason == "new" and card.fact_id == facts[0] and card.form == CHOICE
    assert sorted(card.options) == sorted(["1800", "1700", "1650", "1600"])
    outcome = answer_right(app, learner, card)
    assert outcome.correct and outcome.rating == 3 and outcome.expected == "1800"
    assert outcome.source_sentence == "Event 0 happened in 1800."
    state = state_of(app, learner, facts[0])
    assert state["reps"] == 1 and state["stability"] > 0 and outcome.due > app.clock.now()
    [row] = logs(app)
    assert row.state_before is None and row.counted and row.id == outcome.review_id


def test_rating_follows_correctness_and_time(bank):
    app, learner, _ = bank
    card = app.study.next_card(learner)
    wrong = app.study.answer(learner, card.question_id, "1700", 2000, form=card.form)
    assert not wrong.correct and wrong.rating == 1
    card = app.study.next_card(learner)
    slow = answer_right(app, learner, card, response_ms=60_000)
    assert slow.rating == 2


def test_undo_restores_state_and_log_exactly(bank, clock):
    app, learner, facts = bank
    first = answer_right(app, learner, app.study.next_card(learner))
    before = state_of(app, learner, facts[0])
    clock.advance(days=4)
    card = app.study.card_for_question(learner, first.question_id, TYPED)
    app.study.answer(learner, card.question_id, "1799", 9000, form=card.form)
    assert state_of(app, learner, facts[0]) != before
    undone = app.study.undo_last(learner)
    assert undone.question_id == first.question_id and undone.given == "1799"
    assert state_of(app, learner, facts[0]) == before
    assert [r.id for r in logs(app)] == [first.review_id]
    assert app.study.undo_last(learner).review_id is None
    assert state_of(app, learner, facts[0]) is None and logs(app) == []
    assert app.study.undo_last(learner) is None


def test_class_answers_are_not_undone_from_self_study(bank):
    app, learner, _ = bank
    card = app.study.next_card(learner)
    app.study.answer(learner, card.question_id, "1800", 3000, session_id=7)
    assert not app.study.last_undoable(learner)
    assert app.study.undo_last(learner) is None
    assert len(logs(app)) == 1


def test_uncounted_answer_is_logged_but_does_not_schedule(bank):
    app, learner, facts = bank
    card = app.study.next_card(learner)
    outcome = app.study.answer(learner, card.question_id, "1800", 3000, counted=False, form=card.form)
    assert outcome.correct and outcome.rating == 0 and not outcome.counted
    assert state_of(app, learner, facts[0]) is None
    assert logs(app)[0].counted is False


def test_due_reviews_come_before_new_facts_and_new_facts_are_limited(bank, clock):
    app, learner, facts = bank
    app.study.save_settings(learner, new_per_day=3)
    seen = []
    for _ in range(3):
        card = app.study.next_card(learner)
        seen.append((card.fact_id, card.reason))
        answer_right(app, learner, card, response_ms=1000)
        clock.advance(seconds=5)
    assert seen == [(facts[0], "new"), (facts[1], "new"), (facts[2], "new")]
    assert app.study.counts(learner).new_left == 0
    # Learning steps of today come early when nothing else is left; after them, nothing.
    for _ in range(10):
        card = app.study.next_card(learner)
        if card is None:
            break
        assert card.reason in ("learning", "due") and card.fact_id in facts[:3]
        answer_right(app, learner, card, response_ms=1000)
        clock.advance(minutes=15)
    assert app.study.next_card(learner) is None
    clock.advance(days=30)
    card = app.study.next_card(learner)
    assert card.reason == "due" and card.fact_id in facts[:3]
    assert app.study.counts(learner).due == 3 and app.study.counts(learner).new_left == 3


def test_forms_change_as_a_fact_is_learned(bank, clock):
    app, learner, facts = bank
    card = app.study.next_card(learner)
    assert card.form == CHOICE
    for _ in range(8):
        answer_right(app, learner, card, response_ms=4000)
        state = state_of(app, learner, facts[0])
        clock.set(state["due"])
        card = app.study.next_card(learner, fact_ids=[facts[0]])
    assert state_of(app, learner, facts[0])["stability"] > 21
    assert card.form in ("typed", "cloze")
    # Choose_form rotates: the question asked last time drops back.
    from datetime import datetime, timezone
    recently = {1: datetime(2026, 1, 1, tzinfo=timezone.utc)}
    assert choose_form([(1, "short", True), (2, "cloze", True)], None, recently)[0] == 2


def test_practice_run_goes_through_the_given_facts(bank):
    app, learner, facts = bank
    wanted = [facts[5], facts[2]]
    card = app.study.next_card(learner, fact_ids=wanted, practice=True)
    assert card.reason == "practice" and card.fact_id in wanted
    assert app.study.next_card(learner, fact_ids=[], practice=True) is None
    assert app.study.fact_ids(article_id=card.article_id) == facts


def test_typed_wrong_choice_close_to_the_key_is_wrong(bank):
    app, learner, _ = bank
    card = app.study.next_card(learner)
    with app.session() as session:
        question = session.get(Question, card.question_id)
        question.answer, question.choices = "Australia", ["Austria", "Germany"]
        session.add(question)
    assert not app.study.answer(learner, card.question_id, "austria", 3000, form=TYPED).correct


def test_settings_are_validated_and_fall_back_to_program_wide(bank):
    app, learner, _ = bank
    app.study.save_settings(0, desired_retention=0.85)
    assert app.study.settings(learner).desired_retention == 0.85
    app.study.save_settings(learner, desired_retention=0.95, self_grading=True)
    assert app.study.settings(learner).desired_retention == 0.95 and app.study.settings(learner).self_grading
    with pytest.raises(InvalidInput):
        app.study.save_settings(learner, desired_retention=1.5)
    with pytest.raises(InvalidInput):
        app.study.save_settings(learner, new_per_day=-1)
    assert app.study.settings(learner).desired_retention == 0.95


def test_many_learners_answer_at_once_without_losing_anything(studyapp):
    app = studyapp
    facts = add_facts(app, 5, article_title="Class")
    learners = [app.learners.create(f"Student {i}").id for i in range(8)]
    errors = []

    def student(learner_id):
        try:
            for _ in range(10):
                card = app.study.next_card(learner_id)
                app.study.answer(learner_id, card.question_id, "1800", 3000, session_id=None, form=card.form)
        except Exception as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=student, args=(learner_id,)) for learner_id in learners]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    for learner_id in learners:
        rows = logs(app, learner_id)
        assert len(rows) == 10
        for fact_id in facts:
            counted = sum(1 for r in rows if r.fact_id == fact_id)
            state = state_of(app, learner_id, fact_id)
            assert (state["reps"] if state else 0) == counted


def test_two_windows_on_one_learner_each_undo_only_their_own_answer(bank):
    """Issue 23, point 4: Ctrl+Z in one window took back the answer given in the other."""
    app, learner, facts = bank
    other_window = StudyApp(app.engine, data_folder=app.data_folder, url=app.url, clock=app.clock)  # a 2nd program
    mine = app.study.answer(learner, app.study.next_card(learner).question_id, "1800", 3000, owner="window A")
    theirs = other_window.study.answer(learner, app.study.next_card(learner, avoid_fact_id=mine.fact_id).question_id,
                                       "1801", 3000, owner="window B")
    assert mine.fact_id != theirs.fact_id
    undone = app.study.undo_last(learner, owner="window A")
    assert undone.question_id == mine.question_id
    assert [r.id for r in logs(app)] == [theirs.review_id]  # the other window's answer stays
    assert app.study.undo_last(learner, owner="window A") is None
    assert not app.study.last_undoable(learner, owner="window A")
    assert other_window.study.last_undoable(learner, owner="window B")


def test_an_own_answer_is_not_undone_once_the_other_window_answered_the_same_fact(bank):
    app, learner, facts = bank
    card = app.study.next_card(learner)
    app.study.answer(learner, card.question_id, "1800", 3000, owner="window A")
    later = app.study.answer(learner, card.question_id, "1800", 3000, owner="window B")
    before = state_of(app, learner, card.fact_id)
    assert app.study.undo_last(learner, owner="window A") is None  # restoring would wipe window B's answer
    assert state_of(app, learner, card.fact_id) == before and logs(app)[-1].id == later.review_id
