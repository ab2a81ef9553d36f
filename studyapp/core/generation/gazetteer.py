"""Where places are and when states existed: wrong choices for place keys from real knowledge.

Tables in ``data/gazetteer/`` (GeoNames, CC BY 4.0, made by scripts/build_gazetteer.py; eras and
aliases hand-made). Read once, lazily, on the first place key (``gazetteer()`` is cached).

A city's wrong choices are cities of its country (its state first), the largest first for a large
city, the nearest first for a smaller one; a country's are its neighbours, then the nearest
countries of its continent; a US state's the nearest states; a continent's the other continents.
Every state offered existed at the sentence's date (``Era``), and none covers the key's land (a
predecessor or successor of the key would be a second right answer or an anachronism).
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "gazetteer"
CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "OC": "Oceania",
              "SA": "South America"}
# Continents no event of Europe, Asia or Africa touched before the first voyage that reached them: the
# Black Death "peaking in _____ from 1347" is never asked with North America or Oceania.
_REACHED = {"NA": 1492, "SA": 1498, "OC": 1606, "AN": 1820}
_SMALL_COUNTRY = 1_000_000  # below this, a country is offered only as a neighbour (no far-off islets)
_PEERS = 40


@dataclass(frozen=True)
class Era:
    """When a sentence speaks: the years it names (``low``..``high``), else the present (``now``),
    else unknown (both None, ``now`` False)."""

    low: int | None = None
    high: int | None = None
    now: bool = False


@dataclass
class Place:
    name: str
    kind: str  # "country" (a state of any era), "territory" (a dependency), "city", "state" (of the US), "continent"
    continent: str
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    country: str = ""  # a city's or state's country, a territory's sovereign (ISO code)
    admin1: str = ""
    area: frozenset[str] = frozenset()  # a country: the ISO codes of today's land it covers
    neighbours: frozenset[str] = frozenset()
    start: int | None = None
    end: int | None = None
    aliases: list[str] = field(default_factory=list)
    offered: bool = True  # False: a land a text names as a country ("Korea"), looked up, never offered

    def existed(self, era: Era, key: Place | None = None) -> bool:
        """Did this state exist at ``era``? With an unknown date, it must share a time with ``key``."""
        if self.kind != "country":
            return True
        if era.low is not None:
            return (self.start is None or self.start <= era.low) and (self.end is None or self.end >= era.high)
        if era.now:
            return self.end is None
        if key is None:
            return True
        if key.end is None and self.end is not None:
            return False  # a text about a state of today's map, at an unknown date: today's states
        return (self.start is None or key.end is None or self.start <= key.end) and \
            (self.end is None or key.start is None or self.end >= key.start)


@functools.lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name as the tables are searched: no accents, case, dots, leading "the". Cached: every place
    key folds the article's and the bank's places again."""
    text = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    text = re.sub(r"[.’']", "", text.lower()).replace("-", " ")
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def _float(text: str) -> float | None:
    return float(text) if text else None


def _distance(a: Place, b: Place) -> float:
    """Great-circle distance in km (infinite when a position is unknown)."""
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dl = math.radians(b.lon - a.lon)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371.0 * math.acos(max(-1.0, min(1.0, c)))


