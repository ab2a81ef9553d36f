"""StudyApp: turn articles into questions and study them offline."""

__version__ = "0.1.0"
