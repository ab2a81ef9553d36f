"""The teacher's window for a class served to the students' browsers and desks: the join address,
code and QR code, who has answered, and the live spread of answers. It reads the session once a
second (``ClassPoller``, never on the GUI thread); the teacher moves the class on, shows the answer
and ends the session from here. The class server belongs to this window: ending the session or
closing the window stops it (the results are kept)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QProgressBar, QPushButton, QVBoxLayout, QWidget)

from studyapp.core.classroom.models import SELF_PACED
from studyapp.gui.class_poller import ClassPoller
from studyapp.gui.join_panel import JoinPanel, plain_label
from studyapp.gui.projector_window import clear_layout
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task


class TeacherSessionWindow(QWidget):
    ended = Signal(int)

    def __init__(self, ctx, session_row, teacher, server=None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.session_id = session_row.id
        self.teacher = teacher
        self.server = server
        self.self_paced = session_row.paced == SELF_PACED
        self.setWindowTitle(translate("TeacherSessionWindow", "Class session — {title}").format(title=session_row.title))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.code = plain_label(translate("TeacherSessionWindow", "Join code: {code}").format(code=session_row.code))
        font = QFont(self.font())
        font.setPointSize(28)
        font.setBold(True)
        self.code.setFont(font)
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(translate("TeacherSessionWindow", "Join code"))
        top.addWidget(self.code)
        top.addStretch(1)
        self.countdown = QLabel()
        self.countdown.setFont(font)
        top.addWidget(self.countdown)
        layout.addLayout(top)
        if server is not None:
            how = translate("TeacherSessionWindow", "Students open {url} in a browser (or scan the QR code, or use Join a class in StudyApp) "
                     "and enter the code and their name.").format(url=server.url)
        else:
            how = translate("TeacherSessionWindow", "The class server is not running: students cannot join or answer.")
        self.how = plain_label(how)
        self.how.setProperty("muted", True)
        self.how.setWordWrap(True)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.how)
        self.question = plain_label()
        self.question.setWordWrap(True)
        qfont = QFont(self.font())
        qfont.setPointSize(16)
        qfont.setBold(True)
        self.question.setFont(qfont)
        layout.addWidget(self.question)

        middle = QHBoxLayout()
        people = QVBoxLayout()
        self.people_heading = QLabel()
        people.addWidget(self.people_heading)
        self.people = QListWidget()
        self.people.setAccessibleName(translate("TeacherSessionWindow", "Students and whether they answered"))
        people.addWidget(self.people, 1)
        middle.addLayout(people, 1)
        spread = QVBoxLayout()
        spread.addWidget(QLabel(translate("TeacherSessionWindow", "Answers so far")))
        self.bars = QGridLayout()
        spread.addLayout(self.bars)
        spread.addStretch(1)
        middle.addLayout(spread, 2)
        self.join_panel = None
        if server is not None:
            self.join_panel = JoinPanel(server.url, server.code, server.join_url)
            middle.addWidget(self.join_panel)
        layout.addLayout(middle, 1)

        buttons = QHBoxLayout()
        self.next_button = QPushButton(translate("TeacherSessionWindow", "Start"))
        self.next_button.setProperty("primary", True)
        self.next_button.setToolTip(translate("TeacherSessionWindow", "Show the next question on every desk (Ctrl+Right)"))
        self.reveal_button = QPushButton(translate("TeacherSessionWindow", "Show answer"))
        self.reveal_button.setToolTip(translate("TeacherSessionWindow", "Close the question and show the answer on every desk (Ctrl+R)"))
        self.projector_button = QPushButton(translate("TeacherSessionWindow", "Projector"))
        self.projector_button.setToolTip(translate("TeacherSessionWindow", "Show the questions full screen; Space and the arrows move every desk "
                                            "along (F5)"))
        self.end_button = QPushButton(translate("TeacherSessionWindow", "End session"))
        self.end_button.setToolTip(translate("TeacherSessionWindow", "End the session; the code stops working"))
        for button in (self.next_button, self.reveal_button, self.projector_button):
            button.setVisible(not self.self_paced)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel()
        self.status.setProperty("muted", True)
        buttons.addWidget(self.status)
        buttons.addWidget(self.end_button)
        layout.addLayout(buttons)

        self.next_button.clicked.connect(self.next_question)
        self.reveal_button.clicked.connect(self.reveal)
        self.end_button.clicked.connect(self.end_session)
        QShortcut(QKeySequence("Ctrl+Right"), self, activated=self.next_question)
        QShortcut(QKeySequence("Ctrl+R"), self, activated=self.reveal)
        QShortcut(QKeySequence("F5"), self, activated=self.show_projector)
        self.projector_button.clicked.connect(self.show_projector)
        self.projector = None
        self._title, self._seconds = session_row.title, session_row.seconds_per_question
        session_id, key = self.session_id, teacher
        self.poller = ClassPoller(ctx, lambda app: (app.classroom.state(session_id),
                                                    app.classroom.live(session_id, teacher=key),
                                                    app.classroom.scoreboard(session_id, teacher=key)),
                                  self._show, self.status.setText, self)
        self.poller.start()

    def poll(self) -> None:
        self.poller.poll()

    def _show(self, result) -> None:
        state, live, scores = result
        self.status.setText("")
        self.live = live
        if self.projector is not None:
            self.projector.show_spread(live.distribution)
        answered_counts = {s.label: s.answered for s in scores}
        total = len(state.questions)
        if state.ended:
            self.poller.stop()
            self.question.setText(translate("TeacherSessionWindow", "The session has ended."))
        elif self.self_paced:
            self.question.setText(translate("TeacherSessionWindow", "Each student works through the {n} questions at their own pace.").format(n=total))
        elif live.question is None:
            self.question.setText(translate("TeacherSessionWindow", "Waiting for students. Press Start when everyone has joined.")
                                  if state.session.current_index < 0 else translate("TeacherSessionWindow", "All questions done."))
        else:
            self.question.setText(translate("TeacherSessionWindow", "Question {n} of {total}: {prompt}").format(
                n=state.session.current_index + 1, total=total, prompt=live.question.prompt))
        self.next_button.setText(translate("TeacherSessionWindow", "Start") if state.session.current_index < 0 else translate("TeacherSessionWindow", "Next question"))
        self.next_button.setEnabled(not state.ended and state.session.current_index < total)
        self.reveal_button.setEnabled(live.question is not None and not state.session.revealed and not state.ended)
        self.countdown.setText("" if state.seconds_left is None or state.session.revealed
                               else f"{state.seconds_left:.0f}")
        done = set(live.answered)
        self.people.clear()
        for name in live.answered + live.waiting:
            mark = "✓" if name in done else "…"
            count = answered_counts.get(name, 0)
            item = QListWidgetItem(translate("TeacherSessionWindow", "{mark} {name}   ({count}/{total} answered)").format(
                mark=mark, name=name, count=count, total=total))
            self.people.addItem(item)
        self.people_heading.setText(translate("TeacherSessionWindow", "{answered} of {n} students answered").format(
            answered=len(done), n=len(live.answered) + len(live.waiting)))
        self._show_distribution(live)

    def _show_distribution(self, live) -> None:
        clear_layout(self.bars)
        if live.question is None:
            return
        most = max(live.distribution.values(), default=0) or 1
        for row, (text, count) in enumerate(sorted(live.distribution.items(), key=lambda kv: -kv[1])):
            label = plain_label(("✔ " if text == live.question.answer else "") + text)
            label.setProperty("good", text == live.question.answer)
            bar = QProgressBar()
            bar.setRange(0, most)
            bar.setValue(count)
            bar.setFormat(str(count))
            bar.setAccessibleName(translate("TeacherSessionWindow", "{answer}: {count}").format(answer=text, count=count))
            self.bars.addWidget(label, row, 0)
            self.bars.addWidget(bar, row, 1)

    def _act(self, work, changes: str | None = None) -> None:
        run_task(self.ctx, work, on_done=lambda _r: self.poll(), changes=changes)

    def show_projector(self) -> None:
        """The questions on the projector, in step with the desks: the projector drives the session."""
        if self.self_paced or self.projector is not None:
            return
        session_id = self.session_id
        run_task(self.ctx, lambda _t: self.ctx.app.classroom.state(session_id), on_done=self._open_projector)

    def _open_projector(self, state) -> None:
        from studyapp.gui.projector_window import ProjectorRun, ProjectorWindow

        if state.ended or not state.questions:
            return
        join = (self.server.url, self.server.code, self.server.join_url) if self.server is not None else None
        window = ProjectorWindow(self.ctx, ProjectorRun(state.questions, self._seconds, self._title, join=join))
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if 0 <= state.session.current_index < len(state.questions):
            window.index = state.session.current_index
            window._show_question()
        else:  # nobody saw a question yet: the projector's first one is the class's first one
            self._act(lambda _t: self.ctx.app.classroom.go_to(self.session_id, 0, teacher=self.teacher))
        classroom, session_id, key = self.ctx.app.classroom, self.session_id, self.teacher
        window.moved.connect(lambda index: self._act(lambda _t: classroom.go_to(session_id, index, teacher=key)))
        window.revealed_answer.connect(lambda _index: self._act(lambda _t: classroom.reveal(session_id, teacher=key)))
        window.closed.connect(self._projector_closed)
        self.projector = window
        window.showFullScreen()
        window.setFocus()

    def _projector_closed(self) -> None:
        self.projector = None

    def next_question(self) -> None:
        if self.projector is not None:  # the projector leads; it tells the desks
            self.projector.go(1)
        elif not self.self_paced:
            self._act(lambda _t: self.ctx.app.classroom.next_question(self.session_id, teacher=self.teacher))

    def reveal(self) -> None:
        if self.projector is not None:
            self.projector.reveal()
        elif not self.self_paced:
            self._act(lambda _t: self.ctx.app.classroom.reveal(self.session_id, teacher=self.teacher))

    def end_session(self) -> None:
        answer = QMessageBox.question(self, translate("TeacherSessionWindow", "End session"),
                                      translate("TeacherSessionWindow", "End the session? Students can no longer answer; results are kept."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        run_task(self.ctx, lambda _t: self.ctx.app.classroom.end_session(self.session_id, teacher=self.teacher),
                 on_done=self._ended, changes="classroom")

    def stop_server(self) -> None:
        """Stop the class server off the GUI thread (it waits for open requests a moment)."""
        server, self.server = self.server, None
        if server is not None:
            run_task(self.ctx, lambda _t: server.stop("ended by the teacher"), changes="classroom")

    def _ended(self, _row) -> None:
        self.stop_server()
        self.poller.stop()
        if self.projector is not None:
            self.projector.close()
        self.ended.emit(self.session_id)
        self.close()

    def closeEvent(self, event) -> None:
        # Closing the window stops the server, which ends the session: results are kept.
        self.stop_server()
        self.poller.stop()
        if self.projector is not None:
            self.projector.close()
        super().closeEvent(event)