class Gazetteer:
    def __init__(self) -> None:
        self.countries: dict[str, Place] = {}  # ISO code -> today's country
        self.states_of_all_eras: list[Place] = []
        self.cities_by_country: dict[str, list[Place]] = {}
        self.us_states: list[Place] = []
        self.continents = [Place(name, "continent", code) for code, name in CONTINENTS.items()]
        self._by_name: dict[str, list[Place]] = {}
        self._peer_cache: dict[tuple[int, Era | None], tuple[str, ...]] = {}
        for iso, name, continent, neighbours, population, lat, lon in _rows("countries.tsv"):
            place = Place(name, "country", continent, _float(lat), _float(lon), int(population), iso,
                          area=frozenset((iso,)), neighbours=frozenset(filter(None, neighbours.split(","))))
            self.countries[iso] = place
        # No coast: never a wrong choice where the sentence puts the key on the sea ("off the coast of _____").
        self.landlocked = frozenset(iso for iso, *_ in _rows("landlocked.tsv"))
        for iso, *sovereign in _rows("territories.tsv"):
            if iso in self.countries:  # "Hong Kong", "Puerto Rico": no country, never offered for one
                self.countries[iso].kind = "territory"
                self.countries[iso].country = sovereign[0] if sovereign else ""
        for iso, aliases in _rows("aliases.tsv"):
            if iso in self.countries:
                self.countries[iso].aliases.extend(a for a in aliases.split("|") if a)
        historic: list[Place] = []
        today_by_name = {fold(c.name): c for c in self.countries.values()}
        for name, start, end, continent, area, *aliases in _rows("eras.tsv"):
            codes = frozenset(area.split(","))
            today = today_by_name.get(fold(name))
            if today is not None:  # a country of today's map founded or named so recently
                today.start = int(start) if start else None
                today.end = int(end) if end else None
                continue
            places = [self.countries[c] for c in codes if c in self.countries]
            lats = [p.lat for p in places if p.lat is not None]
            lons = [p.lon for p in places if p.lon is not None]
            historic.append(Place(
                name, "country", continent, sum(lats) / len(lats) if lats else None,
                sum(lons) / len(lons) if lons else None, sum(p.population for p in places), area=codes,
                neighbours=frozenset().union(*(p.neighbours for p in places)) - codes,
                start=int(start) if start else None, end=int(end) if end else None,
                aliases=[a for a in (aliases[0] if aliases else "").split("|") if a], offered=bool(start or end)))
        self.states_of_all_eras = [*self.countries.values(), *historic]
        for name, iso, admin1, population, lat, lon in _rows("cities.tsv"):
            city = Place(name, "city", self.countries[iso].continent, _float(lat), _float(lon), int(population),
                         iso, admin1)
            self.cities_by_country.setdefault(iso, []).append(city)
        for code, name, lat, lon in _rows("us_states.tsv"):
            self.us_states.append(Place(name, "state", "NA", _float(lat), _float(lon), country="US", admin1=code))
        for place in [*self.continents, *self.us_states, *self.states_of_all_eras]:
            for name in (place.name, *place.aliases):
                self._by_name.setdefault(fold(name), []).append(place)
        everywhere = [city for cities in self.cities_by_country.values() for city in cities]
        for city in sorted(everywhere, key=lambda c: -c.population):  # "London" is England's, not Ontario's
            self._by_name.setdefault(fold(city.name), []).append(city)

    def find(self, name: str, kind: str | None = None) -> Place | None:
        """The place ``name`` names: of ``kind`` when given, else a continent, state or country
        before a city of that name."""
        found = self._by_name.get(fold(name), ())
        if kind is not None:
            found = [p for p in found if p.kind == kind]
        return found[0] if found else None

    def peers(self, key: Place, era: Era) -> tuple[str, ...]:
        """Names of wrong choices for ``key``, best first (kept: a key recurs in an article)."""
        cache_key = (id(key), era if key.kind in ("country", "continent") else None)
        found = self._peer_cache.get(cache_key)
        if found is None:
            if key.kind == "country":
                found = tuple(self._country_peers(key, era))
            elif key.kind == "territory":
                found = tuple(self._territory_peers(key))
            elif key.kind == "city":
                found = tuple(self._city_peers(key))
            elif key.kind == "state":
                found = tuple(s.name for s in sorted(self.us_states, key=lambda s: _distance(key, s))
                              if s is not key)[:_PEERS]
            else:
                found = tuple(c.name for c in self.continents if c is not key and (
                    era.high is None or era.high >= _REACHED.get(c.continent, 0)))
            self._peer_cache[cache_key] = found
        return found

    def _country_peers(self, key: Place, era: Era) -> list[str]:
        near = key.neighbours | frozenset().union(*(
            self.countries[c].neighbours for c in key.neighbours if c in self.countries))  # two steps away
        ranked: list[tuple[int, float, str, frozenset[str]]] = []
        for other in self.states_of_all_eras:
            if other is key or not other.offered or other.kind != "country" or other.area & key.area \
                    or not other.existed(era, key):
                continue  # the key's own land under another name would be a second right answer
            if other.population < _SMALL_COUNTRY <= key.population // 10:
                continue  # Monaco or Andorra beside France: a microstate is no peer of a large state
            first = not other.area.isdisjoint(key.neighbours)
            if not first and (other.continent != key.continent or other.population < _SMALL_COUNTRY
                              and other.area.isdisjoint(near)):
                continue
            ranked.append((0 if first else 1, _distance(key, other), other.name, other.area))
        names: list[str] = []
        taken: set[str] = set()
        for *_, name, area in sorted(ranked):
            if taken.isdisjoint(area):  # "China" or "Qing dynasty", not both: one land
                names.append(name)
                taken |= area
        return names[:_PEERS]

    def _territory_peers(self, key: Place) -> list[str]:
        """Lands of its own kind on its continent, nearest first, then the large cities near it
        (Hong Kong: Macao, then Shenzhen and Guangzhou); never a sovereign state."""
        lands = sorted((t for t in self.countries.values() if t.kind == "territory" and t is not key
                        and t.continent == key.continent and t.population >= 10_000), key=lambda t: _distance(key, t))
        own = {fold(key.name)}
        cities = [c for cs in self.cities_by_country.values() for c in cs if c.population >= 500_000
                  and self.countries[c.country].kind == "country" and not c.name.endswith(" District") and fold(c.name) not in own
                  and self.find(c.name) is c]
        names = [t.name for t in lands[:4]]
        names += [c.name for c in sorted(cities, key=lambda c: _distance(key, c))]
        return names[:_PEERS]

    def _city_peers(self, key: Place) -> list[str]:
        # Not a name that first means another place ("Vancouver", Washington: the Canadian city).
        own = [c for c in self.cities_by_country.get(key.country, [])
               if fold(c.name) != fold(key.name) and self.find(c.name) is c]
        # A large city among the large cities of its country; a smaller one among its neighbours.
        if key.population >= 1_000_000:
            ranked = sorted(own, key=lambda c: (c.admin1 != key.admin1 or key.country != "US", -c.population))
        else:
            ranked = sorted(own, key=lambda c: (c.admin1 != key.admin1, _distance(key, c)))
            ranked = [c for c in ranked if c.population * 20 >= key.population] or ranked
        names = [c.name for c in ranked[:_PEERS]]
        if len(names) < 6:  # a small country: the large cities of its neighbours
            abroad = [c for iso in self.countries[key.country].neighbours for c in self.cities_by_country.get(iso, [])
                      if c.population >= 300_000] if key.country in self.countries else []
            names += [c.name for c in sorted(abroad, key=lambda c: _distance(key, c))[:_PEERS]]
        return names

    def cities_in(self, region: Place) -> list[str]:
        """The largest cities of a country or US state, largest first."""
        if region.kind == "state":
            return [c.name for c in self.cities_by_country.get("US", []) if c.admin1 == region.admin1][:_PEERS]
        if region.kind == "country" and len(region.area) == 1:
            return [c.name for c in self.cities_by_country.get(next(iter(region.area)), [])][:_PEERS]
        return []

    def continent_of(self, name: str) -> str | None:
        place = self.find(name)
        return place.continent if place else None


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The tables, read once per process."""
    return Gazetteer()


_YEAR = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})(s?)\b")
_ORDINALS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
             "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()
_CENTURY = re.compile(r"\b(?:(\d{1,2})(?:st|nd|rd|th)|(" + "|".join(_ORDINALS) + r"|twenty-first))[- ]century\b",
                      re.I)


@functools.lru_cache(maxsize=1)
def _periods() -> tuple[re.Pattern[str], dict[str, tuple[int, int]]]:
    """Named periods (data/gazetteer/periods.tsv): one pattern over every name, and each folded
    name's years."""
    years: dict[str, tuple[int, int]] = {}
    for name, start, end, *aliases in _rows("periods.tsv"):
        for n in (name, *(aliases[0].split("|") if aliases else ())):
            if n:
                years[fold(n)] = (int(start), int(end))
    names = sorted(years, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b"), years


def _century_years(m: re.Match[str]) -> tuple[int, int]:
    n = int(m.group(1)) if m.group(1) else 21 if m.group(2).lower() == "twenty-first" \
        else _ORDINALS.index(m.group(2).lower()) + 1
    return (n - 1) * 100, n * 100 - 1


def era_of(sentence: str | None, past: bool, published_year: int | None = None) -> Era:
    """When ``sentence`` speaks: the years it names (a decade counts to its last year, "the 1800s"
    and "the 19th century" to their century's), and the years of the periods it names ("the Meiji
    government", "the Joseon dynasty": data/gazetteer/periods.tsv); else the article's year or
    simply today for a sentence in the present tense; else unknown."""
    text = sentence or ""
    years: list[int] = []
    for m in _YEAR.finditer(text):
        y = int(m.group(1))
        years.append(y)
        if m.group(2):
            years.append(y + (99 if y % 100 == 0 else 9))  # "the 1800s": the century
    for m in _CENTURY.finditer(text):
        years.extend(_century_years(m))
    if text:
        pattern, spans = _periods()
        for m in pattern.finditer(fold(text)):
            years.extend(spans[m.group()])
    if years and not past and published_year:
        years.append(published_year)  # "Japan argues the matter was settled in 1965": today's states too
    if years:
        return Era(min(years), max(years))
    if not past:
        return Era(published_year, published_year) if published_year else Era(now=True)
    return Era()
