"""Classroom: the teacher's saved quizzes and class sessions, and where students join a class.

The teacher unlocks once (passphrase); the key is kept only in this view while the program runs.
Run a quiz on the projector (alone, hot-seat or in teams on this machine) or as a class session
served from this computer: students join from any browser (or StudyApp's Join a class) with the
address and code the teacher's window shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFrame, QGridLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from studyapp.core.clock import as_utc
from studyapp.core.classroom.models import DESKS, HOTSEAT, PROJECTOR, SELF_PACED, TEACHER_PACED, TEAMS
from studyapp.gui.join_panel import plain_label
from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task


# The port a class server tries first: the same every time, so a school's firewall rule keeps working.
CLASS_PORT = 8765



def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setStyleSheet("font-weight: 600; font-size: 13pt;")
    layout.addWidget(heading)
    return frame, layout


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


def _fill(table: QTableWidget, rows: list[list]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class ClassroomView(QWidget):
    view_name = "classroom"

    @staticmethod
    def title() -> str:
        return translate("ClassroomView", "Classroom")

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.teacher = None  # a TeacherKey once unlocked; never stored on disk
        self.quizzes = []
        self.sessions = []
        self.windows: list[QWidget] = []  # projector, teacher and desk windows kept alive while open
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        header = QHBoxLayout()
        heading = QLabel(translate("ClassroomView", "Classroom"))
        heading.setObjectName("viewTitle")
        header.addWidget(heading)
        header.addStretch(1)
        self.role_label = QLabel()
        self.role_label.setProperty("muted", True)
        header.addWidget(self.role_label)
        self.teacher_button = QPushButton()
        self.teacher_button.clicked.connect(self.toggle_teacher)
        header.addWidget(self.teacher_button)
        layout.addLayout(header)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        quiz_card, quiz_layout = _card(translate("ClassroomView", "Quizzes"))
        self.quiz_table = _table([translate("ClassroomView", "Name"), translate("ClassroomView", "Questions"), translate("ClassroomView", "Seconds each")], translate("ClassroomView", "Saved quizzes"))
        quiz_layout.addWidget(self.quiz_table, 1)
        self.empty_hint = QLabel(translate("ClassroomView", "No quiz yet. Unlock as teacher and choose “New quiz…”."))
        self.empty_hint.setProperty("muted", True)
        self.empty_hint.setWordWrap(True)
        quiz_layout.addWidget(self.empty_hint)
        edit_row = QHBoxLayout()
        self.new_button = QPushButton(translate("ClassroomView", "New quiz…"))
        self.edit_button = QPushButton(translate("ClassroomView", "Edit…"))
        self.delete_button = QPushButton(translate("ClassroomView", "Delete"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        quiz_layout.addLayout(edit_row)
        run_row = QHBoxLayout()
        run_row.addWidget(QLabel(translate("ClassroomView", "Run:")))
        self.projector_button = QPushButton(translate("ClassroomView", "Projector"))
        self.projector_button.setProperty("primary", True)
        self.projector_button.setToolTip(translate("ClassroomView", "Show the quiz full screen on this machine (F5)"))
        self.hotseat_button = QPushButton(translate("ClassroomView", "Hot-seat…"))
        self.hotseat_button.setToolTip(translate("ClassroomView", "Learners take turns at the keyboard; each answer counts in their progress"))
        self.teams_button = QPushButton(translate("ClassroomView", "Teams…"))
        self.teams_button.setToolTip(translate("ClassroomView", "Teams take turns; an answer counts for every team member"))
        self.desks_button = QPushButton(translate("ClassroomView", "Class session…"))
        self.desks_button.setToolTip(translate("ClassroomView", "Start a class session served from this computer: students join from "
                                        "a phone, laptop or desk with the address and a code"))
        for button in (self.projector_button, self.hotseat_button, self.teams_button, self.desks_button):
            run_row.addWidget(button)
        run_row.addStretch(1)
        quiz_layout.addLayout(run_row)
        self.own_pace = QCheckBox(translate("ClassroomView", "In a class session, each student goes at their own pace"))
        quiz_layout.addWidget(self.own_pace)
        grid.addWidget(quiz_card, 0, 0)

        join_card, join_layout = _card(translate("ClassroomView", "Join a class"))
        intro = QLabel(translate("ClassroomView", "Students: type the address and the code the teacher shows, and your name."))
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        join_layout.addWidget(intro)
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(translate("ClassroomView", "Address, e.g. 192.168.1.20:8765"))
        self.address_edit.setAccessibleName(translate("ClassroomView", "Class address"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(translate("ClassroomView", "Code, e.g. K7PX2QM"))
        self.code_edit.setAccessibleName(translate("ClassroomView", "Join code"))
        self.code_edit.setMaxLength(8)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("ClassroomView", "Your name"))
        self.name_edit.setAccessibleName(translate("ClassroomView", "Your name"))
        self.join_button = QPushButton(translate("ClassroomView", "Join"))
        self.join_button.setProperty("primary", True)
        join_layout.addWidget(self.address_edit)
        join_layout.addWidget(self.code_edit)
        join_layout.addWidget(self.name_edit)
        join_layout.addWidget(self.join_button)
        self.join_message = plain_label()
        self.join_message.setProperty("bad", True)
        self.join_message.setWordWrap(True)
        join_layout.addWidget(self.join_message)
        join_layout.addStretch(1)
        grid.addWidget(join_card, 0, 1)

        session_card, session_layout = _card(translate("ClassroomView", "Class sessions"))
        self.session_table = _table([translate("ClassroomView", "Quiz"), translate("ClassroomView", "How"), translate("ClassroomView", "State"), translate("ClassroomView", "Started"), translate("ClassroomView", "Students")],
                                    translate("ClassroomView", "Class sessions"))
        session_layout.addWidget(self.session_table, 1)
        session_row = QHBoxLayout()
        self.watch_button = QPushButton(translate("ClassroomView", "Teacher window"))
        self.results_button = QPushButton(translate("ClassroomView", "Results…"))
        self.end_button = QPushButton(translate("ClassroomView", "End"))
        for button in (self.watch_button, self.results_button, self.end_button):
            session_row.addWidget(button)
        session_row.addStretch(1)
        session_layout.addLayout(session_row)
        grid.addWidget(session_card, 1, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 2)
        layout.addLayout(grid, 1)

        self.new_button.clicked.connect(lambda: self.as_teacher(self.new_quiz))
        self.edit_button.clicked.connect(lambda: self.as_teacher(self.edit_quiz))
        self.delete_button.clicked.connect(lambda: self.as_teacher(self.delete_quiz))
        self.projector_button.clicked.connect(lambda: self.run_local(PROJECTOR))
        self.hotseat_button.clicked.connect(lambda: self.run_local(HOTSEAT))
        self.teams_button.clicked.connect(lambda: self.run_local(TEAMS))
        self.desks_button.clicked.connect(lambda: self.as_teacher(self.open_desks))
        self.join_button.clicked.connect(self.join)
        self.address_edit.returnPressed.connect(self.join)
        self.code_edit.returnPressed.connect(self.join)
        self.name_edit.returnPressed.connect(self.join)
        self.watch_button.clicked.connect(lambda: self.as_teacher(self.watch_session))
        self.results_button.clicked.connect(lambda: self.as_teacher(self.show_results))
        self.end_button.clicked.connect(lambda: self.as_teacher(self.end_session))
        QShortcut(QKeySequence("F5"), self, activated=lambda: self.run_local(PROJECTOR))
        ctx.changed.connect(self._on_changed)
        ctx.learner_changed.connect(self._fill_name)
        self._show_role()

    # Data ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.ctx.app is None:
            return
        classroom = self.ctx.app.classroom

        def read(_task):
            summaries = classroom.session_summaries()
            return classroom.list_quizzes(), [row for row, _n in summaries], {row.id: n for row, n in summaries}

        run_task(self.ctx, read, on_done=self._show)
        self._fill_name()

    def _fill_name(self) -> None:
        if self.ctx.learner is not None and not self.name_edit.text():
            self.name_edit.setText(self.ctx.learner.name)

    def _show(self, result) -> None:
        self.quizzes, self.sessions, counts = result
        _fill(self.quiz_table, [[q.name, q.n_questions, q.seconds_per_question] for q in self.quizzes])
        self.empty_hint.setVisible(not self.quizzes)
        how = {PROJECTOR: translate("ClassroomView", "projector"), HOTSEAT: translate("ClassroomView", "hot-seat"), TEAMS: translate("ClassroomView", "teams"), DESKS: translate("ClassroomView", "class session")}
        _fill(self.session_table, [[s.title, how.get(s.mode, s.mode), translate("ClassroomView", "open") if s.open_code else translate("ClassroomView", "ended"),
                                    as_utc(s.started_at).astimezone().strftime("%Y-%m-%d %H:%M"), counts.get(s.id, 0)]
                                   for s in self.sessions])
        if self.quizzes and self.quiz_table.currentRow() < 0:
            self.quiz_table.selectRow(0)

    def _on_changed(self, concern: str) -> None:
        if concern in ("quizzes", "classroom", "questions", "articles") and self.isVisible():
            self.refresh()

    def selected_quiz(self):
        row = self.quiz_table.currentRow()
        if 0 <= row < len(self.quizzes):
            return self.quizzes[row]
        QMessageBox.information(self, translate("ClassroomView", "Classroom"), translate("ClassroomView", "Choose a quiz first (or make one with “New quiz…”)."))
        return None

    def selected_session(self):
        row = self.session_table.currentRow()
        if 0 <= row < len(self.sessions):
            return self.sessions[row]
        QMessageBox.information(self, translate("ClassroomView", "Classroom"), translate("ClassroomView", "Choose a class session first."))
        return None

    # Teacher role ----------------------------------------------------------------------------------
    def _show_role(self) -> None:
        # Other views ask the core with this key before changing the bank (app.classroom.guard_bank)
        self.ctx.teacher = self.teacher
        unlocked = self.teacher is not None
        self.role_label.setText(translate("ClassroomView", "Teacher") if unlocked else translate("ClassroomView", "Student"))
        self.teacher_button.setText(translate("ClassroomView", "Lock") if unlocked else translate("ClassroomView", "Unlock as teacher…"))

    def toggle_teacher(self) -> None:
        if self.teacher is not None:
            self.teacher = None
            self._show_role()
        else:
            self.as_teacher(lambda: None)

    def as_teacher(self, action) -> None:
        """Run ``action`` with the teacher role, asking for the passphrase first if needed."""
        if self.teacher is not None:
            action()
            return
        from studyapp.gui.teacher_passphrase_dialog import ask_teacher

        def unlocked(key) -> None:
            self.teacher = key
            self._show_role()
            action()

        ask_teacher(self.ctx, self, unlocked)

    # Quizzes ------------------------------------------------------------------------------------
    def new_quiz(self) -> None:
        from studyapp.gui.quiz_builder_dialog import QuizBuilderDialog

        QuizBuilderDialog(self.ctx, self.teacher, self).open()

    def edit_quiz(self) -> None:
        quiz = self.selected_quiz()
        if quiz is not None:
            from studyapp.gui.quiz_builder_dialog import QuizBuilderDialog

            QuizBuilderDialog(self.ctx, self.teacher, self, quiz=quiz).open()

    def delete_quiz(self) -> None:
        quiz = self.selected_quiz()
        if quiz is None:
            return
        question = translate("ClassroomView", "Delete the quiz “{name}”? Past results are kept.").format(name=quiz.name)
        if QMessageBox.question(self, translate("ClassroomView", "Delete quiz"), question) != QMessageBox.StandardButton.Yes:
            return
        run_task(self.ctx, lambda _t: self.ctx.app.classroom.delete_quiz(quiz.name, teacher=self.teacher),
                 changes="quizzes")

    # Running a quiz --------------------------------------------------------------------------------
    def run_local(self, mode: str) -> None:
        quiz = self.selected_quiz()
        if quiz is None:
            return
        if mode == PROJECTOR:
            name = quiz.name
            run_task(self.ctx, lambda _t: self.ctx.app.classroom.quiz_questions(name),
                     on_done=lambda questions: self._project(quiz, questions, None, []))
            return
        label = translate("ClassroomView", "One learner per line:") if mode == HOTSEAT else translate("ClassroomView", "One per line — name, team:")
        example = "Ana\nBen\nCleo" if mode == HOTSEAT else "Ana, Red\nBen, Red\nCleo, Blue\nDev, Blue"
        text, ok = QInputDialog.getMultiLineText(self, translate("ClassroomView", "Who plays?"), label, example)
        if not ok:
            return
        players = [_player(line, mode) for line in text.splitlines() if line.strip()]
        if not players or (mode == TEAMS and any(not team for _, team in players)):
            QMessageBox.warning(self, translate("ClassroomView", "Who plays?"),
                                translate("ClassroomView", "Give at least one learner; in teams mode, each with a team."))
            return
        self.as_teacher(lambda: self._start_local(quiz, mode, players))

    def _start_local(self, quiz, mode: str, players: list[tuple[str, str]]) -> None:
        from studyapp.gui.projector_window import Turn

        classroom, key = self.ctx.app.classroom, self.teacher

        def start(_task):
            row = classroom.open_session(quiz.name, teacher=key, mode=mode, paced=SELF_PACED)
            people = [classroom.add_participant(row.id, name, team) for name, team in players]
            if mode == TEAMS:
                teams = list(dict.fromkeys(p.team for p in people))
                turns = [Turn(team, team=team) for team in teams]
            else:
                turns = [Turn(p.name, participant_id=p.id) for p in people]
            return row, classroom.quiz_questions(quiz.name), turns

        run_task(self.ctx, start, on_done=lambda r: self._project(quiz, r[1], r[0].id, r[2]), changes="classroom")

    def _project(self, quiz, questions, session_id, turns) -> None:
        from studyapp.gui.projector_window import ProjectorRun, ProjectorWindow

        if not questions:
            QMessageBox.warning(self, translate("ClassroomView", "Projector"), translate("ClassroomView", "This quiz has no questions left."))
            return
        window = ProjectorWindow(self.ctx, ProjectorRun(questions, quiz.seconds_per_question, quiz.name,
                                                        session_id, turns))
        if session_id is not None:  # a game on this machine ends with its window: the code is freed
            classroom, key = self.ctx.app.classroom, self.teacher
            window.closed.connect(lambda: run_task(
                self.ctx, lambda _t: classroom.end_session(session_id, teacher=key), changes="classroom"))
        self._keep(window)
        window.showFullScreen()
        window.setFocus()

    def open_desks(self) -> None:
        quiz = self.selected_quiz()
        if quiz is None:
            return
        paced = SELF_PACED if self.own_pace.isChecked() else TEACHER_PACED
        classroom, key = self.ctx.app.classroom, self.teacher
        run_task(self.ctx, lambda _t: classroom.open_session(quiz.name, teacher=key, mode=DESKS, paced=paced),
                 on_done=self._watch, changes="classroom")

    def watch_session(self) -> None:
        row = self.selected_session()
        if row is not None:
            self._watch(row)

    def _watch(self, row) -> None:
        """The teacher's window of a class session, with its class server started (off the GUI thread)."""
        if row.mode != DESKS or row.ended_at is not None:
            self._open_teacher_window(row, None)
            return
        from studyapp.classroom_server.runner import ClassServer

        app, key, port = self.ctx.app, self.teacher, getattr(self.ctx, "class_port", CLASS_PORT)

        def start(_task):
            try:
                return ClassServer(app.classroom, row.id, clock=app.clock, port=port, teacher=key).start()
            except Exception:  # the usual port is taken (another session, another program): any free one
                return ClassServer(app.classroom, row.id, clock=app.clock, port=0, teacher=key).start()

        run_task(self.ctx, start, on_done=lambda server: self._open_teacher_window(row, server))

    def _open_teacher_window(self, row, server) -> None:
        from studyapp.gui.teacher_session_window import TeacherSessionWindow

        window = TeacherSessionWindow(self.ctx, row, self.teacher, server)
        window.ended.connect(lambda _id: self.refresh())
        self._keep(window)
        window.show()

    def end_session(self) -> None:
        row = self.selected_session()
        if row is not None:
            run_task(self.ctx, lambda _t: self.ctx.app.classroom.end_session(row.id, teacher=self.teacher),
                     changes="classroom")

    def show_results(self) -> None:
        row = self.selected_session()
        if row is None:
            return
        from studyapp.gui.class_results_dialog import ClassResultsDialog

        run_task(self.ctx, lambda _t: self.ctx.app.classroom.results(row.id, teacher=self.teacher),
                 on_done=lambda results: ClassResultsDialog(self.ctx, results, self.teacher, self).open())

    # Students -----------------------------------------------------------------------------------
    def join(self) -> None:
        """Join a class server by its address and code, through the same API as the browser page."""
        from studyapp.classroom_server.client import ClassClient, split_address

        address, code, name = self.address_edit.text(), self.code_edit.text(), self.name_edit.text()
        self.join_message.clear()

        def work(_task):
            base, found_code = split_address(address, code)
            return ClassClient(base).join(found_code, name)

        run_task(self.ctx, work, on_done=self._joined, on_error=lambda error: self.join_message.setText(str(error)))

    def _joined(self, client) -> None:
        from studyapp.gui.student_desk_window import StudentDeskWindow

        window = StudentDeskWindow(self.ctx, client)
        self._keep(window)
        window.show()

    def _keep(self, window: QWidget) -> None:
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows.append(window)
        window.destroyed.connect(lambda _=None, w=window: self.windows.remove(w) if w in self.windows else None)


def _player(line: str, mode: str) -> tuple[str, str]:
    name, _, team = line.partition(",")
    return " ".join(name.split()), " ".join(team.split()) if mode == TEAMS else ""
