"""Ending a GUI test cleanly: background loads finish and closed windows are deleted before the next
test builds its window (whose theme change would otherwise reach views of the old one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent

from studyapp.gui.worker import wait_for_tasks


def settle_windows(rounds: int = 5) -> None:
    for _ in range(rounds):
        wait_for_tasks()
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
