"""A damaged library at start: a clear dialog offering the newest backup, never a traceback; the
damaged file is set aside unchanged and the restored library opens."""

from __future__ import annotations

import sys
from argparse import Namespace

import pytest
from PySide6.QtWidgets import QMessageBox

from studyapp.core.clock import FixedClock
from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE
from studyapp.gui.error_dialog import ErrorReportDialog
from support import REPO, START
from window_teardown import settle_windows

sys.path.insert(0, str(REPO / "tests" / "core" / "safety"))
from safety_support import damage  # noqa: E402  (one way of damaging a file for both test tiers)


@pytest.fixture
def start_window(qtbot, home, monkeypatch):
    from studyapp.gui.app import build_window, create_application
    from studyapp.gui.worker import wait_for_tasks

    reports = []
    monkeypatch.setattr(ErrorReportDialog, "exec", lambda self: reports.append(self))
    create_application()
    made = []

    def start(until=None):
        ctx, window = build_window(Namespace(data_dir=str(home), database_url=None, learner=None))
        qtbot.addWidget(window)
        window.show()
        made.append(ctx)
        qtbot.waitUntil(until or (lambda: hasattr(window, "database_problem") or ctx.app is not None),
                        timeout=60_000)
        return ctx, window

    yield start
    wait_for_tasks()
    settle_windows()
    assert reports == []  # no traceback window at any point
    for ctx in made:
        if ctx.app is not None:
            ctx.app.close()


def library_with_backup(home, *names) -> None:
    app = StudyApp.open(data_folder=home, clock=FixedClock(START))
    for name in names:
        app.learners.create(name)
    app.backups.backup_now()
    app.learners.create("After the backup")
    app.close()


def test_damaged_library_offers_the_newest_backup_and_restores_it(start_window, home, qtbot):
    library_with_backup(home, "Ada", "Grace")
    damaged = damage(home / DATABASE_FILE)
    ctx, window = start_window()
    dialog = window.database_problem
    assert dialog.isVisible() and ctx.app is None
    assert dialog.windowTitle() == "Your library is damaged"
    assert "failed its integrity check" in dialog.text() and "left exactly as it is" in dialog.text()
    assert "studyapp-backup-20260302-090000.sqlite3" in dialog.informativeText()
    assert window.status_label.text() == "Your library file is damaged."
    assert (home / DATABASE_FILE).read_bytes() == damaged

    with qtbot.waitSignal(ctx.ready, timeout=60_000):
        dialog.restore_button.click()
    assert sorted(l.name for l in ctx.app.learners.list()) == ["Ada", "Grace"]
    [aside] = (home / "backups").glob("studyapp-damaged-*.sqlite3")
    assert aside.read_bytes() == damaged
    qtbot.waitUntil(lambda: "Learner:" in window.status_label.text(), timeout=10_000)
    assert window.statusBar().currentMessage().startswith("Restored studyapp-backup-20260302-090000.sqlite3 (a backup")
    settle_windows()


def test_a_full_disk_at_start_is_a_plain_message_with_no_restore_offered(start_window, home, qtbot, monkeypatch):
    from studyapp.core import db

    library_with_backup(home, "Ada")
    before = (home / DATABASE_FILE).read_bytes()
    monkeypatch.setattr(db, "_free_bytes", lambda folder: 0)  # what a full disk reports
    real_connect = db.sqlite3.connect

    def shm_fails(*args, **kwargs):
        error = db.sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorcode, error.sqlite_errorname = 4874, "SQLITE_IOERR_SHMSIZE"
        raise error

    monkeypatch.setattr(db.sqlite3, "connect", shm_fails)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    ctx, window = start_window(until=lambda: bool(shown))
    monkeypatch.setattr(db.sqlite3, "connect", real_connect)
    assert not hasattr(window, "database_problem") and ctx.app is None
    assert "the disk is full" in shown[0] and "damaged" not in shown[0] and "\n" not in shown[0]
    assert (home / DATABASE_FILE).read_bytes() == before


def test_damaged_library_without_a_backup_says_so_and_keeps_the_file(start_window, home, qtbot):
    StudyApp.open(data_folder=home).close()
    damaged = damage(home / DATABASE_FILE)
    _, window = start_window()
    dialog = window.database_problem
    assert dialog.restore_button is None
    assert "No backup was found" in dialog.informativeText()
    assert {"&Choose a backup…", "&Quit"} <= {b.text() for b in dialog.buttons()}
    dialog.close_button.click()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert (home / DATABASE_FILE).read_bytes() == damaged


def test_choosing_a_file_that_is_not_a_backup_says_why_and_asks_again(start_window, home, qtbot, tmp_path,
                                                                        monkeypatch):
    library_with_backup(home, "Ada")
    damaged = damage(home / DATABASE_FILE)
    _, window = start_window()
    dialog = window.database_problem
    junk = tmp_path / "holiday.sqlite3"
    junk.write_bytes(b"not a database at all" * 50)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(junk), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=10_000)
    assert "holiday.sqlite3 is not a usable StudyApp backup" in warnings[0]
    qtbot.waitUntil(dialog.isVisible, timeout=5_000)
    assert (home / DATABASE_FILE).read_bytes() == damaged


def test_a_library_from_a_newer_version_is_one_message_not_an_error_report(start_window, home, qtbot, monkeypatch):
    """Issue 23, point 2: every start ended in a traceback ("ran into a problem") and put another
    full-size copy aside."""
    import sqlite3

    StudyApp.open(data_folder=home).close()
    connection = sqlite3.connect(home / DATABASE_FILE)
    connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.commit()
    connection.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    ctx, window = start_window(until=lambda: bool(shown))
    assert ctx.app is None and not hasattr(window, "database_problem")
    assert shown[0].startswith("This library was made by a newer StudyApp (revision 0099_future); this is version")
    assert not (home / "backups").exists() or not list((home / "backups").iterdir())
