import pytest

from classroom_bank import PASSPHRASE, make_bank


@pytest.fixture
def bank(studyapp) -> list[int]:
    return make_bank(studyapp, 6)


@pytest.fixture
def teacher(studyapp):
    return studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
