"""Wrong choices of the same kind as the key: from the article first, then the bank, then made.

Rules: same answer type (year with year, person with person ...); never equal to, inside, or
containing the key; never another answer of the same stem; no duplicates; same look as the key
(digits, capitalisation, similar length) so the format gives nothing away; for past events,
never a time after the article's date.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
import unicodedata
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from studyapp.core.generation import gazetteer as gaz, timeref
from studyapp.core.generation.extract import COMPASS_PART, norm
from studyapp.core.generation.kinds import (
    MOUNTAIN_HEADS, TONGUE_CHOICES, TONGUES, WATER_HEADS, distinctive, faith_kind, fallback_names, not_a_person,
    org_family, place_kind, starts_with_title,
)
from studyapp.core.generation.lexicon import (
    ALIASES, COUNTRIES, EVENT_FAMILIES, PARTY_WORDS, REGIONS, US_STATES,
)

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
        self._sorted: dict[str, tuple[int, list[str], list[int]]] = {}
        self._term_at: dict[str, int] = {}  # normalised term -> its place in the article
        self.single_names: list[str] = []  # people as the article names them in one word ("Yoon")
        self._kin: tuple[int, dict[tuple[bool, bool, bool], list[int]]] = (0, {})  # term shape -> places
        self._roles: dict[str, str] = {}  # a name token of a person -> the head of the title or trade given

    def add_role(self, person: str, role: str) -> None:
        """``person`` is given ``role`` by the article ("President Yoon", "Curie, a physicist")."""
        words = [w for w in norm(role).split() if w not in ("the", "a", "an", "s")]
        if words and words[-1] not in _RELATIONS:
            for w in norm(person).split():
                self._roles.setdefault(w, words[-1])

    def role_of(self, person: str) -> str | None:
        return next((self._roles[w] for w in norm(person).split() if w in self._roles), None)

    def _kin_places(self, kin: tuple[bool, bool, bool]) -> list[int]:
        """The places (ascending) of the article's terms whose shape is ``kin`` (see ``_kin_of``)."""
        items = self.by_type.get("term", [])
        if self._kin[0] != len(items):  # add() only ever appends a term
            groups: dict[tuple[bool, bool, bool], list[int]] = {}
            for i, item in enumerate(items):
                k = _kin_of(item)
                if k is not None:
                    groups.setdefault(k, []).append(i)
            self._kin = (len(items), groups)
        return self._kin[1].get(kin, [])

    def terms_near_kin(self, key: str, kin: tuple[bool, bool, bool], radius: int = 30) -> Iterator[str]:
        """``terms_near`` restricted to terms of the shape ``kin``, in the same order; the terms of
        other shapes are never read (most keys are noun phrases, and most phrases fail the shape)."""
        at = self._term_at.get(norm(key))
        if at is None:
            return
        items = self.by_type.get("term", [])
        places = self._kin_places(kin)
        j = bisect.bisect_left(places, at)
        left, right = j - 1, (j + 1 if j < len(places) and places[j] == at else j)
        while True:
            d_left = at - places[left] if left >= 0 else radius + 1
            d_right = places[right] - at if right < len(places) else radius + 1
            if min(d_left, d_right) > radius:
                return
            if d_left <= d_right:  # the earlier of two at one distance first, as terms_near
                yield items[places[left]]
                left -= 1
            else:
                yield items[places[right]]
                right += 1

    def terms_near(self, key: str, radius: int = 30) -> Iterator[str]:
        """Terms mentioned close to ``key`` in the article, nearest first (the earlier of two at one
        distance first): wrong choices on the same topic ("growing portion" beside "continued
        weakness", not "climate scientists"). Lazy: a search stops at its first few fits."""
        at = self._term_at.get(norm(key))
        if at is None:
            return
        items = self.by_type.get("term", [])
        for d in range(1, radius + 1):
            if at - d >= 0:
                yield items[at - d]
            if at + d < len(items):
                yield items[at + d]

    def add(self, atype: str, surface: str) -> None:
        surface = surface.strip()
        n = norm(surface)
        if not n or (atype, n) in self._seen:
            return
        if atype == "person":
            if " " not in surface and (atype, n) not in self._seen:
                self.single_names.append(surface)
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
        if atype == "term" and ("," in surface or ";" in surface):
            return  # "population, structure": two things, not one choice
        if atype in ("place", "city") and "," in surface and not _STATE_AFTER_COMMA.search(surface):
            return  # "Lone Pine, Mount Whitney": two places; "Portland, Oregon" is one
        self._seen.add((atype, n))
        if atype == "term":
            self._term_at.setdefault(n, len(self.by_type.get("term", ())))
        self.by_type.setdefault(atype, []).append(surface)

    def get(self, atype: str) -> list[str]:
        return self.by_type.get(atype, [])

    def nearest_in_length(self, atype: str, length: int, limit: int = 40) -> Iterator[str]:
        """Up to ``limit`` items of ``atype`` closest in length to ``length``, nearest first (lazy)."""
        items = self.by_type.get(atype, [])
        cache = self._sorted.get(atype)
        if cache is None or cache[0] != len(items):
            ordered = sorted(items, key=len)
            cache = self._sorted[atype] = (len(items), ordered, [len(x) for x in ordered])
        _, ordered, lengths = cache
        hi = bisect.bisect_left(lengths, length)
        lo = hi - 1
        for _ in range(limit):
            if lo < 0 and hi >= len(ordered):
                return
            if hi >= len(ordered) or (lo >= 0 and length - lengths[lo] <= lengths[hi] - length):
                yield ordered[lo]
                lo -= 1
            else:
                yield ordered[hi]
                hi += 1


