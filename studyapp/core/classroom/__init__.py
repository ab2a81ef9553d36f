"""Classroom practice: quizzes built from the bank, run on a projector, hot-seat, or on every desk."""
