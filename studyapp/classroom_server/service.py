"""What the class server does for one class session, apart from HTTP: joining, each student's view
of the session, answers, and a version number that moves whenever what a screen shows may change
(the server's live updates tell browsers to read their state again).

Every method runs on a worker thread of the server (one database session per call); nothing here
holds a database session across calls."""

from __future__ import annotations

import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from studyapp.core.classroom.manager import GRACE_SECONDS, ClassroomManager
from studyapp.core.classroom.models import SELF_PACED, Participant
from studyapp.core.classroom.records import AnswerRequest, SessionState, shown_choices
from studyapp.core.clock import Clock, as_utc
from studyapp.core.errors import NotFound, PermissionDenied, StudyAppError

MAX_STUDENTS = 500  # joins past this are refused: a script cannot fill the class with names
STATE_CACHE_SECONDS = 0.2  # 200 phones asking at once read the session once, not 200 times


@dataclass
class Student:
    participant_id: int
    name: str


class ClassService:
    def __init__(self, classroom: ClassroomManager, session_id: int, clock: Clock, idle_seconds: float = 1800):
        self.classroom = classroom
        self.session_id = session_id
        self.clock = clock
        self.idle_seconds = idle_seconds
        row = classroom.get_session(session_id)
        self.code = row.code
        self.title = row.title
        self.self_paced = row.paced == SELF_PACED
        self.version = 0
        self.last_activity = time.monotonic()
        self._lock = threading.Lock()
        self._students: dict[str, Student] = {}  # token -> student, filled as tokens are first seen
        self._shown_at: dict[tuple[int, int], datetime] = {}  # (participant, question) -> first given, self-paced
        self._state: tuple[float, SessionState] | None = None
        self._signature: tuple | None = None
        self.writer = AnswerWriter(classroom)

    # Changes ---------------------------------------------------------------------------------
    def touch(self) -> None:
        self.last_activity = time.monotonic()

    def bump(self) -> None:
        with self._lock:
            self.version += 1
            self._state = None

    def idle(self) -> bool:
        return time.monotonic() - self.last_activity > self.idle_seconds

    def watch(self) -> None:
        """Called twice a second: moves the version when the teacher moved the class on, showed the
        answer, ended the session, or the countdown ran out."""
        with self._lock:
            self._state = None
        state = self.state()
        row = state.session
        signature = (row.current_index, row.revealed, row.ended_at, row.question_started_at, state.closed)
        if signature != self._signature:
            if self._signature is not None:
                self.touch()
            self._signature = signature
            self.bump()

    def state(self) -> SessionState:
        with self._lock:
            cached = self._state
        if cached is not None and time.monotonic() - cached[0] < STATE_CACHE_SECONDS:
            return cached[1]
        state = self.classroom.state(self.session_id)
        with self._lock:
            self._state = (time.monotonic(), state)
        return state

    # Students --------------------------------------------------------------------------------
    def join(self, code: str, name: str, token: str | None) -> tuple[str, Student]:
        """(token, student); raises NotFound for a code that is not this session's."""
        import hmac

        code = "".join(str(code).split()).upper()
        if not hmac.compare_digest(code.encode(), self.code.encode()):
            raise NotFound("No open class session has that code; check the code on the teacher's screen.")
        if not token and len(self.classroom.participants(self.session_id)) >= MAX_STUDENTS:
            raise PermissionDenied(f"This class is full ({MAX_STUDENTS} students).")
        joined = self.classroom.join(code, name, token=token)
        student = Student(joined.id, joined.name)
        with self._lock:
            self._students[joined.token] = student
        self.touch()
        return joined.token, student

    def student(self, token: str) -> Student | None:
        with self._lock:
            known = self._students.get(token)
        if known is not None:
            return known
        participant: Participant | None = self.classroom.participant_for_token(token)
        if participant is None or participant.session_id != self.session_id:
            return None
        student = Student(participant.id, participant.name)
        with self._lock:
            self._students[token] = student
        return student

    def forget_students(self) -> None:
        """When the session ended: tokens stop working at once."""
        with self._lock:
            self._students.clear()

    def close(self) -> None:
        self.forget_students()
        self.writer.close()

    def view(self, student: Student) -> dict[str, Any]:
        """What this student's screen shows: never a key before the question closed for them."""
        self.touch()
        state = self.state()
        answered = self.classroom.answered_questions(self.session_id, student.participant_id)
        total = len(state.questions)
        score = {"points": sum(answered.values()), "answered": len(answered), "total": total}
        view: dict[str, Any] = {"phase": "waiting", "title": self.title, "name": student.name,
                                "paced": "self" if self.self_paced else "teacher", "version": self.version,
                                "question": None, "score": score}
        if state.ended:
            view["phase"] = "ended"
            return view
        if self.self_paced:
            question, seconds_left = self._own_question(state, student, answered)
            if question is None:
                view["phase"] = "finished"
                return view
            closed = False
        else:
            question, seconds_left = state.current, state.seconds_left
            if question is None:
                view["phase"] = "finished" if state.finished else "waiting"
                return view
            closed = state.closed
        number = state.questions.index(question) + 1
        view["phase"] = "closed" if closed else "question"
        view["question"] = {"id": question.id, "number": number, "total": total, "prompt": question.prompt,
                            "choices": shown_choices(question), "seconds_left": _whole(seconds_left),
                            "answered": question.id in answered}
        if closed:  # the key goes out only now, with the student's own verdict
            view["reveal"] = {"answer": question.answer, "correct": answered.get(question.id)}
        return view

    def _own_question(self, state: SessionState, student: Student, answered: dict[int, bool]):
        """Self-paced: the first question this student neither answered nor ran out of time on."""
        now = self.clock.now()
        limit = timedelta(seconds=state.session.seconds_per_question + GRACE_SECONDS)
        for question in state.questions:
            if question.id in answered:
                continue
            key = (student.participant_id, question.id)
            with self._lock:
                shown = self._shown_at.setdefault(key, now)
            if now - shown <= limit:
                left = state.session.seconds_per_question - (now - shown).total_seconds()
                return question, max(0.0, left)
        return None, None

    def answer(self, student: Student, question_id: int, given: str) -> dict[str, Any]:
        self.touch()
        with self._lock:
            shown = self._shown_at.get((student.participant_id, question_id))
        if self.self_paced and shown is None:
            raise StudyAppError("That question has not been given to you yet.")
        started = as_utc(shown or self.state().session.question_started_at or self.clock.now())
        response_ms = max(0, int((self.clock.now() - started).total_seconds() * 1000))
        outcome = self.writer.submit(AnswerRequest(self.session_id, student.participant_id, question_id, given,
                                                   response_ms, shown)).result()
        if isinstance(outcome, Exception):
            raise outcome
        reply: dict[str, Any] = {"accepted": True, "reason": None}
        if self.self_paced:  # the question closed for this student: their verdict and the key
            reply["correct"], reply["answer"] = outcome.correct, outcome.answer
        return reply


