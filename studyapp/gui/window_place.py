"""The main window's size and place, kept between runs in a small file in the data folder (read
before the database is open, so the first frame is already where the user left it)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FILE_NAME = "window.json"
DEFAULT_SIZE = (1280, 800)
SCREEN_SHARE = 0.9  # a first window leaves some of a small screen free


def restore(window: QWidget, folder: Path) -> bool:
    """Put the window where it was; on a first start, a default size that fits the screen.
    Returns whether a saved place was used."""
    try:
        saved = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))["geometry"]
        if window.restoreGeometry(QByteArray(base64.b64decode(saved))):
            return True
    except (OSError, ValueError, KeyError, TypeError):
        pass
    fit_default(window)
    return False


def fit_default(window: QWidget) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(*DEFAULT_SIZE)
        return
    available = screen.availableGeometry()
    width = min(DEFAULT_SIZE[0], int(available.width() * SCREEN_SHARE))
    height = min(DEFAULT_SIZE[1], int(available.height() * SCREEN_SHARE))
    window.resize(width, height)
    window.move(available.x() + (available.width() - width) // 2, available.y() + (available.height() - height) // 2)


def save(window: QWidget, folder: Path) -> None:
    from studyapp.core.atomic_file import write_text_atomically
    from studyapp.core.errors import StudyAppError

    try:
        folder.mkdir(parents=True, exist_ok=True)
        geometry = base64.b64encode(bytes(window.saveGeometry().data())).decode("ascii")
        write_text_atomically(folder / FILE_NAME, json.dumps({"geometry": geometry}))
    except (OSError, StudyAppError):
        pass  # a read-only or full data folder costs the saved place, never the close
