"""Wrong choices of the same kind as the key: from the article first, then the bank, then made.

Rules: same answer type (year with year, person with person ...); never equal to, inside, or
containing the key; never another answer of the same stem; no duplicates; same look as the key
(digits, capitalisation, similar length) so the format gives nothing away; for past events,
never a time after the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from studyapp.core.generation import timeref
from studyapp.core.generation.extract import norm
from studyapp.core.generation.lexicon import FALLBACK_CITIES, FALLBACK_COUNTRIES

_NUM_IN = re.compile(r"\d[\d,]*(?:\.\d+)?|\b(?:" + "|".join(
    w for w in timeref.NUMBER_WORDS if w not in ("a", "an", "several", "few")) + r")\b", re.I)
_WORDS_FOR = {v: k for k, v in timeref.NUMBER_WORDS.items() if k not in ("a", "an", "several", "few")}
_UNIT_SWAP = {"years": ["months", "decades", "weeks"], "decades": ["years", "centuries", "months"],
              "months": ["weeks", "years", "days"], "weeks": ["days", "months", "years"],
              "days": ["weeks", "hours", "months"], "centuries": ["decades", "years", "millennia"],
              "hours": ["minutes", "days", "weeks"], "week": ["month", "year", "day"],
              "month": ["week", "year", "day"], "year": ["month", "decade", "week"]}


class Pool:
    """Everything an article (or a batch of articles) mentions, by answer type."""

    def __init__(self) -> None:
        self.by_type: dict[str, list[str]] = {}
        self._seen: set[tuple[str, str]] = set()
        self._person_last: dict[str, int] = {}

    def add(self, atype: str, surface: str) -> None:
        surface = surface.strip()
        n = norm(surface)
        if not n or (atype, n) in self._seen:
            return
        if atype == "person":
            # One entry per person: "Yoon" and "Yoon Suk Yeol" share a name token.
            lst = self.by_type.setdefault("person", [])
            idx = next((self._person_last[w] for w in n.split() if w in self._person_last), None)
            self._seen.add((atype, n))
            if idx is not None:
                if len(surface.split()) > len(lst[idx].split()):
                    lst[idx] = surface  # keep the fullest form of a name
                for w in n.split():
                    self._person_last.setdefault(w, idx)
                return
            for w in n.split():
                self._person_last[w] = len(lst)
        self._seen.add((atype, n))
        self.by_type.setdefault(atype, []).append(surface)

    def get(self, atype: str) -> list[str]:
        return self.by_type.get(atype, [])


def _looks_like(key: str, option: str, atype: str) -> bool:
    if any(ch.isdigit() for ch in key) != any(ch.isdigit() for ch in option):
        return False
    if key[:1].isupper() != option[:1].isupper():
        return False
    lk, lo = len(key), len(option)
    if lo > 2.5 * lk + 3 or lk > 3 * lo + 2:
        return False
    if atype == "term":
        kw, ow = key.split(), option.split()
        if abs(len(kw) - len(ow)) > 2:
            return False
        if kw[-1].lower().endswith("s") != ow[-1].lower().endswith("s"):
            return False
    return True


_NAMED = frozenset(("person", "org", "group", "country", "city", "place", "event", "work", "law", "product"))


def _clash(key_n: str, opt_n: str, atype: str) -> bool:
    if not opt_n or opt_n == key_n or f" {opt_n} " in f" {key_n} " or f" {key_n} " in f" {opt_n} ":
        return True
    kt, ot = key_n.split(), opt_n.split()
    if atype in _NAMED:
        return bool(set(kt) & set(ot))  # "Yoon" and "Yoon Suk Yeol" are one person
    if atype == "term":
        return kt[-1] == ot[-1]  # same head noun: "the colonial rule" / "Japanese rule"
    return False


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


def _number_steps(n: float, key_word: str) -> list[float]:
    if n == int(n) and 1000 <= n <= 2100 and key_word.isdigit():
        return [n - 5, n + 5, n - 10, n + 3, n - 3, n + 10, n - 1, n + 1]
    if n == int(n) and n <= 12:
        cands = [n + 1, n - 1, n + 2, n + 3, n - 2, n + 4, n * 2]
        return [c for c in cands if c > 0]
    digits = len(str(int(n)))
    sig = len(str(int(n)).rstrip("0")) or 1
    precision = max(0, digits - max(sig, 1))
    out = []
    for f in (0.5, 1.5, 2.0, 0.75, 1.25, 3.0, 0.25):
        v = n * f
        if precision:
            v = round(v, -precision)
        if n != int(n):
            v = round(n * f, 2)
        out.append(v if v else n + 1)
    return out


def _vary_number(key: str) -> list[str]:
    m = _NUM_IN.search(key)
    if not m:
        return []
    word = m.group()
    value = timeref.number_value(word)
    if value is None:
        return []
    out = []
    for v in _number_steps(value, word.replace(",", "")):
        out.append(key[:m.start()] + _format_number(v, word) + key[m.end():])
    return out


def _vary_units(key: str) -> list[str]:
    words = key.split()
    last = words[-1].lower() if words else ""
    return [" ".join([*words[:-1], u]) for u in _UNIT_SWAP.get(last, [])]


def _vary_time(key: str, atype: str, published: date | None, past: bool) -> list[str]:
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
            if past and published and mm > published:
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
            if past and published and dd > published:
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


def _after_publication(option: str, published: date | None) -> bool:
    if published is None:
        return False
    res = timeref.resolve(option, published)
    return res is not None and res.day > published


def choose(key: str, atype: str, pool: Pool, bank: Mapping[str, list[str]] | None = None,
           published: date | None = None, past: bool = True, exclude: set[str] | None = None,
           preferred: list[str] | None = None, n: int = 3) -> list[str]:
    """Up to ``n`` wrong choices for ``key``."""
    key_n = norm(key)
    bad = set(exclude or ())
    out: list[str] = []
    seen: set[str] = {key_n}
    wanted = n + 3  # a few spare, to keep the key's length from standing out

    def consider(option: str, check_look: bool = True) -> None:
        if len(out) >= wanted:
            return
        on = norm(option)
        if on in seen or on in bad or _clash(key_n, on, atype) or any(_clash(o, on, atype) for o in seen):
            return
        if check_look and not _looks_like(key, option, atype):
            return
        if past and atype in ("year", "date", "month", "decade") and _after_publication(option, published):
            return
        seen.add(on)
        out.append(option)

    for option in preferred or ():
        consider(option)
    if atype == "year":
        # Article years, nearest first: a plausible neighbour beats a random century.
        kv = timeref.number_value(re.sub(r"\D", "", key) or "0") or 0
        years = [y for y in pool.get("year") if re.fullmatch(r"\d{4}", y)]
        years.sort(key=lambda y: abs(int(y) - kv))
        for y in years:
            if abs(int(y) - kv) <= 60:
                consider(y)
    else:
        same = list(pool.get(atype))
        if atype == "place":
            same += pool.get("city") + pool.get("country")
        if atype == "term":
            same = sorted(same, key=lambda o: abs(len(o) - len(key)))
        for option in same:
            consider(option)
    if bank:
        for option in bank.get(atype, ()):
            consider(option)
    if len(out) < wanted:
        for option in _vary_time(key, atype, published, past) if atype in (
                "year", "date", "month", "weekday", "relative", "duration", "decade") else []:
            consider(option)
    if len(out) < wanted and atype in ("number", "quantity", "money", "percent", "duration"):
        for option in _vary_number(key):
            consider(option)
    if len(out) < wanted and atype == "country":
        for option in FALLBACK_COUNTRIES:
            consider(option)
    if len(out) < wanted and atype == "city":
        for option in FALLBACK_CITIES:
            consider(option)
    return _no_length_giveaway(key, out, n)


def _no_length_giveaway(key: str, out: list[str], n: int) -> list[str]:
    """Keep the key from being over twice as long as every wrong choice."""
    if not out:
        return out
    first = out[:n]
    if len(key) <= 2 * max(len(o) for o in first):
        return first
    longer = [o for o in out[n:] if 2 * len(o) >= len(key)]
    if longer:
        return [*first[: n - 1], longer[0]]
    return []
