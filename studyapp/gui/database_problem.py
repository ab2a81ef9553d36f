"""What the window does when the database cannot be opened: a clear message, never a traceback."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def tr(text: str) -> str:
    return QCoreApplication.translate("DatabaseProblem", text)


def handle_open_failure(ctx, error: BaseException) -> None:
    from studyapp.core.errors import StudyAppError
    from studyapp.gui.error_dialog import show_error

    if not isinstance(error, StudyAppError):
        show_error(ctx.window, error)
        return
    QMessageBox.critical(ctx.window, tr("StudyApp cannot open your library"), str(error))
    ctx.window.status_label.setText(str(error))
