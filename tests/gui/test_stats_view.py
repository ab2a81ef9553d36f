"""The statistics view as a learner sees it: the numbers on its charts, its cards and its tables,
for a history answered through the study part with an injected clock."""

import json
from argparse import Namespace
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from studyapp.gui.worker import wait_for_tasks

@pytest.fixture(autouse=True)
def windows_of_earlier_tests_are_gone(qapp):
    """Delete the windows earlier tests closed before this one restyles the application: a closed,
    not yet deleted window would otherwise still react to the new style."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


ANSWERS = [  # (days before today, [right?, ...]) answered at 09:00 UTC, 6 s each
    (2, [True, True, True, False]),
    (1, [True, True]),
    (0, [False]),
]


@pytest.fixture
def stats_window(qtbot, home, clock):
    """The main window on a library of six one-question facts, with the clock at 2026-03-02 09:00 UTC."""
    from studyapp.core.facade import StudyApp
    from studyapp.core.models import Article, Fact, Question
    from studyapp.gui.app import build_window, create_application

    create_application()
    ctx, window = build_window(Namespace(data_dir=str(home), database_url=None, learner=None), open_database=False)
    qtbot.addWidget(window)
    app = StudyApp.open(data_folder=home, clock=clock)
    app.settings.set("utc_offset_minutes", 0)
    app.settings.set("day_start_hour", 0)
    now = clock.now()
    with app.session() as session:
        article = Article(title="Years", text="Years.", content_hash="years", imported_at=now)
        session.add(article)
        session.flush()
        for year in range(1900, 1906):
            fact = Fact(article_id=article.id, kind="year", key=str(year), answer=str(year))
            session.add(fact)
            session.flush()
            session.add(Question(article_id=article.id, fact_id=fact.id, prompt=f"Which year is {year}?",
                                 answer=str(year), created_at=now, updated_at=now))
    ann = app.learners.current("Ann")
    questions = {q.id: q.answer for q in app.questions.list()}
    ids = sorted(questions)
    start = clock.now()
    for days_before, outcomes in ANSWERS:
        clock.set(start - timedelta(days=days_before))
        for question_id, right in zip(ids, outcomes):
            app.study.answer(ann.id, question_id, questions[question_id] if right else "1492", 6000)
    clock.set(start)
    ctx.app = app
    ctx.set_learner(ann)
    window.show()
    ctx.ready.emit()
    view = window.show_view("stats")
    qtbot.waitUntil(lambda: view.report is not None, timeout=20_000)
    yield window, view, app, ann
    wait_for_tasks()
    app.close()


def test_charts_show_the_history(stats_window):
    window, view, app, ann = stats_window
    reviews = view.charts["reviews"].data()
    assert reviews["labels"][-3:] and len(reviews["labels"]) == 30
    assert reviews["Right"][-3:] == [3, 2, 0] and reviews["Wrong"][-3:] == [1, 0, 1]
    assert sum(reviews["Right"]) == 5 and sum(reviews["Wrong"]) == 2
    accuracy = view.charts["accuracy"].data()
    assert accuracy["Accuracy"][-3:] == [75.0, 100.0, 0.0]
    assert accuracy["Accuracy"][:-3] == [None] * 27
    assert view.charts["time"].data()["Minutes"][-3:] == [0.4, 0.2, 0.1]
    assert view.heat_map.counts == {date(2026, 2, 28): 4, date(2026, 3, 1): 2, date(2026, 3, 2): 1}


def test_due_chart_matches_the_schedule(stats_window):
    from sqlmodel import select

    from studyapp.core.models import FactState

    window, view, app, ann = stats_window
    today = date(2026, 3, 2)
    expected = [0] * 30
    with app.session() as session:
        for state in session.exec(select(FactState).where(FactState.learner_id == ann.id)).all():
            offset = max(0, (state.due.date() - today).days)  # UTC days in this test
            if offset < 30:
                expected[offset] += 1
    due = view.charts["due"].data()
    assert due["Due"] == expected and sum(expected) >= 1
    assert due["labels"][0] == "Today"


def test_cards_and_tables_agree_with_the_command_line(stats_window, monkeypatch, capsys):
    import studyapp.cli.progress_commands as progress_commands
    from studyapp.cli import main

    window, view, app, ann = stats_window
    monkeypatch.setattr(progress_commands, "open_app", lambda args: app)
    assert main(["stats", "--learner", "Ann", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["reviews_total"] == 7 and data["reviews_today"] == 1 and data["streak_days"] == 3
    assert view.cards["today"].value.text() == "1"
    assert view.cards["accuracy"].value.text() == "71.4%" == f"{data['accuracy_pct']:.1f}%"
    assert view.cards["streak"].value.text() == "3"
    assert view.cards["due"].value.text() == str(data["due_now"])  # the study header's count
    assert view.cards["predicted"].value.text() == f"{data['predicted_retention_pct']:.1f}%"
    assert view.retention_table.item(5, 0).text() == "All time"
    assert view.weak_table.rowCount() == len(data["weakest_facts"]) == 4  # the facts answered so far


def test_period_switches_to_weeks(stats_window, qtbot):
    window, view, app, ann = stats_window
    view.period.setCurrentIndex(2)  # last year, a bar per week
    reviews = view.charts["reviews"].data()
    assert len(reviews["labels"]) == 53
    assert reviews["Right"][-1] == 5 and reviews["Wrong"][-1] == 2  # Monday 23 Feb - today are one week
    assert view.charts["reviews"].x_title == "Week starting"


def test_study_these_now_opens_the_weakest_facts(stats_window, qtbot, monkeypatch):
    window, view, app, ann = stats_window
    study = window.views.get("study")
    if study is None or not hasattr(study, "study_facts"):
        pytest.skip("the study view is not part of this build")
    asked = []
    monkeypatch.setattr(study, "study_facts", lambda fact_ids: asked.append(list(fact_ids)))
    view.weak_table.selectRow(0)
    qtbot.mouseClick(view.study_button, Qt.MouseButton.LeftButton)
    assert asked == [[view.weakest[0].fact_id]]
    assert window.current_view() is study


def test_a_new_answer_redraws_the_view(stats_window, qtbot):
    window, view, app, ann = stats_window
    question = app.questions.list()[0]
    app.study.answer(ann.id, question.id, question.answer, 3000)
    window.ctx.changed.emit("reviews")
    qtbot.waitUntil(lambda: view.charts["reviews"].data()["Right"][-1] == 1, timeout=20_000)
    assert view.cards["today"].value.text() == "2"


def test_export_history_from_the_window(stats_window, qtbot, tmp_path):
    window, view, app, ann = stats_window
    out = tmp_path / "ann.json"
    view.export_history(str(out), "json")
    qtbot.waitUntil(lambda: "Saved" in view.status.text(), timeout=20_000)
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 7


def test_screenshot_of_the_statistics_shows_a_demo_learner(home, tmp_path):
    from PySide6.QtGui import QImage

    from studyapp.core.facade import StudyApp
    from studyapp.gui.screenshot import take_screenshot

    out = tmp_path / "stats.png"
    take_screenshot(Namespace(data_dir=str(home), database_url=None, learner=None), "stats", str(out), "dark")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    app = StudyApp.open(data_folder=home)
    try:
        demo = app.learners.find("Demo learner")
        assert demo is not None and app.learners.last_used().name == "Demo learner"
        assert app.stats.report(demo.id).total.reviews > 50
        assert app.stats.report(app.learners.find("Me").id).total.reviews == 0  # the real learner is untouched
    finally:
        app.close()


def test_library_shows_mastery_as_fsrs_predicts_it(stats_window, qtbot):
    import fsrs
    from sqlmodel import select

    from studyapp.core.models import FactState, ReviewLog

    window, view, app, ann = stats_window
    now = app.clock.now()
    with app.session() as session:
        states = session.exec(select(FactState).where(FactState.learner_id == ann.id)).all()
        newest = {s.fact_id: session.exec(select(ReviewLog.rating).where(
            ReviewLog.learner_id == ann.id, ReviewLog.fact_id == s.fact_id, ReviewLog.counted,
            ReviewLog.rating > 0).order_by(ReviewLog.id.desc())).first() for s in states}
    scheduler = fsrs.Scheduler()
    # Mastered: answered right at the newest counted review, and recall now above the 90 % target.
    recalled = sum(newest[s.fact_id] > 1 and scheduler.get_card_retrievability(
        fsrs.Card(state=fsrs.State(s.state), stability=s.stability, difficulty=s.difficulty,
                  last_review=s.last_review), now) > 0.9 for s in states)
    expected = round(100 * recalled / 6, 1)  # six facts in the article, four of them answered
    library = window.show_view("library")
    qtbot.waitUntil(lambda: library.model.rowCount() == 1 and bool(library.mastery.values), timeout=20_000)
    column = library.mastery.column
    assert library.model.headerData(column, Qt.Orientation.Horizontal) == "Mastery"
    index = library.model.index(0, column)
    assert library.model.data(index, Qt.ItemDataRole.UserRole) == expected
    assert 0 < expected < 100


def test_hovering_a_bar_tells_its_numbers(stats_window, qtbot):
    window, view, app, ann = stats_window
    chart = view.charts["reviews"]
    chart.resize(600, 300)
    labels = chart.data()["labels"]
    # The plot's right end is today's bar; its left end is 29 days earlier, with no reviews.
    inside_right, middle = chart.width() - chart.PAD - 14, chart.height() / 2
    assert chart.tooltip_at(inside_right, middle) == f"{labels[-1]}: Right 0, Wrong 1"
    assert chart.tooltip_at(2, middle) == ""  # beside the plot: no tooltip
    accuracy = view.charts["accuracy"]
    accuracy.resize(600, 300)
    assert accuracy.tooltip_at(inside_right, middle) == f"{labels[-1]}: Accuracy 0"  # no retention figure today
