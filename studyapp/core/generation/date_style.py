"""How a date key is written (day before or after the month, "23rd", "of", a comma, "Nov." or
"November", "early 2024"), so that every wrong choice is written the same way: "June 23rd, 1757"
among "June 20, 1757" and "June 16, 1757" was the one choice with a suffix, "2 September, 1666" the
one with a comma, "Jan 1" the one short month beside "December 29" (eleventh reading)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from studyapp.core.generation import timeref

_MON = rf"(?P<mon>{timeref._MONTH_RE})"
_YEAR = r"(?P<year>1\d{3}|20\d{2})"
_DMY = re.compile(rf"^(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?P<of>\s+of)?\s+{_MON}(?:(?P<comma>,)?\s+{_YEAR})?$", re.I)
_MDY = re.compile(rf"^{_MON}\s+(?P<day>\d{{1,2}})(?P<ord>st|nd|rd|th)?(?:(?P<comma>,)?\s+{_YEAR})?$", re.I)
_MY = re.compile(rf"^{_MON}(?:(?P<comma>,)?\s+{_YEAR})?$", re.I)
_QY = re.compile(rf"^(?P<q>(?:early|mid|late)[- ]?){_YEAR}$", re.I)
_PLAIN_YEAR = re.compile(r"^(?:1\d{3}|20\d{2})$")


@dataclass(frozen=True)
class DateStyle:
    form: str  # "dmy" (2 September 1666), "mdy" (June 23, 1757), "my" (Nov. 2013) or "qy" (early 2024)
    ordinal: bool = False  # "23rd"
    of: bool = False  # "23rd of August"
    comma: bool = False  # "June 23, 1757"; "2 September, 1666"
    month: str = "full"  # "full", "abbr" ("Jan") or "abbr." ("Nov.")
    year: bool = True
    qualifier: str = ""  # "early ", "mid-"
    sept: bool = False  # the key writes September "Sept"

    def month_name(self, month: int) -> str:
        name = timeref.MONTHS[month - 1]
        if self.month == "full" or month == 5 or self.month == "abbr." and month in (3, 4, 6, 7):
            return name  # "May" is never shortened; "Nov." (news) style keeps March, April, June, July whole
        short = "Sept" if month == 9 and (self.sept or self.month == "abbr.") else name[:3]
        return short + "." if self.month == "abbr." and len(name) > len(short) else short

    def write(self, when: date) -> str:
        """``when`` written in this style (a day for "dmy"/"mdy", a month for "my", a year for "qy")."""
        if self.form == "qy":
            return f"{self.qualifier}{when.year}"
        mon = self.month_name(when.month)
        year = f"{',' if self.comma else ''} {when.year}" if self.year else ""
        if self.form == "my":
            return mon + year
        day = f"{when.day}{_suffix(when.day) if self.ordinal else ''}"
        if self.form == "mdy":
            return f"{mon} {day}{year}"
        return f"{day}{' of' if self.of else ''} {mon}{year}"


def _suffix(day: int) -> str:
    if 11 <= day % 100 <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _month_form(token: str) -> tuple[str, bool]:
    bare = token.rstrip(".")
    if bare.lower() in timeref.MONTH_INDEX and len(bare) > 4 or bare.lower() in ("june", "july", "may"):
        return "full", False
    return ("abbr." if token.endswith(".") else "abbr"), bare.lower() == "sept"


def style_of(key: str) -> DateStyle | None:
    """The style of a date, month or qualified year key, or None for anything else (a plain year
    is written one way only)."""
    text = " ".join(key.split())
    m = _QY.match(text)
    if m:
        return DateStyle("qy", qualifier=m.group("q"))
    for form, pattern in (("dmy", _DMY), ("mdy", _MDY), ("my", _MY)):
        m = pattern.match(text)
        if m:
            month, sept = _month_form(m.group("mon"))
            groups = m.groupdict()
            return DateStyle(form, ordinal=bool(groups.get("ord")), of=bool(groups.get("of")),
                             comma=bool(m.group("comma")), month=month, year=bool(m.group("year")), sept=sept)
    return None


def _parts(option: str) -> tuple[str, int | None, int | None, int | None] | None:
    """(precision, day, month, year) of a date, a month or a year as written, else None; a date
    without its year keeps None there ("December 29")."""
    text = " ".join(option.split())
    if _PLAIN_YEAR.match(text):
        return "year", None, None, int(text)
    for precision, pattern in (("day", _DMY), ("day", _MDY), ("month", _MY)):
        m = pattern.match(text)
        if m:
            month = timeref.MONTH_INDEX.get(m.group("mon").lower().rstrip("."))
            day = int(m.group("day")) if precision == "day" else None
            year = int(m.group("year")) if m.group("year") else None
            if month is None or day is not None and not 1 <= day <= 31:
                return None
            return precision, day, month, year
    return None


def restyler(key: str) -> Callable[[str], str] | None:
    """A function writing an option in ``key``'s style when it means a time of the key's precision
    ("20 June 1757" -> "June 20th, 1757" for the key "June 23rd, 1757"); other options ("late 2021",
    "the summer of 1757", a date without the year the key states) are returned as they are. None
    when the key has no style to follow (a plain year is written one way only)."""
    style = style_of(key)
    if style is None:
        return None
    wanted = {"dmy": "day", "mdy": "day", "my": "month", "qy": "year"}[style.form]

    def restyle(option: str) -> str:
        parts = _parts(option)
        if parts is None or parts[0] != wanted or style.year != (parts[3] is not None):
            return option  # a year is neither added nor dropped: "April 15, 2019" is no "Apr 15"
        _, day, month, year = parts
        try:
            return style.write(date(year or 2000, month or 1, day or 1))  # 2000: a leap year, for "February 29"
        except ValueError:
            return option
    return restyle
