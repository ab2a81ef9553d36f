"""The quiz builder: choose questions from the bank (by article, kind, tag, difficulty), put them in
order, set the time per question, and save the quiz under a name to run it again later."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPushButton,
                               QSpinBox, QVBoxLayout)

from studyapp.core.classroom.manager import DIFFICULTIES, ORDERS, QuizSpec
from studyapp.core.models import KINDS
from studyapp.gui.translation import answer_text, translate
from studyapp.gui.worker import run_task

ID_ROLE = Qt.ItemDataRole.UserRole


class QuizBuilderDialog(QDialog):
    def __init__(self, ctx, teacher, parent=None, quiz=None):
        """``quiz``: a QuizSummary to edit, or None for a new quiz."""
        super().__init__(parent)
        self.ctx = ctx
        self.teacher = teacher
        self.editing = quiz
        self.seed = quiz.spec.seed if quiz else 0
        self.setWindowTitle(translate("QuizBuilderDialog", "Edit quiz") if quiz else translate("QuizBuilderDialog", "New quiz"))
        self.resize(980, 640)
        layout = QHBoxLayout(self)

        form = QFormLayout()
        self.name = QLineEdit(quiz.name if quiz else "")
        self.name.setPlaceholderText(translate("QuizBuilderDialog", "e.g. Week 3 — Korea"))
        self.name.setAccessibleName(translate("QuizBuilderDialog", "Quiz name"))
        form.addRow(translate("QuizBuilderDialog", "Name:"), self.name)
        self.articles = QListWidget()
        self.articles.setAccessibleName(translate("QuizBuilderDialog", "Articles to take questions from"))
        self.articles.setToolTip(translate("QuizBuilderDialog", "Tick articles to take questions from; none ticked means all"))
        form.addRow(translate("QuizBuilderDialog", "Articles:"), self.articles)
        kinds_row = QHBoxLayout()
        self.kind_boxes = {}
        kind_labels = {"short": translate("QuizBuilderDialog", "short answer"), "cloze": translate("QuizBuilderDialog", "fill the gap"), "truefalse": translate("QuizBuilderDialog", "true/false"),
                       "ordering": translate("QuizBuilderDialog", "ordering"), "matching": translate("QuizBuilderDialog", "matching")}
        for kind in KINDS:
            box = QCheckBox(kind_labels.get(kind, kind))
            self.kind_boxes[kind] = box
            kinds_row.addWidget(box)
        form.addRow(translate("QuizBuilderDialog", "Kinds:"), kinds_row)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(translate("QuizBuilderDialog", "tags, separated by commas (empty: any)"))
        form.addRow(translate("QuizBuilderDialog", "Tags:"), self.tags)
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("QuizBuilderDialog", "words in the question, answer or sentence (empty: any)"))
        self.text.setAccessibleName(translate("QuizBuilderDialog", "Words to look for"))
        form.addRow(translate("QuizBuilderDialog", "Containing:"), self.text)
        self.difficulty = QComboBox()
        labels = {"any": translate("QuizBuilderDialog", "Any"), "new": translate("QuizBuilderDialog", "Not asked yet"), "easy": translate("QuizBuilderDialog", "Easy (most got it right)"),
                  "medium": translate("QuizBuilderDialog", "Medium"), "hard": translate("QuizBuilderDialog", "Hard (most got it wrong)")}
        for value in DIFFICULTIES:
            self.difficulty.addItem(labels[value], value)
        form.addRow(translate("QuizBuilderDialog", "Difficulty:"), self.difficulty)
        self.order = QComboBox()
        order_labels = {"article": translate("QuizBuilderDialog", "As in the articles"), "random": translate("QuizBuilderDialog", "Shuffled"), "hardest": translate("QuizBuilderDialog", "Hardest first")}
        for value in ORDERS:
            self.order.addItem(order_labels[value], value)
        form.addRow(translate("QuizBuilderDialog", "Order:"), self.order)
        self.several_forms = QCheckBox(translate("QuizBuilderDialog", "Allow several forms of one fact"))
        self.several_forms.setToolTip(translate("QuizBuilderDialog", "The true/false, gap-fill and question of one sentence give each other's answer away"))
        form.addRow("", self.several_forms)
        self.count = QSpinBox()
        self.count.setRange(1, 200)
        self.count.setValue(10)
        form.addRow(translate("QuizBuilderDialog", "Questions:"), self.count)
        self.seconds = QSpinBox()
        self.seconds.setRange(5, 600)
        self.seconds.setSuffix(translate("QuizBuilderDialog", " s"))
        self.seconds.setValue(quiz.seconds_per_question if quiz else 30)
        form.addRow(translate("QuizBuilderDialog", "Time per question:"), self.seconds)
        self.choose = QPushButton(translate("QuizBuilderDialog", "Choose questions"))
        self.choose.setToolTip(translate("QuizBuilderDialog", "Fill the quiz with questions that match (Ctrl+Return)"))
        form.addRow("", self.choose)
        layout.addLayout(form, 2)

        right = QVBoxLayout()
        self.summary = QLabel()
        self.summary.setProperty("muted", True)
        right.addWidget(self.summary)
        self.questions = QListWidget()
        self.questions.setAccessibleName(translate("QuizBuilderDialog", "Questions of the quiz, in order"))
        self.questions.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.questions.setWordWrap(True)
        self.questions.setAlternatingRowColors(True)
        self.questions.setSpacing(2)
        right.addWidget(self.questions, 1)
        moves = QHBoxLayout()
        self.up = QPushButton(translate("QuizBuilderDialog", "Move up"))
        self.up.setToolTip(translate("QuizBuilderDialog", "Alt+Up"))
        self.down = QPushButton(translate("QuizBuilderDialog", "Move down"))
        self.down.setToolTip(translate("QuizBuilderDialog", "Alt+Down"))
        self.remove = QPushButton(translate("QuizBuilderDialog", "Remove"))
        self.remove.setToolTip(translate("QuizBuilderDialog", "Delete"))
        for button in (self.up, self.down, self.remove):
            moves.addWidget(button)
        moves.addStretch(1)
        right.addLayout(moves)
        self.message = QLabel()
        self.message.setProperty("bad", True)
        self.message.setWordWrap(True)
        right.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        right.addWidget(self.buttons)
        layout.addLayout(right, 3)

        self.choose.clicked.connect(self.choose_questions)
        self.up.clicked.connect(lambda: self.move(-1))
        self.down.clicked.connect(lambda: self.move(1))
        self.remove.clicked.connect(self.remove_selected)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.questions.model().rowsMoved.connect(self._update_summary)
        for keys, slot in (("Ctrl+Return", self.choose_questions), ("Alt+Up", lambda: self.move(-1)),
                           ("Alt+Down", lambda: self.move(1)), ("Delete", self.remove_selected)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        self._load()

    def _load(self) -> None:
        app, name = self.ctx.app, self.editing.name if self.editing else None
        run_task(self.ctx, lambda _t: (app.articles.list(), app.classroom.quiz_questions(name) if name else []),
                 on_done=self._loaded)

    def _loaded(self, result) -> None:
        articles, questions = result
        spec = self.editing.spec if self.editing else QuizSpec()
        for article in articles:
            item = QListWidgetItem(article.title)
            item.setData(ID_ROLE, article.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if article.id in spec.article_ids else Qt.CheckState.Unchecked)
            self.articles.addItem(item)
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in spec.kinds)
        self.tags.setText(", ".join(spec.tags))
        self.text.setText(spec.text)
        self.difficulty.setCurrentIndex(max(0, self.difficulty.findData(spec.difficulty)))
        self.order.setCurrentIndex(max(0, self.order.findData(spec.order)))
        self.several_forms.setChecked(spec.several_forms)
        self.count.setValue(spec.count)
        self.seed = spec.seed
        self._set_questions(questions)

    def spec(self) -> QuizSpec:
        articles = [self.articles.item(i).data(ID_ROLE) for i in range(self.articles.count())
                    if self.articles.item(i).checkState() == Qt.CheckState.Checked]
        return QuizSpec(article_ids=articles, kinds=[k for k, box in self.kind_boxes.items() if box.isChecked()],
                        tags=[t.strip() for t in self.tags.text().split(",") if t.strip()], text=self.text.text(),
                        difficulty=self.difficulty.currentData(), order=self.order.currentData(),
                        count=self.count.value(), seed=self.seed, several_forms=self.several_forms.isChecked())

    def choose_questions(self) -> None:
        self.seed = random.randrange(1 << 31)  # "Shuffled" gives a new order each time it is asked
        spec = self.spec()
        self.choose.setEnabled(False)
        run_task(self.ctx, lambda _t: self.ctx.app.classroom.select_questions(spec),
                 on_done=self._chosen, on_error=self._failed)

    def _chosen(self, questions) -> None:
        self.choose.setEnabled(True)
        self._set_questions(questions)
        if not questions:
            self.message.setText(translate("QuizBuilderDialog", "No active question matches; widen the choice."))

    def _set_questions(self, questions) -> None:
        self.questions.clear()
        self.message.clear()
        for question in questions:
            item = QListWidgetItem(f"{question.prompt}  →  {answer_text(question.answer, question.kind)}")
            item.setData(ID_ROLE, question.id)
            item.setToolTip(question.source_sentence)
            self.questions.addItem(item)
        self._update_summary()

    def _update_summary(self, *_args) -> None:
        n = self.questions.count()
        minutes = n * self.seconds.value() / 60
        self.summary.setText(translate("QuizBuilderDialog", "%n question(s), about {minutes:.0f} minutes. Drag to reorder.", None, n).format(
            minutes=minutes))

    def move(self, step: int) -> None:
        row = self.questions.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.questions.count():
            return
        item = self.questions.takeItem(row)
        self.questions.insertItem(target, item)
        self.questions.setCurrentRow(target)

    def remove_selected(self) -> None:
        row = self.questions.currentRow()
        if row >= 0:
            self.questions.takeItem(row)
            self._update_summary()

    def question_ids(self) -> list[int]:
        return [self.questions.item(i).data(ID_ROLE) for i in range(self.questions.count())]

    def save(self) -> None:
        name, ids, seconds, spec = self.name.text(), self.question_ids(), self.seconds.value(), self.spec()
        replace = self.editing is not None and " ".join(name.split()) == self.editing.name
        self.buttons.setEnabled(False)
        run_task(self.ctx, lambda _t: self.ctx.app.classroom.save_quiz(
            name, ids, teacher=self.teacher, seconds_per_question=seconds, spec=spec, replace=replace),
            on_done=lambda _quiz: self.accept(), on_error=self._failed, changes="quizzes")

    def _failed(self, error: BaseException) -> None:
        self.choose.setEnabled(True)
        self.buttons.setEnabled(True)
        self.message.setText(str(error))
