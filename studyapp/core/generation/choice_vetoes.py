"""Tests that a wrong choice would answer the question too: it stands in the prompt, the article
puts the key inside it, it is listed with the key, or it falls outside the range the prompt gives."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from studyapp.core.generation.candidate import norm


_SQUASH = re.compile(r"[^\w\s]")


def _contains(haystack: str, needle: str) -> bool:
    """Does ``haystack`` contain ``needle`` as whole words, however punctuated ("C.D.s", "CDs")?"""
    n = norm(needle)
    if not n:
        return False
    if f" {n} " in f" {norm(haystack)} ":
        return True
    squashed = _squashed(needle)
    return bool(squashed) and f" {squashed} " in f" {_squashed(haystack)} "


@functools.lru_cache(maxsize=65536)
def _squashed(s: str) -> str:
    """Lower case without punctuation: "C.D.s" is "cds" (the same prompts are searched many times)."""
    return " ".join(_SQUASH.sub("", s.lower()).split())


_LEAD_IN = re.compile(r"(?:,|\bin|\bof)\s+(?:the\s+)?(?:\w+\s+of\s+)?$")


def _inside(text: str, key: str, option: str) -> bool:
    """Does the article put place ``key`` inside ``option`` ("Rotterdam, South Holland", "Beyoğlu
    in Istanbul", "the Gulf of Bothnia in the Baltic Sea")? Then the option is right too."""
    if option not in text:
        return False
    k = text.find(key)
    while k >= 0:
        after = k + len(key)
        window = text[after:after + 120 + len(option) + 20]
        j = window.find(option)
        while j >= 0:
            before = window[:j]
            if "." not in before and ";" not in before and _LEAD_IN.search(before):
                return True
            j = window.find(option, j + 1)
        k = text.find(key, after)
    return False


_RANGE_GAP = re.compile(r"\b(?:[Ff]rom|[Bb]etween|[Ss]ince)\s+_____\s+(?:to|and|until|till|through)\s+\D{0,12}(\d{4})\b"
                        r"|\b(?:[Ff]rom|[Bb]etween)\s+\D{0,12}(\d{4})\s+(?:to|and|until|till|through)\s+_____")


_RANGE_WORDS = ("from", "between", "since", "to", "and", "until", "till", "through")


def _range_check(cloze: str) -> Callable[[str], bool] | None:
    """For "From _____ to January 2008", a test that a choice does not begin in 2012 (None when the
    gap is no end of a range)."""
    gap = cloze.find("_____")
    if gap < 0 or not cloze[max(0, gap - 12):gap].rstrip().lower().endswith(_RANGE_WORDS):
        return None  # the cheap test first: the gap follows none of the words a range needs
    m = _RANGE_GAP.search(cloze)
    if not m:
        return None

    def fits(option: str) -> bool:
        year = _YEAR_IN_OPTION.search(option)
        if not year:
            return True
        if m.group(1):
            return int(year.group(1)) <= int(m.group(1))
        return int(year.group(1)) >= int(m.group(2))
    return fits


_LIST_SPLIT = re.compile(r",|\band\b|\bor\b|&")


def _listed_with(sentence: str, key: str, option: str) -> bool:
    """Are ``key`` and ``option`` names of one list in ``sentence`` ("cited David Rioch, Francis
    O. Schmitt, and Stephen Kuffler"): the option would answer too."""
    a, b = sentence.find(key), sentence.find(option)
    if a < 0 or b < 0:
        return False
    between = sentence[a + len(key):b] if a < b else sentence[b + len(option):a]
    if len(between) >= 80:
        return False
    parts = _LIST_SPLIT.split(between)  # what stands between them: list marks and other names only
    return len(parts) > 1 and all(w[:1].isupper() for part in parts for w in part.split())


_YEAR_IN_OPTION = re.compile(r"\b(\d{4})\b")
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _figure_shown(cloze: str, option: str) -> bool:
    """Does the gap-fill show the figure of ``option`` elsewhere ("between latitudes 20° and _____"
    beside "20° degrees")?"""
    m = _FIGURE.search(option)
    return m is not None and m.group() in _FIGURE.findall(cloze)
