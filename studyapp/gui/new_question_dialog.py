"""New question… (Question bank, File menu): a question written by the learner, in one of four forms
(short answer, choice, true/false, cloze), on one of the articles or on none."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)
from shiboken6 import isValid

from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task


FORMS = (
    ("short", QT_TRANSLATE_NOOP("NewQuestionDialog", "Short answer (typed)"),
     QT_TRANSLATE_NOOP("NewQuestionDialog", "Ask a question; the learner types the answer.")),
    ("choice", QT_TRANSLATE_NOOP("NewQuestionDialog", "Choice"),
     QT_TRANSLATE_NOOP("NewQuestionDialog", "Give the right answer and one or more wrong choices, one per line.")),
    ("truefalse", QT_TRANSLATE_NOOP("NewQuestionDialog", "True or false"),
     QT_TRANSLATE_NOOP("NewQuestionDialog", "Write a statement and say whether it is true.")),
    ("cloze", QT_TRANSLATE_NOOP("NewQuestionDialog", "Fill the gap"),
     QT_TRANSLATE_NOOP("NewQuestionDialog", "Write a sentence with the answer in it (or _____ where it goes).")),
)


class NewQuestionDialog(QDialog):
    def __init__(self, ctx, parent: QWidget | None = None, article_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.created = None
        self.setObjectName("newQuestion")
        self.setWindowTitle(translate("NewQuestionDialog", "New question"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(translate("NewQuestionDialog", "Form of the question"))
        for kind, label, _hint in FORMS:
            self.kind_combo.addItem(translate("NewQuestionDialog", label), kind)
        form.addRow(translate("NewQuestionDialog", "&Form:"), self.kind_combo)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setProperty("muted", True)
        form.addRow(self.hint)
        self.article_combo = QComboBox()
        self.article_combo.setAccessibleName(translate("NewQuestionDialog", "Article"))
        self.article_combo.addItem(translate("NewQuestionDialog", "None (my own questions)"), None)
        self.article_combo.setMinimumContentsLength(16)
        self.article_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.addRow(translate("NewQuestionDialog", "&Article:"), self.article_combo)
        self.prompt_edit = self._text_box(translate("NewQuestionDialog", "Question"))
        form.addRow(translate("NewQuestionDialog", "&Question:"), self.prompt_edit)
        self.answer_edit = QLineEdit()
        self.answer_edit.setAccessibleName(translate("NewQuestionDialog", "Answer"))
        form.addRow(translate("NewQuestionDialog", "A&nswer:"), self.answer_edit)
        self.truth = QWidget()
        truth_row = QHBoxLayout(self.truth)
        truth_row.setContentsMargins(0, 0, 0, 0)
        self.true_radio, self.false_radio = QRadioButton(translate("NewQuestionDialog", "True")), QRadioButton(translate("NewQuestionDialog", "False"))
        self.true_radio.setChecked(True)
        group = QButtonGroup(self)
        for radio in (self.true_radio, self.false_radio):
            group.addButton(radio)
            truth_row.addWidget(radio)
        truth_row.addStretch(1)
        form.addRow(translate("NewQuestionDialog", "The statement is:"), self.truth)
        self.choices_edit = self._text_box(translate("NewQuestionDialog", "Wrong choices, one per line"))
        form.addRow(translate("NewQuestionDialog", "&Wrong choices:"), self.choices_edit)
        self.accepted_edit = QLineEdit()
        self.accepted_edit.setAccessibleName(translate("NewQuestionDialog", "Other accepted answers"))
        self.accepted_edit.setPlaceholderText(translate("NewQuestionDialog", "optional, separated by |"))
        form.addRow(translate("NewQuestionDialog", "Also &accept:"), self.accepted_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setProperty("bad", True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._show_fields())
        self._show_fields()
        self._load_articles(article_id)

    def _text_box(self, accessible: str) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setAccessibleName(accessible)
        box.setTabChangesFocus(True)
        box.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 16)  # four lines at any text size
        return box

    def _load_articles(self, article_id: int | None) -> None:
        def done(articles) -> None:
            if not isValid(self):
                return
            for article in sorted(articles, key=lambda a: a.title.casefold()):
                self.article_combo.addItem(article.title, article.id)
            if article_id is not None:
                self.article_combo.setCurrentIndex(max(0, self.article_combo.findData(article_id)))

        if self.ctx.app is not None:
            run_task(self.ctx, lambda _task: self.ctx.app.articles.list(), on_done=done)

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def _show_fields(self) -> None:
        kind = self.kind()
        self.hint.setText(translate("NewQuestionDialog", next(hint for k, _label, hint in FORMS if k == kind)))
        form: QFormLayout = self.layout().itemAt(0).layout()
        form.setRowVisible(self.answer_edit, kind != "truefalse")
        form.setRowVisible(self.truth, kind == "truefalse")
        form.setRowVisible(self.choices_edit, kind == "choice")
        form.setRowVisible(self.accepted_edit, kind in ("short", "cloze"))

    def new_question(self):
        from studyapp.core.questions import NewQuestion

        kind = self.kind()
        answer = ("True" if self.true_radio.isChecked() else "False") if kind == "truefalse" else self.answer_edit.text()
        choices = tuple(self.choices_edit.toPlainText().splitlines()) if kind == "choice" else ()
        accepted = tuple(self.accepted_edit.text().split("|")) if kind in ("short", "cloze") else ()
        return NewQuestion(kind=kind, prompt=self.prompt_edit.toPlainText(), answer=answer, choices=choices,
                           accepted=accepted, article_id=self.article_combo.currentData())

    def save(self) -> None:
        from studyapp.core.errors import StudyAppError

        try:
            new = self.new_question().checked()
        except StudyAppError as error:
            self.message.setText(str(error))  # the typed text stays for the learner to fix
            return

        def work(_task):
            self.ctx.guard_bank()  # a shared class bank is the teacher's (one's own library is free)
            return self.ctx.app.questions.create(new)

        self.buttons.setEnabled(False)
        run_task(self.ctx, work, on_done=self._saved, on_error=self._failed, changes="questions")

    def _saved(self, question) -> None:
        self.created = question
        if isValid(self):
            self.accept()

    def _failed(self, error: BaseException) -> None:
        if isValid(self):
            self.buttons.setEnabled(True)
            self.message.setText(str(error))
