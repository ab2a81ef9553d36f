"""A student's desk in a class: StudyApp's own window onto the teacher's class server, through the
same HTTP API as the browser page (``ClassClient``, always off the GUI thread). The question the
class is on (or the student's next one, at their own pace), large answer buttons, the verdict once
the question closes, and the student's own score. Each verdict is also recorded in the student's
own library (``record_class_verdict``), so it counts in their own study plan."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from studyapp.gui.class_poller import ClassPoller
from studyapp.gui.join_panel import plain_label
from studyapp.gui.projector_window import clear_layout
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task


class StudentDeskWindow(QWidget):
    def __init__(self, ctx, client, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.client = client
        self.view: dict | None = None
        self.shown_id: int | None = None
        self.question: dict | None = None
        self._shown_at = time.monotonic()
        self._sending = False
        self._given: dict[int, tuple[str, int, dict]] = {}  # question id -> (answer, ms, question), for the own library
        self._kept: set[int] = set()  # verdicts already recorded in the own library
        self.setWindowTitle(translate("StudentDeskWindow", "Class — {name}").format(name=client.name))
        self.resize(1000, 700)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        top = QHBoxLayout()
        self.position = plain_label()
        top.addWidget(self.position)
        top.addStretch(1)
        self.countdown = plain_label()
        big = QFont(self.font())
        big.setPointSize(24)
        big.setBold(True)
        self.countdown.setFont(big)
        top.addWidget(self.countdown)
        layout.addLayout(top)
        layout.addStretch(1)
        self.prompt = plain_label(translate("StudentDeskWindow", "Waiting for the teacher to start…"))
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
        self.feedback = plain_label()
        self.feedback.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.feedback.setWordWrap(True)
        medium = QFont(self.font())
        medium.setPointSize(16)
        self.feedback.setFont(medium)
        layout.addWidget(self.feedback)
        self.next_button = QPushButton(translate("StudentDeskWindow", "Next question"))
        self.next_button.hide()
        self.next_button.clicked.connect(self._next)
        layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(1)
        self.score = plain_label()
        self.score.setProperty("muted", True)
        layout.addWidget(self.score)
        self.buttons: list[QPushButton] = []
        for number in range(6):
            QShortcut(QKeySequence(str(number + 1)), self, activated=lambda n=number: self._press(n))
        self.poller = ClassPoller(ctx, lambda _app: client.state(), self._show, self.feedback.setText, self)
        self.poller.start()

    def poll(self) -> None:
        if not self.next_button.isVisible():  # a verdict at one's own pace stays until Next
            self.poller.poll()

    def _show(self, view: dict) -> None:
        if self.next_button.isVisible():
            return
        self.view = view
        score = view["score"]
        self.score.setText(translate("StudentDeskWindow", "Your score: {points} right of {answered} answered ({total} questions)").format(
            points=score["points"], answered=score["answered"], total=score["total"]))
        question, phase = view["question"], view["phase"]
        if phase in ("finished", "ended"):
            self._finish(view)
            return
        if question is None:
            self.position.setText("")
            self.countdown.setText("")
            self.prompt.setText(translate("StudentDeskWindow", "Waiting for the teacher to start…"))
            self._set_choices(None)
            return
        self.question = question
        self.position.setText(translate("StudentDeskWindow", "Question {n} of {total}").format(n=question["number"], total=question["total"]))
        if question["id"] != self.shown_id:
            if self.shown_id is not None:
                self._catch_up()
            self.shown_id = question["id"]
            self._shown_at = time.monotonic()
            self.prompt.setText(question["prompt"])
            self._set_choices(question)
            self.feedback.clear()
        closed = phase == "closed"
        left = question["seconds_left"]
        self.countdown.setText("" if left is None or closed else str(left))
        open_now = not question["answered"] and not closed and left != 0
        for button in self.buttons:
            button.setEnabled(open_now and not self._sending)
        self.typed.setEnabled(open_now)
        if closed:
            reveal = view["reveal"]
            verdict = {True: translate("StudentDeskWindow", "Right!"), False: translate("StudentDeskWindow", "Not this time.")}.get(reveal["correct"], translate("StudentDeskWindow", "No answer given."))
            self.feedback.setText(translate("StudentDeskWindow", "{verdict} The answer: {answer}").format(verdict=verdict, answer=reveal["answer"]))
            self._keep_verdict(question, reveal["answer"])
        elif question["answered"]:
            self.feedback.setText(translate("StudentDeskWindow", "Your answer is in. Wait for the teacher to show the answer."))
        elif left == 0:
            self.feedback.setText(translate("StudentDeskWindow", "Time is up."))

    def _set_choices(self, question: dict | None) -> None:
        clear_layout(self.grid)
        self.buttons = []
        options = question["choices"] if question is not None else []
        font = QFont(self.font())
        font.setPointSize(16)
        for number, text in enumerate(options):
            # A QPushButton shows its text as plain text (no rich text), whatever a prompt holds.
            button = QPushButton(f"{number + 1}  {text}")
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
        question = self.question
        if question is None or self._sending or question["answered"]:
            return
        self._sending = True
        for button in self.buttons:
            button.setEnabled(False)
        elapsed = int((time.monotonic() - self._shown_at) * 1000)
        self._given[question["id"]] = (given, elapsed, question)
        client, question_id = self.client, question["id"]
        run_task(self.ctx, lambda _t: client.answer(question_id, given), on_done=self._sent,
                 on_error=self._refused)

    def _sent(self, reply: dict) -> None:
        self._sending = False
        if not reply.get("accepted"):
            self.feedback.setText(reply.get("reason") or translate("StudentDeskWindow", "Your answer was not accepted."))
        elif "correct" in reply:  # at one's own pace: the verdict at once, then Next
            verdict = translate("StudentDeskWindow", "Right!") if reply["correct"] else translate("StudentDeskWindow", "Not this time — the answer: {answer}").format(
                answer=reply["answer"])
            self.feedback.setText(verdict)
            self._keep_verdict(self.question, reply["answer"])
            self.next_button.show()
            self.next_button.setFocus()
            return
        self.poll()

    def _next(self) -> None:
        self.next_button.hide()
        self.shown_id = None
        self.poll()

    def _refused(self, error: BaseException) -> None:
        self._sending = False
        self.feedback.setText(str(error))
        self.poll()

    def _keep_verdict(self, question: dict | None, key: str) -> None:
        """The verdict into the student's own library too (once per question they answered)."""
        app, learner = self.ctx.app, self.ctx.learner
        if question is None or question["id"] in self._kept or question["id"] not in self._given or app is None \
                or learner is None:
            return
        self._kept.add(question["id"])
        given, ms, _question = self._given[question["id"]]
        title = (self.view or {}).get("title", "")
        from studyapp.core.classroom.outside import record_class_verdict

        run_task(self.ctx, lambda _t: record_class_verdict(app, learner.id, title, question["prompt"], key,
                                                           question["choices"], given, ms), changes="reviews")

    def _catch_up(self) -> None:
        """The class moved on: verdicts of answered questions whose close this desk did not see
        (the teacher showed the answer and moved on between two reads) are asked for and kept."""
        if not set(self._given) - self._kept:
            return
        client = self.client

        def keep(verdicts: list[dict]) -> None:
            for verdict in verdicts:
                if verdict["id"] in self._given:
                    self._keep_verdict(self._given[verdict["id"]][2], verdict["answer"])

        # A class that already ended no longer knows this desk: nothing more can be kept then.
        run_task(self.ctx, lambda _t: client.verdicts(), on_done=keep, on_error=lambda _error: None)

    def _finish(self, view: dict) -> None:
        self._catch_up()
        self.poller.stop()
        self.countdown.clear()
        self.position.setText("")
        self._set_choices(None)
        score = view["score"]
        lead = translate("StudentDeskWindow", "The class has ended.") if view["phase"] == "ended" else translate("StudentDeskWindow", "Done!")
        self.prompt.setText(translate("StudentDeskWindow", "{lead} You got {right} of {total} right.").format(
            lead=lead, right=score["points"], total=score["total"]))
        self.feedback.setText(translate("StudentDeskWindow", "These answers count in your own study plan too."))

    def closeEvent(self, event) -> None:
        self.poller.stop()
        super().closeEvent(event)
