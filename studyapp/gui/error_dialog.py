"""The one place where errors are shown: expected ones as a short message, unexpected ones as a
report that can be copied (never a silent exit)."""

from __future__ import annotations

import platform
import traceback

from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QLabel, QMessageBox,
                               QPlainTextEdit, QVBoxLayout, QWidget)

from studyapp.gui.translation import translate


def show_error(parent: QWidget | None, error: BaseException, trace: str = "") -> None:
    from studyapp.core.errors import StudyAppError

    if isinstance(error, StudyAppError):
        QMessageBox.warning(parent, translate("ErrorDialog", "StudyApp"), str(error))
        return
    ErrorReportDialog(parent, trace or "".join(traceback.format_exception(error))).exec()


class ErrorReportDialog(QDialog):
    def __init__(self, parent: QWidget | None, trace: str):
        super().__init__(parent)
        from studyapp import __version__

        self.setWindowTitle(translate("ErrorDialog", "StudyApp ran into a problem"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        label = QLabel(translate("ErrorDialog", "Something unexpected went wrong. Your answers so far are saved. "
                          "Please copy this report and send it to the developers."))
        label.setWordWrap(True)
        layout.addWidget(label)
        self.report = QPlainTextEdit(self)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(translate("ErrorDialog", "Error report"))
        self.report.setPlainText(
            f"StudyApp {__version__}, Python {platform.python_version()}, {platform.platform()}\n\n{trace}"
        )
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        copy = buttons.addButton(translate("ErrorDialog", "Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.report.toPlainText()))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
