"""A student who joins a class from StudyApp's own "Join a class" gets each verdict into their OWN
library (their own data folder), not only into the teacher's: the teacher's library and the
student's are two folders here, as they are two computers in a class."""

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

sys.path.insert(0, str(Path(__file__).parents[1] / "core" / "classroom"))
from classroom_bank import PASSPHRASE, make_bank  # noqa: E402

from studyapp.core.models import Question, ReviewLog  # noqa: E402


@pytest.fixture
def teachers_class(tmp_path):
    """The teacher's StudyApp (its own folder) serving a teacher-paced class on loopback."""
    from studyapp.classroom_server.runner import ClassServer
    from studyapp.core.facade import StudyApp

    folder = tmp_path / "teacher"
    folder.mkdir()
    app = StudyApp.open(data_folder=folder)
    ids = make_bank(app, 3)
    key = app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.classroom.save_quiz("Capitals", ids, teacher=key)
    row = app.classroom.open_session("Capitals", teacher=key)
    server = ClassServer(app.classroom, row.id, clock=app.clock, host="127.0.0.1", port=0, teacher=key).start()
    yield app, key, row, server, [app.questions.get(i) for i in ids]
    server.stop()
    app.close()


def verdicts(app) -> list[tuple[str, str, bool]]:
    """(prompt, answer given, right?) of every review in a library, oldest first."""
    with app.session() as session:
        rows = session.exec(select(Question.prompt, ReviewLog.answer_given, ReviewLog.correct)
                            .join(Question, Question.id == ReviewLog.question_id).order_by(ReviewLog.id)).all()
    return [tuple(row) for row in rows]


def test_each_verdict_reaches_the_students_own_library_when_the_question_closes(qtbot, window, teachers_class):
    from studyapp.gui.student_desk_window import StudentDeskWindow

    teacher_app, key, row, server, questions = teachers_class
    own = window.ctx.app  # the student's own library, in the student's data folder
    assert own.data_folder != teacher_app.data_folder
    view = window.show_view("classroom")
    view.address_edit.setText(server.url)
    view.code_edit.setText(row.code)
    view.name_edit.setText("Ana")
    qtbot.mouseClick(view.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, StudentDeskWindow) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    desk = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StudentDeskWindow))

    def answer(question, given):
        teacher_app.classroom.next_question(row.id, teacher=key)
        qtbot.waitUntil(lambda: desk.prompt.text() == question.prompt, timeout=20_000)
        button = next(b for b in desk.buttons if b.text().endswith(given))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Your answer is in" in desk.feedback.text(), timeout=20_000)

    first, second, third = questions
    answer(first, first.answer)
    assert verdicts(own) == []  # the key is not known to the desk before the question closes
    teacher_app.classroom.reveal(row.id, teacher=key)
    qtbot.waitUntil(lambda: len(verdicts(own)) == 1, timeout=20_000)
    assert verdicts(own) == [(first.prompt, first.answer, True)]

    # The teacher shows the answer and moves straight on (or moves on without showing it): the desk
    # never sees the question closed, and the verdict must reach the student's library all the same.
    answer(second, second.choices[0])
    teacher_app.classroom.reveal(row.id, teacher=key)
    answer(third, third.choices[1])
    teacher_app.classroom.next_question(row.id, teacher=key)  # past the last: the class is done
    qtbot.waitUntil(lambda: len(verdicts(own)) == 3, timeout=20_000)
    assert verdicts(own) == [(first.prompt, first.answer, True), (second.prompt, second.choices[0], False),
                             (third.prompt, third.choices[1], False)]
    # and the teacher's library has Ana's three answers too (the class results)
    assert [(p, g, c) for p, g, c in verdicts(teacher_app)] == verdicts(own)
    qtbot.wait(1500)  # a few more polls record nothing twice
    assert len(verdicts(own)) == 3
    desk.close()
