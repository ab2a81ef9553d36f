"""A class answering at once is written in batches (``answer_many``): the statements a batch costs
do not grow with the number of answers in it (on PostgreSQL each is a network round trip, and the
answers queued behind a slow batch wait for it), and a batch records each answer exactly as one
answer alone does."""

from collections import Counter

from sqlalchemy import event
from sqlmodel import select

from studyapp.core.classroom.models import SELF_PACED, SessionAnswer
from studyapp.core.classroom.records import AlreadyAnswered, AnswerRequest
from studyapp.core.models import FactState, ReviewLog


def _class_of(studyapp, teacher, bank, students: int):
    studyapp.classroom.save_quiz("Capitals", bank, teacher=teacher, seconds_per_question=60)
    row = studyapp.classroom.open_session("Capitals", teacher=teacher, paced=SELF_PACED)
    return row, [studyapp.classroom.join(row.code, f"Student {n}") for n in range(students)]


def _statements(studyapp, run) -> Counter:
    seen: Counter = Counter()

    def count(_conn, _cursor, statement, _params, _context, _executemany):
        seen[statement.split()[0].upper()] += 1

    event.listen(studyapp.engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(studyapp.engine, "before_cursor_execute", count)
    return seen


def test_a_batch_of_answers_costs_a_few_statements_whatever_its_size(studyapp, teacher, bank):
    row, people = _class_of(studyapp, teacher, bank, students=12)
    first = [AnswerRequest(row.id, p.id, bank[0], "Paris", 3000) for p in people[:2]]
    many = [AnswerRequest(row.id, p.id, q, "Paris", 3000) for p in people for q in bank[1:4]]

    small = _statements(studyapp, lambda: studyapp.classroom.answer_many(first))
    large = _statements(studyapp, lambda: studyapp.classroom.answer_many(many))
    # 36 answers cost what 2 do (reads once per batch, one multi-row write per table); at eight
    # statements per answer they cost 288
    assert sum(large.values()) <= sum(small.values()) + 2, (small, large)
    assert sum(large.values()) <= 16, large


def test_a_batch_records_each_answer_once_with_its_review(studyapp, teacher, bank):
    row, (ana, ben) = _class_of(studyapp, teacher, bank, students=2)
    studyapp.classroom.answer(row.id, ana.id, bank[0], "Paris", 2000)  # stored before the batch
    outcomes = studyapp.classroom.answer_many([
        AnswerRequest(row.id, ana.id, bank[0], "Lima", 1000),     # answered before: refused
        AnswerRequest(row.id, ben.id, bank[0], "Lima", 1000),
        AnswerRequest(row.id, ben.id, bank[0], "Paris", 1000),    # a double tap in the same batch
        AnswerRequest(row.id, ana.id, bank[1], "Tokyo", 1000),
    ])
    assert [type(o).__name__ for o in outcomes] == ["AlreadyAnswered", "ClassAnswer", "AlreadyAnswered",
                                                    "ClassAnswer"]
    assert isinstance(outcomes[0], AlreadyAnswered)
    assert (outcomes[1].correct, outcomes[3].correct) == (False, True)
    with studyapp.session() as session:
        stored = sorted(session.exec(select(SessionAnswer.participant_id, SessionAnswer.question_id,
                                            SessionAnswer.correct)).all())
        logged = sorted(session.exec(select(ReviewLog.learner_id, ReviewLog.question_id, ReviewLog.correct)).all())
        states = {(s.learner_id, s.fact_id): s.reps for s in session.exec(select(FactState))}
    assert stored == sorted([(ana.id, bank[0], True), (ben.id, bank[0], False), (ana.id, bank[1], True)])
    assert logged == sorted([(ana.learner_id, bank[0], True), (ben.learner_id, bank[0], False),
                             (ana.learner_id, bank[1], True)])
    assert sorted(states.values()) == [1, 1, 1]  # each learner's fact scheduled once per answer
