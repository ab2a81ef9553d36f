"""Study order: siblings wait, a fact in its learning steps keeps its form, typed answers and the
self-grade intervals from the first day, a quiz holds one form of each fact."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import select

from studyapp.core.classroom.manager import QuizSpec
from studyapp.core.models import Question
from studyapp.core.study.scheduling import CHOICE, TYPED

from study_bank import add_facts, share_sentence


def answer(app, learner, card, right=True, ms=4000, **kw):
    with app.session() as session:
        key = session.get(Question, card.question_id).answer
    return app.study.answer(learner, card.question_id, key if right else "no idea", ms, form=card.form, **kw)


def test_a_fact_sharing_a_sentence_with_one_answered_today_waits_until_tomorrow(bank, clock):
    app, learner, facts = bank
    share_sentence(app, facts[0], facts[1])
    first = app.study.next_card(learner)
    assert first.fact_id == facts[0]
    answer(app, learner, first, right=False)
    seen = []
    for _ in range(12):
        card = app.study.next_card(learner)
        seen.append(card.fact_id)
        answer(app, learner, card)
        clock.advance(minutes=3)
    assert facts[1] not in seen and facts[0] in seen  # the fact's own learning steps go on
    assert app.study.next_card(learner, fact_ids=[facts[1]]) is None
    clock.advance(days=1)
    assert app.study.next_card(learner, fact_ids=[facts[1]]).fact_id == facts[1]


def test_practice_puts_siblings_of_todays_answers_last(bank):
    app, learner, facts = bank
    share_sentence(app, facts[0], facts[1])
    run = list(facts[:4])
    order = []
    avoid = None
    while run:
        card = app.study.next_card(learner, fact_ids=run, practice=True, avoid_fact_id=avoid)
        order.append(card.fact_id)
        answer(app, learner, card)
        run.remove(card.fact_id)
        avoid = card.fact_id
    assert order[0] == facts[0] and order[-1] == facts[1]


def test_a_fact_in_its_learning_steps_comes_back_in_the_question_it_was_answered_in(bank, clock):
    app, learner, facts = bank
    card = app.study.next_card(learner, fact_ids=[facts[0]])
    answer(app, learner, card, right=False)
    for _ in range(3):
        clock.advance(minutes=2)
        again = app.study.next_card(learner, fact_ids=[facts[0]])
        assert again.question_id == card.question_id
        answer(app, learner, again, right=False)


def test_typed_answers_from_the_first_day_through_a_setting(bank):
    app, learner, facts = bank
    assert app.study.next_card(learner).form == CHOICE
    app.study.save_settings(learner, typed_first=True)
    assert app.study.settings(learner).typed_first
    assert app.study.next_card(learner).form == TYPED


def test_self_grade_buttons_show_what_fsrs_gives_each_grade_now(bank, clock):
    app, learner, facts = bank
    app.study.save_settings(learner, self_grading=True)
    card = app.study.next_card(learner)
    preview = app.study.preview(card.question_id, "1800", card.form, learner_id=learner)
    intervals = preview.intervals
    assert sorted(intervals) == [1, 2, 3, 4]
    assert intervals[1] < intervals[3] < intervals[4]
    outcome = app.study.answer(learner, card.question_id, "1800", 4000, self_rating=3, form=card.form)
    assert outcome.due - clock.now() == intervals[3]
    # A known fact's intervals are days, not minutes.
    clock.set(outcome.due)
    app.study.answer(learner, card.question_id, "1800", 4000, self_rating=3, form=card.form)
    clock.advance(days=5)
    later = app.study.preview(card.question_id, "1800", card.form, learner_id=learner).intervals
    assert later[3] >= timedelta(days=1)


def test_a_quiz_holds_one_form_of_each_fact_unless_asked(studyapp):
    facts = add_facts(studyapp, 4)
    share_sentence(studyapp, facts[0], facts[1])
    chosen = studyapp.classroom.select_questions(QuizSpec(count=100))
    assert len({q.fact_id for q in chosen}) == len(chosen)
    sentences = [(q.article_id, q.source_start) for q in chosen]
    assert len(set(sentences)) == len(sentences) == 3  # facts 0 and 1 share a sentence
    several = studyapp.classroom.select_questions(QuizSpec(count=100, several_forms=True))
    with studyapp.session() as session:
        assert len(several) == len(session.exec(select(Question)).all()) == 12
