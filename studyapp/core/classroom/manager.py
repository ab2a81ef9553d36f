"""Classroom practice (``app.classroom``): saved quizzes, class sessions, answers and results.

A teacher builds a quiz from the bank and runs it as a *class session*: on a projector, hot-seat or
in teams on one machine, or served to the students' browsers by the class server
(``studyapp.classroom_server``; students join with a code and get a per-student token). Every answer
is recorded with its FSRS review in the learner's own history, in one transaction with its
``session_answer`` row (the class results).

The manager gets its collaborators explicitly: a function that opens a database session (one unit
of work), the clock, the study recorder (``StudyManager.record``) and the learner profiles.
Teacher rights need a ``TeacherKey`` from ``unlock(passphrase)`` (``teacher.py``).
"""

from __future__ import annotations

import random
import secrets
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, func
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import select

from studyapp.core.classroom.answer_batch import GRACE_SECONDS, write_batch  # noqa: F401
from studyapp.core.classroom.models import (DESKS, MODES, SELF_PACED, TEACHER_PACED, TEAMS, ClassSession,
                                            Participant, Quiz, QuizItem, SessionAnswer)
from studyapp.core.classroom.records import (AlreadyAnswered, AnswerRequest, ClassAnswer, Joined, LiveStatus, QuizSpec,  # noqa: F401
                                             QuizSummary, Score, SessionState, TimeUp, one_form_each, token_digest)
from studyapp.core.classroom.results import AnswerRow, SessionResults, compute_results, write_csv
from studyapp.core.classroom.selection import answer_history, difficulty
from studyapp.core.classroom.teacher import OpenSession, TeacherKey, TeacherRole
from studyapp.core.clock import Clock, as_utc
from studyapp.core.errors import InvalidInput, NotFound, PermissionDenied, StudyAppError
from studyapp.core.importing.normalise import normalise_line
from studyapp.core.learners import clean_name
from studyapp.core.names import clean_label
from studyapp.core.models import ACTIVE, ArticleTag, Question, Tag

if TYPE_CHECKING:
    from studyapp.core.learners import LearnerManager
    from studyapp.core.study.manager import StudyManager

# Join codes: no 0/O, 1/I/L, so a code read off a projector is typed right the first time. Seven of
# 31 signs are 27 billion codes: at the server's 5 failed joins a minute per address, even a whole
# class network of 250 addresses guessing for a school day finds an open one with odds under 1 in 50,000.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 7
RETRIES = 4
RETRY_STATES = ("40P01", "40001")  # PostgreSQL: deadlock detected, serialization failure
MAX_QUIZ_NAME = 80
SECONDS_RANGE = (5, 600)
DIFFICULTIES = ("any", "new", "easy", "medium", "hard")
ORDERS = ("article", "random", "hardest")


