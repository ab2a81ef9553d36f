"""A student's desk in a class session: the question the teacher shows (or the next one, when each
student goes at their own pace), large answer buttons, and the student's own score at the end.
It polls the shared database once a second (``ClassPoller``)."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studyapp.core.classroom.models import SELF_PACED
from studyapp.gui.class_poller import ClassPoller
from studyapp.gui.projector_window import clear_layout, shown_choices
from studyapp.gui.translation import answer_text, translate
from studyapp.gui.worker import run_task


class StudentDeskWindow(QWidget):
    def __init__(self, ctx, participant, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.participant = participant
        self.session_id = participant.session_id
        self.state = None
        self.answered: dict[int, bool] = {}
        self.shown_id: int | None = None
        self._shown_at = time.monotonic()
        self._sending = False
        self.setWindowTitle(translate("StudentDeskWindow", "Class — {name}").format(name=participant.name))
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        top = QHBoxLayout()
        self.position = QLabel()
        top.addWidget(self.position)
        top.addStretch(1)
        self.countdown = QLabel()
        big = QFont(self.font())
        big.setPointSize(24)
        big.setBold(True)
        self.countdown.setFont(big)
        top.addWidget(self.countdown)
        layout.addLayout(top)
        layout.addStretch(1)
        self.prompt = QLabel(translate("StudentDeskWindow", "Waiting for the teacher to start…"))
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setFont(big)
        layout.addWidget(self.prompt)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(translate("StudentDeskWindow", "Type your answer and press Enter"))
        self.typed.setAccessibleName(translate("StudentDeskWindow", "Your answer"))
        self.typed.returnPressed.connect(lambda: self.send(self.typed.text()))
        self.typed.hide()
        layout.addWidget(self.typed)
        self.feedback = QLabel()
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback.setWordWrap(True)
        medium = QFont(self.font())
        medium.setPointSize(16)
        self.feedback.setFont(medium)
        layout.addWidget(self.feedback)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        for number in range(6):
            QShortcut(QKeySequence(str(number + 1)), self, activated=lambda n=number: self._press(n))
        session_id, me = self.session_id, participant.id
        self.poller = ClassPoller(ctx, lambda app: (app.classroom.state(session_id),
                                                    app.classroom.answered_questions(session_id, me)),
                                  self._show, self.feedback.setText, self)
        self.poller.start()

    def poll(self) -> None:
        self.poller.poll()

    def current_question(self):
        state = self.state
        if state is None or state.ended:
            return None
        if state.session.paced == SELF_PACED:
            return next((q for q in state.questions if q.id not in self.answered), None)
        return state.current

    def _show(self, result) -> None:
        self.state, self.answered = result
        state = self.state
        total = len(state.questions)
        question = self.current_question()
        if state.ended or (question is None and (state.session.paced == SELF_PACED or state.finished)):
            self._finish()
            return
        self.countdown.setText("" if state.seconds_left is None or state.session.revealed
                               else f"{state.seconds_left:.0f}")
        if question is None:
            self.position.setText("")
            self.prompt.setText(translate("StudentDeskWindow", "Waiting for the teacher to start…"))
            self._set_choices(None)
            return
        self.position.setText(translate("StudentDeskWindow", "Question {n} of {total}").format(n=state.questions.index(question) + 1, total=total))
        if question.id != self.shown_id:
            self.shown_id = question.id
            self._shown_at = time.monotonic()
            self.prompt.setText(question.prompt)
            self._set_choices(question)
            self.feedback.clear()
        done = question.id in self.answered
        closed = state.session.revealed or (state.seconds_left == 0)
        for button in self.buttons:
            button.setEnabled(not done and not closed)
        self.typed.setEnabled(not done and not closed)
        if state.session.revealed:
            if done:
                verdict = translate("StudentDeskWindow", "Right!") if self.answered[question.id] else translate("StudentDeskWindow", "Not this time.")
            else:
                verdict = translate("StudentDeskWindow", "No answer given.")
            self.feedback.setText(translate("StudentDeskWindow", "{verdict} The answer: {answer}").format(verdict=verdict, answer=answer_text(question.answer, question.kind)))
        elif done:
            self.feedback.setText(translate("StudentDeskWindow", "Your answer is in. Wait for the teacher to show the answer."))
        elif closed:
            self.feedback.setText(translate("StudentDeskWindow", "Time is up."))

    def _set_choices(self, question) -> None:
        clear_layout(self.grid)
        self.buttons = []
        options = shown_choices(question) if question is not None else []
        font = QFont(self.font())
        font.setPointSize(16)
        for number, text in enumerate(options):
            button = QPushButton(f"{number + 1}  {answer_text(text, question.kind)}")
            button.setFont(font)
            button.setMinimumHeight(64)
            button.clicked.connect(lambda _=False, t=text: self.send(t))
            self.grid.addWidget(button, number // 2, number % 2)
            self.buttons.append(button)
        self.typed.setVisible(question is not None and not options)
        self.typed.clear()
        if self.typed.isVisible():
            self.typed.setFocus()

    def _press(self, number: int) -> None:
        if number < len(self.buttons) and self.buttons[number].isEnabled():
            self.buttons[number].click()

    def send(self, given: str) -> None:
        question = self.current_question()
        if question is None or self._sending or question.id in self.answered:
            return
        self._sending = True
        for button in self.buttons:
            button.setEnabled(False)
        elapsed = int((time.monotonic() - self._shown_at) * 1000)
        classroom, session_id, me = self.ctx.app.classroom, self.session_id, self.participant.id
        run_task(self.ctx, lambda _t: classroom.answer(session_id, me, question.id, given, elapsed),
                 on_done=self._sent, on_error=self._refused, changes="reviews")

    def _sent(self, outcome) -> None:
        self._sending = False
        self.answered[outcome.question_id] = outcome.correct
        if self.state is not None and self.state.session.paced == SELF_PACED:
            verdict = translate("StudentDeskWindow", "Right!") if outcome.correct else translate("StudentDeskWindow", "Not this time — the answer: {answer}").format(
                answer=outcome.answer)
            self.feedback.setText(verdict)
            self.shown_id = None
        self.poll()

    def _refused(self, error: BaseException) -> None:
        self._sending = False
        self.feedback.setText(str(error))
        self.poll()

    def _finish(self) -> None:
        self.poller.stop()
        self.countdown.clear()
        self._set_choices(None)
        classroom, session_id, me = self.ctx.app.classroom, self.session_id, self.participant.id
        run_task(self.ctx, lambda _t: classroom.my_results(session_id, me), on_done=self._show_own_results)

    def _show_own_results(self, results) -> None:
        mine = results.students[0] if results.students else None
        right = mine.correct if mine else 0
        self.position.setText("")
        self.prompt.setText(translate("StudentDeskWindow", "Done! You got {right} of {total} right.").format(right=right,
                                                                              total=len(results.questions)))
        self.feedback.setText(translate("StudentDeskWindow", "These answers count in your own study plan."))

    def closeEvent(self, event) -> None:
        self.poller.stop()
        super().closeEvent(event)
