"""Importing an article from pasted text."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task


class PasteTextDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_ = None
        self.setWindowTitle(translate("PasteTextDialog", "Paste an article"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(translate("PasteTextDialog", "Title (optional: the first line is used otherwise)"))
        self.title_edit.setAccessibleName(translate("PasteTextDialog", "Title"))
        layout.addWidget(self.title_edit)
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setPlaceholderText(translate("PasteTextDialog", "Paste the article here. Page clutter such as share buttons is removed."))
        self.text_edit.setAccessibleName(translate("PasteTextDialog", "Article text"))
        layout.addWidget(self.text_edit, 1)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("PasteTextDialog", "Import"))
        self.buttons.accepted.connect(self.import_text)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def import_text(self) -> None:
        raw = self.text_edit.toPlainText()
        if not raw.strip():
            self.message.setText(translate("PasteTextDialog", "Paste some text first."))
            return
        title = self.title_edit.text().strip() or None
        self.buttons.setEnabled(False)
        self.message.setText(translate("PasteTextDialog", "Importing…"))

        def work(_task):
            self.ctx.guard_bank()
            return self.ctx.app.importer.import_text(raw, title=title)

        run_task(self.ctx, work,
                 on_done=self._done, on_error=self._failed, changes="articles")

    def _done(self, result) -> None:
        self.result_ = result
        self.buttons.setEnabled(True)
        if result.status == "imported" and result.n_questions > 0:
            self.accept()
            return
        # A duplicate, or an article without questions (another language, no facts found): say so,
        # and leave the text in place so that nothing the user pasted is lost without a word.
        self.message.setText(result.message)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("PasteTextDialog", "Close"))

    def _failed(self, error) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(str(error))
