"""Class sessions: join codes, joining, moving the class on, ending."""

import pytest

from studyapp.core.classroom import manager as classroom_manager
from studyapp.core.classroom.manager import CODE_ALPHABET, CODE_LENGTH
from studyapp.core.classroom.models import Participant
from studyapp.core.errors import InvalidInput, NotFound, PermissionDenied
from sqlmodel import select


@pytest.fixture
def quiz(studyapp, bank, teacher):
    studyapp.classroom.save_quiz("Capitals", bank[:4], teacher=teacher, seconds_per_question=20)
    return "Capitals"


def test_join_codes_are_unambiguous_hard_to_guess_and_unique_among_open_sessions(studyapp, quiz, teacher, monkeypatch):
    codes = {studyapp.classroom.open_session(quiz, teacher=teacher).code for _ in range(30)}
    assert len(codes) == 30
    assert CODE_LENGTH >= 7 and all(len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET) for code in codes)
    assert not set("0O1IL") & set(CODE_ALPHABET)

    # A drawn code that an open session holds is drawn again; an ended session's code is free.
    drawn = iter("A" * CODE_LENGTH * 2 + "B" * CODE_LENGTH)
    monkeypatch.setattr(classroom_manager.secrets, "choice", lambda _alphabet: next(drawn))
    first = studyapp.classroom.open_session(quiz, teacher=teacher)
    second = studyapp.classroom.open_session(quiz, teacher=teacher)
    assert (first.code, second.code) == ("A" * CODE_LENGTH, "B" * CODE_LENGTH)
    studyapp.classroom.end_session(first.id, teacher=teacher)
    drawn = iter("A" * CODE_LENGTH)
    assert studyapp.classroom.open_session(quiz, teacher=teacher).code == "A" * CODE_LENGTH


def test_students_join_by_code_and_rejoin_as_themselves(studyapp, quiz, teacher):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    ana = studyapp.classroom.join(f" {row.code.lower()} ", "Ana")
    # e.g. after her phone restarted: her token brings her back as herself
    assert studyapp.classroom.join(row.code, "Ana", token=ana.token).id == ana.id
    assert studyapp.classroom.participant_for_token(ana.token).id == ana.id
    studyapp.classroom.join(row.code, "Ben")
    assert [p.name for p in studyapp.classroom.participants(row.id)] == ["Ana", "Ben"]
    assert studyapp.learners.find("Ben") is not None  # a new learner profile for Ben's own progress
    other = studyapp.classroom.open_session(quiz, teacher=teacher)
    assert [(s.id, n) for s, n in studyapp.classroom.session_summaries()] == [(other.id, 0), (row.id, 2)]
    with pytest.raises(NotFound, match="No open class session has the code 'ZZZZZZZ'"):
        studyapp.classroom.join("ZZZZZZZ", "Cleo")
    with pytest.raises(InvalidInput, match="cannot be empty"):
        studyapp.classroom.join(row.code, "  ")


def test_a_name_taken_in_the_session_needs_its_token(studyapp, quiz, teacher):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    ana = studyapp.classroom.join(row.code, "Ana")
    for stolen in (None, "", "guess", ana.token[:-1] + "x"):
        with pytest.raises(PermissionDenied, match="already taken"):
            studyapp.classroom.join(row.code, " ana ".replace("a", "A", 1), token=stolen)
    assert studyapp.classroom.participant_for_token("guess") is None
    with studyapp.session() as session:  # only a digest is stored: the table gives nobody the token
        stored = session.exec(select(Participant.token_hash)).all()
    assert ana.token not in stored and len(stored[0]) == 64
    studyapp.classroom.end_session(row.id, teacher=teacher)
    assert studyapp.classroom.participant_for_token(ana.token) is None  # an ended session takes no answers


def test_teacher_moves_the_class_on_and_the_countdown_runs(studyapp, clock, quiz, teacher, bank):
    row = studyapp.classroom.open_session(quiz, teacher=teacher)
    state = studyapp.classroom.state(row.id)
    assert state.current is None and state.seconds_left is None and len(state.questions) == 4
    state = studyapp.classroom.next_question(row.id, teacher=teacher)
    assert state.current.id == bank[0] and state.seconds_left == 20
    clock.advance(seconds=15)
    assert studyapp.classroom.state(row.id).seconds_left == 5
    clock.advance(seconds=15)
    assert studyapp.classroom.state(row.id).seconds_left == 0 and studyapp.classroom.state(row.id).closed
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