_DIGIT = re.compile(r"\d")
# Relations a text names people by ("his wife, Yuko"): no field a wrong choice should share.
_RELATIONS = frozenset("wife husband son daughter father mother brother sister widow partner".split())
_DECIMAL = re.compile(r"\d\.\d")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")
# Last words of names of waters and mountains: a noun phrase ending in one and written in capitals
# is a place the tagger missed ("the American River").
_NAMED_FEATURES = WATER_HEADS | MOUNTAIN_HEADS


_SCALE = re.compile(r"\b(?:thousand|million|billion|trillion|per ?cent)\b|[$€£¥%]", re.I)


_YEAR4 = re.compile(r"\b\d{4}\b")


def _unit(s: str) -> str:
    words = re.findall(r"[A-Za-z]+", s)
    return words[-1].lower().rstrip("s") if words else ""


def _group_suffix(s: str) -> str:
    """Peoples ("Serbs"), beliefs ("Christianity", "Marxism") and adjectives ("Serbian") apart."""
    low = s.lower().rstrip()
    if low in TONGUES:
        return "language"  # "songs written with Latin lyrics": with Greek or Hebrew, not with "European"
    if low in PARTY_WORDS:
        return "party"  # "a liberal Republican": with Democrats and Whigs, not with peoples
    faith = faith_kind(low)
    if faith is not None:
        return faith  # "Puritans" with Quakers, "Islamic" with "Jewish", not with "Indians" or "Greek"
    if low.endswith(("ism", "ity", "ianity")) or low in ("islam", "shinto", "jainism", "sikhism"):
        return "belief"
    if low.endswith(("ologists", "ographers", "onomists", "icists")):
        return "occupation"  # "Seismologists" is a trade the tagger took for a people, not one beside "Turks"
    if low.endswith(("ist", "ists")):
        return "ideology"  # "Soviet Leninist terms": with Marxist or Maoist, not with Korean or German
    if low.endswith("s"):
        return "people"
    return "adjective"


@functools.lru_cache(maxsize=65536)
def _marks(s: str) -> frozenset[str]:
    """Currency signs, per cent and scale words: the visible units of an amount."""
    return frozenset("%" if m[:1] in "pP" else m.lower() for m in _SCALE.findall(s))  # "24 per cent" is "24%"


@functools.lru_cache(maxsize=65536)
def _shape(option: str) -> tuple[bool, bool, bool, bool, bool]:
    """Digits, parenthesis, quotation marks, non-Latin script, decimal point (once per option)."""
    return (bool(_DIGIT.search(option)), "(" in option, any(q in option for q in "\"“”"),
            bool(_NON_LATIN.search(option)), bool(_DECIMAL.search(option)))


@functools.lru_cache(maxsize=65536)
def _term_shape(option: str) -> tuple[Any, ...]:
    """What ``_Look.matches`` reads of a noun phrase, computed once per phrase: terms are most keys
    and most options, and each is judged against many keys."""
    words = option.split()
    digit, paren, quoted, non_latin, _ = _shape(option)
    return (len(option), len(words), words[-1].lower().endswith("s"), words[0].lower() in _COUNT_WORDS, digit,
            option[:1].isupper(), paren, ")" in option, quoted or not option[:1].isalnum() and option[:1] not in "$€£¥",
            non_latin, _marks(option))


# "Portland, Oregon", "Paris, France", "Washington, D.C.": a place and the state or country it lies in.
_STATE_AFTER_COMMA = re.compile(r",\s*(?:" + "|".join(re.escape(n.title()) for n in sorted(US_STATES | COUNTRIES, key=len, reverse=True))
                                + r"|D\.C\.|DC)\s*$", re.I)


def _kin_of(option: str) -> tuple[bool, bool, bool] | None:
    """The part of a noun phrase's shape ``_Look.term_kin`` compares: (plural, figures, capital);
    None for a phrase no plain noun-phrase key takes (empty, a count word first, an odd first
    character)."""
    if not option.strip():
        return None
    shape = _term_shape(option)
    if shape[3] or shape[8]:
        return None
    return shape[2], shape[4], shape[5]


_BANK_KIN: dict[int, tuple[tuple[str, ...], dict[tuple[bool, bool, bool], list[str]]]] = {}


