"""Two windows on one library (a second start, or two logins on a school machine): both work at the
same time, with no "database is locked" error and no lost answer. WAL lets readers go on while one
writes; the busy timeout makes a writer wait its turn; each answer is one short transaction."""

from __future__ import annotations

import sqlite3
import subprocess
import threading

from safety_support import add_facts, child_command

from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE
from studyapp.core.safety.backups import check_file

ANSWERS = 100


def stored_reviews(path) -> dict[str, int]:
    connection = sqlite3.connect(path)
    try:
        return dict(connection.execute(
            "SELECT l.name, count(*) FROM review_log r JOIN learner l ON l.id = r.learner_id GROUP BY l.name"))
    finally:
        connection.close()


def test_two_processes_answering_at_once_lose_nothing(home):
    app = StudyApp.open(data_folder=home)
    add_facts(app, 30)
    app.close()
    children = [subprocess.Popen(child_command("study", str(home), str(ANSWERS), name), stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True) for name in ("Ada", "Bob")]
    outputs = [child.communicate(timeout=300) for child in children]
    for child, (out, err) in zip(children, outputs):
        assert child.returncode == 0, err
        assert "locked" not in err
        assert out.count("recorded ") == ANSWERS
    path = home / DATABASE_FILE
    assert stored_reviews(path) == {"Ada": ANSWERS, "Bob": ANSWERS}
    assert check_file(path).ok


def test_two_open_libraries_in_one_program_answering_for_the_same_learner(home):
    first = StudyApp.open(data_folder=home)
    add_facts(first, 30)
    learner = first.learners.create("Ada")
    second = StudyApp.open(data_folder=home)
    errors: list[BaseException] = []
    recorded: list[int] = []

    def answer_all(app: StudyApp) -> None:
        try:
            last = None
            for _ in range(ANSWERS):
                card = app.study.next_card(learner.id, practice=True, article_id=1, avoid_fact_id=last)
                recorded.append(app.study.answer(learner.id, card.question_id, card.options[0], 1200,
                                                 form=card.form).review_id)
                last = card.fact_id
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=answer_all, args=(app,)) for app in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    first.close()
    second.close()
    assert errors == []
    assert len(set(recorded)) == 2 * ANSWERS
    assert stored_reviews(home / DATABASE_FILE) == {"Ada": 2 * ANSWERS}
