"""A class server on loopback for tests: a teacher-paced session of the capitals quiz."""

from __future__ import annotations

from dataclasses import dataclass

import httpx
import pytest

from classroom_bank import PASSPHRASE, make_bank
from studyapp.classroom_server.runner import ClassServer


@dataclass
class Class:
    app: object
    key: object
    session_id: int
    server: ClassServer
    bank: list[int]

    @property
    def url(self) -> str:
        return self.server.url

    def client(self, source: str = "127.0.0.1") -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=10,
                            transport=httpx.HTTPTransport(local_address=source))

    def join(self, name: str, client: httpx.Client | None = None, **extra) -> httpx.Response:
        client = client or self.client()
        return client.post("/api/join", json={"code": self.server.code, "name": name, **extra})

    def token(self, name: str) -> str:
        response = self.join(name)
        assert response.status_code == 200, response.text
        return response.json()["token"]


def start_class(app, *, paced: str, seconds: int = 20, n_questions: int = 4) -> Class:
    from studyapp.core.classroom.models import DESKS

    bank = make_bank(app, max(6, n_questions))
    key = app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.classroom.save_quiz("Capitals", bank[:n_questions], teacher=key, seconds_per_question=seconds)
    row = app.classroom.open_session("Capitals", teacher=key, mode=DESKS, paced=paced)
    server = ClassServer(app.classroom, row.id, clock=app.clock, host="127.0.0.1", port=0, teacher=key).start()
    return Class(app, key, row.id, server, bank[:n_questions])


@pytest.fixture
def teacher_paced(studyapp):
    from studyapp.core.classroom.models import TEACHER_PACED

    running = start_class(studyapp, paced=TEACHER_PACED)
    yield running
    running.server.stop()
