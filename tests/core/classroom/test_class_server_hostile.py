"""A hostile student against the class server, over real HTTP on loopback: each attack is refused.

(The old design gave every desk the class database's URL; these are the attacks of issue 20 that
still apply when the student holds nothing but a browser.)"""

from __future__ import annotations

import csv
import json
import time
from pathlib import Path
from xml.etree import ElementTree

import pytest
from sqlalchemy import func
from sqlmodel import select

from class_server_fixtures import teacher_paced  # noqa: F401 (fixture)
from studyapp.core.classroom.models import SessionAnswer
from studyapp.core.models import Question, ReviewLog

KEY_FIELDS = {"answer", "key", "correct", "solution", "right", "reveal", "source_sentence", "explanation"}


def all_keys(data) -> set[str]:
    if isinstance(data, dict):
        return set(data) | {k for value in data.values() for k in all_keys(value)}
    if isinstance(data, list):
        return {k for value in data for k in all_keys(value)}
    return set()


def counts(app, session_id: int) -> tuple[int, int]:
    with app.session() as session:
        answers = session.exec(select(func.count(SessionAnswer.id)).where(SessionAnswer.session_id == session_id)).one()
        reviews = session.exec(select(func.count(ReviewLog.id)).where(ReviewLog.session_id == session_id)).one()
    return answers, reviews


def key_of(app, question_id: int) -> Question:
    with app.session() as session:
        return session.get(Question, question_id)


def test_the_key_never_reaches_a_student_before_the_question_closes(teacher_paced):
    room = teacher_paced
    client = room.client()
    auth = {"Authorization": "Bearer " + room.token("Ana")}
    waiting = client.get("/api/state", headers=auth).json()
    assert waiting["phase"] == "waiting" and waiting["question"] is None
    room.app.classroom.next_question(room.session_id, teacher=room.key)
    room.server.service.watch()
    state = client.get("/api/state", headers=auth).json()
    question = key_of(room.app, room.bank[0])
    assert state["phase"] == "question" and state["question"]["prompt"] == question.prompt
    assert not all_keys(state) & KEY_FIELDS, all_keys(state)
    assert question.source_sentence not in json.dumps(state)  # the sentence would give the key away
    room.app.classroom.reveal(room.session_id, teacher=room.key)
    room.server.service.watch()
    closed = client.get("/api/state", headers=auth).json()
    assert closed["phase"] == "closed" and closed["reveal"] == {"answer": question.answer, "correct": None}


def test_verdicts_hold_only_ones_own_answers_to_closed_questions(teacher_paced):
    room = teacher_paced
    client = room.client()
    ana = {"Authorization": "Bearer " + room.token("Ana")}
    ben = {"Authorization": "Bearer " + room.token("Ben")}
    room.app.classroom.next_question(room.session_id, teacher=room.key)
    room.server.service.watch()
    answered = client.post("/api/answer", json={"question": room.bank[0], "answer": "Lima"}, headers=ana)
    assert answered.json()["accepted"] is True
    assert client.get("/api/verdicts", headers=ana).json() == {"verdicts": []}  # still open: no key
    assert client.get("/api/verdicts").status_code == 401
    room.app.classroom.reveal(room.session_id, teacher=room.key)
    room.server.service.watch()
    key = key_of(room.app, room.bank[0]).answer
    assert client.get("/api/verdicts", headers=ana).json() == {
        "verdicts": [{"id": room.bank[0], "answer": key, "correct": key == "Lima"}]}
    assert client.get("/api/verdicts", headers=ben).json() == {"verdicts": []}  # nobody else's answers


def test_nobody_answers_without_their_own_token_nor_joins_under_a_taken_name(teacher_paced):
    room = teacher_paced
    ana = room.token("Ana")
    room.app.classroom.next_question(room.session_id, teacher=room.key)
    client = room.client("127.0.0.2")
    body = {"question": room.bank[0], "answer": "Paris"}
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": "Bearer " + ana[:-2] + "xx"},
                    {"Authorization": "Basic " + ana}):
        refused = client.post("/api/answer", json=body, headers=headers)
        assert refused.status_code == 401 and refused.json()["accepted"] is False
    for stolen in ({}, {"token": "guess"}, {"token": ana[:-1] + "A"}):
        taken = room.join("ana", client, **stolen)  # the same learner name, any case and spacing
        assert taken.status_code == 409 and "already taken" in taken.json()["error"]
    assert room.join("Ana", client, token=ana).json()["token"] == ana  # her own phone, after a reload
    assert counts(room.app, room.session_id) == (0, 0)


