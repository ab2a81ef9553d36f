"""Asking for the teacher passphrase (or setting it the first time). The check runs off the GUI
thread (scrypt is slow on purpose); the passphrase is never logged or kept after the check."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from studyapp.gui.worker import run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("TeacherPassphraseDialog", text)


class TeacherPassphraseDialog(QDialog):
    """``first_time``: choose a passphrase (typed twice); else unlock with it."""

    def __init__(self, ctx, first_time: bool, on_unlocked: Callable[[object], None], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.first_time = first_time
        self.on_unlocked = on_unlocked
        self.setWindowTitle(tr("Set the teacher passphrase") if first_time else tr("Teacher"))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose a passphrase of at least 8 characters. Only you can then edit quizzes, "
                          "run and end class sessions, and see everyone's results.") if first_time
                       else tr("Enter the teacher passphrase."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(tr("Teacher passphrase"))
        form.addRow(tr("Passphrase:"), self.passphrase)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(tr("Passphrase again"))
        if first_time:
            form.addRow(tr("Again:"), self.repeat)
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
            self.message.setText(tr("The two passphrases differ."))
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
