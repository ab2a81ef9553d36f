"""Choosing the class database in the window: the program switches to PostgreSQL at once and keeps
using it at the next start; going back to the local library works the same way."""

import sys
from argparse import Namespace
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "postgres"))
from pg_server import pg_database_url, pg_url  # noqa: E402,F401  (the fixtures)

from studyapp.core.classroom.connection import FILE_NAME, saved_url  # noqa: E402

pytestmark = pytest.mark.postgres


def test_switch_to_the_class_database_and_back(qtbot, window, home, pg_url):
    from studyapp.gui.app import open_core
    from studyapp.gui.class_database_dialog import ClassDatabaseDialog

    ctx = window.ctx
    view = window.show_view("classroom")
    assert "this computer only" in view.database_label.text()

    dialog = ClassDatabaseDialog(ctx, view)
    qtbot.addWidget(dialog)
    dialog.url.setText("mysql://nope")
    with qtbot.waitSignal(ctx.ready, timeout=2000, raising=False):
        dialog.connect_button.click()
    qtbot.waitUntil(lambda: "must be PostgreSQL" in dialog.message.text(), timeout=10_000)
    assert ctx.app.is_sqlite and saved_url(home) is None

    dialog.url.setText(pg_url)
    with qtbot.waitSignal(ctx.ready, timeout=60_000):
        dialog.connect_button.click()
    assert ctx.app.engine.dialect.name == "postgresql"
    assert "studyapp_test" in view.database_label.text() and "***" in view.database_label.text()
    assert (home / FILE_NAME).stat().st_mode & 0o077 == 0  # the URL may hold a password
    reopened, _learner = open_core(Namespace(data_dir=str(home), database_url=None, learner=None))
    try:
        assert reopened.engine.dialect.name == "postgresql"  # the next start uses it too
    finally:
        reopened.close()

    back = ClassDatabaseDialog(ctx, view)
    qtbot.addWidget(back)
    with qtbot.waitSignal(ctx.ready, timeout=60_000):
        back.local_button.click()
    assert ctx.app.is_sqlite and saved_url(home) is None
