"""Backups in the window: automatic copies (every 30 minutes of use and when the window closes) and
File > Restore from backup…, a list of the copies with "Back up now" and "Restore".

All copying runs through ``run_task``: a backup of a large library takes a noticeable moment and
the window must stay responsive meanwhile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QLabel, QMessageBox, QPushButton, QTableWidget, QTableWidgetItem,
                               QVBoxLayout)

from studyapp.gui.translation import translate

from studyapp.gui.worker import run_task

AUTO_BACKUP_MS = 30 * 60 * 1000
# A restore can change every part of the library: each view redraws.
EVERY_CONCERN = ("learners", "articles", "questions", "reviews", "quizzes", "classroom")


def install_backups(window, file_menu) -> None:
    """Add File > Restore from backup… and start the automatic backups for ``window``."""
    ctx = window.ctx
    action = QAction(translate("Backups", "&Restore from backup…"), window)
    action.setStatusTip(translate("Backups", "Back up the library now, or put an earlier copy in its place"))
    action.triggered.connect(lambda: open_backup_dialog(ctx))
    file_menu.addAction(action)
    window.restore_backup_action = action
    window.auto_backup = AutoBackup(ctx, window)


def open_backup_dialog(ctx) -> "BackupDialog | None":
    if ctx.app is None:
        return None
    if not ctx.app.is_sqlite:
        QMessageBox.information(ctx.window, translate("Backups", "Backups"),
                                translate("Backups", "This library is on a database server. Back it up with the server's own "
                                   "tools (for PostgreSQL: pg_dump)."))
        return None
    dialog = BackupDialog(ctx, ctx.window)
    ctx.window.backup_dialog = dialog
    dialog.open()
    return dialog


def after_restore(ctx, learner) -> None:
    ctx.set_learner(learner)
    for concern in EVERY_CONCERN:
        ctx.changed.emit(concern)


class AutoBackup(QObject):
    """Backs the library up every 30 minutes while it changes, and when the window closes.

    Only after a change (or when today has no copy yet): copying an unchanged library would only
    push older copies out of the rotation sooner.
    """

    def __init__(self, ctx, parent=None, interval_ms: int = AUTO_BACKUP_MS):
        super().__init__(parent)
        self.ctx = ctx
        self.changed_since_backup = False
        self.running = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.backup_if_changed)
        ctx.changed.connect(self._mark_changed)
        ctx.ready.connect(self.timer.start)
        ctx.close_hooks.append(self.on_close)

    def _mark_changed(self, _concern: str) -> None:
        self.changed_since_backup = True

    def _usable(self) -> bool:
        return self.ctx.app is not None and self.ctx.app.is_sqlite and self.running is None

    def backup_if_changed(self) -> None:
        if self._usable() and self.changed_since_backup:
            self.start()

    def on_close(self) -> None:
        self.timer.stop()
        if not self._usable():
            return
        app = self.ctx.app
        newest = app.backups.list_backups()
        today = app.clock.now().date()
        if self.changed_since_backup or not any(b.created.date() == today for b in newest):
            # The program waits for background work before it exits (``run_gui``), so this copy finishes.
            self.start()

    def start(self) -> None:
        self.changed_since_backup = False
        app = self.ctx.app

        def done(_result) -> None:
            self.running = None

        def failed(error: BaseException) -> None:
            self.running = None
            self.changed_since_backup = True
            self.ctx.window.statusBar().showMessage(translate("Backups", "Automatic backup failed: {error}").format(error=error), 15_000)

        self.running = run_task(self.ctx, lambda _task: app.backups.backup_now(), on_done=done, on_error=failed)


class BackupDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(translate("Backups", "Backups"))
        self.resize(720, 420)
        layout = QVBoxLayout(self)
        folder = ctx.app.backups.folder
        intro = QLabel(translate("Backups", "StudyApp copies your library every 30 minutes while you use it and when you close "
                          "the window, and keeps one copy for each of the last 7 days and 4 weeks, in {folder}. "
                          "Restoring puts a copy in place of the library; the library it replaces is kept "
                          "as another copy.").format(folder=folder))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([translate("Backups", "Made"), translate("Backups", "Kind"), translate("Backups", "Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAccessibleName(translate("Backups", "Backups, newest first"))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        row = QHBoxLayout()
        self.backup_button = QPushButton(translate("Backups", "&Back up now"), self)
        self.backup_button.clicked.connect(lambda: self.backup_now())
        self.restore_button = QPushButton(translate("Backups", "&Restore…"), self)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.backups: list = []
        self.load()

    def load(self) -> None:
        self.backups = self.ctx.app.backups.list_backups()
        locale = QLocale()
        self.table.setRowCount(len(self.backups))
        for index, backup in enumerate(self.backups):
            made = backup.created.astimezone()  # stored in UTC, shown in local time
            cells = [locale.toString(made.replace(tzinfo=None), QLocale.FormatType.LongFormat),
                     describe_label(backup.label), locale.formattedDataSize(backup.size)]
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        else:
            self.status.setText(translate("Backups", "There are no backups yet. “Back up now” makes the first one."))
        self._update_buttons()

    def _update_buttons(self, busy: bool = False) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and self.selected() is not None)

    def selected(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()].path if rows else None

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))
        self._update_buttons()

    def backup_now(self) -> None:
        self._update_buttons(busy=True)
        self.status.setText(translate("Backups", "Backing up…"))

        def done(made) -> None:
            self.load()
            self.status.setText(translate("Backups", "Backed up to {file}.").format(file=made.path.name))

        run_task(self.ctx, lambda _task: self.ctx.app.backups.backup_now(), on_done=done, on_error=self._failed)

    def restore_selected(self, confirm: bool = True) -> None:
        path = self.selected()
        if path is None:
            return
        row = self.table.currentRow()
        when = self.table.item(row, 0).text() if row >= 0 else path.name
        if confirm and QMessageBox.question(
                self, translate("Backups", "Restore from backup"),
                translate("Backups", "Put the copy made {when} in place of your library? Answers given since then are "
                   "not in it; the library as it is now is kept as another copy.").format(when=when)
        ) != QMessageBox.StandardButton.Yes:
            return
        self._update_buttons(busy=True)
        self.status.setText(translate("Backups", "Restoring…"))
        app = self.ctx.app

        def work(_task):
            kept = app.backups.restore(path)
            return kept, app.learners.current(None)

        def done(result) -> None:
            kept, learner = result
            after_restore(self.ctx, learner)
            self.load()
            self.status.setText(translate("Backups", "Restored. The library it replaced is kept as {file}.").format(
                file=kept.name if kept else "-"))

        run_task(self.ctx, work, on_done=done, on_error=self._failed)


def describe_label(label: str) -> str:
    if label == "backup":
        return translate("Backups", "Backup")
    if label == "before-restore":
        return translate("Backups", "Before a restore")
    if label.startswith("before-upgrade"):
        return translate("Backups", "Before an upgrade")
    if label == "damaged":
        return translate("Backups", "Damaged library, set aside")
    return label


def screenshot_backups(ctx, window) -> BackupDialog:
    """For ``studyapp screenshot --view backups``: the dialog with a few copies in it."""
    ctx.app.backups.backup_now()
    dialog = BackupDialog(ctx, window)
    dialog.status.setText(translate("Backups", "Backed up to {file}.").format(file=dialog.backups[0].path.name))
    return dialog