def _bank_kin(bank_items: Any, kin: tuple[bool, bool, bool]) -> list[str]:
    """The first ``_BANK_SCAN`` entries of a bank list whose shape is ``kin``, in bank order. The
    grouping is kept per list while those entries stay the same (a bank grows at its end)."""
    prefix = tuple(itertools.islice(bank_items, _BANK_SCAN))
    cached = _BANK_KIN.get(id(bank_items))
    if cached is None or cached[0] != prefix:
        groups: dict[tuple[bool, bool, bool], list[str]] = {}
        for item in prefix:
            k = _kin_of(item)
            if k is not None:
                groups.setdefault(k, []).append(item)
        if len(_BANK_KIN) >= 16:
            _BANK_KIN.clear()
        cached = _BANK_KIN[id(bank_items)] = (prefix, groups)
    return cached[1].get(kin, [])


class _Look:
    """What a key looks like, so that wrong choices can look the same (computed once per key)."""

    def __init__(self, key: str, atype: str):
        self.digit = bool(_DIGIT.search(key))
        self.decimal = bool(_DECIMAL.search(key)) if atype in ("number", "percent", "money", "quantity") else None
        self.upper = key[:1].isupper()
        self.length = len(key)
        words = key.split()
        self.words = len(words)
        self.plural = bool(words) and words[-1].lower().endswith("s")
        self.term = atype == "term"
        self.non_latin = bool(_NON_LATIN.search(key))
        self.paren = "(" in key
        self.max_ratio = 4 if atype in _NAMED else 2.5  # "Yoon" may stand beside "Angela Merkel"
        self.unit = _unit(key) if atype == "quantity" else None
        self.key = key
        self.year = bool(_YEAR4.search(key)) if atype in ("date", "month") else None
        found = _YEAR4.search(key) if self.year else None
        self.key_year = int(found.group()) if found else None
        # A month or day of a year is a precise date: its wrong choices stay within ten years of it.
        self.year_span = 10 if found and timeref.time_kind(key) in ("month", "date", "other") else 50
        self.decade = key.rstrip().endswith("0s") if atype in ("year", "decade") else None
        self.suffix = _group_suffix(key) if atype == "group" else None
        self.marks = _marks(key)
        self.century = "century" in key.lower() if atype in ("date", "decade", "year") else None
        self.city = atype == "city"
        self.place = place_kind(key) if atype in _PLACES else None
        if self.term and len(words) > 1 and words[-1].lower() in _NAMED_FEATURES \
                and all(w[:1].isupper() or w in ("of", "the") for w in words[:-1]):
            self.place = place_kind(key)  # "American River", a name the tagger missed: with other waters
        self.region = atype in ("place", "state") and key.lower().removeprefix("the ") in _REGIONS
        self.org = org_family(key) if atype == "org" else None
        self.person = atype == "person"
        self.single_name = self.person and self.words == 1
        self.titled = self.person and starts_with_title(key)
        self.kind = self.place or self.org or self.suffix  # the kind whose well-known names may fill in
        self.percent = (atype == "percent" or "%" in key or "percent" in key.lower()) and not _over_100(key)
        self.residue = _residue(key) if atype in ("number", "money", "quantity") else None  # "more than $#" with its like
        self.grouping = _grouping(key) if atype in _AMOUNTS else None
        self.roundness = _roundness(key) if atype in _AMOUNTS else None
        self.family = _event_family(key) if atype == "event" else None
        timed = atype in ("duration", "date", "decade", "year")
        self.age = key.lower().startswith("age ") if timed else None
        self.hyphen = ("-" in key) if timed else None
        self.figures = len(_NUM_IN.findall(key)) if timed else None
        # No check below the common ones applies (most noun phrases): matches() stops early.
        self.plain = not (self.percent or self.city or self.person) and all(
            x is None for x in (self.suffix, self.unit, self.decade, self.year, self.key_year, self.decimal,
                                self.family, self.residue, self.grouping, self.roundness, self.age, self.hyphen,
                                self.century,
                                self.place, self.org))
        self.plain_term = self.term and self.plain
        self.kin = (self.plural, self.digit, self.upper)  # what term_kin() asks of a phrase's shape
        self.word_slack = max(1, self.words // 2)

    def _matches_term(self, option: str) -> bool:
        """``matches`` for a plain noun phrase, on the option's cached shape (same rules, same order)."""
        if not option.strip():
            return False
        lo, nw, plural, counted, digit, upper, paren, closing, odd, non_latin, marks = _term_shape(option)
        lk = self.length
        if lo > self.max_ratio * lk + 4 or lk > 3 * lo + 2:
            return False
        if abs(nw - self.words) > self.word_slack or not self.term_kin((lo, nw, plural, counted, digit, upper, paren,
                                                                        closing, odd, non_latin, marks)):
            return False
        if paren != self.paren or closing and not self.paren:
            return False
        return marks == self.marks and not (non_latin and not self.non_latin)

    def term_kin(self, shape: tuple[Any, ...]) -> bool:
        """The tests of a noun phrase's ``_term_shape`` most options fail: plural, a count word first,
        figures, a capital, an odd first character."""
        return shape[2] == self.plural and not shape[3] and shape[4] == self.digit and shape[5] == self.upper \
            and not shape[8]

    def matches(self, option: str) -> bool:
        if self.plain_term:
            return self._matches_term(option)
        lo, lk = len(option), self.length
        if lo > self.max_ratio * lk + 4 or lk > 3 * lo + 2:
            return False  # first: the cheapest test, and the one most options of a long list fail
        if self.term:  # next, for noun phrases (the most numerous keys): their shape
            shape = _term_shape(option)
            if abs(shape[1] - self.words) > self.word_slack or shape[2] != self.plural or shape[3]:
                return False  # "four shapes" beside "functional analysis"
        digit, paren, quoted, non_latin, decimal = _shape(option)
        if digit != self.digit or option[:1].isupper() != self.upper:
            return False
        if paren != self.paren or ")" in option and not self.paren or quoted \
                or not option[:1].isalnum() and option[:1] not in "$€£¥":
            return False
        if self.suffix == "language":
            if option.lower() not in TONGUE_CHOICES:
                return False
        elif self.suffix is not None and _group_suffix(option) != self.suffix:
            return False  # "Christianity" with "Sikhism", not with "Americans"
        elif self.suffix is not None and (option.lower() in _WIDE_GROUPS) != (self.key.lower() in _WIDE_GROUPS):
            return False  # "Indian temple sculpture": "Asian" would be right too; the Vikings were Europeans
        if self.marks != _marks(option):
            return False  # "$200 million" with "$100 million", not with "11.54"
        if non_latin and not self.non_latin:
            return False
        if self.plain:
            return True
        if self.unit is not None and ("-" in option) != ("-" in self.key):
            return False  # "43 acres" with "14 acres", not with "10-acre"
        if self.unit is not None and _unit(option) != self.unit:
            return False  # "43 acres" with "20 acres", not with "10-acre"
        if self.decade is not None and option.rstrip().endswith("0s") != self.decade:
            return False  # "the 1820s" with decades, not with "1794"
        if self.year is not None and bool(_YEAR4.search(option)) != self.year:
            return False  # "21 November 1944" with dates that name a year too
        if self.key_year is not None and abs(int(_YEAR4.search(option).group()) - self.key_year) > self.year_span:
            return False  # "November 21, 2008" beside "May 10, 1779" gives itself away; "May 1999" beside
            # "September 1981": Windows 98 in 1981
        if self.decimal is not None and decimal != self.decimal:
            return False  # "12" with whole numbers, not with "31.3"
        if self.family is not None and _event_family(option) != self.family:
            return False  # a fire with disasters, a conference with gatherings, not with wars
        if self.residue is not None and _residue(option) != self.residue:
            return False  # "114" with bare numbers, not with "450 °F" or "about 232"
        if self.grouping is not None and _grouping(option) not in (None, self.grouping):
            return False  # "2500" beside "10,000" and "7,000": the odd one out by its form
        if self.roundness is not None and _roundness(option) not in (None, self.roundness):
            return False  # "42,228" beside "18,000", "15,000" and "20,000": the one exact count
        if self.percent and _over_100(option):
            return False  # "128%" of a whole gives itself away
        if self.age is not None and option.lower().startswith("age ") != self.age:
            return False  # "age 30" with "age 55", not with "15 or older"
        if self.hyphen is not None and (("-" in option) != self.hyphen or len(_NUM_IN.findall(option)) != self.figures):
            return False  # "six years" with "three years", not with "four-year" or "three four-month"
        if self.century is not None and ("century" in option.lower()) != self.century:
            return False  # "4th century" with centuries, not with "group-14"
        if self.city and (len(option.split()) > 3 or any(w.islower() for w in option.split())
                          or option.split()[0].lower() in ("fort", "mount", "lake", "cape", "camp")):
            return False  # "Kingdom of Great Britain", "St Scholastica Day Riot": not cities
        if self.place is not None and self.region and option.lower().removeprefix("the ") in COUNTRIES:
            return False  # "Britain" beside New South Wales and Western Australia: a country among regions
        if self.place is not None and " and " in option and " and " not in self.key \
                and option.lower() not in COUNTRIES:
            return False  # "Palmer and Labor" beside one state: two names are no place
        if self.place is not None and place_kind(option) != self.place:
            return False  # a sea with seas, an airport with stations, a city never with a hospital
        if self.org is not None and org_family(option) != self.org:
            return False  # a navy with armies, a glee club with clubs, not with a church
        if self.person and (not_a_person(option) or self.single_name and " " in option.strip()
                            or not self.titled and starts_with_title(option)):
            return False  # "Head Sergeant", "De Kuip"; "Arthur" among full names, "Historian X" among names
        return True


_REGIONS = REGIONS | US_STATES
_BANK_SCAN = 100  # entries of the bank read per wrong-choice search
_PLACES = frozenset(("place", "city", "country", "state"))
# Adjectives of a continent or a half of the world hold those of its countries.
_WIDE_ADJECTIVES = frozenset("asian european african american oceanian western eastern northern southern "
                             "latin mediterranean eurasian arab arabic".split())
# The peoples of a continent or a part of the world hold its nations ("Americans" are mostly the U.S.).
_WIDE_GROUPS = _WIDE_ADJECTIVES | frozenset("europeans asians africans eurasians oceanians arabs".split()) \
    | frozenset(("latin americans", "north americans", "south americans"))
# The parts of a continent, each offered beside the others: "the Sahel and _____" (West Africa) on
# the African continent is asked with East and North Africa, not with Europe.
_CONTINENT_PARTS = (
    ("North Africa", "West Africa", "East Africa", "Central Africa", "Southern Africa"),
    ("East Asia", "South Asia", "Southeast Asia", "Central Asia", "Southwest Asia"),
    ("Western Europe", "Eastern Europe", "Northern Europe", "Southern Europe", "Central Europe"),
    ("North America", "South America", "Central America"),
)
_PARTS_OF_CONTINENT = {part.lower(): [p for p in parts if p != part] for parts in _CONTINENT_PARTS for part in parts}
_WIDE_FALLBACK = ("Europeans", "Asians", "Africans", "Arabs", "Latin Americans", "European", "Asian", "African",
                  "American", "Arab")
_NAMED = frozenset(("person", "org", "group", "country", "city", "state", "place", "event", "work", "law", "product"))


KEEP_SEEN = frozenset(("person", "year", "date", "month", "weekday", "relative", "decade", "time", "number",
                        "quantity", "money", "percent", "duration"))
_COUNT_WORDS = frozenset("one two three four five six seven eight nine ten some many several few".split())


def _last_word(s: str) -> str:
    words = s.lower().split()
    return words[-1] if words else ""


@functools.lru_cache(maxsize=65536)
def _event_family(name: str) -> str:
    heads = [_last_word(name)]
    words = name.lower().split()
    if "of" in words[1:]:
        heads.append(words[words.index("of", 1) - 1])  # "Battle of Fort Washington": a battle
    return next((fam for head in heads for fam, kind in EVENT_FAMILIES.items() if head in kind), "other")


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


@functools.lru_cache(maxsize=65536)
def _fold(s: str) -> str:
    """Without accents: "İstanbul" and "Istanbul" are one name."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=262144)
def _clash(key_n: str, opt_n: str, atype: str) -> bool:
    if not opt_n or opt_n == key_n or opt_n in key_n or key_n in opt_n:
        # Substring test first (cheap); only a whole-word overlap is a real clash.
        if not opt_n or opt_n == key_n or f" {opt_n} " in f" {key_n} " or f" {key_n} " in f" {opt_n} ":
            return True
    if atype == "group" and key_n[:4] == opt_n[:4]:
        return True  # "Serbs" and "Serbian" name one people
    if atype == "group" and not _wide_covers().get(key_n, frozenset()).isdisjoint(_wide_covers().get(opt_n, ())):
        return True  # "Western" powers were European too: a second right answer
    if atype in _NAMED:
        if atype in _PLACES and _two_lands(key_n, opt_n):
            return False  # "North Korea" and "South Korea": one word shared, two countries
        if key_n in _PARTS_OF_CONTINENT and opt_n in _PARTS_OF_CONTINENT:
            return False  # "West Africa" and "East Africa": two parts of one continent
        if ALIASES.get(key_n, key_n) == ALIASES.get(opt_n, opt_n):
            return True  # "U.S." and "United States"
        kw, ow = key_n.split(), opt_n.split()
        if atype != "person":
            kw, ow = distinctive(kw), distinctive(ow)  # "Glee Club" and "Chess Club" are two clubs
            if ALIASES.get(" ".join(kw), kw) == ALIASES.get(" ".join(ow), ow):
                return True  # "U.S. Navy" and "United States Navy"
        if not set(kw).isdisjoint(ow) or atype != "person" and not {w.rstrip("s") for w in kw}.isdisjoint(
                w.rstrip("s") for w in ow):
            return True  # "Yoon" / "Yoon Suk Yeol": one person; "Americas" / "North and South America"
        kn, on = key_n.split(), opt_n.split()
        if atype == "country" and (_named_by_adjective(kn, on) or _named_by_adjective(on, kn)):
            return True  # "Turkey" / "the Turkish Republic": one country
        # Spelling variants of one name ("Istanbul", "İstanbul", "Stambul").
        return fuzz.ratio(_fold(" ".join(kw)), _fold(" ".join(ow))) >= 75
    if atype == "term" and key_n.count(" ") < 3 and opt_n.count(" ") < 3:
        return key_n.rsplit(" ", 1)[-1] == opt_n.rsplit(" ", 1)[-1]  # same head noun: "rule" / "colonial rule"
    return False


@functools.lru_cache(maxsize=1)
def _wide_covers() -> dict[str, frozenset[str]]:
    """Peoples of a part of the world -> the parts they cover (data/choices/wide_groups.tsv)."""
    rows = (line.split("\t") for line in (_DATA / "choices" / "wide_groups.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#"))
    return {name: frozenset(parts.split(",")) for name, parts in rows}


def _two_lands(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` states the gazetteer knows to cover different land?"""
    table = gaz.gazetteer()
    one, other = table.find(a, "country"), table.find(b, "country")
    return one is not None and other is not None and one.area.isdisjoint(other.area)


def _named_by_adjective(one: list[str], other: list[str]) -> bool:
    """Is the one-word country ``one`` named in ``other`` by its adjective ("turkey" in "turkish
    republic", "korea" in "korean empire")?"""
    if len(one) != 1 or len(other) < 2 or len(one[0]) < 4:
        return False
    stem = one[0][:4]
    return any(w.startswith(stem) and w != one[0] for w in other)


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
        cands = [n + 1, n - 1, n + 2, n + 3, n - 2, n + 4, n * 2]
        return [c for c in cands if c > 0]
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


_MONTH = re.compile(r"\b" + timeref._MONTH_RE + r"(?![A-Za-z])", re.I)  # "May", "Sept.", not "Mayor"


def _month_in(s: str) -> str | None:
    m = _MONTH.search(s)
    return m.group()[:3].lower() if m else None


def _after_publication(option: str, published: date | None) -> bool:
    if published is None:
        return False
    res = timeref.resolve(option, published)
    return res is not None and res.day > published


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


@functools.lru_cache(maxsize=1)
def _head_kinds() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """Head noun -> kind, and (ending, kind) longest ending first (data/choices/head_classes.tsv)."""
    words: dict[str, str] = {}
    endings: list[tuple[str, str]] = []
    for line in (_DATA / "choices" / "head_classes.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            kind, ends, names = (line.split("\t") + ["", ""])[:3]
            endings += [(e, kind) for e in ends.split("|") if e]
            for w in names.split("|"):
                words.setdefault(w, kind) if w else None
    return words, tuple(sorted(endings, key=lambda e: -len(e[0])))


@functools.lru_cache(maxsize=65536)
def head_kind(phrase: str) -> str:
    """The kind of a noun phrase's head noun (its last word, or the word before "of"): person,
    field, act, quality, amount, time or thing."""
    words = phrase.lower().split()
    if "of" in words[1:]:
        words = words[:words.index("of", 1)]
    head = re.sub(r"[^a-z]", "", words[-1].split("-")[-1]) if words else ""
    named, endings = _head_kinds()
    if head in named:
        return named[head]
    return next((kind for end, kind in endings if head.endswith(end) and len(head) - len(end) >= 3), "thing")


def choose(key: str, atype: str, pool: Pool, bank: Mapping[str, list[str]] | None = None,
           published: date | None = None, past: bool = True, exclude: set[str] | None = None,
           preferred: list[str] | None = None, n: int = 3, sentence: str | None = None) -> list[str]:
    """Up to ``n`` wrong choices for ``key``. What the key's ``sentence`` mentions is never a
    choice: the gap-fill shows it, and one joined to the key by "and" answers too. People, times
    and amounts are the exception: the South Korean president is the best wrong choice for Japan's
    prime minister, and the other end of a period for its beginning."""
    key_n = norm(key)
    bad = set(exclude or ())
    out: list[str] = []
    seen: set[str] = {key_n}
    wanted = n + 1  # one spare, to keep the key's length from standing out

    look = _Look(key, atype)
    check_time = past and atype in ("year", "date", "month", "decade")
    avoid = None
    if sentence and atype not in KEEP_SEEN:
        padded = f" {norm(sentence)} "
        avoid = lambda option: f" {norm(option)} " in padded  # noqa: E731

    tried: set[str] = set()
    elsewhere: Any = None  # for a place the gazetteer lacks: is an option on another continent?
    other_kind = _other_place_kind(key, atype, sentence) if atype in _PLACES else None
    months = [_month_in(key)] if atype in ("date", "month") else None  # the key's month, then the choices'
    # One date or amount written two ways is one value: a second right answer, or a twin choice.
    head = head_kind(key) if atype == "term" else None  # a phrase gap: choices of its head noun's kind
    key_value = value_of(key, atype, published)
    values = {key_value} if key_value is not None else set()

    def consider(option: str) -> None:
        if len(out) >= wanted or option in tried:
            return
        tried.add(option)  # pools and the bank repeat names: each is judged once
        if elsewhere is not None and elsewhere(option):
            return
        if other_kind is not None and other_kind(option):
            return
        if not look.matches(option):
            return  # before normalising: most options fail on their look, and norm() is dearer
        on = norm(option)
        if on in seen or on in bad:
            return
        for o in seen:  # a loop, not any(): this line runs for every option that looks right
            if _clash(o, on, atype):
                return
        if check_time and _after_publication(option, published):
            return
        if avoid and avoid(option):
            return
        if head is not None and head_kind(option) != head:
            return  # "very distant galaxies" never beside "peer-review process"
        value = value_of(option, atype, published) if values else None
        if value is not None and value in values:
            return
        if months is not None:
            month = _month_in(option)
            if month is not None and month != months[0] and months.count(month) >= 2:
                return  # "November 1983/1985/1988" beside "September 1981": the key is the odd one out
            months.append(month)
        if value is not None:
            values.add(value)
        seen.add(on)
        out.append(option)

    def consider_all(options: Any) -> None:
        for option in options:
            if len(out) >= wanted:
                return
            consider(option)

    consider_all(preferred or ())
    if atype in _PLACES:
        consider_all(_PARTS_OF_CONTINENT.get(key.lower().removeprefix("the "), ()))
        era = gaz.era_of(sentence, past, published.year if published else None)
        known = _known_place(key, atype, era)
        if known is not None:
            # A place the gazetteer knows gets only places it knows to be near and of the era: the
            # article's own first, then the gazetteer's; never a famous name from elsewhere.
            peers = gazetteer_choices(known, era)
            rank = {gaz.fold(p): i for i, p in enumerate(peers)}
            mentioned = [o for t in _PLACES for o in pool.get(t) if gaz.fold(o) in rank]
            banked = [o for t in _PLACES for o in itertools.islice(bank.get(t, ()), _BANK_SCAN)
                      if gaz.fold(o) in rank] if bank else []
            if known.kind == "continent":  # "West Africa" beside "Europe": parts of continents the article names
                consider_all(pool.get(atype))
            consider_all(sorted(mentioned, key=lambda o: rank[gaz.fold(o)]))
            consider_all(sorted(banked, key=lambda o: rank[gaz.fold(o)]))
            consider_all(peers)
            return _no_length_giveaway(key, out, n)
        region = _region_after(key, sentence) if atype in ("city", "place") else None
        if region is not None:
            # "Valley Forge, Pennsylvania", a town the gazetteer does not hold: the article's towns (the
            # default quiz keeps those it writes with the same state), then the large cities of the state.
            consider_all(o for t in ("city", "place") for o in pool.get(t) + pool.get(t + "?"))
            consider_all(gaz.gazetteer().cities_in(region))
            return _no_length_giveaway(key, out, n)
        home = _continent_of_pool(pool)

        def elsewhere(option: str) -> bool:
            """Not London or Stockholm for "Fort McHenry" in an American article; no state of another era."""
            found = table_find(option)
            return found is not None and (not found.existed(era) or home is not None and found.kind != "continent"
                                          and found.continent != home)
    if atype == "year":
        # The key's own era only: the article's years within a span of it, nearest first (1945 beside
        # an alliance of 1866 is an impossible date one knows from the article's other facts).
        kv = timeref.number_value(re.sub(r"\D", "", key) or "0") or 0
        years = [y for y in pool.get("year") if re.fullmatch(r"\d{4}", y)]
        years.sort(key=lambda y: abs(int(y) - kv))
        consider_all(y for y in years if abs(int(y) - kv) <= _ARTICLE_YEAR_SPAN)
    elif atype == "term":
        if look.plain_term:
            # The shape tests most phrases fail (a plural beside a singular ...) run first: each
            # phrase left out here would fail look.matches() in consider().
            def fits(options: Any) -> Any:
                return (o for o in options if o.strip() and look.term_kin(_term_shape(o)))
            consider_all(pool.terms_near_kin(key, look.kin))
            consider_all(fits(pool.nearest_in_length("term", len(key))))
        else:
            consider_all(pool.terms_near(key))
            consider_all(pool.nearest_in_length("term", len(key)))
    elif atype == "person":
        role = pool.role_of(key)
        if role is not None:  # a president beside the article's other presidents, a physicist beside physicists
            consider_all(p for p in pool.get(atype) if pool.role_of(p) == role)
        # Names of the same shape first: "Appleton" with surnames, "John Muir" with full names.
        words = len(key.split())
        consider_all(sorted(pool.get(atype), key=lambda o: abs(len(o.split()) - words)))
        if look.single_name:
            # A name alone stands only beside names alone: as the article wrote them, else surnames.
            consider_all(pool.single_names)
            consider_all(_surnames(pool.get(atype)))
            consider_all(_surnames(bank.get(atype, ()) if bank else ()))
    elif atype in _AMOUNTS:
        consider_all(_like_amount(key, pool.get(atype)))
    elif atype in ("date", "month", "weekday", "relative", "duration"):
        kind = timeref.time_kind(key)
        consider_all(o for o in pool.get(atype) if timeref.time_kind(o) == kind)
    else:
        consider_all(pool.get(atype))
        if atype == "place" and not COMPASS_PART.match(key.lower()):  # "Northeastern India": regions, not towns
            consider_all(pool.get("city"))
            consider_all(pool.get("country"))
    if bank:
        # Amounts from other articles too stay near the key: not "2,544,454" for "75,000". A large
        # bank is read only so far: its first entries are as good as its last, and a library of tens
        # of thousands of questions must not make every wrong choice cost a scan of all of them.
        if look.plain_term:
            consider_all(_bank_kin(bank.get(atype, ()), look.kin))  # the rest fail look.matches()
        else:
            banked = itertools.islice(bank.get(atype, ()), _BANK_SCAN)
            if atype == "year":  # another article's year says nothing of this one's: only a near year
                banked = (y for y in banked if _years_apart(key, y) <= _NEAR_YEARS)
            consider_all(_like_amount(key, banked) if atype in _AMOUNTS else banked)
    if len(out) < wanted:
        for option in _vary_time(key, atype, published, past) if atype in (
                "year", "date", "month", "weekday", "relative", "duration", "decade") else []:
            consider(option)
    if len(out) < wanted and atype in ("number", "quantity", "money", "percent", "duration"):
        for option in _vary_number(key, percent=atype == "percent"):
            consider(option)
    if len(out) < wanted and atype == "group" and key.lower() in _WIDE_GROUPS:
        consider_all(_WIDE_FALLBACK)  # "Europeans" stands only beside the peoples of other continents
    if len(out) < wanted and look.kind:
        consider_all(fallback_names(look.kind, key))
    # Last resort for places: entries whose reading the tagger was unsure of. Never for people
    # or bodies: "Cato Institute" or "Nieuwe Maas" among people gives the game away.
    if atype == "country":
        consider_all(pool.get(atype + "?"))
    return _no_length_giveaway(key, out, n)


# A year key's wrong choices: the article's years this close to it, another article's (and made ones)
# this close. Hubble's 1995 beside 1985, before Hubble flew, is wrong unless the article names 1985.
_ARTICLE_YEAR_SPAN = 25
_NEAR_YEARS = 5


def _years_apart(key: str, option: str) -> float:
    """Years between two year keys ("1995", "1990s"), infinite when one is no year."""
    a, b = _YEAR4.search(key), _YEAR4.search(option)
    return abs(int(a.group()) - int(b.group())) if a and b else math.inf


_ROMAN = re.compile(r"^[IVX]+$")
_GAZETTEER_KIND = {"country": "country", "city": "city", "state": "state"}


def _other_place_kind(key: str, atype: str, sentence: str | None) -> Any:
    """A test telling places of another kind than the key, or a second right answer: a territory for
    a country ("Hong Kong" is no country), a state the sentence names, by its name or its adjective
    ("Japan annexed _____": not the Empire of Japan; "occupied by the Japanese": not Japan)."""
    table = gaz.gazetteer()
    known = table.find(key)
    key_country = atype == "country" or known is not None and known.kind == "country"
    named = [w.lower() for w in re.findall(r"\b[A-Z][a-z]{3,}\b", sentence or "")]
    # The land of every state the sentence names ("Japan annexed _____": not the Empire of Japan).
    lands = frozenset().union(*(
        p.area for n in _NAMES.findall(sentence or "") if (p := table.find(n)) is not None
        and p.kind in ("country", "territory") and p is not known))

    def test(option: str) -> bool:
        found = table.find(option)
        if found is None:
            return False
        if key_country and found.kind == "territory":
            return True
        return found.kind == "country" and (not found.area.isdisjoint(lands)
                                            or any(_named_by_adjective([w], named) for w in option.lower().split()))
    return test


# Runs of capitalised words, with "of" inside: the names a sentence gives ("the Empire of Japan").
_NAMES = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'.-]*)*")


def _known_place(key: str, atype: str, era: gaz.Era) -> gaz.Place | None:
    """The gazetteer's entry for a place key: of the key's type when it has one, else whatever
    the name first means (the tagger types "Georgia" or a country as a city at times). A state
    founded after the sentence's date is another place of that name ("Georgia" in 1732: the colony)."""
    table = gaz.gazetteer()
    found = table.find(key, _GAZETTEER_KIND.get(atype)) or table.find(key)
    if found is not None and not found.existed(era):
        return table.find(key, "state") or table.find(key, "city") or found
    return found


def table_find(name: str, kind: str | None = None) -> gaz.Place | None:
    return gaz.gazetteer().find(name, kind)


def _region_after(key: str, sentence: str | None) -> gaz.Place | None:
    """The US state or country a sentence writes after the key ("at Valley Forge, Pennsylvania")."""
    if not sentence:
        return None
    at = sentence.find(key + ",")
    if at < 0:
        return None
    words = sentence[at + len(key) + 1:].split()[:3]
    for k in range(len(words), 0, -1):  # "Pennsylvania the previous winter", "New South Wales"
        found = table_find(" ".join(words[:k]).rstrip(".,;:"))
        if found is not None and found.kind in ("state", "country"):
            return found
    return None


def _continent_of_pool(pool: Pool) -> str | None:
    """The continent of most places an article names (two thirds or more of those the gazetteer
    knows, at least three), else None."""
    table = gaz.gazetteer()
    found = [table.find(o) for t in ("city", "country", "state") for o in pool.get(t)]
    continents = [p.continent for p in found if p is not None and p.kind != "continent"]
    if len(continents) < 3:
        return None
    top = max(set(continents), key=lambda c: (continents.count(c), c))
    return top if continents.count(top) * 3 >= len(continents) * 2 else None


def gazetteer_choices(place: gaz.Place, era: gaz.Era) -> tuple[str, ...]:
    """The gazetteer's wrong choices for ``place`` at ``era``, best first."""
    return gaz.gazetteer().peers(place, era)


def _surnames(names: Any) -> Any:
    """The last names of two-word names ("John Franklin" -> "Franklin"). Longer names are left
    alone: in "Yoon Suk Yeol" or "Kim Keon Hee" the family name comes first."""
    for name in names:
        words = name.split()
        if len(words) == 2 and words[1][:1].isupper() and "." not in words[1] and not _ROMAN.match(words[1]):
            yield words[1]


_AMOUNTS = frozenset(("number", "quantity", "money", "percent"))


def _like_amount(key: str, options: Any) -> Any:
    """Amounts of the key's size and form: a range with ranges, a single amount with single ones."""
    ranged = "–" in key or " to " in key
    return (o for o in options if _vary_number(o) and ranged == ("–" in o or " to " in o) and _same_magnitude(key, o))


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
