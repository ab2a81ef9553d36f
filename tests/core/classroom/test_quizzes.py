"""Saved quizzes and choosing questions from the bank."""

import pytest
from sqlmodel import select

from classroom_bank import make_bank
from studyapp.core.classroom.manager import QuizSpec
from studyapp.core.errors import InvalidInput, NotFound, PermissionDenied
from studyapp.core.models import ArticleTag, Learner, Question, ReviewLog, Tag


def test_saved_quiz_keeps_its_order_and_can_be_reused(studyapp, bank, teacher):
    order = [bank[3], bank[0], bank[5]]
    studyapp.classroom.save_quiz("Week 1", order, teacher=teacher, seconds_per_question=20)
    assert [q.id for q in studyapp.classroom.quiz_questions("Week 1")] == order
    [summary] = studyapp.classroom.list_quizzes()
    assert (summary.name, summary.n_questions, summary.seconds_per_question) == ("Week 1", 3, 20)

    with pytest.raises(InvalidInput, match="already a quiz"):
        studyapp.classroom.save_quiz("Week 1", bank[:2], teacher=teacher)
    assert [q.id for q in studyapp.classroom.quiz_questions("Week 1")] == order  # unchanged
    studyapp.classroom.save_quiz("Week 1", bank[:2], teacher=teacher, replace=True)
    assert [q.id for q in studyapp.classroom.quiz_questions("Week 1")] == bank[:2]


def test_bad_quiz_input_is_refused_and_leaves_nothing(studyapp, bank, teacher):
    for kwargs, message in [({"name": " ", "question_ids": bank}, "needs a name"),
                            ({"name": "A", "question_ids": []}, "at least one question"),
                            ({"name": "A", "question_ids": [bank[0], bank[0]]}, "only once"),
                            ({"name": "A", "question_ids": [99999]}, "do not exist"),
                            ({"name": "A", "question_ids": bank, "seconds_per_question": 2}, "between 5 and 600")]:
        with pytest.raises(InvalidInput, match=message):
            studyapp.classroom.save_quiz(teacher=teacher, **kwargs)
    assert studyapp.classroom.list_quizzes() == []
    with pytest.raises(NotFound, match="no saved quiz called 'A'"):
        studyapp.classroom.quiz_questions("A")


def test_students_cannot_edit_quizzes(studyapp, bank, teacher):
    studyapp.classroom.save_quiz("Week 1", bank, teacher=teacher)
    for attempt in (lambda: studyapp.classroom.save_quiz("Mine", bank, teacher=None),
                    lambda: studyapp.classroom.delete_quiz("Week 1", teacher=None)):
        with pytest.raises(PermissionDenied, match="Only the teacher"):
            attempt()
    assert [q.name for q in studyapp.classroom.list_quizzes()] == ["Week 1"]
    studyapp.classroom.delete_quiz("Week 1", teacher=teacher)
    assert studyapp.classroom.list_quizzes() == []


def test_select_by_kind_article_tag_count_and_order(studyapp, bank):
    other = make_bank(studyapp, 4, title="Rivers", kind="cloze")
    with studyapp.session() as session:
        article_of = {q.id: q.article_id for q in session.exec(select(Question))}
        tag = Tag(name="geography")
        session.add(tag)
        session.flush()
        session.add(ArticleTag(article_id=article_of[other[0]], tag_id=tag.id))
    select_ids = lambda **kw: [q.id for q in studyapp.classroom.select_questions(QuizSpec(count=100, **kw))]

    assert select_ids() == bank + other
    assert select_ids(kinds=["cloze"]) == other
    assert select_ids(article_ids=[article_of[bank[0]]]) == bank
    assert select_ids(tags=["geography"]) == other
    assert select_ids(tags=["history"]) == []
    assert select_ids(text="capital japan") == [bank[1], other[1]]  # every word, in any field
    assert [q.id for q in studyapp.classroom.select_questions(QuizSpec(count=3))] == bank[:3]
    shuffled = select_ids(order="random", seed=7)
    assert sorted(shuffled) == sorted(bank + other) and shuffled != bank + other
    assert shuffled == select_ids(order="random", seed=7)  # the same seed gives the same quiz


def test_select_by_difficulty_uses_how_learners_answered(studyapp, bank):
    now = studyapp.clock.now()
    with studyapp.session() as session:
        learner = Learner(name="Ana", created_at=now)
        session.add(learner)
        session.flush()
        questions = {q.id: q for q in session.exec(select(Question))}
        # bank[0]: always right (easy); bank[1]: 1 of 3 right (hard); bank[2]: 3 of 4 right (medium)
        for qid, results in ((bank[0], [1, 1, 1]), (bank[1], [1, 0, 0]), (bank[2], [1, 1, 1, 0])):
            for ok in results:
                session.add(ReviewLog(learner_id=learner.id, question_id=qid, fact_id=questions[qid].fact_id,
                                      reviewed_at=now, correct=bool(ok)))
    pick = lambda **kw: [q.id for q in studyapp.classroom.select_questions(QuizSpec(count=100, **kw))]
    assert pick(difficulty="easy") == [bank[0]]
    assert pick(difficulty="hard") == [bank[1]]
    assert pick(difficulty="medium") == [bank[2]]
    assert pick(difficulty="new") == bank[3:]
    assert pick(order="hardest")[:3] == [bank[1], bank[2], bank[0]]
    with pytest.raises(InvalidInput, match="Unknown difficulty"):
        pick(difficulty="brutal")
