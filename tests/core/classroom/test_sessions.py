"""Class sessions: join codes, joining, moving the class on, ending."""

import pytest

from studyapp.core.classroom import manager as classroom_manager
from studyapp.core.classroom.manager import CODE_ALPHABET
from studyapp.core.errors import InvalidInput, NotFound, PermissionDenied


@pytest.fixture
def quiz(studyapp, bank, teacher):
    studyapp.classroom.save_quiz("Capitals", bank[:4], teacher=teacher, seconds_per_question=20)
    return "Capitals"


def test_join_codes_are_short_unambiguous_and_unique_among_open_sessions(studyapp, quiz, teacher, monkeypatch):
    codes = {studyapp.classroom.open_session(quiz, teacher=teacher).code for _ in range(30)}
    assert len(codes) == 30
    assert all(len(code) == 5 and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert not set("0O1IL") & set(CODE_ALPHABET)

    # A drawn code that an open session holds is drawn again; an ended session's code is free.
    drawn = iter("AAAAA" "AAAAA" "BBBBB")
    monkeypatch.setattr(classroom_manager.secrets, "choice", lambda _alphabet: next(drawn))
    first = studyapp.classroom.open_session(quiz, teacher=teacher)
    second = studyapp.classroom.open_session(quiz, teacher=teacher)
    assert (first.code, second.code) == ("AAAAA", "BBBBB")
    studyapp.classroom.end_session(first.id, teacher=teacher)
    drawn = iter("AAAAA")
    assert studyapp.classroom.open_session(quiz, teacher=teacher).code == "AAAAA"


def test_students_join_by_code_and_rejoin_as_themselves(studyapp, quiz, teacher):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    ana = studyapp.classroom.join(f" {row.code.lower()} ", "Ana")
    assert studyapp.classroom.join(row.code, "Ana").id == ana.id  # e.g. after her desk restarted
    studyapp.classroom.join(row.code, "Ben")
    assert [p.name for p in studyapp.classroom.participants(row.id)] == ["Ana", "Ben"]
    assert studyapp.learners.find("Ben") is not None  # a new learner profile for Ben's own progress
    other = studyapp.classroom.open_session(quiz, teacher=teacher)
    assert [(s.id, n) for s, n in studyapp.classroom.session_summaries()] == [(other.id, 0), (row.id, 2)]
    with pytest.raises(NotFound, match="No open class session has the code 'ZZZZZ'"):
        studyapp.classroom.join("ZZZZZ", "Cleo")
    with pytest.raises(InvalidInput, match="cannot be empty"):
        studyapp.classroom.join(row.code, "  ")


def test_teacher_moves_the_class_on_and_the_countdown_runs(studyapp, clock, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    state = studyapp.classroom.state(row.id)
    assert state.current is None and state.seconds_left is None and len(state.questions) == 4
    state = studyapp.classroom.next_question(row.id, teacher=teacher)
    assert state.current.id == bank[0] and state.seconds_left == 20
    clock.advance(seconds=15)
    assert studyapp.classroom.state(row.id).seconds_left == 5
    clock.advance(seconds=15)
    assert studyapp.classroom.state(row.id).seconds_left == 0
    assert studyapp.classroom.go_to(row.id, 3, teacher=teacher).current.id == bank[3]
    assert studyapp.classroom.next_question(row.id, teacher=teacher).finished


def test_students_cannot_run_or_end_a_session_or_see_results(studyapp, quiz, teacher):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    for attempt in (lambda: studyapp.classroom.open_session(quiz, teacher=None),
                    lambda: studyapp.classroom.next_question(row.id, teacher=None),
                    lambda: studyapp.classroom.end_session(row.id, teacher=None),
                    lambda: studyapp.classroom.results(row.id, teacher=None),
                    lambda: studyapp.classroom.live(row.id, teacher=None),
                    lambda: studyapp.classroom.scoreboard(row.id)):
        with pytest.raises(PermissionDenied):
            attempt()
    assert studyapp.classroom.get_session(row.id).ended_at is None


def test_an_ended_session_takes_no_one_and_frees_its_code(studyapp, quiz, teacher):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    studyapp.classroom.end_session(row.id, teacher=teacher)
    with pytest.raises(NotFound):
        studyapp.classroom.join(row.code, "Ana")
    with pytest.raises(InvalidInput, match="has ended"):
        studyapp.classroom.add_participant(row.id, "Ana")
    assert studyapp.classroom.get_session(row.id).open_code is None
