"""Progress on day one: a fact answered wrong is neither mastered nor recalled, and the due count
of the study header, the statistics and ``studyapp stats`` is one figure."""

from datetime import timedelta

import pytest

import studyapp.cli.progress_commands as progress_commands
from stats_history import add_article
from studyapp.cli import main
from studyapp.cli.output import plural


@pytest.fixture
def day_one(studyapp):
    app = studyapp
    app.settings.set("utc_offset_minutes", 0)
    app.settings.set("day_start_hour", 0)
    with app.session() as session:
        _, facts, questions = add_article(session, "Alpha", ["A", "B", "C"], app.clock.now())
    ann = app.learners.create("Ann").id
    return app, ann, facts, questions


def test_a_fact_answered_wrong_once_is_not_mastered_and_not_recalled(day_one):
    app, ann, facts, questions = day_one
    app.study.answer(ann, questions["A"], "answer A", 4000)  # right
    app.study.answer(ann, questions["B"], "no idea", 4000)  # wrong: fsrs alone would give R = 1 today
    report = app.stats.report(ann)
    alpha = report.articles[0]
    assert (alpha.n_facts, alpha.n_mastered) == (3, 1)
    assert report.predicted_retention_pct == 50.0  # A recalled (100 %), B not (0 %)
    weakest = {w.answer: w.recall for w in report.weakest}
    assert weakest["answer B"] == 0.0 and weakest["answer A"] == 1.0
    assert app.stats.mastery(ann)[alpha.article_id].mastery_pct == pytest.approx(33.3)
    # Right again after the learning step: recalled and mastered.
    app.clock.advance(minutes=2)
    app.study.answer(ann, questions["B"], "answer B", 4000)
    assert app.stats.report(ann).articles[0].n_mastered == 2


def test_a_lapse_in_review_takes_mastery_away_until_answered_right(day_one):
    app, ann, facts, questions = day_one
    for _ in range(3):  # into the Review state
        app.study.answer(ann, questions["A"], "answer A", 4000)
        app.clock.advance(days=2)
    assert app.stats.report(ann).articles[0].n_mastered == 1
    app.study.answer(ann, questions["A"], "wrong", 4000)
    assert app.stats.report(ann).articles[0].n_mastered == 0
    assert app.stats.report(ann).predicted_retention == 0.0


def test_the_header_the_statistics_and_the_command_line_show_one_due_count(day_one, monkeypatch, capsys):
    app, ann, facts, questions = day_one
    app.study.answer(ann, questions["A"], "answer A", 8000)  # learning: due in minutes, later today
    app.study.answer(ann, questions["B"], "answer B", 8000)
    app.clock.advance(minutes=30)
    app.study.answer(ann, questions["C"], "answer C", 8000)  # due in a few minutes, not yet
    header = app.study.counts(ann).due_text
    stats = app.stats.report(ann).as_json()
    monkeypatch.setattr(progress_commands, "open_app", lambda args: app)
    assert main(["stats", "--learner", "Ann"]) == 0
    out = capsys.readouterr().out
    assert header == "2"
    assert str(stats["due_now"]) == header
    assert f"Due: {header} now" in out
    assert stats["due_today"] == 3  # the forecast's first day also holds C, due later today


def test_plural_forms_on_the_command_line(day_one, monkeypatch, capsys):
    app, ann, facts, questions = day_one
    app.study.answer(ann, questions["A"], "answer A", 4000)
    monkeypatch.setattr(progress_commands, "open_app", lambda args: app)
    assert main(["stats", "--learner", "Ann"]) == 0
    assert "Streak: 1 day;" in capsys.readouterr().out
    assert [plural(n, "day") for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
