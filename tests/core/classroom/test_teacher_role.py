"""The teacher passphrase: only a salted hash is stored; without the key, teacher actions are refused."""

import logging

import pytest
from sqlmodel import select

import sys
from pathlib import Path

from classroom_bank import PASSPHRASE

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "postgres"))
from pg_server import pg_database_url, pg_url  # noqa: E402,F401  (the fixtures)
from studyapp.core.classroom.models import TeacherCredential
from studyapp.core.errors import InvalidInput, PermissionDenied
from studyapp.core.facade import StudyApp


def test_only_a_salted_hash_is_stored(studyapp, home, caplog):
    caplog.set_level(logging.DEBUG)
    assert not studyapp.classroom.has_teacher_passphrase()
    studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    with studyapp.session() as session:
        [credential] = session.exec(select(TeacherCredential)).all()
    assert PASSPHRASE not in repr(credential.model_dump())
    assert credential.params["algorithm"] == "scrypt" and len(bytes.fromhex(credential.salt)) == 16
    database_bytes = b"".join(path.read_bytes() for path in home.glob("studyapp.sqlite3*"))  # with the WAL
    assert PASSPHRASE.encode() not in database_bytes
    assert PASSPHRASE not in caplog.text

    other = StudyApp.open(data_folder=home)  # setting the same passphrase again gets a new salt
    try:
        key = other.classroom.unlock(PASSPHRASE)
        other.classroom.set_teacher_passphrase(PASSPHRASE, teacher=key)
        with other.session() as session:
            assert session.exec(select(TeacherCredential)).one().salt != credential.salt
    finally:
        other.close()


def test_wrong_passphrase_and_missing_key_are_refused(studyapp):
    with pytest.raises(PermissionDenied, match="No teacher passphrase is set"):
        studyapp.classroom.unlock("anything at all")
    with pytest.raises(InvalidInput, match="at least 8 characters"):
        studyapp.classroom.set_teacher_passphrase("short")
    studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    with pytest.raises(PermissionDenied, match="not the teacher passphrase"):
        studyapp.classroom.unlock("correct horse battery!")
    # Once set, only the teacher may change it
    with pytest.raises(PermissionDenied, match="Only the teacher"):
        studyapp.classroom.set_teacher_passphrase("a student's own idea")
    assert studyapp.classroom.is_teacher(studyapp.classroom.unlock(PASSPHRASE))
    assert "correct" not in repr(studyapp.classroom.unlock(PASSPHRASE))


def test_a_key_works_only_in_the_program_that_unlocked_it(studyapp, home):
    key = studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    desk = StudyApp.open(data_folder=home)  # a student's copy on the same database
    try:
        assert not desk.classroom.is_teacher(key)
        with pytest.raises(PermissionDenied):
            desk.classroom.require_teacher(key)
    finally:
        desk.close()


def test_changing_the_passphrase_withdraws_old_keys(studyapp):
    old = studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    new = studyapp.classroom.set_teacher_passphrase("a new passphrase", teacher=old)
    assert studyapp.classroom.is_teacher(new) and not studyapp.classroom.is_teacher(old)
    with pytest.raises(PermissionDenied):
        studyapp.classroom.unlock(PASSPHRASE)


def test_a_learners_own_library_stays_editable_with_a_passphrase(studyapp):
    studyapp.classroom.guard_bank(None)  # alone at home, without a passphrase: free to edit
    studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    studyapp.classroom.guard_bank(None)  # still their own file: the passphrase guards class sessions only


@pytest.mark.postgres
def test_the_bank_of_a_shared_class_database_is_guarded(pg_url, home):
    shared = StudyApp.open(url=pg_url, data_folder=home)
    try:
        shared.classroom.guard_bank(None)  # no passphrase yet: nothing to guard
        key = shared.classroom.set_teacher_passphrase(PASSPHRASE)
        with pytest.raises(PermissionDenied, match="Only the teacher can change the question bank"):
            shared.classroom.guard_bank(None)
        shared.classroom.guard_bank(key)
    finally:
        shared.close()
