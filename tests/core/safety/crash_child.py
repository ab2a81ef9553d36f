"""The program side of the crash tests, run in a child process that the test kills with SIGKILL.

    python crash_child.py study DATA_DIR ANSWERS [LEARNER]  # prints "recorded <review_id>" after each answer
    python crash_child.py import DATA_DIR FOLDER     # prints "imported <path>" after each file

Each line is printed (and flushed) only after the facade call returned, i.e. after the commit: it is
what the user would have seen as done.
"""

from __future__ import annotations

import sys


def study(data_dir: str, answers: int, learner_name: str | None = None) -> None:
    from studyapp.core.facade import StudyApp

    app = StudyApp.open(data_folder=data_dir)
    learner = app.learners.get_or_create(learner_name) if learner_name else app.learners.current(None)
    article_id = app.articles.list()[0].id
    last_fact = None
    for index in range(answers):
        card = app.study.next_card(learner.id, article_id=article_id, practice=True, avoid_fact_id=last_fact)
        given = card.options[0] if card.options else f"answer {index}"
        outcome = app.study.answer(learner.id, card.question_id, given, 1500 + index, form=card.form)
        last_fact = card.fact_id
        print(f"recorded {outcome.review_id}", flush=True)


def bulk_import(data_dir: str, folder: str) -> None:
    from studyapp.core.facade import StudyApp

    app = StudyApp.open(data_folder=data_dir)

    def report(done: int, total: int, result) -> None:
        print(f"{result.status} {result.path}", flush=True)

    app.importer.import_inputs([folder], progress=report)
    print("finished", flush=True)


if __name__ == "__main__":
    mode, data_dir, arg = sys.argv[1:4]
    if mode == "study":
        study(data_dir, int(arg), *sys.argv[4:5])
    else:
        bulk_import(data_dir, arg)
