"""What the class server does for one class session, apart from HTTP: joining, each student's view
of the session, answers, and a version number that moves whenever what a screen shows may change
(the server's live updates tell browsers to read their state again).

Every method runs on a worker thread of the server (one database session per call); nothing here
holds a database session across calls."""

from __future__ import annotations

import hmac
import queue
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from studyapp.core.classroom.manager import GRACE_SECONDS, ClassroomManager
from studyapp.core.classroom.models import SELF_PACED, Participant
from studyapp.core.classroom.records import AnswerRequest, ClassAnswer, SessionState, shown_choices
from studyapp.core.clock import Clock, as_utc
from studyapp.core.errors import NotFound, PermissionDenied, StudyAppError

MAX_STUDENTS = 500  # joins past this are refused: a script cannot fill the class with names


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
        # Joins one at a time: 200 students joining at once from worker threads would otherwise
        # queue on SQLite's write lock beside the answer writer, and some wait past its timeout.
        self._joining = threading.Lock()
        self._students: dict[str, Student] = {}  # token -> student, filled as tokens are first seen
        # Every answer of this session goes through this server, so each student's answers are
        # kept here too: reading the state costs no database query (200 phones ask every few seconds).
        self._answered: dict[int, dict[int, bool]] = {}
        self._shown_at: dict[tuple[int, int], datetime] = {}  # (participant, question) -> first given, self-paced
        self._state: SessionState | None = None
        self._signature: tuple | None = None
        self.writer = AnswerWriter(classroom)
        self.join_url = ""  # set by the runner once it listens: what the QR code carries

    # Changes ---------------------------------------------------------------------------------
    def touch(self) -> None:
        self.last_activity = time.monotonic()

    def idle(self) -> bool:
        return time.monotonic() - self.last_activity > self.idle_seconds

    def watch(self) -> None:
        """Called a few times a second (worker thread): reads the session again and moves the
        version when the teacher moved the class on, showed the answer or ended the session, or
        the countdown ran out."""
        state = self.classroom.state(self.session_id)
        self._state = state
        row = state.session
        signature = (row.current_index, row.revealed, row.ended_at, row.question_started_at,
                     self._countdown(state)[1])
        if signature != self._signature:
            if self._signature is not None:
                self.touch()
            self._signature = signature
            with self._lock:
                self.version += 1

    def state(self) -> SessionState:
        if self._state is None:
            self.watch()
        return self._state

    def _countdown(self, state: SessionState) -> tuple[float | None, bool]:
        """(seconds left, closed) now, on the server's clock, for the question the teacher shows."""
        row = state.session
        if state.current is None or row.question_started_at is None or self.self_paced:
            return None, False
        left = max(0.0, row.seconds_per_question - (self.clock.now() - as_utc(row.question_started_at)).total_seconds())
        return left, row.revealed or left == 0

    # Students --------------------------------------------------------------------------------
    def join(self, code: str, name: str, token: str | None) -> tuple[str, Student]:
        """(token, student); raises NotFound for a code that is not this session's."""
        code = "".join(str(code).split()).upper()
        if not hmac.compare_digest(code.encode(), self.code.encode()):
            raise NotFound("No open class session has that code; check the code on the teacher's screen.")
        if not token and len(self.classroom.participants(self.session_id)) >= MAX_STUDENTS:
            raise PermissionDenied(f"This class is full ({MAX_STUDENTS} students).")
        with self._joining:
            joined = self.classroom.join(code, name, token=token)
        student = Student(joined.id, joined.name)
        with self._lock:
            self._students[joined.token] = student
        self.touch()
        return joined.token, student

    def known_student(self, token: str) -> Student | None:
        """The student of a token seen before (no database)."""
        with self._lock:
            return self._students.get(token)

    def student(self, token: str) -> Student | None:
        known = self.known_student(token)
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

    def ready(self, student: Student) -> bool:
        """Whether ``view`` can answer from memory alone (else call it on a worker thread)."""
        return self._state is not None and student.participant_id in self._answered

    def _answers_of(self, student: Student) -> dict[int, bool]:
        answered = self._answered.get(student.participant_id)
        if answered is None:
            answered = self.classroom.answered_questions(self.session_id, student.participant_id)
            self._answered[student.participant_id] = answered
        return answered

    def view(self, student: Student) -> dict[str, Any]:
        """What this student's screen shows: never a key before the question closed for them."""
        self.touch()
        state = self.state()
        answered = dict(self._answers_of(student))
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
            question = state.current
            if question is None:
                view["phase"] = "finished" if state.finished else "waiting"
                return view
            seconds_left, closed = self._countdown(state)
        view["phase"] = "closed" if closed else "question"
        view["question"] = {"id": question.id, "number": state.questions.index(question) + 1, "total": total,
                            "prompt": question.prompt, "choices": shown_choices(question),
                            "seconds_left": _whole(seconds_left), "answered": question.id in answered}
        if closed:  # the key goes out only now, with the student's own verdict
            view["reveal"] = {"answer": question.answer, "correct": answered.get(question.id)}
        return view

    def verdicts(self, student: Student) -> list[dict[str, Any]]:
        """The student's answered questions that have closed, with the key and their own verdict:
        a desk that missed the moment a question closed (the teacher showed the answer and moved on
        between two of its reads) still records each verdict in the student's own library."""
        state = self.state()
        answered = self._answers_of(student)
        shown_now = None if self.self_paced or state.ended else state.current
        still_open = shown_now is not None and not self._countdown(state)[1]
        return [{"id": q.id, "answer": q.answer, "correct": answered[q.id]} for q in state.questions
                if q.id in answered and not (still_open and q is shown_now)]

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

    def request(self, student: Student, question_id: int, given: str) -> AnswerRequest:
        """An answer to hand to the writer (no database): timed from when the student got the question."""
        self.touch()
        with self._lock:
            shown = self._shown_at.get((student.participant_id, question_id))
        if self.self_paced and shown is None:
            raise StudyAppError("That question has not been given to you yet.")
        started = as_utc(shown or self.state().session.question_started_at or self.clock.now())
        response_ms = max(0, int((self.clock.now() - started).total_seconds() * 1000))
        return AnswerRequest(self.session_id, student.participant_id, question_id, given, response_ms, shown)

    def reply(self, student: Student, outcome: ClassAnswer | Exception) -> dict[str, Any]:
        """The answer's reply once written; raises the refusal."""
        if isinstance(outcome, Exception):
            raise outcome
        answered = self._answered.get(student.participant_id)
        if answered is not None:
            answered[outcome.question_id] = outcome.correct
        reply: dict[str, Any] = {"accepted": True, "reason": None}
        if self.self_paced:  # the question closed for this student: their verdict and the key
            reply["correct"], reply["answer"] = outcome.correct, outcome.answer
        return reply

    def answer(self, student: Student, question_id: int, given: str) -> dict[str, Any]:
        """``request``, write, ``reply``: for callers on a worker thread."""
        request = self.request(student, question_id, given)
        return self.reply(student, self.writer.submit(request).result())


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
