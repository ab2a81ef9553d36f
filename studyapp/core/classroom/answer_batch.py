"""Writing a batch of class answers in one transaction (``ClassroomManager.answer_many``): each answer
checked (the session open, the student in it, the question on screen, in time, not answered before)
and recorded with its FSRS review, as one answer alone is."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert
from sqlmodel import select

from studyapp.core.classroom.models import DESKS, TEACHER_PACED, ClassSession, Participant, SessionAnswer
from studyapp.core.classroom.records import AlreadyAnswered, AnswerRequest, ClassAnswer, TimeUp
from studyapp.core.classroom.teacher import OpenSession
from studyapp.core.clock import Clock, as_utc
from studyapp.core.errors import InvalidInput, NotFound, StudyAppError
from studyapp.core.importing.normalise import normalise_text
from studyapp.core.models import Question
from studyapp.core.study.scheduling import CHOICE

if TYPE_CHECKING:
    from studyapp.core.study.manager import StudyManager
    from studyapp.core.study.read_ahead import ReadAhead

# An answer sent in the last moment is still in flight when the countdown ends: it counts if it
# reaches the server within this grace; anything later is refused by the server's own clock.
GRACE_SECONDS = 1.0


def _open_session_row(session, session_id: int) -> ClassSession:
    row = session.get(ClassSession, session_id)
    if row is None:
        raise NotFound(f"There is no class session with id {session_id}.")
    if row.ended_at is not None:
        raise InvalidInput(f"The session {row.title!r} has ended.")
    return row


def write_batch(open_session: OpenSession, recorder: "StudyManager", clock: Clock,
                requests: list[AnswerRequest]) -> list[ClassAnswer | StudyAppError]:
    """What every answer of the batch needs is read in a few statements for the whole batch and
    the rows are written at the commit (one multi-row INSERT per table): on PostgreSQL each
    statement is a round trip, and eight per answer made the batch, and every answer queued
    behind it, four times slower than on SQLite."""
    outcomes: list[ClassAnswer | StudyAppError] = []
    session_ids = {r.session_id for r in requests}
    participant_ids = {r.participant_id for r in requests}
    question_ids = {r.question_id for r in requests}
    with open_session() as session:
        # The sessions' rows locked first (SQLite: the write lock), so the check for an earlier
        # answer cannot race another writer; loaded, so each answer's checks read no more (kept in
        # these names while the batch runs: the session's identity map holds rows weakly).
        rows = session.exec(select(ClassSession).where(ClassSession.id.in_(session_ids)).with_for_update()).all()
        people = session.exec(select(Participant).where(Participant.id.in_(participant_ids))).all()
        questions = session.exec(select(Question).where(Question.id.in_(question_ids))).all()
        claimed = set(map(tuple, session.exec(select(SessionAnswer.session_id, SessionAnswer.participant_id,
                                          SessionAnswer.question_id)
                                   .where(SessionAnswer.session_id.in_(session_ids),
                                          SessionAnswer.participant_id.in_(participant_ids),
                                          SessionAnswer.question_id.in_(question_ids))).all()))
        ahead = recorder.read_ahead(session, {p.learner_id for p in people}, {q.fact_id for q in questions})
        written: list[SessionAnswer] = []
        for request in requests:
            try:
                outcomes.append(_record(session, recorder, clock, request, claimed, ahead, written))
            except StudyAppError as error:
                outcomes.append(error)
        ahead.write_logs(session)
        if written:
            session.execute(insert(SessionAnswer), [row.model_dump(exclude={"id"}) for row in written])
    return outcomes

def _record(session, recorder: "StudyManager", clock: Clock, request: AnswerRequest,
            claimed: set[tuple[int, int, int]], ahead: "ReadAhead", written: list[SessionAnswer]) -> ClassAnswer:
    learner_id, question = _check_answerable(session, clock, request.session_id, request.participant_id,
                                                  request.question_id, request.shown_at)
    slot = (request.session_id, request.participant_id, request.question_id)
    if slot in claimed:  # stored before, or earlier in this batch (a double tap)
        raise AlreadyAnswered("You have already answered this question; your first answer counts.")
    claimed.add(slot)
    response_ms = max(0, int(request.response_ms))
    # Every class screen shows a question with wrong choices as buttons: judge it as a pick
    outcome = recorder.record(session, learner_id, request.question_id, request.answer_given, response_ms,
                                   session_id=request.session_id, form=CHOICE if question.choices else None,
                                   ahead=ahead)
    written.append(SessionAnswer(session_id=slot[0], participant_id=slot[1], question_id=slot[2],
                                 answer_given=normalise_text(str(request.answer_given))[:500],
                                 response_ms=response_ms, answered_at=clock.now(),
                                 correct=bool(outcome.correct)))
    return ClassAnswer(bool(outcome.correct), question.answer, request.question_id)

def _check_answerable(session, clock: Clock, session_id: int, participant_id: int, question_id: int,
                      shown_at: datetime | None = None) -> tuple[int, Question]:
    """(learner id, question) when this participant may answer this question now; else why not."""
    row = _open_session_row(session, session_id)
    participant = session.get(Participant, participant_id)
    if participant is None or participant.session_id != session_id:
        raise NotFound("You are not part of this session; join it again with its code.")
    if question_id not in row.question_ids:
        raise InvalidInput("That question is not part of this session.")
    started = shown_at
    if row.paced == TEACHER_PACED:
        if row.question_ids.index(question_id) != row.current_index:
            raise InvalidInput("The class has moved on; answer the question on the screen now.")
        if row.revealed:
            raise TimeUp("The answer has been shown; this question is closed.")
        started = row.question_started_at
    if started is not None and row.mode == DESKS:
        limit = timedelta(seconds=row.seconds_per_question + GRACE_SECONDS)
        if clock.now() - as_utc(started) > limit:
            raise TimeUp("Time is up for this question; your answer was not counted.")
    return participant.learner_id, session.get(Question, question_id)
