"""FSRS retrievability (probability of recall) without building ``fsrs.Card`` objects.

The formula is FSRS 6's, exactly as ``fsrs.Scheduler.get_card_retrievability`` computes it:
R = (1 + factor * t / S) ** decay, with decay = -w20, factor = 0.9 ** (1 / decay) - 1, and t the
whole days elapsed since the last review (fsrs counts whole days). A fact never reviewed has R = 0.
"""

from __future__ import annotations

from typing import Sequence


def fsrs_parameters() -> tuple[float, ...]:
    from fsrs.scheduler import DEFAULT_PARAMETERS

    return tuple(DEFAULT_PARAMETERS)


class Retrievability:
    """R for many (stability, last review) pairs at one moment, with one set of FSRS parameters."""

    def __init__(self, parameters: Sequence[float] | None = None):
        params = tuple(parameters) if parameters is not None else fsrs_parameters()
        self.decay = -params[20]
        self.factor = 0.9 ** (1 / self.decay) - 1

    def of_arrays(self, stability, elapsed_days):
        """R for numpy arrays of stabilities and whole elapsed days (0 where stability is missing)."""
        import numpy

        stability = numpy.asarray(stability, dtype=float)
        elapsed = numpy.maximum(numpy.asarray(elapsed_days, dtype=float), 0)
        known = numpy.isfinite(stability) & (stability > 0)
        safe = numpy.where(known, stability, 1.0)
        return numpy.where(known, (1 + self.factor * elapsed / safe) ** self.decay, 0.0)


def sql_epoch_seconds(column, dialect: str):
    """Whole seconds since 1970 of a UTC timestamp column, in SQL (fractions of a second dropped)."""
    from sqlalchemy import BigInteger, Integer, cast, func

    if dialect == "postgresql":
        return cast(func.floor(func.extract("epoch", column)), BigInteger)
    import sqlite3

    # SQLite's date functions round to the millisecond (a due time of 03:59:59.9999 would count as
    # 04:00, the next study day): the fraction of the stored text is cut off first.
    whole_seconds = func.substr(column, 1, 19)
    if sqlite3.sqlite_version_info >= (3, 38, 0):
        return func.unixepoch(whole_seconds)  # the same as strftime's, without formatting text first
    return cast(func.strftime("%s", whole_seconds), Integer)
