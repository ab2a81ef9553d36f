"""Every desk on one PostgreSQL database: a class answering at once loses and duplicates nothing."""

import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func
from sqlmodel import select

from classroom_bank import PASSPHRASE, make_bank
from studyapp.core.classroom.models import SELF_PACED, SessionAnswer
from studyapp.core.errors import InvalidInput
from studyapp.core.facade import StudyApp
from studyapp.core.models import Question, ReviewLog

pytestmark = pytest.mark.postgres
STUDENTS, QUESTIONS = 30, 20


def test_thirty_desks_answer_twenty_questions_at_once(pg_url, tmp_path):
    teacher_app = StudyApp.open(url=pg_url, data_folder=tmp_path)
    try:
        ids = make_bank(teacher_app, QUESTIONS)
        key = teacher_app.classroom.set_teacher_passphrase(PASSPHRASE)
        teacher_app.classroom.save_quiz("Capitals", ids, teacher=key)
        code = teacher_app.classroom.open_session("Capitals", teacher=key, paced=SELF_PACED).code
        with teacher_app.session() as session:
            answers = {q.id: q.answer for q in session.exec(select(Question))}

        def given_for(number: int, position: int, qid: int) -> str:
            return answers[qid] if (number + position) % 3 else "Atlantis"

        start = threading.Barrier(STUDENTS)
        done = threading.Event()

        def desk(number: int) -> tuple[int, list[str]]:
            """One student's copy of StudyApp: its own engine on the shared database."""
            app = StudyApp.open(url=pg_url, data_folder=tmp_path / f"desk{number}")
            try:
                start.wait()
                me = app.classroom.join(code, f"Student {number:02d}")
                first = ids[0]
                both = threading.Barrier(2)

                def submit(_) -> str:  # a double click reaching the database twice at the same moment
                    both.wait()
                    try:
                        app.classroom.answer(me.session_id, me.id, first, given_for(number, 0, first), 1000)
                        return "recorded"
                    except InvalidInput as error:
                        return str(error)

                with ThreadPoolExecutor(2) as clicks:
                    refused = sorted(clicks.map(submit, range(2)))
                for position, qid in enumerate(ids[1:], start=1):
                    app.classroom.answer(me.session_id, me.id, qid, given_for(number, position, qid), 1000 + number)
                return me.id, refused
            finally:
                app.close()

        polls = []

        def teacher_screen() -> None:  # the teacher's window polls while the class answers
            row = teacher_app.classroom.find_session(code)
            while not done.is_set():
                polls.append(len(teacher_app.classroom.scoreboard(row.id, teacher=key)))

        watcher = threading.Thread(target=teacher_screen)
        watcher.start()
        with ThreadPoolExecutor(STUDENTS) as pool:
            outcomes = list(pool.map(desk, range(STUDENTS)))
        done.set()
        watcher.join()

        assert all(refused == ["You have already answered this question; your first answer counts.", "recorded"]
                   for _, refused in outcomes)
        session_id = teacher_app.classroom.find_session(code).id
        with teacher_app.session() as session:
            stored = session.exec(select(SessionAnswer).where(SessionAnswer.session_id == session_id)).all()
            logged = session.exec(select(ReviewLog).where(ReviewLog.session_id == session_id)).all()
            learners_logged = session.exec(select(func.count(func.distinct(ReviewLog.learner_id)))).one()
        assert len(stored) == STUDENTS * QUESTIONS
        assert len({(a.participant_id, a.question_id) for a in stored}) == STUDENTS * QUESTIONS
        assert len(logged) == STUDENTS * QUESTIONS
        assert len({(r.learner_id, r.question_id) for r in logged}) == STUDENTS * QUESTIONS
        assert learners_logged == STUDENTS
        results = teacher_app.classroom.results(session_id, teacher=key)
        assert sorted(s.answered for s in results.students) == [QUESTIONS] * STUDENTS
        expected_right = sum(1 for n in range(STUDENTS) for p in range(QUESTIONS) if (n + p) % 3)
        assert sum(s.correct for s in results.students) == expected_right
        assert polls  # the teacher's screen kept working during the rush
        assert [(row.id, n) for row, n in teacher_app.classroom.session_summaries()] == [(session_id, STUDENTS)]
    finally:
        teacher_app.close()
