"""Answers given in class: each counts in the learner's own history once; results and their flags."""

import csv

import pytest
from sqlmodel import select

from studyapp.core.atomic_file import WriteFailed
from studyapp.core.classroom.models import HOTSEAT, SELF_PACED, TEAMS, SessionAnswer
from studyapp.core.classroom.results import EVERYONE_MISSED, WRONG_CHOICE_BEAT_KEY
from studyapp.core.errors import InvalidInput
from studyapp.core.models import Question, ReviewLog


@pytest.fixture
def quiz(studyapp, bank, teacher):
    studyapp.classroom.save_quiz("Capitals", bank[:3], teacher=teacher, seconds_per_question=20)
    return "Capitals"


def keys(studyapp, ids):
    with studyapp.session() as session:
        return {q.id: q for q in session.exec(select(Question).where(Question.id.in_(ids)))}


def reviews(studyapp):
    with studyapp.session() as session:
        return list(session.exec(select(ReviewLog).order_by(ReviewLog.id)))


def test_a_class_answer_counts_once_in_the_learners_own_history(studyapp, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    ana = studyapp.classroom.join(row.code, "Ana")
    studyapp.classroom.next_question(row.id, teacher=teacher)
    key = keys(studyapp, bank)[bank[0]].answer

    result = studyapp.classroom.answer(row.id, ana.id, bank[0], key, 4200)
    assert result.correct and result.answer == key
    with pytest.raises(InvalidInput, match="already answered this question"):
        studyapp.classroom.answer(row.id, ana.id, bank[0], "Lima", 5000)
    [review] = reviews(studyapp)
    assert (review.learner_id, review.question_id, review.session_id, review.correct) == (
        ana.learner_id, bank[0], row.id, True)
    assert studyapp.classroom.answered_questions(row.id, ana.id) == {bank[0]: True}


def test_teacher_paced_answers_only_to_the_question_on_screen(studyapp, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    ana = studyapp.classroom.join(row.code, "Ana")
    studyapp.classroom.next_question(row.id, teacher=teacher)
    with pytest.raises(InvalidInput, match="moved on"):
        studyapp.classroom.answer(row.id, ana.id, bank[1], "Tokyo", 1000)
    studyapp.classroom.reveal(row.id, teacher=teacher)
    with pytest.raises(InvalidInput, match="answer has been shown"):
        studyapp.classroom.answer(row.id, ana.id, bank[0], "Paris", 1000)
    with pytest.raises(InvalidInput, match="not part of this session"):
        studyapp.classroom.answer(row.id, ana.id, bank[5], "Paris", 1000)
    assert reviews(studyapp) == []


def test_a_failed_answer_leaves_nothing_half_recorded(studyapp, quiz, teacher, bank, monkeypatch):
    row = studyapp.classroom.open_session(quiz, teacher=teacher, paced=SELF_PACED)
    ana = studyapp.classroom.join(row.code, "Ana")

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(studyapp.study, "record", broken)  # the review fails after the answer row was written
    with pytest.raises(RuntimeError):
        studyapp.classroom.answer(row.id, ana.id, bank[0], "Paris", 1000)
    monkeypatch.undo()
    assert studyapp.classroom.answered_questions(row.id, ana.id) == {}
    assert studyapp.classroom.answer(row.id, ana.id, bank[0], "Paris", 1000).correct  # may try again


def test_a_team_answer_counts_for_each_member_and_once_on_the_scoreboard(studyapp, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher, mode=TEAMS, paced=SELF_PACED)
    for name, team in (("Ana", "Red"), ("Ben", "Red"), ("Cleo", "Blue")):
        studyapp.classroom.add_participant(row.id, name, team)
    key = keys(studyapp, bank)
    studyapp.classroom.answer_as_team(row.id, "Red", bank[0], key[bank[0]].answer, 3000)
    studyapp.classroom.answer_as_team(row.id, "Red", bank[1], "Oslo", 3000)
    studyapp.classroom.answer_as_team(row.id, "Blue", bank[0], "Oslo", 3000)
    learners = {l.id: l.name for l in studyapp.learners.list()}
    assert sorted((learners[r.learner_id], r.question_id) for r in reviews(studyapp)) == [
        ("Ana", bank[0]), ("Ana", bank[1]), ("Ben", bank[0]), ("Ben", bank[1]), ("Cleo", bank[0])]
    board = studyapp.classroom.scoreboard(row.id)
    assert [(s.label, s.correct, s.answered, s.members) for s in board] == [
        ("Red", 1, 2, ["Ana", "Ben"]), ("Blue", 0, 1, ["Cleo"])]


def test_hot_seat_scoreboard_is_per_learner(studyapp, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher, mode=HOTSEAT, paced=SELF_PACED)
    ana, ben = (studyapp.classroom.add_participant(row.id, n) for n in ("Ana", "Ben"))
    key = keys(studyapp, bank)
    studyapp.classroom.answer(row.id, ana.id, bank[0], "Oslo", 1000)
    studyapp.classroom.answer(row.id, ben.id, bank[1], key[bank[1]].answer, 1000)
    assert [(s.label, s.correct) for s in studyapp.classroom.scoreboard(row.id)] == [("Ben", 1), ("Ana", 0)]


@pytest.fixture
def finished_class(studyapp, quiz, teacher, bank):
    """Four students; question 1 everyone right, question 2 everyone wrong, question 3 a wrong choice wins."""
    row = studyapp.classroom.open_session(quiz, teacher=teacher, paced=SELF_PACED)
    key = {qid: q.answer for qid, q in keys(studyapp, bank).items()}
    answers = {"Ana": [key[bank[0]], "Oslo", key[bank[2]]],
               "Ben": [key[bank[0]], "Lima", "Cairo"],
               "Cleo": [key[bank[0]], "Oslo", "Cairo"],
               "Dev": [key[bank[0]], "Oslo", "Cairo"]}
    for name, given in answers.items():
        person = studyapp.classroom.join(row.code, name)
        for seconds, (qid, text) in enumerate(zip(bank[:3], given), start=2):
            studyapp.classroom.answer(row.id, person.id, qid, text, seconds * 1000)
    return row


def test_results_per_question_flag_what_to_review(studyapp, finished_class, teacher, bank):
    results = studyapp.classroom.results(finished_class.id, teacher=teacher)
    first, second, third = results.questions
    assert (first.answered, first.correct, first.share_correct, first.flags) == (4, 4, 1.0, [])
    assert second.correct == 0 and second.wrong_answers == {"Oslo": 3, "Lima": 1}
    assert second.flags == [EVERYONE_MISSED]
    assert third.correct == 1 and third.wrong_answers == {"Cairo": 3} and third.flags == [WRONG_CHOICE_BEAT_KEY]
    assert first.mean_seconds == 2.0 and third.mean_seconds == 4.0
    assert [q.position for q in results.flagged] == [2, 3]


def test_results_per_student(studyapp, finished_class, teacher):
    students = studyapp.classroom.results(finished_class.id, teacher=teacher).students
    assert [(s.name, s.correct, s.answered) for s in students][0] == ("Ana", 2, 3)
    assert {s.name: s.correct for s in students} == {"Ana": 2, "Ben": 1, "Cleo": 1, "Dev": 1}
    assert students[0].share_correct == pytest.approx(2 / 3) and students[0].mean_seconds == 3.0


def test_a_student_sees_only_their_own_results(studyapp, finished_class):
    ben = next(p for p in studyapp.classroom.participants(finished_class.id) if p.name == "Ben")
    own = studyapp.classroom.my_results(finished_class.id, ben.id)
    assert [s.name for s in own.students] == ["Ben"]
    assert sum(q.answered for q in own.questions) == 3


def test_results_export_as_csv(studyapp, finished_class, teacher, tmp_path):
    out = studyapp.classroom.export_results_csv(finished_class.id, tmp_path / "results.csv", teacher=teacher)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    answers = [r for r in rows if r["section"] == "answer"]
    assert len(answers) == 12
    bens = {(r["question"], r["answer given"], r["correct"]) for r in answers if r["student"] == "Ben"}
    assert bens == {("1", "Paris", "yes"), ("2", "Lima", "no"), ("3", "Cairo", "no")}
    flagged = {r["question"]: r["flags"] for r in rows if r["section"] == "question"}
    assert flagged == {"1": "", "2": EVERYONE_MISSED, "3": WRONG_CHOICE_BEAT_KEY}
    with pytest.raises(WriteFailed, match="Cannot write .*does not exist"):
        studyapp.classroom.export_results_csv(finished_class.id, tmp_path / "no" / "such.csv", teacher=teacher)


def test_live_status_shows_who_answered_and_the_spread(studyapp, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    people = [studyapp.classroom.join(row.code, n) for n in ("Ana", "Ben", "Cleo")]
    studyapp.classroom.next_question(row.id, teacher=teacher)
    question = keys(studyapp, bank)[bank[0]]
    studyapp.classroom.answer(row.id, people[0].id, bank[0], question.answer, 1000)
    studyapp.classroom.answer(row.id, people[2].id, bank[0], question.choices[0], 1000)
    live = studyapp.classroom.live(row.id, teacher=teacher)
    assert (live.answered, live.waiting, live.correct) == (["Ana", "Cleo"], ["Ben"], 1)
    assert live.distribution[question.answer] == 1 and live.distribution[question.choices[0]] == 1
    assert set(live.distribution) == {question.answer, *question.choices}
    with studyapp.session() as session:
        assert len(session.exec(select(SessionAnswer)).all()) == 2


def test_an_answer_after_the_time_is_up_on_the_servers_clock_is_refused(studyapp, clock, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    ana, ben = studyapp.classroom.join(row.code, "Ana"), studyapp.classroom.join(row.code, "Ben")
    studyapp.classroom.next_question(row.id, teacher=teacher)
    clock.advance(seconds=20.5)  # in flight when the countdown ended: still counts
    assert studyapp.classroom.answer(row.id, ana.id, bank[0], "Paris", 20500).correct
    clock.advance(seconds=1)
    with pytest.raises(InvalidInput, match="Time is up"):
        studyapp.classroom.answer(row.id, ben.id, bank[0], "Paris", 21500)
    assert [r.learner_id for r in reviews(studyapp)] == [ana.learner_id]


def test_self_paced_time_runs_from_when_the_student_was_given_the_question(studyapp, clock, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher, paced=SELF_PACED)
    ana = studyapp.classroom.join(row.code, "Ana")
    shown = clock.now()
    clock.advance(seconds=60)
    with pytest.raises(InvalidInput, match="Time is up"):
        studyapp.classroom.answer(row.id, ana.id, bank[0], "Paris", 100, shown_at=shown)
    assert studyapp.classroom.answer(row.id, ana.id, bank[1], "Tokyo", 100, shown_at=clock.now()).correct
