"""Injected time. All stored times are UTC (``datetime.timezone.utc`` exactly, as fsrs requires)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    """A clock for tests and benchmarks: time moves only when told to."""

    def __init__(self, start: datetime):
        self._now = as_utc(start)

    def now(self) -> datetime:
        return self._now

    def advance(self, **delta: float) -> datetime:
        self._now += timedelta(**delta)
        return self._now

    def set(self, when: datetime) -> None:
        self._now = as_utc(when)


def as_utc(value: datetime) -> datetime:
    """Return ``value`` in UTC with the ``timezone.utc`` tzinfo; naive values are taken as UTC."""
    if value.tzinfo is None:
        return value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
