"""Starting the window: show it first, then open the database and load heavy parts in the
background (SQLAlchemy and spaCy are imported off the GUI thread)."""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

BENCH_ENV = "STUDYAPP_BENCH_FIRST_FRAME"
OPEN_FALLBACK_MS = 500  # a window never painted is completed and its library opened after this long


class _FirstFrame(QObject):
    """For ``studyapp bench startup``: print the wall-clock time of the first paint, then quit."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"first-frame {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        from studyapp.gui import theme

        # Made in its style (theme.apply would set it otherwise, at a cost to the first frame).
        app = QApplication([*(argv or [sys.argv[0]]), "-style", theme.STYLE])
        app.setProperty(theme.STYLE_PROPERTY, theme.STYLE)
    app.setApplicationName("StudyApp")
    app.setOrganizationName("StudyApp")
    app.setApplicationDisplayName("StudyApp")
    # The desktop file's name: Wayland compositors and docks match the window to its icon by it.
    app.setDesktopFileName("org.studyapp.StudyApp")
    from studyapp.core.paths import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("studyapp-*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    return app


def build_window(options, *, open_database: bool = True):
    """Create the context and the main window; start opening the database in the background."""
    from studyapp.core.paths import data_dir
    from studyapp.gui import preferences, theme, translation
    from studyapp.gui.context import AppContext
    from studyapp.gui.main_window import MainWindow

    folder = data_dir(getattr(options, "data_dir", None))
    appearance = preferences.load(folder)
    app = QApplication.instance()
    theme.apply(app, appearance.theme, appearance.text_pt, theme.first_frame_mode(app, appearance.theme))
    translation.install(app, appearance.language)
    ctx = AppContext(options)
    ctx.data_folder = folder
    ctx.appearance = appearance
    window = MainWindow(ctx, parts_later=True)
    from studyapp.gui import window_place

    window_place.restore(window, folder)

    def after_first_frame() -> None:
        theme.confirm_after_first_frame(app, appearance.theme, appearance.text_pt)
        window.finish_building()
        if open_database:
            # Not before: the worker imports SQLAlchemy and Alembic, and would hold the
            # interpreter lock while the window is built and painted.
            start_opening(ctx)

    from studyapp.gui.after_paint import call_after_paint

    call_after_paint(window, after_first_frame, fallback_ms=OPEN_FALLBACK_MS)
    return ctx, window


def open_core(options, clock=None):
    """Open the facade, import the samples on the very first start, and pick the learner."""
    from studyapp.core.facade import StudyApp
    from studyapp.core.samples import import_samples_once
    app = StudyApp.open(url=getattr(options, "database_url", None),
                        data_folder=getattr(options, "data_dir", None), clock=clock)
    import_samples_once(app)
    learner = app.learners.current(getattr(options, "learner", None))
    return app, learner


def start_opening(ctx, on_open=None) -> None:
    from studyapp.gui.worker import run_task

    def opened(result) -> None:
        ctx.app, learner = result
        ctx.set_learner(learner)
        ctx.ready.emit()
        if on_open:
            on_open()

    def failed(error) -> None:
        from studyapp.gui.database_problem import handle_open_failure

        handle_open_failure(ctx, error)

    run_task(ctx, lambda _task: open_core(ctx.options), on_done=opened, on_error=failed)


def import_when_open(ctx, files: list[str]) -> None:
    """``studyapp FILE...``: once the library is open, import the files in the library view, in the
    background with the import dialog's progress, as if they had been dropped on the window."""
    if not files:
        return

    def start_import() -> None:
        ctx.ready.disconnect(start_import)
        ctx.window.show_view("library").import_paths(list(files))

    ctx.ready.connect(start_import)


def run_gui(options) -> int:
    from studyapp.gui.excepthook import install_excepthook

    app = create_application()
    install_excepthook()
    ctx, window = build_window(options)
    import_when_open(ctx, getattr(options, "files", None) or [])
    if os.environ.get(BENCH_ENV):
        window.installEventFilter(_FirstFrame(window))
    window.show()
    code = app.exec()
    from studyapp.gui.worker import wait_for_tasks

    wait_for_tasks()
    if ctx.app is not None:
        ctx.app.close()
    return code
