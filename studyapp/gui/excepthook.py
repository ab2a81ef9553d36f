"""The last resort for an exception nobody caught: the error report (error_dialog.py), not a
silent exit. A module of its own, installed before the window is built: the dialogs' module is
imported only when an error comes, not before the first frame."""

from __future__ import annotations

import sys


def install_excepthook() -> None:
    previous = sys.excepthook

    def hook(kind, value, tb):
        import traceback

        from PySide6.QtWidgets import QApplication

        trace = "".join(traceback.format_exception(kind, value, tb))
        sys.stderr.write(trace)
        if QApplication.instance() is None or kind is KeyboardInterrupt:
            previous(kind, value, tb)
            return
        try:
            from studyapp.gui.error_dialog import show_error

            show_error(QApplication.activeWindow(), value, trace)
        except Exception:  # noqa: BLE001 - the hook itself must never raise
            previous(kind, value, tb)

    sys.excepthook = hook
