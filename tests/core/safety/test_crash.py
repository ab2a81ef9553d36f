"""SIGKILL in the middle of a study session and of a bulk import (a crash or a power cut from the
program's point of view): the file stays sound, every answer shown as recorded is there, and
importing again ends exactly where an uninterrupted import ends."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess

import pytest
from safety_support import add_facts, child_command

from studyapp.core.facade import StudyApp
from studyapp.core.paths import DATABASE_FILE
from studyapp.core.safety.backups import check_file

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

SESSION = 500


def run_until(command: list[str], marker: str, lines_before_kill: int) -> tuple[list[str], int]:
    """Start the child, SIGKILL it once it printed ``lines_before_kill`` lines starting with
    ``marker``; return every line it managed to print (some arrive after the count) and its exit code."""
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    seen: list[str] = []
    try:
        for line in child.stdout:
            seen.append(line.strip())
            if sum(s.startswith(marker) for s in seen) >= lines_before_kill:
                os.kill(child.pid, signal.SIGKILL)
                break
        seen.extend(line.strip() for line in child.stdout)  # printed before the kill landed
        code = child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    return seen, code


def review_ids(path) -> set[int]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT id FROM review_log")}
    finally:
        connection.close()


@pytest.mark.parametrize("kill_after", [1, 250])
def test_killed_study_session_keeps_every_answer_shown_as_recorded(home, kill_after):
    app = StudyApp.open(data_folder=home)
    add_facts(app, 40)
    app.learners.create("Ada")
    app.close()
    lines, code = run_until(child_command("study", str(home), str(SESSION)), "recorded ", kill_after)
    assert code == -signal.SIGKILL, lines  # killed, not finished or failed on its own
    shown = {int(line.split()[1]) for line in lines if line.startswith("recorded ")}
    assert len(shown) >= kill_after
    path = home / DATABASE_FILE
    assert check_file(path).ok
    stored = review_ids(path)
    assert shown <= stored
    assert len(stored) - len(shown) <= 1  # at most the answer being committed when the kill came
    reopened = StudyApp.open(data_folder=home)  # and the program carries on where it stopped
    reopened.study.answer(reopened.learners.current(None).id, 1, "1800", 900)
    reopened.close()


def library_content(path) -> dict:
    """Everything an import writes, without ids and times, so that two libraries can be compared."""
    connection = sqlite3.connect(path)
    try:
        articles = sorted(connection.execute(
            "SELECT title, source, path, url, published, text, content_hash, language FROM article"))
        facts = sorted(connection.execute(
            "SELECT a.content_hash, f.kind, f.key, f.answer, f.sentence_start, f.sentence_end "
            "FROM fact f JOIN article a ON a.id = f.article_id"))
        questions = sorted(connection.execute(
            "SELECT a.content_hash, f.key, q.kind, q.answer_type, q.prompt, q.answer, q.accepted, q.choices, "
            "q.source_sentence, q.source_start, q.source_end, q.quality, q.status, q.extra "
            "FROM question q JOIN article a ON a.id = q.article_id JOIN fact f ON f.id = q.fact_id"))
    finally:
        connection.close()
    return {"articles": articles, "facts": facts, "questions": questions}


def test_killed_bulk_import_then_the_same_import_again_equals_an_uninterrupted_one(tmp_path, paragraph_folder):
    clean_home = tmp_path / "clean"
    clean = StudyApp.open(data_folder=clean_home)
    results = clean.importer.import_inputs([str(paragraph_folder)])
    clean.close()
    assert [r.status for r in results].count("imported") == len(results) >= 12
    expected = library_content(clean_home / DATABASE_FILE)

    home = tmp_path / "crashed"
    StudyApp.open(data_folder=home).close()
    lines, code = run_until(child_command("import", str(home), str(paragraph_folder)), "imported ", 5)
    assert code == -signal.SIGKILL and "finished" not in lines
    path = home / DATABASE_FILE
    assert check_file(path).ok
    partial = library_content(path)
    done = sum(line.startswith("imported ") for line in lines)
    assert done <= len(partial["articles"]) <= done + 1 < len(results)
    # Each article is one transaction: those stored are complete, with all their questions.
    assert set(partial["questions"]) <= set(expected["questions"])
    stored = {row[6] for row in partial["articles"]}
    assert {q for q in expected["questions"] if q[0] in stored} == set(partial["questions"])

    again = StudyApp.open(data_folder=home)
    rerun = again.importer.import_inputs([str(paragraph_folder)])
    again.close()
    assert [r.status for r in rerun].count("duplicate") == len(partial["articles"])
    assert library_content(path) == expected
