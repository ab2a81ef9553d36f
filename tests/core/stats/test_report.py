"""Every figure of the statistics, exactly, on the known history of conftest.py."""

from datetime import date, timedelta

import fsrs
import pytest

from stats_history import utc
from studyapp.core.errors import InvalidInput
from studyapp.core.stats.days import StudyDays
from studyapp.core.stats.report import Activity


def fsrs_recall(stability, last_review, now) -> float:
    card = fsrs.Card(state=fsrs.State.Review, stability=stability, difficulty=5.0, last_review=last_review)
    return fsrs.Scheduler().get_card_retrievability(card, now)


def ann_recalls(now):
    """Ann's facts that are still asked, with fsrs's own retrievability (the reference)."""
    return {
        "A": fsrs_recall(10.0, now - timedelta(days=5), now),
        "B": fsrs_recall(2.0, now - timedelta(days=20), now),
        "C": fsrs_recall(7.0, now - timedelta(days=7), now),
        "D": fsrs_recall(100.0, now - timedelta(hours=1), now),
        "E": fsrs_recall(2.5, now - timedelta(days=2, hours=23), now),
        "F": fsrs_recall(20.0, now - timedelta(days=30), now),
    }


def test_totals_accuracy_time_and_streak(history):
    report = history.app.stats.report(history.ann)
    data = report.as_json()
    assert data["learner"] == "Ann"
    assert data["today"] == "2026-03-02"
    assert data["day_starts"] == "2026-03-02T03:00:00+00:00"  # 04:00 at UTC+1
    assert data["reviews_total"] == 8
    assert data["correct_total"] == 5
    assert data["accuracy_pct"] == 62.5
    assert data["reviews_today"] == 1  # 02:30 UTC (03:30 local) belongs to the day before
    assert data["study_minutes"] == 1.6  # 95,000 ms: the 90 s answer counts 60 s
    assert data["streak_days"] == 3  # 2 March, 1 March, 28 February; nothing on 27 February
    assert data["study_days"] == 5


def test_activity_per_study_day(history):
    report = history.app.stats.report(history.ann)
    assert report.activity == [
        Activity(date(2026, 1, 15), 1, 0, 4000, 1, 0),
        Activity(date(2026, 2, 26), 1, 1, 4000, 0, 0),
        Activity(date(2026, 2, 28), 2, 2, 8000, 1, 1),
        Activity(date(2026, 3, 1), 3, 1, 74_000, 2, 1),
        Activity(date(2026, 3, 2), 1, 1, 5000, 0, 0),
    ]


def test_true_retention_by_period(history):
    data = history.app.stats.report(history.ann).as_json()
    periods = data["retention_by_period"]
    assert periods["today"] == {"reviews": 0, "correct": 0, "retention_pct": None}
    assert periods["yesterday"] == {"reviews": 2, "correct": 1, "retention_pct": 50.0}
    assert periods["last_7_days"] == {"reviews": 3, "correct": 2, "retention_pct": 66.7}
    assert periods["last_30_days"] == {"reviews": 3, "correct": 2, "retention_pct": 66.7}
    assert periods["last_365_days"] == {"reviews": 4, "correct": 2, "retention_pct": 50.0}
    assert periods["all_time"] == {"reviews": 4, "correct": 2, "retention_pct": 50.0}
    assert data["retention_pct"] == 66.7


def test_due_forecast_follows_study_days(history):
    data = history.app.stats.report(history.ann).as_json()
    expected = [0] * 30
    expected[0] = 3  # overdue A, B at 21:00 local, C at 03:00 local tomorrow (before the day starts)
    expected[1] = 1  # D at 04:00 local tomorrow
    expected[29] = 1  # E on 31 March; F on 1 April is beyond 30 days; G's question is suspended
    assert data["due_next_30_days"] == expected
    assert data["due_today"] == 3


def test_recall_is_fsrs_retrievability_exactly(history):
    app = history.app
    now = app.clock.now()
    reference = ann_recalls(now)
    weakest = app.stats.weakest_facts(history.ann, limit=10)
    by_key = {fact.answer.removeprefix("answer "): fact.recall for fact in weakest}
    assert by_key == reference  # the same doubles, not approximately
    assert reference["E"] > 0.9  # 2 days 23 hours count as 2 whole days, as in fsrs
    report = app.stats.report(history.ann)
    assert report.facts_reviewed == 6
    assert report.predicted_retention == pytest.approx(sum(reference.values()) / 6, abs=1e-12)
    assert report.as_json()["predicted_retention_pct"] == round(100 * sum(reference.values()) / 6, 1)


