"""Wrong choices for times and amounts: near years, shifted dates, varied numbers, and the value a
time or an amount means however it is written (one value is one choice)."""

from __future__ import annotations

import functools
import math
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from studyapp.core.generation import timeref

_NUM_IN = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(
    w for w in timeref.NUMBER_WORDS if w not in ("a", "an", "several", "few")) + r")\b", re.I)
_WORDS_FOR = {v: k for k, v in timeref.NUMBER_WORDS.items() if k not in ("a", "an", "several", "few")}
_UNIT_SWAP = {"years": ["months", "decades", "weeks"], "decades": ["years", "centuries", "months"],
              "months": ["weeks", "years", "days"], "weeks": ["days", "months", "years"],
              "days": ["weeks", "hours", "months"], "centuries": ["decades", "years", "millennia"],
              "hours": ["minutes", "days", "weeks"], "week": ["month", "year", "day"],
              "month": ["week", "year", "day"], "year": ["month", "decade", "week"]}


_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion|per ?cent)\b|[$€£¥%]", re.I)


_YEAR4 = re.compile(r"\b\d{4}\b")


def _unit(s: str) -> str:
    words = re.findall(r"[A-Za-z]+", s)
    return words[-1].lower().rstrip("s") if words else ""


@functools.lru_cache(maxsize=65536)
def _marks(s: str) -> frozenset[str]:
    """Currency signs, per cent and scale words: the visible units of an amount."""
    return frozenset("%" if m[:1] in "pP" else m.lower() for m in _SCALE.findall(s))  # "24 per cent" is "24%"


@functools.lru_cache(maxsize=65536)
def _residue(s: str) -> str:
    """What an amount says besides its number: "about #", "# °f"."""
    return " ".join(_NUM_IN.sub("#", s).lower().split())


@functools.lru_cache(maxsize=65536)
def _roundness(s: str) -> bool | None:
    """Whether an amount of four digits or more is round (ends in 00); None for smaller ones."""
    m = re.search(r"\d[\d,]*", s)
    digits = m.group().replace(",", "") if m else ""
    return digits.endswith("00") if len(digits) >= 4 else None


@functools.lru_cache(maxsize=65536)
def _grouping(s: str) -> bool | None:
    """Whether an amount of four digits or more writes its thousands with commas; None for smaller ones."""
    m = re.search(r"\d[\d,]*", s)
    if not m or len(m.group().replace(",", "")) < 4:
        return None
    return "," in m.group()


def _over_100(option: str) -> bool:
    value = _first_amount(option)
    return value is not None and value > 100


def _format_number(value: float, like: str) -> str:
    if like.lower() in timeref.NUMBER_WORDS and int(value) in _WORDS_FOR and value == int(value):
        word = _WORDS_FOR[int(value)]
        return word.capitalize() if like[:1].isupper() else word
    if "." in like:
        decimals = len(like.split(".")[-1])
        return f"{value:,.{decimals}f}" if "," in like else f"{value:.{decimals}f}"
    if "," in like or value >= 10000 and "," in like:
        return f"{int(round(value)):,}"
    return str(int(round(value)))


