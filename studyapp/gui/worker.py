"""The one helper for background work: the GUI thread never waits for the database or spaCy.

    run_task(ctx, lambda task: ctx.app.importer.import_inputs(paths, progress=task.progress,
                                                                 is_cancelled=task.is_cancelled),
             on_done=show_results, changes="articles")

The function runs on a ``QThreadPool`` thread and must not touch widgets; ``on_done``/``on_error``/
``on_progress`` run on the GUI thread. Facade calls open their own database session per call.
When ``changes`` is given, ``ctx.changed`` is emitted after success so every view can redraw.
"""

from __future__ import annotations

import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(object, str)


class Task(QRunnable):
    def __init__(self, fn: Callable[["Task"], Any]):
        super().__init__()
        self.setAutoDelete(False)
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()

    # Called from the worker thread -------------------------------------------------------
    def progress(self, done: int, total: int, text: Any = "") -> None:
        self.signals.progress.emit(done, total, text if isinstance(text, str) else getattr(text, "path", str(text)))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self.fn(self)
        except BaseException as error:  # noqa: BLE001 - delivered to the GUI thread, shown there
            self.signals.failed.emit(error, traceback.format_exc())
        else:
            self.signals.done.emit(result)

    # Called from the GUI thread ----------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()


_running: set[Task] = set()


def run_task(
    ctx,
    fn: Callable[[Task], Any],
    *,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
    changes: str | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    task = Task(fn)
    _running.add(task)

    def finished(result: Any) -> None:
        _running.discard(task)
        if on_done:
            on_done(result)
        if changes:
            ctx.changed.emit(changes)

    def failed(error: BaseException, trace: str) -> None:
        _running.discard(task)
        if on_error is not None:
            on_error(error)
        else:
            from studyapp.gui.error_dialog import show_error

            show_error(ctx.window, error, trace)

    task.signals.done.connect(finished)
    task.signals.failed.connect(failed)
    if on_progress:
        task.signals.progress.connect(on_progress)
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def cancel_all() -> None:
    """Ask every running task to stop (the window is closing): imports stop at their next check,
    a download at once; work that cannot be cut short (a backup) finishes."""
    for task in list(_running):
        task.cancel()


def wait_for_tasks(timeout_ms: int = 30_000) -> bool:
    """Wait for background work (used when the window closes, and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