class ClassroomManager:
    def __init__(self, open_session: OpenSession, *, clock: Clock, recorder: "StudyManager",
                 learners: "LearnerManager", shared_library: bool = False):
        self._open_session = open_session
        self.shared_library = shared_library
        self.clock = clock
        self.recorder = recorder
        self.learners = learners
        self.role = TeacherRole(open_session, clock)

    # Teacher role ------------------------------------------------------------------------
    def has_teacher_passphrase(self) -> bool:
        return self.role.has_passphrase()

    def set_teacher_passphrase(self, new: str, teacher: TeacherKey | None = None) -> TeacherKey:
        """Set the passphrase the first time, or change it (which needs the teacher role)."""
        return self.role.set_passphrase(new, teacher)

    def unlock(self, passphrase: str) -> TeacherKey:
        return self.role.unlock(passphrase)

    def is_teacher(self, teacher: TeacherKey | None) -> bool:
        return self.role.is_teacher(teacher)

    def require_teacher(self, teacher: TeacherKey | None) -> None:
        """For any part of the program that must be the teacher's only (editing the bank, ...)."""
        self.role.require(teacher)

    def guard_bank(self, teacher: TeacherKey | None) -> None:
        """Call before any change to the question bank: in a library that several teachers' class
        servers share (a school's PostgreSQL), once a teacher passphrase is set, only the teacher may
        edit, suspend, delete or import questions. A learner's own library (the SQLite file of this
        computer) stays theirs to edit, passphrase or not: the passphrase there only guards the class
        sessions run from it."""
        if not self.shared_library:
            return
        if self.has_teacher_passphrase() and not self.is_teacher(teacher):
            raise PermissionDenied("Only the teacher can change the question bank of this class; "
                                   "unlock with the teacher passphrase (Classroom).")

    # Choosing questions and saved quizzes --------------------------------------------------
    def select_questions(self, spec: QuizSpec) -> list[Question]:
        """Active questions matching ``spec``, in its order, at most ``spec.count``."""
        if spec.difficulty not in DIFFICULTIES:
            raise InvalidInput(f"Unknown difficulty {spec.difficulty!r}; use one of {', '.join(DIFFICULTIES)}.")
        if spec.order not in ORDERS:
            raise InvalidInput(f"Unknown order {spec.order!r}; use one of {', '.join(ORDERS)}.")
        if spec.count < 1:
            raise InvalidInput("A quiz needs at least one question.")
        query = select(Question).where(Question.status == ACTIVE)
        if spec.article_ids:
            query = query.where(Question.article_id.in_(spec.article_ids))
        if spec.kinds:
            query = query.where(Question.kind.in_(spec.kinds))
        for word in spec.text.split():
            pattern = f"%{word}%"
            query = query.where(Question.prompt.ilike(pattern) | Question.answer.ilike(pattern)
                                | Question.source_sentence.ilike(pattern))
        if spec.tags:
            tagged = (select(ArticleTag.article_id).join(Tag, Tag.id == ArticleTag.tag_id)
                      .where(Tag.name.in_(spec.tags)))
            query = query.where(Question.article_id.in_(tagged))
        with self._open_session() as session:
            questions = list(session.exec(query.order_by(Question.article_id, Question.source_start, Question.id)))
            needs_history = spec.difficulty != "any" or spec.order == "hardest"
            history = answer_history(session, [q.id for q in questions]) if needs_history else {}
        wrong_share = {qid: (n - right) / n for qid, (n, right) in history.items()}
        if spec.difficulty != "any":
            questions = [q for q in questions if difficulty(wrong_share.get(q.id)) == spec.difficulty]
        if spec.order == "random":
            random.Random(spec.seed).shuffle(questions)
        elif spec.order == "hardest":
            questions.sort(key=lambda q: -wrong_share.get(q.id, 0.0))
        if not spec.several_forms:
            questions = one_form_each(questions)
        return questions[:spec.count]

    def save_quiz(self, name: str, question_ids: list[int], *, teacher: TeacherKey | None,
                  seconds_per_question: int = 30, spec: QuizSpec | None = None, replace: bool = False) -> Quiz:
        """Save a named quiz (its questions in this order). ``replace`` overwrites one of that name."""
        self.require_teacher(teacher)
        name = _clean_quiz_name(name)
        if not question_ids:
            raise InvalidInput("A quiz needs at least one question.")
        if len(set(question_ids)) != len(question_ids):
            raise InvalidInput("A question can be in a quiz only once.")
        low, high = SECONDS_RANGE
        if not low <= int(seconds_per_question) <= high:
            raise InvalidInput(f"The time per question must be between {low} and {high} seconds.")
        now = self.clock.now()
        with self._open_session() as session:
            found = set(session.exec(select(Question.id).where(Question.id.in_(question_ids),
                                                               Question.status == ACTIVE)))
            missing = [qid for qid in question_ids if qid not in found]
            if missing:
                raise InvalidInput(f"These questions do not exist or are not active: {missing[:5]}.")
            quiz = session.exec(select(Quiz).where(Quiz.name == name)).first()
            if quiz is not None and not replace:
                raise InvalidInput(f"There is already a quiz called {name!r}.")
            if quiz is None:
                quiz = Quiz(name=name, created_at=now, updated_at=now)
            quiz.seconds_per_question = int(seconds_per_question)
            quiz.spec = (spec or QuizSpec()).as_json()
            quiz.updated_at = now
            session.add(quiz)
            session.flush()
            session.exec(delete(QuizItem).where(QuizItem.quiz_id == quiz.id))
            session.flush()
            session.add_all(QuizItem(quiz_id=quiz.id, position=i, question_id=qid)
                            for i, qid in enumerate(question_ids))
            return quiz

    def list_quizzes(self) -> list[QuizSummary]:
        with self._open_session() as session:
            counted = (select(Quiz, func.count(QuizItem.id))
                       .join(QuizItem, QuizItem.quiz_id == Quiz.id, isouter=True)
                       .group_by(Quiz.id).order_by(func.lower(Quiz.name)))
            return [QuizSummary(q.id, q.name, n, q.seconds_per_question, q.updated_at, QuizSpec.from_json(q.spec))
                    for q, n in session.exec(counted)]

    def get_quiz(self, name: str) -> Quiz:
        with self._open_session() as session:
            return self._quiz(session, name)

    def quiz_questions(self, name: str) -> list[Question]:
        """The questions of the saved quiz ``name``, in the quiz's order."""
        with self._open_session() as session:
            quiz = self._quiz(session, name)
            return self._questions_of(session, quiz)

    def delete_quiz(self, name: str, *, teacher: TeacherKey | None) -> None:
        self.require_teacher(teacher)
        with self._open_session() as session:
            quiz = self._quiz(session, name)
            session.exec(delete(QuizItem).where(QuizItem.quiz_id == quiz.id))
            session.delete(quiz)

    @staticmethod
    def _quiz(session, name: str) -> Quiz:
        quiz = session.exec(select(Quiz).where(Quiz.name == " ".join(str(name).split()))).first()
        if quiz is None:
            raise NotFound(f"There is no saved quiz called {name!r}.")
        return quiz

    @staticmethod
    def _questions_of(session, quiz: Quiz) -> list[Question]:
        return list(session.exec(
            select(Question).join(QuizItem, QuizItem.question_id == Question.id)
            .where(QuizItem.quiz_id == quiz.id).order_by(QuizItem.position)
        ))

    # Sessions ------------------------------------------------------------------------------
    def open_session(self, quiz_name: str, *, teacher: TeacherKey | None, mode: str = DESKS,
                     paced: str = TEACHER_PACED) -> ClassSession:
        """Start a class session of a saved quiz; it gets a join code unique among open sessions."""
        self.require_teacher(teacher)
        if mode not in MODES:
            raise InvalidInput(f"Unknown mode {mode!r}; use one of {', '.join(MODES)}.")
        if paced not in (TEACHER_PACED, SELF_PACED):
            raise InvalidInput("A session is paced by the teacher or by each student ('teacher' or 'self').")
        for _attempt in range(20):
            with self._open_session() as session:
                quiz = self._quiz(session, quiz_name)
                ids = [q.id for q in self._questions_of(session, quiz)]
                if not ids:
                    raise InvalidInput(f"The quiz {quiz.name!r} has no questions left.")
            code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
            try:
                with self._open_session() as session:
                    row = ClassSession(quiz_id=quiz.id, title=quiz.name, code=code, open_code=code, mode=mode,
                                       paced=paced, seconds_per_question=quiz.seconds_per_question,
                                       question_ids=ids, started_at=self.clock.now(),
                                       current_index=0 if paced == SELF_PACED else -1)
                    session.add(row)
                    session.flush()
                    return row
            except IntegrityError:  # the code is taken by another open session: draw again
                continue
        raise InvalidInput("Could not find a free join code; end some old sessions and try again.")

    def find_session(self, code: str) -> ClassSession:
        code = "".join(str(code).split()).upper()
        with self._open_session() as session:
            row = session.exec(select(ClassSession).where(ClassSession.open_code == code)).first()
        if row is None:
            raise NotFound(f"No open class session has the code {code!r}; check the code on the teacher's screen.")
        return row

    def get_session(self, session_id: int) -> ClassSession:
        with self._open_session() as session:
            return self._session(session, session_id)

    def list_sessions(self, limit: int = 50) -> list[ClassSession]:
        return [row for row, _n in self.session_summaries(limit)]

    def session_summaries(self, limit: int = 50) -> list[tuple[ClassSession, int]]:
        """The newest sessions with how many joined each, in one query (the class database may be far)."""
        joined = (select(Participant.session_id, func.count(Participant.id).label("n"))
                  .group_by(Participant.session_id).subquery())
        with self._open_session() as session:
            rows = session.exec(select(ClassSession, func.coalesce(joined.c.n, 0))
                                .join(joined, joined.c.session_id == ClassSession.id, isouter=True)
                                .order_by(ClassSession.started_at.desc(), ClassSession.id.desc()).limit(limit))
            return [(row, int(n)) for row, n in rows]

    @staticmethod
    def _session(session, session_id: int) -> ClassSession:
        row = session.get(ClassSession, session_id)
        if row is None:
            raise NotFound(f"There is no class session with id {session_id}.")
        return row

    def join(self, code: str, learner_name: str, token: str | None = None) -> Joined:
        """A student joins an open session by its code and gets a secret token for their answers.

        A name already in the session is that student's: joining under it again needs its token
        (a restarted phone or desk keeps it), so nobody answers for a classmate."""
        row = self.find_session(code)
        name = clean_name(learner_name)
        with self._open_session() as session:  # "ana" is not a new student beside "Ana"
            existing = next((p for p in session.exec(select(Participant).where(Participant.session_id == row.id))
                             if p.name.casefold() == name.casefold()), None)
        if existing is not None:
            if token and existing.token_hash and secrets.compare_digest(existing.token_hash, token_digest(token)):
                return Joined(existing, token)
            raise PermissionDenied(f"The name {name!r} is already taken in this class; "
                                   "join under another name (or ask the teacher).")
        token = secrets.token_urlsafe(24)
        learner = self._learner(name)
        try:
            participant = self._add(row.id, learner.id, name, "", token_digest(token))
        except IntegrityError:  # the same name joined at the same moment from elsewhere
            raise PermissionDenied(f"The name {name!r} is already taken in this class; "
                                   "join under another name.") from None
        return Joined(participant, token)

    def participant_for_token(self, token: str) -> Participant | None:
        """The student a bearer token belongs to, if their session is still open."""
        if not token:
            return None
        with self._open_session() as session:
            found = session.exec(select(Participant, ClassSession.ended_at)
                                 .join(ClassSession, ClassSession.id == Participant.session_id)
                                 .where(Participant.token_hash == token_digest(token))).first()
        if found is None or found[1] is not None:
            return None
        return found[0]

    def add_participant(self, session_id: int, learner_name: str, team: str = "") -> Participant:
        """Add a learner (created if new) to a session on this machine (hot-seat, teams); adding
        again returns the same participant."""
        name = clean_name(learner_name)
        team = normalise_line(str(team))[:40]
        learner = self._learner(name)
        for _attempt in range(3):
            with self._open_session() as session:
                existing = session.exec(select(Participant).where(Participant.session_id == session_id,
                                                                  Participant.learner_id == learner.id)).first()
                if existing is not None:
                    if team and existing.team != team:
                        existing.team = team
                        session.add(existing)
                    return existing
            try:
                return self._add(session_id, learner.id, name, team, None)
            except IntegrityError:  # added at the same moment elsewhere: take that row
                continue
        raise InvalidInput(f"Could not add {name!r} to the session; try again.")

    def _add(self, session_id: int, learner_id: int, name: str, team: str, token_hash: str | None) -> Participant:
        with self._open_session() as session:
            row = self._session(session, session_id)
            if row.ended_at is not None:
                raise InvalidInput(f"The session {row.title!r} has ended.")
            participant = Participant(session_id=session_id, learner_id=learner_id, name=name, team=team,
                                      joined_at=self.clock.now(), token_hash=token_hash)
            session.add(participant)
            session.flush()
            return participant

    def _learner(self, name: str):
        try:
            return self.learners.get_or_create(name)
        except (InvalidInput, IntegrityError):  # created at the same moment on another desk
            learner = self.learners.find(name)
            if learner is None:
                raise
            return learner

    def participants(self, session_id: int) -> list[Participant]:
        with self._open_session() as session:
            return list(session.exec(select(Participant).where(Participant.session_id == session_id)
                                     .order_by(Participant.team, func.lower(Participant.name))))

    def state(self, session_id: int) -> SessionState:
        with self._open_session() as session:
            row = self._session(session, session_id)
            questions = self._session_questions(session, row)
            participants = session.exec(select(func.count(Participant.id))
                                        .where(Participant.session_id == session_id)).one()
        current = questions[row.current_index] if 0 <= row.current_index < len(questions) else None
        seconds_left = None
        if current is not None and row.question_started_at is not None and row.paced == TEACHER_PACED:
            elapsed = (self.clock.now() - as_utc(row.question_started_at)).total_seconds()
            seconds_left = max(0.0, row.seconds_per_question - elapsed)
        return SessionState(row, questions, current, seconds_left, participants)

    @staticmethod
    def _session_questions(session, row: ClassSession) -> list[Question]:
        by_id = {q.id: q for q in session.exec(select(Question).where(Question.id.in_(row.question_ids)))}
        return [by_id[qid] for qid in row.question_ids if qid in by_id]

    def go_to(self, session_id: int, index: int, *, teacher: TeacherKey | None) -> SessionState:
        """Show question ``index`` (0-based) to the class and restart its countdown."""
        self.require_teacher(teacher)
        with self._open_session() as session:
            row = self._open(session, session_id)
            row.current_index = max(0, min(int(index), len(row.question_ids)))
            row.question_started_at = self.clock.now()
            row.revealed = False
            session.add(row)
        return self.state(session_id)

    def next_question(self, session_id: int, *, teacher: TeacherKey | None) -> SessionState:
        return self.go_to(session_id, self.get_session(session_id).current_index + 1, teacher=teacher)

    def reveal(self, session_id: int, *, teacher: TeacherKey | None) -> SessionState:
        """Show the key (and the source sentence); later answers to this question are refused."""
        self.require_teacher(teacher)
        with self._open_session() as session:
            row = self._open(session, session_id)
            row.revealed = True
            session.add(row)
        return self.state(session_id)

    def end_session(self, session_id: int, *, teacher: TeacherKey | None) -> ClassSession:
        self.require_teacher(teacher)
        with self._open_session() as session:
            row = self._session(session, session_id)
            if row.ended_at is None:
                row.ended_at = self.clock.now()
                row.open_code = None  # the code may be given to a new session
                session.add(row)
            return row

    @staticmethod
    def _open(session, session_id: int) -> ClassSession:
        row = ClassroomManager._session(session, session_id)
        if row.ended_at is not None:
            raise InvalidInput(f"The session {row.title!r} has ended.")
        return row

    # Answers -------------------------------------------------------------------------------
    def answer(self, session_id: int, participant_id: int, question_id: int, answer_given: str,
               response_ms: int, *, shown_at: datetime | None = None) -> ClassAnswer:
        """Record a student's answer with its FSRS review in the learner's history: one transaction.

        One answer per student and question: a second one, from a double click or a second device,
        is refused and nothing of it reaches the learner's history. ``shown_at``: when this student
        was given the question (self-paced sessions time each student alone); the time limit is the
        server's clock, not the student's."""
        [outcome] = self.answer_many([AnswerRequest(session_id, participant_id, question_id, answer_given,
                                                    response_ms, shown_at)])
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    def answer_many(self, requests: list[AnswerRequest]) -> list[ClassAnswer | StudyAppError]:
        """Several answers in one transaction, so a class answering at once costs one disk flush, not
        one each. Each is checked and recorded with its review exactly as ``answer`` does; a refused
        one (its error in its place) leaves the others alone. The sessions' rows are locked first
        (SQLite: the write lock), so the check for an earlier answer cannot race another writer;
        the table's uniqueness backs it up."""
        for attempt in range(RETRIES):
            try:
                return write_batch(self._open_session, self.recorder, self.clock, requests)
            except (OperationalError, IntegrityError) as error:
                # Another writer got there first: a school's other server writing for the same learner
                # (PostgreSQL stops one transaction as a deadlock, or the learner's first schedule row
                # was inserted twice), or a second device of the same student. Nothing of this
                # transaction was kept; written again, the checks see the other writer's rows.
                retry = isinstance(error, IntegrityError) or getattr(error.orig, "sqlstate", None) in RETRY_STATES
                if not retry or attempt == RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def answer_as_team(self, session_id: int, team: str, question_id: int, answer_given: str,
                       response_ms: int) -> ClassAnswer:
        """A team answers together: the answer counts for each member."""
        members = [p for p in self.participants(session_id) if p.team == team]
        if not members:
            raise NotFound(f"There is nobody in the team {team!r}.")
        results = [self.answer(session_id, p.id, question_id, answer_given, response_ms) for p in members]
        return results[0]

    def answered_questions(self, session_id: int, participant_id: int) -> dict[int, bool]:
        """A student's own answers in a session: question id -> correct."""
        with self._open_session() as session:
            rows = session.exec(select(SessionAnswer.question_id, SessionAnswer.correct)
                                .where(SessionAnswer.session_id == session_id,
                                       SessionAnswer.participant_id == participant_id))
            return dict(rows.all())

    def live(self, session_id: int, *, teacher: TeacherKey | None) -> LiveStatus:
        self.require_teacher(teacher)
        state = self.state(session_id)
        people = self.participants(session_id)
        if state.current is None:
            return LiveStatus(None, [], [p.name for p in people], {}, 0)
        with self._open_session() as session:
            rows = session.exec(select(SessionAnswer.participant_id, SessionAnswer.answer_given,
                                       SessionAnswer.correct)
                                .where(SessionAnswer.session_id == session_id,
                                       SessionAnswer.question_id == state.current.id)).all()
        done = {pid for pid, _, _ in rows}
        distribution: dict[str, int] = {text: 0 for text in [state.current.answer, *state.current.choices]}
        for _, given, _ in rows:
            given = " ".join(given.split()) or "(no answer)"
            distribution[given] = distribution.get(given, 0) + 1
        return LiveStatus(state.current, [p.name for p in people if p.id in done],
                          [p.name for p in people if p.id not in done], distribution,
                          sum(1 for _, _, ok in rows if ok))

    def scoreboard(self, session_id: int, *, teacher: TeacherKey | None = None) -> list[Score]:
        """Scores by learner (or by team in team mode), best first.

        On one machine the whole class sees the scoreboard; on desks it is the teacher's only.
        """
        row = self.get_session(session_id)
        if row.mode == DESKS:
            self.require_teacher(teacher)
        people = self.participants(session_id)
        with self._open_session() as session:
            answers = session.exec(select(SessionAnswer.participant_id, SessionAnswer.question_id,
                                          SessionAnswer.correct)
                                   .where(SessionAnswer.session_id == session_id)).all()
        scores: dict[str, Score] = {}
        for person in people:
            label = person.team if row.mode == TEAMS and person.team else person.name
            score = scores.setdefault(label, Score(label, 0, 0, []))
            score.members.append(person.name)
        by_label: dict[str, dict[int, bool]] = {}
        label_of = {p.id: (p.team if row.mode == TEAMS and p.team else p.name) for p in people}
        for pid, qid, correct in answers:  # a team's answer is stored for each member: count it once
            by_label.setdefault(label_of[pid], {})[qid] = bool(correct)
        for label, answered in by_label.items():
            scores[label].answered = len(answered)
            scores[label].correct = sum(answered.values())
        return sorted(scores.values(), key=lambda s: (-s.correct, s.label.casefold()))

    # Results -------------------------------------------------------------------------------
    def results(self, session_id: int, *, teacher: TeacherKey | None) -> SessionResults:
        """Everyone's results; the teacher's only."""
        self.require_teacher(teacher)
        return self._results(session_id)[0]

    def my_results(self, session_id: int, participant_id: int) -> SessionResults:
        """One student's own results (no one else's answers are included)."""
        return self._results(session_id, only=participant_id)[0]

    def export_results_csv(self, session_id: int, path: str | Path, *, teacher: TeacherKey | None) -> Path:
        self.require_teacher(teacher)
        results, rows = self._results(session_id)
        return write_csv(results, rows, path)  # whole or not at all; a failure is one line (WriteFailed)

    def _results(self, session_id: int, only: int | None = None) -> tuple[SessionResults, list[AnswerRow]]:
        with self._open_session() as session:
            row = self._session(session, session_id)
            questions = self._session_questions(session, row)
            query = (select(SessionAnswer, Participant).join(Participant,
                                                             Participant.id == SessionAnswer.participant_id)
                     .where(SessionAnswer.session_id == session_id))
            people_query = select(Participant).where(Participant.session_id == session_id)
            if only is not None:
                query = query.where(SessionAnswer.participant_id == only)
                people_query = people_query.where(Participant.id == only)
            answers = [AnswerRow(p.id, p.name, p.team, a.question_id, a.answer_given, a.correct, a.response_ms)
                       for a, p in session.exec(query)]
            people = [(p.id, p.name, p.team) for p in session.exec(people_query)]
        return compute_results(session_id, row.title, questions, people, answers), answers


def _clean_quiz_name(name: str) -> str:
    return clean_label(name, limit=MAX_QUIZ_NAME, empty="A quiz needs a name.",
                       too_long="A quiz name can have at most {limit} characters.")
