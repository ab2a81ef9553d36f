"""``studyapp classroom``: a script makes a quiz and reads a session's results with the passphrase on stdin."""

import csv
import io
import json

from classroom_bank import PASSPHRASE, make_bank
from studyapp.cli import main
from studyapp.core.classroom.models import SELF_PACED
from studyapp.core.facade import StudyApp


def run(capsys, monkeypatch, *argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(argv[0]), *argv[1:]])
    out, err = capsys.readouterr()
    return code, out, err


def test_make_a_quiz_and_read_results(home, capsys, monkeypatch, tmp_path):
    app = StudyApp.open(data_folder=home)
    ids = make_bank(app, 5)
    app.close()
    code, out, err = run(capsys, monkeypatch, home, "classroom", "passphrase", stdin=PASSPHRASE + "\n")
    assert code == 0 and PASSPHRASE not in out + err

    code, out, err = run(capsys, monkeypatch, home, "classroom", "make-quiz", "Week 1", "--count", "3",
                         stdin="wrong passphrase\n")
    assert code != 0 and "not the teacher passphrase" in err and "Traceback" not in err
    code, out, err = run(capsys, monkeypatch, home, "classroom", "make-quiz", "Week 1", "--count", "3",
                         "--seconds", "20", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, home, "classroom", "quizzes", "--json")
    [quiz] = json.loads(out)
    assert (quiz["name"], quiz["n_questions"], quiz["seconds_per_question"]) == ("Week 1", 3, 20)

    app = StudyApp.open(data_folder=home)
    key = app.classroom.unlock(PASSPHRASE)
    row = app.classroom.open_session("Week 1", teacher=key, paced=SELF_PACED)
    ana = app.classroom.join(row.code, "Ana")
    app.classroom.answer(row.id, ana.id, ids[0], app.questions.get(ids[0]).answer, 3000)
    app.close()

    out_csv = tmp_path / "week1.csv"
    code, out, err = run(capsys, monkeypatch, home, "classroom", "results", str(row.id), "--csv", str(out_csv),
                         "--json", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    results = json.loads(out)
    assert [(s["name"], s["correct"], s["answered"]) for s in results["students"]] == [("Ana", 1, 1)]
    assert [q["answered"] for q in results["questions"]] == [1, 0, 0]
    assert any(r["section"] == "answer" and r["student"] == "Ana" for r in csv.DictReader(out_csv.open()))
    code, _, err = run(capsys, monkeypatch, home, "classroom", "results", str(row.id), stdin="\n")
    assert code != 0 and "not the teacher passphrase" in err


def test_bench_over_http_reports_the_contract_figures_and_nothing_lost(home, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, home, "classroom", "bench", "--students", "4", "--questions", "3",
                         "--think-seconds", "0", "--json")
    assert code == 0, err
    figures = json.loads(out)
    assert {"students", "answers", "lost", "duplicated", "p50_ms", "p99_ms"} <= set(figures)
    assert (figures["students"], figures["answers"], figures["lost"], figures["duplicated"]) == (4, 12, 0, 0)
    assert figures["problems"] == [] and figures["database"] == "sqlite"
    assert 0 < figures["p50_ms"] <= figures["p99_ms"]


def test_teacher_commands_need_the_passphrase(home, capsys, monkeypatch, tmp_path):
    app = StudyApp.open(data_folder=home)
    ids = make_bank(app, 3)
    key = app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.classroom.save_quiz("Week 1", ids, teacher=key)
    app.classroom.open_session("Week 1", teacher=key)
    app.learners.get_or_create("Ben")
    app.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    out_file = tmp_path / "quiz.csv"
    for argv in (["classroom", "sessions"], ["export", "--format", "csv", str(out_file), "--quiz", "Week 1"],
                 ["learners", "--delete", "Ben"]):
        code, out, err = run(capsys, monkeypatch, home, *argv, stdin="a guess\n")
        assert code != 0 and "not the teacher passphrase" in err, argv
    assert not out_file.exists()
    code, out, err = run(capsys, monkeypatch, home, "classroom", "sessions", "--json", "--passphrase-file", str(secret))
    assert code == 0 and json.loads(out)[0]["quiz"] == "Week 1"
    code, _, err = run(capsys, monkeypatch, home, "export", "--format", "csv", str(out_file), "--quiz", "Week 1",
                       "--passphrase-file", str(secret))
    assert code == 0 and out_file.exists(), err
    code, _, err = run(capsys, monkeypatch, home, "learners", "--delete", "Ben", "--passphrase-file", str(secret))
    assert code == 0 and StudyApp.open(data_folder=home).learners.find("Ben") is None


def test_serve_prints_one_json_line_once_listening_and_students_join(home, tmp_path):
    import os
    import subprocess
    import sys

    import httpx

    app = StudyApp.open(data_folder=home)
    ids = make_bank(app, 3)
    key = app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.classroom.save_quiz("Week 1", ids, teacher=key)
    app.close()
    secret = tmp_path / "passphrase.txt"
    secret.write_text(PASSPHRASE + "\n")
    server = subprocess.Popen([sys.executable, "-m", "studyapp", "--data-dir", str(home), "classroom", "serve",
                               "--quiz", "Week 1", "--host", "127.0.0.1", "--port", "0", "--self-paced", "--json",
                               "--passphrase-file", str(secret)],
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        line = json.loads(server.stdout.readline())
        assert set(line) == {"url", "code"} and line["url"].startswith("http://127.0.0.1:")
        joined = httpx.post(line["url"] + "/api/join", json={"code": line["code"], "name": "Ana"}, timeout=10)
        state = httpx.get(line["url"] + "/api/state", headers={"Authorization": "Bearer " + joined.json()["token"]},
                          timeout=10).json()
        assert state["phase"] == "question" and state["question"]["number"] == 1  # self-paced: at once
    finally:
        server.terminate()
        server.wait(20)
    app = StudyApp.open(data_folder=home)
    assert app.classroom.list_sessions()[0].ended_at is not None  # stopped cleanly: the session ended


def test_make_quiz_holds_one_form_of_each_fact_unless_asked(home, capsys, monkeypatch):
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parents[1] / "study"))
    from study_bank import add_facts

    app = StudyApp.open(data_folder=home)
    add_facts(app, 4)  # three forms of each fact
    app.classroom.set_teacher_passphrase(PASSPHRASE)
    app.close()
    for name, extra, wanted in (("One each", (), 4), ("All forms", ("--several-forms",), 12)):
        code, out, err = run(capsys, monkeypatch, home, "classroom", "make-quiz", name, "--count", "50", *extra,
                             stdin=PASSPHRASE + "\n")
        assert code == 0, err
        assert f"with {wanted} questions." in out
