"""Importing files, folders and URLs with a progress bar and a cancel button; the window stays
responsive and each article appears in the library as it arrives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QProgressBar,
                               QVBoxLayout)

from studyapp.gui.worker import run_task


def tr(text: str) -> str:
    return QCoreApplication.translate("ArticleImportDialog", text)


class ArticleImportDialog(QDialog):
    def __init__(self, ctx, inputs: list[str], parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.inputs = list(inputs)
        self.results = []
        self.task = None
        self.setWindowTitle(tr("Importing articles"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        self.label = QLabel(tr("Preparing…"))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(tr("Import progress"))
        self.bar.setRange(0, 0)
        layout.addWidget(self.bar)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setAccessibleName(tr("What happened to each file"))
        layout.addWidget(self.log, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.rejected.connect(self.cancel_or_close)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        self.show()
        app = self.ctx.app
        results = self.results

        def work(task):
            def progress(done, total, result):
                results.append(result)  # list.append is atomic; the list is read on the GUI thread
                task.signals.progress.emit(done, total, f"{result.status}\t{result.path}\t{result.message}")

            return app.importer.import_inputs(self.inputs, progress=progress, is_cancelled=task.is_cancelled)

        self.task = run_task(self.ctx, work, on_done=self._finished, on_error=self._failed,
                             on_progress=self._progress)

    def _progress(self, done: int, total: int, line: str) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        status, path, message = (line.split("\t") + ["", "", ""])[:3]
        self.label.setText(tr("Imported {done} of {total}").format(done=done, total=total))
        symbol = {"imported": "✓", "duplicate": "=", "error": "✗"}.get(status, "·")
        self.log.appendPlainText(f"{symbol} {path} — {message}")
        if status == "imported":
            self.ctx.changed.emit("articles")

    def _summary(self) -> str:
        counts = {s: sum(r.status == s for r in self.results) for s in ("imported", "duplicate", "error")}
        return tr("{i} imported, {d} already in the library, {e} failed.").format(
            i=counts["imported"], d=counts["duplicate"], e=counts["error"])

    def _finished(self, _results) -> None:
        self.task = None
        self.label.setText(self._summary() if self.results else tr("No supported files were found."))
        self.bar.setRange(0, 1)
        self.bar.setValue(1)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ctx.changed.emit("articles")

    def _failed(self, error) -> None:
        from studyapp.core.errors import Cancelled

        self.task = None
        if isinstance(error, Cancelled):
            self.label.setText(tr("Cancelled. ") + self._summary())
        else:
            self.label.setText(str(error))
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.ctx.changed.emit("articles")

    def cancel_or_close(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.label.setText(tr("Cancelling after the current file…"))
        else:
            self.accept()
