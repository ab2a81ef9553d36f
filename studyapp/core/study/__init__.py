"""Self-study: answer checking (``answer_check``), FSRS scheduling and the choice of form
(``scheduling``), and the study loop (``manager.StudyManager``, reached as ``app.study``)."""
