"""Backups from the window: File > Restore from backup…, Back up now, Restore (the library it
replaces kept as a copy), automatic copies every 30 minutes of use and when the window closes."""

from __future__ import annotations

import sqlite3

import pytest

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studyapp.gui.backup_dialog import AUTO_BACKUP_MS, BackupDialog
from studyapp.gui.worker import wait_for_tasks
from window_teardown import settle_windows


@pytest.fixture(autouse=True)
def clean_end():
    yield
    settle_windows()


def backups(home, label="backup"):
    return sorted((home / "backups").glob(f"studyapp-{label}-*.sqlite3"))


def learner_names(path):
    connection = sqlite3.connect(path)
    try:
        return sorted(row[0] for row in connection.execute("SELECT name FROM learner"))
    finally:
        connection.close()


def open_dialog(window, qtbot) -> BackupDialog:
    [action] = [a for a in window.file_menu.actions() if a.text() == "&Restore from backup…"]
    action.trigger()
    dialog = window.backup_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    return dialog


def test_back_up_now_from_the_file_menu_lists_the_copy(window, qtbot, home):
    dialog = open_dialog(window, qtbot)
    assert dialog.table.rowCount() == 0 and "no backups yet" in dialog.status.text()
    assert not dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10_000)
    [made] = backups(home)
    assert dialog.status.text() == f"Backed up to {made.name}."
    assert dialog.table.item(0, 1).text() == "Backup"
    assert learner_names(made) == ["Me"]
    assert dialog.restore_button.isEnabled()


def test_restore_puts_the_copy_back_keeps_the_replaced_library_and_views_follow(window, qtbot, home, monkeypatch):
    app = window.ctx.app
    app.learners.create("Ada")
    made = app.backups.backup_now()
    app.learners.create("Grace")
    dialog = open_dialog(window, qtbot)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    seen = []
    window.ctx.changed.connect(seen.append)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Restored."), timeout=10_000)
    assert "Answers given since then are not in it" in asked[0]
    assert sorted(l.name for l in app.learners.list()) == ["Ada", "Me"]
    [kept] = backups(home, "before-restore")
    assert learner_names(kept) == ["Ada", "Grace", "Me"]
    assert kept.name in dialog.status.text()
    assert {"learners", "articles", "questions", "reviews"} <= set(seen)
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())].count("Before a restore") == 1
    assert made.path.exists()


def test_declining_the_restore_changes_nothing(window, qtbot, home, monkeypatch):
    app = window.ctx.app
    app.backups.backup_now()
    app.learners.create("Grace")
    dialog = open_dialog(window, qtbot)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    wait_for_tasks()
    assert "Grace" in [l.name for l in app.learners.list()]
    assert not backups(home, "before-restore")


def test_automatic_backup_every_30_minutes_only_after_a_change(window, qtbot, home):
    auto = window.auto_backup
    assert auto.timer.isActive() and auto.timer.interval() == AUTO_BACKUP_MS == 30 * 60 * 1000
    auto.timer.timeout.emit()  # half an hour without a change: nothing to copy
    wait_for_tasks()
    assert backups(home) == []
    window.ctx.app.learners.create("Ada")
    window.ctx.changed.emit("learners")
    auto.timer.timeout.emit()
    qtbot.waitUntil(lambda: len(backups(home)) == 1 and auto.running is None, timeout=10_000)
    assert learner_names(backups(home)[0]) == ["Ada", "Me"]


def test_closing_the_window_backs_up_the_library(window, home):
    window.ctx.app.learners.create("Ada")
    window.ctx.changed.emit("learners")
    window.close()
    wait_for_tasks()
    [made] = backups(home)
    assert learner_names(made) == ["Ada", "Me"]
