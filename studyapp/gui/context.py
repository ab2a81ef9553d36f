"""The small context every view receives instead of app-wide globals."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from studyapp.core.facade import StudyApp
    from studyapp.core.models import Learner


class AppContext(QObject):
    """Holds the facade once it is open, the current learner, and the app-wide signals.

    ``ready`` fires once, when the database is open. ``changed(concern)`` fires after every
    mutation ("articles", "questions", "reviews", "learners", "settings", ...); each view decides
    whether it needs to redraw.
    """

    ready = Signal()
    changed = Signal(str)
    learner_changed = Signal()

    def __init__(self, options=None):
        super().__init__()
        self.options = options
        self.app: "StudyApp | None" = None
        self.learner: "Learner | None" = None
        self.window = None
        self.close_hooks: list[Callable[[], None]] = []  # run when the main window closes

    def guard_bank(self) -> None:
        """Once a class shares this library (a teacher passphrase is set), only the unlocked
        teacher may change the bank (edit, suspend, delete, import); raises PermissionDenied,
        shown as a message. Call it inside the background work that makes the change."""
        self.app.classroom.guard_bank(getattr(self, "teacher", None))

    def set_learner(self, learner: "Learner") -> None:
        self.learner = learner
        self.learner_changed.emit()
