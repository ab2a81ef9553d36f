"""What "a day" is for statistics: the learner's local calendar day, starting at a set hour.

A review at 01:30 local time counts for the day before when the day starts at 04:00 (Anki's
default, so that late-night study belongs to the evening it began in). Two program-wide settings
decide it: ``day_start_hour`` (0-23, default 4) and ``utc_offset_minutes`` (default: the computer's
time zone at the moment the statistics are computed). The offset is one fixed number for the whole
history: after a change to or from summer time, old reviews near the day boundary may move by an
hour. Stored times stay UTC; only the grouping uses the offset. Days that start on a whole quarter
of an hour (every real time zone) are summed from quarter-hour totals; any other offset is exact too
but reads the whole log (``StatsManager._activity``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from studyapp.core.clock import as_utc

DAY_START_HOUR = "day_start_hour"
UTC_OFFSET_MINUTES = "utc_offset_minutes"
DEFAULT_DAY_START_HOUR = 4


@dataclass(frozen=True)
class StudyDays:
    utc_offset_minutes: int = 0
    day_start_hour: int = DEFAULT_DAY_START_HOUR

    @property
    def shift_minutes(self) -> int:
        """Minutes to add to a UTC time so that its calendar date is the study day."""
        return self.utc_offset_minutes - 60 * self.day_start_hour

    def day_of(self, moment: datetime) -> date:
        return (as_utc(moment) + timedelta(minutes=self.shift_minutes)).date()

    def start_of(self, day: date) -> datetime:
        """The UTC moment the study day ``day`` begins."""
        return datetime.combine(day, time(0), tzinfo=timezone.utc) - timedelta(minutes=self.shift_minutes)


def local_offset_minutes(moment: datetime) -> int:
    offset = as_utc(moment).astimezone().utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60)


def study_days_for(app, now: datetime) -> StudyDays:
    """The day definition from the settings (see the module's docstring)."""
    from studyapp.core.errors import InvalidInput

    hour = app.settings.get(DAY_START_HOUR, DEFAULT_DAY_START_HOUR)
    offset = app.settings.get(UTC_OFFSET_MINUTES, None)
    if not isinstance(hour, int) or not 0 <= hour <= 23:
        raise InvalidInput(f"The setting {DAY_START_HOUR} must be an hour from 0 to 23, not {hour!r}.")
    if offset is None:
        offset = local_offset_minutes(now)
    elif not isinstance(offset, int) or not -16 * 60 <= offset <= 16 * 60:
        raise InvalidInput(f"The setting {UTC_OFFSET_MINUTES} must be minutes from -960 to 960, not {offset!r}.")
    return StudyDays(utc_offset_minutes=offset, day_start_hour=hour)
