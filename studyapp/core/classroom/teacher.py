"""The teacher role: the passphrase (a salted scrypt hash in the database) and the keys that prove,
inside one running program, that it was given. A key is valid only in the process that unlocked it."""

from __future__ import annotations

import secrets
from contextlib import AbstractContextManager
from typing import Callable

from sqlalchemy import delete
from sqlmodel import Session, select

from studyapp.core.classroom import passphrase as secret
from studyapp.core.classroom.models import TeacherCredential
from studyapp.core.clock import Clock
from studyapp.core.errors import PermissionDenied

OpenSession = Callable[[], AbstractContextManager[Session]]


class TeacherKey:
    """Proof, inside one running program, that the teacher passphrase was given."""

    __slots__ = ("_token",)

    def __init__(self, token: str):
        self._token = token

    def __repr__(self) -> str:  # never print the token into a log
        return "TeacherKey(…)"


class TeacherRole:
    def __init__(self, open_session: OpenSession, clock: Clock):
        self._open_session = open_session
        self._clock = clock
        self._issued: set[str] = set()

    def has_passphrase(self) -> bool:
        with self._open_session() as session:
            return session.exec(select(TeacherCredential.id)).first() is not None

    def set_passphrase(self, new: str, teacher: TeacherKey | None = None) -> TeacherKey:
        """Set the passphrase the first time, or change it (which needs the teacher role)."""
        if self.has_passphrase():
            self.require(teacher)
        salt, digest, params = secret.hash_passphrase(new)
        with self._open_session() as session:
            session.exec(delete(TeacherCredential))
            session.add(TeacherCredential(salt=salt, hash=digest, params=params, changed_at=self._clock.now()))
        self._issued.clear()  # keys given under the old passphrase stop working
        return self._issue()

    def unlock(self, passphrase: str) -> TeacherKey:
        with self._open_session() as session:
            credential = session.exec(select(TeacherCredential)).first()
        if credential is None:
            raise PermissionDenied("No teacher passphrase is set yet; set one first "
                                   "(studyapp classroom passphrase, or Unlock as teacher in the window).")
        if not secret.verify(passphrase, credential.salt, credential.hash, credential.params):
            raise PermissionDenied("That is not the teacher passphrase.")
        return self._issue()

    def is_teacher(self, teacher: TeacherKey | None) -> bool:
        return isinstance(teacher, TeacherKey) and teacher._token in self._issued

    def require(self, teacher: TeacherKey | None) -> None:
        if not self.is_teacher(teacher):
            raise PermissionDenied("Only the teacher can do this; unlock with the teacher passphrase.")

    def _issue(self) -> TeacherKey:
        token = secrets.token_hex(16)
        self._issued.add(token)
        return TeacherKey(token)
