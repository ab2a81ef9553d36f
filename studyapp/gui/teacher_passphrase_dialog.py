"""Asking for the teacher passphrase (or setting it the first time). The check runs off the GUI
thread (scrypt is slow on purpose); the passphrase is never logged or kept after the check."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task


class TeacherPassphraseDialog(QDialog):
    """``first_time``: choose a passphrase (typed twice); else unlock with it."""

    def __init__(self, ctx, first_time: bool, on_unlocked: Callable[[object], None], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.first_time = first_time
        self.on_unlocked = on_unlocked
        self.setWindowTitle(translate("TeacherPassphraseDialog", "Set the teacher passphrase") if first_time else translate("TeacherPassphraseDialog", "Teacher"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate("TeacherPassphraseDialog", "Choose a passphrase of at least 8 characters. Only you can then edit quizzes, "
                          "run and end class sessions, and see everyone's results.") if first_time
                       else translate("TeacherPassphraseDialog", "Enter the teacher passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(translate("TeacherPassphraseDialog", "Teacher passphrase"))
        form.addRow(translate("TeacherPassphraseDialog", "Passphrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(translate("TeacherPassphraseDialog", "Passphrase again"))
        if first_time:
            form.addRow(translate("TeacherPassphraseDialog", "Again:"), self.repeat)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setProperty("bad", True)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.check)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def check(self) -> None:
        text = self.passphrase.text()
        if self.first_time and text != self.repeat.text():
            self.message.setText(translate("TeacherPassphraseDialog", "The two passphrases differ."))
            return
        classroom = self.ctx.app.classroom
        work = (lambda _t: classroom.set_teacher_passphrase(text)) if self.first_time else \
            (lambda _t: classroom.unlock(text))
        self.buttons.setEnabled(False)
        self.message.setText("")
        run_task(self.ctx, work, on_done=self._unlocked, on_error=self._refused)

    def _unlocked(self, key) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.accept()
        self.on_unlocked(key)

    def _refused(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.message.setText(str(error))


def ask_teacher(ctx, parent, on_unlocked: Callable[[object], None]) -> None:
    """Open the right dialog: set a passphrase on first use, else unlock with it."""
    run_task(ctx, lambda _t: ctx.app.classroom.has_teacher_passphrase(),
             on_done=lambda has: TeacherPassphraseDialog(ctx, not has, on_unlocked, parent).open())
