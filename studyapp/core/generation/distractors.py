"""Wrong choices of the same kind as the key: from the article first, then the bank, then made.

Rules: same answer type (year with year, person with person ...); never equal to, inside, or
containing the key; never another answer of the same stem; no duplicates; same look as the key
(digits, capitalisation, similar length) so the format gives nothing away; for past events,
never a time after the article's date.

The pass is split by kind of key: ``choice_amounts`` (times and amounts), ``choice_times`` (the order
of times and the range of units a sentence rules out), ``choice_places`` (places,
from the gazetteer), ``choice_look`` (what a key looks like, head nouns, when two names are one);
this module holds the pool of an article's mentions and ``choose``, which puts them together.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator, Mapping
from datetime import date
from typing import Any

from studyapp.core.generation import gazetteer as gaz, timeref
from studyapp.core.generation.date_style import restyler
from studyapp.core.generation.choice_times import range_keeper
from studyapp.core.generation.extract import COMPASS_PART, norm
from studyapp.core.generation.kinds import LAND_HEADS, fallback_names
from studyapp.core.generation.choice_amounts import (
    _AMOUNTS, _ARTICLE_YEAR_SPAN, _NEAR_YEARS, _after, _like_amount, _month_in, _vary_number,
    _vary_time, _years_apart, time_limit, value_of,
)
from studyapp.core.generation.choice_places import (
    _PARTS_OF_CONTINENT, _PLACES, _STATE_AFTER_COMMA, _known_place, _other_place_kind, _region_after,
    gazetteer_choices, table_find,
)
# _fold, table_find, value_of, head_kind, _vary_number, _Look and _kin_of are read from here by the generator and tests.
from studyapp.core.generation.choice_look import _fold  # noqa: F401
from studyapp.core.generation.choice_look import (
    _BANK_SCAN, _Look, _WIDE_GROUPS, _bank_kin, _clash, _kin_of, head_kind,
)


class Pool:
    """Everything an article (or a batch of articles) mentions, by answer type."""

    def __init__(self) -> None:
        self.by_type: dict[str, list[str]] = {}
        self._seen: set[tuple[str, str]] = set()
        self._person_last: dict[str, int] = {}
        self._sorted: dict[str, tuple[int, list[str], list[int], list[Any]]] = {}
        self._term_at: dict[str, int] = {}  # normalised term -> its place in the article
        self.single_names: list[str] = []  # people as the article names them in one word ("Yoon")
        self._kin: tuple[int, dict[Any, list[int]]] = (0, {})  # term shape (and head kind) -> places
        self._roles: dict[str, str] = {}  # a name token of a person -> the head of the title or trade given

    def add_role(self, person: str, role: str) -> None:
        """``person`` is given ``role`` by the article ("President Yoon", "Curie, a physicist")."""
        words = [w for w in norm(role).split() if w not in ("the", "a", "an", "s")]
        if words and words[-1] not in _RELATIONS:
            for w in norm(person).split():
                self._roles.setdefault(w, words[-1])

    def role_of(self, person: str) -> str | None:
        return next((self._roles[w] for w in norm(person).split() if w in self._roles), None)

    def _kin_places(self, kin: tuple[bool, bool, bool], head: str | None = None) -> list[int]:
        """The places (ascending) of the article's terms whose shape is ``kin`` (see ``_kin_of``),
        and whose head noun is of the kind ``head`` when given (see ``head_kind``)."""
        items = self.by_type.get("term", [])
        if self._kin[0] != len(items):  # add() only ever appends a term
            groups: dict[Any, list[int]] = {}
            for i, item in enumerate(items):
                k = _kin_of(item)
                if k is not None:
                    groups.setdefault(k, []).append(i)
                    groups.setdefault((k, head_kind(item)), []).append(i)
            self._kin = (len(items), groups)
        return self._kin[1].get(kin if head is None else (kin, head), [])

    def terms_near_kin(self, key: str, kin: tuple[bool, bool, bool], radius: int = 30,
                       head: str | None = None) -> Iterator[str]:
        """``terms_near`` restricted to terms of the shape ``kin`` (and of the head kind ``head``), in
        the same order; the terms of other shapes are never read (most keys are noun phrases, and
        most phrases fail the shape)."""
        at = self._term_at.get(norm(key))
        if at is None:
            return
        items = self.by_type.get("term", [])
        places = self._kin_places(kin, head)
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

    def nearest_in_length(self, atype: str, length: int, limit: int = 40,
                          kind: tuple[Any, str] | None = None) -> Iterator[str]:
        """Up to ``limit`` items of ``atype`` closest in length to ``length``, nearest first (lazy).
        With ``kind`` = (shape, head kind), only the phrases among them of that ``_kin_of`` shape and
        ``head_kind`` (read from an index made once per pool, not from each phrase again)."""
        items = self.by_type.get(atype, [])
        cache = self._sorted.get(atype)
        if cache is None or cache[0] != len(items):
            ordered = sorted(items, key=len)
            cache = self._sorted[atype] = (len(items), ordered, [len(x) for x in ordered], [])
        _, ordered, lengths, kinds = cache
        if kind is not None and not kinds:
            kinds.extend((k, head_kind(o)) if (k := _kin_of(o)) is not None else None for o in ordered)
        hi = bisect.bisect_left(lengths, length)
        lo = hi - 1
        for _ in range(limit):
            if lo < 0 and hi >= len(ordered):
                return
            if hi >= len(ordered) or (lo >= 0 and length - lengths[lo] <= lengths[hi] - length):
                at = lo
                lo -= 1
            else:
                at = hi
                hi += 1
            if kind is None or kinds[at] == kind:
                yield ordered[at]


# Relations a text names people by ("his wife, Yuko"): no field a wrong choice should share.
_RELATIONS = frozenset("wife husband son daughter father mother brother sister widow partner".split())


_WIDE_FALLBACK = ("Europeans", "Asians", "Africans", "Arabs", "Latin Americans", "European", "Asian", "African",
                  "American", "Arab")


# Kinds whose wrong choices come from the key's own article only: the bank keeps no role or field
# with a name, and a swimmer among CERN physicists tells the key apart at once.
_OWN_ARTICLE_ONLY = frozenset(("person",))


_LIMITED_TIMES = frozenset(("year", "date", "month", "decade"))
KEEP_SEEN = frozenset(("person", "year", "date", "month", "weekday", "relative", "decade", "time", "number",
                        "quantity", "money", "percent", "duration"))


def choose(key: str, atype: str, pool: Pool, bank: Mapping[str, list[str]] | None = None,
           published: date | None = None, past: bool = True, exclude: set[str] | None = None,
           preferred: list[str] | None = None, n: int = 3, sentence: str | None = None,
           not_after: date | None = None) -> list[str]:
    """Up to ``n`` wrong choices for ``key``. What the key's ``sentence`` mentions is never a
    choice: the gap-fill shows it, and one joined to the key by "and" answers too. People, times
    and amounts are the exception: the South Korean president is the best wrong choice for Japan's
    prime minister, and the other end of a period for its beginning. In a sentence about the past no
    time after ``not_after`` (the article's date, else the day it was imported) is a wrong choice."""
    key_n = norm(key)
    bad = set(exclude or ())
    out: list[str] = []
    seen: set[str] = {key_n}
    wanted = n + 1  # one spare, to keep the key's length from standing out

    look = _Look(key, atype)
    limit = time_limit(key, published, not_after) if past and atype in _LIMITED_TIMES else None
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

    natural = range_keeper(key, sentence) if atype in _AMOUNTS else None  # magnitude 10.4 is no earthquake
    restyle = restyler(key) if atype in _LIMITED_TIMES else None

    def consider(option: str) -> None:
        if restyle is not None:
            option = restyle(option)  # "June 20th, 1757" beside "June 23rd, 1757": form gives nothing away
        if len(out) >= wanted or option in tried:
            return
        tried.add(option)  # pools and the bank repeat names: each is judged once
        if natural is not None and not natural(option):
            return
        if elsewhere is not None and elsewhere(option):
            return
        if other_kind is not None and other_kind(option):
            return
        if not look.matches(option):
            return  # before normalising: most options fail on their look, and norm() is dearer
        if head is not None and head_kind(option) != head:
            return  # "very distant galaxies" never beside "peer-review process" (next: it drops most phrases)
        on = norm(option)
        if on in seen or on in bad:
            return
        for o in seen:  # a loop, not any(): this line runs for every option that looks right
            if _clash(o, on, atype):
                return
        if limit is not None and _after(option, published, limit):
            return
        if avoid and avoid(option):
            return
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
    if atype in _PLACES and _landform(key):
        # "the Korean Peninsula" is no state: peninsulas beside it, from the article and the bank, or
        # fewer choices; never Russia or Mongolia, which the gazetteer would give for Korea.
        form = _landform(key)
        consider_all(o for t in _PLACES for o in pool.get(t) if _landform(o) == form)
        if bank:
            consider_all(o for t in _PLACES for o in itertools.islice(bank.get(t, ()), _BANK_SCAN)
                         if _landform(o) == form)
        return _no_length_giveaway(key, out, n)
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
            # So does the head-kind test: a phrase of another head kind is never a choice.
            consider_all(pool.terms_near_kin(key, look.kin, head=head))
            consider_all(pool.nearest_in_length("term", len(key), kind=(look.kin, head)))
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
    if bank and atype not in _OWN_ARTICLE_ONLY:
        # Amounts from other articles too stay near the key: not "2,544,454" for "75,000". A large
        # bank is read only so far: its first entries are as good as its last, and a library of tens
        # of thousands of questions must not make every wrong choice cost a scan of all of them.
        if look.plain_term:
            # The rest fail look.matches() or the head-kind test.
            consider_all(o for o in _bank_kin(bank.get(atype, ()), look.kin) if head_kind(o) == head)
        else:
            banked = itertools.islice(bank.get(atype, ()), _BANK_SCAN)
            if atype == "year":  # another article's year says nothing of this one's: only a near year
                banked = (y for y in banked if _years_apart(key, y) <= _NEAR_YEARS)
            consider_all(_like_amount(key, banked) if atype in _AMOUNTS else banked)
    if len(out) < wanted:
        for option in _vary_time(key, atype, published, limit) if atype in (
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


_ROMAN = re.compile(r"^[IVX]+$")
# Heads of a stretch of land that is no state or town: a key with one gets places with the same head.
_LANDFORMS = LAND_HEADS - frozenset("city colony county district empire kingdom oblast prefecture province region "
                                    "republic state territory town village".split())


def _landform(name: str) -> str | None:
    """The landform head of a name of two words or more ("Korean Peninsula" -> "peninsula"), or None."""
    words = name.lower().split()
    return words[-1] if len(words) > 1 and words[-1] in _LANDFORMS else None


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


def _surnames(names: Any) -> Any:
    """The last names of two-word names ("John Franklin" -> "Franklin"). Longer names are left
    alone: in "Yoon Suk Yeol" or "Kim Keon Hee" the family name comes first."""
    for name in names:
        words = name.split()
        if len(words) == 2 and words[1][:1].isupper() and "." not in words[1] and not _ROMAN.match(words[1]):
            yield words[1]


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