def test_mastery_per_article(history):
    now = history.app.clock.now()
    reference = ann_recalls(now)
    alpha_mastered = sum(reference[k] > 0.9 for k in "ABCD")  # above the target: C, at exactly 0.9, is not
    articles = {a["title"]: a for a in history.app.stats.report(history.ann).as_json()["articles"]}
    assert articles["Alpha"]["facts"] == 4
    assert articles["Alpha"]["mastered"] == alpha_mastered
    assert articles["Alpha"]["mastery_pct"] == round(100 * alpha_mastered / 4, 1)
    assert articles["Beta"] == {"article_id": history.articles["Beta"], "title": "Beta", "facts": 3,
                                "mastered": 1, "mastery_pct": 33.3}  # E only; G suspended, H never seen
    assert articles["Gamma (no facts)"]["mastery_pct"] is None
    mastery = history.app.stats.mastery(history.ann)
    assert mastery[history.articles["Beta"]].mastery_pct == 33.3


def test_weakest_facts_by_recall_and_by_lapses(history):
    app = history.app
    reference = ann_recalls(app.clock.now())
    by_recall = [f.answer.removeprefix("answer ") for f in app.stats.weakest_facts(history.ann, limit=3)]
    assert by_recall == sorted(reference, key=reference.get)[:3]
    by_lapses = app.stats.weakest_facts(history.ann, limit=3, order="lapses")
    assert [(f.answer, f.lapses) for f in by_lapses] == [("answer B", 3), ("answer E", 3), ("answer C", 1)]
    assert by_lapses[0].prompt == "What is B?" and by_lapses[0].article_title == "Alpha"
    with pytest.raises(InvalidInput):
        app.stats.weakest_facts(history.ann, order="alphabet")


def test_chart_buckets(history):
    report = history.app.stats.report(history.ann)
    week = report.buckets(7)
    assert [b.day for b in week] == [date(2026, 2, 24) + timedelta(days=i) for i in range(7)]
    assert [(b.correct, b.wrong) for b in week] == [(0, 0), (0, 0), (1, 0), (0, 0), (2, 0), (1, 2), (1, 0)]
    assert [b.accuracy_pct for b in week] == [None, None, 100.0, None, 100.0, 33.3, 100.0]
    weeks = report.buckets(14, 7)
    assert [(b.day, b.reviews, b.correct) for b in weeks] == [(date(2026, 2, 17), 0, 0), (date(2026, 2, 24), 7, 5)]
    assert weeks[1].study_minutes == round(91_000 / 60_000, 1)
    heat = report.buckets(365)
    assert len(heat) == 365 and sum(b.reviews for b in heat) == 8


def test_streak_survives_until_the_day_is_over(history):
    app = history.app
    app.clock.advance(days=1)  # 3 March, no review yet: the streak still counts to yesterday
    assert app.stats.report(history.ann).streak_days == 3
    app.clock.advance(days=1)  # 4 March: a day was missed
    assert app.stats.report(history.ann).streak_days == 0


def test_day_definition_is_exact_at_the_boundary(history):
    app = history.app
    days = StudyDays(utc_offset_minutes=60, day_start_hour=4)
    assert days.day_of(utc(2026, 3, 2, 2, 59, 59)) == date(2026, 3, 1)
    assert days.day_of(utc(2026, 3, 2, 3)) == date(2026, 3, 2)
    # Midnight UTC days instead: the 02:30 review moves to 2 March.
    report = app.stats.report(history.ann, days=StudyDays(utc_offset_minutes=0, day_start_hour=0))
    assert report.reviews_today == 2
    app.settings.set("day_start_hour", 25)
    with pytest.raises(InvalidInput, match="day_start_hour"):
        app.stats.report(history.ann)


def test_learners_are_kept_apart(history):
    bob = history.app.stats.report(history.bob).as_json()
    assert bob["reviews_total"] == 5 and bob["accuracy_pct"] == 0.0
    assert bob["retention_by_period"]["all_time"]["reviews"] == 5  # stability 100 before each
    ann = history.app.stats.report(history.ann).as_json()
    assert ann["reviews_total"] == 8


def test_a_new_learner_has_empty_figures(history):
    learner = history.app.learners.create("Cleo")
    data = history.app.stats.report(learner.id).as_json()
    assert (data["reviews_total"], data["accuracy_pct"], data["streak_days"], data["study_minutes"]) == (0, None, 0, 0.0)
    assert data["due_next_30_days"] == [0] * 30
    assert data["retention_pct"] is None and data["predicted_retention_pct"] is None
    assert [a["mastery_pct"] for a in data["articles"]] == [0.0, 0.0, None]
