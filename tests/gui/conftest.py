"""GUI fixtures: a real main window on a fresh data folder, with the database opened in the
background exactly as the program does."""

from __future__ import annotations

from argparse import Namespace

import pytest


@pytest.fixture
def window(qtbot, home):
    from studyapp.gui.app import build_window, create_application
    from studyapp.gui.worker import wait_for_tasks

    create_application()
    options = Namespace(data_dir=str(home), database_url=None, learner=None)
    ctx, main_window = build_window(options)
    qtbot.addWidget(main_window)
    with qtbot.waitSignal(ctx.ready, timeout=60_000):
        main_window.show()
    yield main_window
    wait_for_tasks()
    if ctx.app is not None:
        ctx.app.close()
