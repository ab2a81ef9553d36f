"""What a key looks like, so that wrong choices look the same: shape, kind of name or head noun,
and when two names are one (a clash)."""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from typing import Any

from rapidfuzz import fuzz

from studyapp.core.generation import timeref
from studyapp.core.generation.kinds import (
    MOUNTAIN_HEADS, TONGUE_CHOICES, TONGUES, WATER_HEADS, distinctive, faith_kind, not_a_person, org_family,
    place_kind, starts_with_title,
)
from studyapp.core.generation.lexicon import ALIASES, COUNTRIES, EVENT_FAMILIES, PARTY_WORDS
from studyapp.core.generation.choice_amounts import (
    _AMOUNTS, _DATA, _NUM_IN, _YEAR4, _grouping, _marks, _over_100, _residue, _roundness, _unit,
)
from studyapp.core.generation.choice_places import (
    _PARTS_OF_CONTINENT, _PLACES, _REGIONS, _named_by_adjective, _two_lands,
)
# A thousands group of other than three digits ("210,0000", a typo of the page; "3,5"): no choice.
_MISGROUPED = re.compile(r"\d,(?:\d{4,}|\d{1,2}\b)")

_DIGIT = re.compile(r"\d")
_DECIMAL = re.compile(r"\d\.\d")
_NON_LATIN = re.compile(r"[^\x00-\u024f\u1e00-\u1eff\u2000-\u206f]")
# Last words of names of waters and mountains: a noun phrase ending in one and written in capitals
# is a place the tagger missed ("the American River").
_NAMED_FEATURES = WATER_HEADS | MOUNTAIN_HEADS


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
        # A month or day of a year is a precise date: its wrong choices stay within a few years of it
        # ("February 2023" beside an expedition of "Nov. 2013" gives itself away).
        self.year_span = 5 if found and timeref.time_kind(key) in ("month", "date", "other") else 50
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
        if self.grouping is not None and _MISGROUPED.search(option):
            return False  # "210,0000": a typo of the page, not an amount a reader could believe
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


_BANK_SCAN = 100  # entries of the bank read per wrong-choice search
# Adjectives of a continent or a half of the world hold those of its countries.
_WIDE_ADJECTIVES = frozenset("asian european african american oceanian western eastern northern southern "
                             "latin mediterranean eurasian arab arabic".split())
# The peoples of a continent or a part of the world hold its nations ("Americans" are mostly the U.S.).
_WIDE_GROUPS = _WIDE_ADJECTIVES | frozenset("europeans asians africans eurasians oceanians arabs".split()) \
    | frozenset(("latin americans", "north americans", "south americans"))
_NAMED = frozenset(("person", "org", "group", "country", "city", "state", "place", "event", "work", "law", "product"))


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
