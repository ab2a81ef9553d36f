"""Projector mode: one question at a time in very large type, a countdown, then the answer with
the sentence it comes from. Run entirely from the keyboard:

    Space   show the answer / go to the next question     → / ←  next / previous question
    1–6     the player at the keyboard picks a choice      Y / N  mark an open answer right or wrong
    Esc     leave the projector

Without players it only shows the quiz (the class answers aloud, or on their desks: the teacher's
window then moves every desk along with the projector through ``moved`` and ``revealed_answer``). With players
(hot-seat: one learner per turn; teams: one team per turn) each pick is recorded through
``app.classroom`` in that learner's, or every team member's, own progress, and a scoreboard is shown.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from studyapp.core.classroom.records import shown_choices  # noqa: F401 (the desk and tests use it from here)
from studyapp.gui import theme
from studyapp.gui.join_panel import JoinPanel, plain_label
from studyapp.gui.translation import answer_text, translate
from studyapp.gui.worker import run_task

LETTERS = "ABCDEF"



@dataclass
class Turn:
    """Who answers on the keyboard: a learner (hot-seat) or a team; ``participant_id`` for hot-seat."""

    label: str
    participant_id: int | None = None
    team: str | None = None


@dataclass
class ProjectorRun:
    questions: list
    seconds_per_question: int = 30
    title: str = ""
    session_id: int | None = None  # set when answers are recorded
    turns: list[Turn] = field(default_factory=list)
    join: tuple[str, str, str] | None = None  # (address, code, join link) of a class server


class ProjectorWindow(QWidget):
    closed = Signal()
    moved = Signal(int)  # the question now shown (0-based): every desk can follow the projector
    revealed_answer = Signal(int)

    def __init__(self, ctx, run: ProjectorRun, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.run = run
        self.index = 0
        self.revealed = False
        self.picked: dict[int, str] = {}  # question index -> what the player picked
        self._started = time.monotonic()
        self.setWindowTitle(translate("ProjectorWindow", "StudyApp — projector"))
        self.setObjectName("projector")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoFillBackground(True)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        outer.setSpacing(40)
        main = QVBoxLayout()
        outer.addLayout(main, 1)
        top = QHBoxLayout()
        self.position_label = plain_label()
        self.turn_label = plain_label()
        self.countdown = plain_label()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdown.setAccessibleName(translate("ProjectorWindow", "Seconds left"))
        top.addWidget(self.position_label)
        top.addStretch(1)
        top.addWidget(self.turn_label)
        top.addStretch(1)
        top.addWidget(self.countdown)
        main.addLayout(top)
        main.addStretch(1)
        self.prompt = plain_label()
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        main.addWidget(self.prompt)
        main.addSpacing(30)
        self.choice_grid = QGridLayout()
        self.choice_grid.setHorizontalSpacing(30)
        self.choice_grid.setVerticalSpacing(20)
        main.addLayout(self.choice_grid)
        self.choice_labels: list[QLabel] = []
        self.answer = plain_label()
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setWordWrap(True)
        main.addWidget(self.answer)
        self.source = plain_label()
        self.source.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.source.setWordWrap(True)
        main.addWidget(self.source)
        main.addStretch(1)
        self.hint = plain_label()
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        main.addWidget(self.hint)

        self.scoreboard = plain_label()
        self.scoreboard.setObjectName("card")
        self.scoreboard.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scoreboard.setAccessibleName(translate("ProjectorWindow", "Scoreboard"))
        self.scoreboard.setVisible(bool(run.turns))
        outer.addWidget(self.scoreboard)
        self.join_panel = None
        if run.join is not None:  # students join while the quiz is on screen
            self.join_panel = JoinPanel(*run.join)
            outer.addWidget(self.join_panel)
        self.spread: dict[str, int] = {}

        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self._tick)
        self._apply_colors()
        self._show_question()
        if run.session_id is not None:
            self._refresh_scoreboard()

    # Appearance ------------------------------------------------------------------------------
    def _apply_colors(self) -> None:
        from PySide6.QtWidgets import QApplication

        self.colors = theme.colors(QApplication.instance().property("studyapp_theme") or theme.SYSTEM)
        c = self.colors
        self.setStyleSheet(
            f"QWidget#projector {{ background: {c['window']}; }}"
            f"QLabel {{ color: {c['text']}; }}"
            f"QLabel[role='choice'] {{ background: {c['base']}; border: 3px solid {c['border']};"
            f" border-radius: 16px; padding: 18px 28px; }}"
            f"QLabel[role='choice'][state='key'] {{ border-color: {c['good']}; background: {c['base']}; }}"
            f"QLabel[role='choice'][state='wrong'] {{ border-color: {c['bad']}; }}"
            f"QLabel[role='choice'][state='faded'] {{ color: {c['muted']}; }}"
            f"QLabel#card {{ background: {c['base']}; border: 1px solid {c['border']}; border-radius: 16px;"
            f" padding: 24px; }}")

    def _font(self, scale: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(12, int(self.height() * scale)))
        font.setBold(bold)
        return font

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        self.prompt.setFont(self._font(0.055, bold=True))
        for label in self.choice_labels:
            label.setFont(self._font(0.04))
        self.answer.setFont(self._font(0.05, bold=True))
        self.source.setFont(self._font(0.03))
        for label in (self.position_label, self.turn_label):
            label.setFont(self._font(0.03))
        self.countdown.setFont(self._font(0.06, bold=True))
        self.hint.setFont(self._font(0.02))
        self.scoreboard.setFont(self._font(0.032))
        self.scoreboard.setMinimumWidth(int(self.width() * 0.22))
        if self.join_panel is not None:
            # the address and the code are typed from the back of the room: as large as fits under the QR code
            self.join_panel.set_scale(max(120, int(self.height() * 0.32)), max(10, int(self.height() * 0.021)))

    # The question on screen ------------------------------------------------------------------------
    @property
    def question(self):
        return self.run.questions[self.index]

    def current_turn(self) -> Turn | None:
        return self.run.turns[self.index % len(self.run.turns)] if self.run.turns else None

    def _show_question(self) -> None:
        question = self.question
        self.revealed = False
        self._started = time.monotonic()
        total = len(self.run.questions)
        self.position_label.setText(translate("ProjectorWindow", "Question {n} of {total}").format(n=self.index + 1, total=total))
        turn = self.current_turn()
        self.turn_label.setText(translate("ProjectorWindow", "Turn: {who}").format(who=turn.label) if turn else self.run.title)
        self.prompt.setText(question.prompt)
        clear_layout(self.choice_grid)
        self.choice_labels = []
        for number, text in enumerate(shown_choices(question)):
            label = plain_label(f"{number + 1}  {answer_text(text, question.kind)}")
            label.setProperty("role", "choice")
            label.setWordWrap(True)
            self.choice_grid.addWidget(label, number // 2, number % 2)
            self.choice_labels.append(label)
        self.answer.clear()
        self.source.clear()
        if turn and self.choice_labels:
            hint = translate("ProjectorWindow", "{who}: press 1–{n} to answer · Space shows the answer · ← → move · Esc leaves").format(
                who=turn.label, n=len(self.choice_labels))
        elif turn:
            hint = translate("ProjectorWindow", "Space shows the answer, then Y (right) or N (wrong) for {who} · Esc leaves").format(
                who=turn.label)
        else:
            hint = translate("ProjectorWindow", "Space shows the answer · Space again: next question · ← → move · Esc leaves")
        self.hint.setText(hint)
        self._apply_fonts()
        self._tick()
        self.timer.start()

    def seconds_left(self) -> int:
        return max(0, int(round(self.run.seconds_per_question - (time.monotonic() - self._started))))

    def _tick(self) -> None:
        left = self.seconds_left()
        self.countdown.setText(str(left) if not self.revealed else "")
        color = self.colors["bad"] if left <= 5 else self.colors["text"]
        self.countdown.setStyleSheet(f"color: {color};")
        if left == 0 and not self.revealed:
            self.reveal()

    def reveal(self) -> None:
        if self.revealed:
            return
        self.revealed = True
        self.revealed_answer.emit(self.index)
        self.timer.stop()
        self.countdown.clear()
        question = self.question
        picked = self.picked.get(self.index)
        for label, text in zip(self.choice_labels, shown_choices(question)):
            state = "key" if text == question.answer else ("wrong" if text == picked else "faded")
            label.setProperty("state", state)
            label.style().unpolish(label)
            label.style().polish(label)
        self._label_spread()
        self.answer.setText(translate("ProjectorWindow", "Answer: {answer}").format(answer=question.answer))
        self.answer.setStyleSheet(f"color: {self.colors['good']};")
        if question.source_sentence:
            self.source.setText("“" + question.source_sentence + "”")
        if self.index == len(self.run.questions) - 1:
            self.hint.setText(translate("ProjectorWindow", "That was the last question · Esc leaves"))
        elif self.current_turn() and not self.question.choices:
            self.hint.setText(translate("ProjectorWindow", "Y if {who} answered right, N if not · Space: next question").format(
                who=self.current_turn().label))
        else:
            self.hint.setText(translate("ProjectorWindow", "Space: next question · ← → move · Esc leaves"))

    def go(self, step: int) -> None:
        target = self.index + step
        if 0 <= target < len(self.run.questions):
            self.index = target
            self.spread = {}
            self._show_question()
            self.moved.emit(target)

    # Answers from the keyboard -------------------------------------------------------------------------
    def pick(self, number: int) -> None:
        """The player at the keyboard picks choice ``number`` (0-based)."""
        options = shown_choices(self.question)
        if self.revealed or not self.current_turn() or not 0 <= number < len(options):
            return
        self.picked[self.index] = options[number]
        self._record(options[number])
        self.reveal()

    def mark(self, right: bool) -> None:
        """For a question without choices: the teacher marks the spoken answer after the reveal."""
        if not self.revealed or not self.current_turn() or self.question.choices or self.index in self.picked:
            return
        self.picked[self.index] = self.question.answer if right else ""
        self._record(self.picked[self.index])

    def _record(self, given: str) -> None:
        turn, question = self.current_turn(), self.question
        if self.run.session_id is None or turn is None:
            return
        elapsed_ms = int((time.monotonic() - self._started) * 1000)
        classroom, session_id = self.ctx.app.classroom, self.run.session_id
        if turn.team is not None:
            work = lambda _task: classroom.answer_as_team(session_id, turn.team, question.id, given, elapsed_ms)
        else:
            work = lambda _task: classroom.answer(session_id, turn.participant_id, question.id, given, elapsed_ms)
        run_task(self.ctx, work, on_done=lambda _result: self._refresh_scoreboard(),
                 on_error=lambda error: self.hint.setText(str(error)), changes="reviews")

    def _refresh_scoreboard(self) -> None:
        session_id = self.run.session_id
        run_task(self.ctx, lambda _task: self.ctx.app.classroom.scoreboard(session_id),
                 on_done=self._show_scores, on_error=lambda error: self.hint.setText(str(error)))

    def _show_scores(self, scores) -> None:
        lines = [translate("ProjectorWindow", "Scoreboard"), ""]
        for place, score in enumerate(scores, start=1):
            lines.append(f"{place}. {score.label} — {score.correct}")
        self.scoreboard.setText("\n".join(lines))

    def show_spread(self, distribution: dict[str, int]) -> None:
        """How the class answered the question on screen (from the class server): shown on each
        choice once the answer is shown, not before (the class would follow the majority)."""
        self.spread = dict(distribution)
        if self.revealed:
            self._label_spread()

    def _label_spread(self) -> None:
        if not self.spread:
            return
        for number, (label, text) in enumerate(zip(self.choice_labels, shown_choices(self.question))):
            count = self.spread.get(text, 0)
            label.setText(translate("ProjectorWindow", "{n}  {choice}   — {count} answered").format(
                n=number + 1, choice=answer_text(text, self.question.kind), count=count))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space:
            if self.revealed:
                self.go(1)
            else:
                self.reveal()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown):
            self.go(1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp):
            self.go(-1)
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_6:
            self.pick(key - Qt.Key.Key_1)
        elif key in (Qt.Key.Key_Y, Qt.Key.Key_N):
            self.mark(key == Qt.Key.Key_Y)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.closed.emit()
        super().closeEvent(event)


def clear_layout(layout) -> None:
    """Remove a layout's widgets at once: a deferred delete alone would leave them painted until the
    event loop gets round to it."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        widget.hide()
        widget.deleteLater()


def screenshot_projector(ctx, window) -> QWidget:
    """For ``studyapp screenshot --view projector``: the first questions of the bank, on the projector."""
    from studyapp.core.classroom.manager import QuizSpec

    questions = [q for q in ctx.app.classroom.select_questions(QuizSpec(count=200)) if q.choices][:10]
    if not questions:
        questions = ctx.app.classroom.select_questions(QuizSpec(count=10))
    if not questions:
        from studyapp.core.errors import NotFound

        raise NotFound("The bank has no questions to show on the projector; import an article first.")
    return ProjectorWindow(ctx, ProjectorRun(questions, 30, translate("ProjectorWindow", "Projector preview")))
