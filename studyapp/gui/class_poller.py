"""Reading a class session once a second, off the GUI thread: the teacher's window reads its own
library, a student's desk asks the class server.

One read at a time: when a read is slow, a tick that finds it still running is skipped instead of
piling up threads."""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QObject, QTimer

from studyapp.gui.translation import translate
from studyapp.gui.worker import run_task

POLL_MS = 1000


class ClassPoller(QObject):
    def __init__(self, ctx, read: Callable[[Any], Any], on_read: Callable[[Any], None],
                 on_failure: Callable[[str], None], parent: QObject):
        super().__init__(parent)
        self.ctx = ctx
        self.read = read  # runs on a worker thread with the facade: no widgets
        self.on_read = on_read
        self.on_failure = on_failure
        self.busy = False
        self.stopped = False  # a read finishing after its window closed is dropped
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.stopped = False
        self.timer.start()
        self.poll()

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()

    def poll(self) -> None:
        if self.busy or self.ctx.app is None:
            return
        self.busy = True
        app = self.ctx.app
        run_task(self.ctx, lambda _task: self.read(app), on_done=self._done, on_error=self._failed)

    def _done(self, result) -> None:
        self.busy = False
        if not self.stopped:
            self.on_read(result)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if self.stopped:
            return
        self.on_failure(translate("ClassPoller", "Cannot reach the class: {error}")
                        .format(error=error))
