"""The study loop of a window, without Qt: phases, the next card behind the feedback, practice runs
with their misses, undo, and a stale next card fetched again."""

from __future__ import annotations

from sqlmodel import select

from studyapp.core.models import Question, ReviewLog
from studyapp.core.study.session import STALE_AFTER_S, Phase, StudySession


class Ticks:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def key_of(app, card) -> str:
    with app.session() as session:
        return session.get(Question, card.question_id).answer


def answer(session: StudySession, given: str):
    """What the window does: submit, record in the background, show the feedback, then fetch the
    card after it."""
    card, run = session.card, session.run
    assert session.submit(given)
    assert session.phase is Phase.CHECKING
    prepared = session.record(card, session.given, session.response_ms, None, run)
    session.answered(card, prepared, run)
    session.show_feedback(prepared.outcome)
    assert session.take_next() is None  # the feedback did not wait for the next card
    session.fetched_next(session.fetch(*session.following(), with_counts=False))
    return prepared


def test_the_loop_goes_question_feedback_question(bank):
    app, learner, facts = bank
    ticks = Ticks()
    session = StudySession(app.study, learner, monotonic=ticks)
    assert session.phase is Phase.IDLE
    assert session.show(session.fetch(None, None).card) is Phase.QUESTION
    first = session.card
    ticks.now += 4.2
    prepared = answer(session, key_of(app, first))
    assert session.phase is Phase.FEEDBACK and prepared.outcome.correct
    assert session.response_ms == 4200
    assert not session.submit("again")  # no answer is taken while the feedback shows
    following = session.take_next()
    assert following.card is not None and following.card.fact_id != first.fact_id
    assert session.show(following.card) is Phase.QUESTION
    with app.session() as db:
        assert len(db.exec(select(ReviewLog)).all()) == 1


def test_a_next_card_fetched_long_ago_is_fetched_again(bank):
    app, learner, facts = bank
    ticks = Ticks()
    session = StudySession(app.study, learner, monotonic=ticks)
    session.show(session.fetch(None, None).card)
    answer(session, "wrong")
    ticks.now += STALE_AFTER_S - 1
    assert session.prepared is not None
    ticks.now += 2
    assert session.take_next() is None


def test_a_practice_run_counts_right_answers_and_lists_the_misses(bank):
    app, learner, facts = bank
    session = StudySession(app.study, learner)
    run = session.start_run("History", facts[:3], counted=False)
    session.show(session.fetch(run, None).card)
    answers = []
    while session.phase is Phase.QUESTION:
        card = session.card
        right = len(answers) != 1  # the second answer is wrong
        answer(session, key_of(app, card) if right else "no idea")
        answers.append((card, right))
        nxt = session.take_next()
        session.show(nxt.card)
    assert session.phase is Phase.EMPTY and session.run is None
    finished = session.finished_run
    assert (finished.right, finished.total) == (2, 3)
    missed_card = answers[1][0]
    assert [(m.prompt, m.expected, m.given) for m in finished.misses] == \
        [(missed_card.prompt, key_of(app, missed_card), "no idea")]


def test_undo_puts_the_fact_back_into_the_run_and_forgets_its_miss(bank):
    app, learner, facts = bank
    session = StudySession(app.study, learner)
    run = session.start_run("History", facts[:2], counted=True)
    session.show(session.fetch(run, None).card)
    card = session.card
    answer(session, "no idea")
    assert run.misses and run.remaining == [f for f in facts[:2] if f != card.fact_id]
    prepared = session.undo(session.last_card)
    session.undone(prepared)
    assert prepared.card.question_id == card.question_id and prepared.card.form == card.form
    assert run.remaining[0] == card.fact_id and run.misses == [] and run.n_done == 0


def test_another_learner_starts_clean(bank):
    app, learner, facts = bank
    session = StudySession(app.study, learner)
    session.start_run("History", facts[:2], counted=True)
    session.show(session.fetch(session.run, None).card)
    other = app.learners.get_or_create("Bo").id
    session.reset(other)
    assert (session.phase, session.run, session.card, session.learner_id) == (Phase.IDLE, None, None, other)
