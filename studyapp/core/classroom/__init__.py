"""Classroom practice: quizzes built from the bank, run on a projector, hot-seat, or served to the students' own devices."""