class AnswerWriter:
    """One thread writes the answers: whatever arrived while it wrote the last batch goes in the next
    one, in one transaction (``answer_many``), so 200 students answering at once cost a few disk
    flushes instead of 200 and never wait on each other's database locks. A reply is sent only after
    its batch committed."""

    MAX_BATCH = 200

    def __init__(self, classroom: ClassroomManager):
        self.classroom = classroom
        self._queue: queue.SimpleQueue[tuple[AnswerRequest, Future] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="class-answers", daemon=True)
        self._thread.start()

    def submit(self, request: AnswerRequest) -> Future:
        future: Future = Future()
        self._queue.put((request, future))
        return future

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join(10)

    def _run(self) -> None:
        while True:
            first = self._queue.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < self.MAX_BATCH:
                try:
                    item = self._queue.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    self._queue.put(None)  # finish this batch, then stop
                    break
                batch.append(item)
            try:
                outcomes = self.classroom.answer_many([request for request, _ in batch])
            except BaseException as error:  # the database failed: every answer of the batch hears it
                for _, future in batch:
                    future.set_exception(error)
                continue
            for (_, future), outcome in zip(batch, outcomes):
                future.set_result(outcome)


def _whole(seconds: float | None) -> int | None:
    return None if seconds is None else int(seconds + 0.999)
