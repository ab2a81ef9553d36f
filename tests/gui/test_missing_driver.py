"""A PostgreSQL library chosen without the optional driver installed: the window says so in words."""

from __future__ import annotations

import sys
from argparse import Namespace

from PySide6.QtWidgets import QMessageBox

from studyapp.gui.error_dialog import ErrorReportDialog


def test_window_shows_the_missing_postgresql_driver(qtbot, home, monkeypatch):
    from studyapp.gui.app import build_window, create_application
    from studyapp.gui.worker import wait_for_tasks

    monkeypatch.setitem(sys.modules, "psycopg", None)
    shown, reports = [], []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text, *a: shown.append((title, text)))
    monkeypatch.setattr(ErrorReportDialog, "exec", lambda self: reports.append(self))
    create_application()
    ctx, window = build_window(Namespace(data_dir=str(home), database_url="postgresql://teacher@localhost/school",
                                         learner=None))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(shown or reports), timeout=60_000)
    wait_for_tasks()
    assert reports == []  # a traceback window, not a sentence
    [(title, text)] = shown
    assert title == "StudyApp cannot open your library"
    assert text == "PostgreSQL support is not installed (no module 'psycopg'); install it with: pip install 'studyapp[postgres]'"
    assert window.status_label.text() == text
    assert ctx.app is None
