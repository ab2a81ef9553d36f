"""The Qt-free core of StudyApp: data, import, question generation, scheduling, statistics.

Nothing under this package may import PySide6 (tests/core/test_core_without_qt.py proves it).
Heavy libraries (SQLAlchemy, spaCy) are imported inside the modules that need them, so that
``import studyapp.core`` stays cheap for the window's start-up.
"""
