"""The classroom as a teacher and a student see it: projector keys, hot-seat scoring, the quiz
builder behind the passphrase, and a desk answering while the teacher's window shows it live."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core" / "classroom"))
from classroom_bank import PASSPHRASE, make_bank  # noqa: E402

from studyapp.core.classroom.models import HOTSEAT, SELF_PACED  # noqa: E402
from studyapp.core.models import ReviewLog  # noqa: E402
from studyapp.gui.projector_window import ProjectorRun, ProjectorWindow, Turn, shown_choices  # noqa: E402
from studyapp.gui.worker import wait_for_tasks  # noqa: E402


@pytest.fixture
def ctx(qtbot, studyapp):
    from studyapp.gui.app import create_application
    from studyapp.gui.context import AppContext

    create_application()
    context = AppContext()
    context.app = studyapp
    context.set_learner(studyapp.learners.current())
    yield context
    wait_for_tasks()


@pytest.fixture
def questions(studyapp):
    ids = make_bank(studyapp, 4)
    return [studyapp.questions.get(i) for i in ids]


def test_projector_runs_from_the_keyboard(qtbot, ctx, questions):
    window = ProjectorWindow(ctx, ProjectorRun(questions, 30, "Capitals"))
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    first = questions[0]
    assert window.prompt.text() == first.prompt
    assert sorted(label.text()[3:] for label in window.choice_labels) == sorted([first.answer, *first.choices])
    assert window.countdown.text() == "30"
    assert window.prompt.font().pixelSize() >= 50  # readable from the back of the room

    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.answer.text() == f"Answer: {first.answer}"
    assert first.source_sentence in window.source.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.prompt.text() == questions[1].prompt and window.answer.text() == ""
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert window.prompt.text() == first.prompt
    qtbot.keyClick(window, Qt.Key.Key_Right)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert window.position_label.text() == "Question 3 of 4"
    window._started -= 31  # the countdown runs out: the answer shows by itself
    window._tick()
    assert window.revealed and questions[2].answer in window.answer.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_hot_seat_answers_count_for_the_player_at_the_keyboard(qtbot, ctx, studyapp, questions):
    key = studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    studyapp.classroom.save_quiz("Capitals", [q.id for q in questions], teacher=key)
    row = studyapp.classroom.open_session("Capitals", teacher=key, mode=HOTSEAT, paced=SELF_PACED)
    ana, ben = (studyapp.classroom.add_participant(row.id, name) for name in ("Ana", "Ben"))
    run = ProjectorRun(questions, 30, "Capitals", row.id, [Turn("Ana", ana.id), Turn("Ben", ben.id)])
    window = ProjectorWindow(ctx, run)
    qtbot.addWidget(window)
    window.show()
    assert window.turn_label.text() == "Turn: Ana"
    right = shown_choices(questions[0]).index(questions[0].answer)
    qtbot.keyClick(window, Qt.Key.Key_1 + right)  # Ana picks the key
    qtbot.waitUntil(lambda: "Ana — 1" in window.scoreboard.text(), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Space)
    assert window.turn_label.text() == "Turn: Ben"
    wrong = next(i for i, text in enumerate(shown_choices(questions[1])) if text != questions[1].answer)
    qtbot.keyClick(window, Qt.Key.Key_1 + wrong)
    qtbot.waitUntil(lambda: "Ben — 0" in window.scoreboard.text(), timeout=10_000)
    wait_for_tasks()
    with studyapp.session() as session:
        logged = [(r.learner_id, r.correct) for r in session.exec(select(ReviewLog).order_by(ReviewLog.id))]
    assert logged == [(ana.learner_id, True), (ben.learner_id, False)]


def test_quiz_builder_saves_a_quiz_after_the_passphrase(qtbot, window):
    app = window.ctx.app
    ids = make_bank(app, 5)
    app.classroom.set_teacher_passphrase(PASSPHRASE)
    view = window.show_view("classroom")
    qtbot.mouseClick(view.new_button, Qt.MouseButton.LeftButton)
    dialog = _wait_for_dialog(qtbot, "TeacherPassphraseDialog")
    dialog.passphrase.setText("not it at all")
    dialog.check()
    qtbot.waitUntil(lambda: "not the teacher passphrase" in dialog.message.text(), timeout=10_000)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.check()
    builder = _wait_for_dialog(qtbot, "QuizBuilderDialog")
    assert view.role_label.text() == "Teacher"
    qtbot.waitUntil(lambda: builder.articles.count() > 0, timeout=10_000)
    capitals = next(builder.articles.item(i) for i in range(builder.articles.count())
                    if builder.articles.item(i).text() == "Capitals")
    capitals.setCheckState(Qt.CheckState.Checked)  # only this article's questions
    builder.count.setValue(3)
    qtbot.mouseClick(builder.choose, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: builder.questions.count() == 3, timeout=10_000)
    builder.questions.setCurrentRow(2)
    qtbot.keyClick(builder.questions, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    builder.name.setText("Week 1")
    builder.save()
    qtbot.waitUntil(lambda: view.quiz_table.rowCount() == 1, timeout=10_000)
    assert view.quiz_table.item(0, 0).text() == "Week 1"
    assert [q.id for q in app.classroom.quiz_questions("Week 1")] == [ids[0], ids[2], ids[1]]


def _wait_for_dialog(qtbot, class_name: str):
    found = []

    def visible():
        found[:] = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == class_name and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=10_000)
    return found[0]


@pytest.fixture
def class_on_desks(qtbot, ctx, studyapp, questions):
    """A teacher-paced session served on loopback: the teacher's window and Ana's desk (StudyApp's
    Join a class, over HTTP), both open."""
    from studyapp.classroom_server.client import ClassClient
    from studyapp.classroom_server.runner import ClassServer
    from studyapp.gui.student_desk_window import StudentDeskWindow
    from studyapp.gui.teacher_session_window import TeacherSessionWindow

    key = studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    studyapp.classroom.save_quiz("Capitals", [q.id for q in questions], teacher=key)
    row = studyapp.classroom.open_session("Capitals", teacher=key)
    server = ClassServer(studyapp.classroom, row.id, clock=studyapp.clock, host="127.0.0.1", port=0,
                         teacher=key).start()
    teacher = TeacherSessionWindow(ctx, row, key, server)
    qtbot.addWidget(teacher)
    teacher.show()
    desk = StudentDeskWindow(ctx, ClassClient(server.url).join(row.code, "Ana"))
    qtbot.addWidget(desk)
    desk.show()
    yield row, teacher, desk
    teacher.close()
    desk.close()
    server.stop()


def test_a_desk_answers_and_the_teacher_sees_it_live(qtbot, class_on_desks, questions):
    row, teacher, desk = class_on_desks
    assert row.code in teacher.code.text()
    qtbot.waitUntil(lambda: "0 of 1 students answered" in teacher.people_heading.text(), timeout=10_000)
    assert "Waiting for the teacher" in desk.prompt.text()

    qtbot.mouseClick(teacher.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.prompt.text() == questions[0].prompt, timeout=10_000)
    wrong = questions[0].choices[0]
    button = next(b for b in desk.buttons if b.text().endswith(wrong))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "1 of 1 students answered" in teacher.people_heading.text(), timeout=10_000)
    bars = [teacher.bars.itemAt(i).widget() for i in range(teacher.bars.count())]
    counts = {bars[i].text().lstrip("✔ "): bars[i + 1].value() for i in range(0, len(bars), 2)}
    assert counts[wrong] == 1 and counts[questions[0].answer] == 0
    assert "Your answer is in" in desk.feedback.text()

    qtbot.mouseClick(teacher.reveal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Not this time" in desk.feedback.text(), timeout=10_000)
    assert questions[0].answer in desk.feedback.text()


def test_the_projector_moves_every_desk_along(qtbot, class_on_desks, studyapp, questions):
    row, teacher, desk = class_on_desks
    qtbot.mouseClick(teacher.projector_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: teacher.projector is not None, timeout=10_000)
    projector = teacher.projector
    qtbot.waitUntil(lambda: desk.prompt.text() == questions[0].prompt, timeout=10_000)

    qtbot.keyClick(projector, Qt.Key.Key_Space)  # the answer shows on the projector and on the desk
    qtbot.waitUntil(lambda: "No answer given" in desk.feedback.text(), timeout=10_000)
    qtbot.keyClick(projector, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: desk.prompt.text() == questions[1].prompt, timeout=10_000)
    assert studyapp.classroom.get_session(row.id).current_index == 1
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert teacher.projector is None


def test_teams_from_the_classroom_view(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    app = window.ctx.app
    ids = make_bank(app, 3)
    key = app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.classroom.save_quiz("Capitals", ids, teacher=key)
    view = window.show_view("classroom")
    view.teacher = key
    qtbot.waitUntil(lambda: view.quiz_table.rowCount() == 1, timeout=10_000)
    view.quiz_table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        lambda *args, **kwargs: ("Ana, Red\nBen, Red\nCleo, Blue", True))
    qtbot.mouseClick(view.teams_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, ProjectorWindow) for w in view.windows), timeout=10_000)
    projector = next(w for w in view.windows if isinstance(w, ProjectorWindow))
    assert [t.label for t in projector.run.turns] == ["Red", "Blue"]
    assert projector.turn_label.text() == "Turn: Red"
    [row] = app.classroom.list_sessions()
    assert row.mode == "teams" and row.open_code is not None
    assert {(p.name, p.team) for p in app.classroom.participants(row.id)} == {
        ("Ana", "Red"), ("Ben", "Red"), ("Cleo", "Blue")}
    qtbot.keyClick(projector, Qt.Key.Key_Escape)  # the game ends with its window
    qtbot.waitUntil(lambda: app.classroom.get_session(row.id).ended_at is not None, timeout=10_000)


def test_hot_seat_open_question_is_marked_with_y_or_n(qtbot, ctx, studyapp, questions):
    key = studyapp.classroom.set_teacher_passphrase(PASSPHRASE)
    open_question = questions[0]
    studyapp.questions.edit(open_question.id, choices=[])  # asked aloud: no choices on screen
    open_question = studyapp.questions.get(open_question.id)
    studyapp.classroom.save_quiz("Aloud", [open_question.id], teacher=key)
    row = studyapp.classroom.open_session("Aloud", teacher=key, mode=HOTSEAT, paced=SELF_PACED)
    ana = studyapp.classroom.add_participant(row.id, "Ana")
    window = ProjectorWindow(ctx, ProjectorRun([open_question], 30, "Aloud", row.id, [Turn("Ana", ana.id)]))
    qtbot.addWidget(window)
    window.show()
    assert window.choice_labels == [] and "Y (right) or N (wrong)" in window.hint.text()
    qtbot.keyClick(window, Qt.Key.Key_Y)  # nothing before the answer is shown
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_Y)
    qtbot.waitUntil(lambda: "Ana — 1" in window.scoreboard.text(), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_N)  # marked once: a second key changes nothing
    wait_for_tasks()
    assert studyapp.classroom.answered_questions(row.id, ana.id) == {open_question.id: True}


def test_a_class_session_from_the_classroom_view_serves_students_and_shows_how_to_join(qtbot, window):
    import httpx

    from studyapp.gui.teacher_session_window import TeacherSessionWindow

    app = window.ctx.app
    ids = make_bank(app, 3)
    with app.session() as session:  # an imported article's markup must stay text on every screen
        from studyapp.core.models import Question

        question = session.get(Question, ids[0])
        question.prompt = "<h1>Big</h1> <img src='x'> What is the capital of France?"
        session.add(question)
    key = app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.classroom.save_quiz("Capitals", ids, teacher=key)
    window.ctx.class_port = 0  # any free port: tests run side by side
    view = window.show_view("classroom")
    view.teacher = key
    qtbot.waitUntil(lambda: view.quiz_table.rowCount() == 1, timeout=10_000)
    view.quiz_table.selectRow(0)
    qtbot.mouseClick(view.desks_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(isinstance(w, TeacherSessionWindow) for w in view.windows), timeout=20_000)
    teacher = next(w for w in view.windows if isinstance(w, TeacherSessionWindow))
    server = teacher.server
    assert server.running and server.url in teacher.how.text()
    assert server.code in teacher.join_panel.code.text() and not teacher.join_panel.qr.pixmap().isNull()
    assert httpx.get(server.url + "/", timeout=10).status_code == 200  # the student page is served

    qtbot.mouseClick(teacher.projector_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: teacher.projector is not None, timeout=10_000)
    projector = teacher.projector
    assert projector.join_panel is not None and server.code in projector.join_panel.code.text()
    assert projector.prompt.textFormat() == Qt.TextFormat.PlainText
    assert projector.prompt.text().startswith("<h1>Big</h1>")  # shown as typed, not as a heading
    projector.close()
    row_id = teacher.session_id
    teacher.close()
    qtbot.waitUntil(lambda: not server.running, timeout=20_000)
    assert app.classroom.get_session(row_id).ended_at is not None
