"""``studyapp screenshot --view VIEW OUT.png``: render a view of the real window offscreen.

A view is a section of the main window (library, study, ...). A view may define
``prepare_screenshot()`` to show real content (for example a question to answer); it runs with the
database open. Other screens that are not sections (the projector) register a function in
``EXTRA_SCREENS`` that returns the widget to grab.
"""

from __future__ import annotations

import os
import time
from typing import Callable

EXTRA_SCREENS: dict[str, str] = {  # name -> "module:function(ctx, window) -> QWidget"
    "projector": "studyapp.gui.projector_window:screenshot_projector",
    "export": "studyapp.gui.export_dialog:screenshot_export",
    "import": "studyapp.gui.article_import_dialog:screenshot_import",
    "backups": "studyapp.gui.backup_dialog:screenshot_backups",
    "damaged": "studyapp.gui.database_problem:screenshot_damaged",
}


def settle(app, seconds: float = 0.3, timeout: float = 60.0) -> None:
    """Process events until background work is done and the event queue is quiet."""
    from PySide6.QtCore import QThreadPool

    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        busy = QThreadPool.globalInstance().activeThreadCount() > 0
        if busy:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= seconds:
            return
        time.sleep(0.01)


def take_screenshot(options, view: str, out: str, theme_mode: str | None = None,
                    size: tuple[int, int] = (1280, 800)) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from studyapp.core.errors import InvalidInput
    from studyapp.gui import theme
    from studyapp.gui.app import build_window, create_application, open_core
    from studyapp.gui.main_window import load_view_class

    app = create_application()
    ctx, window = build_window(options, open_database=False)
    if theme_mode:
        theme.apply(app, theme_mode, ctx.appearance.text_pt)
    known = list(window.views) + list(EXTRA_SCREENS)
    if view not in known:
        raise InvalidInput(f"Unknown view {view!r}; choose one of: {', '.join(known)}.")
    ctx.app, learner = open_core(options)
    ctx.set_learner(learner)
    window.resize(*size)
    window.show()
    ctx.ready.emit()
    settle(app)
    if view in EXTRA_SCREENS:
        target = load_view_class(EXTRA_SCREENS[view])(ctx, window)
        target.resize(*size)
        target.show()
    else:
        target = window
        shown = window.show_view(view)
        prepare: Callable[[], None] | None = getattr(shown, "prepare_screenshot", None)
        if prepare:
            prepare()
    settle(app)
    if not target.grab().save(out):
        raise InvalidInput(f"Cannot write the picture to {out}.")
    ctx.app.close()
    return out
