"""The study view, in parts: the question (``question``), the form it is answered in (``answer``),
the feedback after it (``feedback``), put together by ``view.StudyView``."""

from studyapp.gui.study.view import StudyView

__all__ = ["StudyView"]
