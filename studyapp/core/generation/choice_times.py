"""Wrong choices for a year or a decade keep the key's order to the other times its sentence names:
"During the 1860s and _____ ... forcing Korea to open ... in 1876" rules out the 1880s, and
"protests of 1919 continued until _____" rules out 1916. A choice that starts before a time of the
sentence where the key starts after it (or the other way round) is an impossible date."""

from __future__ import annotations

import re
from collections.abc import Callable

# A year (1000-2099) or a decade ("1870s", "1870's"), not inside a longer number.
_TIME = re.compile(r"(?<![\d,.])(1\d{3}|20\d{2})(?!\d|[,.]\d)(?:['’]?s\b)?")


def _span(text: str) -> tuple[int, int] | None:
    """The years a year or a decade covers ("1870s": 1870-1879), or None."""
    m = _TIME.fullmatch(text.strip())
    if not m:
        return None
    year = int(m.group(1))
    return (year, year + 9) if text.strip().endswith("s") and year % 10 == 0 else (year, year)


def _order(a: tuple[int, int], b: tuple[int, int]) -> int:
    """-1: ``a`` starts before ``b``; 1: after; 0: the same year. By the start: "the 1870s" come
    before "1876" (expeditions of the 1870s forcing an opening in 1876), and "1895" may follow them."""
    return -1 if a[0] < b[0] else 1 if a[0] > b[0] else 0


def order_keeper(key: str, sentence: str | None) -> Callable[[str], bool] | None:
    """A test an option of a year or decade key must pass: the same order as the key to every other
    year or decade the sentence names. None when the key is no year or decade, or the sentence names
    no other."""
    span = _span(key)
    if span is None or not sentence:
        return None
    others: list[tuple[int, int]] = []
    skipped = False
    for m in _TIME.finditer(sentence):
        found = _span(m.group())
        if found is None:
            continue
        if found == span and not skipped:
            skipped = True  # the key's own place in the sentence
            continue
        others.append(found)
    if not others:
        return None
    wanted = [_order(span, o) for o in others]

    def keeps(option: str) -> bool:
        own = _span(option)
        return own is None or all(w == 0 or _order(own, o) == w for o, w in zip(others, wanted))
    return keeps


_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _unit_ranges() -> dict[str, tuple[float, float]]:
    """Spelling of a unit -> its natural range, from data/choices/units.tsv (third column)."""
    from studyapp.core.generation.choice_amounts import _DATA

    out: dict[str, tuple[float, float]] = {}
    for line in (_DATA / "choices" / "units.tsv").read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("#") or len(cols) < 3 or ".." not in cols[2]:
            continue
        low, high = (float(x) for x in cols[2].split(".."))
        for spelling in (cols[0], *cols[1].split("|")):
            if spelling:
                out[spelling.lower()] = (low, high)
    return out


_RANGES = _unit_ranges()


def range_keeper(key: str, sentence: str | None) -> Callable[[str], bool] | None:
    """A test an amount's option must pass when the sentence writes the key with a unit of natural
    range ("a 7.6 magnitude quake", "magnitude 7.6"): its value within that range. Else None."""
    if not sentence or not _NUMBER.fullmatch(key.strip()):
        return None
    at = sentence.find(key)
    if at < 0:
        return None
    after = re.match(r"[\s-]*([A-Za-z]+(?:\s+[A-Za-z]+)?)", sentence[at + len(key):])
    before = re.search(r"([A-Za-z]+(?:\s+[A-Za-z]+)?)[\s-]*$", sentence[:at])
    found = None
    for m in (after, before):
        if m is None:
            continue
        words = m.group(1).lower().split()
        for k in (2, 1):  # "moment magnitude" before "magnitude"
            name = " ".join(words[:k] if m is after else words[-k:])
            if name in _RANGES:
                found = _RANGES[name]
                break
        if found:
            break
    if found is None:
        return None
    low, high = found

    def within(option: str) -> bool:
        m = _NUMBER.fullmatch(option.strip())
        return m is None or low <= float(m.group()) <= high
    return within


_LOW_END = re.compile(r"(?:^|\s)(\d[\d,]*(?:\.\d+)?)\s*(?:to|-|–|and)\s*_____")
_HIGH_END = re.compile(r"_____\s*(?:to|-|–)\s*(\d[\d,]*(?:\.\d+)?)")
_LEADING = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _leading(text: str) -> float | None:
    m = _LEADING.match(text.strip())
    return float(m.group().replace(",", "")) if m else None


def span_keeper(cloze: str) -> Callable[[str], bool] | None:
    """For an amount at one end of a span ("16 to _____", "between 3 and _____", "_____ to 40"), a
    test that an option lies on the right side of the other end ("16 to 11 million" is no span).
    Years are left to the order of times (``order_keeper``)."""
    low, high = _LOW_END.search(cloze), _HIGH_END.search(cloze)
    if low is None and high is None:
        return None
    bound_low = float(low.group(1).replace(",", "")) if low else None
    bound_high = float(high.group(1).replace(",", "")) if high else None

    def fits(option: str) -> bool:
        value = _leading(option)
        if value is None:
            return True
        return (bound_low is None or value > bound_low) and (bound_high is None or value < bound_high)
    return fits
