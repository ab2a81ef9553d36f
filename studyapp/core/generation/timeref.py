"""Time expressions: what kind they are, and what absolute time they mean given the article's date.

Small explicit rules rather than a general date parser: they are fast (the generator runs them on
every date of every sentence) and predictable. "on Sunday" in a past-tense sentence of an article
dated 2023-05-07 (a Sunday) is 7 May 2023; "one year ago" is 2022; "later this month" is May 2023.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)
MONTH_INDEX = {m.lower(): i + 1 for i, m in enumerate(MONTHS)}
MONTH_INDEX.update({m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)})
MONTH_INDEX["sept"] = 9
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKDAY_INDEX = {d.lower(): i for i, d in enumerate(WEEKDAYS)}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "several": 3, "few": 3,
}
UNITS = ("second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "centuries")

_MONTH_RE = "(?:" + "|".join(m for m in MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
RE_YEAR = re.compile(rf"^(?:the\s+)?(?:(?:early|mid|late)[- ]?)?({_YEAR})(?:\s*(?:AD|CE|BC|BCE))?$", re.I)
RE_DECADE = re.compile(rf"^(?:the\s+)?(?:(?:early|mid|late)[- ]?)?((?:1[0-9]{{2}}|20[0-9])0)s$", re.I)
RE_MONTH = re.compile(rf"^(?:(?:early|mid|late)[- ]?)?({_MONTH_RE})(?:,?\s+({_YEAR}))?$", re.I)
RE_DATE_MDY = re.compile(rf"^({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+({_YEAR}))?$", re.I)
RE_DATE_DMY = re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_RE})(?:,?\s+({_YEAR}))?$", re.I)
RE_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
RE_WEEKDAY = re.compile(
    r"^(?:(?:last|this|next|on)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?:\s+(?:morning|afternoon|evening|night))?$", re.I)
_NUM = r"(?:\d[\d,.]*|" + "|".join(NUMBER_WORDS) + r")(?:[- ](?:" + "|".join(NUMBER_WORDS) + r"))?"
RE_DURATION = re.compile(
    rf"^(?:(?:about|around|nearly|almost|over|more than|less than|at least|some|the past|the last"
    rf"|the next|another)\s+)?(?:({_NUM})[- ]+)?(seconds?|minutes?|hours?|days?|weeks?|months?|years?"
    rf"|decades?|century|centuries)(?:\s+(?:and|or)\s+.*)?$", re.I)
RE_AGO = re.compile(rf"^(?:about\s+|nearly\s+|almost\s+|some\s+)?({_NUM})\s+(days?|weeks?|months?|years?|decades?)\s+ago$", re.I)
RE_REL = re.compile(
    r"^(?:(?:later|earlier|early|late)\s+(?:in\s+)?)?(last|this|next|past|coming)\s+(week|month|year)$", re.I)
RE_SIMPLE_REL = re.compile(r"^(today|yesterday|tomorrow|tonight)$", re.I)


def number_value(word: str) -> float | None:
    w = word.lower().replace(",", "")
    try:
        return float(w)
    except ValueError:
        pass
    total = 0
    for part in re.split(r"[- ]", w):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return float(total)


def time_kind(text: str) -> str:
    """year, decade, date, month, weekday, duration, relative or other."""
    t = text.strip()
    if RE_YEAR.match(t):
        return "year"
    if RE_DECADE.match(t):
        return "decade"
    if RE_DATE_MDY.match(t) or RE_DATE_DMY.match(t) or RE_ISO.match(t):
        return "date"
    if RE_MONTH.match(t):
        return "month"
    if RE_WEEKDAY.match(t):
        return "weekday"
    if RE_AGO.match(t) or RE_REL.match(t) or RE_SIMPLE_REL.match(t):
        return "relative"
    if RE_DURATION.match(t):
        return "duration"
    return "other"


@dataclass(frozen=True)
class Resolved:
    day: date  # the first day of the period when granularity is month or year
    granularity: str  # "day", "month" or "year"

    @property
    def display(self) -> str:
        if self.granularity == "day":
            return f"{MONTHS[self.day.month - 1]} {self.day.day}, {self.day.year}"
        if self.granularity == "month":
            return f"{MONTHS[self.day.month - 1]} {self.day.year}"
        return str(self.day.year)

    def accepted(self) -> list[str]:
        if self.granularity == "day":
            d = self.day
            return [self.display, f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat()]
        return [self.display]


def _shift_months(d: date, months: int) -> date:
    m = d.year * 12 + d.month - 1 + months
    return date(m // 12, m % 12 + 1, 1)


def resolve(text: str, published: date | None, future: bool = False) -> Resolved | None:
    """The absolute time ``text`` means in an article published on ``published``.

    ``future`` tells whether the sentence speaks of the future (it decides whether a bare weekday
    or month is the next or the last one). Explicit dates resolve without ``published``.
    """
    t = " ".join(text.strip().split())
    t = re.sub(r"^(?:on|in|at|during|since)\s+", "", t, flags=re.I)
    m = RE_YEAR.match(t)
    if m:
        return Resolved(date(int(m.group(1)), 1, 1), "year")
    m = RE_ISO.match(t)
    if m:
        try:
            return Resolved(date(int(m.group(1)), int(m.group(2)), int(m.group(3))), "day")
        except ValueError:
            return None
    m = RE_DATE_MDY.match(t) or RE_DATE_DMY.match(t)
    if m:
        if RE_DATE_MDY.match(t):
            mon, day, year = m.group(1), m.group(2), m.group(3)
        else:
            day, mon, year = m.group(1), m.group(2), m.group(3)
        month = MONTH_INDEX[mon.lower().rstrip(".")]
        if year is None:
            if published is None:
                return None
            y = published.year
            if not future and (month, int(day)) > (published.month, published.day):
                y -= 1
            year = y
        try:
            return Resolved(date(int(year), month, int(day)), "day")
        except ValueError:
            return None
    m = RE_MONTH.match(t)
    if m:
        month = MONTH_INDEX[m.group(1).lower().rstrip(".")]
        if m.group(2):
            return Resolved(date(int(m.group(2)), month, 1), "month")
        if published is None:
            return None
        y = published.year
        if not future and month > published.month:
            y -= 1
        if future and month < published.month:
            y += 1
        return Resolved(date(y, month, 1), "month")
    if published is None:
        return None
    m = RE_WEEKDAY.match(t)
    if m:
        target = WEEKDAY_INDEX[m.group(1).lower()]
        delta = (published.weekday() - target) % 7
        if t.lower().startswith("next") or (future and delta != 0):
            return Resolved(published + timedelta(days=(target - published.weekday()) % 7 or 7), "day")
        if t.lower().startswith("last") and delta == 0:
            delta = 7
        return Resolved(published - timedelta(days=delta), "day")
    m = RE_AGO.match(t)
    if m:
        n = int(number_value(m.group(1)) or 1)
        unit = m.group(2).lower().rstrip("s")
        if unit == "day":
            return Resolved(published - timedelta(days=n), "day")
        if unit == "week":
            return Resolved(published - timedelta(days=7 * n), "day")
        if unit == "month":
            return Resolved(_shift_months(published, -n), "month")
        years = n * (10 if unit == "decade" else 1)
        return Resolved(date(published.year - years, published.month, 1), "year")
    m = RE_REL.match(t)
    if m:
        which, unit = m.group(1).lower(), m.group(2).lower()
        step = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}[which]
        if unit == "month":
            return Resolved(_shift_months(published, step), "month")
        if unit == "year":
            return Resolved(date(published.year + step, 1, 1), "year")
        return Resolved(published + timedelta(days=7 * step), "day")
    m = RE_SIMPLE_REL.match(t)
    if m:
        step = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}[m.group(1).lower()]
        return Resolved(published + timedelta(days=step), "day")
    return None


def is_relative(text: str) -> bool:
    """True for expressions whose meaning depends on the article's date."""
    t = re.sub(r"^(?:on|in|at)\s+", "", " ".join(text.split()), flags=re.I)
    return bool(RE_AGO.match(t) or RE_REL.match(t) or RE_SIMPLE_REL.match(t) or RE_WEEKDAY.match(t)
                or (RE_MONTH.match(t) and not RE_MONTH.match(t).group(2)))


def as_of_text(published: date | None) -> str:
    """'as of May 2023', or 'according to the article' when the date is unknown."""
    if published is None:
        return "according to the article"
    return f"as of {MONTHS[published.month - 1]} {published.year}"
