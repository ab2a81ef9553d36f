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


def test_bench_prints_both_sides_and_checks_nothing_was_lost(home, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, home, "classroom", "bench", "--students", "3", "--questions", "4",
                         "--rounds", "1", "--json")
    assert code == 0, err
    figures = json.loads(out)
    assert figures["problems"] == [] and figures["database"] == "sqlite"
    assert figures["study"]["answers_per_s"] > 0 and figures["class"]["p50_ms"] > 0
    assert figures["class_over_study_p50"] > 0


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
