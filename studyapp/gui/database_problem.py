"""What the window does when the database cannot be opened: a clear message, never a traceback.

A damaged library gets a dialog that offers the newest sound backup (or another one). Restoring
moves the damaged file aside unchanged, puts the copy in place and opens the library again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from studyapp.gui.translation import translate


def handle_open_failure(ctx, error: BaseException) -> None:
    from studyapp.core.errors import DatabaseDamagedError, StudyAppError
    from studyapp.gui.error_dialog import show_error

    if isinstance(error, DatabaseDamagedError):
        ctx.window.status_label.setText(translate("DatabaseProblem", "Your library file is damaged."))
        dialog = DamagedDatabaseDialog(ctx, error)
        ctx.window.database_problem = dialog
        dialog.open()
        return
    if not isinstance(error, StudyAppError):
        show_error(ctx.window, error)
        return
    QMessageBox.critical(ctx.window, translate("DatabaseProblem", "StudyApp cannot open your library"), str(error))
    ctx.window.status_label.setText(str(error))


class DamagedDatabaseDialog(QMessageBox):
    def __init__(self, ctx, error):
        super().__init__(ctx.window)
        from studyapp.core.paths import backups_dir

        self.ctx = ctx
        self.damaged = Path(error.path) if error.path else None
        self.folder = backups_dir(ctx.data_folder)
        self.newest = Path(error.newest_backup) if error.newest_backup else None
        self.newest_described = describe_copy(self.newest) if self.newest is not None else ""
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(translate("DatabaseProblem", "Your library is damaged"))
        self.setText(translate("DatabaseProblem", "The library file {file} failed its integrity check, so StudyApp did not open it. "
                        "The file is left exactly as it is.").format(file=self.damaged or ""))
        if self.newest is not None:
            self.setInformativeText(translate("DatabaseProblem", "The newest sound copy is {copy}. Restoring it sets the damaged file aside "
                                       "(unchanged) in the backups folder.").format(copy=self.newest_described))
            self.restore_button = self.addButton(translate("DatabaseProblem", "&Restore newest backup"), QMessageBox.ButtonRole.AcceptRole)
        else:
            self.setInformativeText(translate("DatabaseProblem", "No backup was found in {folder}.").format(folder=self.folder))
            self.restore_button = None
        self.choose_button = self.addButton(translate("DatabaseProblem", "&Choose a backup…"), QMessageBox.ButtonRole.ActionRole)
        self.close_button = self.addButton(translate("DatabaseProblem", "&Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDetailedText(str(error))
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button) -> None:
        if button is self.restore_button:
            self.restore(self.newest)
        elif button is self.choose_button:
            chosen, _ = QFileDialog.getOpenFileName(self.ctx.window, translate("DatabaseProblem", "Choose a backup"), str(self.folder),
                                                    translate("DatabaseProblem", "StudyApp libraries (*.sqlite3);;All files (*)"))
            if chosen:
                self.restore(Path(chosen))
            else:
                self.open()  # nothing chosen: the choice is still to be made
        else:
            self.ctx.window.close()

    def restore(self, backup: Path) -> None:
        from studyapp.core.safety.backups import restore_file
        from studyapp.gui.app import start_opening
        from studyapp.gui.worker import run_task

        ctx = self.ctx
        ctx.window.status_label.setText(translate("DatabaseProblem", "Restoring {name}…").format(name=backup.name))

        def failed(error: BaseException) -> None:
            QMessageBox.warning(ctx.window, translate("DatabaseProblem", "Restore from backup"), str(error))
            self.open()

        def restored(_kept) -> None:
            # Said in the status bar once the library is open: which copy the library now is.
            message = translate("DatabaseProblem", "Restored {copy}.").format(copy=describe_copy(backup))
            start_opening(ctx, on_open=lambda: ctx.window.statusBar().showMessage(message))

        run_task(ctx, lambda _task: restore_file(backup, self.damaged, self.folder, _now()),
                 on_done=restored, on_error=failed)


def describe_copy(path: Path) -> str:
    """ "studyapp-backup-….sqlite3 (a backup made 2 March 2026 09:00)", in local time."""
    from studyapp.core.safety.backups import list_backups

    found = next((b for b in list_backups(path.parent) if b.path == path), None)
    if found is None:
        return path.name
    kinds = {"backup": translate("DatabaseProblem", "a backup"), "damaged": translate("DatabaseProblem", "a library set aside"), "before-restore": translate("DatabaseProblem", "a copy made before a restore")}
    kind = kinds.get(found.label, translate("DatabaseProblem", "a copy made before an upgrade") if found.label.startswith("before-upgrade")
                     else found.label)
    made = found.created.astimezone().strftime("%Y-%m-%d %H:%M")
    return translate("DatabaseProblem", "{name} ({kind}, made {made})").format(name=path.name, kind=kind, made=made)


def _now():
    from studyapp.core.clock import SystemClock

    return SystemClock().now()


def screenshot_damaged(ctx, window) -> DamagedDatabaseDialog:
    """For ``studyapp screenshot --view damaged``: the dialog as it shows for a damaged library."""
    from studyapp.core.db import damaged_error
    from studyapp.core.paths import sqlite_path

    ctx.app.backups.backup_now()
    path = sqlite_path(ctx.app.url)
    return DamagedDatabaseDialog(ctx, damaged_error(path, "database disk image is malformed", ctx.app.backups.folder))
