"""Wrong choices for places: the gazetteer's peers of a key, of its era and kind; what the sentence
names or the key's region rules out."""

from __future__ import annotations

import re
from typing import Any

from studyapp.core.generation import gazetteer as gaz
from studyapp.core.generation.lexicon import COUNTRIES, REGIONS, US_STATES
from studyapp.core.generation.wordlists import words_of

_COAST_WORDS = words_of("coast_words")

# "Portland, Oregon", "Paris, France", "Washington, D.C.": a place and the state or country it lies in.
_STATE_AFTER_COMMA = re.compile(r",\s*(?:" + "|".join(re.escape(n.title()) for n in sorted(US_STATES | COUNTRIES, key=len, reverse=True))
                                + r"|D\.C\.|DC)\s*$", re.I)


_REGIONS = REGIONS | US_STATES
_PLACES = frozenset(("place", "city", "country", "state"))
# The parts of a continent, each offered beside the others: "the Sahel and _____" (West Africa) on
# the African continent is asked with East and North Africa, not with Europe.
_CONTINENT_PARTS = (
    ("North Africa", "West Africa", "East Africa", "Central Africa", "Southern Africa"),
    ("East Asia", "South Asia", "Southeast Asia", "Central Asia", "Southwest Asia"),
    ("Western Europe", "Eastern Europe", "Northern Europe", "Southern Europe", "Central Europe"),
    ("North America", "South America", "Central America"),
)
_PARTS_OF_CONTINENT = {part.lower(): [p for p in parts if p != part] for parts in _CONTINENT_PARTS for part in parts}


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

    on_the_sea = any(w in _COAST_WORDS for w in re.findall(r"[a-z]+", (sentence or "").lower()))

    def test(option: str) -> bool:
        found = table.find(option)
        if found is None:
            return False
        if key_country and found.kind == "territory":
            return True
        if on_the_sea and found.kind == "country" and found.area and found.area <= table.landlocked:
            return True  # "off the coast of _____": Belarus has none
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


def gazetteer_choices(place: gaz.Place, era: gaz.Era) -> tuple[str, ...]:
    """The gazetteer's wrong choices for ``place`` at ``era``, best first."""
    return gaz.gazetteer().peers(place, era)
