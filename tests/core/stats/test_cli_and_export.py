"""``studyapp stats --json``, ``studyapp history`` and the learner choice of the command line."""

import csv
import json

import pytest

import studyapp.cli.progress_commands as progress_commands
from studyapp.cli import main
from studyapp.core.errors import InvalidInput


@pytest.fixture
def cli(history, monkeypatch, capsys):
    """Run a command on the history's database with its fixed clock."""
    monkeypatch.setattr(progress_commands, "open_app", lambda args: history.app)

    def run(*argv):
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_stats_json_has_every_figure(cli, history):
    for argv in (("stats", "--learner", "Ann", "--json"), ("--learner", "Ann", "stats", "--json")):
        code, out, err = cli(*argv)
        assert code == 0, err
        data = json.loads(out)
        assert {"learner", "reviews_total", "reviews_today", "accuracy_pct", "due_today", "due_next_30_days",
                "retention_pct", "streak_days", "study_minutes", "articles"} <= set(data)
        assert (data["learner"], data["reviews_total"], data["reviews_today"], data["accuracy_pct"]) == ("Ann", 8, 1, 62.5)
        assert (data["due_today"], sum(data["due_next_30_days"]), len(data["due_next_30_days"])) == (3, 5, 30)
        assert (data["retention_pct"], data["streak_days"], data["study_minutes"]) == (66.7, 3, 1.6)
        assert {"article_id", "title", "mastery_pct"} <= set(data["articles"][0])
        assert [a["title"] for a in data["articles"]] == ["Alpha", "Beta", "Gamma (no facts)"]


def test_the_option_after_the_command_wins(cli):
    code, out, _ = cli("--learner", "Ann", "stats", "--learner", "Bob", "--json")
    assert code == 0 and json.loads(out)["learner"] == "Bob"


def test_stats_does_not_change_the_learner_the_window_opens_with(cli, history):
    history.app.learners.use(history.bob)
    cli("stats", "--learner", "Ann", "--json")
    assert history.app.learners.last_used().name == "Bob"
    code, out, _ = cli("stats", "--json")
    assert json.loads(out)["learner"] == "Bob"


def test_unknown_learner_is_a_clear_error(cli, history):
    code, out, err = cli("stats", "--learner", "Zed", "--json")
    assert code != 0 and out == ""
    assert "no learner called 'Zed'" in err and "Traceback" not in err
    assert [l.name for l in history.app.learners.list()] == ["Ann", "Bob"]  # nobody was created


def test_stats_as_text(cli):
    code, out, _ = cli("stats", "--learner", "Ann")
    assert code == 0
    assert "Reviews: 8 in all, 1 today; accuracy 62.5%" in out
    assert "Streak: 3 days" in out and "Alpha" in out


def test_history_csv(cli, tmp_path):
    out_file = tmp_path / "ann.csv"
    code, out, err = cli("history", str(out_file), "--learner", "Ann")
    assert code == 0, err
    assert "Wrote 8 reviews of Ann" in out
    with out_file.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 8
    assert rows[0]["reviewed_at"] == "2026-01-15T10:00:00+00:00"
    assert rows[-1]["reviewed_at"] == "2026-03-02T08:00:00+00:00"
    assert (rows[0]["article_title"], rows[0]["prompt"], rows[0]["correct"]) == ("Alpha", "What is A?", "False")
    assert [r["counted"] for r in rows].count("False") == 1


def test_history_json(cli, tmp_path):
    out_file = tmp_path / "ann.json"
    code, _, err = cli("history", "--format", "json", str(out_file), "--learner", "Ann")
    assert code == 0, err
    rows = json.loads(out_file.read_text(encoding="utf-8"))
    assert len(rows) == 8
    assert rows[6] == {"reviewed_at": "2026-03-02T02:30:00+00:00", "learner": "Ann", "article_id": rows[6]["article_id"],
                       "article_title": "Alpha", "fact_id": rows[6]["fact_id"], "question_id": rows[6]["question_id"],
                       "prompt": "What is A?", "expected_answer": "answer A", "answer_given": "", "correct": False,
                       "rating": 1, "response_ms": 90_000, "counted": True, "session_id": None}


def test_empty_history_is_valid_json(history, tmp_path):
    learner = history.app.learners.create("Cleo")
    out_file = tmp_path / "cleo.json"
    assert history.app.stats.export_history(learner.id, out_file) == 0
    assert json.loads(out_file.read_text(encoding="utf-8")) == []


def test_bad_export_target_leaves_files_as_they_were(history, tmp_path):
    keep = tmp_path / "notes.txt"
    keep.write_text("mine", encoding="utf-8")
    with pytest.raises(InvalidInput, match="csv or json"):
        history.app.stats.export_history(history.ann, keep)
    assert keep.read_text(encoding="utf-8") == "mine"
    with pytest.raises(InvalidInput, match="does not exist"):
        history.app.stats.export_history(history.ann, tmp_path / "missing" / "out.csv")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "notes.txt"]  # no temporary file left


def test_learners_command(cli):
    code, out, _ = cli("learners", "--json")
    assert code == 0 and [l["name"] for l in json.loads(out)] == ["Ann", "Bob"]
