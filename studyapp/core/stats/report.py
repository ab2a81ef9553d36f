"""The figures of a learner's progress, as plain data: the core computes them, the window draws them
and ``studyapp stats --json`` prints them.

Definitions (the README repeats them):
- A *review* is any answer in the learner's log, counted for scheduling or not (a practice run is
  still study). Accuracy is the share of reviews answered right.
- *Study time* sums the response times, each capped at ``ANSWER_TIME_CAP_MS`` (Anki's default cap),
  so that a learner who walked away from a question does not add an hour.
- A review is of a *mature* fact when it counted for scheduling and the fact's FSRS stability just
  before it was at least ``MATURE_DAYS`` days. *True retention* (Anki's name) is the share of those
  reviews answered right; the *predicted retention* ("recall now") is the mean FSRS retrievability,
  now, of every fact the learner has reviewed, where a fact not answered right since its last lapse
  counts 0 (fsrs counts whole days: a fact answered wrong today would otherwise count 100 %).
- A fact is *mastered* when its recall now is above the learner's retention target.
- *Due now* is ``StudyManager.counts``'s figure, the one the study header and the command line show.
- The *streak* is the number of consecutive study days with at least one review, ending today, or
  ending yesterday while today has no review yet (the streak is not lost before the day is over).
- Days are study days (``studyapp.core.stats.days``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from studyapp.core.stats.days import StudyDays

# These two are also written into the review_slot triggers (revision 0004): changing one needs a
# new revision that recreates them and refills the table (tests/core/stats/test_review_slots.py
# compares the slots with these definitions).
ANSWER_TIME_CAP_MS = 60_000
MATURE_DAYS = 21.0
FORECAST_DAYS = 30
RETENTION_PERIODS = (("today", 1), ("yesterday", 1), ("last_7_days", 7), ("last_30_days", 30),
                     ("last_365_days", 365), ("all_time", None))


def percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


@dataclass(frozen=True)
class Activity:
    """Review counts of one study day, or summed over several (a bucket of a chart)."""

    day: date
    reviews: int = 0
    correct: int = 0
    study_ms: int = 0
    mature: int = 0
    mature_correct: int = 0

    @property
    def wrong(self) -> int:
        return self.reviews - self.correct

    @property
    def accuracy_pct(self) -> float | None:
        return percent(self.correct, self.reviews)

    @property
    def retention_pct(self) -> float | None:
        return percent(self.mature_correct, self.mature)

    @property
    def study_minutes(self) -> float:
        return round(self.study_ms / 60_000, 1)

    def plus(self, other: "Activity") -> "Activity":
        return Activity(self.day, self.reviews + other.reviews, self.correct + other.correct,
                        self.study_ms + other.study_ms, self.mature + other.mature,
                        self.mature_correct + other.mature_correct)


@dataclass(frozen=True)
class ArticleMastery:
    article_id: int
    title: str
    n_facts: int  # facts with at least one active question
    n_mastered: int  # of those, facts recalled since their last lapse with recall now above the target

    @property
    def mastery_pct(self) -> float | None:
        return percent(self.n_mastered, self.n_facts)

    def as_json(self) -> dict:
        return {"article_id": self.article_id, "title": self.title, "mastery_pct": self.mastery_pct,
                "facts": self.n_facts, "mastered": self.n_mastered}


@dataclass(frozen=True)
class WeakFact:
    fact_id: int
    article_id: int
    article_title: str
    prompt: str
    answer: str
    lapses: int
    reps: int
    recall: float  # FSRS retrievability now, 0-1

    def as_json(self) -> dict:
        return {"fact_id": self.fact_id, "article_id": self.article_id, "article_title": self.article_title,
                "prompt": self.prompt, "answer": self.answer, "lapses": self.lapses, "reps": self.reps,
                "recall_pct": round(100 * self.recall, 1)}


@dataclass
class ProgressReport:
    learner_id: int
    learner: str
    now: datetime
    days: StudyDays
    activity: list[Activity]  # study days with at least one review, oldest first
    due_by_day: list[int]  # FORECAST_DAYS counts; the first includes every overdue fact
    due_now: int  # StudyManager.counts(...).due: what the study header shows
    predicted_retention: float | None  # mean retrievability (0-1) of the reviewed facts
    facts_reviewed: int
    articles: list[ArticleMastery] = field(default_factory=list)
    weakest: list[WeakFact] = field(default_factory=list)

    @property
    def today(self) -> date:
        return self.days.day_of(self.now)

    @property
    def total(self) -> Activity:
        result = Activity(self.today)
        for day in self.activity:
            result = result.plus(day)
        return result

    def period(self, first: date | None, last: date) -> Activity:
        """The activity summed over the study days ``first``..``last`` (None: since the beginning)."""
        result = Activity(first or last)
        for day in self.activity:
            if (first is None or day.day >= first) and day.day <= last:
                result = result.plus(day)
        return result

    def buckets(self, n_days: int, bucket_days: int = 1) -> list[Activity]:
        """The last ``n_days`` up to today in buckets of ``bucket_days`` (the last bucket ends today),
        every bucket present even without reviews: the series a chart draws."""
        n_buckets = -(-n_days // bucket_days)
        first = self.today - timedelta(days=n_buckets * bucket_days - 1)
        result = [Activity(first + timedelta(days=i * bucket_days)) for i in range(n_buckets)]
        for day in self.activity:
            index = (day.day - first).days // bucket_days
            if 0 <= index < n_buckets:
                result[index] = result[index].plus(day)
        return result

    @property
    def reviews_today(self) -> int:
        return self.period(self.today, self.today).reviews

    @property
    def streak_days(self) -> int:
        studied = {day.day for day in self.activity if day.reviews}
        day = self.today if self.today in studied else self.today - timedelta(days=1)
        streak = 0
        while day in studied:
            streak += 1
            day -= timedelta(days=1)
        return streak

    def retention_by_period(self) -> dict[str, Activity]:
        today = self.today
        ranges = {"today": (today, today), "yesterday": (today - timedelta(days=1), today - timedelta(days=1))}
        for name, length in RETENTION_PERIODS:
            if name not in ranges:
                ranges[name] = (today - timedelta(days=length - 1) if length else None, today)
        return {name: self.period(*ranges[name]) for name, _ in RETENTION_PERIODS}

    @property
    def retention_pct(self) -> float | None:
        """True retention over the last 30 study days."""
        return self.retention_by_period()["last_30_days"].retention_pct

    @property
    def predicted_retention_pct(self) -> float | None:
        return None if self.predicted_retention is None else round(100 * self.predicted_retention, 1)

    def as_json(self) -> dict:
        total = self.total
        periods = self.retention_by_period()
        return {
            "learner": self.learner,
            "learner_id": self.learner_id,
            "now": self.now.isoformat(),
            "today": self.today.isoformat(),
            "day_starts": self.days.start_of(self.today).isoformat(),
            "reviews_total": total.reviews,
            "correct_total": total.correct,
            "reviews_today": self.reviews_today,
            "accuracy_pct": total.accuracy_pct,
            "due_now": self.due_now,
            "due_today": self.due_by_day[0],
            "due_next_30_days": list(self.due_by_day),
            "retention_pct": self.retention_pct,
            "predicted_retention_pct": self.predicted_retention_pct,
            "retention_by_period": {name: {"reviews": a.mature, "correct": a.mature_correct,
                                           "retention_pct": a.retention_pct} for name, a in periods.items()},
            "streak_days": self.streak_days,
            "study_days": sum(1 for day in self.activity if day.reviews),
            "study_minutes": total.study_minutes,
            "facts_reviewed": self.facts_reviewed,
            "articles": [article.as_json() for article in self.articles],
            "weakest_facts": [fact.as_json() for fact in self.weakest],
        }
