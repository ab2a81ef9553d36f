"""Run a callback once a widget has been painted: work the learner does not wait for (fetching the
next question) starts after the frame it would otherwise delay.

A zero timer is not enough: Qt posts the repaint at low priority, so a timer started when the
widget changes runs before it; a worker started then holds the interpreter lock while the frame is
laid out and painted. The callback is posted from the widget's paint event instead, so it runs
when that frame is done. A widget that is not painted (a hidden window) gets it after
``fallback_ms``.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self.widget = widget
        self.callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        self.fallback = QTimer(self)
        self.fallback.setSingleShot(True)
        self.fallback.timeout.connect(self.fire)
        self.fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            # Posted, so it runs after this paint event and the rest of its frame.
            QTimer.singleShot(0, self, self.fire)
        return False

    def fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is None:
            return
        self.fallback.stop()
        self.widget.removeEventFilter(self)
        self.deleteLater()
        callback()


def call_after_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 200) -> None:
    """Call ``callback`` (once, on the GUI thread) after ``widget``'s next paint."""
    _PaintWatch(widget, callback, fallback_ms)