def _number_steps(n: float, key_word: str, decade: bool = False, coarse: bool = False,
                  year_like: bool = True) -> list[float]:
    if decade:
        return [n - 10, n + 10, n - 20, n + 20, n - 30]
    if n == int(n) and 1000 <= n <= 2100 and key_word.isdigit() and year_like:
        return [n - 5, n + 5, n - 3, n + 3, n - 1, n + 1, n - 10, n + 10]  # near years before far ones
    if n == int(n) and n <= 12 and coarse:
        return [c for c in (n * 2, n + 5, n * 3, n // 2, n + 10) if c > 0 and c != n]
    if n == int(n) and n <= 12:
        # The last ones serve when the first are used up: a wrong choice serves at most a quarter of
        # an article's facts, and an article of small counts ("four acyl chains", "two subunits") had
        # lost a fact for want of another neighbour.
        cands = [n + 1, n - 1, n + 2, n + 3, n - 2, n + 4, n * 2, n + 5, n - 3, n + 6]
        return list(dict.fromkeys(c for c in cands if c > 0))
    digits = len(str(int(n)))
    sig = len(str(int(n)).rstrip("0")) or 1
    # A key of one figure and zeros ("1,000") is rounded one place finer: to thousands, half of
    # 1,000 would round to nothing and one and a half to 2,000.
    precision = max(0, digits - max(sig, 1) - (1 if sig == 1 and digits >= 3 else 0))
    if not precision and n == int(n) or n != int(n) and len(key_word.replace(".", "").strip("0")) > 1:
        return _uneven_steps(n)  # not "0.1": one digit has too few neighbours to take uneven steps
    out = []
    for f in (0.5, 1.5, 2.0, 0.75, 1.25, 3.0, 0.25):
        v = n * f
        if precision:
            v = round(v, -precision)
        if n != int(n):
            v = round(n * f, 2)
        if v:
            out.append(v)
    return out


# Not simple ratios of each other or of 1: with x0.5, x1.5 and x2, the key of "2,544,454" was the one
# number the three wrong ones (1,272,227, 3,816,681, 5,088,908) were multiples of.
_UNEVEN = (0.62, 1.37, 1.8, 0.83, 1.21, 2.3, 0.47)


def _uneven_steps(n: float) -> list[float]:
    """Wrong amounts for a precise amount ("2,544,454", "31.4"): uneven factors, rounded as finely
    as the key; a whole key keeps a last digit other than 0, so no choice looks rounder than it."""
    out = []
    for f in _UNEVEN:
        if n != int(n):
            out.append(round(n * f, 4))
            continue
        v = int(round(n * f))
        if v % 10 == 0:
            v += 1
        if v > 0 and v != n:
            out.append(float(v))
    return out


_HEDGE = re.compile(r"\b(?:approximately|about|around|nearly|almost|some|over|roughly|more than|less than|"
                    r"at least|up to)\b|%|percent", re.I)


@functools.lru_cache(maxsize=65536)
def _vary_number(key: str, percent: bool = False) -> tuple[str, ...]:
    """Wrong amounts for ``key``. An approximate amount or a share ("about 10", "12%") moves by
    steps a reader can tell apart: 11 beside "approximately 10" would be a second right answer."""
    m = _NUM_IN.search(key)
    if not m:
        return ()
    word = m.group()
    value = timeref.number_value(word)
    if value is None or word.lower() in _SCALE_WORDS:
        return ()  # "several hundred": "several fifty" is no amount
    out = []
    decade = key[m.end():m.end() + 1] == "s" and value % 10 == 0  # "the 1880s" moves by decades
    coarse = percent or bool(_HEDGE.search(key))
    # "about 2,000" or "1,600 ships" is an amount, not a year: it moves by its rounding (1,000 or
    # 3,000), not by years (1,995 beside "about 2,000" would be a second right answer).
    year_like = "," not in word and not coarse
    for v in _number_steps(value, word.replace(",", ""), decade, coarse, year_like):
        if "," in word and v < 1000 and value % 10:
            continue  # "1,581" beside "981": the one figure without a comma ("1,000" may have "500")
        option = key[:m.start()] + _format_number(v, word) + key[m.end():]
        out.append(_ONE_UNITS.sub(r"\1 \2", option))  # "one month", not "one months"
    return tuple(out)


_SCALE_WORDS = frozenset(("hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                          "billions", "dozen", "dozens"))
_ONE_UNITS = re.compile(r"\b([Oo]ne|1) (second|minute|hour|day|week|month|year|decade|century|mile|meter|metre|foot"
                        r"|person|point|time)s\b")


@functools.lru_cache(maxsize=65536)
def _first_amount(s: str) -> float | None:
    """The value of the first number in ``s`` ("about 1,200 people" -> 1200)."""
    m = _NUM_IN.search(s)
    return timeref.number_value(m.group()) if m else None


def _same_magnitude(key: str, option: str) -> bool:
    """400,000 with 250,000, not with 2.43; 112 with 80 or 300, not with 14 or 600."""
    a, b = _first_amount(key), _first_amount(option)
    if not a or not b:
        return True
    return 0.25 <= b / a <= 4


def _vary_units(key: str) -> list[str]:
    words = key.split()
    last = words[-1].lower() if words else ""
    return [" ".join([*words[:-1], u]) for u in _UNIT_SWAP.get(last, [])]


def _vary_time(key: str, atype: str, published: date | None, limit: date | None) -> list[str]:
    """Near times of the key's kind, none after ``limit`` (the latest day a wrong choice may name)."""
    kind = timeref.time_kind(key)
    res = timeref.resolve(key, published)
    if kind == "weekday":
        m = re.search(r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday", key, re.I)
        if not m:
            return []
        i = timeref.WEEKDAY_INDEX[m.group().lower()]
        return [key[:m.start()] + timeref.WEEKDAYS[(i + d) % 7] + key[m.end():] for d in (-1, -2, 1, -3, 2, 3)]
    if kind == "month" and res is not None:
        m = re.search(r"[A-Z][a-z]+\.?", key)
        out = []
        for d in (-1, -2, 1, -3, 2, -4, 3, 4):
            mm = timeref._shift_months(res.day, d)
            if limit and mm > limit:
                continue
            text = timeref.MONTHS[mm.month - 1] if not re.search(r"\d{4}", key) else f"{timeref.MONTHS[mm.month - 1]} {mm.year}"
            if m and not re.search(r"\d{4}", key):
                text = key[:m.start()] + text + key[m.end():]
            out.append(text)
        return out
    if kind == "date" and res is not None:
        out = []
        for d in (-3, -7, 4, -14, 10, -30, 20, -60):
            dd = res.day + timedelta(days=d)
            if limit and dd > limit:
                continue
            if re.match(r"^\d{4}-\d{2}-\d{2}$", key):
                out.append(dd.isoformat())
            elif re.match(r"^\d", key):
                out.append(f"{dd.day} {timeref.MONTHS[dd.month - 1]}" + (f" {dd.year}" if re.search(r"\d{4}", key) else ""))
            else:
                out.append(f"{timeref.MONTHS[dd.month - 1]} {dd.day}" + (f", {dd.year}" if re.search(r"\d{4}", key) else ""))
        return out
    if kind in ("year", "decade", "duration", "relative") or atype in ("year", "duration", "relative"):
        return _vary_number(key) or _vary_units(key)
    return []


_MONTH = re.compile(r"\b" + timeref._MONTH_RE + r"(?![A-Za-z])", re.I)  # "May", "Sept.", not "Mayor"


def _month_in(s: str) -> str | None:
    m = _MONTH.search(s)
    return m.group()[:3].lower() if m else None


def _after(option: str, published: date | None, limit: date | None) -> bool:
    """True when ``option`` names a time that begins after ``limit`` ("2027" for an article of 2023)."""
    if limit is None:
        return False
    res = timeref.resolve(option, published)
    return res is not None and res.day > limit


# An undated article about a time this close to the day it was imported may have been written soon
# after it: a later wrong choice may lie after the article's own date.
_RECENT_YEARS = 5


def time_limit(key: str, published: date | None, not_after: date | None) -> date | None:
    """The latest day a wrong choice for a time ``key`` may name in a sentence about the past: the
    article's date, else the day it was imported ("2027 / 2028" beside a 2022 flood was offered for a
    pasted page). An undated article's recent time (within ``_RECENT_YEARS`` of that day) gets only
    earlier wrong choices: "2025" beside the floods of 2022 in a page written in 2022 is a future
    year. None when the key itself lies later: the sentence then speaks of what was planned."""
    limit = not_after or published
    if limit is None:
        return None
    res = timeref.resolve(key, published)
    if res is not None and res.day > limit:
        return None
    if published is None and res is not None and res.day.year >= limit.year - _RECENT_YEARS:
        return res.day
    return limit


_DATA = Path(__file__).resolve().parent / "data"
_VALUED_TIMES = frozenset(("year", "date", "month", "decade"))
_SCALE_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@functools.lru_cache(maxsize=1)
def _unit_spellings() -> tuple[tuple[str, str], ...]:
    """(spelling, unit) from data/choices/units.tsv, longest spelling first."""
    pairs: list[tuple[str, str]] = []
    for line in (_DATA / "choices" / "units.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            unit, *spellings = line.split("\t")
            pairs += [(unit, unit), *((sp, unit) for sp in (spellings[0].split("|") if spellings else ()) if sp)]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


def _unit_after(text: str) -> str:
    """The unit a text starts with ("kilometres of road" -> "km"), else its first word."""
    for spelling, unit in _unit_spellings():
        if text.startswith(spelling) and (len(text) == len(spelling) or not text[len(spelling)].isalnum()
                                          or not spelling[-1:].isalnum()):
            return unit
    return text.split()[0] if text.split() else ""


@functools.lru_cache(maxsize=65536)
def value_of(option: str, atype: str, published: date | None = None) -> tuple[Any, ...] | None:
    """What a time or an amount means, however written: "June 25, 1950", "June 25th, 1950" and
    "25 June 1950" are one day; "5 km" and "five kilometres" one length. None for anything else."""
    if atype in _VALUED_TIMES:
        res = timeref.resolve(option, published)
        return ("time", res.day, res.granularity) if res is not None else None
    if atype not in _AMOUNTS and atype != "duration":
        return None
    low = " ".join(option.lower().split())
    found = list(_NUM_IN.finditer(low))
    numbers = [timeref.number_value(m.group()) for m in found]
    if not found or None in numbers:
        return None
    rest = low[found[-1].end():].lstrip()
    words = rest.split()
    if words and words[0] in _SCALE_VALUES:
        numbers = [n * _SCALE_VALUES[words[0]] for n in numbers]  # type: ignore[operator]
        rest = rest[len(words[0]):].lstrip()
    before = low[:found[0].start()]
    symbol = next((u for sp, u in _unit_spellings() if not sp[-1:].isalnum() and before.endswith(sp)), "")
    return ("amount", tuple(round(n, 6) for n in numbers), symbol or _unit_after(rest))  # type: ignore[arg-type]


# A year key's wrong choices: the article's years this close to it, another article's (and made ones)
# this close. Hubble's 1995 beside 1985, before Hubble flew, is wrong unless the article names 1985.
_ARTICLE_YEAR_SPAN = 25
_NEAR_YEARS = 5


def _years_apart(key: str, option: str) -> float:
    """Years between two year keys ("1995", "1990s"), infinite when one is no year."""
    a, b = _YEAR4.search(key), _YEAR4.search(option)
    return abs(int(a.group()) - int(b.group())) if a and b else math.inf


_AMOUNTS = frozenset(("number", "quantity", "money", "percent"))


def _like_amount(key: str, options: Any) -> Any:
    """Amounts of the key's size and form: a range with ranges, a single amount with single ones."""
    ranged = "–" in key or " to " in key
    return (o for o in options if _vary_number(o) and ranged == ("–" in o or " to " in o) and _same_magnitude(key, o))
