"""FSRS scheduling of facts, and the choice of the form a fact is asked in.

Design
- The unit of memory is the *fact*: a learner has one ``FactState`` per fact, whichever question
  (form) asks it. A fact without a ``FactState`` row is new (fsrs 6 has no New state). The fsrs card
  id is the fact id. All times given to fsrs are ``timezone.utc`` exactly.
- Fuzzing is off: the same answers at the same times give the same schedule, so undo and tests are
  exact and a learner's forecast does not jitter.
- Rating without self-grading follows from correctness, near misses and the response time compared
  with what is quick or slow for the form: wrong -> Again; right with a typo, or slow -> Hard; right
  -> Good; right and quick in a form that needs recall (typed, cloze, ordering) -> Easy. Recognition
  forms (multiple choice, true/false) never give Easy: a guess can be right.
- The form follows the fact's memory: new and young facts are asked in recognition forms (multiple
  choice, true/false), growing ones as a cloze, and well-known ones as a typed answer with no help,
  so a fact gets harder to answer as it gets easier to remember. Among the questions that fit, the
  one asked least recently comes first, so the forms rotate.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from typing import Any

from fsrs import Card, Rating, Scheduler, State

from studyapp.core.clock import as_utc

AGAIN, HARD, GOOD, EASY = 1, 2, 3, 4

# Forms a question can be shown in.
CHOICE, TYPED, CLOZE, TRUEFALSE, ORDERING = "choice", "typed", "cloze", "truefalse", "ordering"
RECOGNITION_FORMS = (CHOICE, TRUEFALSE)

# (quick, slow) response times in ms for each form.
RESPONSE_TIMES = {CHOICE: (3_000, 12_000), TRUEFALSE: (2_500, 10_000), TYPED: (5_000, 20_000),
                  CLOZE: (5_000, 20_000), ORDERING: (10_000, 40_000)}

YOUNG_DAYS, MATURE_DAYS = 3.0, 21.0
MATURE_FORMS = (TYPED, CLOZE, ORDERING, CHOICE, TRUEFALSE)


@lru_cache(maxsize=16)
def scheduler(desired_retention: float) -> Scheduler:
    return Scheduler(desired_retention=desired_retention, enable_fuzzing=False)


def auto_rating(correct: bool, near_miss: bool, response_ms: int, form: str) -> int:
    if not correct:
        return AGAIN
    quick, slow = RESPONSE_TIMES.get(form, RESPONSE_TIMES[TYPED])
    if near_miss or response_ms > slow:
        return HARD
    if response_ms < quick and form not in RECOGNITION_FORMS:
        return EASY
    return GOOD


def card_from_row(fact_id: int, row: Any | None) -> Card:
    """The fsrs card of a ``FactState`` row (or of a snapshot dict); a new card when there is none."""
    if row is None:
        return Card(card_id=fact_id, state=State.Learning, step=0)
    get = row.get if isinstance(row, dict) else lambda name: getattr(row, name)
    due = get("due")
    last = get("last_review")
    return Card(card_id=fact_id, state=State(get("state")), step=get("step"), stability=get("stability"),
                difficulty=get("difficulty"), due=_utc(due), last_review=_utc(last) if last else None)


def review(card: Card, rating: int, now: datetime, desired_retention: float) -> Card:
    reviewed, _log = scheduler(desired_retention).review_card(card, Rating(rating), as_utc(now))
    return reviewed


def snapshot(row: Any | None) -> dict | None:
    """A ``FactState`` as JSON for ``ReviewLog.state_before`` (None for a new fact): exact, so that
    undo restores it to the microsecond."""
    if row is None:
        return None
    return {"state": row.state, "step": row.step, "stability": row.stability, "difficulty": row.difficulty,
            "due": _utc(row.due).isoformat(), "last_review": _utc(row.last_review).isoformat() if row.last_review else None,
            "reps": row.reps, "lapses": row.lapses}


def restore_values(saved: dict) -> dict:
    """Column values of a ``FactState`` from a snapshot."""
    return {"state": saved["state"], "step": saved.get("step"), "stability": saved.get("stability"),
            "difficulty": saved.get("difficulty"), "due": _utc(saved["due"]),
            "last_review": _utc(saved["last_review"]) if saved.get("last_review") else None,
            "reps": saved.get("reps", 0), "lapses": saved.get("lapses", 0)}


def _utc(value: datetime | str) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return as_utc(value)


def form_preferences(stability: float | None, typed_first: bool = False) -> tuple[str, ...]:
    """Forms in order of preference for a fact whose memory has ``stability`` days (None: new).
    ``typed_first`` (a setting) asks for recall from the first day, as Anki's typed answers do."""
    if typed_first:
        return MATURE_FORMS
    if stability is None or stability < YOUNG_DAYS:
        return (CHOICE, TRUEFALSE, CLOZE, ORDERING, TYPED)
    if stability < MATURE_DAYS:
        return (CLOZE, CHOICE, TYPED, ORDERING, TRUEFALSE)
    return MATURE_FORMS


def forms_of(kind: str, has_choices: bool) -> tuple[str, ...]:
    """The forms a question of ``kind`` can be shown in."""
    if kind == "short":
        return (CHOICE, TYPED) if has_choices else (TYPED,)
    if kind == "cloze":
        return (CLOZE, CHOICE) if has_choices else (CLOZE,)
    if kind == "truefalse":
        return (TRUEFALSE,)
    if kind == "ordering":
        return (ORDERING,)
    return ()  # matching pairs are for worksheets and class, not one-at-a-time study


def choose_form(questions: list[tuple[int, str, bool]], stability: float | None,
                last_asked: dict[int, datetime], typed_first: bool = False) -> tuple[int, str] | None:
    """Pick (question id, form) for a fact from its questions ``(id, kind, has_choices)``.

    The best-ranked form wins; between equally good choices the question asked least recently
    (never asked first) wins, so the forms of a fact rotate."""
    preferences = form_preferences(stability, typed_first)
    options = []
    for question_id, kind, has_choices in questions:
        for form in forms_of(kind, has_choices):
            rank = preferences.index(form)
            asked = last_asked.get(question_id)
            # A question asked last time drops two places, so the next review uses another form.
            recency = asked.timestamp() if asked else 0.0
            options.append((recency, rank, question_id, form))
    if not options:
        return None
    newest = max(o[0] for o in options)
    best = min(options, key=lambda o: (o[1] + (2 if newest and o[0] == newest else 0), o[0], o[2]))
    return best[2], best[3]
