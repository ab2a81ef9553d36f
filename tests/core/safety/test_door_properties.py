"""Property tests at the doors (issue 23, point 9): file and folder names with any characters the file
system allows, data folder paths, the library path being a folder, a link or another program's file,
learner and student names, and answers. Whatever comes in, the result is stored clean or refused in
one line; nothing raises anything else."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parents[1] / "classroom"))
from classroom_bank import PASSPHRASE, make_bank  # noqa: E402

from studyapp.cli import main  # noqa: E402
from studyapp.core.errors import DatabaseError, InvalidInput, StudyAppError  # noqa: E402
from studyapp.core.facade import StudyApp  # noqa: E402
from studyapp.core.paths import DATABASE_FILE  # noqa: E402

EXAMPLES = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                            HealthCheck.too_slow])
ARTICLE = ("Japan ruled Korea as a colony from 1910. The colonial rule of Korea ended in 1945, when Japan "
           "surrendered at the end of the Second World War.")
# Any name a Linux file system allows: every character but "/" and NUL, and bytes that are not UTF-8.
NAME_TEXT = st.text(st.characters(blacklist_characters="/\x00", blacklist_categories=("Cs",)), min_size=1, max_size=40)
NAME_BYTES = st.binary(min_size=1, max_size=40).map(lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_"))
NAMES = st.one_of(NAME_TEXT.map(os.fsencode), NAME_BYTES).filter(lambda b: b not in (b".", b".."))
CONTROLS = set(map(chr, [*range(0, 9), *range(11, 32), 127, *range(0x80, 0xA0)]))


def one_clean_line(text: str) -> bool:
    return "\n" not in text and not (set(text) & CONTROLS) and bool(text.encode("utf-8"))


@given(folder_name=NAMES, name=NAMES)
@EXAMPLES
def test_any_file_and_folder_name_is_imported_and_reported_on_one_printable_line(studyapp, tmp_path, folder_name,
                                                                                 name):
    folder = os.path.join(os.fsencode(tempfile.mkdtemp(dir=tmp_path)), folder_name)
    os.mkdir(folder)
    path = os.path.join(folder, name + b".txt")
    folder = os.fsdecode(folder)
    with open(path, "wb") as handle:
        handle.write(ARTICLE.encode())
    for item in (os.fsdecode(path), folder):
        [result] = studyapp.importer.import_inputs([item])
        hidden = name.startswith(b".") and item == folder  # a hidden file in a folder is skipped
        assert result.status in (("error",) if hidden else ("imported", "duplicate")), result.message
        assert one_clean_line(result.path) and one_clean_line(result.message)
        json.dumps(result.as_json(), ensure_ascii=False).encode("utf-8")


@given(name=NAMES)
@EXAMPLES
def test_the_library_is_stored_inside_the_data_folder_named_whatever_its_name(tmp_path, name):
    base = Path(tempfile.mkdtemp(dir=tmp_path))
    folder = os.fsdecode(os.path.join(os.fsencode(base), name))
    app = StudyApp.open(data_folder=folder)
    try:
        app.learners.create("Ada")
        app.backups.backup_now()
    finally:
        app.close()
    assert os.listdir(base) == [os.path.basename(folder)]  # nothing beside it (a "?" once cut the name)
    assert os.path.isfile(os.path.join(folder, DATABASE_FILE))
    assert len(os.listdir(os.path.join(folder, "backups"))) == 1


def _other_programs_database(path: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Ada')")
    connection.commit()
    connection.close()


@pytest.mark.parametrize("what", ["folder", "other program's database", "text file", "empty folder link",
                                  "dangling link"])
def test_a_library_path_that_is_not_a_library_is_one_line_and_left_as_it_is(home, capsys, what):
    home.mkdir()
    path = home / DATABASE_FILE
    if what == "folder":
        path.mkdir()
    elif what == "other program's database":
        _other_programs_database(path)
    elif what == "text file":
        path.write_text("my notes\n" * 100, encoding="utf-8")
    elif what == "empty folder link":
        (home / "elsewhere").mkdir()
        path.symlink_to(home / "elsewhere")
    else:
        path.symlink_to(home / "gone" / "x.sqlite3")
    before = sorted((p.name, p.is_symlink(), p.read_bytes() if p.is_file() else None) for p in home.iterdir())
    with pytest.raises(StudyAppError):
        StudyApp.open(data_folder=home)
    assert main(["--data-dir", str(home), "articles"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("studyapp: ") and "Traceback" not in err[0]
    assert sorted((p.name, p.is_symlink(), p.read_bytes() if p.is_file() else None) for p in home.iterdir()) == before


def test_a_link_to_a_library_elsewhere_is_opened_through_the_link(home, tmp_path):
    real = tmp_path / "real"
    StudyApp.open(data_folder=real).close()
    home.mkdir()
    (home / DATABASE_FILE).symlink_to(real / DATABASE_FILE)
    app = StudyApp.open(data_folder=home)
    app.learners.create("Ada")
    app.close()
    assert (home / DATABASE_FILE).is_symlink()
    assert [learner.name for learner in StudyApp.open(data_folder=real).learners.list()] == ["Ada"]


@given(data=st.binary(min_size=1, max_size=4096))
@EXAMPLES
def test_any_bytes_in_the_library_path_are_refused_in_one_line_and_kept(tmp_path, data):
    home = Path(tempfile.mkdtemp(dir=tmp_path))
    (home / DATABASE_FILE).write_bytes(data)
    with pytest.raises(DatabaseError) as raised:
        StudyApp.open(data_folder=home)
    assert "\n" not in str(raised.value)
    assert (home / DATABASE_FILE).read_bytes() == data


@given(name=st.text(max_size=80))
@EXAMPLES
def test_any_learner_or_student_name_is_stored_clean_or_refused_in_one_line(studyapp, name):
    try:
        learner = studyapp.learners.create(name)
    except InvalidInput as error:
        assert one_clean_line(str(error))
        return
    assert one_clean_line(learner.name) and learner.name == learner.name.strip() and learner.name
    assert learner.name in [each.name for each in studyapp.learners.list()]


@given(names=st.lists(st.tuples(st.text(max_size=40), st.text(max_size=40)), min_size=1, max_size=5))
@EXAMPLES
def test_any_student_and_team_name_joining_a_class_is_stored_clean_or_refused(studyapp, names):
    if not hasattr(studyapp, "_door_session"):
        teacher = studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
        studyapp.classroom.save_quiz("Door", make_bank(studyapp, 3), teacher=teacher, seconds_per_question=20)
        studyapp._door_session = studyapp.classroom.open_session("Door", teacher=teacher)
    for name, team in names:
        try:
            participant = studyapp.classroom.add_participant(studyapp._door_session.id, name, team)
        except InvalidInput as error:
            assert one_clean_line(str(error))
            continue
        assert one_clean_line(participant.name) and participant.name
        assert one_clean_line(participant.team) or participant.team == ""


@given(answer=st.text(max_size=200))
@EXAMPLES
def test_any_answer_is_judged_and_stored_clean(studyapp, answer):
    if not studyapp.learners.list():
        make_bank(studyapp, 3)
        studyapp.learners.create("Ada")
    learner = studyapp.learners.list()[0].id
    card = studyapp.study.next_card(learner, practice=True)
    outcome = studyapp.study.answer(learner, card.question_id, answer, 1000)
    with studyapp.session() as session:
        from studyapp.core.models import ReviewLog

        stored = session.get(ReviewLog, outcome.review_id).answer_given
    assert not (set(stored) & CONTROLS) and "\ud800" not in stored
