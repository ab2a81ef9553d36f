"""A school's class servers on one PostgreSQL database (``--database-url``): two classes answering
at once over HTTP, each through its own server, lose and duplicate nothing; no desk holds a URL."""

import asyncio

import pytest
from sqlalchemy import func
from sqlmodel import select

from classroom_bank import PASSPHRASE, make_bank
from studyapp.bench.classroom import _students
from studyapp.classroom_server.runner import ClassServer
from studyapp.core.classroom.models import DESKS, SELF_PACED, SessionAnswer
from studyapp.core.facade import StudyApp
from studyapp.core.models import ReviewLog

pytestmark = pytest.mark.postgres
STUDENTS, QUESTIONS = 30, 8


def test_two_class_servers_on_one_database_lose_and_duplicate_nothing(pg_url, tmp_path):
    first = StudyApp.open(url=pg_url, data_folder=tmp_path / "room1")
    second = StudyApp.open(url=pg_url, data_folder=tmp_path / "room2")  # another teacher's machine
    servers = []
    try:
        ids = make_bank(first, QUESTIONS)
        key = first.classroom.set_teacher_passphrase(PASSPHRASE)
        first.classroom.save_quiz("Capitals", ids, teacher=key, seconds_per_question=600)
        other_key = second.classroom.unlock(PASSPHRASE)  # the same school, the same teacher passphrase
        rows = [first.classroom.open_session("Capitals", teacher=key, mode=DESKS, paced=SELF_PACED),
                second.classroom.open_session("Capitals", teacher=other_key, mode=DESKS, paced=SELF_PACED)]
        for app, row, teacher in ((first, rows[0], key), (second, rows[1], other_key)):
            servers.append(ClassServer(app.classroom, row.id, clock=app.clock, host="127.0.0.1", port=0,
                                       teacher=teacher).start())

        async def both():
            return await asyncio.gather(*(_students(s.url, s.code, STUDENTS, 0, prefix=f"Room {n}")
                                          for n, s in enumerate(servers, start=1)))

        tallies = asyncio.run(both())
        assert [t["errors"] for t in tallies] == [[], []]
        assert [t["other_refusals"] for t in tallies] == [[], []]
        assert [t["accepted"] for t in tallies] == [STUDENTS * QUESTIONS] * 2
        with first.session() as session:
            for row in rows:
                stored = session.exec(select(func.count(SessionAnswer.id))
                                      .where(SessionAnswer.session_id == row.id)).one()
                reviews = session.exec(select(ReviewLog.learner_id, ReviewLog.question_id)
                                       .where(ReviewLog.session_id == row.id)).all()
                assert stored == len(reviews) == len(set(reviews)) == STUDENTS * QUESTIONS
    finally:
        for server in servers:
            server.stop()
        first.close()
        second.close()