def test_one_answer_per_student_and_question(teacher_paced):
    room = teacher_paced
    auth = {"Authorization": "Bearer " + room.token("Ana")}
    room.app.classroom.next_question(room.session_id, teacher=room.key)
    client = room.client()
    first = client.post("/api/answer", json={"question": room.bank[0], "answer": "Lima"}, headers=auth)
    assert first.status_code == 200 and first.json() == {"accepted": True, "reason": None}  # no verdict yet
    for given in ("Paris", "Lima"):
        again = client.post("/api/answer", json={"question": room.bank[0], "answer": given}, headers=auth)
        assert again.status_code == 409 and "already answered" in again.json()["reason"]
    ahead = client.post("/api/answer", json={"question": room.bank[1], "answer": "Tokyo"}, headers=auth)
    assert ahead.status_code == 409 and "moved on" in ahead.json()["reason"]
    assert counts(room.app, room.session_id) == (1, 1)


def test_an_answer_after_the_servers_clock_ran_out_is_refused(teacher_paced, clock):
    room = teacher_paced
    auth = {"Authorization": "Bearer " + room.token("Ana")}
    room.app.classroom.next_question(room.session_id, teacher=room.key)
    clock.advance(seconds=25)  # the quiz gives 20 s
    late = room.client().post("/api/answer", json={"question": room.bank[0], "answer": "Paris"}, headers=auth)
    assert late.status_code == 409 and "Time is up" in late.json()["reason"]
    assert counts(room.app, room.session_id) == (0, 0)


def test_guessing_codes_is_rate_limited_per_address(teacher_paced):
    room = teacher_paced
    guesser = room.client("127.0.0.3")
    answers = [guesser.post("/api/join", json={"code": f"AAAA{n:03d}", "name": f"G{n}"}) for n in range(6)]
    assert [a.status_code for a in answers] == [404] * 5 + [429]
    assert int(answers[-1].headers["Retry-After"]) >= 5
    right_code = room.join("Guesser", guesser)  # even the right code waits now, from that address
    assert right_code.status_code == 429
    assert room.join("Ben", room.client("127.0.0.4")).status_code == 200  # a classmate is not held up
    assert len(room.server.code) >= 7


def test_script_and_formula_text_stays_text_in_the_page_csv_and_xml(teacher_paced, tmp_path):
    room = teacher_paced
    names = ['<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil.example","marks")']
    tokens = [room.token(name) for name in names]
    room.app.classroom.next_question(room.session_id, teacher=room.key)
    client = room.client()
    answers = ["=cmd|' /C calc'!A0", "<script>alert(2)</script>"]
    for token, given in zip(tokens, answers):
        reply = client.post("/api/answer", json={"question": room.bank[0], "answer": given},
                            headers={"Authorization": "Bearer " + token})
        assert reply.json()["accepted"]
    state = client.get("/api/state", headers={"Authorization": "Bearer " + tokens[0]})
    assert state.headers["content-type"] == "application/json" and state.json()["name"] == names[0]
    page = client.get("/")
    assert "script-src 'self'" in page.headers["content-security-policy"]
    script = client.get("/static/app.js").text
    assert "innerHTML" not in script.replace("never innerHTML", "") and "textContent" in script

    out = room.app.classroom.export_results_csv(room.session_id, tmp_path / "results.csv", teacher=room.key)
    cells = [cell for row in csv.reader(Path(out).open(encoding="utf-8")) for cell in row]
    dangerous = [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert dangerous == [] and "'" + names[1] in cells and "'" + answers[0] in cells

    with room.app.session() as session:  # a prompt holding markup goes out as text in Moodle XML
        question = session.get(Question, room.bank[1])
        question.prompt = "<b>Which</b> city & why?"
        session.add(question)
    xml_path = room.app.exports.export("moodle", tmp_path / "quiz.xml", quiz="Capitals").path
    texts = [e.text for e in ElementTree.parse(xml_path).iter("text")]
    assert any(t and "<b>Which</b> city & why?" in t for t in texts)


def test_tokens_stop_working_when_the_session_ends(teacher_paced):
    room = teacher_paced
    auth = {"Authorization": "Bearer " + room.token("Ana")}
    room.app.classroom.end_session(room.session_id, teacher=room.key)
    room.server.service.forget_students()
    assert room.client().get("/api/state", headers=auth).status_code == 401


def test_the_server_stops_cleanly_and_ends_the_session(teacher_paced):
    room = teacher_paced
    started = time.monotonic()
    room.server.stop()
    assert not room.server.running and time.monotonic() - started < 10
    assert room.app.classroom.get_session(room.session_id).ended_at is not None
