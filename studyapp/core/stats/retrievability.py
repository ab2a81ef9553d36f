"""FSRS retrievability (probability of recall) without building ``fsrs.Card`` objects.

The formula is FSRS 6's, exactly as ``fsrs.Scheduler.get_card_retrievability`` computes it:
R = (1 + factor * t / S) ** decay, with decay = -w20, factor = 0.9 ** (1 / decay) - 1, and t the
whole days elapsed since the last review (fsrs counts whole days). A fact never reviewed has R = 0.
"""

from __future__ import annotations

from datetime import datetime
from typing import Sequence

from studyapp.core.clock import as_utc

MASTERED = 0.9  # a fact counts as mastered while the learner would recall it with this probability


def fsrs_parameters() -> tuple[float, ...]:
    from fsrs.scheduler import DEFAULT_PARAMETERS

    return tuple(DEFAULT_PARAMETERS)


class Retrievability:
    """R for many (stability, last review) pairs at one moment, with one set of FSRS parameters."""

    def __init__(self, parameters: Sequence[float] | None = None):
        params = tuple(parameters) if parameters is not None else fsrs_parameters()
        self.decay = -params[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def of(self, stability: float | None, last_review: datetime | None, now: datetime) -> float:
        if stability is None or last_review is None or stability <= 0:
            return 0.0
        elapsed_days = max(0, (as_utc(now) - as_utc(last_review)).days)
        return (1 + self.factor * elapsed_days / stability) ** self.decay

    def many(self, rows: Sequence[tuple[float | None, datetime | None]], now: datetime) -> list[float]:
        """R for each (stability, last_review) row; vectorised, for tens of thousands of facts."""
        import numpy

        if not rows:
            return []
        now = as_utc(now)
        stability = numpy.array([s if s is not None and s > 0 else numpy.nan for s, _ in rows], dtype=float)
        elapsed = numpy.array([max(0, (now - as_utc(t)).days) if t is not None else 0 for _, t in rows],
                              dtype=float)
        with numpy.errstate(invalid="ignore"):
            values = (1 + self.factor * elapsed / stability) ** self.decay
        return numpy.nan_to_num(values, nan=0.0).tolist()


def sql_elapsed_days(column, now: datetime, dialect: str):
    """Whole days from the timestamp ``column`` to ``now``, as fsrs counts them, in SQL."""
    from sqlalchemy import Float, Integer, cast, func, literal

    if dialect == "postgresql":
        return cast(func.floor(func.extract("epoch", literal(as_utc(now)) - column) / 86400), Integer)
    # SQLite: both sides through julianday(), so that equal times of day give exact whole days.
    stamp = literal(as_utc(now).strftime("%Y-%m-%d %H:%M:%S.%f"))
    return cast(func.julianday(stamp) - cast(func.julianday(column), Float), Integer)


def sql_retrievability(stability, last_review, now: datetime, dialect: str,
                       parameters: Sequence[float] | None = None):
    """R of a (stability, last review) row in SQL; written in the order of operations of fsrs, so
    that the value is the same double as ``Scheduler.get_card_retrievability``."""
    from sqlalchemy import case, func, literal

    model = Retrievability(parameters)
    elapsed = sql_elapsed_days(last_review, now, dialect)
    elapsed = case((elapsed > 0, elapsed), else_=0)
    return case((stability > 0, func.power(1 + literal(model.factor) * elapsed / stability, literal(model.decay))),
                else_=0.0)


def ensure_sql_power(dbapi_connection) -> None:
    """SQLite builds without the math functions get ``power`` from Python (slower, same result)."""
    import math
    import sqlite3

    if not isinstance(dbapi_connection, sqlite3.Connection):
        return
    try:
        dbapi_connection.execute("SELECT power(2.0, 0.5)").fetchone()
    except sqlite3.OperationalError:
        dbapi_connection.create_function("power", 2, math.pow, deterministic=True)
